// probe_f: non-English informal texts (chat exports, CS chats, classifieds, appointment/delivery
// notices, forum posts, minutes) in 15 languages / 24 locales. Deterministic (fixed seeds).
import { type Doc, DocBuilder } from "../_corpus.ts";
import {
  base,
  cs_CZ,
  da,
  de,
  de_AT,
  de_CH,
  en,
  es,
  es_MX,
  Faker,
  fi,
  fr,
  fr_BE,
  fr_CA,
  fr_CH,
  hu,
  it,
  nb_NO,
  nl,
  nl_BE,
  pl,
  pt_BR,
  pt_PT,
  ro,
  sv,
  tr,
} from "@faker-js/faker";

type T = "PERSON" | "EMAIL" | "PHONE" | "CARD" | "IBAN" | "IP" | "ID" | "URL" | "DATE" | "ADDRESS";
type Part = string | [T, string];
type Lang =
  | "es"
  | "fr"
  | "it"
  | "pt"
  | "de"
  | "nl"
  | "pl"
  | "cs"
  | "sv"
  | "no"
  | "da"
  | "fi"
  | "ro"
  | "hu"
  | "tr";
type Loc =
  | "ES"
  | "MX"
  | "AR"
  | "FR"
  | "BEfr"
  | "CHfr"
  | "CAfr"
  | "IT"
  | "PT"
  | "BR"
  | "DE"
  | "AT"
  | "CHde"
  | "NL"
  | "BEnl"
  | "PL"
  | "CZ"
  | "SE"
  | "NO"
  | "DK"
  | "FI"
  | "RO"
  | "HU"
  | "TR";

const P = (v: string): Part => ["PERSON", v];
const E = (v: string): Part => ["EMAIL", v];
const PH = (v: string): Part => ["PHONE", v];
const A = (v: string): Part => ["ADDRESS", v];
const D = (v: string): Part => ["DATE", v];
const I = (v: string): Part => ["ID", v];
const IB = (v: string): Part => ["IBAN", v];
const C = (v: string): Part => ["CARD", v];
const U = (v: string): Part => ["URL", v];
const IPp = (v: string): Part => ["IP", v];

const LOC_LANG: Record<Loc, Lang> = {
  ES: "es",
  MX: "es",
  AR: "es",
  FR: "fr",
  BEfr: "fr",
  CHfr: "fr",
  CAfr: "fr",
  IT: "it",
  PT: "pt",
  BR: "pt",
  DE: "de",
  AT: "de",
  CHde: "de",
  NL: "nl",
  BEnl: "nl",
  PL: "pl",
  CZ: "cs",
  SE: "sv",
  NO: "no",
  DK: "da",
  FI: "fi",
  RO: "ro",
  HU: "hu",
  TR: "tr",
};
const LANG_LOCS: Record<Lang, Loc[]> = {} as Record<Lang, Loc[]>;
for (const [l, g] of Object.entries(LOC_LANG) as [Loc, Lang][]) (LANG_LOCS[g] ??= []).push(l);

const FAKER_LOC: Record<Loc, Faker["rawDefinitions"]> = {
  ES: es,
  MX: es_MX,
  AR: es,
  FR: fr,
  BEfr: fr_BE,
  CHfr: fr_CH,
  CAfr: fr_CA,
  IT: it,
  PT: pt_PT,
  BR: pt_BR,
  DE: de,
  AT: de_AT,
  CHde: de_CH,
  NL: nl,
  BEnl: nl_BE,
  PL: pl,
  CZ: cs_CZ,
  SE: sv,
  NO: nb_NO,
  DK: da,
  FI: fi,
  RO: ro,
  HU: hu,
  TR: tr,
};
const IBAN_CC: Record<Loc, string> = {
  ES: "ES",
  MX: "ES",
  AR: "ES",
  FR: "FR",
  BEfr: "BE",
  CHfr: "CH",
  CAfr: "FR",
  IT: "IT",
  PT: "PT",
  BR: "BR",
  DE: "DE",
  AT: "AT",
  CHde: "CH",
  NL: "NL",
  BEnl: "BE",
  PL: "PL",
  CZ: "CZ",
  SE: "SE",
  NO: "NO",
  DK: "DK",
  FI: "FI",
  RO: "RO",
  HU: "HU",
  TR: "TR",
};

// ---- nicknames: [formal, diminutive, inflected diminutive (' splits suffix)] ----
const NICK: Record<Lang, [string, string, string][]> = {
  es: [
    ["Francisco", "Paco", "Paco"],
    ["José", "Pepe", "Pepe"],
    ["Dolores", "Lola", "Lola"],
    ["Ignacio", "Nacho", "Nacho"],
    ["Guadalupe", "Lupe", "Lupe"],
    ["Enrique", "Quique", "Quique"],
    ["Rosario", "Charo", "Charo"],
    ["Jesús", "Chuy", "Chuy"],
    ["Concepción", "Conchi", "Conchi"],
  ],
  fr: [
    ["Frédéric", "Fred", "Fred"],
    ["Christophe", "Chris", "Chris"],
    ["Stéphanie", "Steph", "Steph"],
    ["Nathalie", "Nath", "Nath"],
    ["Véronique", "Véro", "Véro"],
    ["Catherine", "Cathy", "Cathy"],
    ["Guillaume", "Guigui", "Guigui"],
    ["Dominique", "Domi", "Domi"],
  ],
  it: [
    ["Giuseppe", "Peppe", "Peppe"],
    ["Francesco", "Checco", "Checco"],
    ["Salvatore", "Totò", "Totò"],
    ["Giovanni", "Gianni", "Gianni"],
    ["Alessandra", "Ale", "Ale"],
    ["Federica", "Fede", "Fede"],
    ["Vincenzo", "Enzo", "Enzo"],
    ["Antonio", "Totonno", "Totonno"],
  ],
  pt: [
    ["José", "Zé", "Zé"],
    ["Francisco", "Chico", "Chico"],
    ["Antônio", "Toninho", "Toninho"],
    ["Fernanda", "Nanda", "Nanda"],
    ["Gabriela", "Gabi", "Gabi"],
    ["Rafael", "Rafa", "Rafa"],
    ["Manuel", "Manel", "Manel"],
    ["Joaquim", "Quim", "Quim"],
  ],
  de: [
    ["Johannes", "Hannes", "Hannes'"],
    ["Stefanie", "Steffi", "Steffis"],
    ["Matthias", "Matze", "Matzes"],
    ["Christina", "Tina", "Tinas"],
    ["Katharina", "Kathi", "Kathis"],
    ["Wolfgang", "Wolfi", "Wolfis"],
    ["Franziska", "Franzi", "Franzis"],
    ["Sebastian", "Basti", "Bastis"],
  ],
  nl: [
    ["Cornelis", "Kees", "Kees'"],
    ["Hendrik", "Henk", "Henks"],
    ["Jacobus", "Koos", "Koos'"],
    ["Geertruida", "Truus", "Truus'"],
    ["Wilhelmina", "Mien", "Miens"],
    ["Johanna", "Janneke", "Jannekes"],
    ["Gerardus", "Gert", "Gerts"],
  ],
  pl: [
    ["Katarzyna", "Kasia", "Kasi"],
    ["Tomasz", "Tomek", "Tomka"],
    ["Małgorzata", "Gosia", "Gosi"],
    ["Wojciech", "Wojtek", "Wojtka"],
    ["Aleksandra", "Ola", "Oli"],
    ["Krzysztof", "Krzysiek", "Krzyśka"],
    ["Agnieszka", "Aga", "Agi"],
    ["Piotr", "Piotrek", "Piotrka"],
  ],
  cs: [
    ["Jiří", "Jirka", "Jirkovi"],
    ["Kateřina", "Katka", "Katce"],
    ["Petr", "Péťa", "Péťovi"],
    ["Jan", "Honza", "Honzovi"],
    ["Lucie", "Lucka", "Lucce"],
    ["Tereza", "Terka", "Terce"],
    ["Josef", "Pepa", "Pepovi"],
    ["Markéta", "Markétka", "Markétce"],
  ],
  sv: [
    ["Lars", "Lasse", "Lasses"],
    ["Katarina", "Kajsa", "Kajsas"],
    ["Joakim", "Jocke", "Jockes"],
    ["Margareta", "Maggan", "Maggans"],
    ["Anders", "Adde", "Addes"],
    ["Kristoffer", "Kricke", "Krickes"],
  ],
  no: [
    ["Lars", "Lasse", "Lasses"],
    ["Kristian", "Kris", "Kris'"],
    ["Ingrid", "Inga", "Ingas"],
    ["Fredrik", "Freddy", "Freddys"],
    ["Marianne", "Mari", "Maris"],
    ["Tor Erik", "Toffen", "Toffens"],
  ],
  da: [
    ["Lars", "Lasse", "Lasses"],
    ["Rasmus", "Rasse", "Rasses"],
    ["Kirsten", "Kiki", "Kikis"],
    ["Mikkel", "Mikke", "Mikkes"],
    ["Johanne", "Hanne", "Hannes"],
    ["Frederik", "Frede", "Fredes"],
  ],
  fi: [
    ["Matti", "Masa", "Masalle"],
    ["Juhani", "Jussi", "Jussille"],
    ["Katariina", "Katri", "Katrille"],
    ["Elisabet", "Liisa", "Liisalle"],
    ["Mikko", "Mikko", "Mikolle"],
    ["Johanna", "Hanna", "Hannalle"],
    ["Lauri", "Lasse", "Lasselle"],
  ],
  ro: [
    ["Alexandru", "Alex", "Alex"],
    ["Maria", "Mărioara", "Mărioarei"],
    ["Ioana", "Ioana", "Ioanei"],
    ["Gheorghe", "Gică", "Gică"],
    ["Elena", "Lenuța", "Lenuței"],
    ["Constantin", "Costel", "Costel"],
    ["Ana", "Anca", "Ancăi"],
  ],
  hu: [
    ["Péter", "Peti", "Petinek"],
    ["Katalin", "Kati", "Katinak"],
    ["Erzsébet", "Erzsi", "Erzsinek"],
    ["István", "Pisti", "Pistinek"],
    ["László", "Laci", "Lacinak"],
    ["József", "Jóska", "Jóskának"],
    ["Zsuzsanna", "Zsuzsa", "Zsuzsának"],
  ],
  tr: [
    ["Mehmet", "Memo", "Memo'ya"],
    ["Ayşe", "Ayşe", "Ayşe'ye"],
    ["Mustafa", "Musti", "Musti'ye"],
    ["Fatma", "Fatoş", "Fatoş'a"],
    ["Hüseyin", "Hüso", "Hüso'ya"],
    ["Zeynep", "Zeyno", "Zeyno'ya"],
    ["Emre", "Emre", "Emre'ye"],
  ],
};

const CITIES: Record<Loc, string[]> = {
  ES: ["Madrid", "Sevilla", "Valencia", "Zaragoza", "Bilbao", "Málaga"],
  MX: ["CDMX", "Guadalajara", "Monterrey", "Puebla", "Querétaro"],
  AR: ["Buenos Aires", "Rosario", "Córdoba", "Mendoza", "La Plata"],
  FR: ["Lyon", "Nantes", "Toulouse", "Lille", "Bordeaux", "Paris"],
  BEfr: ["Liège", "Namur", "Bruxelles", "Charleroi"],
  CHfr: ["Genève", "Lausanne", "Neuchâtel", "Fribourg"],
  CAfr: ["Montréal", "Québec", "Laval", "Sherbrooke"],
  IT: ["Milano", "Torino", "Bologna", "Napoli", "Firenze", "Bari"],
  PT: ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
  BR: ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Recife"],
  DE: ["Köln", "Leipzig", "Hamburg", "München", "Freiburg"],
  AT: ["Wien", "Graz", "Linz", "Salzburg", "Innsbruck"],
  CHde: ["Zürich", "Bern", "Basel", "Luzern", "Winterthur"],
  NL: ["Utrecht", "Amsterdam", "Rotterdam", "Groningen", "Eindhoven"],
  BEnl: ["Gent", "Antwerpen", "Leuven", "Brugge", "Hasselt"],
  PL: ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
  CZ: ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc"],
  SE: ["Göteborg", "Stockholm", "Malmö", "Uppsala", "Umeå"],
  NO: ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"],
  DK: ["København", "Aarhus", "Odense", "Aalborg", "Roskilde"],
  FI: ["Tampere", "Helsinki", "Turku", "Oulu", "Jyväskylä"],
  RO: ["Cluj-Napoca", "București", "Iași", "Timișoara", "Brașov"],
  HU: ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
  TR: ["İstanbul", "Ankara", "İzmir", "Bursa", "Eskişehir"],
};

const MAILDOM: Record<Loc, string[]> = {
  ES: ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
  MX: ["gmail.com", "hotmail.com", "prodigy.net.mx"],
  AR: ["gmail.com", "hotmail.com.ar", "yahoo.com.ar", "fibertel.com.ar"],
  FR: ["gmail.com", "orange.fr", "free.fr", "laposte.net"],
  BEfr: ["skynet.be", "gmail.com", "voo.be"],
  CHfr: ["bluewin.ch", "gmail.com", "sunrise.ch"],
  CAfr: ["videotron.ca", "gmail.com", "hotmail.ca"],
  IT: ["libero.it", "gmail.com", "virgilio.it", "alice.it"],
  PT: ["sapo.pt", "gmail.com", "hotmail.com"],
  BR: ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
  DE: ["gmx.de", "web.de", "t-online.de", "gmail.com"],
  AT: ["gmx.at", "aon.at", "gmail.com"],
  CHde: ["bluewin.ch", "gmx.ch", "gmail.com"],
  NL: ["ziggo.nl", "gmail.com", "kpnmail.nl", "hotmail.nl"],
  BEnl: ["telenet.be", "gmail.com", "proximus.be"],
  PL: ["wp.pl", "o2.pl", "gmail.com", "interia.pl", "onet.pl"],
  CZ: ["seznam.cz", "email.cz", "gmail.com", "centrum.cz"],
  SE: ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
  NO: ["online.no", "gmail.com", "hotmail.no"],
  DK: ["hotmail.dk", "gmail.com", "mail.dk", "live.dk"],
  FI: ["gmail.com", "luukku.com", "kolumbus.fi"],
  RO: ["yahoo.ro", "gmail.com", "yahoo.com"],
  HU: ["freemail.hu", "citromail.hu", "gmail.com"],
  TR: ["hotmail.com", "gmail.com", "yandex.com.tr"],
};

