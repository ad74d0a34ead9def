/**
 * Held-out-4: written by a separate engineer alongside the fifth round of
 * detector work, without reading the detector, and never tuned on (only the
 * aggregate bench lines are read). Faker locales no other corpus uses (az,
 * en_HK, en_NP, fr_SN, ro_MD, uz_UZ_latin, ku_kmr_latin, en_AU_ocker) plus
 * hand-written names from many cultures (particles, compound and hyphenated
 * surnames, family-name-first order, names that are everyday words, a few in
 * their own scripts); hand-written national formats of phones, street
 * addresses, dates of birth and checksummed national ids for ten countries;
 * layouts a small company or household sends to a cloud model (e-mail threads
 * with quoted replies, minutes, ASR call and voice-note transcripts, tickets,
 * chat exports, HR notes, reminders, letters, claims, shipping notes,
 * invoices, calendar invites, CSV/JSON/YAML/markdown exports, logs and code)
 * and documents in German, French, Spanish, Italian, Dutch, Portuguese,
 * Polish and Swedish. Frozen: change the detector, not this file.
 */
import {
  az,
  en_AU_ocker,
  en_HK,
  en_NP,
  fr_SN,
  ku_kmr_latin,
  ro_MD,
  uz_UZ_latin,
} from "@faker-js/faker";
import { corpus, type Doc, type DocBuilder, type Draw, type Template } from "./_corpus.ts";

/** Faker locales of held-out-4 (none is used by the dev or earlier held-out corpora). */
export const HELDOUT4_LOCALES = [
  az,
  en_HK,
  en_NP,
  fr_SN,
  ro_MD,
  uz_UZ_latin,
  ku_kmr_latin,
  en_AU_ocker,
];

type Sex = "f" | "m";
type Country = "US" | "GB" | "DE" | "FR" | "ES" | "IT" | "NL" | "PT" | "PL" | "SE";
type Lang = "en" | "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv";

interface Person {
  first: string;
  last: string;
  full: string;
  sex: Sex;
}

// ---------------------------------------------------------------- names

interface Culture {
  f: readonly string[];
  m: readonly string[];
  l: readonly string[];
  /** Cultures that often write the family name first. */
  familyFirst?: boolean;
}

const CULTURES: readonly Culture[] = [
  {
    f: ["Xiuying", "Mei", "Yan", "Jing", "Huimin", "Xiaoling", "Yuting"],
    m: ["Wei", "Jun", "Hao", "Zhiwei", "Jianguo", "Yong", "Bo"],
    l: ["Wang", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Xu", "Zhou", "Lin", "Guo"],
    familyFirst: true,
  },
  {
    f: ["Ji-woo", "Seo-yeon", "Min-ji", "Hye-jin", "Eun-ji"],
    m: ["Min-jun", "Seung-ho", "Ji-hoon", "Dong-hyun", "Jae-won"],
    l: ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"],
    familyFirst: true,
  },
  {
    f: ["Yui", "Haruka", "Aoi", "Sakura", "Misaki", "Emi"],
    m: ["Haruto", "Takeshi", "Kenji", "Daiki", "Sota", "Ren"],
    l: ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"],
  },
  {
    f: ["Linh", "Thu", "Huong", "Mai", "Trang"],
    m: ["Minh", "Duc", "Quang", "Tuan", "Bao"],
    l: ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Dang", "Bui"],
    familyFirst: true,
  },
  {
    f: ["Priya", "Ananya", "Lakshmi", "Deepika", "Kavya", "Meenakshi", "Harpreet"],
    m: ["Arjun", "Rahul", "Vikram", "Sanjay", "Karthik", "Gurpreet", "Venkatesh"],
    l: [
      "Sharma",
      "Patel",
      "Iyer",
      "Reddy",
      "Nair",
      "Chatterjee",
      "Singh",
      "Krishnamurthy",
      "Banerjee",
      "Subramanian",
    ],
  },
  {
    f: ["Ayesha", "Fatima", "Nusrat", "Sadia", "Mehwish"],
    m: ["Imran", "Bilal", "Tanvir", "Faisal", "Zubair"],
    l: ["Khan", "Qureshi", "Chowdhury", "Rahman", "Malik", "Hossain", "Siddiqui"],
  },
  {
    f: ["Layla", "Noor", "Yasmin", "Mariam", "Huda", "Rania", "Salma"],
    m: ["Omar", "Khalid", "Youssef", "Tariq", "Hamza", "Karim", "Mahmoud"],
    l: [
      "Al-Farsi",
      "Haddad",
      "El-Amin",
      "Nasser",
      "Mansour",
      "Bouzid",
      "Abdullah",
      "Al Rashid",
      "Benali",
      "Saleh",
    ],
  },
  {
    f: ["Shirin", "Parisa", "Nasrin", "Roya", "Golnaz"],
    m: ["Dariush", "Reza", "Behnam", "Kourosh", "Arash"],
    l: ["Hosseini", "Tehrani", "Rahimi", "Moradi", "Karimi", "Jafari"],
  },
  {
    f: ["Elif", "Zeynep", "Ayşe", "Büşra"],
    m: ["Emre", "Mehmet", "Burak", "Oğuz"],
    l: ["Yılmaz", "Demir", "Şahin", "Öztürk", "Aydın", "Kaya"],
  },
  {
    f: ["Noa", "Tamar", "Yael", "Shira", "Michal"],
    m: ["Eitan", "Yosef", "Avi", "Noam", "Ariel"],
    l: ["Cohen", "Levi", "Mizrahi", "Friedman", "Ben-David", "Peretz", "Shapiro"],
  },
  {
    f: ["Eleni", "Katerina", "Sofia", "Despina", "Georgia"],
    m: ["Giorgos", "Dimitris", "Nikos", "Konstantinos", "Yannis"],
    l: ["Papadopoulos", "Georgiou", "Nikolaidis", "Karagiannis", "Vlachos", "Oikonomou"],
  },
  {
    f: ["Olga", "Natalia", "Oksana", "Yulia", "Svetlana", "Iryna"],
    m: ["Dmitri", "Sergei", "Oleksandr", "Mykola", "Andriy", "Vladimir"],
    l: ["Petrenko", "Shevchenko", "Bondarenko", "Melnyk", "Tkachenko", "Kovalenko"],
  },
  {
    f: ["Nino", "Tamari", "Ani", "Lusine", "Mariami"],
    m: ["Giorgi", "Levan", "Davit", "Aram", "Tigran"],
    l: ["Beridze", "Kapanadze", "Gelashvili", "Hakobyan", "Sargsyan", "Grigoryan"],
  },
  {
    f: ["Adaeze", "Folake", "Chiamaka", "Abena", "Ama", "Ngozi", "Yetunde"],
    m: ["Chinedu", "Oluwaseun", "Kwame", "Kofi", "Emeka", "Babajide", "Tunde"],
    l: ["Okafor", "Adeyemi", "Mensah", "Boateng", "Nwosu", "Okonkwo", "Adebayo", "Asante"],
  },
  {
    f: ["Wanjiru", "Amani", "Hodan", "Selam", "Makena", "Fardowsa"],
    m: ["Baraka", "Abebe", "Mohamed", "Juma", "Dawit", "Otieno"],
    l: ["Kamau", "Odhiambo", "Tesfaye", "Warsame", "Mwangi", "Haile", "Omondi"],
  },
  {
    f: ["Maricel", "Rowena", "Siti", "Dewi", "Ploy", "Nurul"],
    m: ["Jericho", "Rodel", "Budi", "Agus", "Somchai", "Hafiz"],
    l: ["Dela Cruz", "Santos", "Reyes", "Wijaya", "Suryadi", "Srisuk", "Rahmat", "Bautista"],
  },
  {
    f: ["Aroha", "Mere", "Losa", "Moana"],
    m: ["Tane", "Wiremu", "Sione", "Manaia"],
    l: ["Ngata", "Tuhiwai", "Fifita", "Tupou", "Parata"],
  },
  {
    f: ["Siobhán", "Aoife", "Niamh", "Caoimhe", "Eilidh", "Seren"],
    m: ["Seán", "Ciarán", "Pádraig", "Ruairí", "Hamish", "Dafydd"],
    l: [
      "O'Sullivan",
      "Ní Bhriain",
      "McAllister",
      "MacLeod",
      "Ó Súilleabháin",
      "Fitzgerald",
      "ap Rhys",
      "Llewellyn",
    ],
  },
  {
    f: ["María José", "Itziar", "Montserrat", "Ainhoa", "Rocío"],
    m: ["José Luis", "Iñaki", "Jordi", "Xabier", "Joan"],
    l: [
      "García Márquez",
      "Etxeberria",
      "Puig i Ferrer",
      "Fernández-Villa",
      "de la Fuente",
      "Goikoetxea",
    ],
  },
  {
    f: ["Femke", "Anouk", "Griet", "Lotte", "Anneliese"],
    m: ["Joost", "Sjoerd", "Pieter", "Wolfgang", "Ruud"],
    l: ["van der Berg", "de Vries", "van Dijk", "von Hohenberg", "ter Horst", "Vermeulen"],
  },
  {
    f: ["Małgorzata", "Zsófia", "Jitka", "Ilinca", "Agnieszka"],
    m: ["Grzegorz", "Szabolcs", "Přemysl", "Bogdan", "Wojciech"],
    l: ["Brzęczyszczykiewicz", "Szczepańska", "Nagy", "Dvořák", "Popescu", "Wróblewski"],
  },
  {
    f: ["Sigríður", "Guðrún", "Áile", "Aino", "Ingrid"],
    m: ["Þórður", "Sigurður", "Niillas", "Eero", "Bjørn"],
    l: ["Jónsdóttir", "Sigurðsson", "Gaup", "Virtanen", "Østergaard", "Nieminen"],
  },
  {
    f: ["Arta", "Jelena", "Marija", "Doris"],
    m: ["Arben", "Dragan", "Emir", "Ġużeppi"],
    l: ["Hoxha", "Begović", "Petrović", "Borg", "Camilleri", "Krasniqi"],
  },
];

// Given names and surnames that are also everyday words, in several languages.
const WORD_NAMES: Culture = {
  f: [
    "Penny",
    "Ruby",
    "Ivy",
    "Holly",
    "Iris",
    "Daisy",
    "Amber",
    "Mercy",
    "Precious",
    "Blessing",
    "April",
    "June",
    "Sunny",
    "Paz",
    "Luz",
    "Sol",
    "Rocío",
    "Dolores",
  ],
  m: [
    "Will",
    "Mark",
    "Bill",
    "Frank",
    "Pat",
    "Rusty",
    "Chase",
    "Chance",
    "Cash",
    "Dean",
    "Earl",
    "Duke",
    "Major",
    "Sterling",
    "Grant",
    "Miles",
    "August",
    "Wolf",
  ],
  l: [
    "Baker",
    "Cook",
    "Young",
    "Brown",
    "Green",
    "Price",
    "Rich",
    "Wood",
    "Stone",
    "Field",
    "Marsh",
    "Lane",
    "Bishop",
    "Church",
    "Fox",
    "Swan",
    "Bell",
    "Long",
    "Sharp",
    "Moody",
    "Frost",
    "Snow",
    "Winter",
    "Gold",
    "Page",
    "Cross",
    "Good",
    "Best",
    "Sweet",
    "Koch",
    "Fuchs",
    "Bakker",
    "Visser",
  ],
};

// A few names in their own scripts: [given, family, written full name].
const NATIVE: readonly [string, string, string, Sex][] = [
  ["Олена", "Коваль", "Олена Коваль", "f"],
  ["Дмитрий", "Соколов", "Дмитрий Соколов", "m"],
  ["Ελένη", "Παπαδάκη", "Ελένη Παπαδάκη", "f"],
  ["Γιώργος", "Αλεξίου", "Γιώργος Αλεξίου", "m"],
  ["秀英", "王", "王秀英", "f"],
  ["健太", "山田", "山田健太", "m"],
  ["지은", "박", "박지은", "f"],
  ["Тигран", "Петросян", "Тигран Петросян", "m"],
];

function person(d: Draw): Person {
  const r = d.f.number.int({ min: 0, max: 99 });
  const sex: Sex = d.f.datatype.boolean() ? "f" : "m";
  if (r < 40) {
    const s = sex === "f" ? "female" : "male";
    const first = d.f.person.firstName(s);
    const last = d.f.person.lastName(s);
    return { first, last, full: `${first} ${last}`, sex };
  }
  if (r < 98) {
    const c = r < 88 ? d.pick(CULTURES) : WORD_NAMES;
    const first = d.pick(sex === "f" ? c.f : c.m);
    const last = d.pick(c.l);
    const full = c.familyFirst && d.f.datatype.boolean({ probability: 0.3 })
      ? `${last} ${first}`
      : `${first} ${last}`;
    return { first, last, full, sex };
  }
  const [first, last, full, s] = d.pick(NATIVE);
  return { first, last, full, sex: s };
}

/** Distinct people for one document (distinct surnames so the text reads naturally). */
function people(d: Draw, n: number): Person[] {
  const out: Person[] = [];
  for (let tries = 0; out.length < n && tries < 50; tries++) {
    const p = person(d);
    if (!out.some((o) => o.last === p.last || o.first === p.first)) out.push(p);
  }
  while (out.length < n) out.push(person(d));
  return out;
}

const TITLES: Record<Lang, Record<Sex, readonly string[]>> = {
  en: { f: ["Ms.", "Mrs.", "Dr.", "Ms", "Prof."], m: ["Mr.", "Dr.", "Mr", "Prof."] },
  de: { f: ["Frau", "Frau Dr."], m: ["Herr", "Herr Dr."] },
  fr: { f: ["Mme", "Madame", "Mme."], m: ["M.", "Monsieur"] },
  es: { f: ["Sra.", "Dña.", "la Sra."], m: ["Sr.", "D.", "el Sr."] },
  it: { f: ["Sig.ra", "Dott.ssa", "Avv."], m: ["Sig.", "Dott.", "Ing."] },
  nl: { f: ["mevrouw", "mevr.", "Mw."], m: ["meneer", "dhr.", "Dhr."] },
  pt: { f: ["Sra.", "Dra.", "D."], m: ["Sr.", "Dr.", "Eng."] },
  pl: { f: ["Pani", "dr"], m: ["Pan", "dr"] },
  sv: { f: ["fru"], m: ["herr"] },
};
const title = (d: Draw, lang: Lang, p: Person) => d.pick(TITLES[lang][p.sex]);

// ---------------------------------------------------------------- helpers

const num = (d: Draw, length: number) => d.f.string.numeric({ length, allowLeadingZeros: true });
const int = (d: Draw, min: number, max: number) => d.f.number.int({ min, max });
const maybe = (d: Draw, p = 0.5) => d.f.datatype.boolean({ probability: p });
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const upper = (d: Draw, n: number) => d.f.string.alpha({ length: n, casing: "upper" });

function ascii(s: string): string {
  return s
    .replace(/ß/g, "ss").replace(/[øØ]/g, "o").replace(/[łŁ]/g, "l").replace(/[æÆ]/g, "ae")
    .replace(/[þÞ]/g, "th").replace(/[ðÐđĐ]/g, "d").replace(/ı/g, "i").replace(/[əƏ]/g, "e")
    .normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
const slug = (s: string, sep = "") => ascii(s).replace(/[^a-z0-9]+/g, sep).replace(/^-|-$/g, "");

const MAIL_HOSTS: Record<Country, readonly string[]> = {
  US: ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "comcast.net"],
  GB: ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
  DE: ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de"],
  FR: ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
  ES: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
  IT: ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
  NL: ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
  PT: ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
  PL: ["wp.pl", "onet.pl", "o2.pl", "gmail.com", "interia.pl"],
  SE: ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "proton.me"],
};

