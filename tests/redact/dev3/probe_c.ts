// probe_c: native (non-English) European business & everyday text.
// Deterministic: one seeded Faker per document.
import {
  base,
  cs_CZ,
  da,
  de,
  en,
  es,
  Faker,
  fi,
  fr,
  it,
  nb_NO,
  nl,
  pl,
  pt_BR,
  pt_PT,
  sv,
} from "@faker-js/faker";
import { type Doc, DocBuilder, type Planted } from "../_corpus.ts";

type Lang =
  | "de"
  | "fr"
  | "es"
  | "it"
  | "nl"
  | "pt"
  | "br"
  | "pl"
  | "sv"
  | "da"
  | "no"
  | "fi"
  | "cs";
type T = Planted["type"];
type Part = string | [T, string];

const LOCALES: Record<Lang, Faker["rawDefinitions"]> = {
  de,
  fr,
  es,
  it,
  nl,
  pt: pt_PT,
  br: pt_BR,
  pl,
  sv,
  da,
  no: nb_NO,
  fi,
  cs: cs_CZ,
};

function put(b: DocBuilder, ...xs: Part[]): void {
  for (const x of xs) typeof x === "string" ? b.text(x) : b.ent(x[0], x[1]);
}

// ---------------------------------------------------------------- helpers
const pad = (n: number, l = 2) => String(n).padStart(l, "0");
const digits = (s: string) => s.split("").map(Number);

function stripAccents(s: string): string {
  return s.replace(/ß/g, "ss").replace(/[łŁ]/g, "l").replace(/[øØ]/g, "o").replace(/æ/g, "ae")
    .replace(/Æ/g, "Ae").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

interface Person {
  first: string;
  last: string;
  full: string;
  sex: "female" | "male";
  dob: Date;
}

const MONTHS: Record<Lang, string[]> = {
  de: "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(
    " ",
  ),
  fr: "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(
    " ",
  ),
  es: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    .split(" "),
  it:
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre"
      .split(" "),
  nl: "januari februari maart april mei juni juli augustus september oktober november december"
    .split(" "),
  pt: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    .split(" "),
  br: "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    .split(" "),
  pl:
    "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia"
      .split(" "),
  sv: "januari februari mars april maj juni juli augusti september oktober november december".split(
    " ",
  ),
  da: "januar februar marts april maj juni juli august september oktober november december".split(
    " ",
  ),
  no: "januar februar mars april mai juni juli august september oktober november desember".split(
    " ",
  ),
  fi:
    "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta"
      .split(" "),
  cs: "ledna února března dubna května června července srpna září října listopadu prosince".split(
    " ",
  ),
};