const MONTHS: Record<Lang, string[]> = {
  es: [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  it: [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  pt: [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  pl: [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
  ],
  cs: [
    "ledna",
    "února",
    "března",
    "dubna",
    "května",
    "června",
    "července",
    "srpna",
    "září",
    "října",
    "listopadu",
    "prosince",
  ],
  sv: [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
  ],
  no: [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
  ],
  da: [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
  ],
  fi: [
    "tammikuuta",
    "helmikuuta",
    "maaliskuuta",
    "huhtikuuta",
    "toukokuuta",
    "kesäkuuta",
    "heinäkuuta",
    "elokuuta",
    "syyskuuta",
    "lokakuuta",
    "marraskuuta",
    "joulukuuta",
  ],
  ro: [
    "ianuarie",
    "februarie",
    "martie",
    "aprilie",
    "mai",
    "iunie",
    "iulie",
    "august",
    "septembrie",
    "octombrie",
    "noiembrie",
    "decembrie",
  ],
  hu: [
    "január",
    "február",
    "március",
    "április",
    "május",
    "június",
    "július",
    "augusztus",
    "szeptember",
    "október",
    "november",
    "december",
  ],
  tr: [
    "Ocak",
    "Şubat",
    "Mart",
    "Nisan",
    "Mayıs",
    "Haziran",
    "Temmuz",
    "Ağustos",
    "Eylül",
    "Ekim",
    "Kasım",
    "Aralık",
  ],
};

const p2 = (n: number) => String(n).padStart(2, "0");
const strip = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L").replace(
    /ø/g,
    "o",
  ).replace(/æ/g, "ae").replace(/å/g, "a").replace(/ı/g, "i").replace(/ß/g, "ss");

interface Person {
  first: string;
  last: string;
  full: string; // native order (HU: surname first)
  dim: string; // what friends call them
  infl: string; // an inflected form of dim (may contain ' → suffix)
  sex: "m" | "f";
}

class G {
  f: Faker;
  lang: Lang;
  constructor(seed: number, public loc: Loc) {
    this.f = new Faker({ locale: [FAKER_LOC[loc], en, base] });
    this.f.seed(seed);
    this.lang = LOC_LANG[loc];
  }
  int(a: number, b: number) {
    return this.f.number.int({ min: a, max: b });
  }
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  chance(p: number) {
    return this.f.datatype.boolean({ probability: p });
  }
  dg(n: number, nz = false) {
    let s = nz ? String(this.int(1, 9)) : "";
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  city() {
    return this.pick(CITIES[this.loc]);
  }
  person(sex?: "m" | "f", nick = 0.35): Person {
    const s = sex ?? (this.chance(0.5) ? "m" : "f");
    let first = this.f.person.firstName(s === "m" ? "male" : "female");
    let dim = first, infl = first;
    if (this.chance(nick)) {
      const n = this.pick(NICK[this.lang]);
      first = n[0];
      dim = n[1];
      infl = n[2];
    }
    let last = this.f.person.lastName(s === "m" ? "male" : "female");
    if (this.loc === "MX" || this.loc === "ES") {
      if (!last.includes(" ") && this.chance(0.6)) last = `${last} ${this.f.person.lastName()}`;
    }
    const full = this.lang === "hu" ? `${last} ${first}` : `${first} ${last}`;
    return { first, last, full, dim, infl, sex: s };
  }
  /** Persons with genuinely inflectable nicknames. */
  nickPerson(): Person {
    const n = this.pick(NICK[this.lang]);
    const fem =
      /a$|e$|i$|ie$|ine$|Ayşe|Fatma|Zeynep|Dolores|Rosario|Guadalupe|Concepción|Catherine|Nathalie|Stéphanie|Véronique|Katalin|Erzsébet|Zsuzsanna|Ingrid|Kirsten|Johanne|Marianne|Margareta|Katarina|Elisabet|Lucie|Kateřina|Markéta|Tereza/
          .test(n[0]) &&
        !/^(Matti|Mikko|Lauri|Emre|Jiří|José|Dominique|Vincenzo|Giuseppe|Salvatore|Giovanni|Mustafa|Christophe|Guillaume|Frédéric|Gheorghe|Constantin|Joaquim|Rasmus|Mikkel|Frederik|Lars|Anders|Kristian|Fredrik|Lasse)$/
          .test(n[0])
        ? "f"
        : "m";
    const last = this.f.person.lastName(fem === "m" ? "male" : "female");
    return {
      first: n[0],
      last,
      full: this.lang === "hu" ? `${last} ${n[0]}` : `${n[0]} ${last}`,
      dim: n[1],
      infl: n[2],
      sex: fem,
    };
  }
  /** Part(s) for an inflected name: plant only the name, keep a Turkish/German apostrophe suffix outside. */
  inflParts(p: Person): Part[] {
    const k = p.infl.indexOf("'");
    if (k > 0) return [P(p.infl.slice(0, k)), p.infl.slice(k)];
    return [P(p.infl)];
  }
  lc(s: string, p = 0.4) {
    return this.chance(p) ? s.toLowerCase() : s;
  }
  email(p: Person) {
    const fn = strip(p.first.split(" ")[0]).toLowerCase(),
      ln = strip(p.last.split(" ")[0]).toLowerCase().replace(/[^a-z]/g, "");
    const dom = this.pick(MAILDOM[this.loc]);
    return this.pick([
      `${fn}.${ln}@${dom}`,
      `${fn}${ln}${this.int(1, 99)}@${dom}`,
      `${fn[0]}.${ln}@${dom}`,
      `${ln}.${fn}@${dom}`,
      `${fn}_${ln}${this.int(70, 99)}@${dom}`,
      `${strip(p.dim).toLowerCase().replace(/[^a-z]/g, "")}${ln}@${dom}`,
    ]);
  }
  url(p: Person) {
    const fn = strip(p.first.split(" ")[0]).toLowerCase(),
      ln = strip(p.last.split(" ")[0]).toLowerCase().replace(/[^a-z]/g, "");
    return this.pick([
      `https://www.facebook.com/${fn}.${ln}.${this.int(1, 99)}`,
      `https://instagram.com/${fn}_${ln}`,
      `https://www.linkedin.com/in/${fn}-${ln}-${this.dg(6).toLowerCase()}`,
      `instagram.com/${ln}.${fn}`,
      `https://t.me/${fn}${ln}`,
      `https://www.strava.com/athletes/${this.dg(8, true)}`,
    ]);
  }
  card() {
    let s = this.pick(["4", "51", "52", "53", "54", "55", "4"]);
    while (s.length < 15) s += String(this.int(0, 9));
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      let d = Number(s[14 - i]);
      if (i % 2 === 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    s += String((10 - (sum % 10)) % 10);
    const sep = this.pick(["", " ", " ", "-"]);
    return sep === "" ? s : s.match(/.{4}/g)!.join(sep);
  }
  iban() {
    return this.f.finance.iban({ formatted: this.chance(0.6), countryCode: IBAN_CC[this.loc] });
  }
  ip() {
    return this.chance(0.8)
      ? this.pick([
        `192.168.${this.int(0, 5)}.${this.int(2, 250)}`,
        this.f.internet.ipv4(),
        this.f.internet.ipv4(),
      ])
      : this.f.internet.ipv6();
  }
  bday(): { y: number; m: number; d: number } {
    return { y: this.int(1948, 2008), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** Native date-of-birth string. */
  dob(b = this.bday()): string {
    const { y, m, d } = b;
    const M = MONTHS[this.lang][m - 1];
    const forms: Record<Lang, string[]> = {
      es: [
        `${p2(d)}/${p2(m)}/${y}`,
        `${d}/${m}/${y}`,
        `${d} de ${M} de ${y}`,
        `${p2(d)}-${p2(m)}-${y}`,
        `${d} ${M.slice(0, 3)} ${y}`,
      ],
      fr: [
        `${p2(d)}/${p2(m)}/${y}`,
        `${d} ${M} ${y}`,
        `${p2(d)}.${p2(m)}.${y}`,
        this.loc === "CAfr" ? `${y}-${p2(m)}-${p2(d)}` : `${d === 1 ? "1er" : d} ${M} ${y}`,
      ],
      it: [
        `${p2(d)}/${p2(m)}/${y}`,
        `${d} ${M} ${y}`,
        `${p2(d)}.${p2(m)}.${y}`,
        `${d}/${m}/${String(y).slice(2)}`,
      ],
      pt: [`${p2(d)}/${p2(m)}/${y}`, `${d} de ${M} de ${y}`, `${p2(d)}-${p2(m)}-${y}`],
      de: [
        `${p2(d)}.${p2(m)}.${y}`,
        `${d}. ${M} ${y}`,
        `${d}.${m}.${String(y).slice(2)}`,
        `${d}.${m}.${y}`,
      ],
      nl: [`${p2(d)}-${p2(m)}-${y}`, `${d} ${M} ${y}`, `${p2(d)}/${p2(m)}/${y}`],
      pl: [
        `${p2(d)}.${p2(m)}.${y}`,
        `${d} ${M} ${y} r.`,
        `${y}-${p2(m)}-${p2(d)}`,
        `${p2(d)}.${p2(m)}.${y} r.`,
      ],
      cs: [`${d}. ${m}. ${y}`, `${d}.${m}.${y}`, `${d}. ${M} ${y}`],
      sv: [`${y}-${p2(m)}-${p2(d)}`, `${d} ${M} ${y}`, `${y}${p2(m)}${p2(d)}`],
      no: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M} ${y}`],
      da: [`${p2(d)}.${p2(m)}.${y}`, `${d}. ${M} ${y}`, `${p2(d)}-${p2(m)}-${y}`],
      fi: [`${d}.${m}.${y}`, `${d}. ${M} ${y}`, `${p2(d)}.${p2(m)}.${y}`],
      ro: [`${p2(d)}.${p2(m)}.${y}`, `${d} ${M} ${y}`, `${p2(d)}/${p2(m)}/${y}`],
      hu: [
        `${y}. ${M} ${d}.`,
        `${y}.${p2(m)}.${p2(d)}.`,
        `${y}-${p2(m)}-${p2(d)}`,
        `${y}. ${p2(m)}. ${p2(d)}.`,
      ],
      tr: [`${p2(d)}.${p2(m)}.${y}`, `${d} ${M} ${y}`, `${p2(d)}/${p2(m)}/${y}`],
    };
    return this.pick(forms[this.lang]);
  }
  phone(): string {
    const n = (k: number) => this.dg(k);
    switch (this.loc) {
      case "ES": {
        const a = this.pick(["6", "7"]) + n(2), b = n(6);
        return this.pick([
          `${a} ${b.slice(0, 2)} ${b.slice(2, 4)} ${b.slice(4)}`,
          `+34 ${a} ${b.slice(0, 3)} ${b.slice(3)}`,
          `${a}${b}`,
          `${a} ${b.slice(0, 3)} ${b.slice(3)}`,
          `0034 ${a}${b}`,
        ]);
      }
      case "MX": {
        const a = this.pick(["55", "33", "81", "222"]), r = n(10 - a.length);
        const h = Math.floor(r.length / 2);
        return this.pick([
          `${a} ${r.slice(0, h)} ${r.slice(h)}`,
          `+52 1 ${a} ${r.slice(0, h)} ${r.slice(h)}`,
          `(${a}) ${r.slice(0, h)}-${r.slice(h)}`,
          `${a}${r}`,
        ]);
      }
      case "AR": {
        const r = n(8);
        return this.pick([
          `11 15-${r.slice(0, 4)}-${r.slice(4)}`,
          `+54 9 11 ${r.slice(0, 4)}-${r.slice(4)}`,
          `(011) 15 ${r.slice(0, 4)}-${r.slice(4)}`,
          `11-${r.slice(0, 4)}-${r.slice(4)}`,
        ]);
      }
      case "FR": {
        const a = this.pick(["6", "7"]), r = n(8).match(/.{2}/g)!;
        return this.pick([
          `0${a} ${r.join(" ")}`,
          `+33 ${a} ${r.join(" ")}`,
          `0${a}.${r.join(".")}`,
          `0${a}${r.join("")}`,
          `+33 (0)${a} ${r.join(" ")}`,
        ]);
      }
      case "BEfr":
      case "BEnl": {
        const a = this.pick(["470", "475", "486", "495", "498"]), r = n(6).match(/.{2}/g)!;
        return this.pick([
          `0${a} ${r.join(" ")}`,
          `+32 ${a} ${r.join(" ")}`,
          `0${a}/${r.join(".")}`,
          `0${a}/${r.join("")}`,
        ]);
      }
      case "CHfr":
      case "CHde": {
        const a = this.pick(["76", "78", "79"]), r = n(7);
        return this.pick([
          `0${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `+41 ${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `0041 ${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
        ]);
      }
      case "CAfr": {
        const a = this.pick(["514", "438", "418", "450"]), r = n(7);
        return this.pick([
          `${a}-${r.slice(0, 3)}-${r.slice(3)}`,
          `(${a}) ${r.slice(0, 3)}-${r.slice(3)}`,
          `${a} ${r.slice(0, 3)}-${r.slice(3)}`,
          `+1 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
        ]);
      }
      case "IT": {
        const a = "3" + this.pick(["47", "33", "35", "28", "40", "92"]), r = n(7);
        return this.pick([
          `${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+39 ${a} ${r}`,
          `${a}${r}`,
          `${a}/${r}`,
          `+39 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `0${this.pick(["2", "6", "11", "51"])} ${n(7)}`,
        ]);
      }
      case "PT": {
        const a = "9" + this.pick(["1", "2", "3", "6"]) + n(1), r = n(6);
        return this.pick([
          `${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+351 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `${a}${r}`,
          `00351 ${a}${r}`,
        ]);
      }
      case "BR": {
        const a = this.pick(["11", "21", "31", "41", "81"]), r = n(8);
        return this.pick([
          `(${a}) 9${r.slice(0, 4)}-${r.slice(4)}`,
          `+55 ${a} 9${r.slice(0, 4)}-${r.slice(4)}`,
          `${a} 9 ${r.slice(0, 4)}-${r.slice(4)}`,
          `(${a})9${r}`,
        ]);
      }
      case "DE": {
        const a = this.pick(["151", "160", "170", "171", "176", "152"]), r = n(this.pick([7, 8]));
        return this.pick([
          `0${a} ${r}`,
          `+49 ${a} ${r}`,
          `0${a}/${r}`,
          `0${a}-${r}`,
          `+49 (0)${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `030 ${n(8)}`,
          `0221 / ${n(6)}`,
        ]);
      }
      case "AT": {
        const a = this.pick(["664", "660", "676", "699", "650"]), r = n(7);
        return this.pick([
          `0${a} ${r}`,
          `+43 ${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `0${a}/${r}`,
          `0043 ${a} ${r}`,
        ]);
      }
      case "NL": {
        const r = n(8);
        return this.pick([
          `06-${r}`,
          `06 ${r.slice(0, 2)} ${r.slice(2, 4)} ${r.slice(4, 6)} ${r.slice(6)}`,
          `+31 6 ${r}`,
          `+31 (0)6 ${r.slice(0, 4)} ${r.slice(4)}`,
          `0031 6 ${r}`,
          `06${r}`,
        ]);
      }
      case "PL": {
        const r = this.pick(["5", "6", "7", "8"]) + n(8);
        return this.pick([
          `${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`,
          `+48 ${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`,
          `${r.slice(0, 3)}-${r.slice(3, 6)}-${r.slice(6)}`,
          r,
          `+48${r}`,
        ]);
      }
      case "CZ": {
        const r = this.pick(["6", "7"]) + n(8);
        return this.pick([
          `${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`,
          `+420 ${r.slice(0, 3)} ${r.slice(3, 6)} ${r.slice(6)}`,
          `+420${r}`,
          r,
        ]);
      }
      case "SE": {
        const a = this.pick(["70", "72", "73", "76"]), r = n(7);
        return this.pick([
          `0${a}-${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `+46 ${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `0${a}${r}`,
          `0${a} ${r.slice(0, 3)} ${r.slice(3)}`,
        ]);
      }
      case "NO": {
        const r = this.pick(["4", "9"]) + n(7);
        return this.pick([
          `${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `+47 ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `${r.slice(0, 2)} ${r.slice(2, 4)} ${r.slice(4, 6)} ${r.slice(6)}`,
          r,
        ]);
      }
      case "DK": {
        const r = this.pick(["2", "3", "4", "5", "6"]) + n(7), g = r.match(/.{2}/g)!;
        return this.pick([g.join(" "), `+45 ${g.join(" ")}`, r, `+45${r}`]);
      }
      case "FI": {
        const a = this.pick(["40", "44", "45", "50"]), r = n(7);
        return this.pick([
          `0${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+358 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `0${a}-${r}`,
          `0${a}${r}`,
        ]);
      }
      case "RO": {
        const a = "7" + this.pick(["22", "23", "44", "45", "55", "88"]), r = n(6);
        return this.pick([
          `0${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+40 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `0${a}${r}`,
          `0${a}.${r.slice(0, 3)}.${r.slice(3)}`,
        ]);
      }
      case "HU": {
        const a = this.pick(["20", "30", "70", "31"]), r = n(7);
        return this.pick([
          `06 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+36 ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `06-${a}/${r.slice(0, 3)}-${r.slice(3)}`,
          `06${a}${r}`,
          `+36-${a}-${r}`,
        ]);
      }
      case "TR": {
        const a = "5" + this.pick(["32", "33", "42", "05", "55", "38"]), r = n(7);
        return this.pick([
          `0${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `+90 ${a} ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `0 (${a}) ${r.slice(0, 3)} ${r.slice(3, 5)} ${r.slice(5)}`,
          `0${a}${r}`,
        ]);
      }
    }
  }
  address(): string {
    const n = this.int(1, 180);
    switch (this.loc) {
      case "ES": {
        const s = this.pick([
          "Mayor",
          "de Alcalá",
          "del Carmen",
          "de Serrano",
          "Real",
          "de la Paz",
          "San Vicente",
          "Colón",
          "de Goya",
          "Doctor Fleming",
        ]);
        const fl = `${this.int(1, 8)}º ${this.pick(["A", "B", "C", "D", "izda.", "dcha."])}`;
        return this.pick([
          `c/ ${s} ${n}, ${fl}`,
          `C/ ${s}, ${n}`,
          `Calle ${s} ${n}, ${fl}`,
          `Avda. de la Constitución ${n}`,
          `Av. ${this.pick(["de América", "del Puerto", "Blasco Ibáñez"])} ${n}, bajo`,
          `Pza. ${this.pick(["de España", "Mayor", "del Pilar"])} ${n}, ${fl}`,
          `c/${s}, nº ${n}`,
        ]);
      }
      case "MX": {
        const s = this.pick([
          "Reforma",
          "Insurgentes Sur",
          "Álvaro Obregón",
          "Durango",
          "Tonalá",
          "Hidalgo",
          "Morelos",
          "Juárez",
          "5 de Mayo",
        ]);
        return this.pick([
          `Av. ${s} ${n * 7}`,
          `Calle ${s} #${n}`,
          `${s} ${n} int. ${this.int(1, 12)}`,
          `Calle ${s} No. ${n}, Depto. ${this.int(1, 40)}`,
        ]);
      }
      case "AR": {
        const s = this.pick([
          "Corrientes",
          "Santa Fe",
          "Rivadavia",
          "Cabildo",
          "Juramento",
          "Scalabrini Ortiz",
          "Güemes",
          "Billinghurst",
        ]);
        return this.pick([
          `Av. ${s} ${n * 13}, ${this.int(1, 12)}° ${this.pick(["A", "B", "C"])}`,
          `${s} ${n * 11} ${this.int(1, 9)}° "${this.pick(["A", "B", "D"])}"`,
          `${s} ${n * 9}, PB`,
          `Calle ${this.int(1, 60)} n° ${n * 5}`,
        ]);
      }
      case "FR": {
        const s = this.pick([
          "des Lilas",
          "de la République",
          "Victor Hugo",
          "du Moulin",
          "Pasteur",
          "de la Gare",
          "des Écoles",
          "Saint-Honoré",
        ]);
        return this.pick([
          `${n} rue ${s}`,
          `${n} bis, avenue ${
            this.pick(["Jean Jaurès", "Foch", "de la Libération", "du Général Leclerc"])
          }`,
          `${n}, bd ${this.pick(["Voltaire", "Haussmann", "de Strasbourg"])}`,
          `${n} rue ${s}, bât. ${this.pick(["A", "B", "C"])}, apt ${this.int(1, 60)}`,
          `${n} allée des ${this.pick(["Tilleuls", "Peupliers", "Acacias"])}`,
          `${n}, Rue ${s}`,
        ]);
      }
      case "BEfr":
        return this.pick([
          `Rue ${this.pick(["de la Loi", "Haute", "du Marché", "des Bouchers", "de Namur"])} ${n}`,
          `Avenue Louise ${n} bte ${this.int(1, 20)}`,
          `Chaussée de Waterloo ${n}`,
          `Rue ${this.pick(["Haute", "Saint-Gilles"])}, ${n}/${this.int(1, 9)}`,
        ]);
      case "BEnl":
        return this.pick([
          `${
            this.pick([
              "Kerkstraat",
              "Stationsstraat",
              "Veldstraat",
              "Lange Leemstraat",
              "Dorpstraat",
              "Meir",
            ])
          } ${n}`,
          `${this.pick(["Kerkstraat", "Nieuwstraat"])} ${n} bus ${this.int(1, 20)}`,
          `${this.pick(["Kortrijksesteenweg", "Brusselsesteenweg"])} ${n}/${this.int(1, 9)}`,
        ]);
      case "CHfr":
        return this.pick([
          `Rue du Rhône ${n}`,
          `Avenue de la Gare ${n}`,
          `Chemin des Vignes ${n}`,
          `Route de Berne ${n}`,
          `rue de Lausanne ${n}`,
        ]);
      case "CHde":
        return this.pick([
          `Bahnhofstrasse ${n}`,
          `Seestrasse ${n}`,
          `Dorfstr. ${n}`,
          `Rosenweg ${n}`,
          `Badenerstrasse ${n}a`,
          `Schulhausstrasse ${n}`,
        ]);
      case "CAfr": {
        return this.pick([
          `${n * 23}, rue ${
            this.pick([
              "Sainte-Catherine Ouest",
              "Saint-Denis",
              "Sherbrooke Est",
              "Beaubien",
              "Masson",
            ])
          }`,
          `${n * 31} boul. ${
            this.pick(["René-Lévesque", "Saint-Laurent", "de Maisonneuve"])
          }, app. ${this.int(1, 30)}`,
          `${n * 17} rue ${this.pick(["Fleury", "Papineau"])} Est`,
          `${this.int(1, 30)}-${n * 19} av. du Mont-Royal`,
        ]);
      }
      case "IT": {
        const s = this.pick([
          "Garibaldi",
          "Roma",
          "Mazzini",
          "Cavour",
          "dei Mille",
          "XX Settembre",
          "Dante Alighieri",
          "Nazionale",
        ]);
        return this.pick([
          `Via ${s} ${n}`,
          `via ${s}, ${n}/${this.pick(["A", "B", "C"])}`,
          `P.zza ${this.pick(["Duomo", "della Repubblica", "Garibaldi"])} ${n}`,
          `C.so ${this.pick(["Vittorio Emanuele II", "Buenos Aires", "Umberto I"])} ${n}`,
          `Viale ${this.pick(["Monza", "dei Pini", "Europa"])} ${n}, int. ${this.int(1, 20)}`,
          `via ${s} n. ${n}`,
        ]);
      }
      case "PT": {
        const s = this.pick([
          "Augusta",
          "de Santa Catarina",
          "do Carmo",
          "da Prata",
          "Cândido dos Reis",
          "Dr. António José de Almeida",
        ]);
        return this.pick([
          `Rua ${s}, ${n}, ${this.int(1, 7)}.º ${this.pick(["Esq.", "Dto.", "Frt."])}`,
          `Av. da Liberdade ${n}`,
          `R. ${s} ${n}, R/C ${this.pick(["Esq.", "Dto."])}`,
          `Travessa ${this.pick(["do Fala-Só", "da Palha"])}, n.º ${n}`,
        ]);
      }
      case "BR": {
        const s = this.pick([
          "das Flores",
          "Augusta",
          "Oscar Freire",
          "XV de Novembro",
          "Sete de Setembro",
          "Voluntários da Pátria",
          "Barão de Itapetininga",
        ]);
        return this.pick([
          `Rua ${s}, ${n * 7}, apto ${this.int(1, 20)}${this.int(0, 9)}`,
          `Av. ${this.pick(["Paulista", "Brasil", "Atlântica", "Rio Branco"])}, ${n * 11}`,
          `R. ${s}, ${n * 3} - casa ${this.int(1, 4)}`,
          `Rua ${s} ${n * 5}, bloco ${this.pick(["A", "B"])} ap ${this.int(11, 99)}`,
        ]);
      }
      case "DE": {
        const s = this.pick([
          "Hauptstraße",
          "Goethestraße",
          "Schillerstr.",
          "Bahnhofstraße",
          "Am Markt",
          "Lindenallee",
          "Friedrich-Ebert-Str.",
          "Berliner Straße",
          "Kirchweg",
          "Im Winkel",
        ]);
        return this.pick([
          `${s} ${n}`,
          `${s} ${n}${this.pick(["a", "b", " a"])}`,
          `${s} ${n}, ${this.int(1, 4)}. OG`,
          `${s} ${n} (Hinterhaus)`,
        ]);
      }
      case "AT": {
        const s = this.pick([
          "Mariahilfer Straße",
          "Landstraßer Hauptstraße",
          "Herrengasse",
          "Wiedner Hauptstraße",
          "Gumpendorfer Str.",
          "Schönbrunner Straße",
          "Hauptplatz",
        ]);
        return this.pick([
          `${s} ${n}/${this.int(1, 5)}/${this.int(1, 30)}`,
          `${s} ${n}/${this.int(1, 30)}`,
          `${s} ${n}, Top ${this.int(1, 30)}`,
          `${s} ${n}`,
        ]);
      }
      case "NL": {
        const s = this.pick([
          "Kerkstraat",
          "Prinsengracht",
          "Dorpsstraat",
          "Molenweg",
          "Julianalaan",
          "Lange Voorhout",
          "Oudegracht",
          "Stationsweg",
        ]);
        return this.pick([
          `${s} ${n}`,
          `${s} ${n}-hs`,
          `${s} ${n}A`,
          `${s} ${n} III`,
          `${s} ${n}-2`,
        ]);
      }
      case "PL": {
        const s = this.pick([
          "Marszałkowska",
          "Długa",
          "Piotrkowska",
          "Mickiewicza",
          "Kościuszki",
          "Grunwaldzka",
          "Słowackiego",
          "Polna",
        ]);
        return this.pick([
          `ul. ${s} ${n}/${this.int(1, 80)}`,
          `ul. ${s} ${n} m. ${this.int(1, 80)}`,
          `al. ${this.pick(["Jerozolimskie", "Niepodległości", "Róż"])} ${n}`,
          `os. ${this.pick(["Tysiąclecia", "Piastowskie"])} ${n}/${this.int(1, 40)}`,
          `ul. ${s} ${n}`,
          `${s} ${n}/${this.int(1, 80)}`,
        ]);
      }
      case "CZ": {
        const s = this.pick([
          "Vinohradská",
          "Na Příkopě",
          "Husova",
          "Masarykova",
          "Palackého",
          "Nádražní",
          "Komenského",
          "Lidická",
        ]);
        return this.pick([
          `${s} ${n * 13}/${this.int(1, 90)}`,
          `${s} ${n}`,
          `${s} ${n * 7}/${this.int(1, 40)}${this.pick(["", "a", "b"])}`,
          `ul. ${s} ${n}`,
        ]);
      }
      case "SE": {
        const s = this.pick([
          "Storgatan",
          "Drottninggatan",
          "Kungsgatan",
          "Sveavägen",
          "Götgatan",
          "Vasagatan",
          "Linnégatan",
          "Skolvägen",
        ]);
        return this.pick([
          `${s} ${n}`,
          `${s} ${n} lgh ${this.int(10, 16)}0${this.int(1, 4)}`,
          `${s} ${n}B, ${this.int(1, 6)} tr`,
          `${s} ${n} A`,
        ]);
      }
      case "NO": {
        const s = this.pick([
          "Karl Johans gate",
          "Storgata",
          "Bygdøy allé",
          "Thorvald Meyers gate",
          "Kirkeveien",
          "Skolegata",
          "Bogstadveien",
        ]);
        return this.pick([
          `${s} ${n}`,
          `${s} ${n}B`,
          `${s} ${n}, H0${this.int(1, 4)}0${this.int(1, 4)}`,
          `${s} ${n} A`,
        ]);
      }
      case "DK": {
        const s = this.pick([
          "Nørrebrogade",
          "Vesterbrogade",
          "Jægersborggade",
          "Strandvejen",
          "Østergade",
          "Amagerbrogade",
          "Skovvej",
          "Bredgade",
        ]);
        return this.pick([
          `${s} ${n}, ${this.int(1, 5)}. th.`,
          `${s} ${n} st. tv.`,
          `${s} ${n}`,
          `${s} ${n}, ${this.int(1, 5)}. sal`,
          `${s} ${n} ${this.int(1, 4)}.mf`,
        ]);
      }
      case "FI": {
        const s = this.pick([
          "Mannerheimintie",
          "Hämeenkatu",
          "Aleksanterinkatu",
          "Kauppakatu",
          "Puistotie",
          "Koulukatu",
          "Rantatie",
          "Fredrikinkatu",
        ]);
        return this.pick([
          `${s} ${n} B ${this.int(1, 60)}`,
          `${s} ${n} A ${this.int(1, 60)}`,
          `${s} ${n}`,
          `${s} ${n} as. ${this.int(1, 30)}`,
        ]);
      }
      case "RO": {
        const s = this.pick([
          "Mihai Eminescu",
          "Florilor",
          "Libertății",
          "Ion Creangă",
          "Avram Iancu",
          "Zorilor",
        ]);
        return this.pick([
          `Str. ${s} nr. ${n}, bl. ${this.pick(["A", "B", "C", "M"])}${this.int(1, 9)}, sc. ${
            this.int(1, 4)
          }, ap. ${this.int(1, 60)}`,
          `Bd. ${this.pick(["Unirii", "Magheru", "Decebal"])} nr. ${n}`,
          `Strada ${s} ${n}`,
          `Calea ${this.pick(["Victoriei", "Moșilor", "Dorobanților"])} ${n}, et. ${
            this.int(1, 9)
          }, ap. ${this.int(1, 60)}`,
          `str. ${s}, nr.${n}`,
        ]);
      }
      case "HU": {
        const s = this.pick([
          "Andrássy út",
          "Kossuth Lajos utca",
          "Petőfi Sándor u.",
          "Váci út",
          "Rákóczi út",
          "Bartók Béla út",
          "Dózsa György út",
          "Szent István krt.",
          "Fő utca",
        ]);
        return this.pick([
          `${s} ${n}.`,
          `${s} ${n}. ${this.int(1, 8)}. em. ${this.int(1, 40)}.`,
          `${s} ${n}. ${this.int(1, 8)}/${this.int(1, 40)}`,
          `${s} ${n}. fszt. ${this.int(1, 6)}.`,
        ]);
      }
      case "TR": {
        const s = this.pick([
          "Atatürk",
          "Bağdat",
          "İstiklal",
          "Cumhuriyet",
          "Gazi Mustafa Kemal",
          "İnönü",
        ]);
        const k = this.pick(["Gül", "Lale", "Menekşe", "Çınar", "Papatya"]);
        return this.pick([
          `${s} Cad. No: ${n} D: ${this.int(1, 20)}`,
          `${k} Sok. No:${n}/${this.int(1, 20)}`,
          `${this.pick(["Moda", "Kızılay", "Bahçelievler"])} Mah. ${k} Sk. No ${n} Daire ${
            this.int(1, 20)
          }`,
          `${s} Caddesi No:${n} Kat:${this.int(1, 9)}`,
        ]);
      }
    }
  }
  /** National id with valid check digits, plus its usual label. Gender/birthdate are taken where relevant. */
  id(p?: Person, bd = this.bday()): [string, string] {
    const sex = p?.sex ?? (this.chance(0.5) ? "m" : "f");
    const { y, m, d } = bd;
    const yy = p2(y % 100);
    switch (this.loc) {
      case "ES": {
        if (this.chance(0.8)) {
          const n = this.dg(8);
          const v = `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(n) % 23]}`;
          return [
            "DNI",
            this.pick([
              v,
              `${n}-${v[8]}`,
              `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5)}-${v[8]}`,
            ]),
          ];
        }
        const pfx = this.int(0, 2), n = this.dg(7);
        return ["NIE", `${"XYZ"[pfx]}${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(`${pfx}${n}`) % 23]}`];
      }
      case "MX":
        return this.chance(0.6)
          ? ["CURP", curp(p ?? this.person(sex), bd, this)]
          : ["RFC", rfc(p ?? this.person(sex), bd, this)];
      case "AR": {
        for (;;) {
          const dni = String(this.int(20, 45)) + this.dg(6);
          if (this.chance(0.5)) {
            return [
              "DNI",
              this.pick([`${dni.slice(0, 2)}.${dni.slice(2, 5)}.${dni.slice(5)}`, dni]),
            ];
          }
          const pre = sex === "m" ? "20" : "27";
          const s = pre + dni, w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
          let sum = 0;
          for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i];
          let c = 11 - (sum % 11);
          if (c === 10) continue;
          if (c === 11) c = 0;
          return ["CUIL", this.pick([`${pre}-${dni}-${c}`, `${pre}${dni}${c}`])];
        }
      }
      case "FR":
      case "CHfr":
      case "BEfr":
      case "CAfr":
      case "BEnl":
      case "CHde": {
        if (this.loc === "FR" || (this.loc === "CHfr" && this.chance(0.2))) {
          const body = `${sex === "m" ? 1 : 2}${yy}${p2(m)}${p2(this.int(1, 95))}${this.dg(3)}${
            this.dg(3)
          }`;
          const key = p2(97 - (Number(body) % 97));
          const v = this.chance(0.5)
            ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${
              body.slice(7, 10)
            } ${body.slice(10)} ${key}`
            : body + key;
          return [this.pick(["n° de sécu", "numéro de sécurité sociale", "NIR"]), v];
        }
        if (this.loc === "BEfr" || this.loc === "BEnl") {
          for (;;) {
            const ser = this.int(1, 997);
            if ((ser % 2 === 1) !== (sex === "m")) continue;
            const base9 = `${yy}${p2(m)}${p2(d)}${String(ser).padStart(3, "0")}`;
            const num = y >= 2000 ? 2000000000 + Number(base9) : Number(base9);
            const cc = p2(97 - (num % 97));
            const v = this.chance(0.6)
              ? `${yy}.${p2(m)}.${p2(d)}-${base9.slice(6)}.${cc}`
              : base9 + cc;
            return [this.loc === "BEnl" ? "rijksregisternummer" : "n° de registre national", v];
          }
        }
        if (this.loc === "CAfr") {
          let s = String(this.int(1, 7)) + this.dg(7);
          let sum = 0;
          for (let i = 0; i < 8; i++) {
            let x = Number(s[i]);
            if (i % 2 === 1) {
              x *= 2;
              if (x > 9) x -= 9;
            }
            sum += x;
          }
          s += String((10 - (sum % 10)) % 10);
          return [
            "NAS",
            this.pick([
              `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`,
              `${s.slice(0, 3)}-${s.slice(3, 6)}-${s.slice(6)}`,
              s,
            ]),
          ];
        }
        // CH AHV
        const s = "756" + this.dg(9);
        let sum = 0;
        for (let i = 0; i < 12; i++) sum += Number(s[i]) * (i % 2 === 0 ? 1 : 3);
        const v = s + String((10 - (sum % 10)) % 10);
        return [
          this.loc === "CHde" ? "AHV-Nr." : "n° AVS",
          `${v.slice(0, 3)}.${v.slice(3, 7)}.${v.slice(7, 11)}.${v.slice(11)}`,
        ];
      }
      case "IT":
        return [
          this.pick(["codice fiscale", "CF", "cod. fiscale"]),
          codFisc(p ?? this.person(sex), bd, this),
        ];
      case "PT": {
        for (;;) {
          const s = this.pick(["1", "2", "2"]) + this.dg(7);
          let sum = 0;
          for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
          let c = 11 - (sum % 11);
          if (c >= 10) c = 0;
          const v = s + c;
          return [
            this.pick(["NIF", "contribuinte", "NIF"]),
            this.pick([v, `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`]),
          ];
        }
      }
      case "BR": {
        const s = this.dg(9).split("").map(Number);
        let a = 0;
        for (let i = 0; i < 9; i++) a += s[i] * (10 - i);
        let d1 = (a * 10) % 11;
        if (d1 === 10) d1 = 0;
        s.push(d1);
        let b = 0;
        for (let i = 0; i < 10; i++) b += s[i] * (11 - i);
        let d2 = (b * 10) % 11;
        if (d2 === 10) d2 = 0;
        s.push(d2);
        const v = s.join("");
        return [
          "CPF",
          this.pick([`${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`, v]),
        ];
      }
      case "DE": {
        const digs = this.f.helpers.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
        digs.push(this.pick(digs));
        let arr = this.f.helpers.shuffle(digs);
        while (arr[0] === 0) arr = this.f.helpers.shuffle(digs);
        let prod = 10;
        for (const x of arr) {
          let s = (x + prod) % 10;
          if (s === 0) s = 10;
          prod = (s * 2) % 11;
        }
        let c = 11 - prod;
        if (c === 10) c = 0;
        const v = arr.join("") + c;
        return [
          this.pick(["Steuer-ID", "Steueridentifikationsnummer", "St-IdNr."]),
          this.pick([v, `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`]),
        ];
      }
      case "AT": {
        const dob6 = `${p2(d)}${p2(m)}${yy}`;
        const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
        for (;;) {
          const ser = String(this.int(100, 999));
          const all = ser + "0" + dob6;
          let sum = 0;
          for (let i = 0; i < 10; i++) sum += Number(all[i]) * w[i];
          const c = sum % 11;
          if (c === 10) continue;
          return [
            this.pick(["SV-Nummer", "Versicherungsnummer", "SVNr"]),
            this.pick([`${ser}${c} ${dob6}`, `${ser}${c}${dob6}`]),
          ];
        }
      }
      case "NL": {
        for (;;) {
          const s = this.dg(8, true);
          let sum = 0;
          for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
          const c = sum % 11;
          if (c > 9) continue;
          const v = s + c;
          return [
            "BSN",
            this.pick([
              v,
              `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}`,
              `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`,
            ]),
          ];
        }
      }
      case "PL": {
        const mm = y >= 2000 ? m + 20 : m;
        const sexd = sex === "m" ? this.pick([1, 3, 5, 7, 9]) : this.pick([0, 2, 4, 6, 8]);
        const s = `${yy}${p2(mm)}${p2(d)}${this.dg(3)}${sexd}`;
        const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
        let sum = 0;
        for (let i = 0; i < 10; i++) sum += Number(s[i]) * w[i];
        return ["PESEL", s + ((10 - (sum % 10)) % 10)];
      }
      case "CZ": {
        const mm = sex === "f" ? m + 50 : m;
        for (;;) {
          const nine = `${yy}${p2(mm)}${p2(d)}${this.dg(3)}`;
          const c = Number(nine) % 11;
          if (c === 10) continue;
          const v = nine + c;
          return [
            this.pick(["rodné číslo", "RČ", "r.č."]),
            this.pick([`${v.slice(0, 6)}/${v.slice(6)}`, v]),
          ];
        }
      }
      case "SE": {
        const nine = `${yy}${p2(m)}${p2(d)}${this.dg(2)}${
          sex === "m" ? this.pick([1, 3, 5, 7, 9]) : this.pick([0, 2, 4, 6, 8])
        }`;
        let sum = 0;
        for (let i = 0; i < 9; i++) {
          let x = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
          if (x > 9) x -= 9;
          sum += x;
        }
        const c = (10 - (sum % 10)) % 10;
        const v = `${nine.slice(0, 6)}-${nine.slice(6)}${c}`;
        return [
          this.pick(["personnummer", "pnr", "personnr"]),
          this.pick([v, `${String(y).slice(0, 2)}${v}`, `${String(y).slice(0, 2)}${nine}${c}`]),
        ];
      }
      case "NO": {
        const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        for (;;) {
          const ind = y >= 2000 ? this.int(500, 999) : this.int(0, 499);
          if ((Math.floor(ind % 10) % 2 === 1) !== (sex === "m")) continue;
          const s = `${p2(d)}${p2(m)}${yy}${String(ind).padStart(3, "0")}`;
          let a = 0;
          for (let i = 0; i < 9; i++) a += Number(s[i]) * w1[i];
          let k1 = 11 - (a % 11);
          if (k1 === 11) k1 = 0;
          if (k1 === 10) continue;
          const s2 = s + k1;
          let b = 0;
          for (let i = 0; i < 10; i++) b += Number(s2[i]) * w2[i];
          let k2 = 11 - (b % 11);
          if (k2 === 11) k2 = 0;
          if (k2 === 10) continue;
          const v = s2 + k2;
          return [
            this.pick(["fødselsnummer", "fnr.", "personnummer"]),
            this.pick([v, `${v.slice(0, 6)} ${v.slice(6)}`]),
          ];
        }
      }
      case "DK": {
        const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
        for (;;) {
          const s = `${p2(d)}${p2(m)}${yy}${
            String(this.int(y >= 2000 ? 400 : 0, y >= 2000 ? 599 : 399)).padStart(3, "0")
          }`;
          let a = 0;
          for (let i = 0; i < 9; i++) a += Number(s[i]) * w[i];
          const c = (11 - (a % 11)) % 11;
          if (c === 10 || (c % 2 === 1) !== (sex === "m")) continue;
          const v = s + c;
          return [
            this.pick(["CPR-nr.", "cpr", "CPR-nummer"]),
            this.pick([`${v.slice(0, 6)}-${v.slice(6)}`, v]),
          ];
        }
      }
      case "FI": {
        const ind = String(this.int(2, 899)).padStart(3, "0");
        const nine = `${p2(d)}${p2(m)}${yy}${ind}`;
        const c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(nine) % 31];
        return [
          this.pick(["hetu", "henkilötunnus", "HETU"]),
          `${nine.slice(0, 6)}${y >= 2000 ? "A" : "-"}${ind}${c}`,
        ];
      }
      case "RO": {
        const s = `${y >= 2000 ? (sex === "m" ? 5 : 6) : sex === "m" ? 1 : 2}${yy}${p2(m)}${p2(d)}${
          p2(this.int(1, 46))
        }${this.dg(3)}`;
        const w = "279146358279";
        let sum = 0;
        for (let i = 0; i < 12; i++) sum += Number(s[i]) * Number(w[i]);
        let c = sum % 11;
        if (c === 10) c = 1;
        return ["CNP", s + c];
      }
      case "HU": {
        const s = this.dg(8, true);
        let sum = 0;
        for (let i = 0; i < 8; i++) sum += Number(s[i]) * (i % 2 === 0 ? 3 : 7);
        const v = s + (sum % 10);
        return [
          this.pick(["TAJ-szám", "TAJ szám", "TAJ"]),
          this.pick([
            `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`,
            v,
            `${v.slice(0, 3)}-${v.slice(3, 6)}-${v.slice(6)}`,
          ]),
        ];
      }
      case "TR": {
        const a = [this.int(1, 9), ...Array.from({ length: 8 }, () => this.int(0, 9))];
        const odd = a[0] + a[2] + a[4] + a[6] + a[8], even = a[1] + a[3] + a[5] + a[7];
        const d10 = (((odd * 7 - even) % 10) + 10) % 10;
        const d11 = (a.reduce((x, y) => x + y, 0) + d10) % 10;
        return [this.pick(["TC kimlik no", "T.C. Kimlik No", "TCKN"]), [...a, d10, d11].join("")];
      }
    }
  }
}

// ---- Mexican CURP / RFC, Italian codice fiscale (valid check characters) ----
const up = (s: string) => strip(s).toUpperCase().replace(/[^A-Z]/g, "");
function curp(p: Person, bd: { y: number; m: number; d: number }, g: G): string {
  const [ap, am = "X"] = p.last.split(" ");
  const A = up(ap), M = up(am), N = up(p.first.split(" ")[0]);
  const vow = (s: string) => (s.slice(1).match(/[AEIOU]/) ?? ["X"])[0];
  const con = (s: string) => (s.slice(1).match(/[^AEIOU]/) ?? ["X"])[0];
  const body = `${A[0]}${vow(A)}${M[0]}${N[0]}${p2(bd.y % 100)}${p2(bd.m)}${p2(bd.d)}${
    p.sex === "m" ? "H" : "M"
  }${g.pick(["DF", "JC", "NL", "MC", "PL", "VZ", "GT"])}${con(A)}${con(M)}${con(N)}${
    bd.y >= 2000 ? g.pick(["A", "B"]) : String(g.int(0, 9))
  }`;
  const dict = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += dict.indexOf(body[i]) * (18 - i);
  return body + String((10 - (sum % 10)) % 10);
}
function rfc(p: Person, bd: { y: number; m: number; d: number }, g: G): string {
  const [ap, am = "X"] = p.last.split(" ");
  const A = up(ap), M = up(am), N = up(p.first.split(" ")[0]);
  const vow = (s: string) => (s.slice(1).match(/[AEIOU]/) ?? ["X"])[0];
  const hc = g.pick([..."ABCDEFGHJKLMNPRSTUVWXYZ123456789"]) +
    g.pick([..."ABCDEFGHJKLMNPRSTUVWXYZ123456789"]);
  const body = `${A[0]}${vow(A)}${M[0]}${N[0]}${p2(bd.y % 100)}${p2(bd.m)}${p2(bd.d)}${hc}`;
  const dict = "0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ Ñ";
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += dict.indexOf(body[i]) * (13 - i);
  const r = 11 - (sum % 11);
  return body + (r === 11 ? "0" : r === 10 ? "A" : String(r));
}
function codFisc(p: Person, bd: { y: number; m: number; d: number }, g: G): string {
  const cons = (s: string) => s.replace(/[AEIOU]/g, ""),
    vows = (s: string) => s.replace(/[^AEIOU]/g, "");
  const S = up(p.last), N = up(p.first);
  const sc = (cons(S) + vows(S) + "XXX").slice(0, 3);
  const nc0 = cons(N);
  const nc = nc0.length >= 4 ? nc0[0] + nc0[2] + nc0[3] : (nc0 + vows(N) + "XXX").slice(0, 3);
  const day = p.sex === "f" ? bd.d + 40 : bd.d;
  const body = `${sc}${nc}${p2(bd.y % 100)}${"ABCDEHLMPRST"[bd.m - 1]}${p2(day)}${
    g.pick(["H501", "F205", "F839", "L219", "G273", "A944", "D612", "L736", "A662"])
  }`;
  const odd = [
    1,
    0,
    5,
    7,
    9,
    13,
    15,
    17,
    19,
    21,
    2,
    4,
    18,
    20,
    11,
    3,
    6,
    8,
    12,
    14,
    16,
    10,
    22,
    25,
    24,
    23,
  ];
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i];
    const idx = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[idx] : idx;
  }
  const v = body + String.fromCharCode(65 + (sum % 26));
  return g.chance(0.25) ? v.toLowerCase() : v;
}

// ---------------------------------------------------------------------------------------------
// Templates. Each maps language -> text builder. `x` bundles the draws for one document.
// ---------------------------------------------------------------------------------------------
interface X {
  g: G;
  a: Person;
  b: Person;
  c: Person;
  k: Person; // nickname person with inflected form
  city: string;
  known: string[];
}
type Tpl = Partial<Record<Lang, (x: X) => Part[]>>;
const hm = (g: G) => `${p2(g.int(7, 22))}:${p2(g.int(0, 59))}`;
const dmy = (g: G, sep = ".") =>
  `${p2(g.int(1, 28))}${sep}${p2(g.int(1, 12))}${sep}${g.pick(["2023", "2024", "2025"])}`;
const money = (g: G, a: number, b: number) => String(g.int(a, b));

const waTs = (g: G, day: string) => `[${day}, ${hm(g)}:${p2(g.int(0, 59))}] `;
const dashTs = (g: G, day: string) => `${day}, ${hm(g)} - `;

// 1. WhatsApp family group, bracket export
const T_FAMILY: Tpl = {
  es: (x) => {
    const g = x.g, day = `${g.int(1, 28)}/${g.int(1, 12)}/24`, ph = g.phone();
    return [
      waTs(g, day),
      P(g.lc(x.a.dim)),
      ": mamá dice que el cumple de la abuela es el sábado a las 14h en casa de ",
      P(x.b.dim),
      "\n",
      waTs(g, day),
      P(x.b.full),
      ": sí, en ",
      A(g.address()),
      ", el timbre no va, llamad al ",
      PH(ph),
      "\n",
      waTs(g, day),
      P(x.c.dim),
      ": vale!! llevo tarta de Mercadona 😂\n",
      waTs(g, day),
      P(g.lc(x.a.dim)),
      ": ",
      P(x.k.dim),
      " viene también? que no contesta",
    ];
  },
  it: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}/${p2(g.int(1, 12))}/24`;
    return [
      waTs(g, day),
      P(x.a.full),
      ": ragazzi domenica pranzo da nonna, portate il vino\n",
      waTs(g, day),
      P(g.lc(x.b.dim)),
      ": io arrivo tardi, ho il turno fino alle 13\n",
      waTs(g, day),
      P(x.a.full),
      ": ",
      P(x.k.dim),
      " mi ha chiesto l'indirizzo nuovo, gliel'ho dato: ",
      A(g.address()),
      " (citofono ",
      P(x.c.last),
      ")\n",
      waTs(g, day),
      P(x.c.dim),
      ": se vi perdete chiamatemi al ",
      PH(g.phone()),
      " 👍",
    ];
  },
  pt: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}/${p2(g.int(1, 12))}/2024`;
    return [
      waTs(g, day),
      P(x.a.dim),
      ": gente, a vó faz 80 anos dia 12!! vamos fazer surpresa\n",
      waTs(g, day),
      P(g.lc(x.b.first)),
      ": bora! pix pro bolo na minha chave: ",
      E(g.email(x.b)),
      "\n",
      waTs(g, day),
      P(x.c.full),
      ": a festa vai ser na casa do tio ",
      P(x.k.dim),
      ", ",
      A(g.address()),
      "\n",
      waTs(g, day),
      P(x.a.dim),
      ": quem não tiver o número dele: ",
      PH(g.phone()),
    ];
  },
  de: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.24`;
    return [
      waTs(g, day),
      P(x.a.dim),
      ": Hat jemand die neue Adresse von Oma? Ich will ihr ne Karte schicken\n",
      waTs(g, day),
      P(x.b.full),
      ": ",
      A(g.address()),
      ", 2. Stock rechts\n",
      waTs(g, day),
      P(x.a.dim),
      ": Danke!! Und ",
      ...g.inflParts(x.k),
      " Geburtstag ist am Sonntag, nicht vergessen 🎂\n",
      waTs(g, day),
      P(g.lc(x.c.dim)),
      ": ich ruf sie an, Festnetz ist ",
      PH(g.phone()),
    ];
  },
  pl: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.2024`;
    return [
      waTs(g, day),
      P(x.a.dim),
      ": kto odbiera babcię z dworca w piątek?\n",
      waTs(g, day),
      P(g.lc(x.b.dim)),
      ": ja nie mogę, zadzwońcie do ",
      ...g.inflParts(x.k),
      "\n",
      waTs(g, day),
      P(x.a.dim),
      ": ",
      P(x.k.dim),
      " ma nowy numer: ",
      PH(g.phone()),
      "\n",
      waTs(g, day),
      P(x.c.full),
      ": a babcia mieszka teraz na ",
      A(g.address()),
      " czy dalej u cioci?",
    ];
  },
  tr: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.2024`;
    return [
      waTs(g, day),
      P(x.a.dim),
      ": Annemlerin yeni adresi: ",
      A(g.address()),
      ", ",
      x.city,
      "\n",
      waTs(g, day),
      P(g.lc(x.b.first)),
      ": tamam, bayramda geliyoruz inşallah\n",
      waTs(g, day),
      P(x.a.dim),
      ": ",
      ...g.inflParts(x.k),
      " de haber verin, telefonu ",
      PH(g.phone()),
      "\n",
      waTs(g, day),
      P(x.c.full),
      ": 👍🏻",
    ];
  },
  ro: (x) => {
    const g = x.g, day = `${p2(g.int(1, 28))}.${p2(g.int(1, 12))}.2024`;
    return [
      waTs(g, day),
      P(x.a.dim),
      ": mâine e ziua ",
      ...g.inflParts(x.k),
      ", cine ia tortul?\n",
      waTs(g, day),
      P(g.lc(x.b.first)),
      ": eu, îl las la ",
      A(g.address()),
      "\n",
      waTs(g, day),
      P(x.c.full),
      ": sunați-mă pe ",
      PH(g.phone()),
      " dacă întârziați, că sunt la serviciu până la 17",
    ];
  },
  hu: (x) => {
    const g = x.g, day = `${g.pick(["2024", "2025"])}. ${p2(g.int(1, 12))}. ${p2(g.int(1, 28))}.`;
    return [
      waTs(g, day),
      P(x.a.full),
      ": Sziasztok! Vasárnap ebéd nagymamánál, 12-re\n",
      waTs(g, day),
      P(g.lc(x.b.dim)),
      ": ott leszünk. ",
      ...g.inflParts(x.k),
      " szóltatok?\n",
      waTs(g, day),
      P(x.a.full),
      ": igen, a címe most ",
      A(g.address()),
      ", a száma ",
      PH(g.phone()),
    ];
  },
};

// 2. Colleagues chat, dash export (known = colleagues)
const T_COLLEAGUES: Tpl = {
  fr: (x) => {
    const g = x.g, day = dmy(g, "/");
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": qqn a le portable de ",
      P(x.c.first),
      " ",
      P(x.c.last),
      " ? le client de ",
      x.city,
      " la cherche\n",
      dashTs(g, day),
      P(x.b.full),
      ": oui c'est le ",
      PH(g.phone()),
      " mais elle est en congé jusqu'à lundi\n",
      dashTs(g, day),
      P(x.a.full),
      ": ok merci, je mets ",
      P(x.k.dim),
      " en copie alors (",
      E(g.email(x.k)),
      ")",
    ];
  },
  nl: (x) => {
    const g = x.g, day = dmy(g, "-");
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Kan iemand morgen de dienst van ",
      P(x.c.first),
      " overnemen? Ze is ziek\n",
      dashTs(g, day),
      P(x.b.full),
      ": ik kan vanaf 10u. Bel me even op ",
      PH(g.phone()),
      "\n",
      dashTs(g, day),
      P(x.a.full),
      ": top! ",
      P(x.k.dim),
      " weet er ook van",
    ];
  },
  cs: (x) => {
    const g = x.g, day = `${g.int(1, 28)}.${g.int(1, 12)}.24`;
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": napiš prosím ",
      ...g.inflParts(x.k),
      ", ať pošle tu fakturu pro Alza.cz\n",
      dashTs(g, day),
      P(x.b.full),
      ": jasně. jeho mail je ",
      E(g.email(x.k)),
      " nebo mu zavolej na ",
      PH(g.phone()),
      "\n",
      dashTs(g, day),
      P(x.a.full),
      ": díky 🙏 a paní ",
      P(x.c.last),
      " má dneska volno",
    ];
  },
  sv: (x) => {
    const g = x.g, day = `${g.pick(["2024", "2025"])}-${p2(g.int(1, 12))}-${p2(g.int(1, 28))}`;
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Någon som vet om ",
      P(x.k.dim),
      " kommer på fikat kl 15?\n",
      dashTs(g, day),
      P(x.b.full),
      ": tror det, men ",
      ...g.inflParts(x.k),
      " bil är på verkstan\n",
      dashTs(g, day),
      P(x.c.first),
      ": ring honom på ",
      PH(g.phone()),
      " så hämtar jag",
    ];
  },
  fi: (x) => {
    const g = x.g, day = `${g.int(1, 28)}.${g.int(1, 12)}.2024`;
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Voisko joku soittaa ",
      ...g.inflParts(x.k),
      "? Asiakas odottaa\n",
      dashTs(g, day),
      P(x.b.full),
      ": soitin jo, numero on ",
      PH(g.phone()),
      "\n",
      dashTs(g, day),
      P(g.lc(x.c.first)),
      ": kiitos! palaveri siirtyy klo 14",
    ];
  },
  da: (x) => {
    const g = x.g, day = dmy(g, ".");
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Hvem tager ",
      ...g.inflParts(x.k),
      " vagt på fredag?\n",
      dashTs(g, day),
      P(x.b.full),
      ": Det gør jeg. Skriv til mig på ",
      E(g.email(x.b)),
      "\n",
      dashTs(g, day),
      P(x.c.first),
      ": tak ",
      P(x.b.first),
      " 👍",
    ];
  },
  no: (x) => {
    const g = x.g, day = dmy(g, ".");
    x.known.push(x.a.full, x.b.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": ",
      P(x.k.dim),
      " har sluttet, ny kontaktperson hos Equinor er ",
      P(x.c.full),
      "\n",
      dashTs(g, day),
      P(x.b.full),
      ": ok, har du nummeret?\n",
      dashTs(g, day),
      P(x.a.full),
      ": ",
      PH(g.phone()),
      " / ",
      E(g.email(x.c)),
    ];
  },
};

// 3. Telegram/Signal export with unsaved numbers as senders
const T_UNSAVED: Tpl = {
  es: (x) => {
    const g = x.g, ph = g.phone();
    return [
      PH(ph),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nHola, soy ",
      P(x.a.first),
      ", la vecina del 3º. Te escribo por lo del paquete de Amazon que dejaron en mi puerta\n\n",
      P(x.b.full),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nAy gracias! Paso a las 8. Vives en ",
      A(g.address()),
      " no?\n\n",
      PH(ph),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nSí sí, pregunta por ",
      P(x.a.dim),
    ];
  },
  de: (x) => {
    const g = x.g, ph = g.phone();
    return [
      PH(ph),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nHallo, hier ist ",
      P(x.a.full),
      " vom Elternabend. ",
      P(x.k.dim),
      " hat mir deine Nummer gegeben\n\n",
      P(x.b.dim),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nHi! Ja klar, die Fahrgemeinschaft: ich hol die Kinder um 7:40 ab, ",
      A(g.address()),
      "\n\n",
      PH(ph),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nSuper danke 😊",
    ];
  },
  it: (x) => {
    const g = x.g, ph = g.phone();
    return [
      PH(ph),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nBuonasera sono ",
      P(x.a.first),
      " ",
      P(x.a.last),
      ", mi ha passato il suo contatto ",
      P(x.k.dim),
      " per le ripetizioni di matematica\n\n",
      P(x.b.full),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nSalve! Sì certo, 20€ l'ora, ci vediamo da me in ",
      A(g.address()),
      "\n\n",
      PH(ph),
      ", [",
      dmy(g, "/"),
      " ",
      hm(g),
      "]\nPerfetto, mio figlio si chiama ",
      P(x.c.first),
      ", è in terza media",
    ];
  },
  pl: (x) => {
    const g = x.g, ph = g.phone();
    return [
      PH(ph),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nDzień dobry, z tej strony ",
      P(x.a.full),
      ", dzwonię w sprawie ogłoszenia z OLX, mieszkanie jeszcze aktualne?\n\n",
      P(x.b.full),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nTak, zapraszam w sobotę o 11, ",
      A(g.address()),
      ", domofon 12\n\n",
      PH(ph),
      ", [",
      dmy(g),
      " ",
      hm(g),
      "]\nBędę z żoną, ",
      P(x.c.dim),
      " ma pytania o kaucję",
    ];
  },
};

// 4. Informal colleague e-mail
const T_MAIL: Tpl = {
  fr: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "De : ",
      P(x.a.full),
      " <",
      E(g.email(x.a)),
      ">\nÀ : ",
      P(x.b.full),
      "\nObjet : RE: dossier ",
      g.dg(6, true),
      "\n\nSalut ",
      P(x.b.dim),
      ",\n\nje t'envoie les coordonnées de ",
      P(x.c.first),
      " ",
      P(x.c.last),
      " pour le devis : ",
      PH(g.phone()),
      ", ",
      A(g.address()),
      ", ",
      g.dg(5, true),
      " ",
      x.city,
      ".\nElle préfère être appelée après 18h.\n\nBises,\n",
      P(x.a.dim),
    ];
  },
  de: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "Hi ",
      P(x.b.dim),
      ",\n\nkurz zur Info: der neue Kollege ",
      P(x.c.full),
      " fängt am 1. an. Kannst du ihm einen Laptop einrichten? Seine private Mail ist ",
      E(g.email(x.c)),
      ", Handy ",
      PH(g.phone()),
      ".\n\nDanke dir & LG\n",
      P(x.a.dim),
      "\n\n-- \n",
      P(x.a.full),
      " | Einkauf | Müller Logistik GmbH | Tel. 0800 123 456",
    ];
  },
  it: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "Ciao ",
      P(x.b.first),
      ",\n\nti giro il contatto del fornitore che mi hai chiesto: ",
      P(x.c.full),
      ", cell. ",
      PH(g.phone()),
      ", mail ",
      E(g.email(x.c)),
      ".\nDigli che lo chiami da parte mia (",
      P(x.a.dim),
      ") così ti fa lo sconto 😉\n\nA dopo,\n",
      P(x.a.first),
    ];
  },
  es: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "Buenas ",
      P(x.b.dim),
      ":\n\nte paso el contacto de ",
      P(x.c.full),
      " para lo de la mudanza de la oficina de ",
      x.city,
      ". Su móvil es ",
      PH(g.phone()),
      " y el correo ",
      E(g.email(x.c)),
      ".\nYa le avisé de que le ibas a llamar.\n\nUn abrazo,\n",
      P(x.a.dim),
    ];
  },
  pt: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "Oi ",
      P(x.b.first),
      ", tudo bem?\n\nSegue o contato da ",
      P(x.c.full),
      " que vai cuidar do evento: ",
      PH(g.phone()),
      " (WhatsApp).\nO endereço do buffet é ",
      A(g.address()),
      ".\n\nAbs,\n",
      P(x.a.full),
    ];
  },
  nl: (x) => {
    const g = x.g;
    x.known.push(x.b.full);
    return [
      "Hoi ",
      P(x.b.first),
      ",\n\nHierbij de gegevens van de nieuwe stagiair: ",
      P(x.c.full),
      ", geboren ",
      D(g.dob()),
      ", ",
      E(g.email(x.c)),
      ".\nWil jij zijn account aanmaken?\n\nGroetjes,\n",
      P(x.a.dim),
    ];
  },
};