function email(d: Draw, p: Person, cc: Country, company?: string): string {
  let f = slug(p.first), l = slug(p.last);
  if (!f) f = d.f.internet.username().toLowerCase().replace(/[^a-z0-9._]/g, "");
  if (!l) l = num(d, 3);
  const host = company ?? d.pick(MAIL_HOSTS[cc]);
  const local = d.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(d, 1, 99)}`,
    `${f}${int(d, 70, 99)}`,
    `${l}.${f}`,
    `${f}`,
    `${f[0]}.${l}`,
    `${f}-${l}`,
  ]);
  return `${local}@${host}`;
}

function companyDomain(d: Draw): string {
  return `${d.f.internet.domainWord()}.${d.pick(["com", "co.uk", "de", "fr", "io", "nl", "eu"])}`;
}

function personalUrl(d: Draw, p: Person): string {
  const s = slug(p.full, "-") || d.f.internet.username().toLowerCase();
  const t = slug(p.full) || s;
  return d.pick([
    `https://www.linkedin.com/in/${s}-${d.f.string.alphanumeric(6).toLowerCase()}`,
    `https://www.xing.com/profile/${s.replace(/-/g, "_")}`,
    `https://github.com/${t}${int(d, 1, 99)}`,
    `https://calendly.com/${s}/30min`,
    `https://zoom.us/my/${t}`,
    `https://www.instagram.com/${t}_${int(d, 1, 999)}/`,
    `https://www.facebook.com/${s.replace(/-/g, ".")}`,
    `https://${t}.${d.pick(["dev", "me", "net", "de", "fr"])}/cv`,
    `https://drive.example-cloud.com/u/${t}/docs/${d.f.string.alphanumeric(10)}`,
  ]);
}

function ip(d: Draw): string {
  const r = int(d, 0, 9);
  if (r < 6) return d.f.internet.ipv4();
  if (r < 8) return d.f.internet.ipv6();
  // Compressed IPv6 as people and logs usually write it.
  const h = () => d.f.string.hexadecimal({ length: int(d, 1, 4), casing: "lower", prefix: "" });
  return `${d.pick(["2a02", "2001", "2a01", "2600"])}:${h()}:${h()}::${h()}`;
}

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let v = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

function card(d: Draw): string {
  const kind = int(d, 0, 3);
  if (kind === 3) {
    const body = `${d.pick(["34", "37"])}${num(d, 12)}`;
    const n = body + luhnDigit(body);
    const sep = d.pick([" ", "-", ""]);
    return `${n.slice(0, 4)}${sep}${n.slice(4, 10)}${sep}${n.slice(10)}`;
  }
  const prefix = kind === 0 ? "4" : kind === 1 ? `5${int(d, 1, 5)}` : `${int(d, 2221, 2720)}`;
  const body = prefix + num(d, 15 - prefix.length);
  const n = body + luhnDigit(body);
  const sep = d.pick([" ", " ", "-", ""]);
  return n.match(/.{4}/g)!.join(sep);
}

function iban(d: Draw, cc: Country): string {
  const code = cc === "US" ? d.pick(["DE", "GB", "NL"]) : cc;
  return d.f.finance.iban({ countryCode: code, formatted: maybe(d, 0.7) });
}

// ---------------------------------------------------------------- phones