class Ctx {
  f: Faker;
  constructor(public lang: Lang, seed: number) {
    this.f = new Faker({ locale: [LOCALES[lang], en, base] });
    this.f.seed(seed);
  }
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  chance(p: number): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  num(min: number, max: number): number {
    return this.f.number.int({ min, max });
  }
  nd(n: number): string {
    return this.f.string.numeric(n);
  }
  person(sex?: "female" | "male"): Person {
    const s = sex ?? this.pick(["female", "male"] as const);
    const first = this.f.person.firstName(s);
    let last = this.f.person.lastName(s);
    // Dutch tussenvoegsels ("van", "der") would collide with ordinary words in the leak check.
    for (let i = 0; i < 10 && /^[a-z]/.test(last); i++) last = this.f.person.lastName(s);
    if (this.lang === "es" && this.chance(0.5)) last = last.split(" ")[0];
    const dob = this.f.date.birthdate({ mode: "age", min: 19, max: 78 });
    return { first, last, full: `${first} ${last}`, sex: s, dob };
  }
  /** Surname as used alone ("Sra. García" for "García López"). */
  sur(p: Person): string {
    return this.lang === "es" || this.lang === "br" || this.lang === "pt"
      ? p.last.split(" ")[0]
      : p.last;
  }
  dob(p: Person): string {
    const d = p.dob.getUTCDate(), m = p.dob.getUTCMonth() + 1, y = p.dob.getUTCFullYear();
    const M = MONTHS[this.lang][m - 1];
    const dd = pad(d), mm = pad(m);
    const opts: Record<Lang, string[]> = {
      de: [
        `${dd}.${mm}.${y}`,
        `${d}.${m}.${y}`,
        `${d}. ${M} ${y}`,
        `${y}-${mm}-${dd}`,
        `${dd}.${mm}.${y}`,
      ],
      fr: [
        `${dd}/${mm}/${y}`,
        `${d === 1 ? "1er" : d} ${M} ${y}`,
        `${dd}/${mm}/${y}`,
        `${dd}.${mm}.${y}`,
      ],
      es: [`${dd}/${mm}/${y}`, `${d} de ${M} de ${y}`, `${d}-${m}-${y}`, `${dd}/${mm}/${y}`],
      it: [`${dd}/${mm}/${y}`, `${d} ${M} ${y}`, `${dd}-${mm}-${y}`, `${dd}.${mm}.${y}`],
      nl: [`${dd}-${mm}-${y}`, `${d} ${M} ${y}`, `${d}-${m}-${y}`, `${dd}-${mm}-${y}`],
      pt: [`${dd}/${mm}/${y}`, `${d} de ${M} de ${y}`, `${dd}-${mm}-${y}`],
      br: [`${dd}/${mm}/${y}`, `${d} de ${M} de ${y}`, `${dd}/${mm}/${String(y).slice(2)}`],
      pl: [`${dd}.${mm}.${y}`, `${d} ${M} ${y} r.`, `${y}-${mm}-${dd}`, `${dd}.${mm}.${y} r.`],
      sv: [`${y}-${mm}-${dd}`, `${d} ${M} ${y}`, `${y}-${mm}-${dd}`],
      da: [`${dd}.${mm}.${y}`, `${d}/${m}-${y}`, `${d}. ${M} ${y}`, `${dd}-${mm}-${y}`],
      no: [`${dd}.${mm}.${y}`, `${d}. ${M} ${y}`, `${dd}.${mm}.${y}`],
      fi: [`${d}.${m}.${y}`, `${dd}.${mm}.${y}`, `${d}. ${M} ${y}`],
      cs: [`${d}. ${m}. ${y}`, `${dd}.${mm}.${y}`, `${d}. ${M} ${y}`],
    };
    return this.pick(opts[this.lang]);
  }
  email(p: Person, domain?: string): string {
    const fi = stripAccents(p.first.split(" ")[0]).toLowerCase().replace(/[^a-z]/g, "");
    const la = stripAccents(p.last.split(" ")[0]).toLowerCase().replace(/[^a-z-]/g, "");
    const prov: Record<Lang, string[]> = {
      de: ["web.de", "gmx.de", "gmx.net", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
      fr: ["orange.fr", "free.fr", "laposte.net", "wanadoo.fr", "sfr.fr", "gmail.com"],
      es: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
      it: ["libero.it", "alice.it", "tiscali.it", "virgilio.it", "gmail.com"],
      nl: ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "gmail.com", "xs4all.nl"],
      pt: ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
      br: ["uol.com.br", "bol.com.br", "gmail.com", "hotmail.com", "terra.com.br"],
      pl: ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
      sv: ["telia.com", "gmail.com", "hotmail.se", "bredband.net"],
      da: ["mail.dk", "gmail.com", "hotmail.dk", "live.dk"],
      no: ["online.no", "gmail.com", "hotmail.no", "getmail.no"],
      fi: ["gmail.com", "luukku.com", "hotmail.fi", "kolumbus.fi"],
      cs: ["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    };
    const dom = domain ?? this.pick(prov[this.lang]);
    const y = String(p.dob.getUTCFullYear()).slice(2);
    const local = domain
      ? this.pick([`${fi}.${la}`, `${fi[0]}.${la}`, `${la}`, `${fi}.${la}`])
      : this.pick([
        `${fi}.${la}`,
        `${fi}${la}`,
        `${fi[0]}${la}`,
        `${la}.${fi}`,
        `${fi}_${la}${y}`,
        `${fi}.${la}${this.nd(2)}`,
        `${fi}${y}`,
      ]);
    return `${local}@${dom}`;
  }
  phone(mobile = this.chance(0.65)): string {
    // deno-lint-ignore no-this-alias
    const f = this;
    const n = (k: number) => f.nd(k);
    const P: Record<Lang, () => string> = {
      de: () => {
        if (mobile) {
          const pre = f.pick([
            "151",
            "152",
            "160",
            "162",
            "170",
            "171",
            "172",
            "176",
            "177",
            "179",
          ]);
          return f.pick([
            `0${pre} ${n(8)}`,
            `+49 ${pre} ${n(8)}`,
            `0${pre}/${n(7)}`,
            `+49 (0)${pre} ${n(3)} ${n(4)}`,
            `0${pre}-${n(3)} ${n(2)} ${n(3)}`,
          ]);
        }
        const a = f.pick(["30", "40", "89", "221", "69", "711", "211", "351", "341", "511"]);
        return f.pick([
          `0${a} ${n(7)}`,
          `+49 ${a} ${n(7)}`,
          `(0${a}) ${n(3)} ${n(2)} ${n(2)}`,
          `0${a}/${n(6)}-${n(2)}`,
          `+49 (0)${a} ${n(6)}`,
        ]);
      },
      fr: () => {
        const p = mobile ? f.pick(["6", "7"]) : f.pick(["1", "2", "3", "4", "5", "9"]);
        const g = [p, n(2), n(2), n(2), n(2)];
        return f.pick([
          `0${g.join(" ")}`,
          `+33 ${g.join(" ")}`,
          `0${g.join(".")}`,
          `0${g.join("")}`,
          `+33 (0)${g.join(" ")}`,
        ]);
      },
      es: () => {
        const a = mobile ? f.pick(["6", "7"]) + n(2) : f.pick(["91", "93", "95", "96"]) + n(1);
        const r = n(6);
        return f.pick([
          `${a} ${r.slice(0, 3)} ${r.slice(3)}`,
          `+34 ${a} ${r.slice(0, 2)} ${r.slice(2, 4)} ${r.slice(4)}`,
          `${a}${r}`,
          `(+34) ${a} ${r.slice(0, 3)} ${r.slice(3)}`,
        ]);
      },
      it: () => {
        if (mobile) {
          const a = f.pick(["333", "335", "338", "340", "347", "348", "349", "320", "328", "393"]);
          return f.pick([
            `${a} ${n(3)} ${n(4)}`,
            `+39 ${a} ${n(7)}`,
            `${a}-${n(7)}`,
            `${a}.${n(7)}`,
            `+39 ${a} ${n(3)} ${n(4)}`,
          ]);
        }
        const a = f.pick(["02", "06", "011", "055", "081", "051", "041"]);
        return f.pick([`${a} ${n(4)} ${n(4)}`, `+39 ${a} ${n(7)}`, `${a}/${n(7)}`]);
      },
      nl: () => {
        if (mobile) {
          return f.pick([
            `06-${n(8)}`,
            `+31 6 ${n(8)}`,
            `06 ${n(2)} ${n(2)} ${n(2)} ${n(2)}`,
            `+316${n(8)}`,
            `(06) ${n(8)}`,
          ]);
        }
        const a = f.pick(["20", "10", "30", "70", "40", "50"]);
        return f.pick([`0${a}-${n(7)}`, `+31 ${a} ${n(3)} ${n(4)}`, `0${a} ${n(3)} ${n(4)}`]);
      },
      pt: () => {
        const a = mobile ? f.pick(["91", "92", "93", "96"]) + n(1) : "2" + n(2);
        return f.pick([
          `${a} ${n(3)} ${n(3)}`,
          `+351 ${a} ${n(3)} ${n(3)}`,
          `${a}${n(6)}`,
          `(+351) ${a}${n(6)}`,
        ]);
      },
      br: () => {
        const ddd = f.pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19"]);
        const r = mobile ? `9${n(4)}-${n(4)}` : `${f.pick(["2", "3", "4"])}${n(3)}-${n(4)}`;
        return f.pick([
          `(${ddd}) ${r}`,
          `+55 ${ddd} ${r}`,
          `${ddd} ${r.replace("-", "")}`,
          `+55 (${ddd}) ${r}`,
          `(0${ddd}) ${r}`,
        ]);
      },
      pl: () => {
        if (mobile) {
          const a = f.pick(["5", "6", "7", "8"]) + n(2);
          return f.pick(
            [
              `${a} ${n(3)} ${n(3)}`,
              `+48 ${a} ${n(3)} ${n(3)}`,
              `${a}-${n(3)}-${n(3)}`,
              `${a}${n(6)}`,
              `tel. kom. ${a} ${n(3)} ${n(3)}`,
            ].slice(0, 4),
          );
        }
        const a = f.pick(["22", "12", "61", "71", "58", "42"]);
        return f.pick([
          `${a} ${n(3)} ${n(2)} ${n(2)}`,
          `+48 ${a} ${n(3)} ${n(2)} ${n(2)}`,
          `(${a}) ${n(3)}-${n(2)}-${n(2)}`,
        ]);
      },
      sv: () => {
        if (mobile) {
          const a = f.pick(["70", "72", "73", "76", "79"]);
          return f.pick([
            `0${a}-${n(3)} ${n(2)} ${n(2)}`,
            `+46 ${a} ${n(3)} ${n(2)} ${n(2)}`,
            `0${a} ${n(3)} ${n(2)} ${n(2)}`,
            `0${a}${n(7)}`,
          ]);
        }
        const a = f.pick(["8", "31", "40", "18", "90"]);
        return f.pick([
          `0${a}-${n(3)} ${n(3)}`,
          `+46 ${a} ${n(3)} ${n(2)} ${n(2)}`,
          `0${a}-${n(2)} ${n(2)} ${n(2)}`,
        ]);
      },
      da: () => {
        const g = [
          f.pick(["20", "22", "26", "28", "30", "40", "42", "50", "60", "31"]),
          n(2),
          n(2),
          n(2),
        ];
        return f.pick([
          g.join(" "),
          `+45 ${g.join(" ")}`,
          g.join(""),
          `+45 ${g.join("")}`,
          `(+45) ${g.join(" ")}`,
        ]);
      },
      no: () => {
        if (mobile) {
          const a = f.pick(["4", "9"]) + n(2);
          return f.pick([
            `${a} ${n(2)} ${n(3)}`,
            `+47 ${a} ${n(2)} ${n(3)}`,
            `${a}${n(5)}`,
            `+47 ${a}${n(5)}`,
          ]);
        }
        const g = [f.pick(["22", "23", "55", "73", "51"]), n(2), n(2), n(2)];
        return f.pick([g.join(" "), `+47 ${g.join(" ")}`]);
      },
      fi: () => {
        if (mobile) {
          const a = f.pick(["40", "44", "45", "50"]);
          return f.pick([
            `0${a} ${n(3)} ${n(4)}`,
            `+358 ${a} ${n(7)}`,
            `0${a}-${n(7)}`,
            `+358 ${a} ${n(3)} ${n(4)}`,
            `0${a} ${n(7)}`,
          ]);
        }
        const a = f.pick(["9", "2", "3", "14", "17"]);
        return f.pick([`0${a} ${n(3)} ${n(4)}`, `+358 ${a} ${n(7)}`, `(0${a}) ${n(6)}`]);
      },
      cs: () => {
        const a = mobile ? f.pick(["6", "7"]) + n(2) : f.pick(["2", "3", "4", "5"]) + n(2);
        return f.pick([
          `${a} ${n(3)} ${n(3)}`,
          `+420 ${a} ${n(3)} ${n(3)}`,
          `${a}${n(6)}`,
          `+420${a}${n(6)}`,
          `00420 ${a} ${n(3)} ${n(3)}`,
        ]);
      },
    };
    return P[this.lang]();
  }
  iban(formatted = this.chance(0.6)): string {
    const cc: Record<Lang, string> = {
      de: "DE",
      fr: "FR",
      es: "ES",
      it: "IT",
      nl: "NL",
      pt: "PT",
      br: "BR",
      pl: "PL",
      sv: "SE",
      da: "DK",
      no: "NO",
      fi: "FI",
      cs: "CZ",
    };
    return this.f.finance.iban({ countryCode: cc[this.lang], formatted });
  }
  card(): string {
    const c = this.f.finance.creditCardNumber(this.pick(["visa", "mastercard"]));
    const raw = c.replace(/\D/g, "");
    return this.pick([
      raw.replace(/(\d{4})(?=\d)/g, "$1 "),
      raw,
      raw.replace(/(\d{4})(?=\d)/g, "$1-"),
    ]);
  }
  address(): string {
    // deno-lint-ignore no-this-alias
    const f = this;
    const A: Record<Lang, () => string> = {
      de: () => {
        const s = f.pick([
          "Hauptstraße",
          "Bahnhofstr.",
          "Goethestraße",
          "Schillerstr.",
          "Lindenallee",
          "Am Mühlbach",
          "Kirchweg",
          "Gartenstraße",
          "Friedrich-Ebert-Str.",
          "Bergstraße",
          "Rosenweg",
          "Ringstraße",
          "Schulstr.",
          "Im Wiesengrund",
          "Kastanienallee",
          "Sonnenstraße",
          "Mozartweg",
          f.f.location.street(),
        ]);
        const no = `${f.num(1, 140)}${f.chance(0.2) ? f.pick(["a", "b", "c", "A"]) : ""}`;
        return `${s} ${no}${
          f.chance(0.15)
            ? f.pick([", 3. OG", ", Hinterhaus", " / Whg. " + f.num(1, 30), ", 2. Etage links"])
            : ""
        }`;
      },
      fr: () => {
        const t = f.pick([
          "rue",
          "rue",
          "avenue",
          "boulevard",
          "allée",
          "impasse",
          "chemin",
          "place",
          "Rue",
          "Av.",
        ]);
        const nm = f.pick([
          "des Lilas",
          "Victor Hugo",
          "de la République",
          "Jean Jaurès",
          "du Général de Gaulle",
          "Pasteur",
          "des Écoles",
          "de la Gare",
          "Saint-Michel",
          "des Acacias",
          "Gambetta",
          "du Moulin",
          "de Verdun",
        ]);
        const no = `${f.num(1, 180)}${f.chance(0.15) ? f.pick([" bis", " ter", "B"]) : ""}`;
        const base = f.pick([`${no}, ${t} ${nm}`, `${no} ${t} ${nm}`]);
        return f.chance(0.2)
          ? f.pick([`Bât. ${f.pick(["A", "B", "C"])}, ${base}`, `${base}, appt ${f.num(1, 60)}`])
          : base;
      },
      es: () => {
        const nm = f.pick([
          "Mayor",
          "Alcalá",
          "Gran Vía",
          "Serrano",
          "de la Paz",
          "Real",
          "San Francisco",
          "Velázquez",
          "Colón",
          "Príncipe de Vergara",
          "Sol",
          "Mallorca",
          "Aragó",
        ]);
        const piso = f.pick([
          `${f.num(1, 8)}º ${f.pick(["A", "B", "C", "D"])}`,
          `${f.num(1, 8)}º izda.`,
          `${f.num(1, 8)}º dcha.`,
          "bajo",
          `${f.num(1, 6)}-${f.num(1, 4)}`,
        ]);
        return f.pick([
          `C/ ${nm}, ${f.num(1, 150)}, ${piso}`,
          `Calle ${nm} ${f.num(1, 150)}, ${piso}`,
          `Avda. ${nm}, ${f.num(1, 300)}`,
          `c/ ${nm} nº ${f.num(1, 99)}, ${piso}`,
          `Plaza ${nm} ${f.num(1, 30)}`,
        ]);
      },
      it: () => {
        const t = f.pick([
          "Via",
          "Via",
          "Viale",
          "Piazza",
          "Corso",
          "via",
          "V.le",
          "P.zza",
          "C.so",
        ]);
        const nm = f.pick([
          "Roma",
          "Garibaldi",
          "Mazzini",
          "Dante Alighieri",
          "Cavour",
          "Vittorio Emanuele II",
          "XX Settembre",
          "dei Mille",
          "Matteotti",
          "Giuseppe Verdi",
          "della Repubblica",
          "Manzoni",
          "San Martino",
        ]);
        const no = f.pick([
          `${f.num(1, 200)}`,
          `${f.num(1, 90)}/${f.pick(["A", "B", "C"])}`,
          `${f.num(1, 60)} int. ${f.num(1, 20)}`,
          `${f.num(1, 120)}`,
        ]);
        return f.pick([`${t} ${nm}, ${no}`, `${t} ${nm} ${no}`, `${t} ${nm} n. ${no}`]);
      },
      nl: () => {
        const nm = f.pick([
          "Kerkstraat",
          "Dorpsstraat",
          "Molenweg",
          "Prinsengracht",
          "Stationsweg",
          "Julianalaan",
          "Beatrixstraat",
          "Wilhelminastraat",
          "Schoolstraat",
          "Van Goghlaan",
          "Marktplein",
          "Lindenlaan",
          "Oranjestraat",
          "Nieuwe Binnenweg",
        ]);
        return `${nm} ${f.num(1, 320)}${
          f.pick(["", "", "", "A", "B", "-II", "-3hoog", " bis", "-1"])
        }`;
      },
      pt: () => {
        const nm = f.pick([
          "Rua Augusta",
          "Rua do Carmo",
          "Rua de Santa Catarina",
          "Av. Almirante Reis",
          "Avenida da Liberdade",
          "Rua dos Clérigos",
          "Rua Garrett",
          "Rua Cândido dos Reis",
          "Travessa do Forno",
          "Largo do Rato",
        ]);
        const an = f.pick([
          `${f.num(1, 9)}.º Esq.`,
          `${f.num(1, 9)}.º Dto`,
          "R/C",
          `${f.num(1, 9)}º Frente`,
          `${f.num(1, 5)}.º B`,
        ]);
        return f.pick([
          `${nm}, ${f.num(1, 300)}, ${an}`,
          `${nm} n.º ${f.num(1, 300)} ${an}`,
          `${nm}, ${f.num(1, 300)}`,
        ]);
      },
      br: () => {
        const nm = f.pick([
          "Rua das Flores",
          "Rua XV de Novembro",
          "Rua Sete de Setembro",
          "Av. Paulista",
          "Avenida Brasil",
          "Av. Rio Branco",
          "Rua Tiradentes",
          "Rua Barão de Mauá",
          "Rua Dom Pedro II",
          "Rua Augusta",
          "Alameda Santos",
        ]);
        return f.pick([
          `${nm}, ${f.num(1, 3000)}`,
          `${nm}, ${f.num(1, 3000)}, apto ${f.num(11, 184)}`,
          `${nm}, nº ${f.num(1, 999)} - casa ${f.num(1, 4)}`,
          `${nm} ${f.num(1, 3000)} ap. ${f.num(11, 184)}`,
        ]);
      },
      pl: () => {
        const nm = f.pick([
          "ul. Marszałkowska",
          "ul. Długa",
          "ul. Mickiewicza",
          "ul. Kościuszki",
          "ul. Piłsudskiego",
          "ul. Słowackiego",
          "ul. Polna",
          "ul. Leśna",
          "ul. Ogrodowa",
          "al. Jerozolimskie",
          "ul. Kwiatowa",
          "os. Słoneczne",
          "ul. Wrocławska",
        ]);
        return f.pick([
          `${nm} ${f.num(1, 150)}/${f.num(1, 80)}`,
          `${nm} ${f.num(1, 150)}`,
          `${nm} ${f.num(1, 150)} m. ${f.num(1, 80)}`,
          `${nm} ${f.num(1, 90)}${f.pick(["a", "b", "A"])} m ${f.num(1, 40)}`,
        ]);
      },
      sv: () => {
        const nm = f.pick([
          "Storgatan",
          "Drottninggatan",
          "Kungsgatan",
          "Vasagatan",
          "Skolgatan",
          "Björkvägen",
          "Ringvägen",
          "Södra vägen",
          "Sveavägen",
          "Järnvägsgatan",
          "Östra Hamngatan",
          "Tallvägen",
        ]);
        return `${nm} ${f.num(1, 120)}${f.pick(["", "", "A", "B", " C"])}${
          f.chance(0.3) ? `, lgh ${f.pick(["1001", "1102", "1203", "1301", "0901"])}` : ""
        }`;
      },
      da: () => {
        const nm = f.pick([
          "Nørregade",
          "Vesterbrogade",
          "Østergade",
          "Jernbanegade",
          "Skovvej",
          "Søndergade",
          "Strandvejen",
          "Åboulevarden",
          "Kongensgade",
          "Bredgade",
          "Møllevej",
          "Birkevej",
        ]);
        return `${nm} ${f.num(1, 180)}${f.pick(["", "", "A", "B"])}${
          f.pick([
            "",
            `, ${f.num(1, 5)}. th.`,
            ", st. tv.",
            `, ${f.num(1, 4)}. mf.`,
            `, ${f.num(1, 5)}. tv`,
          ])
        }`;
      },
      no: () => {
        const nm = f.pick([
          "Storgata",
          "Kirkeveien",
          "Thorvald Meyers gate",
          "Bogstadveien",
          "Skolegata",
          "Parkveien",
          "Strandgata",
          "Markveien",
          "Kongens gate",
          "Sandviksveien",
          "Bjørnstjerne Bjørnsons gate",
        ]);
        return `${nm} ${f.num(1, 120)}${f.pick(["", "", "A", "B", " C"])}${
          f.chance(0.25) ? `, ${f.pick(["H0101", "H0302", "H0201", "H0403"])}` : ""
        }`;
      },
      fi: () => {
        const nm = f.pick([
          "Mannerheimintie",
          "Hämeenkatu",
          "Aleksanterinkatu",
          "Kauppakatu",
          "Koulukatu",
          "Puistotie",
          "Rantatie",
          "Satamakatu",
          "Pohjoisesplanadi",
          "Itäinen Pitkäkatu",
          "Koivukuja",
        ]);
        return `${nm} ${f.num(1, 120)}${
          f.pick([
            "",
            ` ${f.pick(["A", "B", "C"])} ${f.num(1, 60)}`,
            ` as. ${f.num(1, 40)}`,
            ` ${f.pick(["A", "B"])}`,
          ])
        }`;
      },
      cs: () => {
        const nm = f.pick([
          "Vinohradská",
          "Národní",
          "Husova",
          "Palackého",
          "Masarykova",
          "Nádražní",
          "Školní",
          "Na Příkopě",
          "Komenského",
          "Lidická",
          "Jugoslávských partyzánů",
          "U Lesa",
        ]);
        return f.pick([
          `${nm} ${f.num(100, 3200)}/${f.num(1, 90)}`,
          `${nm} ${f.num(1, 150)}`,
          `${nm} č. p. ${f.num(100, 2500)}`,
        ]);
      },
    };
    return A[this.lang]();
  }
  city(): string {
    const C: Record<Lang, string[]> = {
      de: [
        "10115 Berlin",
        "80331 München",
        "50667 Köln",
        "20095 Hamburg",
        "60311 Frankfurt am Main",
        "70173 Stuttgart",
        "04109 Leipzig",
        "01067 Dresden",
        "30159 Hannover",
        "90402 Nürnberg",
        "48143 Münster",
        "79098 Freiburg im Breisgau",
      ],
      fr: [
        "75011 Paris",
        "69003 Lyon",
        "13001 Marseille",
        "31000 Toulouse",
        "33000 Bordeaux",
        "59000 Lille",
        "44000 Nantes",
        "67000 Strasbourg",
        "35000 Rennes",
        "34000 Montpellier",
      ],
      es: [
        "28013 Madrid",
        "08001 Barcelona",
        "46002 Valencia",
        "41001 Sevilla",
        "50001 Zaragoza",
        "29001 Málaga",
        "48001 Bilbao",
        "03001 Alicante",
      ],
      it: [
        "00184 Roma",
        "20121 Milano",
        "10121 Torino",
        "80132 Napoli",
        "50123 Firenze",
        "40121 Bologna",
        "90133 Palermo",
        "30121 Venezia",
        "16121 Genova",
      ],
      nl: [
        "1015 CJ Amsterdam",
        "3011 AB Rotterdam",
        "3511 LN Utrecht",
        "2511 CV Den Haag",
        "5611 EM Eindhoven",
        "9711 LM Groningen",
        "6811 CG Arnhem",
        "2311 EZ Leiden",
      ],
      pt: [
        "1100-053 Lisboa",
        "4000-322 Porto",
        "3000-150 Coimbra",
        "4700-320 Braga",
        "8000-123 Faro",
        "2750-642 Cascais",
      ],
      br: [
        "01310-100 São Paulo - SP",
        "20040-002 Rio de Janeiro - RJ",
        "30130-010 Belo Horizonte - MG",
        "80010-000 Curitiba - PR",
        "90010-150 Porto Alegre - RS",
        "40020-000 Salvador - BA",
      ],
      pl: [
        "00-001 Warszawa",
        "30-001 Kraków",
        "50-001 Wrocław",
        "60-001 Poznań",
        "80-001 Gdańsk",
        "90-001 Łódź",
        "20-001 Lublin",
      ],
      sv: [
        "111 52 Stockholm",
        "411 05 Göteborg",
        "211 22 Malmö",
        "753 20 Uppsala",
        "582 22 Linköping",
        "903 26 Umeå",
      ],
      da: [
        "1050 København K",
        "8000 Aarhus C",
        "5000 Odense C",
        "9000 Aalborg",
        "2100 København Ø",
        "6700 Esbjerg",
      ],
      no: [
        "0150 Oslo",
        "5003 Bergen",
        "7011 Trondheim",
        "4006 Stavanger",
        "9008 Tromsø",
        "0556 Oslo",
      ],
      fi: [
        "00100 Helsinki",
        "33100 Tampere",
        "20100 Turku",
        "90100 Oulu",
        "40100 Jyväskylä",
        "02100 Espoo",
      ],
      cs: [
        "110 00 Praha 1",
        "120 00 Praha 2",
        "602 00 Brno",
        "301 00 Plzeň",
        "702 00 Ostrava",
        "779 00 Olomouc",
      ],
    };
    return this.pick(C[this.lang]);
  }
  company(): string {
    const C: Record<Lang, string[]> = {
      de: [
        "Hausverwaltung Kranz GmbH",
        "Stadtwerke Nordhafen",
        "Müllerbau GmbH & Co. KG",
        "Praxis am Markt",
        "Allianz Versicherung",
        "Vodafone",
        "Deutsche Bahn",
        "IKEA Deutschland",
        "Zalando",
        "Sparkasse KölnBonn",
      ],
      fr: [
        "SCI Les Tilleuls",
        "Foncia",
        "Orange",
        "EDF",
        "Crédit Agricole",
        "Cabinet Dupuis & Associés",
        "La Poste",
        "Leroy Merlin",
        "MAIF",
      ],
      es: [
        "Inmobiliaria Sol y Mar S.L.",
        "Iberdrola",
        "Movistar",
        "Gestoría Martín",
        "Banco Santander",
        "Mercadona",
        "El Corte Inglés",
      ],
      it: [
        "Studio Associato Ferri",
        "Enel Energia",
        "TIM",
        "Poste Italiane",
        "Intesa Sanpaolo",
        "Immobiliare Aurora srl",
        "Esselunga",
      ],
      nl: [
        "Woonstichting De Linie",
        "Eneco",
        "KPN",
        "Bol.com",
        "Rabobank",
        "Gemeente Utrecht",
        "Albert Heijn",
        "Vattenfall",
      ],
      pt: [
        "EDP Comercial",
        "MEO",
        "Caixa Geral de Depósitos",
        "Imobiliária Sol Nascente, Lda.",
        "Continente",
        "CTT",
      ],
      br: [
        "Imobiliária Horizonte",
        "Vivo",
        "Nubank",
        "Magazine Luiza",
        "Banco do Brasil",
        "Mercado Livre",
        "Claro",
      ],
      pl: [
        "Spółdzielnia Mieszkaniowa Zorza",
        "PGE Obrót",
        "Orange Polska",
        "PKO BP",
        "Allegro",
        "InPost",
        "Biuro Rachunkowe Bilans",
      ],
      sv: [
        "Bostadsbolaget Hem AB",
        "Telia",
        "Vattenfall",
        "Skatteverket",
        "Swedbank",
        "ICA Maxi",
        "Folktandvården",
      ],
      da: [
        "Boligselskabet Lyngly",
        "TDC",
        "Ørsted",
        "Danske Bank",
        "Netto",
        "Region Hovedstaden",
        "PostNord",
      ],
      no: [
        "Boligbyggelaget Fjord",
        "Telenor",
        "DNB",
        "Fjordkraft",
        "Posten",
        "Rema 1000",
        "Legesenteret Sentrum",
      ],
      fi: [
        "Asunto Oy Koivurinne",
        "Elisa",
        "Nordea",
        "Fortum",
        "Posti",
        "K-Citymarket",
        "Terveystalo",
      ],
      cs: [
        "Správa nemovitostí Vltava s.r.o.",
        "ČEZ",
        "O2 Czech Republic",
        "Česká spořitelna",
        "Alza.cz",
        "Zásilkovna",
        "Rohlik.cz",
      ],
    };
    return this.pick(C[this.lang]);
  }
  profile(p: Person): string {
    const s = stripAccents(`${p.first}-${p.last}`).toLowerCase().replace(/[^a-z-]/g, "").replace(
      /-+/g,
      "-",
    );
    const S = stripAccents(`${p.first}_${p.last}`).replace(/[^A-Za-z_]/g, "");
    return this.pick([
      `https://www.linkedin.com/in/${s}-${this.f.string.alphanumeric(6).toLowerCase()}`,
      `linkedin.com/in/${s}`,
      `https://www.xing.com/profile/${S}`,
      `https://www.facebook.com/${s.replace(/-/g, ".")}${this.nd(2)}`,
      `https://www.instagram.com/${s.replace(/-/g, "_")}`,
      `https://github.com/${s.replace(/-/g, "")}`,
    ]);
  }
}

// ---------------------------------------------------------------- national ids
function steuerId(c: Ctx): string {
  let ds: number[];
  do {
    const pool = c.f.helpers.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    ds = c.f.helpers.shuffle([...pool, pool[c.num(0, 8)]]);
  } while (ds[0] === 0);
  let product = 10;
  for (const d of ds) {
    let s = (d + product) % 10;
    if (s === 0) s = 10;
    product = (s * 2) % 11;
  }
  let chk = 11 - product;
  if (chk === 10) chk = 0;
  const all = ds.join("") + chk;
  return c.pick([
    all,
    `${all.slice(0, 2)} ${all.slice(2, 5)} ${all.slice(5, 8)} ${all.slice(8)}`,
    all,
  ]);
}
function rvnr(c: Ctx, p: Person): string {
  const area = c.pick(["12", "13", "15", "18", "24", "28", "38", "42", "53", "65"]);
  const d = `${pad(p.dob.getUTCDate())}${pad(p.dob.getUTCMonth() + 1)}${
    String(p.dob.getUTCFullYear()).slice(2)
  }`;
  const letter = stripAccents(p.last)[0].toUpperCase();
  const serial = pad(p.sex === "male" ? c.num(0, 49) : c.num(50, 99));
  const ds = digits(area + d + pad(letter.charCodeAt(0) - 64) + serial);
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  ds.forEach((x, i) => {
    const prod = x * w[i];
    sum += Math.floor(prod / 10) + (prod % 10);
  });
  const chk = sum % 10;
  return c.pick([`${area} ${d} ${letter} ${serial}${chk}`, `${area}${d}${letter}${serial}${chk}`]);
}
function kvnr(c: Ctx): string {
  const L = c.pick(["A", "K", "M", "T", "B", "S"]);
  const body = c.nd(8);
  const ds = digits(pad(L.charCodeAt(0) - 64) + body);
  let sum = 0;
  ds.forEach((x, i) => {
    const prod = x * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(prod / 10) + (prod % 10);
  });
  return `${L}${body}${sum % 10}`;
}
function nir(c: Ctx, p: Person): string {
  const sx = p.sex === "male" ? "1" : "2";
  const yy = String(p.dob.getUTCFullYear()).slice(2), mm = pad(p.dob.getUTCMonth() + 1);
  const dep = c.pick(["75", "69", "13", "33", "59", "92", "93", "44", "31", "67"]);
  const com = pad(c.num(1, 400), 3), ord = pad(c.num(1, 999), 3);
  const n = sx + yy + mm + dep + com + ord;
  const key = pad(97 - Number(BigInt(n) % 97n));
  return c.pick([
    `${sx} ${yy} ${mm} ${dep} ${com} ${ord} ${key}`,
    `${n}${key}`,
    `${sx}${yy}${mm}${dep}${com}${ord} ${key}`,
  ]);
}
const DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(c: Ctx): string {
  const n = c.num(10000000, 79999999);
  const L = DNI_L[n % 23];
  return c.pick([
    `${n}${L}`,
    `${n}-${L}`,
    `${String(n).replace(/\B(?=(\d{3})+$)/g, ".")}-${L}`,
    `${n} ${L}`,
  ]);
}
function nie(c: Ctx): string {
  const pre = c.pick(["X", "Y", "Z"]);
  const body = pad(c.num(0, 9999999), 7);
  const L = DNI_L[Number(String("XYZ".indexOf(pre)) + body) % 23];
  return c.pick([`${pre}${body}${L}`, `${pre}-${body}-${L}`]);
}
function codiceFiscale(c: Ctx, p: Person): string {
  const clean = (s: string) => stripAccents(s).toUpperCase().replace(/[^A-Z]/g, "");
  const cons = (s: string) => s.replace(/[AEIOU]/g, ""),
    vow = (s: string) => s.replace(/[^AEIOU]/g, "");
  const sn = clean(p.last), nm = clean(p.first.split(" ")[0]);
  const sCode = (cons(sn) + vow(sn) + "XXX").slice(0, 3);
  const nc = cons(nm);
  const nCode = nc.length >= 4 ? nc[0] + nc[2] + nc[3] : (nc + vow(nm) + "XXX").slice(0, 3);
  const yy = String(p.dob.getUTCFullYear()).slice(2);
  const mL = "ABCDEHLMPRST"[p.dob.getUTCMonth()];
  const day = pad(p.dob.getUTCDate() + (p.sex === "female" ? 40 : 0));
  const bel = c.pick([
    "H501",
    "F205",
    "L219",
    "F839",
    "G273",
    "D612",
    "A944",
    "L736",
    "D969",
    "B157",
  ]);
  const s15 = sCode + nCode + yy + mL + day + bel;
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
    const ch = s15[i];
    const v = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    sum += i % 2 === 0 ? odd[v] : v;
  }
  const cf = s15 + String.fromCharCode(65 + (sum % 26));
  return c.chance(0.15) ? cf.toLowerCase() : cf;
}
function bsn(c: Ctx): string {
  for (;;) {
    const ds = digits(String(c.num(10000000, 69999999)));
    const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11;
    if (s === 10) continue;
    const all = ds.join("") + s;
    return c.pick([
      all,
      `${all.slice(0, 4)}.${all.slice(4, 6)}.${all.slice(6)}`,
      `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`,
      all,
    ]);
  }
}
function nifPT(c: Ctx): string {
  const ds = digits(c.pick(["1", "2"]) + c.nd(7));
  const s = ds.reduce((a, d, i) => a + d * (9 - i), 0) % 11;
  const chk = s < 2 ? 0 : 11 - s;
  const all = ds.join("") + chk;
  return c.pick([all, `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`]);
}
function cpf(c: Ctx): string {
  const ds = digits(c.nd(9));
  const dv = (arr: number[]) => {
    const s = arr.reduce((a, d, i) => a + d * (arr.length + 1 - i), 0);
    const r = (s * 10) % 11;
    return r === 10 ? 0 : r;
  };
  const d1 = dv(ds), d2 = dv([...ds, d1]);
  const all = ds.join("") + d1 + d2;
  return c.pick([
    `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`,
    all,
    `${all.slice(0, 3)}.${all.slice(3, 6)}.${all.slice(6, 9)}-${all.slice(9)}`,
  ]);
}
function pesel(c: Ctx, p: Person): string {
  const y = p.dob.getUTCFullYear();
  const m = p.dob.getUTCMonth() + 1 + (y >= 2000 ? 20 : 0);
  const base = String(y).slice(2) + pad(m) + pad(p.dob.getUTCDate()) + c.nd(3);
  const sexD = p.sex === "male" ? c.pick([1, 3, 5, 7, 9]) : c.pick([0, 2, 4, 6, 8]);
  const ds = digits(base + sexD);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = ds.reduce((a, d, i) => a + d * w[i], 0);
  return ds.join("") + ((10 - (s % 10)) % 10);
}
function personnummer(c: Ctx, p: Person): string {
  const y = p.dob.getUTCFullYear();
  const d6 = String(y).slice(2) + pad(p.dob.getUTCMonth() + 1) + pad(p.dob.getUTCDate());
  const sexD = p.sex === "male" ? c.pick([1, 3, 5, 7, 9]) : c.pick([0, 2, 4, 6, 8]);
  const nine = d6 + c.nd(2) + sexD;
  let s = 0;
  digits(nine).forEach((d, i) => {
    let v = d * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    s += v;
  });
  const chk = (10 - (s % 10)) % 10;
  const last4 = nine.slice(6) + chk;
  return c.pick([
    `${d6}-${last4}`,
    `${y}${d6.slice(2)}-${last4}`,
    `${y}${d6.slice(2)}${last4}`,
    `${d6}-${last4}`,
  ]);
}
function cpr(c: Ctx, p: Person): string {
  const d6 = pad(p.dob.getUTCDate()) + pad(p.dob.getUTCMonth() + 1) +
    String(p.dob.getUTCFullYear()).slice(2);
  const w = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const s4 = String(p.dob.getUTCFullYear() >= 2000 ? 4 : c.num(0, 3)) + c.nd(3);
    const ds = digits(d6 + s4);
    const ok = ds.reduce((a, d, i) => a + d * w[i], 0) % 11 === 0;
    const sexOk = (ds[9] % 2 === 1) === (p.sex === "male");
    if (ok && sexOk) return c.pick([`${d6}-${s4}`, `${d6}${s4}`, `${d6}-${s4}`]);
  }
}
function fnr(c: Ctx, p: Person): string {
  const d6 = pad(p.dob.getUTCDate()) + pad(p.dob.getUTCMonth() + 1) +
    String(p.dob.getUTCFullYear()).slice(2);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const y = p.dob.getUTCFullYear();
    let ind = y >= 2000 ? c.num(500, 999) : c.num(0, 499);
    if ((ind % 10) % 2 === 1 !== (p.sex === "male")) ind = ind % 10 === 9 ? ind - 1 : ind + 1;
    const ds = digits(d6 + pad(ind, 3));
    let k1 = 11 - (ds.reduce((a, d, i) => a + d * w1[i], 0) % 11);
    if (k1 === 11) k1 = 0;
    if (k1 === 10) continue;
    let k2 = 11 - ([...ds, k1].reduce((a, d, i) => a + d * w2[i], 0) % 11);
    if (k2 === 11) k2 = 0;
    if (k2 === 10) continue;
    const all = d6 + pad(ind, 3) + k1 + k2;
    return c.pick([all, `${d6} ${all.slice(6)}`, all]);
  }
}
function hetu(c: Ctx, p: Person): string {
  const y = p.dob.getUTCFullYear();
  const d6 = pad(p.dob.getUTCDate()) + pad(p.dob.getUTCMonth() + 1) + String(y).slice(2);
  let n = c.num(2, 899);
  if ((n % 2 === 1) !== (p.sex === "male")) n = n + 1 > 899 ? n - 1 : n + 1;
  const nnn = pad(n, 3);
  const chk = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(d6 + nnn) % 31];
  return `${d6}${y >= 2000 ? "A" : "-"}${nnn}${chk}`;
}
function rodneCislo(c: Ctx, p: Person): string {
  const m = p.dob.getUTCMonth() + 1 + (p.sex === "female" ? 50 : 0);
  const d6 = String(p.dob.getUTCFullYear()).slice(2) + pad(m) + pad(p.dob.getUTCDate());
  if (p.dob.getUTCFullYear() < 1954) return `${d6}/${c.nd(3)}`;
  for (;;) {
    const s3 = c.nd(3);
    const chk = Number(d6 + s3) % 11;
    if (chk === 10) continue;
    return c.pick([`${d6}/${s3}${chk}`, `${d6}${s3}${chk}`, `${d6}/${s3}${chk}`]);
  }
}