// 5. Customer-service chat with identity verification
const T_SUPPORT: Tpl = {
  es: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Agente (",
      P("Laura"),
      "): ¡Hola! Soy ",
      P("Laura"),
      " de atención al cliente de Movistar. ¿En qué puedo ayudarte?\n",
      P(x.a.first),
      ": hola, no me llega la factura de octubre\n",
      "Agente (",
      P("Laura"),
      "): Para verificar tu identidad, ¿me indicas tu ",
      lab,
      " y fecha de nacimiento?\n",
      P(x.a.first),
      ": ",
      I(id),
      ", nací el ",
      D(g.dob(bd)),
      "\n",
      "Agente (",
      P("Laura"),
      "): Gracias, ",
      P(x.a.first),
      ". Veo la línea ",
      PH(g.phone()),
      " a nombre de ",
      P(x.a.full),
      ". Te la reenvío al correo ",
      E(g.email(x.a)),
      ".",
    ];
  },
  fr: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Conseiller : Bonjour, ",
      P("Kevin"),
      " du service client EDF, que puis-je faire pour vous ?\n",
      "Client : bonjour je déménage le 15, je veux résilier\n",
      "Conseiller : Très bien. Pouvez-vous me confirmer vos nom, date de naissance et adresse ?\n",
      "Client : ",
      P(x.a.full),
      ", né",
      x.a.sex === "f" ? "e" : "",
      " le ",
      D(g.dob(bd)),
      ", ",
      A(g.address()),
      "\n",
      "Conseiller : Merci M",
      x.a.sex === "f" ? "me" : ".",
      " ",
      P(x.a.last),
      ". Et votre ",
      lab,
      " pour le dossier ?\n",
      "Client : ",
      I(id),
    ];
  },
  it: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Operatore: Buongiorno, sono ",
      P("Giulia"),
      " di Fastweb. Mi conferma nome e ",
      lab,
      "?\n",
      "Cliente: ",
      P(x.a.full),
      ", ",
      I(id),
      "\n",
      "Operatore: Grazie. Data di nascita?\n",
      "Cliente: ",
      D(g.dob(bd)),
      "\n",
      "Operatore: Perfetto sig",
      x.a.sex === "f" ? ".ra" : ".",
      " ",
      P(x.a.last),
      ", il tecnico passerà giovedì tra le 9 e le 13 in ",
      A(g.address()),
      ". La chiamerà al ",
      PH(g.phone()),
      ".",
    ];
  },
  de: (x) => {
    const g = x.g, bd = g.bday();
    return [
      "Chat mit Kundenservice – Telekom\n",
      "Sie: Hallo, mein Router blinkt rot seit gestern\n",
      "Mitarbeiter (",
      P("Jan"),
      "): Hallo! Können Sie mir Ihren Namen und Ihr Geburtsdatum nennen?\n",
      "Sie: ",
      P(x.a.full),
      ", ",
      D(g.dob(bd)),
      "\n",
      "Mitarbeiter (",
      P("Jan"),
      "): Danke, Frau/Herr ",
      P(x.a.last),
      ". Ihre Anschrift lautet ",
      A(g.address()),
      "?\n",
      "Sie: ja genau. Erreichbar unter ",
      PH(g.phone()),
    ];
  },
  pt: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Atendente: Olá! Sou a ",
      P("Bia"),
      ", do atendimento Nubank 💜 Como posso ajudar?\n",
      "Você: meu cartão foi clonado, apareceu uma compra em ",
      x.city,
      " que não fiz\n",
      "Atendente: Sinto muito! Para confirmar, me passa seu ",
      lab,
      " e data de nascimento?\n",
      "Você: ",
      I(id),
      " - ",
      D(g.dob(bd)),
      "\n",
      "Atendente: Obrigada, ",
      P(x.a.first),
      ". O cartão final ",
      g.dg(4),
      " foi bloqueado. O novo vai para ",
      A(g.address()),
      ".",
    ];
  },
  pl: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Konsultant: Dzień dobry, w czym mogę pomóc?\n",
      "Klient: chcę zmienić adres do korespondencji\n",
      "Konsultant: Proszę podać imię, nazwisko i numer ",
      lab,
      ".\n",
      "Klient: ",
      P(x.a.full),
      ", ",
      I(id),
      "\n",
      "Konsultant: Dziękuję. Nowy adres?\n",
      "Klient: ",
      A(g.address()),
      ", ",
      g.dg(2),
      "-",
      g.dg(3),
      " ",
      x.city,
    ];
  },
  tr: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Müşteri Temsilcisi: Merhaba, Turkcell'e hoş geldiniz. Size nasıl yardımcı olabilirim?\n",
      "Siz: faturamda fazla ücret var\n",
      "Müşteri Temsilcisi: Kimlik doğrulaması için ",
      lab,
      " ve doğum tarihinizi yazar mısınız?\n",
      "Siz: ",
      I(id),
      " / ",
      D(g.dob(bd)),
      "\n",
      "Müşteri Temsilcisi: Teşekkürler ",
      P(x.a.first),
      " ",
      x.a.sex === "f" ? "Hanım" : "Bey",
      ", ",
      PH(g.phone()),
      " numaralı hattınızı kontrol ediyorum.",
    ];
  },
};