function phone(d: Draw, cc: Country, intl = maybe(d, 0.4)): string {
  switch (cc) {
    case "US": {
      const a = `${int(d, 2, 9)}${num(d, 2)}`, e = `${int(d, 2, 9)}${num(d, 2)}`, l = num(d, 4);
      return intl
        ? d.pick([`+1 ${a} ${e} ${l}`, `+1 (${a}) ${e}-${l}`, `+1-${a}-${e}-${l}`])
        : d.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `1-${a}-${e}-${l}`]);
    }
    case "GB": {
      if (maybe(d)) {
        const m = `7${int(d, 1, 9)}${num(d, 2)}`, r = num(d, 6);
        return intl
          ? `+44 ${m} ${r}`
          : d.pick([`0${m} ${r}`, `0${m}${r}`, `0${m} ${r.slice(0, 3)} ${r.slice(3)}`]);
      }
      const [area, rest] = d.pick([
        ["20", `${int(d, 3, 8)}${num(d, 3)} ${num(d, 4)}`],
        [
          "161",
          `${num(d, 3)} ${num(d, 4)}`,
        ],
        ["131", `${num(d, 3)} ${num(d, 4)}`],
        ["1632", num(d, 6)],
      ]);
      return intl ? `+44 ${area} ${rest}` : `0${area} ${rest}`;
    }
    case "DE": {
      if (maybe(d)) {
        const p = `1${
          d.pick(["51", "52", "57", "60", "62", "70", "71", "72", "73", "76", "77", "79"])
        }`;
        const r = num(d, d.pick([7, 8]));
        return intl
          ? d.pick([`+49 ${p} ${r}`, `+49 (0)${p} ${r}`])
          : d.pick([`0${p} ${r}`, `0${p}/${r}`, `0${p}-${r}`]);
      }
      const [a, len] = d.pick(
        [["30", 8], ["89", 7], ["40", 7], ["221", 7], ["69", 8], ["711", 6]] as const,
      );
      const r = num(d, len);
      return intl
        ? `+49 ${a} ${r}`
        : d.pick([`0${a} ${r}`, `0${a}/${r}`, `(0${a}) ${r}`, `0${a} - ${r}`]);
    }
    case "FR": {
      const first = d.pick(["1", "2", "3", "4", "5", "6", "7", "9"]);
      const pairs = [num(d, 2), num(d, 2), num(d, 2), num(d, 2)];
      return intl
        ? d.pick([
          `+33 ${first} ${pairs.join(" ")}`,
          `+33 (0)${first} ${pairs.join(" ")}`,
          `+33${first}${pairs.join("")}`,
        ])
        : d.pick([
          `0${first} ${pairs.join(" ")}`,
          `0${first}.${pairs.join(".")}`,
          `0${first}${pairs.join("")}`,
        ]);
    }
    case "ES": {
      const n = `${d.pick(["6", "7", "9"])}${num(d, 8)}`;
      return intl
        ? d.pick([
          `+34 ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
          `+34 ${n}`,
        ])
        : d.pick([
          `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
          n,
          `${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5, 7)} ${n.slice(7)}`,
        ]);
    }
    case "IT": {
      if (maybe(d, 0.6)) {
        const m = `3${int(d, 2, 9)}${num(d, 1)}`, r = num(d, 7);
        return intl
          ? d.pick([`+39 ${m} ${r.slice(0, 3)} ${r.slice(3)}`, `+39 ${m}${r}`])
          : d.pick([`${m} ${r}`, `${m}/${r}`, `${m} ${r.slice(0, 3)} ${r.slice(3)}`]);
      }
      const a = d.pick(["02", "06", "011", "055", "081", "051"]);
      const r = num(d, 10 - a.length);
      return intl ? `+39 ${a} ${r}` : d.pick([`${a} ${r}`, `${a}/${r}`, `${a}-${r}`]);
    }
    case "NL": {
      if (maybe(d, 0.6)) {
        const r = num(d, 8);
        return intl
          ? d.pick([`+31 6 ${r}`, `+31 (0)6 ${r.slice(0, 4)} ${r.slice(4)}`, `+316${r}`])
          : d.pick([`06-${r}`, `06 ${r.match(/.{2}/g)!.join(" ")}`, `06 ${r}`]);
      }
      const a = d.pick(["20", "10", "70", "30", "40"]), r = num(d, 7);
      return intl
        ? `+31 ${a} ${r.slice(0, 3)} ${r.slice(3)}`
        : d.pick([`0${a}-${r}`, `0${a} ${r.slice(0, 3)} ${r.slice(3)}`]);
    }
    case "PT": {
      const n = maybe(d, 0.6)
        ? `9${d.pick(["1", "2", "3", "6"])}${num(d, 7)}`
        : `2${d.pick(["1", "2", "3", "5"])}${num(d, 7)}`;
      const spaced = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      return intl
        ? d.pick([`+351 ${spaced}`, `+351 ${n}`, `(+351) ${spaced}`])
        : d.pick([spaced, n]);
    }
    case "PL": {
      const n = `${d.pick(["5", "6", "7", "8"])}${num(d, 8)}`;
      const spaced = `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`;
      if (maybe(d, 0.2)) return `${intl ? "+48 " : ""}22 ${num(d, 3)} ${num(d, 2)} ${num(d, 2)}`;
      return intl
        ? d.pick([
          `+48 ${spaced}`,
          `+48${n}`,
          `(+48) ${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
        ])
        : d.pick([spaced, `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`]);
    }
    case "SE": {
      if (maybe(d, 0.7)) {
        const m = `7${d.pick(["0", "2", "3", "6"])}`, a = num(d, 3), b = num(d, 2), c = num(d, 2);
        return intl
          ? d.pick([`+46 ${m} ${a} ${b} ${c}`, `+46 (0)${m}-${a} ${b} ${c}`])
          : d.pick([`0${m}-${a} ${b} ${c}`, `0${m}${a}${b}${c}`, `0${m} ${a} ${b} ${c}`]);
      }
      const a = num(d, 3), b = num(d, 3), c = num(d, 2);
      return intl ? `+46 8 ${a} ${b} ${c}` : `08-${a} ${b} ${c}`;
    }
  }
}

// ---------------------------------------------------------------- addresses

const STREETS: Record<Country, readonly string[]> = {
  US: [
    "Maple",
    "Willow Creek",
    "Cedar Ridge",
    "Lincoln",
    "Sycamore",
    "Pine Hollow",
    "Juniper",
    "Magnolia",
    "Chestnut",
    "Lakeview",
  ],
  GB: [
    "Victoria",
    "Station",
    "Church",
    "Mill",
    "Elmwood",
    "Kingsley",
    "Beechcroft",
    "Albert",
    "Rowan",
    "Hawthorn",
  ],
  DE: [
    "Linden",
    "Goethe",
    "Bahnhof",
    "Schiller",
    "Kastanien",
    "Mühlen",
    "Rosen",
    "Eichendorff",
    "Birken",
    "Hauptstraße",
  ],
  FR: [
    "des Lilas",
    "Jean Jaurès",
    "Victor Hugo",
    "de la République",
    "des Tanneurs",
    "Pasteur",
    "du Moulin",
    "Gambetta",
    "des Écoles",
  ],
  ES: [
    "Mayor",
    "de Alcalá",
    "del Carmen",
    "de la Paz",
    "Real",
    "San Vicente",
    "de Goya",
    "del Sol",
    "Nueva",
  ],
  IT: [
    "Garibaldi",
    "Roma",
    "Dante Alighieri",
    "Giuseppe Verdi",
    "dei Mille",
    "XX Settembre",
    "Mazzini",
    "Cavour",
    "San Francesco",
  ],
  NL: [
    "Kerk",
    "Molen",
    "Linden",
    "Beuken",
    "Prins Hendrik",
    "Wilhelmina",
    "Dorps",
    "Schoolmeester",
    "Meidoorn",
  ],
  PT: [
    "das Flores",
    "da Liberdade",
    "de Santa Catarina",
    "do Carmo",
    "Almirante Reis",
    "da Boavista",
    "de São Bento",
    "dos Clérigos",
  ],
  PL: [
    "Długa",
    "Kwiatowa",
    "Mickiewicza",
    "Słowackiego",
    "Polna",
    "Lipowa",
    "Marszałkowska",
    "Ogrodowa",
    "Kościuszki",
  ],
  SE: ["Stor", "Drottning", "Kyrk", "Skol", "Björk", "Ek", "Sjö", "Lind", "Ring"],
};

function street(d: Draw, cc: Country): string {
  const s = d.pick(STREETS[cc]);
  switch (cc) {
    case "US": {
      const base = `${int(d, 1, 9899)} ${
        maybe(d, 0.2) ? `${d.pick(["N", "S", "E", "W"])} ` : ""
      }${s} ${d.pick(["St", "Street", "Ave", "Avenue", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way"])}`;
      return base +
        d.pick([
          "",
          "",
          "",
          `, Apt ${int(d, 1, 40)}${d.pick(["", "B", "C"])}`,
          ` Unit ${int(d, 100, 999)}`,
          ` #${int(d, 2, 30)}`,
        ]);
    }
    case "GB": {
      const base = `${int(d, 1, 240)}${d.pick(["", "", "", "a"])} ${s} ${
        d.pick([
          "Road",
          "Street",
          "Lane",
          "Close",
          "Avenue",
          "Crescent",
          "Gardens",
          "Way",
          "Terrace",
        ])
      }`;
      return d.pick([
        "",
        "",
        `Flat ${int(d, 1, 12)}, `,
        `Flat ${int(d, 1, 9)}${d.pick(["A", "B"])}, `,
      ]) + base;
    }
    case "DE": {
      if (s === "Hauptstraße") return `Hauptstraße ${int(d, 1, 200)}`;
      const kind = int(d, 0, 4);
      if (kind === 0) return `Am ${s}hof ${int(d, 1, 60)}${d.pick(["", "a", "b"])}`;
      return `${s}${d.pick(["straße", "str.", "weg", "allee", "ring", "platz"])} ${int(d, 1, 180)}${
        d.pick(["", "", "a", "b", " c"])
      }`;
    }
    case "FR":
      return `${int(d, 1, 220)}${d.pick(["", "", "", " bis", " ter"])} ${
        d.pick(["rue", "rue", "avenue", "boulevard", "impasse", "allée", "place", "chemin"])
      } ${s}`;
    case "ES":
      return `${d.pick(["Calle", "C/", "Avenida", "Avda.", "Paseo", "Plaza"])} ${s}, ${
        int(d, 1, 160)
      }${d.pick(["", "", `, ${int(d, 1, 9)}º ${d.pick(["A", "B", "C", "D", "izda.", "dcha."])}`])}`;
    case "IT":
      return `${d.pick(["Via", "Via", "Viale", "Piazza", "Corso", "Vicolo"])} ${s}${
        d.pick([" ", ", "])
      }${int(d, 1, 150)}${d.pick(["", "", "/A", "/B", " int. 4"])}`;
    case "NL":
      return `${s}${d.pick(["straat", "weg", "laan", "gracht", "plein", "kade", "singel"])} ${
        int(d, 1, 320)
      }${d.pick(["", "", "A", "B", "-2", " bis", "-hs"])}`;
    case "PT":
      return `${d.pick(["Rua", "Rua", "Avenida", "Av.", "Travessa", "Largo"])} ${s}, ${
        d.pick(["", "n.º "])
      }${int(d, 1, 300)}${d.pick(["", "", ", 2.º Esq.", ", 3.º Dto.", ", R/C"])}`;
    case "PL":
      return `${d.pick(["ul. ", "ul. ", "al. ", ""])}${s} ${int(d, 1, 120)}${
        d.pick(["", `/${int(d, 1, 80)}`, ` m. ${int(d, 1, 60)}`, "A"])
      }`;
    case "SE":
      return `${s}${d.pick(["gatan", "vägen", "gränd", "stigen", "backen"])} ${int(d, 1, 90)}${
        d.pick(["", "", "A", "B", ` lgh ${int(d, 1001, 1504)}`])
      }`;
  }
}

const CITIES: Record<Country, readonly string[]> = {
  US: ["Springfield, IL", "Austin, TX", "Portland, OR", "Madison, WI", "Raleigh, NC", "Boise, ID"],
  GB: ["Leeds", "Bristol", "Norwich", "Cardiff", "York", "Brighton"],
  DE: ["Berlin", "Leipzig", "Köln", "Freiburg im Breisgau", "Münster", "Kassel"],
  FR: ["Lyon", "Nantes", "Toulouse", "Lille", "Montpellier", "Rennes"],
  ES: ["Madrid", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"],
  IT: ["Milano (MI)", "Torino (TO)", "Bologna (BO)", "Firenze (FI)", "Napoli (NA)", "Verona (VR)"],
  NL: ["Utrecht", "Groningen", "Haarlem", "Eindhoven", "Leiden", "Zwolle"],
  PT: ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Aveiro"],
  PL: ["Warszawa", "Kraków", "Gdańsk", "Wrocław", "Poznań", "Łódź"],
  SE: ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Lund"],
};

/** The line after the street in a postal block: postcode and city, never an entity on its own. */
function cityLine(d: Draw, cc: Country): string {
  const c = d.pick(CITIES[cc]);
  switch (cc) {
    case "US":
      return `${c} ${num(d, 5)}`;
    case "GB":
      return `${c} ${upper(d, 2)}${int(d, 1, 20)} ${int(d, 1, 9)}${
        d.f.string.alpha({ length: 2, casing: "upper", exclude: ["C", "I", "K", "M", "O", "V"] })
      }`;
    case "NL":
      return `${int(d, 1000, 9999)} ${upper(d, 2)} ${c}`;
    case "PT":
      return `${int(d, 1000, 9999)}-${num(d, 3)} ${c}`;
    case "PL":
      return `${num(d, 2)}-${num(d, 3)} ${c}`;
    case "SE":
      return `${int(d, 100, 999)} ${num(d, 2)} ${c}`;
    default:
      return `${int(d, 10000, 99999)} ${c}`;
  }
}

// ---------------------------------------------------------------- dates of birth and ids

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
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
};

const ord = (n: number) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th")}`;

interface Birth {
  y: number;
  m: number;
  day: number;
}

function birth(d: Draw): Birth {
  // Fixed bounds (not faker's age mode, which is relative to today) keep the corpus reproducible.
  const dt = d.f.date.between({ from: "1938-01-01T00:00:00Z", to: "2007-12-31T00:00:00Z" });
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

function dob(d: Draw, b: Birth, lang: Lang, cc: Country): string {
  const { y, m, day } = b;
  const mon = MONTHS[lang][m - 1];
  switch (lang) {
    case "en":
      return cc === "US"
        ? d.pick([
          `${m}/${day}/${y}`,
          `${pad(m)}/${pad(day)}/${y}`,
          `${mon} ${day}, ${y}`,
          `${y}-${pad(m)}-${pad(day)}`,
        ])
        : d.pick([`${pad(day)}/${pad(m)}/${y}`, `${day} ${mon} ${y}`, `${ord(day)} ${mon} ${y}`]);
    case "de":
      return d.pick([`${pad(day)}.${pad(m)}.${y}`, `${day}. ${mon} ${y}`, `${day}.${m}.${y}`]);
    case "fr":
      return d.pick([`${pad(day)}/${pad(m)}/${y}`, `${day === 1 ? "1er" : day} ${mon} ${y}`]);
    case "es":
      return d.pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${day} de ${mon} de ${y}`,
        `${day}-${pad(m)}-${y}`,
      ]);
    case "it":
      return d.pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${day} ${mon} ${y}`,
        `${pad(day)}.${pad(m)}.${y}`,
      ]);
    case "nl":
      return d.pick([`${pad(day)}-${pad(m)}-${y}`, `${day} ${mon} ${y}`]);
    case "pt":
      return d.pick([
        `${pad(day)}/${pad(m)}/${y}`,
        `${day} de ${mon} de ${y}`,
        `${pad(day)}-${pad(m)}-${y}`,
      ]);
    case "pl":
      return d.pick([
        `${pad(day)}.${pad(m)}.${y}`,
        `${day} ${mon} ${y}`,
        `${day}.${m}.${y}`,
      ]);
    case "sv":
      return d.pick([`${y}-${pad(m)}-${pad(day)}`, `${day} ${mon} ${y}`]);
  }
}

function ssn(d: Draw): string {
  let area = int(d, 1, 899);
  if (area === 666) area = 665;
  const s = `${pad(area, 3)}-${pad(int(d, 1, 99))}-${pad(int(d, 1, 9999), 4)}`;
  return maybe(d, 0.85) ? s : s.replace(/-/g, " ");
}

function nino(d: Draw): string {
  const BAD = ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"];
  let pre = "";
  do {
    pre = d.pick([..."ABCEGHJKLMNOPRSTWXYZ"]) + d.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
  } while (BAD.includes(pre));
  const n = num(d, 6), suf = d.pick(["A", "B", "C", "D"]);
  return maybe(d)
    ? `${pre} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suf}`
    : `${pre}${n}${suf}`;
}

function personnummer(d: Draw, b: Birth): string {
  const body = `${pad(b.y % 100)}${pad(b.m)}${pad(b.day)}${num(d, 3)}`;
  const full = `${body}${luhnDigit(body)}`;
  // Swedes write the century when the form asks for twelve digits.
  return d.pick([
    `${full.slice(0, 6)}-${full.slice(6)}`,
    `${b.y}${pad(b.m)}${pad(b.day)}-${full.slice(6)}`,
  ]);
}

function bsn(d: Draw): string {
  for (;;) {
    const body = `${int(d, 1, 9)}${num(d, 7)}`;
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(body[i]) * (9 - i);
    const c = s % 11;
    if (c < 10) return `${body}${c}`;
  }
}

function dni(d: Draw): string {
  const n = Number(num(d, 8));
  const letter = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
  return `${pad(n, 8)}${maybe(d, 0.8) ? "" : "-"}${letter}`;
}

function pesel(d: Draw, b: Birth, sex: Sex): string {
  const mm = b.m + (b.y >= 2000 ? 20 : 0);
  const serial = `${num(d, 3)}${
    sex === "f" ? d.pick(["0", "2", "4", "6", "8"]) : d.pick(["1", "3", "5", "7", "9"])
  }`;
  const body = `${pad(b.y % 100)}${pad(mm)}${pad(b.day)}${serial}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(body[i]) * w[i];
  return `${body}${(10 - (s % 10)) % 10}`;
}

function nir(d: Draw, b: Birth, sex: Sex): string {
  const dept = pad(d.pick([int(d, 1, 19), int(d, 21, 95)]));
  const parts = [sex === "m" ? "1" : "2", pad(b.y % 100), pad(b.m), dept, num(d, 3), num(d, 3)];
  const key = 97 - Number(BigInt(parts.join("")) % 97n);
  return maybe(d) ? [...parts, pad(key)].join(" ") : parts.join("") + pad(key);
}

function nif(d: Draw): string {
  const body = `${d.pick(["1", "2", "3"])}${num(d, 7)}`;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(body[i]) * (9 - i);
  const r = 11 - (s % 11);
  return `${body}${r >= 10 ? 0 : r}`;
}

function codiceFiscale(d: Draw, p: Person, b: Birth): string {
  const letters = (s: string) => ascii(s).toUpperCase().replace(/[^A-Z]/g, "");
  const cons = (s: string) => s.replace(/[AEIOU]/g, "");
  const vow = (s: string) => s.replace(/[^AEIOU]/g, "");
  const sur = letters(p.last), giv = letters(p.first);
  const part1 = (cons(sur) + vow(sur) + "XXX").slice(0, 3);
  const gc = cons(giv);
  const part2 = gc.length >= 4 ? gc[0] + gc[2] + gc[3] : (gc + vow(giv) + "XXX").slice(0, 3);
  const body = `${part1}${part2}${pad(b.y % 100)}${"ABCDEHLMPRST"[b.m - 1]}${
    pad(b.day + (p.sex === "f" ? 40 : 0))
  }${d.pick(["H501", "F205", "F839", "L219", "G273", "D612", "A944", "L736"])}`;
  const ODD = [
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
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = body[i];
    const v = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? ODD[v] : v;
  }
  return body + String.fromCharCode(65 + (s % 26));
}

/** A national id with a well-defined format for `cc`, or null where we plant none (DE). */
function nationalId(
  d: Draw,
  cc: Country,
  p: Person,
  b: Birth,
): { label: string; value: string } | null {
  switch (cc) {
    case "US":
      return { label: d.pick(["SSN", "Social Security No.", "SSN#"]), value: ssn(d) };
    case "GB":
      return { label: d.pick(["NI number", "National Insurance No.", "NINO"]), value: nino(d) };
    case "SE":
      return { label: "personnummer", value: personnummer(d, b) };
    case "NL":
      return { label: "BSN", value: bsn(d) };
    case "ES":
      return { label: d.pick(["DNI", "NIF"]), value: dni(d) };
    case "PL":
      return { label: "PESEL", value: pesel(d, b, p.sex) };
    case "FR":
      return {
        label: d.pick(["n° de sécurité sociale", "NIR", "numéro de sécu"]),
        value: nir(d, b, p.sex),
      };
    case "PT":
      return { label: d.pick(["NIF", "contribuinte n.º"]), value: nif(d) };
    case "IT":
      return { label: d.pick(["codice fiscale", "C.F."]), value: codiceFiscale(d, p, b) };
    case "DE":
      return null;
  }
}

const COUNTRY_NAME: Record<Country, string> = {
  US: "USA",
  GB: "United Kingdom",
  DE: "Deutschland",
  FR: "France",
  ES: "España",
  IT: "Italia",
  NL: "Nederland",
  PT: "Portugal",
  PL: "Polska",
  SE: "Sverige",
};
const COUNTRIES: readonly Country[] = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE"];
const LANG_OF: Record<Country, Lang> = {
  US: "en",
  GB: "en",
  DE: "de",
  FR: "fr",
  ES: "es",
  IT: "it",
  NL: "nl",
  PT: "pt",
  PL: "pl",
  SE: "sv",
};
const enCountry = (d: Draw): Country => d.pick(["US", "GB", "US", "GB", ...COUNTRIES]);

/** Appends a postal block: name line (PERSON), street line (ADDRESS), city line (plain). */
function postal(d: Draw, b: DocBuilder, p: Person, cc: Country, lang: Lang, withTitle = maybe(d)) {
  if (withTitle && lang !== "sv") b.text(`${title(d, lang, p)} `);
  b.ent("PERSON", p.full).text("\n").ent("ADDRESS", street(d, cc)).text(`\n${cityLine(d, cc)}`);
  if (cc === "US" || maybe(d, 0.3)) {
    b.text(`\n${COUNTRY_NAME[cc]}`);
  }
  b.text("\n");
}

function when(d: Draw): Date {
  return d.f.date.between({ from: "2024-01-01T00:00:00Z", to: "2026-12-31T00:00:00Z" });
}
/** Clock times that move forward through a chat. */
function ticker(d: Draw): () => { hh: string; mm: string; ss: string } {
  let m = int(d, 7 * 60, 20 * 60);
  return () => {
    m += int(d, 0, 9);
    return { hh: pad(Math.floor(m / 60) % 24), mm: pad(m % 60), ss: pad(int(d, 0, 59)) };
  };
}
const hhmm = (d: Draw) => `${pad(int(d, 7, 19))}:${d.pick(["00", "15", "30", "45"])}`;

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const longDate = (t: Date) =>
  `${WEEKDAYS[t.getUTCDay()]}, ${t.getUTCDate()} ${
    SHORT_MONTHS[t.getUTCMonth()]
  } ${t.getUTCFullYear()}`;

// ---------------------------------------------------------------- templates

/** E-mail thread with a signature block and a quoted reply. */
const emailThread: Template = (d, b) => {
  const [a, c, x] = people(d, 3);
  const cc = enCountry(d), lang = LANG_OF[cc];
  const corp = companyDomain(d);
  const aMail = email(d, a, cc, maybe(d, 0.6) ? corp : undefined), cMail = email(d, c, cc);
  const t = when(d);
  const subject = d.pick([
    "Re: quote for the kitchen refit",
    "RE: Onboarding paperwork",
    "Re: Saturday delivery",
    "Fwd: Re: contract renewal",
    "Re: invoice query",
  ]);
  b.text("From: ").ent("PERSON", a.full).text(" <").ent("EMAIL", aMail).text(">\n");
  b.text(`Sent: ${longDate(t)} ${hhmm(d)}\nTo: `).ent("PERSON", c.full).text(" <").ent(
    "EMAIL",
    cMail,
  ).text(">\n");
  if (maybe(d, 0.4)) b.text("Cc: ").ent("EMAIL", email(d, x, cc, corp)).text("\n");
  b.text(`Subject: ${subject}\n\n`);
  b.text(d.pick(["Hi ", "Hello ", "Dear ", "Hey ", ""])).ent("PERSON", c.first).text(
    d.pick([",\n\n", ",\n", " -\n\n"]),
  );
  switch (int(d, 0, 3)) {
    case 0:
      b.text("Thanks for getting back to me so quickly. I spoke to ").ent("PERSON", x.first).text(
        " this morning and ",
      )
        .ent("PERSON", x.first).text("'s team can do the ").text(
          d.pick(["14th", "Friday", "week after next"]),
        )
        .text(". Could you confirm the site address is still ").ent("ADDRESS", street(d, cc)).text(
          "?\n",
        );
      break;
    case 1:
      b.text("Please find the signed form attached. For the record my date of birth is ").ent(
        "DATE",
        dob(d, birth(d), lang, cc),
      )
        .text(" (the clerk had it wrong) and the best number to reach me is ").ent(
          "PHONE",
          phone(d, cc),
        ).text(".\n");
      break;
    case 2:
      b.text("Quick one - can you send the refund to my other account? IBAN ").ent(
        "IBAN",
        iban(d, cc),
      )
        .text(", account holder ").ent("PERSON", a.full).text(". The card ending ").text(num(d, 4))
        .text(" has been cancelled.\n");
      break;
    default:
      b.text(`${title(d, "en", x)} `).ent("PERSON", x.last).text(
        " from accounts asked me to forward this. If anything is unclear call ",
      )
        .ent("PERSON", x.first).text(" directly on ").ent("PHONE", phone(d, cc, true)).text(
          " rather than the switchboard.\n",
        );
  }
  b.text(
    `\n${d.pick(["Best", "Kind regards", "Cheers", "Thanks", "Many thanks", "All the best"])},\n`,
  ).ent("PERSON", a.first).text("\n\n");
  b.text(d.pick(["--\n", "-- \n", "____\n", ""])).ent("PERSON", a.full).text(
    `\n${d.f.person.jobTitle()} | ${d.f.company.name()}\n`,
  );
  b.text(d.pick(["M: ", "Mobile: ", "Tel ", "☎ ", "Direct line: "])).ent("PHONE", phone(d, cc))
    .text("\n");
  if (maybe(d, 0.5)) b.ent("URL", personalUrl(d, a)).text("\n");
  const q = when(d);
  b.text(`\nOn ${longDate(q)} at ${hhmm(d)}, `).ent("PERSON", c.full).text(" <").ent("EMAIL", cMail)
    .text("> wrote:\n");
  b.text("> Hi ").ent("PERSON", a.first).text(",\n> ");
  if (maybe(d)) {
    b.text("the parcel went back to the depot. Can you confirm the delivery address?\n> I have ")
      .ent("ADDRESS", street(d, cc)).text(` on file but the driver\n> said nobody answered.\n`);
  } else {
    b.text("my mobile changed, it's now ").ent("PHONE", phone(d, cc)).text(".\n> Also ").ent(
      "PERSON",
      x.first,
    )
      .text(" is off until Monday.\n");
  }
  b.text("> Thanks,\n> ").ent("PERSON", c.first).text("\n");
};

/** Meeting minutes with an attendee list (passed as known names) and action items. */
const minutes: Template = (d, b) => {
  const ps = people(d, 4);
  const cc = enCountry(d);
  b.known.push(...ps.slice(0, 3).map((p) => p.full));
  const t = when(d);
  b.text(
    `# ${
      d.pick([
        "Weekly ops sync",
        "Board meeting",
        "Project kickoff",
        "Parents' association meeting",
        "Residents' committee",
      ])
    } - ${t.toISOString().slice(0, 10)}\n\n`,
  );
  b.text(d.pick(["Attendees: ", "Present: ", "**Attendees:** "]));
  ps.slice(0, 3).forEach((p, i) => {
    if (i) b.text(", ");
    b.ent("PERSON", p.full);
  });
  b.text(d.pick(["\nApologies: ", "\nAbsent: "])).ent("PERSON", ps[3].full).text("\n\n## Notes\n");
  b.text("- ").ent("PERSON", ps[0].first).text(d.pick([" opened the meeting and ", " chaired; "]))
    .text("reviewed last month's numbers.\n");
  b.text("- ").ent("PERSON", ps[1].first).text("'s proposal on the supplier contract was ")
    .text(d.pick(["accepted", "deferred", "sent back for costing"])).text(".\n");
  b.text(`- ${title(d, "en", ps[3])} `).ent("PERSON", ps[3].last).text(" will be contacted on ")
    .ent("PHONE", phone(d, cc))
    .text(" about the lease.\n");
  if (maybe(d)) {
    b.text("- New correspondence address for the treasurer: ").ent("ADDRESS", street(d, cc)).text(
      `, ${cityLine(d, cc)}.\n`,
    );
  }
  b.text("\n## Actions\n| owner | action | due |\n| --- | --- | --- |\n");
  b.text("| ").ent("PERSON", ps[2].first).text(" | send the draft to ").ent(
    "EMAIL",
    email(d, ps[3], cc),
  ).text(` | ${pad(int(d, 1, 28))}/${pad(int(d, 1, 12))} |\n`);
  b.text("| ").ent("PERSON", ps[0].full).text(" | book the hall | next week |\n");
  b.text("\nMinutes taken by ").ent("PERSON", ps[1].first).text(".\n");
};

/** Call-centre transcript as ASR writes it: lower case, little punctuation, speaker labels. */
const callTranscript: Template = (d, b) => {
  const [agent, caller] = people(d, 2);
  const cc = d.pick(["US", "GB"] as const);
  const lo = (s: string) => s.toLowerCase();
  const A = d.pick(["agent", "AGENT", "Agent", "spk_0", "Speaker 1"]);
  const C = d.pick(["caller", "CUSTOMER", "Customer", "spk_1", "Speaker 2"]);
  const showTs = maybe(d, 0.5);
  let sec = int(d, 0, 5);
  const ts = () => {
    sec += int(d, 3, 25);
    return showTs ? `[00:${pad(Math.floor(sec / 60))}:${pad(sec % 60)}] ` : "";
  };
  b.text(`${ts()}${A}: thank you for calling ${lo(d.f.company.name())} my name is `).ent(
    "PERSON",
    lo(agent.first),
  )
    .text(" how can i help\n");
  b.text(`${ts()}${C}: hi yeah its `).ent("PERSON", lo(caller.full)).text(
    d.pick([
      " i'm calling about my bill\n",
      " um about the boiler repair\n",
      " i need to change my address\n",
    ]),
  );
  b.text(`${ts()}${A}: no problem can i take your date of birth please\n`);
  const bd = birth(d);
  b.text(`${ts()}${C}: yeah its `).ent(
    "DATE",
    d.pick([
      `${lo(MONTHS.en[bd.m - 1])} ${ord(bd.day)} ${bd.y}`,
      `${bd.day} ${lo(MONTHS.en[bd.m - 1])} ${bd.y}`,
      `${pad(bd.day)} ${pad(bd.m)} ${bd.y}`,
    ]),
  ).text("\n");
  b.text(`${ts()}${A}: thanks and the first line of the address\n`);
  b.text(`${ts()}${C}: `).ent("ADDRESS", lo(street(d, cc)).replace(/,/g, "")).text(
    d.pick([" \n", " yeah\n", " that's the one\n"]),
  );
  b.text(`${ts()}${A}: lovely and a contact number\n`);
  const ph = phone(d, cc, false);
  b.text(`${ts()}${C}: `).ent(
    "PHONE",
    maybe(d, 0.4) ? ph.replace(/[^0-9]/g, "").split("").join(" ") : ph,
  ).text("\n");
  if (maybe(d)) {
    b.text(`${ts()}${A}: and is it still `).ent("EMAIL", email(d, caller, cc)).text(" for email\n");
  } else {
    const e = email(d, caller, cc);
    b.text(`${ts()}${C}: email's `).ent("EMAIL", e.replace("@", " at ").replace(/\./g, " dot "))
      .text("\n");
  }
  b.text(`${ts()}${A}: perfect `).ent("PERSON", lo(caller.first)).text(
    " ive updated that for you ",
  );
  if (maybe(d, 0.4)) {
    b.text("my colleague ").ent("PERSON", lo(person(d).first)).text(
      " will call you back tomorrow\n",
    );
  } else {
    b.text(d.pick(["is there anything else\n", "you'll get a text shortly\n"]));
  }
  b.text(`${ts()}${C}: no that's all thanks bye\n`);
};