// ---------------------------------------------------------------- declension (names as natives write them)
function plGen(last: string): string {
  if (/(ski|cki|dzki)$/.test(last)) return last + "ego";
  if (/[bcdfghjklłmnprstwzż]$/i.test(last)) return last + "a";
  return last;
}
function plVocFem(first: string): string {
  return first.endsWith("a") ? first.slice(0, -1) + "o" : first;
}
function csVoc(last: string): string {
  if (/[ýí]$/.test(last)) return last;
  if (/ek$/.test(last)) return last.slice(0, -2) + "ku";
  if (/[khg]$/.test(last)) return last + "u";
  if (/[řšžčcjť]$/.test(last)) return last + "i";
  if (/[bdflmnprstvz]$/.test(last)) return last + "e";
  return last;
}
function plIdCard(c: Ctx): string {
  const L = c.f.string.alpha({ length: 3, casing: "upper" });
  const rest = c.nd(5);
  const vals = [...L].map((ch) => ch.charCodeAt(0) - 55).concat(digits(rest));
  const w = [7, 3, 1, 7, 3, 1, 7, 3];
  const chk = vals.reduce((a, v, i) => a + v * w[i], 0) % 10;
  return c.pick([`${L} ${chk}${rest}`, `${L}${chk}${rest}`]);
}