// 6. Classified ads
const T_AD: Tpl = {
  it: (
    x,
  ) => [
    `Vendo bici da corsa Bianchi taglia 54, usata pochissimo, ${
      money(x.g, 150, 600)
    }€ trattabili. Zona ${x.city}. Chiamare `,
    P(x.a.dim),
    " ",
    PH(x.g.phone()),
    " ore pasti, no perditempo",
  ],
  es: (
    x,
  ) => [
    `Vendo sofá de IKEA 3 plazas, ${money(x.g, 40, 200)}€. Recogida en ${x.city}, `,
    A(x.g.address()),
    ". Preguntar por ",
    P(x.a.dim),
    ": ",
    PH(x.g.phone()),
    " (solo whatsapp)",
  ],
  fr: (
    x,
  ) => [
    `À vendre : poussette Yoyo ${money(x.g, 80, 250)} € à débattre, ${x.city}. Contact ${
      x.g.pick(["Mme", "M."])
    } `,
    P(x.a.last),
    " au ",
    PH(x.g.phone()),
    " ou ",
    E(x.g.email(x.a)),
  ],
  de: (
    x,
  ) => [
    `Verkaufe Kinderfahrrad 20 Zoll, ${money(x.g, 30, 120)} € VB, nur Abholung in ${x.city}. Tel. `,
    PH(x.g.phone()),
    " (",
    P(x.a.first),
    ", ab 17 Uhr)",
  ],
  pl: (
    x,
  ) => [
    `Sprzedam pralkę Bosch, stan bdb, ${money(x.g, 200, 900)} zł, odbiór osobisty ${x.city}, `,
    A(x.g.address()),
    ". Kontakt: ",
    P(x.a.dim),
    " tel. ",
    PH(x.g.phone()),
  ],
  cs: (
    x,
  ) => [
    `Prodám zimní pneu 205/55 R16, ${money(x.g, 2, 9)} 000 Kč. ${x.city}. Volejte `,
    PH(x.g.phone()),
    ", ",
    P(x.a.first),
    " ",
    P(x.a.last),
  ],
  sv: (
    x,
  ) => [
    `Säljes: barnvagn Emmaljunga, ${money(x.g, 5, 30)}00 kr. Hämtas ${x.city}, `,
    A(x.g.address()),
    ". Sms:a ",
    P(x.a.dim),
    " ",
    PH(x.g.phone()),
  ],
  hu: (
    x,
  ) => [
    `Eladó 2 éves mosogatógép, ${money(x.g, 20, 90)} 000 Ft, ${x.city}. Érdeklődni: `,
    P(x.a.full),
    " ",
    PH(x.g.phone()),
  ],
  ro: (
    x,
  ) => [
    `Vând frigider Arctic, funcțional, ${money(x.g, 200, 900)} lei. ${x.city}, `,
    A(x.g.address()),
    ". Sunați la ",
    PH(x.g.phone()),
    " (",
    P(x.a.dim),
    ")",
  ],
  nl: (
    x,
  ) => [
    `Te koop: Gazelle damesfiets, €${money(x.g, 80, 350)}, ophalen in ${x.city}. Bel of app `,
    P(x.a.first),
    ": ",
    PH(x.g.phone()),
  ],
  pt: (
    x,
  ) => [
    `Vendo guitarra Yamaha C40 por ${
      money(x.g, 60, 200)
    }€, entrego em mão em ${x.city}. Falar com o `,
    P(x.a.dim),
    " ",
    PH(x.g.phone()),
  ],
  da: (
    x,
  ) => [
    `Sælges: Kinderstol fra Stokke, ${money(x.g, 3, 9)}00 kr. Afhentes `,
    A(x.g.address()),
    ", ",
    x.city,
    ". Ring til ",
    P(x.a.dim),
    " på ",
    PH(x.g.phone()),
  ],
  no: (
    x,
  ) => [
    `Selges: Sofa fra Bohus, ${money(x.g, 1, 6)} 000 kr. Hentes i ${x.city}. Kontakt `,
    P(x.a.full),
    " på ",
    PH(x.g.phone()),
  ],
  fi: (
    x,
  ) => [
    `Myydään lastenrattaat, ${money(x.g, 40, 200)} €, nouto ${x.city}sta. Soita `,
    P(x.a.first),
    " ",
    PH(x.g.phone()),
  ],
  tr: (
    x,
  ) => [
    `Sahibinden satılık çamaşır makinesi, ${money(x.g, 3, 9)}.000 TL. ${x.city}. Arayın: `,
    PH(x.g.phone()),
    " ",
    P(x.a.first),
    " ",
    x.a.sex === "f" ? "Hanım" : "Bey",
  ],
};