/** A voice note transcribed to text. */
const voiceNote: Template = (d, b) => {
  const [me, other] = people(d, 2);
  const cc = d.pick(COUNTRIES.slice(0, 2));
  const lo = (s: string) => s.toLowerCase();
  b.text(d.pick(["Voice note (transcribed): ", "🎤 Transcript: ", "[voicemail] ", ""]));
  b.text(d.pick(["hey ", "hi ", "hiya ", "morning "])).ent("PERSON", lo(other.first)).text(" it's ")
    .ent("PERSON", lo(me.first))
    .text(" ");
  switch (int(d, 0, 3)) {
    case 3:
      b.text(
        "i'm at the pharmacy and my card's not working can you read me yours its in the drawer ",
      )
        .text("oh wait you texted it ").ent("CARD", card(d)).text(" ok got it thanks\n");
      break;
    case 0:
      b.text("just landed can you pick me up at the flat instead its ").ent(
        "ADDRESS",
        lo(street(d, cc)),
      )
        .text(" ring me on ").ent("PHONE", phone(d, cc, false)).text(" when you're outside\n");
      break;
    case 1:
      b.text("the doctor's office called they need your date of birth again i told them ").ent(
        "DATE",
        dob(d, birth(d), "en", cc),
      )
        .text(" but call them back anyway and ask for ").ent("PERSON", lo(person(d).full)).text(
          "\n",
        );
      break;
    default:
      b.text("can you send the deposit to my brother ").ent("PERSON", lo(person(d).first))
        .text(" his iban is ").ent("IBAN", iban(d, d.pick(COUNTRIES.slice(2)))).text(
          " thanks love you bye\n",
        );
  }
};