// ---------------------------------------------------------------- small non-PII helpers
function money(c: Ctx, lang: Lang): string {
  const v = c.num(12, 4800) + c.num(0, 99) / 100;
  const [i, d] = v.toFixed(2).split(".");
  const grp = (sep: string) => i.replace(/\B(?=(\d{3})+$)/g, sep);
  switch (lang) {
    case "de":
      return c.pick([`${grp(".")},${d} €`, `EUR ${grp(".")},${d}`, `${grp(".")},${d} EUR`]);
    case "fr":
      return `${grp(" ")},${d} €`;
    case "es":
    case "it":
    case "pt":
      return c.pick([`${grp(".")},${d} €`, `€ ${grp(".")},${d}`]);
    case "nl":
      return `€ ${grp(".")},${d}`;
    case "br":
      return `R$ ${grp(".")},${d}`;
    case "pl":
      return `${grp(" ")},${d} zł`;
    case "sv":
      return `${grp(" ")},${d} kr`;
    case "da":
      return `${grp(".")},${d} kr.`;
    case "no":
      return `kr ${grp(" ")},${d}`;
    case "fi":
      return `${grp(" ")},${d} €`;
    case "cs":
      return `${grp(" ")},${d} Kč`;
  }
}
function someDate(c: Ctx, sep = "."): string {
  return `${pad(c.num(1, 28))}${sep}${pad(c.num(1, 12))}${sep}${c.pick([2024, 2025])}`;
}
function time(c: Ctx): string {
  return `${c.num(7, 19)}:${c.pick(["00", "15", "30", "45"])}`;
}

// ---------------------------------------------------------------- templates
type Tpl = (c: Ctx, b: DocBuilder) => void;
const TPL: [Lang, Tpl][] = [];
const add = (lang: Lang, t: Tpl) => TPL.push([lang, t]);

// 1 DE Arztbrief
add("de", (c, b) => {
  const p = c.person(), dr = c.person();
  const anrede = p.sex === "female" ? "Frau" : "Herrn";
  const kollege = c.person();
  put(b, c.pick(["Gemeinschaftspraxis Dr. med. ", "Hausarztpraxis Dr. ", "Praxis Dr. med. "]), [
    "PERSON",
    dr.last,
  ], ` & Kollegen\n${c.city()}\n\n`);
  put(b, kollege.sex === "female" ? `Sehr geehrte Frau Kollegin ` : `Sehr geehrter Herr Kollege `);
  put(
    b,
    ["PERSON", kollege.last],
    `,\n\nwir berichten über ${anrede} `,
    ["PERSON", p.full],
    `, geb. `,
    ["DATE", c.dob(p)],
    `, wohnhaft `,
    ["ADDRESS", c.address()],
    `, ${c.city()}.\n`,
  );
  put(
    b,
    `Versichertennr.: `,
    ["ID", kvnr(c)],
    ` (${c.pick(["AOK Bayern", "TK", "Barmer", "DAK-Gesundheit"])})\n`,
  );
  put(
    b,
    `Diagnosen: ${
      c.pick([
        "Arterielle Hypertonie (I10.90)",
        "Lumbago (M54.5)",
        "Diabetes mellitus Typ 2 (E11.9)",
        "Asthma bronchiale (J45.9)",
      ])
    }\n`,
  );
  put(
    b,
    `Vorstellung am ${someDate(c)} um ${time(c)} Uhr. ${p.sex === "female" ? "Frau" : "Herr"} `,
    ["PERSON", p.last],
    ` berichtet über ${
      c.pick([
        "Schwindel seit zwei Wochen",
        "Rückenschmerzen nach Umzug",
        "anhaltenden Husten",
        "Schlafstörungen",
      ])
    }.\n`,
  );
  put(
    b,
    `Rückfragen gern unter `,
    ["PHONE", c.phone(false)],
    `.\n\nMit freundlichen kollegialen Grüßen\nDr. med. `,
    ["PERSON", `${dr.first[0]}. ${dr.last}`],
    `\n`,
  );
});