// 7. Appointment confirmation
const T_APPT: Tpl = {
  de: (x) => {
    const g = x.g;
    return [
      "Terminbestätigung Zahnarztpraxis Dr. ",
      P("Weber"),
      "\n\nPatient/in: ",
      P(x.a.full),
      "\nGeb.-Datum: ",
      D(g.dob()),
      "\nTermin: ",
      dmy(g),
      " um ",
      hm(g),
      " Uhr\nBei Verhinderung bitte 24h vorher absagen. Rückfragen an ",
      PH(g.phone()),
    ];
  },
  fr: (x) => {
    const g = x.g;
    return [
      "Bonjour ",
      P(x.a.first),
      " ",
      P(x.a.last),
      ", votre RDV chez Coiffure Élégance est confirmé le ",
      dmy(g, "/"),
      " à ",
      hm(g),
      ". Pour annuler répondez STOP ou appelez le 01 45 67 89 00.",
    ];
  },
  it: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "ASL - Conferma prenotazione CUP\nAssistito: ",
      P(x.a.full),
      "\nC.F.: ",
      I(id),
      "\nNato/a il: ",
      D(g.dob(bd)),
      "\nPrestazione: visita cardiologica, ",
      dmy(g, "/"),
      " ore ",
      hm(g),
      ", Poliambulatorio di ",
      x.city,
      "\nRecapito: ",
      PH(g.phone()),
    ];
  },
  es: (x) => {
    const g = x.g;
    return [
      "Clínica Dental Sonrisas: Hola ",
      P(x.a.dim),
      ", te recordamos tu cita el ",
      dmy(g, "/"),
      " a las ",
      hm(g),
      ". Paciente: ",
      P(x.a.full),
      ", F. nac. ",
      D(g.dob()),
      ". Si no puedes venir avísanos al 91 555 12 34.",
    ];
  },
  nl: (x) => {
    const g = x.g;
    return [
      "Beste ",
      P(x.a.first),
      ",\nUw afspraak bij huisartsenpraktijk De Linde staat op ",
      dmy(g, "-"),
      " om ",
      hm(g),
      ".\nGeboortedatum: ",
      D(g.dob()),
      "\nAdres bij ons bekend: ",
      A(g.address()),
      ". Klopt dit niet? Bel 030-1234567.",
    ];
  },
  sv: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Hej ",
      P(x.a.first),
      "! Din tid hos Folktandvården ",
      x.city,
      " är bokad ",
      `${g.int(1, 28)}/${g.int(1, 12)}`,
      " kl ",
      hm(g),
      ". Personnummer: ",
      I(id),
      ". Av/omboka via 1177.se. Mvh Folktandvården",
    ];
  },
  da: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Bekræftelse: ",
      P(x.a.full),
      " (",
      lab,
      " ",
      I(id),
      ") har tid hos Lægehuset ",
      x.city,
      " d. ",
      dmy(g),
      " kl. ",
      hm(g),
      ". Afbud senest kl. 8 samme dag på 70 20 30 40.",
    ];
  },
  pl: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Przypominamy o wizycie: ",
      P(x.a.full),
      ", PESEL ",
      I(id),
      ", ",
      dmy(g),
      " godz. ",
      hm(g),
      ", gabinet 12, Przychodnia Medicover ",
      x.city,
      ". Odwołanie: 22 500 00 00",
    ];
  },
  fi: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Hei ",
      P(x.a.first),
      ", muistutus: aika Terveystalo ",
      x.city,
      " ",
      dmy(g),
      " klo ",
      hm(g),
      ". Potilas: ",
      P(x.a.full),
      " (",
      I(id),
      "). Peruutukset: 030 6000.",
    ];
  },
  cs: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Potvrzení objednávky: ",
      P(x.a.full),
      ", r.č. ",
      I(id),
      ", termín ",
      `${g.int(1, 28)}. ${g.int(1, 12)}.`,
      " v ",
      hm(g),
      ", ordinace MUDr. ",
      P("Dvořák"),
      ", ",
      x.city,
      ". Tel.: ",
      PH(g.phone()),
    ];
  },
};