/** Support ticket with structured header fields and a log excerpt. */
const ticket: Template = (d, b) => {
  const [req, agent] = people(d, 2);
  const cc = enCountry(d);
  b.text(
    `Ticket #${int(d, 10000, 99999)} - ${
      d.pick([
        "Cannot log in",
        "Refund not received",
        "Router keeps dropping",
        "Wrong item delivered",
      ])
    }\n`,
  );
  b.text(
    `Status: ${d.pick(["Open", "Pending", "Escalated"])}   Priority: ${
      d.pick(["P2", "P3", "High"])
    }\n`,
  );
  b.text("Requester: ").ent("PERSON", req.full).text(" <").ent("EMAIL", email(d, req, cc)).text(
    ">\n",
  );
  if (maybe(d, 0.6)) b.text("Phone: ").ent("PHONE", phone(d, cc)).text("\n");
  b.text("Assignee: ").ent("PERSON", agent.first).text("\n\n---\n");
  b.text(d.pick(["Customer wrote:\n", "Description:\n", ""]));
  b.text("I've tried resetting the password three times. My account is registered to ").ent(
    "ADDRESS",
    street(d, cc),
  )
    .text(" and the last login that worked was from ").ent("IP", ip(d)).text(".\n\n");
  b.text("Internal note (").ent("PERSON", agent.first).text(
    "): checked logs, failed attempts from ",
  ).ent("IP", ip(d))
    .text(` at ${hhmm(d)}. `);
  if (maybe(d)) {
    b.text("Customer verified with last four of card; full PAN was pasted in chat by mistake: ")
      .ent("CARD", card(d))
      .text(" - please purge.\n");
  } else {
    b.text("Profile page: ").ent("URL", personalUrl(d, req)).text("\n");
  }
};

/** WhatsApp-style chat export. */
const whatsapp: Template = (d, b) => {
  const [a, c, x] = people(d, 3);
  const cc = d.pick(COUNTRIES);
  const t = when(d);
  const tick = ticker(d);
  const iosStyle = maybe(d);
  const stamp = () => {
    const date = `${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${
      String(t.getUTCFullYear()).slice(2)
    }`;
    const { hh, mm, ss } = tick();
    return iosStyle ? `[${date}, ${hh}:${mm}:${ss}] ` : `${date}, ${hh}:${mm} - `;
  };
  const line = (p: Person, useFull: boolean) => {
    b.text(stamp()).ent("PERSON", useFull ? p.full : p.first).text(": ");
  };
  const full = maybe(d, 0.6);
  line(a, full);
  b.text(d.pick(["hey did you get the keys from ", "has anyone heard from ", "can someone ask "]))
    .ent("PERSON", x.first)
    .text("?\n");
  line(c, full);
  b.text("yes, ").ent("PERSON", x.first).text("'s new number is ").ent("PHONE", phone(d, cc)).text(
    "\n",
  );
  line(a, full);
  b.text("great. party is at ").ent("ADDRESS", street(d, cc)).text(
    d.pick([" from 7 🎉\n", ", bring a bottle\n", " - buzzer 3\n"]),
  );
  line(c, full);
  b.text(d.pick(["<Media omitted>\n", "👍\n", "ok!\n"]));
  if (maybe(d)) {
    line(a, full);
    b.text("send me your email for the photos\n");
    line(c, full);
    b.ent("EMAIL", email(d, c, cc)).text("\n");
  } else {
    line(c, full);
    b.text("@").ent("PERSON", a.first).text(" here's the shared album ").ent(
      "URL",
      personalUrl(d, c),
    ).text("\n");
  }
};

/** Slack-style export with display names and @mentions. */
const slack: Template = (d, b) => {
  const [a, c, x] = people(d, 3);
  const cc = enCountry(d);
  const tick = ticker(d);
  const head = (p: Person) => {
    const { hh, mm } = tick();
    const h = Number(hh);
    b.ent("PERSON", p.full).text(`  ${h % 12 || 12}:${mm} ${h < 12 ? "AM" : "PM"}\n`);
  };
  b.text(`#${d.pick(["ops", "sales-eu", "hiring", "office", "support-escalations"])}\n\n`);
  head(a);
  b.text("@").ent("PERSON", c.first).text(" can you DM me ").ent("PERSON", x.first).text(
    "'s contact? client wants a call back\n\n",
  );
  head(c);
  b.text("sure - ").ent("PERSON", x.full).text(", ").ent("PHONE", phone(d, cc, true)).text(", ")
    .ent("EMAIL", email(d, x, cc))
    .text("\n");
  b.text(
    d.pick([
      `(${x.sex === "f" ? "she's" : "he's"} in the CET office)\n\n`,
      "(remote this week)\n\n",
      "\n",
    ]),
  );
  head(a);
  b.text(d.pick(["thx! also the VPN is blocking ", "ty. who owns ", "also seeing logins from "]))
    .ent("IP", ip(d))
    .text(" - is that yours @").ent("PERSON", c.first).text("?\n");
};

/** HR / recruiting notes. */
const hrNotes: Template = (d, b) => {
  const [cand, rec, ref] = people(d, 3);
  const cc = d.pick(["US", "GB", "GB", "NL", "SE", "ES", "PT", "PL", "IT", "FR"] as const);
  const bd = birth(d);
  b.text(d.pick(["CANDIDATE NOTES\n", "Interview debrief\n", "New starter checklist\n"]));
  b.text("Name: ").ent("PERSON", cand.full).text("\n");
  b.text(d.pick(["DOB: ", "Date of birth: ", "Born: "])).ent("DATE", dob(d, bd, "en", cc)).text(
    "\n",
  );
  const id = nationalId(d, cc, cand, bd);
  if (id) b.text(`${id.label}: `).ent("ID", id.value).text("\n");
  b.text("Home: ").ent("ADDRESS", street(d, cc)).text(`, ${cityLine(d, cc)}\n`);
  b.text("Mobile: ").ent("PHONE", phone(d, cc)).text("\n");
  b.text("Profile: ").ent("URL", personalUrl(d, cand)).text("\n\n");
  b.text("Interviewed by ").ent("PERSON", rec.full).text(". ").ent("PERSON", cand.first)
    .text(
      d.pick([
        " came across well, strong on stakeholder management. ",
        " was nervous at first but the case study was the best we saw. ",
      ]),
    );
  b.text(`Reference from ${title(d, "en", ref)} `).ent("PERSON", ref.last).text(
    " (previous manager) still outstanding.\n",
  );
  b.text("Payroll: salary to ").ent("IBAN", iban(d, cc)).text(
    d.pick([" from month one.\n", ", start date pending.\n"]),
  );
};