// 2 DE Mietvertrag
add("de", (c, b) => {
  const v = c.person(), m = c.person(), m2 = c.person();
  put(
    b,
    `MIETVERTRAG über Wohnraum\n\nZwischen ${c.pick(["Herrn", "Frau"])} `,
    ["PERSON", v.full],
    `, `,
    ["ADDRESS", c.address()],
    `, ${c.city()} (Vermieter)\n`,
  );
  put(b, `und `, ["PERSON", m.full], ` (geb. am `, ["DATE", c.dob(m)], `) sowie `, [
    "PERSON",
    m2.full,
  ], ` (Mieter)\n`);
  put(b, `wird folgender Vertrag geschlossen:\n§ 1 Mietsache: Wohnung im 2. OG, `, [
    "ADDRESS",
    c.address(),
  ], `, ${c.city()}, ca. ${c.num(38, 110)} m², 3 Zimmer, Küche, Bad.\n`);
  put(
    b,
    `§ 3 Miete: Grundmiete ${money(c, "de")}, Nebenkostenvorauszahlung ${
      money(c, "de")
    }, zahlbar bis zum 3. Werktag.\n`,
  );
  put(
    b,
    `§ 5 Kaution: drei Nettokaltmieten auf das Konto des Vermieters IBAN `,
    ["IBAN", c.iban()],
    `.\n`,
  );
  put(b, `Mietbeginn: ${someDate(c)}. Kontakt Mieter: `, ["PHONE", c.phone(true)], ` / `, [
    "EMAIL",
    c.email(m),
  ], `\n`);
});

// 3 DE Personalfragebogen
add("de", (c, b) => {
  const p = c.person();
  const lines: Part[][] = [
    [`Name, Vorname: `, ["PERSON", `${p.last}, ${p.first}`]],
    [`Geburtsdatum: `, ["DATE", c.dob(p)]],
    [`Anschrift: `, ["ADDRESS", c.address()], `, ${c.city()}`],
    [`Tel.: `, ["PHONE", c.phone()]],
    [`E-Mail: `, ["EMAIL", c.email(p)]],
    [c.pick(["Steuer-ID: ", "Steuerliche Identifikationsnummer: ", "Steuer-IdNr. "]), [
      "ID",
      steuerId(c),
    ]],
    [c.pick(["Sozialversicherungsnummer: ", "SV-Nr.: ", "Rentenversicherungsnr.: "]), [
      "ID",
      rvnr(c, p),
    ]],
    [`Steuerklasse: ${c.num(1, 5)}   Konfession: ${
      c.pick(["rk", "ev", "--"])
    }   Kinderfreibeträge: ${c.pick(["0", "0,5", "1,0"])}`],
    [`Bankverbindung (IBAN): `, ["IBAN", c.iban()]],
    [`Eintrittsdatum: ${someDate(c)}   Abteilung: ${
      c.pick(["Vertrieb", "Lager", "Buchhaltung", "IT"])
    }   Kostenstelle ${c.num(4000, 4999)}`],
  ];
  put(b, `Personalfragebogen – ${c.company()}\n`);
  for (const l of lines) put(b, ...l, "\n");
});

// 4 DE Eltern-Chat / Schulnachricht
add("de", (c, b) => {
  const kid = c.person(), parent = c.person(), teacher = c.person();
  put(b, `[${time(c)}] `, ["PERSON", parent.first], `: Hallo zusammen, hier ist die Mama von `, [
    "PERSON",
    kid.first,
  ], ` aus der 3b 🙂\n`);
  put(
    b,
    `[${time(c)}] `,
    ["PERSON", parent.first],
    `: Frau `,
    ["PERSON", teacher.last],
    ` hat gesagt, der Ausflug zum Tierpark ist am ${
      c.pick(["Donnerstag", "Freitag", "Dienstag"])
    }, Kosten 8,50 €.\n`,
  );
  put(
    b,
    `[${time(c)}] `,
    ["PERSON", parent.first],
    `: Wer Fahrgemeinschaft braucht, meldet euch unter `,
    ["PHONE", c.phone(true)],
    ` oder bei mir zuhause `,
    ["ADDRESS", c.address()],
    `\n`,
  );
  const other = c.person();
  put(
    b,
    `[${time(c)}] `,
    ["PERSON", other.first],
    `: Danke! `,
    ["PERSON", other.first],
    ` hier, wir wären dabei. Das Geld überweise ich an `,
    ["IBAN", c.iban(true)],
    `?\n`,
  );
});

// 5 DE Protokoll (known attendees)
add("de", (c, b) => {
  const ps = [c.person(), c.person(), c.person(), c.person()];
  for (const p of ps.slice(0, 3)) b.known.push(p.full);
  put(
    b,
    `Protokoll Teamrunde ${
      c.pick(["Vertrieb Süd", "Projekt Phoenix", "IT-Betrieb", "Einkauf"])
    } – ${someDate(c)}, ${time(c)}–${time(c)} Uhr, Raum ${c.pick(["B2.14", "Alster", "3.07"])}\n`,
  );
  put(b, `Teilnehmende: `, ["PERSON", ps[0].full], `, `, ["PERSON", ps[1].full], `, `, [
    "PERSON",
    ps[2].full,
  ], `\n`);
  put(b, `Entschuldigt: `, ["PERSON", `${ps[3].first[0]}. ${ps[3].last}`], `\n\n`);
  put(
    b,
    `TOP 1: `,
    ["PERSON", ps[0].first],
    ` berichtet über Q3-Zahlen (Umsatz +4,2 %). Ticket INC-${c.nd(6)} ist geschlossen.\n`,
  );
  put(
    b,
    `TOP 2: Herr/Frau `,
    ["PERSON", ps[1].last],
    ` übernimmt die Abstimmung mit ${c.company()}. Rückruf an Kunden unter `,
    ["PHONE", c.phone(false)],
    `.\n`,
  );
  put(
    b,
    `TOP 3: Nächster Termin ${someDate(c)}. Aufgaben: `,
    ["PERSON", ps[2].first],
    ` → Angebot ${c.nd(5)}, `,
    ["PERSON", ps[1].first],
    ` → Folien.\n`,
  );
});

// 6 FR courrier médecin
add("fr", (c, b) => {
  const p = c.person(), dr = c.person(), conf = c.person();
  const civ = p.sex === "female" ? c.pick(["Mme", "Madame"]) : c.pick(["M.", "Monsieur"]);
  put(b, `Dr `, ["PERSON", dr.full], `\nMédecin généraliste – ${c.city()}\nTél. `, [
    "PHONE",
    c.phone(false),
  ], `\n\n`);
  put(
    b,
    `Cher confrère, chère consœur,\n\nJe vous adresse ${civ} `,
    ["PERSON", p.full],
    `, ${p.sex === "female" ? "née" : "né"} le `,
    ["DATE", c.dob(p)],
    `, demeurant `,
    ["ADDRESS", c.address()],
    `, ${c.city()},\n`,
  );
  put(
    b,
    `n° de sécurité sociale `,
    ["ID", nir(c, p)],
    `, pour ${
      c.pick([
        "un avis cardiologique",
        "une échographie abdominale",
        "un bilan allergologique",
        "une IRM du genou droit",
      ])
    }.\n`,
  );
  put(
    b,
    `${civ} `,
    ["PERSON", p.last],
    ` présente depuis le ${someDate(c, "/")} ${
      c.pick(["des douleurs thoraciques atypiques", "une toux persistante", "des vertiges"])
    }. Traitement actuel : ${c.pick(["Doliprane 1000 mg", "Kardegic 75 mg", "Ventoline"])}.\n`,
  );
  put(
    b,
    `Le patient a été vu en consultation avec le Dr `,
    ["PERSON", conf.last],
    `.\nBien confraternellement,\n`,
    ["PERSON", `${dr.first[0]}. ${dr.last}`],
    `\n`,
  );
});

// 7 FR bail
add("fr", (c, b) => {
  const bailleur = c.person(), loc = c.person();
  put(b, `CONTRAT DE LOCATION – LOCAUX VIDES À USAGE D'HABITATION\n\nENTRE LES SOUSSIGNÉS :\n`);
  put(
    b,
    `${bailleur.sex === "female" ? "Madame" : "Monsieur"} `,
    ["PERSON", `${bailleur.last.toUpperCase()} ${bailleur.first}`],
    `, demeurant `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, ci-après « le bailleur »,\n`,
  );
  put(
    b,
    `ET ${loc.sex === "female" ? "Madame" : "Monsieur"} `,
    ["PERSON", loc.full],
    `, ${loc.sex === "female" ? "née" : "né"} le `,
    ["DATE", c.dob(loc)],
    ` à ${c.pick(["Lyon", "Nantes", "Lille", "Alger", "Bordeaux"])}, ci-après « le locataire ».\n`,
  );
  put(
    b,
    `Désignation : appartement T${c.num(1, 4)} situé `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, ${c.num(22, 95)} m², cave n° ${c.num(1, 40)}.\n`,
  );
  put(
    b,
    `Loyer mensuel : ${money(c, "fr")} hors charges ; provision sur charges : ${
      money(c, "fr")
    }. Dépôt de garantie : un mois de loyer.\n`,
  );
  put(
    b,
    `Le loyer est payable par virement sur le compte IBAN `,
    ["IBAN", c.iban()],
    ` au plus tard le 5 de chaque mois.\n`,
  );
  put(
    b,
    `Contact du locataire : `,
    ["EMAIL", c.email(loc)],
    ` – `,
    ["PHONE", c.phone(true)],
    `\nFait à ${c.city().replace(/^\d+ /, "")}, le ${someDate(c, "/")}, en deux exemplaires.\n`,
  );
});

// 8 FR mail RH
add("fr", (c, b) => {
  const p = c.person(), rh = c.person();
  put(
    b,
    `Objet : Dossier d'embauche – `,
    ["PERSON", `${p.first} ${p.last.toUpperCase()}`],
    `\n\nBonjour `,
    ["PERSON", rh.first],
    `,\n\n`,
  );
  put(
    b,
    `Voici les éléments pour la DPAE de notre nouvelle recrue, qui démarre le ${
      someDate(c, "/")
    } au poste de ${
      c.pick(["chargée de clientèle", "technicien SAV", "comptable", "développeur"])
    } :\n`,
  );
  put(
    b,
    `- Nom : `,
    ["PERSON", p.last],
    `\n- Prénom : `,
    ["PERSON", p.first],
    `\n- Date de naissance : `,
    ["DATE", c.dob(p)],
    `\n`,
  );
  put(
    b,
    `- N° SS : `,
    ["ID", nir(c, p)],
    `\n- Adresse : `,
    ["ADDRESS", c.address()],
    ` ${c.city()}\n- Portable : `,
    ["PHONE", c.phone(true)],
    `\n- RIB : `,
    ["IBAN", c.iban()],
    `\n`,
  );
  put(
    b,
    `Salaire brut annuel : 32 400 € sur 12 mois, période d'essai de 2 mois. Mutuelle ${
      c.pick(["Harmonie", "MGEN", "Malakoff Humanis"])
    }.\n\n`,
  );
  put(b, `Merci et bonne journée,\n`);
  const me = c.person();
  put(b, ["PERSON", me.first], ` `, ["PERSON", me.last], `\n${c.company()}\n`);
});

// 9 FR SMS / chat
add("fr", (c, b) => {
  const a = c.person(), z = c.person(), x = c.person();
  b.known.push(a.full, z.full);
  put(
    b,
    ["PERSON", a.first],
    ` : Coucou ! tu as le num de `,
    ["PERSON", x.first],
    ` ? c'est pour la crémaillère samedi\n`,
  );
  put(
    b,
    ["PERSON", z.first],
    ` : oui c'est le `,
    ["PHONE", c.phone(true)],
    ` , et son adresse c'est `,
    ["ADDRESS", c.address()],
    `, code porte ${c.nd(4)}B\n`,
  );
  put(
    b,
    ["PERSON", a.first],
    ` : top merci. on se retrouve à ${time(c).replace(":", "h")} devant le Monoprix ?\n`,
  );
  put(
    b,
    ["PERSON", z.first],
    ` : ok. au fait `,
    ["PERSON", x.last.toUpperCase()],
    ` m'a dit qu'elle changeait de mail, le nouveau c'est `,
    ["EMAIL", c.email(x)],
    `\n`,
  );
});