// 8. Delivery notifications
const T_DELIVERY: Tpl = {
  de: (
    x,
  ) => [
    "DHL: Hallo ",
    P(x.a.full),
    ", Ihre Sendung 00340434" + x.g.dg(12),
    " wird heute zwischen ",
    hm(x.g),
    " und ",
    hm(x.g),
    " zugestellt. Lieferadresse: ",
    A(x.g.address()),
    ", ",
    x.g.dg(5, true),
    " ",
    x.city,
    ". Ablageort: bei Nachbar ",
    P(x.b.last),
  ],
  fr: (
    x,
  ) => [
    "Colissimo : ",
    P(x.a.first),
    " ",
    P(x.a.last),
    ", votre colis 6A" + x.g.dg(11),
    " sera livré demain au ",
    A(x.g.address()),
    ". Le livreur vous contactera au ",
    PH(x.g.phone()),
    ".",
  ],
  it: (
    x,
  ) => [
    "BRT: gentile ",
    P(x.a.full),
    ", la spedizione n. ",
    x.g.dg(12, true),
    " è in consegna oggi presso ",
    A(x.g.address()),
    " - ",
    x.city,
    ". Il corriere la contatterà al ",
    PH(x.g.phone()),
  ],
  es: (
    x,
  ) => [
    "SEUR: Hola ",
    P(x.a.first),
    ", tu pedido de Zalando llega hoy a ",
    A(x.g.address()),
    ". Si no estás, lo dejamos con ",
    P(x.b.full),
    " (vecino). Dudas: ",
    PH(x.g.phone()),
  ],
  pl: (
    x,
  ) => [
    "InPost: ",
    P(x.a.full),
    ", paczka ",
    x.g.dg(24),
    " czeka w Paczkomacie WAW23M, ",
    x.city,
    ". Kod odbioru: ",
    x.g.dg(6),
    ". Nadawca: ",
    P(x.b.full),
    " tel. ",
    PH(x.g.phone()),
  ],
  nl: (
    x,
  ) => [
    "PostNL: Hoi ",
    P(x.a.first),
    ", je pakket 3SABC" + x.g.dg(9),
    " wordt vandaag bezorgd op ",
    A(x.g.address()),
    ". Niet thuis? Dan gaat het naar de buren (",
    P(x.b.last),
    ").",
  ],
  pt: (
    x,
  ) => [
    "CTT: ",
    P(x.a.full),
    ", a sua encomenda RR" + x.g.dg(9) + "PT será entregue em ",
    A(x.g.address()),
    ". Contacto do estafeta: ",
    PH(x.g.phone()),
  ],
  tr: (
    x,
  ) => [
    "Yurtiçi Kargo: Sayın ",
    P(x.a.full),
    ", ",
    x.g.dg(10),
    " no'lu gönderiniz ",
    A(x.g.address()),
    " adresine bugün teslim edilecektir. Kurye: ",
    PH(x.g.phone()),
  ],
  ro: (
    x,
  ) => [
    "Fan Courier: Bună ziua ",
    P(x.a.full),
    ", coletul AWB ",
    x.g.dg(10),
    " va fi livrat azi la ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Curier: ",
    P(x.b.first),
    " ",
    PH(x.g.phone()),
  ],
  hu: (
    x,
  ) => [
    "GLS: Kedves ",
    P(x.a.full),
    "! Csomagja (",
    x.g.dg(11),
    ") ma érkezik a következő címre: ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Futár: ",
    PH(x.g.phone()),
  ],
};

// 9. Forum posts
const T_FORUM: Tpl = {
  de: (
    x,
  ) => [
    "Re: Vermieter gibt Kaution nicht zurück\n\nHallo zusammen, hatte dasselbe Problem mit meinem Vermieter (Herr ",
    P(x.b.last),
    "). Bin im Mai aus der ",
    A(x.g.address()),
    " ausgezogen und warte immer noch. Wer Tipps hat, gern per PN oder an ",
    E(x.g.email(x.a)),
    "\n\nGruß ",
    P(x.a.dim),
  ],
  fr: (
    x,
  ) => [
    "[Résolu] Problème box SFR qui redémarre\n\nSalut à tous, chez moi l'IP publique change toutes les heures (",
    IPp(x.g.ip()),
    "). Le technicien, un certain ",
    P(x.b.first),
    ", m'a dit de changer de câble. Ça a marché !\n--\n",
    P(x.a.dim),
    " – ",
    x.city,
  ],
  it: (
    x,
  ) => [
    "Ciao a tutti, cerco compagni per il cammino di Santiago a giugno. Sono ",
    P(x.a.first),
    ", 34 anni, di ",
    x.city,
    ". Scrivetemi su ",
    U(x.g.url(x.a)),
    " o al ",
    PH(x.g.phone()),
  ],
  es: (
    x,
  ) => [
    "Hola foreros, alguien conoce a un fontanero fiable en ",
    x.city,
    "? El último, un tal ",
    P(x.b.full),
    ", me dejó la cocina inundada en ",
    A(x.g.address()),
    " 😡\nSaludos, ",
    P(x.a.dim),
  ],
  pl: (
    x,
  ) => [
    "Witam, szukam osoby do wspólnego wynajmu w ",
    x.city,
    ". Jestem ",
    P(x.a.dim),
    ", studiuję na PW. Pisz na ",
    E(x.g.email(x.a)),
    " albo dzwoń ",
    PH(x.g.phone()),
  ],
  cs: (
    x,
  ) => [
    "Zdravím, nefunguje mi NAS Synology za routerem, veřejná IP ",
    IPp(x.g.ip()),
    ", lokálně ",
    IPp(x.g.ip()),
    ". Poradí někdo? Díky, ",
    P(x.a.first),
    " ",
    P(x.a.last),
  ],
};

// 10. Meeting minutes (known)
const T_MINUTES: Tpl = {
  de: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Protokoll Teamsitzung ",
      dmy(x.g),
      "\nAnwesend: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\nTOP 1: Urlaubsplanung – ",
      P(x.b.first),
      " ist ab KW 32 weg, Vertretung ",
      P(x.c.last),
      ".\nTOP 2: Neuer Server (10.0.0.12) geht Freitag live.\nNächste Sitzung: Dienstag 10 Uhr. Protokoll: ",
      P(x.a.last),
    ];
  },
  fr: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Compte rendu – réunion du ",
      dmy(x.g, "/"),
      "\nPrésents : ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1. Budget 2025 : validé (42 000 €).\n2. ",
      P(x.b.first),
      " contacte le prestataire d'ici vendredi.\n3. Mme ",
      P(x.c.last),
      " absente le 14, à décaler.\nRédigé par ",
      P(x.a.first),
    ];
  },
  nl: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Notulen VvE-vergadering ",
      dmy(x.g, "-"),
      "\nAanwezig: ",
      P(x.a.full),
      " (voorzitter), ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n- Lekkage bij ",
      A(x.g.address()),
      ": ",
      P(x.b.last),
      " belt de loodgieter.\n- Kascontrole akkoord.\nVolgende vergadering: 12 maart, 19:30.",
    ];
  },
  it: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Verbale riunione condominiale del ",
      dmy(x.g, "/"),
      "\nPresenti: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1) Rifacimento facciata: approvato.\n2) Il sig. ",
      P(x.b.last),
      " segnala infiltrazioni nel box.\nL'amministratore (",
      P(x.a.first),
      ") invierà il preventivo.",
    ];
  },
  sv: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Mötesprotokoll BRF Tallen ",
      `${x.g.pick(["2024", "2025"])}-${p2(x.g.int(1, 12))}-${p2(x.g.int(1, 28))}`,
      "\nNärvarande: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n§1 ",
      P(x.b.first),
      " valdes till sekreterare.\n§2 Tvättstugan renoveras i vår.\n§3 ",
      P(x.c.last),
      " ansvarar för städdagen.",
    ];
  },
  fi: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Pöytäkirja, hallituksen kokous ",
      dmy(x.g),
      "\nLäsnä: ",
      P(x.a.full),
      " (pj), ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1. ",
      P(x.b.first),
      " valittiin sihteeriksi.\n2. Budjetti hyväksyttiin.\n3. Seuraava kokous maanantaina klo 18.",
    ];
  },
  hu: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Emlékeztető – projektmegbeszélés, ",
      `${x.g.pick(["2024", "2025"])}. ${x.g.int(1, 12)}. ${x.g.int(1, 28)}.`,
      "\nJelen vannak: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1. ",
      P(x.b.first),
      " elküldi az árajánlatot péntekig.\n2. ",
      P(x.c.last),
      " szabadságon lesz augusztusban.",
    ];
  },
  es: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Acta de la reunión de vecinos – ",
      dmy(x.g, "/"),
      "\nAsistentes: ",
      P(x.a.full),
      " (presidente), ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1. Se aprueba la derrama para el ascensor (1.200 €).\n2. ",
      P(x.b.first),
      " revisará las goteras del 4º.\n3. Ruegos y preguntas: ninguno.",
    ];
  },
  pl: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Notatka ze spotkania ",
      dmy(x.g),
      "\nObecni: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      ", ",
      P(x.c.full),
      "\n1. ",
      P(x.b.first),
      " przygotuje ofertę do piątku.\n2. Pani ",
      P(x.c.last),
      " zajmie się fakturami.\nProtokołował: ",
      P(x.a.last),
    ];
  },
};

// 11. Flat-share / rental ads
const T_ROOM: Tpl = {
  de: (
    x,
  ) => [
    `WG-Zimmer frei ab 1.${x.g.int(1, 12)}., 16 m², ${money(x.g, 380, 690)} € warm, ${x.city}, `,
    A(x.g.address()),
    ". Wir sind ",
    P(x.a.dim),
    " (28) und ",
    P(x.b.dim),
    " (31). Meldet euch unter ",
    PH(x.g.phone()),
    " oder ",
    E(x.g.email(x.a)),
  ],
  it: (
    x,
  ) => [
    `Affittasi stanza singola a studentessa, ${money(x.g, 300, 550)}€ spese incluse, ${x.city}, `,
    A(x.g.address()),
    ". Contattare la sig.ra ",
    P(x.a.last),
    " al ",
    PH(x.g.phone()),
  ],
  es: (
    x,
  ) => [
    `Se alquila habitación en piso compartido, ${money(x.g, 300, 600)}€/mes, gastos incluidos. `,
    A(x.g.address()),
    `, ${x.city}. Somos ${x.g.int(2, 4)} chicas tranquilas. WhatsApp `,
    P(x.a.dim),
    " ",
    PH(x.g.phone()),
  ],
  nl: (
    x,
  ) => [
    `Kamer te huur in ${x.city}, €${money(x.g, 450, 850)} all-in, per direct. Adres: `,
    A(x.g.address()),
    ". Reageren naar ",
    P(x.a.first),
    " via ",
    E(x.g.email(x.a)),
  ],
  fr: (
    x,
  ) => [
    `Coloc à ${x.city} : chambre meublée ${money(x.g, 380, 700)}€ CC, `,
    A(x.g.address()),
    ". Écrire à ",
    P(x.a.dim),
    " : ",
    E(x.g.email(x.a)),
    " ou SMS ",
    PH(x.g.phone()),
  ],
};