/** Medical appointment reminder (clinic details are a business, not personal data). */
const medical: Template = (d, b) => {
  const [pat, doc, parent] = people(d, 3);
  const cc = d.pick(["US", "GB"] as const);
  const t = when(d);
  b.text(
    d.pick([
      "APPOINTMENT REMINDER\n\n",
      "Reminder from Riverside Family Practice\n\n",
      "Your upcoming visit\n\n",
    ]),
  );
  b.text(d.pick(["Dear ", "Hello ", ""])).ent("PERSON", maybe(d) ? pat.full : pat.first).text(
    ",\n\n",
  );
  b.text(`This is a reminder of your appointment with ${d.pick(["Dr.", "Dr", "Doctor"])} `)
    .ent("PERSON", doc.last).text(` on ${longDate(t)} at ${hhmm(d)}.\n`);
  b.text("Patient: ").ent("PERSON", pat.full).text("   DOB: ").ent(
    "DATE",
    dob(d, birth(d), "en", cc),
  ).text("\n");
  if (maybe(d, 0.4)) {
    b.text("Parent/guardian: ").ent("PERSON", parent.full).text(" (").ent("PHONE", phone(d, cc))
      .text(")\n");
  }
  b.text("Address on file: ").ent("ADDRESS", street(d, cc)).text("\n\n");
  b.text(d.pick([
    "To cancel, reply STOP or call the surgery at least 24 hours ahead.\n",
    "Please bring your insurance card and a list of current medication.\n",
  ]));
  if (cc === "US" && maybe(d)) b.text("Member SSN on claim: ").ent("ID", ssn(d)).text("\n");
};

/** School letter to parents. */
const schoolLetter: Template = (d, b) => {
  const [child, mum, dad, teacher] = people(d, 4);
  const cc = d.pick(["GB", "US", "GB"] as const);
  b.text(d.pick(["St Anne's Primary School\n", "Oakfield Academy\n", "Lincoln Elementary\n"]));
  b.text(`${longDate(when(d))}\n\n`);
  if (maybe(d)) {
    b.text(`Dear ${title(d, "en", mum)} `).ent("PERSON", mum.last).text(" and ").text(
      `${title(d, "en", dad)} `,
    )
      .ent("PERSON", dad.last).text(",\n\n");
  } else {
    b.text("Dear ").ent("PERSON", mum.first).text(",\n\n");
  }
  b.text("I am writing about ").ent("PERSON", child.first).text(
    d.pick(["'s attendance this term. ", "'s trip consent form. "]),
  );
  b.text("Our records show ").ent("PERSON", child.full).text(" (born ").ent(
    "DATE",
    dob(d, birth(d), "en", cc),
  )
    .text(") has missed several Monday mornings.\n\n");
  b.text("Please contact ").text(`${title(d, "en", teacher)} `).ent("PERSON", teacher.last)
    .text(
      " on the school office line, or let us know a number where we can reach you - we currently have ",
    )
    .ent("PHONE", phone(d, cc)).text(" for ").ent("PERSON", dad.first).text(".\n\n");
  b.text("Yours sincerely,\n\n").ent("PERSON", teacher.full).text("\nClass teacher, Year ").text(
    String(int(d, 1, 6)),
  ).text("\n");
};

/** Landlord / tenant letter with postal blocks. */
const tenancy: Template = (d, b) => {
  const [landlord, tenant, co] = people(d, 3);
  const cc = d.pick(["GB", "US", "GB"] as const);
  postal(d, b, landlord, cc, "en", false);
  b.text(`\n${longDate(when(d))}\n\n`);
  postal(d, b, tenant, cc, "en");
  b.text("\nRe: ").ent("ADDRESS", street(d, cc)).text("\n\n");
  b.text(`Dear ${title(d, "en", tenant)} `).ent("PERSON", tenant.last).text(",\n\n");
  b.text(d.pick([
    "Following the inspection, the deposit deductions are listed below. ",
    "This letter is formal notice of a rent increase from the first of next month. ",
  ]));
  b.text("Rent should be paid to ").ent("IBAN", iban(d, d.pick(["GB", "DE", "NL", "FR"] as const)))
    .text(", reference ")
    .ent("PERSON", tenant.last.toUpperCase()).text(".\n");
  if (maybe(d)) {
    b.text("Your co-tenant ").ent("PERSON", co.full).text(" has also been copied at ").ent(
      "EMAIL",
      email(d, co, cc),
    ).text(".\n");
  }
  b.text("\nYours sincerely\n").ent("PERSON", landlord.full).text("\n").ent("PHONE", phone(d, cc))
    .text("\n");
};

/** Insurance or legal claim. */
const claim: Template = (d, b) => {
  const [claimant, witness, other] = people(d, 3);
  const cc = d.pick(COUNTRIES.slice(0, 3).concat(["NL", "IT"]));
  const bd = birth(d);
  b.text(
    d.pick(["MOTOR CLAIM FORM\n", "Home insurance claim - water damage\n", "Witness statement\n"]),
  );
  b.text(`Policy no.: ${upper(d, 3)}-${num(d, 7)}\n`);
  b.text("Policyholder: ").ent("PERSON", claimant.full).text("\nDate of birth: ").ent(
    "DATE",
    dob(d, bd, "en", cc),
  ).text("\n");
  const id = nationalId(d, cc, claimant, bd);
  if (id) b.text(`${id.label}: `).ent("ID", id.value).text("\n");
  b.text("Address: ").ent("ADDRESS", street(d, cc)).text(`, ${cityLine(d, cc)}\n`);
  b.text("Contact: ").ent("PHONE", phone(d, cc)).text(" / ").ent("EMAIL", email(d, claimant, cc))
    .text("\n\n");
  b.text("Circumstances: on the evening in question ").ent("PERSON", claimant.first).text(" was ")
    .text(
      d.pick([
        "reversing out of the drive when ",
        "away when a pipe burst upstairs; the neighbour ",
      ]),
    );
  b.ent("PERSON", other.full).text(
    d.pick([" drove into the rear of the car. ", " noticed water coming through the ceiling. "]),
  );
  b.text("The incident was seen by ").ent("PERSON", witness.full).text(" of ").ent(
    "ADDRESS",
    street(d, cc),
  )
    .text(", who can be reached on ").ent("PHONE", phone(d, cc)).text(".\n");
  b.text("Settlement to: ").ent("IBAN", iban(d, cc)).text("\n");
  if (maybe(d, 0.5)) {
    b.text("Excess of 250.00 already charged to card ").ent("CARD", card(d)).text(
      ` (exp ${pad(int(d, 1, 12))}/${int(d, 26, 31)}).\n`,
    );
  }
};

/** Courier / shipping note. */
const shipping: Template = (d, b) => {
  const [rcpt, sender] = people(d, 2);
  const cc = d.pick(COUNTRIES);
  const lang = LANG_OF[cc];
  b.text(`SHIPMENT ${upper(d, 2)}${num(d, 9)}${d.pick(["GB", "DE", "NL"])}\n`);
  b.text(
    `Service: ${d.pick(["Express 12:00", "Economy", "Next day"])}   Weight: ${int(d, 1, 30)}.${
      int(d, 0, 9)
    } kg\n\n`,
  );
  b.text("Deliver to:\n");
  postal(d, b, rcpt, cc, lang, false);
  b.text("Tel: ").ent("PHONE", phone(d, cc, true)).text("\n\nSender:\n").ent("PERSON", sender.full)
    .text("\n");
  b.text(`${d.f.company.name()}\n\n`);
  b.text("Driver notes: ").text(d.pick([
    "leave with neighbour at ",
    "if out, try ",
    "safe place refused, redeliver to ",
  ])).ent("ADDRESS", street(d, cc)).text(d.pick([". ", "; ", " - "]));
  b.text("Recipient asked for a call first: ").ent("PERSON", rcpt.first).text(" on ").ent(
    "PHONE",
    phone(d, cc),
  ).text("\n");
};

/** Invoice or receipt. */
const invoice: Template = (d, b) => {
  const [client, freelancer] = people(d, 2);
  const cc = enCountry(d);
  const lang = LANG_OF[cc];
  b.text(`INVOICE ${d.pick(["#", "No. ", "INV-"])}${int(d, 1000, 9999)}\n\n`);
  b.text("From:\n");
  postal(d, b, freelancer, cc, lang, false);
  b.ent("EMAIL", email(d, freelancer, cc)).text("\n\nBill to:\n");
  postal(d, b, client, cc, lang, false);
  b.text("\n| item | qty | amount |\n|---|---|---|\n");
  for (let i = 0; i < int(d, 1, 3); i++) {
    b.text(`| ${d.f.commerce.productName()} | ${int(d, 1, 5)} | ${d.f.commerce.price()} |\n`);
  }
  b.text(
    `\nTotal due: ${d.f.commerce.price({ min: 100, max: 4000 })} ${
      d.pick(["EUR", "GBP", "USD"])
    }\n`,
  );
  if (maybe(d)) {
    b.text("Pay by bank transfer to ").ent("PERSON", freelancer.full).text(", IBAN ").ent(
      "IBAN",
      iban(d, cc),
    ).text("\n");
  } else {
    b.text("Paid by card ").ent("CARD", card(d)).text(d.pick([" on ", " - approved "])).text(
      `${when(d).toISOString().slice(0, 10)}\n`,
    );
  }
};

/** Calendar invite in iCalendar-like text (attendees passed as known names). */
const calendar: Template = (d, b) => {
  const [org, a1, a2] = people(d, 3);
  const cc = enCountry(d);
  const corp = companyDomain(d);
  b.known.push(org.full, a1.full);
  const t = when(d);
  const stamp = t.toISOString().replace(/[-:]/g, "").slice(0, 15) + "Z";
  b.text(
    `BEGIN:VEVENT\nDTSTART:${stamp}\nSUMMARY:${
      d.pick(["Contract review", "1:1", "Site visit", "Viewing"])
    } with `,
  )
    .ent("PERSON", a2.first).text("\n");
  b.text("ORGANIZER;CN=").ent("PERSON", org.full).text(":mailto:").ent(
    "EMAIL",
    email(d, org, cc, corp),
  ).text("\n");
  b.text("ATTENDEE;CN=").ent("PERSON", a1.full).text(";ROLE=REQ-PARTICIPANT:mailto:").ent(
    "EMAIL",
    email(d, a1, cc, corp),
  ).text("\n");
  b.text("ATTENDEE;CN=").ent("PERSON", a2.full).text(":mailto:").ent("EMAIL", email(d, a2, cc))
    .text("\n");
  if (maybe(d)) {
    b.text("LOCATION:").ent("ADDRESS", street(d, cc)).text(
      `\\, ${cityLine(d, cc).replace(/,/g, "\\,")}\n`,
    );
  } else {b.text("LOCATION:").ent(
      "URL",
      `https://zoom.us/my/${slug(org.full) || "room" + num(d, 4)}`,
    ).text("\n");}
  b.text("DESCRIPTION:Dial-in fallback ").ent("PHONE", phone(d, cc, true)).text(" (").ent(
    "PERSON",
    org.first,
  ).text("'s mobile)\n");
  b.text("END:VEVENT\n");
};

/** CSV export from a CRM or a sign-up sheet. */
const csv: Template = (d, b) => {
  const cc = d.pick(COUNTRIES);
  const lang = LANG_OF[cc];
  const sep = d.pick([",", ";", "\t"]);
  const lastFirst = maybe(d, 0.3);
  const cols = lastFirst
    ? ["name", "email", "phone", "dob", "street"]
    : ["first_name", "last_name", "email", "phone", "dob", "street"];
  b.text(cols.join(sep) + "\n");
  for (let i = 0, n = int(d, 2, 5); i < n; i++) {
    const p = person(d);
    const q = (s: string) => (s.includes(sep) || s.includes(",") ? `"` : "");
    if (lastFirst) {
      const v = `${p.last}, ${p.first}`;
      b.text(q(v)).ent("PERSON", v).text(q(v) + sep);
    } else {
      b.ent("PERSON", p.first).text(sep).ent("PERSON", p.last).text(sep);
    }
    b.ent("EMAIL", email(d, p, cc)).text(sep).ent("PHONE", phone(d, cc)).text(sep);
    const dt = dob(d, birth(d), lang, cc);
    b.text(q(dt)).ent("DATE", dt).text(q(dt) + sep);
    const st = street(d, cc);
    b.text(q(st)).ent("ADDRESS", st).text(q(st) + "\n");
  }
};