// 10 ES contrato de alquiler
add("es", (c, b) => {
  const arr = c.person(), inq = c.person();
  const inqNie = c.chance(0.5);
  put(
    b,
    `CONTRATO DE ARRENDAMIENTO DE VIVIENDA\n\nEn ${c.city().replace(/^\d+ /, "")}, a ${
      c.num(1, 28)
    } de ${c.pick(MONTHS.es)} de 2025.\n\nREUNIDOS\n`,
  );
  put(
    b,
    `De una parte, D${arr.sex === "female" ? "ña." : "."} `,
    ["PERSON", arr.full],
    `, mayor de edad, con DNI `,
    ["ID", dni(c)],
    ` y domicilio en `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, en adelante EL ARRENDADOR.\n`,
  );
  put(
    b,
    `De otra parte, D${inq.sex === "female" ? "ña." : "."} `,
    ["PERSON", inq.full],
    `, nacid${inq.sex === "female" ? "a" : "o"} el `,
    ["DATE", c.dob(inq)],
    `, con ${inqNie ? "NIE" : "DNI"} `,
    ["ID", inqNie ? nie(c) : dni(c)],
    `, en adelante EL ARRENDATARIO.\n`,
  );
  put(b, `La renta mensual se fija en ${money(c, "es")}, que se abonará en la cuenta `, [
    "IBAN",
    c.iban(),
  ], ` dentro de los cinco primeros días de cada mes.\n`);
  put(b, `Teléfono de contacto del arrendatario: `, ["PHONE", c.phone()], `. Correo: `, [
    "EMAIL",
    c.email(inq),
  ], `\n`);
});

// 11 ES email a la gestoría
add("es", (c, b) => {
  const p = c.person(), g = c.person();
  put(
    b,
    `Hola `,
    ["PERSON", g.first],
    `:\n\nTe paso los datos que me pediste para la declaración de la renta:\n\n`,
  );
  put(
    b,
    `Nombre completo: `,
    ["PERSON", p.full],
    `\nNIF: `,
    ["ID", dni(c)],
    `\nFecha de nacimiento: `,
    ["DATE", c.dob(p)],
    `\n`,
  );
  put(
    b,
    `Domicilio fiscal: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\nMóvil: `,
    ["PHONE", c.phone(true)],
    `\nCuenta para la devolución: `,
    ["IBAN", c.iban()],
    `\n\n`,
  );
  put(
    b,
    `Mi pareja, `,
    ["PERSON", c.person().first],
    `, también quiere hacerla conjunta, ¿me dices qué necesitas? El año pasado nos salió a devolver 312,40 €.\n\n`,
  );
  put(b, `Un saludo,\n`, ["PERSON", p.first], `\n`);
});

// 12 ES acta de reunión (known)
add("es", (c, b) => {
  const ps = [c.person(), c.person(), c.person()];
  for (const p of ps) b.known.push(p.full);
  put(
    b,
    `ACTA DE REUNIÓN – Comunidad de Propietarios ${
      c.pick(["Calle Mayor 12", "Residencial Los Olivos", "Edificio Miramar"])
    }\nFecha: ${someDate(c, "/")}  Hora: ${time(c)}\n`,
  );
  put(
    b,
    `Asistentes: `,
    ["PERSON", ps[0].full],
    ` (presidente/a), `,
    ["PERSON", ps[1].full],
    ` (secretario/a), `,
    ["PERSON", ps[2].full],
    `.\n`,
  );
  put(
    b,
    `1. Derrama para el ascensor: 450 € por vivienda. Sr${ps[0].sex === "female" ? "a" : ""}. `,
    ["PERSON", c.sur(ps[0])],
    ` pide votación. `,
  );
  put(
    b,
    ["PERSON", c.sur(ps[1])],
    ` informa de que ${c.company()} ha presentado presupuesto nº ${c.nd(4)}/25.\n`,
  );
  put(
    b,
    `2. El vecino del 3º B, `,
    ["PERSON", c.person().full],
    `, solicita instalar toldo; se aprueba por mayoría.\n`,
  );
  put(b, `3. Para incidencias, contactar con `, ["PERSON", ps[2].first], ` en el `, [
    "PHONE",
    c.phone(true),
  ], `.\n`);
});

// 13 IT lettera medico / referto
add("it", (c, b) => {
  const p = c.person(), dr = c.person();
  put(
    b,
    `AMBULATORIO DI ${
      c.pick(["CARDIOLOGIA", "ORTOPEDIA", "DERMATOLOGIA", "MEDICINA GENERALE"])
    }\nDott. `,
    ["PERSON", dr.full],
    `\n\n`,
  );
  put(
    b,
    `Paziente: `,
    ["PERSON", `${p.last.toUpperCase()} ${p.first}`],
    `\nNat${p.sex === "female" ? "a" : "o"} il: `,
    ["DATE", c.dob(p)],
    ` a ${c.pick(["Roma", "Napoli", "Bari", "Torino", "Catania"])}\n`,
  );
  put(
    b,
    `Codice fiscale: `,
    ["ID", codiceFiscale(c, p)],
    `\nResidenza: `,
    ["ADDRESS", c.address()],
    ` - ${c.city()}\nTel. `,
    ["PHONE", c.phone()],
    `\n\n`,
  );
  put(
    b,
    `Si certifica che ${p.sex === "female" ? "la sig.ra" : "il sig."} `,
    ["PERSON", p.last],
    ` è stat${p.sex === "female" ? "a" : "o"} visitat${p.sex === "female" ? "a" : "o"} in data ${
      someDate(c, "/")
    } alle ore ${time(c)}.\n`,
  );
  put(
    b,
    `Esito: ${
      c.pick([
        "ECG nella norma",
        "distorsione di I grado",
        "dermatite da contatto",
        "pressione arteriosa 150/95",
      ])
    }. Prognosi: ${c.num(3, 15)} giorni.\n\nIl medico\n`,
    ["PERSON", dr.last],
    `\n`,
  );
});

// 14 IT iscrizione scuola
add("it", (c, b) => {
  const kid = c.person(), gen = c.person();
  put(
    b,
    `Gentile segreteria,\n\nvi invio i dati per l'iscrizione di mi${
      kid.sex === "female" ? "a figlia" : "o figlio"
    } alla classe prima della scuola primaria "${
      c.pick(["G. Pascoli", "Don Milani", "Carducci"])
    }" per l'a.s. 2025/26.\n\n`,
  );
  put(
    b,
    `Alunno/a: `,
    ["PERSON", kid.full],
    `\nData di nascita: `,
    ["DATE", c.dob(kid)],
    `\nC.F.: `,
    ["ID", codiceFiscale(c, kid)],
    `\n`,
  );
  put(
    b,
    `Genitore: `,
    ["PERSON", gen.full],
    `, C.F. `,
    ["ID", codiceFiscale(c, gen)],
    `\nIndirizzo: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(b, `Cellulare: `, ["PHONE", c.phone(true)], ` - email `, ["EMAIL", c.email(gen)], `\n`);
  put(
    b,
    `Chiediamo il tempo pieno (40 ore) e il servizio mensa. `,
    ["PERSON", kid.first],
    ` è allergic${kid.sex === "female" ? "a" : "o"} alle arachidi.\n\nCordiali saluti,\n`,
    ["PERSON", gen.first],
    ` `,
    ["PERSON", gen.last],
    `\n`,
  );
});

// 15 IT fattura (libero professionista)
add("it", (c, b) => {
  const p = c.person(), cl = c.person();
  put(b, `FATTURA N. ${c.num(1, 80)}/2025 del ${someDate(c, "/")}\n\n`);
  put(
    b,
    `Prestatore: `,
    ["PERSON", p.full],
    ` – ${c.pick(["Grafica e comunicazione", "Traduzioni tecniche", "Consulenza informatica"])}\n`,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(
    b,
    `P.IVA ${c.nd(11)} – C.F. `,
    ["ID", codiceFiscale(c, p)],
    `\n\nSpett.le ${c.company()}\nc.a. `,
    ["PERSON", `${cl.first} ${cl.last}`],
    `\n\n`,
  );
  put(
    b,
    `Descrizione: ${
      c.pick([
        "realizzazione logo e brand identity",
        "traduzione manuale utente (12.500 parole)",
        "manutenzione server – ottobre",
      ])
    }\nImponibile: ${
      money(c, "it")
    } – Regime forfettario, operazione senza IVA ai sensi dell'art. 1 c. 54-89 L. 190/2014.\n`,
  );
  put(b, `Pagamento: bonifico bancario a 30 gg.\nIBAN: `, ["IBAN", c.iban()], `\nIntestato a: `, [
    "PERSON",
    p.full.toUpperCase(),
  ], `\n`);
});

// 16 IT verbale (known)
add("it", (c, b) => {
  const ps = [c.person(), c.person(), c.person()];
  for (const p of ps) b.known.push(p.full);
  put(
    b,
    `Verbale riunione di progetto – ${someDate(c, "/")}\nPresenti: `,
    ["PERSON", ps[0].full],
    `, `,
    ["PERSON", ps[1].full],
    `, `,
    ["PERSON", ps[2].full],
    `\n\n`,
  );
  put(
    b,
    `- `,
    ["PERSON", ps[0].first],
    ` aggiorna sullo stato del rilascio v2.3 (ticket JIRA PRJ-${c.nd(4)}).\n`,
  );
  put(
    b,
    `- La collega `,
    ["PERSON", c.sur(ps[1])],
    ` segnala ritardi del fornitore ${c.company()}; si propone call ${
      c.pick(["giovedì", "venerdì"])
    } alle ${time(c)}.\n`,
  );
  put(
    b,
    `- `,
    ["PERSON", `${ps[2].first[0]}. ${ps[2].last}`],
    ` condivide il nuovo numero di reperibilità: `,
    ["PHONE", c.phone(true)],
    `.\n`,
  );
  put(b, `Prossimo incontro presso la sede di ${c.pick(["Milano", "Bologna", "Torino"])}.\n`);
});

// 17 NL e-mail huur
add("nl", (c, b) => {
  const h = c.person(), v = c.person();
  put(b, `Geachte heer/mevrouw `, ["PERSON", v.last], `,\n\n`);
  put(
    b,
    `Hierbij zeg ik de huur op van mijn woning aan de `,
    ["ADDRESS", c.address()],
    ` te ${c.city().replace(/^\d{4} [A-Z]{2} /, "")}, met ingang van ${someDate(c, "-")}.\n`,
  );
  put(
    b,
    `Mijn nieuwe adres wordt `,
    ["ADDRESS", c.address()],
    `, ${c.city()}. De borg van ${money(c, "nl")} kunt u terugstorten op `,
    ["IBAN", c.iban()],
    ` t.n.v. `,
    ["PERSON", `${h.first[0]}. ${h.last}`],
    `.\n`,
  );
  put(
    b,
    `Voor het inleveren van de sleutels ben ik bereikbaar op `,
    ["PHONE", c.phone(true)],
    `.\n\nMet vriendelijke groet,\n\n`,
    ["PERSON", h.full],
    `\n`,
    ["EMAIL", c.email(h)],
    `\n`,
  );
});

// 18 NL loonheffingsformulier / personeelsgegevens
add("nl", (c, b) => {
  const p = c.person();
  put(b, `Opgaaf gegevens voor de loonheffingen – ${c.company()}\n\n`);
  put(b, `Achternaam en voorletters: `, ["PERSON", `${p.last}, ${p.first[0]}.`], `\nRoepnaam: `, [
    "PERSON",
    p.first,
  ], `\n`);
  put(
    b,
    `Burgerservicenummer (BSN): `,
    ["ID", bsn(c)],
    `\nGeboortedatum: `,
    ["DATE", c.dob(p)],
    `\n`,
  );
  put(b, `Adres: `, ["ADDRESS", c.address()], `\nPostcode en woonplaats: ${c.city()}\nTelefoon: `, [
    "PHONE",
    c.phone(),
  ], `\n`);
  put(
    b,
    `Loonheffingskorting toepassen: ${c.pick(["Ja", "Nee"])}, met ingang van ${
      someDate(c, "-")
    }\nIBAN salaris: `,
    ["IBAN", c.iban()],
    `\nContract: ${c.num(24, 40)} uur per week, schaal ${c.num(6, 10)}\n`,
  );
});

// 19 NL notulen (known)
add("nl", (c, b) => {
  const ps = [c.person(), c.person(), c.person(), c.person()];
  for (const p of ps.slice(0, 3)) b.known.push(p.full);
  put(b, `Notulen MR-vergadering basisschool De Regenboog, ${someDate(c, "-")} ${time(c)}\n`);
  put(
    b,
    `Aanwezig: `,
    ["PERSON", ps[0].full],
    ` (vz), `,
    ["PERSON", ps[1].full],
    `, `,
    ["PERSON", ps[2].full],
    `\nAfwezig met bericht: `,
    ["PERSON", ps[3].first],
    `\n`,
  );
  put(
    b,
    `1. `,
    ["PERSON", ps[0].first],
    ` opent de vergadering. Notulen vorige keer vastgesteld.\n`,
  );
  put(
    b,
    `2. Schoolreis groep 5/6 naar Efteling, ouderbijdrage € 32,50. `,
    ["PERSON", ps[1].last],
    ` mailt ouders vanaf `,
    ["EMAIL", c.email(ps[1])],
    `.\n`,
  );
  put(
    b,
    `3. Actiepunt `,
    ["PERSON", ps[2].first],
    `: offerte speeltoestellen opvragen bij ${c.company()}.\n`,
  );
});