// 12. Family money-transfer requests
const T_MONEY: Tpl = {
  es: (
    x,
  ) => [
    "Mamá, ¿me puedes hacer una transferencia para la matrícula? Mi cuenta nueva es ",
    IB(x.g.iban()),
    " a nombre de ",
    P(x.a.full),
    ". Gracias!! besos, ",
    P(x.a.dim),
  ],
  it: (
    x,
  ) => [
    "Ciao papà, per l'affitto di questo mese puoi fare il bonifico a ",
    P(x.b.full),
    " (la padrona di casa)? IBAN ",
    IB(x.g.iban()),
    ", causale: affitto ",
    x.g.pick(["marzo", "aprile", "ottobre"]),
    " ",
    P(x.a.first),
  ],
  pt: (
    x,
  ) => [
    "Tia, é a ",
    P(x.a.dim),
    "! Meu pix tá dando erro, pode mandar pro IBAN do ",
    P(x.b.first),
    "? ",
    IB(x.g.iban()),
    " Obrigada ❤️",
  ],
  de: (
    x,
  ) => [
    "Hey Papa, kannst du mir die 300 € für die Klassenfahrt überweisen? IBAN: ",
    IB(x.g.iban()),
    ", Kontoinhaber ",
    P(x.a.full),
    ". Danke!!! ",
    P(x.a.dim),
  ],
  pl: (
    x,
  ) => [
    "Mamo, przelej proszę na konto ",
    P(x.k.infl.includes("'") ? x.k.dim : x.k.infl),
    " za bilety: ",
    IB(x.g.iban()),
    ", tytuł: bilety Kraków. Buziaki, ",
    P(x.a.dim),
  ],
  ro: (
    x,
  ) => [
    "Mami, trimite-mi te rog banii pentru chirie în contul ăsta: ",
    IB(x.g.iban()),
    ", titular ",
    P(x.a.full),
    ". Mersi mult! ",
    P(x.a.dim),
  ],
  tr: (
    x,
  ) => [
    "Abi, kira için şu IBAN'a gönderir misin: ",
    IB(x.g.iban()),
    " Alıcı: ",
    P(x.a.full),
    ". Açıklamaya ",
    x.g.pick(["Mart", "Nisan"]),
    " kirası yaz. Sağ ol",
  ],
  hu: (
    x,
  ) => [
    "Szia Anya! Átutalnád a kollégium díját? Számlaszám: ",
    IB(x.g.iban()),
    ", kedvezményezett: ",
    P(x.a.full),
    ". Puszi, ",
    P(x.a.dim),
  ],
};

// 13. School parents chat (known)
const T_SCHOOL: Tpl = {
  fr: (x) => {
    const g = x.g, day = dmy(g, "/");
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Bonsoir, quelqu'un peut récupérer ",
      P(x.c.first),
      " demain à 16h30 ? je finis tard\n",
      dashTs(g, day),
      P(g.lc(x.b.dim)),
      ": pas de souci, je prends aussi ",
      P(x.k.dim),
      ". Je vous la dépose au ",
      A(g.address()),
      " ?\n",
      dashTs(g, day),
      P(x.a.full),
      ": oui merci !! mon numéro si besoin ",
      PH(g.phone()),
    ];
  },
  de: (x) => {
    const g = x.g, day = dmy(g);
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Liebe Eltern der 3b, wer hat noch nicht für den Ausflug bezahlt? 12 € bitte an ",
      IB(g.iban()),
      "\n",
      dashTs(g, day),
      P(x.b.dim),
      ": Mach ich heute für ",
      P(x.c.first),
      " und ",
      P(x.k.dim),
      "\n",
      dashTs(g, day),
      P(x.a.full),
      ": Danke! Und ",
      ...g.inflParts(x.c.dim === x.c.infl ? x.k : x.k),
      " Mütze liegt bei mir 😅",
    ];
  },
  es: (x) => {
    const g = x.g, day = dmy(g, "/");
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Hola familias! El cumple de ",
      P(x.c.first),
      " es el sábado en el parque de bolas Chiquipark de ",
      x.city,
      "\n",
      dashTs(g, day),
      P(g.lc(x.b.dim)),
      ": genial, confirmamos ",
      P(x.k.dim),
      " y yo\n",
      dashTs(g, day),
      P(x.a.full),
      ": para dudas mi móvil ",
      PH(g.phone()),
    ];
  },
  it: (x) => {
    const g = x.g, day = dmy(g, "/");
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Mamme, qualcuno ha visto la felpa blu di ",
      P(x.c.first),
      "?\n",
      dashTs(g, day),
      P(g.lc(x.b.dim)),
      ": ce l'ha ",
      P(x.k.dim),
      "! domani la porto\n",
      dashTs(g, day),
      P(x.a.full),
      ": grazie mille, sennò passo io da te in ",
      A(g.address()),
    ];
  },
  pl: (x) => {
    const g = x.g, day = dmy(g);
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Drodzy rodzice, zbieramy po 20 zł na prezent dla pani ",
      P(x.b.last),
      "\n",
      dashTs(g, day),
      P(g.lc(x.c.dim)),
      ": przelałam za ",
      P(x.k.dim),
      ", dajcie znać czy doszło\n",
      dashTs(g, day),
      P(x.a.full),
      ": doszło, dzięki! numer konta jakby ktoś potrzebował: ",
      IB(g.iban()),
    ];
  },
  nl: (x) => {
    const g = x.g, day = dmy(g, "-");
    x.known.push(x.a.full);
    return [
      dashTs(g, day),
      P(x.a.full),
      ": Wie kan er woensdag rijden naar het zwembad?\n",
      dashTs(g, day),
      P(x.b.dim),
      ": ik! ik heb plek voor ",
      P(x.c.first),
      " en ",
      P(x.k.dim),
      "\n",
      dashTs(g, day),
      P(x.a.full),
      ": top. verzamelen bij ",
      A(g.address()),
      " om 13:15",
    ];
  },
};

// 14. Car sale ads
const T_CAR: Tpl = {
  de: (
    x,
  ) => [
    `VW Golf VII 1.6 TDI, EZ 2016, 142.000 km, TÜV neu, ${
      money(x.g, 8, 14)
    }.900 € VB. Besichtigung in ${x.city}, `,
    A(x.g.address()),
    ". Anrufe bitte an ",
    P(x.a.full),
    ", ",
    PH(x.g.phone()),
    ", keine Händler!",
  ],
  pl: (
    x,
  ) => [
    `Sprzedam Opel Astra 2014, 1.4 benzyna, przebieg 168 tys., cena ${
      money(x.g, 18, 32)
    } 900 zł do negocjacji. Auto w ${x.city}. Dzwonić: `,
    PH(x.g.phone()),
    ", ",
    P(x.a.dim),
  ],
  ro: (
    x,
  ) => [
    `Vând Dacia Logan 2017, 1.5 dCi, ${
      money(x.g, 4, 8)
    } 500 euro negociabil, ${x.city}. Proprietar: `,
    P(x.a.full),
    ", tel ",
    PH(x.g.phone()),
  ],
  tr: (
    x,
  ) => [
    `Sahibinden Fiat Egea 2019, 85.000 km, hatasız boyasız, ${
      money(x.g, 6, 9)
    }50.000 TL. Takas olmaz. `,
    P(x.a.first),
    " ",
    P(x.a.last),
    " ",
    PH(x.g.phone()),
  ],
  cs: (
    x,
  ) => [
    `Prodám Škoda Octavia III combi, r.v. 2015, STK do 2026, cena ${
      money(x.g, 190, 290)
    } 000 Kč. ${x.city}. Kontakt: `,
    P(x.a.full),
    ", ",
    PH(x.g.phone()),
    ", ",
    E(x.g.email(x.a)),
  ],
  it: (
    x,
  ) => [
    `Vendo Fiat Panda 2012, 98.000 km, tagliandata, ${
      money(x.g, 3, 6)
    }.500€ trattabili. Vista a ${x.city}. `,
    P(x.a.dim),
    " ",
    PH(x.g.phone()),
    " (anche whatsapp)",
  ],
};

// 15. Lost & found posts
const T_LOST: Tpl = {
  es: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Encontrada cartera en el metro de ",
      x.city,
      " esta mañana. Dentro hay un ",
      lab,
      " a nombre de ",
      P(x.a.full),
      " (",
      I(id),
      "). Si alguien le conoce que me escriba por privado o al ",
      PH(g.phone()),
    ];
  },
  fr: (
    x,
  ) => [
    'PERDU chat roux "Caramel" quartier Croix-Rousse, ',
    x.city,
    ". Vu pour la dernière fois devant le ",
    A(x.g.address()),
    ". Récompense ! Contacter ",
    P(x.a.first),
    " au ",
    PH(x.g.phone()),
  ],
  it: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Trovato portafoglio in via Po davanti al bar, c'è la tessera sanitaria di ",
      P(x.a.full),
      ", CF ",
      I(id),
      ". L'ho lasciato ai carabinieri di ",
      x.city,
      ". Condividete!",
    ];
  },
  de: (
    x,
  ) => [
    "Schlüsselbund mit rotem Anhänger gefunden, Haltestelle Hauptbahnhof ",
    x.city,
    '. Hängt ein Zettel dran: "',
    P(x.a.full),
    ", ",
    A(x.g.address()),
    '". Kennt jemand die Person? Bitte PN oder ',
    PH(x.g.phone()),
  ],
  pl: (x) => {
    const g = x.g, bd = g.bday(), [, id] = g.id(x.a, bd);
    return [
      "Znaleziony dowód osobisty na przystanku Rondo ONZ, ",
      x.city,
      ". Właściciel: ",
      P(x.a.full),
      ", ur. ",
      D(g.dob(bd)),
      ", PESEL ",
      I(id),
      ". Oddam, kontakt ",
      PH(g.phone()),
    ];
  },
  pt: (
    x,
  ) => [
    "Perdi meu cachorro Thor (vira-lata caramelo) perto da ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Quem achar, por favor ligar pra ",
    P(x.a.first),
    ": ",
    PH(x.g.phone()),
    ". Recompensa!",
  ],
};

// 16. IT-support chat
const T_IT: Tpl = {
  de: (
    x,
  ) => [
    "Ticket #",
    x.g.dg(5, true),
    " – Chat\n",
    P(x.b.first),
    " (IT): Hi ",
    P(x.a.dim),
    ", welche IP zeigt dein Rechner an?\n",
    P(x.a.dim),
    ": ",
    IPp(x.g.ip()),
    ", VPN geht trotzdem nicht\n",
    P(x.b.first),
    " (IT): ok, ich schalte mich per AnyDesk drauf, ruf dich gleich unter ",
    PH(x.g.phone()),
    " an",
  ],
  fr: (
    x,
  ) => [
    "Support informatique – ",
    P(x.a.full),
    " : « mon poste ne se connecte plus au serveur d'impression ». Adresse IP du poste : ",
    IPp(x.g.ip()),
    ". Contact : ",
    E(x.g.email(x.a)),
    ". Pris en charge par ",
    P(x.b.first),
    ".",
  ],
  nl: (
    x,
  ) => [
    "Hoi ",
    P(x.b.first),
    ", de printer op de 2e verdieping doet het weer niet. IP is ",
    IPp(x.g.ip()),
    ". Kun je even kijken? Ik ben bereikbaar op ",
    PH(x.g.phone()),
    ". Gr, ",
    P(x.a.dim),
  ],
  sv: (
    x,
  ) => [
    "Hej IT! Jag (",
    P(x.a.full),
    ") kommer inte åt VPN:en hemifrån. Min IP: ",
    IPp(x.g.ip()),
    ". Ring mig gärna på ",
    PH(x.g.phone()),
    ". /",
    P(x.a.dim),
  ],
  pl: (
    x,
  ) => [
    "Zgłoszenie: ",
    P(x.a.full),
    " – brak dostępu do dysku sieciowego. Adres IP komputera ",
    IPp(x.g.ip()),
    ", stary adres ",
    IPp(x.g.ip()),
    ". Zajmie się ",
    P(x.b.dim),
    ".",
  ],
  es: (
    x,
  ) => [
    "Hola ",
    P(x.b.dim),
    ", el portátil de ",
    P(x.a.full),
    " no coge la wifi de la oficina. Tiene la IP fija ",
    IPp(x.g.ip()),
    ". Llámale al ",
    PH(x.g.phone()),
    " que está en teletrabajo",
  ],
};

// 17. Voicemail transcripts
const T_VOICEMAIL: Tpl = {
  de: (
    x,
  ) => [
    "Mailbox-Nachricht von ",
    PH(x.g.phone()),
    ': "Ja hallo, hier ist ',
    P(x.a.first),
    " ",
    P(x.a.last),
    " von der Hausverwaltung, es geht um den Wasserschaden in der ",
    A(x.g.address()),
    ', rufen Sie mich bitte zurück, danke, tschüss."',
  ],
  fr: (
    x,
  ) => [
    "Message vocal (0:42) – ",
    PH(x.g.phone()),
    " : « Oui bonjour, c'est ",
    P(x.a.full),
    " de la mutuelle, je vous rappelle pour votre remboursement, mon numéro direct c'est le ",
    PH(x.g.phone()),
    ", bonne journée. »",
  ],
  it: (
    x,
  ) => [
    'Trascrizione segreteria: "Sì pronto, sono ',
    P(x.a.dim),
    ", l'idraulico, domani passo alle 9 in ",
    A(x.g.address()),
    ", se non va bene mi richiami al ",
    PH(x.g.phone()),
    ', grazie"',
  ],
  es: (
    x,
  ) => [
    "Buzón de voz – ",
    PH(x.g.phone()),
    ': "Hola, soy ',
    P(x.a.full),
    " de la gestoría, que necesito tu fecha de nacimiento para la renta... creo que era el ",
    D(x.g.dob()),
    ', confírmamelo porfa. Un beso"',
  ],
  nl: (
    x,
  ) => [
    "Voicemail van ",
    PH(x.g.phone()),
    ': "Hallo, met ',
    P(x.a.full),
    " van de woningcorporatie. Het gaat over de reparatie aan de ",
    A(x.g.address()),
    '. Wilt u terugbellen? Dank u wel."',
  ],
};

// 18. Quick job applications
const T_JOB: Tpl = {
  es: (
    x,
  ) => [
    "Hola, vi vuestro anuncio de camarero en Infojobs. Me llamo ",
    P(x.a.full),
    ", nací el ",
    D(x.g.dob()),
    " y vivo en ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Tengo experiencia en hostelería. Mi móvil: ",
    PH(x.g.phone()),
    ". Adjunto CV. Un saludo",
  ],
  pt: (
    x,
  ) => [
    "Bom dia, venho candidatar-me à vaga de rececionista. Chamo-me ",
    P(x.a.full),
    ", data de nascimento ",
    D(x.g.dob()),
    ", morada ",
    A(x.g.address()),
    ". Contacto: ",
    PH(x.g.phone()),
    " / ",
    E(x.g.email(x.a)),
    ". Cumprimentos",
  ],
  it: (
    x,
  ) => [
    "Buongiorno, mi candido come magazziniere. ",
    P(x.a.full),
    ", nato a ",
    x.city,
    " il ",
    D(x.g.dob()),
    ", residente in ",
    A(x.g.address()),
    ". Cell ",
    PH(x.g.phone()),
    ". Profilo: ",
    U(x.g.url(x.a)),
  ],
  pl: (
    x,
  ) => [
    "Dzień dobry, w odpowiedzi na ogłoszenie przesyłam CV. ",
    P(x.a.full),
    ", ur. ",
    D(x.g.dob()),
    ", zam. ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Tel. ",
    PH(x.g.phone()),
    ", ",
    E(x.g.email(x.a)),
    ". Pozdrawiam",
  ],
  ro: (
    x,
  ) => [
    "Bună ziua, mă numesc ",
    P(x.a.full),
    " și aplic pentru postul de șofer. Data nașterii: ",
    D(x.g.dob()),
    ", domiciliul: ",
    A(x.g.address()),
    ", ",
    x.city,
    ". Telefon ",
    PH(x.g.phone()),
  ],
  tr: (
    x,
  ) => [
    "Merhaba, kasiyer ilanınız için başvuruyorum. Adım ",
    P(x.a.full),
    ", doğum tarihim ",
    D(x.g.dob()),
    ". Adresim: ",
    A(x.g.address()),
    " ",
    x.city,
    ". Tel: ",
    PH(x.g.phone()),
    " LinkedIn: ",
    U(x.g.url(x.a)),
  ],
};