/** JSON or YAML export of a contact record. */
const structured: Template = (d, b) => {
  const p = person(d);
  const cc = d.pick(COUNTRIES);
  const lang = LANG_OF[cc];
  const bd = birth(d);
  const id = nationalId(d, cc, p, bd);
  const esc = (s: string) => JSON.stringify(s).slice(1, -1);
  if (maybe(d)) {
    // JSON: values planted as they appear between the quotes (none of them needs escaping).
    b.text(`{\n  "id": ${int(d, 1000, 99999)},\n  "contact": {\n    "firstName": "`).ent(
      "PERSON",
      esc(p.first),
    )
      .text(`",\n    "lastName": "`).ent("PERSON", esc(p.last)).text(`",\n    "email": "`).ent(
        "EMAIL",
        email(d, p, cc),
      )
      .text(`",\n    "mobile": "`).ent("PHONE", phone(d, cc, true)).text(`",\n    "birthDate": "`)
      .ent("DATE", `${bd.y}-${pad(bd.m)}-${pad(bd.day)}`).text(`",\n    "address": { "line1": "`)
      .ent("ADDRESS", esc(street(d, cc)))
      .text(`", "country": "${cc}" },\n`);
    if (id) b.text(`    "nationalId": "`).ent("ID", id.value).text(`",\n`);
    b.text(`    "lastSeenIp": "`).ent("IP", ip(d)).text(
      `"\n  },\n  "tags": ["${d.pick(["vip", "newsletter", "lead"])}"]\n}\n`,
    );
  } else {
    b.text(`# exported ${when(d).toISOString().slice(0, 10)}\ncustomer:\n  name: `).ent(
      "PERSON",
      p.full,
    ).text("\n  email: ")
      .ent("EMAIL", email(d, p, cc)).text("\n  phone: ").text(`"`).ent("PHONE", phone(d, cc)).text(
        `"\n  dob: `,
      )
      .ent("DATE", dob(d, bd, lang, cc)).text('\n  address:\n    street: "').ent(
        "ADDRESS",
        street(d, cc),
      )
      .text(`"\n    city: ${cityLine(d, cc)}\n`);
    if (id) b.text("  national_id: ").ent("ID", id.value).text("\n");
    b.text("  payment:\n    iban: ").ent("IBAN", iban(d, cc)).text("\n  links:\n    - ").ent(
      "URL",
      personalUrl(d, p),
    ).text("\n");
  }
};

/** Markdown table pasted from a spreadsheet. */
const mdTable: Template = (d, b) => {
  const cc = enCountry(d);
  b.text(d.pick(["Volunteer rota\n\n", "Emergency contacts\n\n", "## Guest list\n\n"]));
  b.text("| Name | Phone | Email | Notes |\n|------|-------|-------|-------|\n");
  for (let i = 0, n = int(d, 2, 5); i < n; i++) {
    const p = person(d);
    b.text("| ").ent("PERSON", maybe(d, 0.7) ? p.full : p.first).text(" | ").ent(
      "PHONE",
      phone(d, cc),
    ).text(" | ")
      .ent("EMAIL", email(d, p, cc)).text(" | ");
    if (maybe(d, 0.3)) b.text("lives at ").ent("ADDRESS", street(d, cc)).text(" |\n");
    else b.text(`${d.pick(["vegetarian", "needs parking", "plus one", "-", "keyholder"])} |\n`);
  }
};

/** Server log lines and a code snippet with personal data inside. */
const codeLog: Template = (d, b) => {
  const [u, dev] = people(d, 2);
  const cc = d.pick(COUNTRIES);
  if (maybe(d)) {
    for (let i = 0, n = int(d, 2, 4); i < n; i++) {
      b.text(`${when(d).toISOString()} ${d.pick(["INFO", "WARN", "ERROR"])} auth: `);
      if (i % 2 === 0) {
        b.text("login failed user=").ent("EMAIL", email(d, u, cc)).text(" ip=").ent("IP", ip(d))
          .text("\n");
      } else {
        b.ent("IP", ip(d)).text(` - - "GET /account?email=`).ent(
          "EMAIL",
          email(d, u, cc).replace("@", "%40"),
        )
          .text(` HTTP/1.1" ${d.pick(["200", "302", "401"])} ${int(d, 200, 9000)}\n`);
      }
    }
    b.text(
      'Traceback (most recent call last):\n  File "billing.py", line 88, in charge\nValueError: card declined for ',
    )
      .ent("CARD", card(d)).text(" (holder ").ent("PERSON", u.full).text(")\n");
  } else {
    b.text("```python\n# TODO(").ent("PERSON", dev.first).text(
      "): remove real customer before merging\ndef test_signup():\n    user = {\n",
    );
    b.text(`        "name": "`).ent("PERSON", u.full).text(`",\n        "phone": "`).ent(
      "PHONE",
      phone(d, cc, true),
    )
      .text(`",\n        "dob": "`).ent("DATE", dob(d, birth(d), LANG_OF[cc], cc)).text(
        `",\n        "home": "`,
      )
      .ent("ADDRESS", street(d, cc)).text(`",\n    }\n    assert signup(user).ok\n\`\`\`\n`);
    b.text("Fails on CI since ").ent("PERSON", dev.first).text(" changed the validator - see ").ent(
      "URL",
      personalUrl(d, dev),
    )
      .text("\n");
  }
};

// ---------------------------------------------------------------- documents in other languages

type Foreign = Exclude<Lang, "en">;
const FOREIGN: readonly Country[] = ["DE", "FR", "ES", "IT", "NL", "PT", "PL", "SE"];

interface Ctx {
  d: Draw;
  b: DocBuilder;
  me: Person;
  you: Person;
  other: Person;
  cc: Country;
  lang: Foreign;
  bd: Birth;
}

interface Pack {
  /** The word for "Subject:" in this language. */
  re: string;
  subjects: readonly string[];
  formal: (p: Person) => string;
  informal: readonly string[];
  closings: readonly string[];
  /** Sentences, each planting one or more entities. */
  say: readonly ((c: Ctx) => void)[];
}