// 20 NL WhatsApp
add("nl", (c, b) => {
  const a = c.person(), z = c.person(), k = c.person();
  b.known.push(a.full, z.full);
  put(
    b,
    `${someDate(c, "-")} ${time(c)} - `,
    ["PERSON", a.first],
    `: Hoi! Weet jij het nummer van de oppas, `,
    ["PERSON", k.first],
    `?\n`,
  );
  put(
    b,
    `${someDate(c, "-")} ${time(c)} - `,
    ["PERSON", z.first],
    `: Ja: `,
    ["PHONE", c.phone(true)],
    `. Ze woont vlakbij, `,
    ["ADDRESS", c.address()],
    `\n`,
  );
  put(
    b,
    `${someDate(c, "-")} ${time(c)} - `,
    ["PERSON", a.first],
    `: Top! En wil je die €15 voor het cadeau voor juf `,
    ["PERSON", c.person().last],
    ` nog even overmaken? `,
    ["IBAN", c.iban(true)],
    ` tnv `,
    ["PERSON", `${a.first[0]}. ${a.last}`],
    `\n`,
  );
});

// 21 PT fatura / contrato
add("pt", (c, b) => {
  const p = c.person(), s = c.person();
  put(
    b,
    `Exmo.(a) Sr.(a) `,
    ["PERSON", p.full],
    `\n`,
    ["ADDRESS", c.address()],
    `\n${c.city()}\n\n`,
  );
  put(
    b,
    `Assunto: Contrato de prestação de serviços n.º ${
      c.nd(7)
    }\n\nNos termos do contrato celebrado em ${someDate(c, "/")}, confirmamos os seus dados:\n`,
  );
  put(b, `NIF: `, ["ID", nifPT(c)], `\nData de nascimento: `, ["DATE", c.dob(p)], `\nTelemóvel: `, [
    "PHONE",
    c.phone(true),
  ], `\n`);
  put(
    b,
    `Débito direto na conta `,
    ["IBAN", c.iban()],
    `, mensalidade ${money(c, "pt")} (IVA incluído à taxa de 23%).\n`,
  );
  put(
    b,
    `Para qualquer esclarecimento contacte o seu gestor, `,
    ["PERSON", s.first],
    ` `,
    ["PERSON", s.last],
    `, através de `,
    ["EMAIL", c.email(s, "edp.pt")],
    `.\n\nCom os melhores cumprimentos,\n${c.company()}\n`,
  );
});

// 22 PT mensagem / escola
add("pt", (c, b) => {
  const e = c.person(), prof = c.person(), m = c.person();
  put(
    b,
    `Boa tarde professora `,
    ["PERSON", prof.first],
    `,\n\nsou a mãe d${e.sex === "female" ? "a" : "o"} `,
    ["PERSON", e.full],
    ` (${c.num(5, 9)}.º B). `,
  );
  put(
    b,
    `Amanhã ${
      e.sex === "female" ? "ela" : "ele"
    } vai faltar porque tem consulta no Centro de Saúde às ${time(c)}.\n`,
  );
  put(
    b,
    `O nº de utente é `,
    ["ID", c.nd(9)],
    ` e ${e.sex === "female" ? "nasceu" : "nasceu"} a `,
    ["DATE", c.dob(e)],
    `, caso precisem para a justificação.\n`,
  );
  put(
    b,
    `Qualquer coisa ligue para `,
    ["PHONE", c.phone(true)],
    `.\nObrigada,\n`,
    ["PERSON", m.first],
    ` `,
    ["PERSON", m.last],
    `\n`,
  );
});

// 23 BR cadastro / WhatsApp
add("br", (c, b) => {
  const p = c.person(), at = c.person();
  put(b, `Oi `, ["PERSON", at.first], `, tudo bem? Segue meu cadastro pra abrir a conta:\n\n`);
  put(b, `Nome: `, ["PERSON", p.full], `\nCPF: `, ["ID", cpf(c)], `\nRG: `, [
    "ID",
    `${c.nd(2)}.${c.nd(3)}.${c.nd(3)}-${c.nd(1)}`,
  ], ` SSP/${c.pick(["SP", "RJ", "MG"])}\n`);
  put(
    b,
    `Data de nascimento: `,
    ["DATE", c.dob(p)],
    `\nEndereço: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(b, `Celular/WhatsApp: `, ["PHONE", c.phone(true)], `\nE-mail: `, ["EMAIL", c.email(p)], `\n`);
  put(b, `Pix é o próprio CPF. Qualquer coisa me chama! Valeu 👍\n`);
});

// 24 BR nota / boleto reclamação
add("br", (c, b) => {
  const p = c.person();
  put(
    b,
    `Prezados, boa noite.\n\nFiz o pedido nº ${c.nd(10)} no dia ${someDate(c, "/")} (${
      c.pick(['Smart TV 50"', "Geladeira Frost Free", "Notebook Ideapad"])
    }, ${money(c, "br")}) e até agora não recebi.\n`,
  );
  put(b, `Paguei no cartão `, ["CARD", c.card()], ` em 10x. Meu CPF é `, ["ID", cpf(c)], `.\n`);
  put(b, `Endereço de entrega: `, ["ADDRESS", c.address()], ` – ${c.city()}. Telefone `, [
    "PHONE",
    c.phone(true),
  ], `.\n`);
  put(b, `Aguardo retorno urgente.\n`, ["PERSON", p.full], `\n`);
});

// 25 PL umowa najmu / formularz
add("pl", (c, b) => {
  const w = c.person(), n = c.person();
  put(
    b,
    `UMOWA NAJMU LOKALU MIESZKALNEGO\nzawarta w dniu ${someDate(c)} r. w ${
      c.pick(["Warszawie", "Krakowie", "Gdańsku", "Poznaniu"])
    } pomiędzy:\n`,
  );
  put(b, ["PERSON", w.full], `, zam. `, ["ADDRESS", c.address()], `, ${c.city()}, PESEL `, [
    "ID",
    pesel(c, w),
  ], `, zwan${w.sex === "female" ? "ą" : "ym"} dalej Wynajmującym,\n`);
  put(
    b,
    `a\n`,
    ["PERSON", n.full],
    `, ur. `,
    ["DATE", c.dob(n)],
    `, legitymując${n.sex === "female" ? "ą" : "ym"} się dowodem osobistym `,
    ["ID", plIdCard(c)],
    `, PESEL `,
    ["ID", pesel(c, n)],
    `,\nzwan${n.sex === "female" ? "ą" : "ym"} dalej Najemcą.\n`,
  );
  put(b, `§ 2. Czynsz najmu wynosi ${money(c, "pl")} miesięcznie, płatny na rachunek nr `, [
    "IBAN",
    c.iban(),
  ], `.\n`);
  put(b, `§ 7. Kontakt z Najemcą: tel. `, ["PHONE", c.phone(true)], `, e-mail: `, [
    "EMAIL",
    c.email(n),
  ], `\n`);
});

// 26 PL e-mail do kadr / zwolnienie
add("pl", (c, b) => {
  const p = c.person(), k = c.person("female");
  put(
    b,
    `Dzień dobry Pani `,
    ["PERSON", plVocFem(k.first)],
    `,\n\nw załączniku przesyłam zwolnienie lekarskie (e-ZLA seria ${
      c.f.string.alpha({ length: 2, casing: "upper" })
    } ${c.nd(7)}) od ${someDate(c)} do ${someDate(c)}.\n`,
  );
  put(
    b,
    `Dane do ZUS: `,
    ["PERSON", p.full],
    `, PESEL: `,
    ["ID", pesel(c, p)],
    `, data urodzenia `,
    ["DATE", c.dob(p)],
    `.\n`,
  );
  put(b, `Proszę o przelew zasiłku na nowe konto: `, ["IBAN", c.iban()], `.\nAktualny adres: `, [
    "ADDRESS",
    c.address(),
  ], `, ${c.city()}.\n\n`);
  put(b, `Pozdrawiam serdecznie\n`, ["PERSON", p.first], ` `, ["PERSON", p.last], `\ntel. `, [
    "PHONE",
    c.phone(true),
  ], `\n`);
});

// 27 SV e-post anställning / Försäkringskassan
add("sv", (c, b) => {
  const p = c.person(), hr = c.person();
  put(
    b,
    `Hej `,
    ["PERSON", hr.first],
    `!\n\nHär kommer mina uppgifter till lönesystemet inför start ${
      someDate(c, "-").split("-").reverse().join("-")
    }:\n\n`,
  );
  put(
    b,
    `Namn: `,
    ["PERSON", p.full],
    `\nPersonnummer: `,
    ["ID", personnummer(c, p)],
    `\nAdress: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(
    b,
    `Mobil: `,
    ["PHONE", c.phone(true)],
    `\nBank: ${c.pick(["Swedbank", "Handelsbanken", "SEB", "Nordea"])}, IBAN `,
    ["IBAN", c.iban()],
    `\n`,
  );
  put(
    b,
    `Närmast anhörig: `,
    ["PERSON", c.person().full],
    `, `,
    ["PHONE", c.phone(true)],
    `\n\nTack och hälsningar,\n`,
    ["PERSON", p.first],
    `\n`,
  );
});

// 28 SV hyreskontrakt / födelsedatum
add("sv", (c, b) => {
  const v = c.person(), h = c.person();
  put(
    b,
    `Hyresavtal för bostadslägenhet (andrahand)\n\nUthyrare: `,
    ["PERSON", v.full],
    `, `,
    ["ADDRESS", c.address()],
    `, tel. `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(b, `Hyresgäst: `, ["PERSON", h.full], `, född `, ["DATE", c.dob(h)], `, e-post `, [
    "EMAIL",
    c.email(h),
  ], `\n`);
  put(
    b,
    `Lägenheten: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, ${c.num(1, 4)} rok, ${c.num(28, 90)} kvm.\nHyra: ${
      money(c, "sv")
    } per månad inkl. värme och el. Betalas till Swish ${
      c.pick(["123 456 78 90", "123 598 12 34"])
    } eller konto `,
    ["IBAN", c.iban()],
    `.\n`,
  );
  put(b, `Avtalstid: ${someDate(c, "-")} – tills vidare, uppsägningstid 3 månader.\n`);
});

// 29 DA lejekontrakt / e-mail
add("da", (c, b) => {
  const p = c.person(), u = c.person();
  put(
    b,
    `Kære `,
    ["PERSON", u.first],
    `\n\nTak for fremvisningen i går. Her er mine oplysninger til lejekontrakten:\n\n`,
  );
  put(b, `Navn: `, ["PERSON", p.full], `\nCPR-nr.: `, ["ID", cpr(c, p)], `\nNuværende adresse: `, [
    "ADDRESS",
    c.address(),
  ], `, ${c.city()}\n`);
  put(b, `Tlf.: `, ["PHONE", c.phone(true)], `\nE-mail: `, ["EMAIL", c.email(p)], `\n`);
  put(
    b,
    `Depositum på ${money(c, "da")} overføres fra min konto `,
    ["IBAN", c.iban()],
    ` senest ${someDate(c)}.\n\nVenlig hilsen\n`,
    ["PERSON", p.first],
    `\n`,
  );
});

// 30 DA skolebesked / forældreintra
add("da", (c, b) => {
  const k = c.person(), t = c.person(), f = c.person();
  put(
    b,
    `Besked til forældre i 4.A\n\nHej alle. `,
    ["PERSON", k.first],
    ` har glemt sin jakke efter idræt i torsdags – den ligger på lærerværelset.\n`,
  );
  put(
    b,
    `Husk forældremøde ${someDate(c)} kl. ${
      time(c).replace(":", ".")
    } i klasselokalet. Kaffe og kage 20 kr.\n`,
  );
  put(
    b,
    `Kørelisten til skovturen: `,
    ["PERSON", f.full],
    ` (`,
    ["PHONE", c.phone(true)],
    `) kører fra `,
    ["ADDRESS", c.address()],
    `.\n`,
  );
  put(b, `Vh `, ["PERSON", t.first], ` `, ["PERSON", t.last], `, klasselærer\n`);
});

// 31 NO legebrev / arbeidskontrakt
add("no", (c, b) => {
  const p = c.person(), l = c.person();
  put(
    b,
    `Henvisning til ${
      c.pick(["ortoped", "hudlege", "øre-nese-hals", "fysioterapeut"])
    }\n\nPasient: `,
    ["PERSON", p.full],
    `\nFødselsnummer: `,
    ["ID", fnr(c, p)],
    `\n`,
  );
  put(
    b,
    `Adresse: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\nTlf: `,
    ["PHONE", c.phone(true)],
    `\n\n`,
  );
  put(
    b,
    `${p.sex === "female" ? "Kvinne" : "Mann"} født `,
    ["DATE", c.dob(p)],
    ` med ${
      c.pick(["smerter i venstre kne etter fall", "langvarig eksem", "nedsatt hørsel høyre side"])
    } siden ${someDate(c)}.\n`,
  );
  put(b, `Fastlege `, ["PERSON", l.full], `, ${c.company()}\nHPR-nr. ${c.nd(7)}\n`);
});

// 32 NO chat
add("no", (c, b) => {
  const a = c.person(), z = c.person(), u = c.person();
  b.known.push(a.full, z.full, u.full);
  put(
    b,
    ["PERSON", a.first],
    `: Hei! Har du kontonummeret til `,
    ["PERSON", u.first],
    ` for hytteturen?\n`,
  );
  put(b, ["PERSON", z.first], `: Ja, IBAN `, ["IBAN", c.iban()], ` eller bare vipps til `, [
    "PHONE",
    c.phone(true),
  ], `\n`);
  put(b, ["PERSON", a.first], `: Takk! 450 kr hver da? Vi møtes hos `, ["PERSON", u.last], ` i `, [
    "ADDRESS",
    c.address(),
  ], ` kl ${time(c)}\n`);
});

// 33 FI vuokrasopimus / viesti
add("fi", (c, b) => {
  const v = c.person(), a = c.person();
  put(
    b,
    `VUOKRASOPIMUS\n\nVuokranantaja: `,
    ["PERSON", v.full],
    `, `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, puh. `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(
    b,
    `Vuokralainen: `,
    ["PERSON", a.full],
    `, henkilötunnus `,
    ["ID", hetu(c, a)],
    `\nSähköposti: `,
    ["EMAIL", c.email(a)],
    `\n`,
  );
  put(
    b,
    `Vuokrattava huoneisto: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}, ${c.num(1, 4)}h+k, ${c.num(25, 85)} m².\n`,
  );
  put(
    b,
    `Vuokra ${money(c, "fi")} kuukaudessa, maksetaan tilille `,
    ["IBAN", c.iban()],
    ` kuun 2. päivään mennessä. Vakuus 2 kk vuokra.\n`,
  );
  put(b, `Sopimus alkaa ${someDate(c)} ja on voimassa toistaiseksi.\n`);
});

// 34 FI Wilma / school message
add("fi", (c, b) => {
  const k = c.person(), o = c.person(), h = c.person();
  put(
    b,
    `Hei `,
    ["PERSON", o.first],
    `,\n\n`,
    ["PERSON", k.first],
    ` oli tänään kipeänä koulussa ja lähti kotiin klo ${time(c).replace(":", ".")}. `,
  );
  put(
    b,
    `Muistathan palauttaa retkilupalapun perjantaihin mennessä. Syntymäaika `,
    ["DATE", c.dob(k)],
    ` ja huoltajan puhelinnumero `,
    ["PHONE", c.phone(true)],
    ` tarvitaan vakuutusta varten.\n\n`,
  );
  put(
    b,
    `Ystävällisin terveisin\n`,
    ["PERSON", h.full],
    `\nluokanopettaja, ${
      c.pick(["Kalevan koulu", "Pohjois-Haagan yhteiskoulu", "Tammelan koulu"])
    }\n`,
  );
});

// 35 CZ faktura / smlouva
add("cs", (c, b) => {
  const p = c.person(), n = c.person();
  put(
    b,
    `NÁJEMNÍ SMLOUVA\n\nPronajímatel: `,
    ["PERSON", p.full],
    `, nar. `,
    ["DATE", c.dob(p)],
    `, bytem `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(
    b,
    `Nájemce: `,
    ["PERSON", n.full],
    `, r. č. `,
    ["ID", rodneCislo(c, n)],
    `, tel.: `,
    ["PHONE", c.phone(true)],
    `, e-mail: `,
    ["EMAIL", c.email(n)],
    `\n`,
  );
  put(
    b,
    `Předmět nájmu: byt 2+kk, `,
    ["ADDRESS", c.address()],
    `, ${c.city()}.\nNájemné ${
      money(c, "cs")
    } měsíčně + zálohy na služby 3 200 Kč, splatné na účet `,
    ["IBAN", c.iban()],
    ` (VS ${c.nd(6)}).\n`,
  );
  put(b, `Kauce: dvojnásobek nájemného. Smlouva se uzavírá na dobu určitou od ${someDate(c)}.\n`);
});

// 36 CZ e-mail / objednávka
add("cs", (c, b) => {
  const p = c.person(), s = c.person();
  put(b, s.sex === "female" ? `Dobrý den, paní ` : `Dobrý den, pane `, [
    "PERSON",
    s.sex === "female" ? s.last : csVoc(s.last),
  ], `,\n\nposílám údaje k pojistné smlouvě č. ${c.nd(10)}:\n`);
  put(
    b,
    `Jméno: `,
    ["PERSON", p.full],
    `\nRodné číslo: `,
    ["ID", rodneCislo(c, p)],
    `\nTrvalé bydliště: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}\n`,
  );
  put(
    b,
    `Číslo účtu: `,
    ["IBAN", c.iban()],
    `\nMobil: `,
    ["PHONE", c.phone(true)],
    `\n\nS pozdravem\n`,
    ["PERSON", p.first],
    ` `,
    ["PERSON", p.last],
    `\n`,
  );
});

// 37 FR compte rendu (known)
add("fr", (c, b) => {
  const ps = [c.person(), c.person(), c.person()];
  for (const p of ps) b.known.push(p.full);
  put(
    b,
    `Compte rendu – Comité de pilotage du ${someDate(c, "/")}\nParticipants : `,
    ["PERSON", ps[0].full],
    `, `,
    ["PERSON", ps[1].full],
    `, `,
    ["PERSON", ps[2].full],
    `\n\n`,
  );
  put(
    b,
    `1) `,
    ["PERSON", ps[0].first],
    ` présente le budget 2026 (enveloppe de 1,2 M€). Validation reportée.\n`,
  );
  put(
    b,
    `2) Mme/M. `,
    ["PERSON", ps[1].last],
    ` relance ${c.company()} au sujet de la facture F-${c.nd(6)}.\n`,
  );
  put(
    b,
    `3) Prochaine réunion à ${c.pick(["Lyon", "Nantes", "Paris La Défense"])} ; `,
    ["PERSON", `${ps[2].first[0]}. ${ps[2].last}`],
    ` envoie l'invitation depuis `,
    ["EMAIL", c.email(ps[2], "groupe-atalante.fr")],
    `.\n`,
  );
});