// 19. Carpool / RSVP lists (known)
const T_RSVP: Tpl = {
  fr: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Covoiturage mariage samedi :\n- ",
      P(x.a.full),
      " : 3 places, départ ",
      A(x.g.address()),
      " à 9h\n- ",
      P(x.b.full),
      " : 2 places (",
      PH(x.g.phone()),
      ")\n- ",
      P(x.c.full),
      " : cherche une place\n",
      P(x.c.first),
      " tu montes avec ",
      P(x.a.first),
      " ?",
    ];
  },
  de: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Zusagen Sommerfest:\n1. ",
      P(x.a.full),
      " + 1\n2. ",
      P(x.b.full),
      " (vegetarisch)\n3. ",
      P(x.c.full),
      " – kommt später, Handy ",
      PH(x.g.phone()),
      "\n",
      P(x.b.dim),
      " bringt den Grill mit.",
    ];
  },
  nl: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Aanmeldingen BBQ zaterdag:\n✔ ",
      P(x.a.full),
      "\n✔ ",
      P(x.b.full),
      " (neemt salade mee)\n✖ ",
      P(x.c.full),
      "\nLocatie: bij ",
      P(x.a.first),
      " thuis, ",
      A(x.g.address()),
    ];
  },
  da: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Tilmeldte til julefrokost:\n",
      P(x.a.full),
      "\n",
      P(x.b.full),
      "\n",
      P(x.c.full),
      "\nAdresse: ",
      A(x.g.address()),
      ". Ring til ",
      P(x.a.dim),
      " på ",
      PH(x.g.phone()),
      " hvis I farer vild",
    ];
  },
  no: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "Samkjøring til hytta fredag:\n- ",
      P(x.a.full),
      " kjører fra ",
      A(x.g.address()),
      " kl 16\n- ",
      P(x.b.full),
      " og ",
      P(x.c.full),
      " sitter på\n",
      P(x.b.dim),
      ": ",
      PH(x.g.phone()),
    ];
  },
  sv: (x) => {
    x.known.push(x.a.full, x.b.full, x.c.full);
    return [
      "OSA till ",
      P(x.k.dim),
      ":s 40-årsfest:\nJa: ",
      P(x.a.full),
      ", ",
      P(x.b.full),
      "\nNej: ",
      P(x.c.full),
      "\nFesten är på ",
      A(x.g.address()),
      ", kl 18. Swisha 200 kr till ",
      PH(x.g.phone()),
    ];
  },
};

// 20. Landlord / tenant SMS
const T_LANDLORD: Tpl = {
  es: (
    x,
  ) => [
    "Hola ",
    P(x.a.dim),
    ", soy ",
    P(x.b.first),
    ", el casero. El lunes pasa el técnico de la caldera por ",
    A(x.g.address()),
    " sobre las 10. Si no estás, deja la llave a ",
    P(x.c.first),
    " del 2ºB. Mi móvil ",
    PH(x.g.phone()),
  ],
  it: (
    x,
  ) => [
    "Buongiorno sig. ",
    P(x.a.last),
    ", le ricordo che l'affitto va versato entro il 5 sull'IBAN ",
    IB(x.g.iban()),
    ". Cordiali saluti, ",
    P(x.b.full),
  ],
  de: (
    x,
  ) => [
    "Hallo Frau ",
    P(x.a.last),
    ", der Schornsteinfeger kommt am Donnerstag zwischen 8 und 12 in die ",
    A(x.g.address()),
    ". Bitte Zugang ermöglichen. Gruß ",
    P(x.b.full),
    ", Tel. ",
    PH(x.g.phone()),
  ],
  fr: (
    x,
  ) => [
    "Bonjour ",
    P(x.a.first),
    ", c'est ",
    P(x.b.full),
    " (propriétaire). Le plombier passera jeudi au ",
    A(x.g.address()),
    ". Vous pouvez lui laisser les clés ? Son numéro : ",
    PH(x.g.phone()),
  ],
  pt: (
    x,
  ) => [
    "Olá ",
    P(x.a.first),
    ", sou o ",
    P(x.b.first),
    " (senhorio). A renda deste mês ainda não entrou no ",
    IB(x.g.iban()),
    ". Pode verificar? Obrigado",
  ],
  nl: (
    x,
  ) => [
    "Beste ",
    P(x.a.full),
    ", de huur van ",
    A(x.g.address()),
    " wordt per 1 juli verhoogd naar €" + money(x.g, 900, 1500) + ". Vragen? Bel ",
    P(x.b.first),
    " op ",
    PH(x.g.phone()),
  ],
};

// 21. Accountant / tax-id requests (MX CURP/RFC, AR CUIL, IT CF, BR CPF, ...)
const T_TAX: Tpl = {
  es: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Hola ",
      P(x.b.dim),
      ", para la declaración anual te paso mis datos:\nNombre: ",
      P(x.a.full),
      "\n",
      lab,
      ": ",
      I(id),
      "\nFecha de nacimiento: ",
      D(g.dob(bd)),
      "\nDomicilio: ",
      A(g.address()),
      ", ",
      x.city,
      "\nCualquier cosa me marcas al ",
      PH(g.phone()),
    ];
  },
  it: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Ciao ",
      P(x.b.first),
      ", per il 730 ti mando i dati di mia madre: ",
      P(x.a.full),
      ", ",
      lab,
      " ",
      I(id),
      ", nata il ",
      D(g.dob(bd)),
      ". Residenza ",
      A(g.address()),
      ". Grazie!!",
    ];
  },
  pt: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Oi ",
      P(x.b.first),
      ", segue o que o contador pediu: ",
      P(x.a.full),
      " – ",
      lab,
      " ",
      I(id),
      " – nasc. ",
      D(g.dob(bd)),
      " – ",
      A(g.address()),
      ". Qualquer coisa me chama no zap ",
      PH(g.phone()),
    ];
  },
  fr: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Coucou ",
      P(x.b.dim),
      ", pour la déclaration voilà mes infos : ",
      P(x.a.full),
      ", ",
      lab,
      " ",
      I(id),
      ", né",
      x.a.sex === "f" ? "e" : "",
      " le ",
      D(g.dob(bd)),
      ", domicile ",
      A(g.address()),
      ". Merci ! ",
      P(x.a.dim),
    ];
  },
  de: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Hallo ",
      P(x.b.first),
      ", für die Steuererklärung: ",
      lab,
      " von ",
      P(x.a.first),
      " ist ",
      I(id),
      ", geb. ",
      D(g.dob(bd)),
      ". Neue Adresse seit März: ",
      A(g.address()),
      ". LG",
    ];
  },
  nl: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.a, bd);
    return [
      "Hoi ",
      P(x.b.first),
      ", voor de belastingaangifte: ",
      P(x.a.full),
      ", ",
      lab,
      " ",
      I(id),
      ", geboren ",
      D(g.dob(bd)),
      ". Rekeningnummer voor de teruggave: ",
      IB(g.iban()),
    ];
  },
};

// 22. Sports club registration
const T_CLUB: Tpl = {
  de: (x) => {
    const g = x.g;
    return [
      "Anmeldung Schwimmkurs Seepferdchen\nKind: ",
      P(x.c.first),
      " ",
      P(x.a.last),
      ", geb. ",
      D(g.dob({ y: g.int(2016, 2020), m: g.int(1, 12), d: g.int(1, 28) })),
      "\nErziehungsberechtigte/r: ",
      P(x.a.full),
      "\nTel.: ",
      PH(g.phone()),
      "\nE-Mail: ",
      E(g.email(x.a)),
    ];
  },
  nl: (x) => {
    const g = x.g;
    return [
      "Inschrijving voetbalvereniging VV ",
      x.city,
      "\nNaam: ",
      P(x.c.full),
      "\nGeboortedatum: ",
      D(g.dob({ y: g.int(2012, 2018), m: g.int(1, 12), d: g.int(1, 28) })),
      "\nOuder: ",
      P(x.a.full),
      ", ",
      PH(g.phone()),
      "\nContributie via ",
      IB(g.iban()),
    ];
  },
  cs: (x) => {
    const g = x.g;
    return [
      "Přihláška do oddílu florbalu: ",
      P(x.c.full),
      ", nar. ",
      D(g.dob({ y: g.int(2010, 2017), m: g.int(1, 12), d: g.int(1, 28) })),
      ", bydliště ",
      A(g.address()),
      ", ",
      x.city,
      ". Zákonný zástupce: ",
      P(x.a.full),
      ", tel. ",
      PH(g.phone()),
    ];
  },
  fi: (x) => {
    const g = x.g;
    return [
      "Ilmoittautuminen: ",
      P(x.c.full),
      ", syntynyt ",
      D(g.dob({ y: g.int(2011, 2018), m: g.int(1, 12), d: g.int(1, 28) })),
      ". Huoltaja ",
      P(x.a.full),
      ", puh. ",
      PH(g.phone()),
      ", osoite ",
      A(g.address()),
      ", ",
      x.city,
    ];
  },
  sv: (x) => {
    const g = x.g;
    return [
      "Anmälan till Friskis: ",
      P(x.c.full),
      ", född ",
      D(g.dob()),
      ", ",
      A(g.address()),
      ", ",
      x.city,
      ". Mobil ",
      PH(g.phone()),
      ", e-post ",
      E(g.email(x.c)),
    ];
  },
  no: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.c, bd);
    return [
      "Påmelding skolekorps: ",
      P(x.c.full),
      ", ",
      lab,
      " ",
      I(id),
      ". Foresatt: ",
      P(x.a.full),
      ", tlf ",
      PH(g.phone()),
      ", ",
      A(g.address()),
    ];
  },
  da: (x) => {
    const g = x.g;
    return [
      "Indmeldelse i håndboldklubben: ",
      P(x.c.full),
      ", født ",
      D(g.dob()),
      ", ",
      A(g.address()),
      ". Forælder: ",
      P(x.a.first),
      ", tlf. ",
      PH(g.phone()),
    ];
  },
  hu: (x) => {
    const g = x.g, bd = g.bday(), [lab, id] = g.id(x.c, bd);
    return [
      "Jelentkezés az úszóedzésre: ",
      P(x.c.full),
      ", született ",
      D(g.dob(bd)),
      ", ",
      lab,
      ": ",
      I(id),
      ". Szülő: ",
      P(x.a.full),
      " (",
      PH(g.phone()),
      "), lakcím: ",
      A(g.address()),
      ", ",
      x.city,
    ];
  },
};

// 23. Second-hand marketplace buyer/seller chats (profile URLs, cards pasted by mistake)
const T_MARKET: Tpl = {
  es: (
    x,
  ) => [
    "Wallapop – chat con ",
    P(x.a.dim),
    "\n",
    P(x.a.dim),
    ": hola! sigue disponible la Nintendo Switch?\nTú: sí, 180€. Te la envío por Correos si me pasas dirección\n",
    P(x.a.dim),
    ": ",
    P(x.a.full),
    ", ",
    A(x.g.address()),
    ", ",
    x.city,
    "\n",
    P(x.a.dim),
    ": mi perfil por si quieres ver valoraciones: ",
    U(x.g.url(x.a)),
  ],
  fr: (
    x,
  ) => [
    "Leboncoin – ",
    P(x.a.first),
    " : Bonjour, je prends la table à 60€, je peux payer par carte ? ",
    C(x.g.card()),
    " exp 09/27\nVous : euh non, surtout n'envoyez pas ça ici 😅 on fera Lydia, mon numéro ",
    PH(x.g.phone()),
  ],
  pl: (
    x,
  ) => [
    "Vinted – ",
    P(x.a.dim),
    " napisał(a): Hej, wyślę kurtkę InPostem, podaj proszę imię, nazwisko i telefon\nTy: ",
    P(x.b.full),
    ", ",
    PH(x.g.phone()),
    ", paczkomat KRA01A\n",
    P(x.a.dim),
    ": ok, mój profil ",
    U(x.g.url(x.a)),
  ],
  ro: (
    x,
  ) => [
    "OLX – mesaj de la ",
    P(x.a.full),
    ": Bună, mai e valabilă bicicleta? Pot plăti cu cardul, numărul e ",
    C(x.g.card()),
    ". Adresa mea: ",
    A(x.g.address()),
    ", ",
    x.city,
  ],
  pt: (
    x,
  ) => [
    "OLX – ",
    P(x.a.first),
    ": oi, ainda tem o sofá? posso buscar amanhã. meu insta: ",
    U(x.g.url(x.a)),
    "\nVocê: tem sim! endereço ",
    A(x.g.address()),
    ", chama o ",
    P(x.b.dim),
    " no portão",
  ],
  it: (
    x,
  ) => [
    "Subito.it – ",
    P(x.a.dim),
    ": ciao, ti pago con la carta? ",
    C(x.g.card()),
    " scad 11/26 cvv te lo dico a voce\nTu: meglio paypal a ",
    E(x.g.email(x.b)),
    " grazie",
  ],
};

// 24. Parties / weddings with declined nicknames
const T_PARTY: Tpl = {
  pl: (
    x,
  ) => [
    "Słuchajcie, urodziny ",
    ...x.g.inflParts(x.k),
    " w sobotę u ",
    P(x.b.infl.includes("'") ? x.b.dim : x.b.dim),
    " na ",
    A(x.g.address()),
    ". ",
    P(x.c.dim),
    " ogarnia tort, ja prezent. Zrzutka 50 zł na BLIK ",
    PH(x.g.phone()),
  ],
  cs: (
    x,
  ) => [
    "Ahoj, v sobotu slavíme narozeniny, tak dejte vědět. Dárek pro ",
    P(x.k.dim),
    " – kupte ",
    ...x.g.inflParts(x.k),
    " prosím lístky na Kryštof. Sejdeme se u ",
    P(x.b.first),
    " na adrese ",
    A(x.g.address()),
    ", zvonek ",
    P(x.b.last),
  ],
  fi: (
    x,
  ) => [
    "Moi! ",
    P(x.k.dim),
    " täyttää 30 lauantaina 🎉 Kerätään lahjaa, laita viesti ",
    ...x.g.inflParts(x.k),
    " tai ",
    P(x.b.first),
    ": ",
    PH(x.g.phone()),
    ". Juhlat ",
    A(x.g.address()),
    ", ",
    x.city,
  ],
  hu: (
    x,
  ) => [
    "Sziasztok! Szombaton lesz ",
    P(x.k.dim),
    " szülinapja, ",
    P(x.b.full),
    " lakásán: ",
    A(x.g.address()),
    ". Szóljatok ",
    ...x.g.inflParts(x.k),
    ", ha jöttök! Tel: ",
    PH(x.g.phone()),
  ],
  sv: (
    x,
  ) => [
    "Hej alla! ",
    ...x.g.inflParts(x.k),
    " och ",
    P(x.b.first),
    "s bröllop: 14 juni, ",
    A(x.g.address()),
    ", ",
    x.city,
    ". OSA till ",
    P(x.c.full),
    " på ",
    PH(x.g.phone()),
    " senast 1 maj",
  ],
  tr: (
    x,
  ) => [
    "Arkadaşlar cumartesi ",
    ...x.g.inflParts(x.k),
    " sürpriz doğum günü yapıyoruz! Yer: ",
    A(x.g.address()),
    ", ",
    x.city,
    ". ",
    P(x.b.first),
    " pastayı getiriyor. Sorular için ",
    PH(x.g.phone()),
  ],
};

const TEMPLATES: Tpl[] = [
  T_FAMILY,
  T_COLLEAGUES,
  T_UNSAVED,
  T_MAIL,
  T_SUPPORT,
  T_AD,
  T_APPT,
  T_DELIVERY,
  T_FORUM,
  T_MINUTES,
  T_ROOM,
  T_MONEY,
  T_SCHOOL,
  T_CAR,
  T_LOST,
  T_IT,
  T_VOICEMAIL,
  T_JOB,
  T_RSVP,
  T_LANDLORD,
  T_TAX,
  T_CLUB,
  T_MARKET,
  T_PARTY,
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 300;
  for (let i = 0; i < N; i++) {
    const t = TEMPLATES[i % TEMPLATES.length];
    const langs = Object.keys(t) as Lang[];
    const lang = langs[Math.floor(i / TEMPLATES.length) % langs.length];
    const locs = LANG_LOCS[lang];
    const loc = locs[(i * 7 + 3) % locs.length];
    const g = new G(0xf00d + i * 104729, loc);
    const x: X = {
      g,
      a: g.person(),
      b: g.person(),
      c: g.person(),
      k: g.nickPerson(),
      city: g.city(),
      known: [],
    };
    const b = new DocBuilder();
    for (const part of t[lang]!(x)) {
      if (typeof part === "string") b.text(part);
      else b.ent(part[0], part[1]);
    }
    b.known.push(...x.known);
    const d = b.done();
    for (const e of d.entities) {
      if (d.text.slice(e.start, e.end) !== e.value) throw new Error(`bad offsets in doc ${i}`);
      if (e.value.trim() !== e.value || e.value === "") {
        throw new Error(`bad value in doc ${i}: '${e.value}'`);
      }
    }
    out.push(d);
  }
  return out;
}