const PACKS: Record<Foreign, Pack> = {
  de: {
    re: "Betreff",
    subjects: [
      "Kündigung des Mietvertrags",
      "Rückfrage zu Ihrer Rechnung",
      "Terminbestätigung",
      "Anmeldung Sportverein",
    ],
    formal: (p) => (p.sex === "f" ? "Sehr geehrte Frau " : "Sehr geehrter Herr "),
    informal: ["Hallo ", "Liebe ", "Moin "],
    closings: ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
    say: [
      ({ d, b, cc }) => {
        b.text("Wie telefonisch besprochen, lautet meine neue Anschrift ").ent(
          "ADDRESS",
          street(d, cc),
        ).text(`, ${cityLine(d, cc)}. `);
      },
      ({ d, b, bd, cc }) => {
        b.text("Mein Geburtsdatum ist der ").ent("DATE", dob(d, bd, "de", cc)).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Sie erreichen mich unter ").ent("PHONE", phone(d, cc)).text(" oder per E-Mail an ")
          .ent("EMAIL", email(d, me, cc)).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Bitte überweisen Sie die Kaution auf folgendes Konto: IBAN ").ent(
          "IBAN",
          iban(d, cc),
        ).text(", Kontoinhaber ")
          .ent("PERSON", me.full).text(". ");
      },
      ({ d, b, other }) => {
        b.text(
          `${other.sex === "f" ? "Meine Nachbarin" : "Mein Nachbar"}, ${title(d, "de", other)} `,
        ).ent("PERSON", other.last).text(", kann den Schlüssel entgegennehmen. ");
      },
    ],
  },
  fr: {
    re: "Objet",
    subjects: [
      "Résiliation de bail",
      "Demande de remboursement",
      "Confirmation de rendez-vous",
      "Inscription à la cantine",
    ],
    formal: (p) => (p.sex === "f" ? "Madame " : "Monsieur "),
    informal: ["Bonjour ", "Salut ", "Coucou "],
    closings: [
      "Cordialement",
      "Bien à vous",
      "Je vous prie d'agréer mes salutations distinguées",
      "Bises",
    ],
    say: [
      ({ d, b, cc }) => {
        b.text("Je vous informe de mon changement d'adresse : ").ent("ADDRESS", street(d, cc)).text(
          `, ${cityLine(d, cc)}. `,
        );
      },
      ({ d, b, bd, cc }) => {
        b.text("Pour rappel, je suis né").text(d.pick(["", "(e)"])).text(" le ").ent(
          "DATE",
          dob(d, bd, "fr", cc),
        ).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Vous pouvez me joindre au ").ent("PHONE", phone(d, cc)).text(" ou par mail : ").ent(
          "EMAIL",
          email(d, me, cc),
        ).text(". ");
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text(`Mon ${id.label} est le `).ent("ID", id.value).text(", et mon RIB : ").ent(
          "IBAN",
          iban(d, cc),
        ).text(". ");
      },
      ({ d, b, other }) => {
        b.text(`${title(d, "fr", other)} `).ent("PERSON", other.last).text(
          `, ${
            other.sex === "f" ? "ma voisine" : "mon voisin"
          } du dessous, a constaté le dégât des eaux. `,
        );
      },
    ],
  },
  es: {
    re: "Asunto",
    subjects: ["Solicitud de baja", "Reclamación factura", "Cita médica", "Reserva del local"],
    formal: (p) => (p.sex === "f" ? "Estimada Sra. " : "Estimado Sr. "),
    informal: ["Hola ", "Buenas ", "Querida "],
    closings: ["Un saludo", "Atentamente", "Saludos cordiales", "Un abrazo"],
    say: [
      ({ d, b, cc }) => {
        b.text("Le comunico que mi nuevo domicilio es ").ent("ADDRESS", street(d, cc)).text(
          `, ${cityLine(d, cc)}. `,
        );
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text(`Mi ${id.label} es `).ent("ID", id.value).text(" y mi fecha de nacimiento el ").ent(
          "DATE",
          dob(d, bd, "es", cc),
        ).text(". ");
      },
      ({ d, b, cc }) => {
        b.text("Puede llamarme al ").ent("PHONE", phone(d, cc)).text(" por las tardes. ");
      },
      ({ d, b, me, cc }) => {
        b.text("Le ruego que haga la devolución a la cuenta ").ent("IBAN", iban(d, cc)).text(
          " a nombre de ",
        ).ent("PERSON", me.full)
          .text(". ");
      },
      ({ d, b, other, cc }) => {
        b.text(`Si no estoy, pregunte por ${other.sex === "f" ? "mi hermana" : "mi hermano"} `).ent(
          "PERSON",
          other.first,
        ).text(" (").ent("EMAIL", email(d, other, cc)).text("). ");
      },
    ],
  },
  it: {
    re: "Oggetto",
    subjects: [
      "Disdetta contratto",
      "Richiesta rimborso",
      "Conferma appuntamento",
      "Iscrizione asilo nido",
    ],
    formal: (p) => (p.sex === "f" ? "Gentile Sig.ra " : "Gentile Sig. "),
    informal: ["Ciao ", "Buongiorno ", "Cara "],
    closings: ["Cordiali saluti", "Distinti saluti", "Un caro saluto", "A presto"],
    say: [
      ({ d, b, cc }) => {
        b.text("Le comunico il nuovo indirizzo di residenza: ").ent("ADDRESS", street(d, cc)).text(
          `, ${cityLine(d, cc)}. `,
        );
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text("Sono nat").text(me.sex === "f" ? "a" : "o").text(" il ").ent(
          "DATE",
          dob(d, bd, "it", cc),
        ).text(`, ${id.label} `)
          .ent("ID", id.value).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Per qualsiasi cosa mi trova al ").ent("PHONE", phone(d, cc)).text(
          " oppure scriva a ",
        ).ent("EMAIL", email(d, me, cc))
          .text(". ");
      },
      ({ d, b, cc }) => {
        b.text("Il rimborso va effettuato sul conto IBAN ").ent("IBAN", iban(d, cc)).text(". ");
      },
      ({ d, b, other }) => {
        b.text(`${other.sex === "f" ? "La" : "Il"} ${title(d, "it", other)} `).ent(
          "PERSON",
          other.last,
        ).text(" ha già firmato il verbale. ");
      },
    ],
  },
  nl: {
    re: "Onderwerp",
    subjects: [
      "Opzegging huurcontract",
      "Vraag over factuur",
      "Afspraakbevestiging",
      "Aanmelding zwemles",
    ],
    formal: (p) => (p.sex === "f" ? "Geachte mevrouw " : "Geachte heer "),
    informal: ["Hoi ", "Hallo ", "Beste "],
    closings: ["Met vriendelijke groet", "Groetjes", "Hartelijke groet", "Mvg"],
    say: [
      ({ d, b, cc }) => {
        b.text("Mijn nieuwe adres is ").ent("ADDRESS", street(d, cc)).text(
          `, ${cityLine(d, cc)}. `,
        );
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text("Geboortedatum: ").ent("DATE", dob(d, bd, "nl", cc)).text(`, ${id.label} `).ent(
          "ID",
          id.value,
        ).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Bel gerust naar ").ent("PHONE", phone(d, cc)).text(" of mail naar ").ent(
          "EMAIL",
          email(d, me, cc),
        ).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("De borg graag terugstorten op ").ent("IBAN", iban(d, cc)).text(" t.n.v. ").ent(
          "PERSON",
          me.full,
        ).text(". ");
      },
      ({ b, other }) => {
        b.text(other.sex === "f" ? "Onze buurvrouw " : "Onze buurman ").ent("PERSON", other.full)
          .text(" heeft een reservesleutel. ");
      },
    ],
  },
  pt: {
    re: "Assunto",
    subjects: [
      "Rescisão de contrato",
      "Pedido de reembolso",
      "Confirmação de consulta",
      "Inscrição no ATL",
    ],
    formal: (p) => (p.sex === "f" ? "Exma. Sra. " : "Exmo. Sr. "),
    informal: ["Olá ", "Bom dia ", "Querida "],
    closings: ["Com os melhores cumprimentos", "Atenciosamente", "Beijinhos", "Obrigado"],
    say: [
      ({ d, b, cc }) => {
        b.text("Informo que a minha nova morada é ").ent("ADDRESS", street(d, cc)).text(
          `, ${cityLine(d, cc)}. `,
        );
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text("Data de nascimento: ").ent("DATE", dob(d, bd, "pt", cc)).text(`; ${id.label} `).ent(
          "ID",
          id.value,
        ).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Pode contactar-me pelo ").ent("PHONE", phone(d, cc)).text(" ou pelo email ").ent(
          "EMAIL",
          email(d, me, cc),
        ).text(". ");
      },
      ({ d, b, cc }) => {
        b.text("O reembolso deve ser feito para o IBAN ").ent("IBAN", iban(d, cc)).text(". ");
      },
      ({ d, b, other }) => {
        b.text(`${other.sex === "f" ? "A" : "O"} ${title(d, "pt", other)} `).ent(
          "PERSON",
          other.full,
        ).text(" tem uma cópia da chave. ");
      },
    ],
  },
  pl: {
    re: "Temat",
    subjects: [
      "Wypowiedzenie umowy najmu",
      "Reklamacja faktury",
      "Potwierdzenie wizyty",
      "Zapisy na basen",
    ],
    formal: (p) => (p.sex === "f" ? "Szanowna Pani " : "Szanowny Panie "),
    informal: ["Cześć ", "Hej ", "Dzień dobry "],
    closings: ["Z poważaniem", "Pozdrawiam serdecznie", "Pozdrawiam"],
    say: [
      ({ d, b, cc }) => {
        b.text("Mój nowy adres to ").ent("ADDRESS", street(d, cc)).text(`, ${cityLine(d, cc)}. `);
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text("Data urodzenia: ").ent("DATE", dob(d, bd, "pl", cc)).text(
          `${d.pick(["", " r."])}, ${id.label}: `,
        ).ent(
          "ID",
          id.value,
        ).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Proszę o kontakt pod numerem ").ent("PHONE", phone(d, cc)).text(" lub mailowo: ")
          .ent("EMAIL", email(d, me, cc)).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Kaucję proszę zwrócić na konto ").ent("IBAN", iban(d, cc)).text(", odbiorca: ").ent(
          "PERSON",
          me.full,
        ).text(". ");
      },
      ({ d, b, other }) => {
        b.text(`${title(d, "pl", other)} `).ent("PERSON", other.full).text(
          " z administracji ma zapasowy klucz. ",
        );
      },
    ],
  },
  sv: {
    re: "Ärende",
    subjects: [
      "Uppsägning av hyresavtal",
      "Fråga om faktura",
      "Bekräftelse av tid",
      "Anmälan till simskola",
    ],
    formal: () => "Hej ",
    informal: ["Hej ", "Hejsan ", "Tjena "],
    closings: ["Med vänliga hälsningar", "Vänliga hälsningar", "Mvh", "Hälsningar"],
    say: [
      ({ d, b, cc }) => {
        b.text("Min nya adress är ").ent("ADDRESS", street(d, cc)).text(`, ${cityLine(d, cc)}. `);
      },
      ({ d, b, me, bd, cc }) => {
        const id = nationalId(d, cc, me, bd)!;
        b.text("Mitt personnummer är ").ent("ID", id.value).text(". ");
      },
      ({ d, b, me, cc }) => {
        b.text("Ring mig på ").ent("PHONE", phone(d, cc)).text(" eller mejla ").ent(
          "EMAIL",
          email(d, me, cc),
        ).text(". ");
      },
      ({ d, b, cc }) => {
        b.text("Depositionen kan betalas tillbaka till ").ent("IBAN", iban(d, cc)).text(". ");
      },
      ({ b, other }) => {
        b.text("Min granne ").ent("PERSON", other.first).text(
          " har en extranyckel om ni behöver komma in. ",
        );
      },
    ],
  },
};

function foreignCtx(d: Draw, b: DocBuilder, cc: Country): Ctx {
  const [me, you, other] = people(d, 3);
  return { d, b, me, you, other, cc, lang: LANG_OF[cc] as Foreign, bd: birth(d) };
}

/** A letter or e-mail written in its own language, with local formats. */
const foreignLetter: Template = (d, b) => {
  const cc = d.pick(FOREIGN);
  const c = foreignCtx(d, b, cc);
  const pack = PACKS[c.lang];
  if (maybe(d, 0.4)) {
    postal(d, b, c.me, cc, c.lang, false);
    b.text("\n");
  }
  b.text(`${pack.re}: ${d.pick(pack.subjects)}\n\n`);
  if (maybe(d, 0.6) && c.lang !== "sv") b.text(pack.formal(c.you)).ent("PERSON", c.you.last);
  else b.text(d.pick(pack.informal)).ent("PERSON", c.you.first);
  b.text(",\n\n");
  const order = d.f.helpers.shuffle([...pack.say.keys()]).slice(0, int(d, 3, pack.say.length));
  for (const i of order) pack.say[i](c);
  b.text(`\n\n${d.pick(pack.closings)}\n`).ent("PERSON", maybe(d, 0.7) ? c.me.full : c.me.first)
    .text("\n");
};

const FORM_LABELS: Record<
  Foreign,
  { head: string; name: string; dob: string; addr: string; tel: string; mail: string; bank: string }
> = {
  de: {
    head: "Anmeldeformular",
    name: "Name, Vorname",
    dob: "Geburtsdatum",
    addr: "Straße, Hausnr.",
    tel: "Telefon",
    mail: "E-Mail",
    bank: "IBAN",
  },
  fr: {
    head: "Fiche d'inscription",
    name: "Nom et prénom",
    dob: "Date de naissance",
    addr: "Adresse",
    tel: "Tél. portable",
    mail: "Courriel",
    bank: "IBAN",
  },
  es: {
    head: "Ficha del paciente",
    name: "Nombre y apellidos",
    dob: "Fecha de nacimiento",
    addr: "Domicilio",
    tel: "Móvil",
    mail: "Correo electrónico",
    bank: "Cuenta (IBAN)",
  },
  it: {
    head: "Modulo di iscrizione",
    name: "Cognome e nome",
    dob: "Data di nascita",
    addr: "Indirizzo",
    tel: "Cellulare",
    mail: "E-mail",
    bank: "IBAN",
  },
  nl: {
    head: "Inschrijfformulier",
    name: "Naam",
    dob: "Geboortedatum",
    addr: "Adres",
    tel: "Telefoon",
    mail: "E-mailadres",
    bank: "Rekeningnummer",
  },
  pt: {
    head: "Ficha de inscrição",
    name: "Nome completo",
    dob: "Data de nascimento",
    addr: "Morada",
    tel: "Telemóvel",
    mail: "E-mail",
    bank: "IBAN",
  },
  pl: {
    head: "Formularz zgłoszeniowy",
    name: "Imię i nazwisko",
    dob: "Data urodzenia",
    addr: "Adres zamieszkania",
    tel: "Telefon",
    mail: "E-mail",
    bank: "Nr konta",
  },
  sv: {
    head: "Anmälningsblankett",
    name: "Namn",
    dob: "Födelsedatum",
    addr: "Gatuadress",
    tel: "Mobil",
    mail: "E-post",
    bank: "IBAN",
  },
};

/** A filled-in form, or a short chat message, in its own language. */
const foreignForm: Template = (d, b) => {
  const cc = d.pick(FOREIGN);
  const c = foreignCtx(d, b, cc);
  const L = FORM_LABELS[c.lang];
  if (maybe(d, 0.6)) {
    b.text(`${L.head}\n\n${L.name}: `);
    const lastFirst = c.lang === "de" || c.lang === "it" ? maybe(d, 0.7) : false;
    b.ent("PERSON", lastFirst ? `${c.me.last}, ${c.me.first}` : c.me.full).text(`\n${L.dob}: `).ent(
      "DATE",
      dob(d, c.bd, c.lang, cc),
    );
    b.text(`\n${L.addr}: `).ent("ADDRESS", street(d, cc)).text(`\n${cityLine(d, cc)}\n${L.tel}: `)
      .ent("PHONE", phone(d, cc));
    b.text(`\n${L.mail}: `).ent("EMAIL", email(d, c.me, cc)).text("\n");
    const id = nationalId(d, cc, c.me, c.bd);
    if (id) b.text(`${id.label}: `).ent("ID", id.value).text("\n");
    if (maybe(d)) b.text(`${L.bank}: `).ent("IBAN", iban(d, cc)).text("\n");
  } else {
    const t = when(d);
    const tick = ticker(d);
    const stamp = () => {
      const { hh, mm } = tick();
      return `[${pad(t.getUTCDate())}.${
        pad(t.getUTCMonth() + 1)
      }.${t.getUTCFullYear()} ${hh}:${mm}] `;
    };
    b.text(stamp()).ent("PERSON", c.me.first).text(": ");
    const pack = PACKS[c.lang];
    b.text(d.pick(pack.informal)).ent("PERSON", c.you.first).text("! ");
    pack.say[0](c);
    b.text("\n").text(stamp()).ent("PERSON", c.you.first).text(": 👍\n").text(stamp()).ent(
      "PERSON",
      c.me.first,
    ).text(": ");
    pack.say[2](c);
    b.text("\n");
  }
};

/** Every held-out-4 template. */
export const HELDOUT4_TEMPLATES: Template[] = [
  emailThread,
  minutes,
  callTranscript,
  voiceNote,
  ticket,
  whatsapp,
  slack,
  hrNotes,
  medical,
  schoolLetter,
  tenancy,
  claim,
  shipping,
  invoice,
  calendar,
  csv,
  structured,
  mdTable,
  codeLog,
  foreignLetter,
  foreignForm,
  foreignLetter,
];

/** `n` held-out-4 documents from `seed`. */
export function heldout4Corpus(n: number, seed = 4_040_404): Doc[] {
  return corpus(HELDOUT4_TEMPLATES, HELDOUT4_LOCALES, n, seed);
}