// 38 DE Bewerbung / Lebenslauf-Kopf
add("de", (c, b) => {
  const p = c.person();
  put(
    b,
    `LEBENSLAUF\n\n`,
    ["PERSON", p.full],
    `\n`,
    ["ADDRESS", c.address()],
    ` · ${c.city()}\n`,
    ["PHONE", c.phone(true)],
    ` · `,
    ["EMAIL", c.email(p)],
    `\n`,
    ["URL", c.profile(p)],
    `\n\n`,
  );
  put(
    b,
    `Geburtsdatum/-ort: `,
    ["DATE", c.dob(p)],
    ` in ${c.pick(["Bremen", "Kassel", "Rostock", "Augsburg"])}\nFamilienstand: ${
      c.pick(["ledig", "verheiratet, 2 Kinder"])
    }\n\n`,
  );
  put(
    b,
    `Berufserfahrung\n${c.pick(["2019–heute", "03/2020–heute"])}  ${
      c.pick(["Sachbearbeiterin Debitorenbuchhaltung", "Softwareentwickler Java", "Projektleitung"])
    }, ${c.company()}\n`,
  );
  put(b, `Referenz: `, ["PERSON", c.person().full], `, Teamleitung, Tel. `, [
    "PHONE",
    c.phone(false),
  ], `\n`);
});

// 39 FR/ES/IT IT-support (IP, card)
add("es", (c, b) => {
  const p = c.person(), ag = c.person();
  put(
    b,
    `Ticket #${c.nd(6)} – Incidencia con el pago\n\nBuenos días, soy `,
    ["PERSON", p.full],
    ` (cliente ${c.nd(8)}). `,
  );
  put(
    b,
    `Al pagar la suscripción Premium (9,99 €/mes) con la tarjeta `,
    ["CARD", c.card()],
    ` me sale "error 402".\n`,
  );
  put(b, `Mi IP es `, ["IP", c.f.internet.ipv4()], ` por si os sirve. Os escribo desde `, [
    "EMAIL",
    c.email(p),
  ], `.\n\n`);
  put(
    b,
    `Respuesta de `,
    ["PERSON", ag.first],
    ` (Soporte): Hola `,
    ["PERSON", p.first],
    `, hemos reintentado el cobro a las ${time(c)}. ¿Puedes confirmarlo?\n`,
  );
});

// 40 DE IT-Ticket mit IP
add("de", (c, b) => {
  const p = c.person();
  put(
    b,
    `Hallo Support,\n\nseit dem Update auf Firmware ${c.num(6, 8)}.${c.num(0, 9)}.${
      c.num(0, 20)
    } komme ich nicht mehr ins Kundenportal. Fehlermeldung: "Zugriff verweigert (403)".\n`,
  );
  put(b, `Meine öffentliche IP laut Router: `, [
    "IP",
    c.chance(0.7) ? c.f.internet.ipv4() : c.f.internet.ipv6(),
  ], `, Kundennummer ${c.nd(9)}, Vertrag DSL 100.\n`);
  put(
    b,
    `Anschlussadresse: `,
    ["ADDRESS", c.address()],
    `, ${c.city()}. Erreichbar bin ich ab 17 Uhr unter `,
    ["PHONE", c.phone()],
    `.\n\nVG\n`,
    ["PERSON", p.first],
    ` `,
    ["PERSON", p.last],
    `\n`,
  );
});

// 41 IT chat WhatsApp
add("it", (c, b) => {
  const a = c.person(), z = c.person(), x = c.person();
  put(
    b,
    `[${someDate(c, "/")}, ${time(c)}] `,
    ["PERSON", a.first],
    `: Ciao! mi mandi il contatto di `,
    ["PERSON", x.first],
    ` l'idraulico?\n`,
  );
  put(
    b,
    `[${someDate(c, "/")}, ${time(c)}] `,
    ["PERSON", z.first],
    `: certo, `,
    ["PERSON", `${x.first} ${x.last}`],
    ` `,
    ["PHONE", c.phone(true)],
    `. dice che passa in `,
    ["ADDRESS", c.address()],
    ` domani verso le 9\n`,
  );
  put(
    b,
    `[${someDate(c, "/")}, ${time(c)}] `,
    ["PERSON", a.first],
    `: grazie mille!! ti giro i 50€ della cena su `,
    ["IBAN", c.iban()],
    ` ok?\n`,
  );
});

// 42 PL ogłoszenie / chat
add("pl", (c, b) => {
  const a = c.person(), z = c.person();
  put(
    b,
    ["PERSON", a.first],
    `: Cześć, podasz mi numer do ${z.sex === "female" ? "pani" : "pana"} `,
    ["PERSON", z.sex === "female" ? z.last : plGen(z.last)],
    ` od remontu łazienki?\n`,
  );
  put(b, ["PERSON", c.person().first], `: jasne: `, ["PHONE", c.phone(true)], `, mieszka na `, [
    "ADDRESS",
    c.address(),
  ], `. Powołaj się na mnie 😉\n`);
  put(b, ["PERSON", a.first], `: dzięki! a za bilety na koncert przelej mi 189 zł na `, [
    "IBAN",
    c.iban(),
  ], ` (BLIK też może być)\n`);
});

// ---------------------------------------------------------------- export
export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 300;
  for (let i = 0; i < N; i++) {
    const [lang, t] = TPL[i % TPL.length];
    const c = new Ctx(lang, 9100 + i * 7);
    const b = new DocBuilder();
    t(c, b);
    out.push(b.done());
  }
  return out;
}
