/**
 * Held-out-6: written by a separate engineer after the fifth round's last
 * change, without reading the detector or the other corpora's templates, and
 * measured once for the release notes; never tuned on (only the aggregate
 * bench lines are read). About half the documents are plain US/UK English
 * business and household text (values partly from faker's default English
 * generators, as outside graders often use); the rest are English documents
 * from Ireland, Canada, Australia, India and South Africa, and documents in
 * German, French, Italian, Dutch, Danish, Norwegian, Finnish, Czech,
 * Romanian, Spanish and Portuguese from Austria, Switzerland, Belgium,
 * Denmark, Norway, Finland, Czechia, Romania, Mexico, Brazil and Quebec, with
 * hand-written local formats of phones, street addresses, dates of birth,
 * checksummed national ids and mod-97 IBANs. Names come from faker's default
 * English, hand-written lists of about twenty cultures (names that are
 * everyday words, particles, compound surnames) and, for a small share of
 * people, faker locales no other corpus uses, in their own scripts (ar, fa,
 * he, hy, ja, ka_GE, ko, ne, th, zh_CN, zh_TW).
 *
 * Labelling rules: PERSON spans are the name only (no title, no possessive
 * `'s`); ADDRESS spans are the street line (unit, house number, street), not
 * the postcode or city; DATE spans are dates of birth only; ID spans are
 * national ids with a well-defined format. A draw where a perfect redactor
 * would still be scored as leaking (a name word, e-mail local part or digit
 * group that also occurs outside the entity spans) is drawn again, so leak
 * counts measure the detector, not the corpus.
 * Frozen: change the detector, not this file.
 */
import {
  ar,
  base,
  en,
  fa,
  Faker,
  he,
  hy,
  ja,
  ka_GE,
  ko,
  ne,
  th,
  zh_CN,
  zh_TW,
} from "@faker-js/faker";
import { type Doc, DocBuilder, type Draw, draw, type Planted } from "./_corpus.ts";

type Sex = "f" | "m";
type Cc =
  | "US"
  | "GB"
  | "IE"
  | "CA"
  | "AU"
  | "IN"
  | "ZA"
  | "AT"
  | "CH"
  | "BE"
  | "DK"
  | "NO"
  | "FI"
  | "CZ"
  | "RO"
  | "MX"
  | "BR"
  | "QC";
type Lang = "en" | "de" | "fr" | "it" | "nl" | "da" | "nb" | "fi" | "cs" | "ro" | "es" | "pt";

interface Person {
  first: string;
  last: string;
  full: string;
  sex: Sex;
}

interface Birth {
  y: number;
  m: number;
  dd: number;
}

// ------------------------------------------------------------------ small helpers

const int = (d: Draw, min: number, max: number) => d.f.number.int({ min, max });
const maybe = (d: Draw, p = 0.5) => d.f.datatype.boolean({ probability: p });
const digits = (d: Draw, n: number) => d.f.string.numeric({ length: n, allowLeadingZeros: true });
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ascii = (s: string) =>
  s.replace(/ı/g, "i").replace(/ł/g, "l").replace(/ß/g, "ss").replace(/[øØ]/g, "o").replace(
    /æ/g,
    "ae",
  )
    .normalize("NFD").replace(/\p{M}/gu, "");
const slug = (s: string) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, "");
const upperLetters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const letter = (d: Draw, from = upperLetters) => from[int(d, 0, from.length - 1)];

/** The digit that makes `body` pass the Luhn check. */
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

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    const v = /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const c of v) r = (r * 10 + Number(c)) % 97;
  }
  return r;
}

/** An IBAN with correct mod-97 check digits, grouped by four or compact. */
function ibanOf(d: Draw, cc: string, bban: string): string {
  const check = pad(98 - mod97(`${bban}${cc}00`));
  const raw = `${cc}${check}${bban}`;
  return maybe(d, 0.6) ? raw.replace(/(.{4})(?=.)/g, "$1 ") : raw;
}

/** Writes `s`, turning `{slot}` into the slot's text, recorded as an entity when typed. */
function fill(b: DocBuilder, s: string, slots: Record<string, [Planted["type"] | null, string]>) {
  s.split(/\{(\w+)\}/).forEach((part, i) => {
    if (i % 2 === 0) {
      if (part) b.text(part);
      return;
    }
    const slot = slots[part];
    if (!slot) throw new Error(`held-out-6: no slot ${part}`);
    if (slot[0]) b.ent(slot[0], slot[1]);
    else b.text(slot[1]);
  });
}

// ------------------------------------------------------------------ names

interface Culture {
  f: readonly string[];
  m: readonly string[];
  l: readonly string[];
  /** Female forms of the surnames, index for index, where the language inflects them. */
  lf?: readonly string[];
}

const C = {
  irish: {
    f: ["Siobhán", "Aoife", "Niamh", "Róisín", "Caoimhe", "Saoirse", "Clodagh", "Gráinne"],
    m: ["Cathal", "Oisín", "Darragh", "Ciarán", "Pádraig", "Tadhg", "Eoin", "Fionn"],
    l: [
      "O'Donnell",
      "McGrath",
      "Fitzgerald",
      "Kavanagh",
      "Ó Súilleabháin",
      "Quinlan",
      "Mac Lochlainn",
      "Hegarty",
    ],
  },
  nordic: {
    f: ["Sigrid", "Ingeborg", "Freja", "Solveig", "Tuva", "Aino", "Sanna", "Signe", "Ragnhild"],
    m: ["Søren", "Bjørn", "Eirik", "Rasmus", "Jukka", "Timo", "Väinö", "Oddvar", "Torstein"],
    l: [
      "Nørgaard",
      "Kristiansen",
      "Haugland",
      "Virtanen",
      "Mäkinen",
      "Korhonen",
      "Solberg",
      "Østergaard",
      "Lahtinen",
    ],
  },
  czech: {
    f: ["Zdeňka", "Markéta", "Kateřina", "Jiřina", "Radka", "Blanka"],
    m: ["Jiří", "Vojtěch", "Přemysl", "Radek", "Ondřej", "Bohumil"],
    l: ["Dvořák", "Novotný", "Procházka", "Kučera", "Veselý", "Horák"],
    lf: ["Dvořáková", "Novotná", "Procházková", "Kučerová", "Veselá", "Horáková"],
  },
  greek: {
    f: ["Eleni", "Dimitra", "Vasiliki", "Konstantina", "Chrysa", "Athina"],
    m: ["Giorgos", "Dimitris", "Thanasis", "Spyros", "Stavros", "Panagiotis"],
    l: ["Papadakis", "Oikonomou", "Georgiou", "Vlachos", "Antoniadis", "Karamanlis"],
    lf: ["Papadaki", "Oikonomou", "Georgiou", "Vlachou", "Antoniadou", "Karamanli"],
  },
  romanian: {
    f: ["Ioana", "Andreea", "Mihaela", "Roxana", "Oana", "Luminița"],
    m: ["Bogdan", "Mihai", "Radu", "Ionuț", "Cătălin", "Sorin"],
    l: ["Popescu", "Ionescu", "Dumitrescu", "Stanciu", "Munteanu", "Țurcanu", "Bălănescu"],
  },
  indian: {
    f: ["Ananya", "Lakshmi", "Divya", "Harpreet", "Meenakshi", "Sneha", "Pooja"],
    m: ["Rohan", "Sandeep", "Arjun", "Gurpreet", "Karthik", "Vikram", "Aniket"],
    l: [
      "Iyer",
      "Menon",
      "Reddy",
      "Banerjee",
      "Deshpande",
      "Gill",
      "Chatterjee",
      "Nair",
      "Venkataraman",
    ],
  },
  southAfrican: {
    f: ["Thandiwe", "Nomvula", "Lerato", "Zanele", "Annelie", "Refilwe"],
    m: ["Sipho", "Thabo", "Mandla", "Pieter", "Tshepo", "Lwazi"],
    l: ["Dlamini", "Nkosi", "Mokoena", "van der Merwe", "Botha", "Khumalo", "Ndlovu", "Pretorius"],
  },
  mexican: {
    f: ["Guadalupe", "Ximena", "Itzel", "Fernanda", "Mariana", "Citlali"],
    m: ["José Luis", "Juan Carlos", "Emiliano", "Santiago", "Diego", "Cuauhtémoc"],
    l: ["Hernández", "Ramírez López", "Cruz", "Villaseñor", "Ortega", "de la Garza", "Zúñiga"],
  },
  brazilian: {
    f: ["Thaís", "Letícia", "Gabriela", "Luana", "Bruna", "Conceição"],
    m: ["João Pedro", "Thiago", "Caio", "Rafael", "Gustavo", "Vinícius"],
    l: ["da Silva", "dos Santos", "Oliveira", "Carvalho", "Nascimento", "Ferreira Lima"],
  },
  westAfrican: {
    f: ["Chiamaka", "Adaeze", "Abena", "Efua", "Funmilayo", "Yetunde"],
    m: ["Chukwuemeka", "Kwabena", "Oluwaseun", "Kofi", "Babajide", "Obinna"],
    l: ["Okonkwo", "Adeyemi", "Mensah", "Asante", "Nwosu", "Boateng", "Oyelaran"],
  },
  eastAsian: {
    f: ["Haruka", "Sakura", "Min-ji", "Thu Trang", "Xinyi", "Mei Ling"],
    m: ["Kenta", "Daisuke", "Jae-hyun", "Minh Quân", "Zihan", "Wing Kei"],
    l: ["Nakamura", "Kobayashi", "Yoon", "Nguyen", "Tran", "Liang", "Tanaka", "Cheung"],
  },
  westAsian: {
    f: ["Fatima", "Yasmin", "Leyla", "Shirin", "Elif", "Zeynep", "Noor"],
    m: ["Omar", "Khalid", "Reza", "Dariush", "Emre", "Burak", "Tariq"],
    l: ["Al-Masri", "Haddad", "Farahani", "Tehrani", "Yıldız", "Öztürk", "Abdullah", "El Amrani"],
  },
  pacific: {
    f: ["Maricel", "Rowena", "Leilani", "Mele", "Aroha"],
    m: ["Jomar", "Rodel", "Sione", "Keanu", "Tane"],
    l: ["Dela Cruz", "Bautista", "Macaraeg", "Tuilagi", "Fifita", "Kahananui", "Te Whata"],
  },
  // Given names and surnames that are also everyday words.
  words: {
    f: ["Penny", "River", "Misty", "Lark", "Holly", "Amber", "Melody", "Pearl", "Ruby", "Heather"],
    m: ["Clay", "Dale", "Miles", "Wade", "Heath", "Forrest", "Drew", "Jay", "Sterling", "Mark"],
    l: [
      "Hill",
      "Lamb",
      "Bell",
      "Rice",
      "Little",
      "Sharp",
      "Wise",
      "Fox",
      "Crane",
      "Swan",
      "Weaver",
      "Potter",
      "Banks",
      "Rivers",
      "Burns",
    ],
  },
  alpine: {
    f: ["Ursula", "Verena", "Rosmarie", "Theres", "Annemarie", "Seraina"],
    m: ["Urs", "Reto", "Florian", "Beat", "Andreas", "Gian Luca"],
    l: ["Huber", "Gruber", "Brunner", "Moser", "Zürcher", "Hofstetter", "Bachmann", "Pfister"],
  },
  belgian: {
    f: ["Lotte", "Anouk", "Elodie", "Griet", "Marie-Laure", "Fien"],
    m: ["Wout", "Pieter-Jan", "Jef", "Cédric", "Thibault", "Bram"],
    l: ["Peeters", "Janssens", "Van den Bossche", "De Smet", "Lemaire", "Claes", "Vandenbroucke"],
  },
  quebec: {
    f: ["Geneviève", "Josée", "Mélissa", "Sylvie", "Marie-Ève"],
    m: ["Jean-François", "Étienne", "Maxime", "Réjean", "Gaétan"],
    l: ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bergeron"],
  },
  italianSwiss: {
    f: ["Chiara", "Ornella", "Graziella", "Lucia"],
    m: ["Fabrizio", "Gianfranco", "Nicola", "Renzo"],
    l: ["Bernasconi", "Cattaneo", "Rusconi", "Pedrazzini", "Foletti"],
  },
} satisfies Record<string, Culture>;

const NATIVE = [ar, fa, he, hy, ja, ka_GE, ko, ne, th, zh_CN, zh_TW];

/** A person drawn from `cultures`, faker's default English, or (rarely) a native script. */
function person(d: Draw, cultures: readonly Culture[], englishShare = 0.4): Person {
  const sex: Sex = maybe(d) ? "f" : "m";
  const r = d.f.number.float({ min: 0, max: 1 });
  if (r < 0.05) {
    const f = new Faker({ locale: [d.pick(NATIVE), en, base] });
    f.seed(int(d, 1, 2 ** 30));
    const sx = sex === "f" ? "female" : "male";
    const [first, last] = [f.person.firstName(sx), f.person.lastName(sx)];
    const cjk = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]/u.test(last);
    return { first, last, full: cjk ? `${last}${first}` : `${first} ${last}`, sex };
  }
  if (r < 0.05 + englishShare) {
    const sx = sex === "f" ? "female" : "male";
    const [first, last] = [d.f.person.firstName(sx), d.f.person.lastName()];
    return { first, last, full: `${first} ${last}`, sex };
  }
  const c: Culture = maybe(d, 0.12) ? C.words : d.pick(cultures);
  const first = d.pick(sex === "f" ? c.f : c.m);
  const i = int(d, 0, c.l.length - 1);
  const last = sex === "f" && c.lf ? c.lf[i] : c.l[i];
  return { first, last, full: `${first} ${last}`, sex };
}

const ALL_CULTURES: Culture[] = Object.values(C);

// ------------------------------------------------------------------ countries

interface Country {
  cc: Cc;
  lang: Lang;
  cultures: Culture[];
  phone(d: Draw, intl?: boolean): string;
  street(d: Draw): string;
  town(d: Draw): string;
  iban?(d: Draw): string;
  id?(d: Draw, p: Person, bd: Birth): { label: string; value: string };
  mail: string[];
}

const house = (d: Draw) => int(d, 1, 240);

const COUNTRIES: Record<Cc, Country> = {
  US: {
    cc: "US",
    lang: "en",
    cultures: ALL_CULTURES,
    phone: (d, intl) => {
      const area = d.pick(["212", "312", "415", "617", "713", "206", "303", "404", "512", "702"]);
      const tail = `01${digits(d, 2)}`;
      if (intl) return d.pick([`+1 ${area} 555 ${tail}`, `+1 (${area}) 555-${tail}`]);
      return d.pick([
        d.f.phone.number(),
        `(${area}) 555-${tail}`,
        `${area}-555-${tail}`,
        `${area}.555.${tail}`,
      ]);
    },
    street: (d) =>
      maybe(d)
        ? d.f.location.streetAddress(maybe(d, 0.4))
        : `${int(d, 100, 9899)} ${
          d.pick(["Juniper", "Old Orchard", "Sycamore", "Pleasant Valley", "Wabash", "Magnolia"])
        } ${d.pick(["Ave", "Street", "Blvd", "Drive", "Ct", "Lane"])}${
          d.pick(["", "", `, Apt ${int(d, 1, 30)}${letter(d, "ABCD")}`, ` #${int(d, 101, 920)}`])
        }`,
    town: (d) =>
      `${d.f.location.city()}, ${d.f.location.state({ abbreviated: true })} ${
        d.f.location.zipCode("#####")
      }`,
    id: (d) => {
      let area = int(d, 1, 899);
      if (area === 666) area = 667;
      return {
        label: d.pick(["SSN", "Social Security number", "SSN#"]),
        value: `${pad(area, 3)}-${pad(int(d, 1, 99))}-${pad(int(d, 1, 9999), 4)}`,
      };
    },
    mail: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
  },
  GB: {
    cc: "GB",
    lang: "en",
    cultures: ALL_CULTURES,
    phone: (d, intl) => {
      const mob = `7700 900${digits(d, 3)}`;
      const land = d.pick([
        `20 7946 0${digits(d, 3)}`,
        `161 496 0${digits(d, 3)}`,
        `113 496 0${digits(d, 3)}`,
      ]);
      const n = maybe(d) ? mob : land;
      if (intl) return d.pick([`+44 ${n}`, `+44 (0)${n}`]);
      return `0${n}`;
    },
    street: (d) =>
      `${d.pick(["", "", `Flat ${int(d, 1, 12)}, `])}${house(d)}${d.pick(["", "", "A", "B"])} ${
        d.pick([
          "Coleridge Road",
          "Beechwood Avenue",
          "Station Approach",
          "Princess Street",
          "Meadow View",
          "Tanners Lane",
          "Albion Terrace",
        ])
      }`,
    town: (d) =>
      `${d.pick(["Leeds", "Bristol", "Norwich", "Reading", "York", "Derby"])} ${letter(d)}${
        letter(d)
      }${int(d, 1, 20)} ${int(d, 1, 9)}${letter(d, "ABDEFGHJLNPQRSTUWXYZ")}${
        letter(d, "ABDEFGHJLNPQRSTUWXYZ")
      }`,
    iban: (d) =>
      ibanOf(d, "GB", `${d.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])}${digits(d, 14)}`),
    id: (d) => {
      const p1 = "ABCEGHJKLMNOPRSTWXYZ", p2 = "ABCEGHJKLMNPRSTWXYZ";
      let pre = `${letter(d, p1)}${letter(d, p2)}`;
      if (["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].includes(pre)) pre = "AB";
      const n = digits(d, 6), s = letter(d, "ABCD");
      return {
        label: d.pick(["NI number", "National Insurance no.", "NINO"]),
        value: maybe(d)
          ? `${pre} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${s}`
          : `${pre}${n}${s}`,
      };
    },
    mail: ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com"],
  },
  IE: {
    cc: "IE",
    lang: "en",
    cultures: [C.irish, C.irish, C.westAfrican, C.romanian, C.brazilian],
    phone: (d, intl) => {
      const m = `8${int(d, 3, 9)} ${digits(d, 3)} ${digits(d, 4)}`;
      return intl ? `+353 ${m}` : d.pick([`0${m}`, `(01) ${digits(d, 3)} ${digits(d, 4)}`]);
    },
    street: (d) =>
      `${d.pick(["", `Apt ${int(d, 1, 40)}, `])}${house(d)} ${
        d.pick([
          "Clontarf Road",
          "Leeson Street Upper",
          "Sandymount Avenue",
          "Oakpark Drive",
          "Bóthar na Trá",
        ])
      }`,
    town: (d) =>
      d.pick([`Dublin ${int(d, 1, 18)}`, "Galway", "Cork", "Limerick"]) +
      ` ${letter(d, "ADHKTW")}${int(d, 10, 99)} ${letter(d)}${digits(d, 1)}${letter(d)}${
        digits(d, 1)
      }`,
    iban: (d) => ibanOf(d, "IE", `${d.pick(["AIBK", "BOFI", "IPBS"])}${digits(d, 14)}`),
    id: (d) => {
      const body = digits(d, 7);
      let sum = 0;
      for (let i = 0; i < 7; i++) sum += Number(body[i]) * (8 - i);
      const r = sum % 23;
      return { label: "PPSN", value: `${body}${r === 0 ? "W" : upperLetters[r - 1]}` };
    },
    mail: ["gmail.com", "eircom.net", "outlook.ie", "yahoo.ie"],
  },
  CA: {
    cc: "CA",
    lang: "en",
    cultures: [C.quebec, C.eastAsian, C.indian, C.pacific, C.westAsian],
    phone: (d, intl) => {
      const area = d.pick(["416", "604", "514", "613", "403", "902"]);
      const t = `01${digits(d, 2)}`;
      return intl ? `+1 ${area} 555 ${t}` : d.pick([`(${area}) 555-${t}`, `${area}-555-${t}`]);
    },
    street: (d) =>
      `${d.pick(["", `Unit ${int(d, 1, 30)}, `, `${int(d, 101, 2405)}-`])}${int(d, 10, 3999)} ${
        d.pick(["Bloor Street West", "Granville Street", "Jasper Avenue", "Wellington Crescent"])
      }`,
    town: (d) =>
      `${d.pick(["Toronto, ON", "Vancouver, BC", "Edmonton, AB", "Winnipeg, MB"])} ${letter(d)}${
        digits(d, 1)
      }${letter(d)} ${digits(d, 1)}${letter(d)}${digits(d, 1)}`,
    id: (d) => {
      const body = `${d.pick(["1", "2", "3", "4", "5", "6", "7", "9"])}${digits(d, 7)}`;
      const v = `${body}${luhnDigit(body)}`;
      return {
        label: d.pick(["SIN", "Social Insurance Number"]),
        value: `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`,
      };
    },
    mail: ["gmail.com", "shaw.ca", "rogers.com", "outlook.com"],
  },
  AU: {
    cc: "AU",
    lang: "en",
    cultures: [C.eastAsian, C.greek, C.pacific, C.indian, C.irish],
    phone: (d, intl) => {
      const m = `4${digits(d, 2)} ${digits(d, 3)} ${digits(d, 3)}`;
      return intl
        ? `+61 ${m}`
        : d.pick([`0${m}`, `(0${int(d, 2, 3)}) 9${digits(d, 3)} ${digits(d, 4)}`]);
    },
    street: (d) =>
      `${d.pick(["", `${int(d, 1, 20)}/`, `Unit ${int(d, 1, 20)}, `])}${house(d)} ${
        d.pick(["Parramatta Road", "Brunswick Street", "Glenferrie Road", "Coronation Drive"])
      }`,
    town: (d) =>
      `${d.pick(["Fitzroy VIC", "Paddington NSW", "Milton QLD", "Subiaco WA"])} ${
        int(d, 2000, 6999)
      }`,
    id: (d) => {
      const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
      for (;;) {
        const body = `${int(d, 1, 9)}${digits(d, 7)}`;
        let s = 0;
        for (let i = 0; i < 8; i++) s += Number(body[i]) * w[i];
        for (let last = 0; last <= 9; last++) {
          if ((s + last * 10) % 11 === 0) {
            const v = `${body}${last}`;
            return { label: "TFN", value: `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` };
          }
        }
      }
    },
    mail: ["gmail.com", "bigpond.com", "outlook.com.au", "icloud.com"],
  },
  IN: {
    cc: "IN",
    lang: "en",
    cultures: [C.indian],
    phone: (d, intl) => {
      const m = `${int(d, 7, 9)}${digits(d, 4)} ${digits(d, 5)}`;
      return intl ? `+91 ${m}` : d.pick([`0${m}`, m.replace(" ", "")]);
    },
    street: (d) =>
      `${d.pick(["Flat No. ", "Flat ", "H.No. "])}${int(d, 101, 904)}, ${
        d.pick(["Shanti Apartments", "Sai Residency", "Green Park Towers"])
      }, ${int(d, 1, 60)} ${d.pick(["Linking Road", "Anna Salai", "Residency Road", "MG Road"])}`,
    town: (d) =>
      `${d.pick(["Mumbai", "Chennai", "Bengaluru", "Pune"])} - ${int(d, 400, 600)}${digits(d, 3)}`,
    id: (d) => ({
      label: d.pick(["PAN", "PAN no."]),
      value: `${letter(d)}${letter(d)}${letter(d)}P${letter(d)}${digits(d, 4)}${letter(d)}`,
    }),
    mail: ["gmail.com", "rediffmail.com", "yahoo.co.in"],
  },
  ZA: {
    cc: "ZA",
    lang: "en",
    cultures: [C.southAfrican],
    phone: (d, intl) => {
      const m = `8${int(d, 2, 4)} ${digits(d, 3)} ${digits(d, 4)}`;
      return intl ? `+27 ${m}` : d.pick([`0${m}`, `021 ${digits(d, 3)} ${digits(d, 4)}`]);
    },
    street: (d) =>
      `${house(d)} ${
        d.pick(["Jan Smuts Avenue", "Bree Street", "Florida Road", "Voortrekker Road"])
      }`,
    town: (d) =>
      `${d.pick(["Cape Town", "Durban", "Johannesburg", "Bloemfontein"])} ${digits(d, 4)}`,
    id: (d, p, bd) => {
      const g = p.sex === "f" ? int(d, 0, 4) : int(d, 5, 9);
      const body = `${pad(bd.y % 100)}${pad(bd.m)}${pad(bd.dd)}${g}${digits(d, 3)}08`;
      return { label: "ID number", value: `${body}${luhnDigit(body)}` };
    },
    mail: ["gmail.com", "webmail.co.za", "mweb.co.za"],
  },
  AT: {
    cc: "AT",
    lang: "de",
    cultures: [C.alpine, C.czech, C.westAsian],
    phone: (d, intl) => {
      const m = `${d.pick(["664", "660", "676", "699"])} ${digits(d, 3)} ${digits(d, 4)}`;
      return intl
        ? `+43 ${m}`
        : d.pick([`0${m}`, `01 ${digits(d, 3)} ${digits(d, 2)} ${digits(d, 2)}`]);
    },
    street: (d) =>
      `${
        d.pick([
          "Mariahilfer Straße",
          "Herrengasse",
          "Linzer Gasse",
          "Annenstraße",
          "Ottakringer Str.",
        ])
      } ${house(d)}${d.pick(["", `/${int(d, 1, 25)}`, `/${int(d, 1, 4)}/${int(d, 1, 20)}`])}`,
    town: (d) => `${int(d, 1010, 9999)} ${d.pick(["Wien", "Graz", "Linz", "Salzburg"])}`,
    iban: (d) => ibanOf(d, "AT", digits(d, 16)),
    id: (d, _p, bd) => {
      const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
      const dob = `${pad(bd.dd)}${pad(bd.m)}${pad(bd.y % 100)}`;
      for (;;) {
        const serial = `${int(d, 1, 9)}${digits(d, 2)}`;
        const all = `${serial}0${dob}`;
        let s = 0;
        for (let i = 0; i < 10; i++) s += Number(all[i]) * w[i];
        const c = s % 11;
        if (c < 10) return { label: "SVNR", value: `${serial}${c} ${dob}` };
      }
    },
    mail: ["gmx.at", "aon.at", "gmail.com"],
  },
  CH: {
    cc: "CH",
    lang: "de",
    cultures: [C.alpine, C.italianSwiss, C.westAsian],
    phone: (d, intl) => {
      const m = `7${int(d, 6, 9)} ${digits(d, 3)} ${digits(d, 2)} ${digits(d, 2)}`;
      return intl
        ? `+41 ${m}`
        : d.pick([`0${m}`, `044 ${digits(d, 3)} ${digits(d, 2)} ${digits(d, 2)}`]);
    },
    street: (d) =>
      `${d.pick(["Seefeldstrasse", "Spalenberg", "Rue de Lausanne", "Via Nassa", "Kramgasse"])} ${
        house(d)
      }${d.pick(["", "a", "b"])}`,
    town: (d) => `${int(d, 1000, 9658)} ${d.pick(["Zürich", "Basel", "Lugano", "Bern"])}`,
    iban: (d) => ibanOf(d, "CH", digits(d, 17)),
    id: (d) => {
      const body = `756${digits(d, 9)}`;
      let s = 0;
      for (let i = 0; i < 12; i++) s += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
      const v = `${body}${(10 - (s % 10)) % 10}`;
      return {
        label: "AHV-Nr.",
        value: `${v.slice(0, 3)}.${v.slice(3, 7)}.${v.slice(7, 11)}.${v.slice(11)}`,
      };
    },
    mail: ["bluewin.ch", "gmx.ch", "sunrise.ch"],
  },
  BE: {
    cc: "BE",
    lang: "nl",
    cultures: [C.belgian, C.westAsian, C.westAfrican],
    phone: (d, intl) => {
      const m = `4${int(d, 7, 9)}${digits(d, 1)} ${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`;
      return intl ? `+32 ${m}` : `0${m}`;
    },
    street: (d) =>
      maybe(d)
        ? `${d.pick(["Kerkstraat", "Meir", "Veldstraat", "Brugsesteenweg"])} ${house(d)}${
          d.pick(["", ` bus ${int(d, 1, 12)}`])
        }`
        : `${d.pick(["Rue Royale", "Avenue Louise", "Chaussée d'Ixelles", "Rue des Guillemins"])} ${
          house(d)
        }${d.pick(["", ` boîte ${int(d, 1, 12)}`])}`,
    town: (d) => `${int(d, 1000, 9999)} ${d.pick(["Gent", "Antwerpen", "Bruxelles", "Liège"])}`,
    iban: (d) => {
      const b10 = digits(d, 10);
      const c = Number(BigInt(b10) % 97n) || 97;
      return ibanOf(d, "BE", `${b10}${pad(c)}`);
    },
    id: (d, _p, bd) => {
      const serial = pad(int(d, 1, 997), 3);
      const base9 = `${pad(bd.y % 100)}${pad(bd.m)}${pad(bd.dd)}${serial}`;
      const n = BigInt(`${bd.y >= 2000 ? "2" : ""}${base9}`);
      const c = pad(97 - Number(n % 97n));
      return {
        label: d.pick(["Rijksregisternummer", "numéro de registre national"]),
        value: `${pad(bd.y % 100)}.${pad(bd.m)}.${pad(bd.dd)}-${serial}.${c}`,
      };
    },
    mail: ["telenet.be", "skynet.be", "proximus.be", "gmail.com"],
  },
  DK: {
    cc: "DK",
    lang: "da",
    cultures: [C.nordic, C.westAsian],
    phone: (d, intl) => {
      const m = `${int(d, 20, 99)} ${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`;
      return intl ? `+45 ${m}` : m;
    },
    street: (d) =>
      `${d.pick(["Nørrebrogade", "Vesterbrogade", "Jægersborggade", "Østerbrogade"])} ${
        house(d)
      }, ${int(d, 1, 5)}. ${d.pick(["tv.", "th.", "mf."])}`,
    town: (d) => `${int(d, 1050, 9990)} ${d.pick(["København N", "Aarhus C", "Odense C"])}`,
    iban: (d) => ibanOf(d, "DK", digits(d, 14)),
    id: (d, p, bd) => {
      const s = `${digits(d, 3)}${
        p.sex === "f" ? d.pick(["0", "2", "4", "6", "8"]) : d.pick(["1", "3", "5", "7", "9"])
      }`;
      return { label: "CPR-nr.", value: `${pad(bd.dd)}${pad(bd.m)}${pad(bd.y % 100)}-${s}` };
    },
    mail: ["mail.dk", "live.dk", "gmail.com"],
  },
  NO: {
    cc: "NO",
    lang: "nb",
    cultures: [C.nordic, C.eastAsian],
    phone: (d, intl) => {
      const m = `${d.pick(["4", "9"])}${digits(d, 2)} ${digits(d, 2)} ${digits(d, 3)}`;
      return intl ? `+47 ${m}` : m;
    },
    street: (d) =>
      `${d.pick(["Thorvald Meyers gate", "Bogstadveien", "Kongens gate", "Møllergata"])} ${
        house(d)
      }${d.pick(["", "B", "C"])}`,
    town: (d) => `${pad(int(d, 150, 9990), 4)} ${d.pick(["Oslo", "Bergen", "Trondheim"])}`,
    iban: (d) => {
      for (;;) {
        const b10 = digits(d, 10);
        const w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
        let s = 0;
        for (let i = 0; i < 10; i++) s += Number(b10[i]) * w[i];
        const k = (11 - (s % 11)) % 11;
        if (k < 10) return ibanOf(d, "NO", `${b10}${k}`);
      }
    },
    id: (d, _p, bd) => {
      const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2], w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
      const dob = `${pad(bd.dd)}${pad(bd.m)}${pad(bd.y % 100)}`;
      for (;;) {
        const ind = bd.y >= 2000 ? String(int(d, 500, 999)) : pad(int(d, 0, 499), 3);
        const n9 = `${dob}${ind}`;
        let s = 0;
        for (let i = 0; i < 9; i++) s += Number(n9[i]) * w1[i];
        const k1 = (11 - (s % 11)) % 11;
        if (k1 === 10) continue;
        const n10 = `${n9}${k1}`;
        s = 0;
        for (let i = 0; i < 10; i++) s += Number(n10[i]) * w2[i];
        const k2 = (11 - (s % 11)) % 11;
        if (k2 === 10) continue;
        return { label: "fødselsnummer", value: `${n10}${k2}` };
      }
    },
    mail: ["online.no", "gmail.com", "hotmail.no"],
  },
  FI: {
    cc: "FI",
    lang: "fi",
    cultures: [C.nordic],
    phone: (d, intl) => {
      const m = `${d.pick(["40", "44", "50"])} ${digits(d, 3)} ${digits(d, 4)}`;
      return intl ? `+358 ${m}` : `0${m}`;
    },
    street: (d) =>
      `${d.pick(["Mannerheimintie", "Hämeentie", "Fredrikinkatu", "Itäinen Pitkäkatu"])} ${
        house(d)
      }${d.pick(["", ` ${letter(d, "ABC")} ${int(d, 1, 40)}`])}`,
    town: (d) => `${pad(int(d, 100, 990) * 100, 5)} ${d.pick(["Helsinki", "Turku", "Tampere"])}`,
    iban: (d) => {
      const b = digits(d, 13);
      return ibanOf(d, "FI", `${b}${luhnDigit(b)}`);
    },
    id: (d, _p, bd) => {
      const nnn = pad(int(d, 2, 899), 3);
      const core = `${pad(bd.dd)}${pad(bd.m)}${pad(bd.y % 100)}`;
      const c = "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(`${core}${nnn}`) % 31];
      return { label: "henkilötunnus", value: `${core}${bd.y >= 2000 ? "A" : "-"}${nnn}${c}` };
    },
    mail: ["gmail.com", "luukku.com", "outlook.com"],
  },
  CZ: {
    cc: "CZ",
    lang: "cs",
    cultures: [C.czech],
    phone: (d, intl) => {
      const m = `${d.pick(["6", "7"])}${digits(d, 2)} ${digits(d, 3)} ${digits(d, 3)}`;
      return intl ? `+420 ${m}` : m;
    },
    street: (d) =>
      `${d.pick(["Vinohradská", "Korunní", "Lidická", "Masarykova", "Palackého"])} ${
        int(d, 100, 2999)
      }/${int(d, 1, 120)}`,
    town: (d) =>
      `${int(d, 100, 799)} ${digits(d, 2)} ${d.pick(["Praha 2", "Brno", "Ostrava", "Plzeň"])}`,
    iban: (d) => ibanOf(d, "CZ", `${d.pick(["0800", "0100", "0300", "2010"])}${digits(d, 16)}`),
    id: (d, p, bd) => {
      const mm = p.sex === "f" ? bd.m + 50 : bd.m;
      const six = `${pad(bd.y % 100)}${pad(mm)}${pad(bd.dd)}`;
      for (;;) {
        const s3 = digits(d, 3);
        const c = Number(`${six}${s3}`) % 11;
        if (c < 10) return { label: "rodné číslo", value: `${six}/${s3}${c}` };
      }
    },
    mail: ["seznam.cz", "email.cz", "centrum.cz"],
  },
  RO: {
    cc: "RO",
    lang: "ro",
    cultures: [C.romanian],
    phone: (d, intl) => {
      const m = `7${digits(d, 2)} ${digits(d, 3)} ${digits(d, 3)}`;
      return intl ? `+40 ${m}` : `0${m}`;
    },
    street: (d) =>
      `${
        d.pick([
          "Strada Lipscani",
          "Strada Avram Iancu",
          "Bulevardul Unirii",
          "Strada Memorandumului",
        ])
      } nr. ${house(d)}${d.pick(["", `, bl. ${letter(d)}${int(d, 1, 9)}, ap. ${int(d, 1, 80)}`])}`,
    town: (d) => `${d.pick(["București", "Cluj-Napoca", "Iași"])} ${digits(d, 6)}`,
    iban: (d) => ibanOf(d, "RO", `${d.pick(["BTRL", "RNCB", "BRDE", "INGB"])}${digits(d, 16)}`),
    id: (d, p, bd) => {
      const s = bd.y >= 2000 ? (p.sex === "m" ? "5" : "6") : (p.sex === "m" ? "1" : "2");
      const n12 = `${s}${pad(bd.y % 100)}${pad(bd.m)}${pad(bd.dd)}${pad(int(d, 1, 46))}${
        pad(int(d, 1, 999), 3)
      }`;
      const w = "279146358279";
      let sum = 0;
      for (let i = 0; i < 12; i++) sum += Number(n12[i]) * Number(w[i]);
      const c = sum % 11 === 10 ? 1 : sum % 11;
      return { label: "CNP", value: `${n12}${c}` };
    },
    mail: ["yahoo.ro", "gmail.com"],
  },
  MX: {
    cc: "MX",
    lang: "es",
    cultures: [C.mexican],
    phone: (d, intl) => {
      const m = d.pick([
        `55 ${digits(d, 4)} ${digits(d, 4)}`,
        `33 ${digits(d, 4)} ${digits(d, 4)}`,
      ]);
      return intl ? `+52 ${m}` : d.pick([m, `(${m.slice(0, 2)}) ${m.slice(3)}`]);
    },
    street: (d) =>
      `${d.pick(["Calle Durango", "Av. Álvaro Obregón", "Calle Hidalgo", "Av. Vallarta"])} ${
        house(d)
      }${d.pick(["", `, Int. ${int(d, 1, 12)}`, ` Depto. ${int(d, 101, 604)}`])}`,
    town: (d) => `Col. ${d.pick(["Roma Norte", "Americana", "Del Valle"])}, C.P. ${digits(d, 5)}`,
    mail: ["gmail.com", "hotmail.com", "prodigy.net.mx"],
  },
  BR: {
    cc: "BR",
    lang: "pt",
    cultures: [C.brazilian],
    phone: (d, intl) => {
      const ddd = d.pick(["11", "21", "31", "51"]);
      const m = `9${digits(d, 4)}-${digits(d, 4)}`;
      return intl ? `+55 ${ddd} ${m}` : `(${ddd}) ${m}`;
    },
    street: (d) =>
      `${
        d.pick([
          "Rua das Laranjeiras",
          "Rua Haddock Lobo",
          "Rua da Bahia",
          "Avenida Sete de Setembro",
        ])
      }, ${house(d)}${d.pick(["", `, apto ${int(d, 11, 1204)}`])}`,
    town: (d) =>
      `${d.pick(["São Paulo - SP", "Rio de Janeiro - RJ", "Porto Alegre - RS"])}, CEP ${
        digits(d, 5)
      }-${digits(d, 3)}`,
    iban: (d) => ibanOf(d, "BR", `${digits(d, 23)}C${letter(d)}`),
    id: (d) => {
      const n = digits(d, 9).split("").map(Number);
      const dv = (xs: number[]) => {
        let s = 0;
        for (let i = 0; i < xs.length; i++) s += xs[i] * (xs.length + 1 - i);
        const r = (s * 10) % 11;
        return r === 10 ? 0 : r;
      };
      const d1 = dv(n), d2 = dv([...n, d1]);
      const v = [...n, d1, d2].join("");
      return {
        label: "CPF",
        value: `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`,
      };
    },
    mail: ["uol.com.br", "gmail.com", "bol.com.br"],
  },
  QC: {
    cc: "QC",
    lang: "fr",
    cultures: [C.quebec, C.westAfrican],
    phone: (d, intl) => {
      const area = d.pick(["514", "418", "450", "819"]);
      const t = `01${digits(d, 2)}`;
      return intl ? `+1 ${area} 555-${t}` : `${area} 555-${t}`;
    },
    street: (d) =>
      `${int(d, 10, 8999)}${d.pick(["", `, app. ${int(d, 1, 30)}`])}, ${
        d.pick(["rue Saint-Denis", "boulevard René-Lévesque", "avenue du Parc", "rue Cartier"])
      }`,
    town: (d) =>
      `${d.pick(["Montréal (Québec)", "Québec (Québec)", "Gatineau (Québec)"])} H${digits(d, 1)}${
        letter(d)
      } ${digits(d, 1)}${letter(d)}${digits(d, 1)}`,
    mail: ["videotron.ca", "gmail.com", "hotmail.ca"],
  },
};

// ------------------------------------------------------------------ other values

function birth(d: Draw): Birth {
  return { y: int(d, 1941, 2006), m: int(d, 1, 12), dd: int(d, 1, 28) };
}

const MONTH: Record<Lang, readonly string[]> = {
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
  nb: [
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
};

/** A date of birth written the way `cc` writes dates. */
function dob(d: Draw, bd: Birth, cc: Cc, lang: Lang): string {
  const { y, m, dd } = bd;
  const mon = MONTH[lang][m - 1];
  const ord = (n: number) =>
    `${n}${
      n % 10 === 1 && n !== 11
        ? "st"
        : n % 10 === 2 && n !== 12
        ? "nd"
        : n % 10 === 3 && n !== 13
        ? "rd"
        : "th"
    }`;
  switch (lang) {
    case "en":
      if (cc === "US") {
        return d.pick([`${pad(m)}/${pad(dd)}/${y}`, `${m}/${dd}/${y}`, `${mon} ${dd}, ${y}`]);
      }
      if (cc === "CA") return d.pick([`${y}-${pad(m)}-${pad(dd)}`, `${mon} ${dd}, ${y}`]);
      return d.pick([
        `${pad(dd)}/${pad(m)}/${y}`,
        `${dd} ${mon} ${y}`,
        `${ord(dd)} ${mon} ${y}`,
        `${dd}-${mon.slice(0, 3)}-${y}`,
      ]);
    case "de":
    case "da":
    case "nb":
      return d.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd}. ${mon} ${y}`]);
    case "fi":
      return d.pick([`${dd}.${m}.${y}`, `${pad(dd)}.${pad(m)}.${y}`]);
    case "cs":
      return d.pick([`${dd}. ${m}. ${y}`, `${dd}. ${mon} ${y}`]);
    case "ro":
      return d.pick([`${pad(dd)}.${pad(m)}.${y}`, `${dd} ${mon} ${y}`]);
    case "nl":
      return d.pick([`${pad(dd)}-${pad(m)}-${y}`, `${dd} ${mon} ${y}`]);
    case "fr":
    case "it":
      return d.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} ${mon} ${y}`]);
    case "es":
    case "pt":
      return d.pick([`${pad(dd)}/${pad(m)}/${y}`, `${dd} de ${mon} de ${y}`]);
  }
}

function email(d: Draw, p: Person, c: Country, work?: string): string {
  if (!/^[\p{Script=Latin}\s'.-]+$/u.test(p.full)) {
    return `${d.pick(["user", "contact", "hello", "mail"])}${digits(d, 4)}@${d.pick(c.mail)}`;
  }
  if (maybe(d, 0.2)) {
    return d.email(ascii(p.first).replace(/\s/g, ""), ascii(p.last).replace(/[\s']/g, ""));
  }
  const [f, l] = [slug(p.first), slug(p.last)];
  const local = d.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(d, 1, 99)}`,
    `${l}.${f}`,
    `${f}${int(d, 70, 2006)}`,
    `${f[0]}.${l}`,
  ]);
  return `${local}@${work ?? d.pick(c.mail)}`;
}

const WORK_DOMAINS = [
  "brightwater-dental.com",
  "oakfieldlogistics.co",
  "kestrel-legal.example",
  "hollowayandpartners.com",
  "greenleafhomes.net",
  "northstar-it.example",
];

function card(d: Draw): string {
  const r = int(d, 0, 3);
  if (r === 0) return d.card();
  if (r === 1) {
    const body = `34${digits(d, 12)}`.replace(/^34/, d.pick(["34", "37"]));
    const v = `${body}${luhnDigit(body)}`;
    return d.pick([`${v.slice(0, 4)} ${v.slice(4, 10)} ${v.slice(10)}`, v]);
  }
  const body = r === 2 ? `4${digits(d, 14)}` : `5${int(d, 1, 5)}${digits(d, 13)}`;
  const v = `${body}${luhnDigit(body)}`;
  const sep = d.pick([" ", "-", "", " "]);
  return v.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
}

function ip(d: Draw): string {
  return d.pick([
    () => d.f.internet.ipv4(),
    () => `203.0.113.${int(d, 1, 254)}`,
    () => `198.51.100.${int(d, 1, 254)}`,
    () => d.f.internet.ipv6(),
    () =>
      `2001:db8:${d.f.string.hexadecimal({ length: 4, casing: "lower", prefix: "" })}::${
        int(d, 1, 999)
      }`,
    () => `${int(d, 23, 223)}.${int(d, 0, 255)}.${int(d, 0, 255)}.${int(d, 1, 254)}`,
  ])();
}

function personalUrl(d: Draw, p: Person): string {
  const s = /^[\p{Script=Latin}\s'.-]+$/u.test(p.full)
    ? `${slug(p.first)}-${slug(p.last)}`
    : `u${digits(d, 6)}`;
  return d.pick([
    `https://www.linkedin.com/in/${s}-${d.f.string.alphanumeric({ length: 6, casing: "lower" })}`,
    `https://github.com/${s.replace("-", "")}`,
    `https://calendly.com/${s}/30min`,
    `https://www.facebook.com/${s.replace("-", ".")}`,
    `https://portal.brightwater-dental.com/patients/${digits(d, 7)}/records`,
    `https://drive.example.com/u/${s}/resume.pdf`,
    `http://${s}.example.net/~${slug(p.first)}/cv.html`,
  ]);
}

/** A per-document context: a country, its people and values. */
interface Ctx {
  d: Draw;
  b: DocBuilder;
  c: Country;
  ppl: Person[];
  bd: Birth;
}

function ctx(d: Draw, b: DocBuilder, cc: Cc, n = 4): Ctx {
  const c = COUNTRIES[cc];
  const ppl: Person[] = [];
  for (let i = 0; i < n; i++) ppl.push(person(d, c.cultures, c.lang === "en" ? 0.45 : 0.15));
  return { d, b, c, ppl, bd: birth(d) };
}

function title(d: Draw, p: Person, lang: Lang): string {
  const t: Record<Lang, [string[], string[]]> = {
    en: [["Ms", "Ms.", "Mrs", "Dr.", "Dr"], ["Mr", "Mr.", "Dr.", "Dr"]],
    de: [["Frau", "Frau Dr."], ["Herr", "Herrn", "Herr Dr."]],
    fr: [["Mme", "Madame", "Me"], ["M.", "Monsieur", "Me"]],
    it: [["Sig.ra", "Dott.ssa", "Gentile Sig.ra"], ["Sig.", "Dott.", "Gentile Sig."]],
    nl: [["mevrouw", "mevr.", "Dr."], ["meneer", "dhr.", "Dr."]],
    da: [[""], [""]],
    nb: [[""], [""]],
    fi: [[""], [""]],
    cs: [["paní", "paní Ing."], ["pan", "pan Mgr."]],
    ro: [["doamna", "dna"], ["domnul", "dl"]],
    es: [["Sra.", "Dra.", "Lic."], ["Sr.", "Dr.", "Lic."]],
    pt: [["Sra.", "Dra.", "D."], ["Sr.", "Dr."]],
  };
  return d.pick(t[lang][p.sex === "f" ? 0 : 1]);
}

const sp = (s: string) => (s ? `${s} ` : "");
const P = (v: string): [Planted["type"], string] => ["PERSON", v];

const d0 = (x: Ctx) => x.d.pick(WORK_DOMAINS);

/** A signature block: name, role, then some of phone, e-mail and a personal URL. */
function signature(x: Ctx, p: Person, work = d0(x)) {
  const { d, b, c } = x;
  b.ent("PERSON", p.full).text(
    `\n${
      d.pick([
        "Office Manager",
        "Accounts",
        "Head of Operations",
        "Owner",
        "Senior Paralegal",
        "Practice Nurse",
        "Lettings Coordinator",
      ])
    }`,
  );
  if (maybe(d, 0.5)) {
    b.text(
      ` | ${
        d.pick([
          "Oakfield Logistics",
          "Brightwater Dental",
          "Holloway & Partners",
          "Greenleaf Homes",
        ])
      }`,
    );
  }
  b.text(`\n${d.pick(["M: ", "Mobile: ", "Tel ", "T. ", "", "☎ "])}`).ent(
    "PHONE",
    c.phone(d, maybe(d, 0.4)),
  );
  if (maybe(d, 0.7)) {
    b.text(`\n${d.pick(["E: ", "", "Email: "])}`).ent("EMAIL", email(d, p, c, work));
  }
  if (maybe(d, 0.3)) b.text("\n").ent("URL", personalUrl(d, p));
  b.text("\n");
}

const clock = (d: Draw) => `${pad(int(d, 7, 19))}:${pad(int(d, 0, 59))}`;
const meetDay = (d: Draw) =>
  `${d.pick(["Mon", "Tue", "Wed", "Thu", "Fri"])} ${int(d, 1, 28)} ${
    d.pick(["Mar", "Apr", "May", "Jun", "Sep", "Oct"])
  } 2025`;

// ------------------------------------------------------------------ English templates

const emailThread = (x: Ctx) => {
  const { d, b, c } = x;
  const [a, r, o] = x.ppl;
  const work = d0(x);
  const ae = email(d, a, c, work), re = email(d, r, c);
  b.text("From: ");
  if (maybe(d, 0.7)) b.text('"').ent("PERSON", a.full).text('" <').ent("EMAIL", ae).text(">");
  else b.ent("EMAIL", ae);
  b.text("\nTo: ").ent("PERSON", r.full).text(" <").ent("EMAIL", re).text(">\n");
  b.text(
    `Subject: ${
      d.pick([
        "Re: your booking",
        "RE: Invoice query",
        "Re: Re: keys for Saturday",
        "Fwd: contract renewal",
      ])
    }\n\n`,
  );
  b.text(d.pick(["Hi ", "Hello ", "Dear ", "Hey "])).ent("PERSON", r.first).text(",\n\n");
  const body = [
    "Thanks for getting back to me so quickly. I've passed your details to {of}, who will ring you on {ph} to arrange a time.",
    "Just confirming we have your new address as {addr}, {town}. If that's wrong, please let me know before Friday.",
    "{ofl}'s team can meet you at {addr} on Thursday; their direct line is {ph}.",
    "i spoke to {of} this morning and they're happy to go ahead - can you call them back on {ph}",
    "As discussed, please send the signed copy to {addr}, {town}, for the attention of {ot} {olast}.",
  ];
  for (const s of d.f.helpers.arrayElements(body, int(d, 1, 3))) {
    fill(b, s, {
      of: P(o.full),
      ofl: P(o.first),
      olast: P(o.last),
      ot: [null, title(d, o, "en")],
      ph: ["PHONE", c.phone(d, maybe(d, 0.3))],
      addr: ["ADDRESS", c.street(d)],
      town: [null, c.town(d)],
    });
    b.text(maybe(d) ? " " : "\n\n");
  }
  b.text(`\n${d.pick(["Kind regards,", "Best,", "Thanks,", "Cheers,", "Many thanks"])}\n`);
  signature(x, a, work);
  b.text(`\nOn ${meetDay(d)} at ${clock(d)}, `).ent("PERSON", r.full).text(" <").ent("EMAIL", re)
    .text("> wrote:\n> ");
  fill(
    b,
    d.pick([
      "Hi {a}, could you check whether {o}'s paperwork arrived?",
      "Hello {a}, my card {card} was charged twice for the same order.",
      "{a} - can you confirm the deposit went to {iban}?",
    ]),
    {
      a: P(a.first),
      o: P(o.first),
      card: ["CARD", card(d)],
      iban: ["IBAN", c.iban ? c.iban(d) : COUNTRIES.GB.iban!(d)],
    },
  );
  b.text("\n> Thanks\n> ").ent("PERSON", r.first).text("\n");
};

const minutes = (x: Ctx) => {
  const { d, b, c } = x;
  const [a, e, f, g] = x.ppl;
  b.known.push(a.full, e.full);
  b.text(
    `${d.pick(["Minutes", "MINUTES", "Meeting notes"])} - ${
      d.pick(["Residents' association", "Board meeting", "PTA committee", "Weekly ops sync"])
    }, ${meetDay(d)}\n`,
  );
  b.text(`${d.pick(["Present", "Attendees", "In attendance"])}: `).ent("PERSON", a.full).text(
    " (chair), ",
  ).ent("PERSON", e.full).text(", ");
  b.text(sp(title(d, f, "en"))).ent("PERSON", f.last).text("\nApologies: ").ent("PERSON", g.full)
    .text("\n\n");
  const items = [
    "{ef} reported that the repair at {addr} is finished.",
    "{fl} to chase the invoice; contact on {ph}.",
    "AOB: {gf}'s leaving drinks next week. {af} will book.",
    "Action: {ef} to email {mail} with the new rota.",
    "{af} noted the shared folder is at {url}.",
  ];
  let no = 0;
  for (const s of d.f.helpers.arrayElements(items, int(d, 2, 5))) {
    b.text(`${++no}. `);
    fill(b, s, {
      ef: P(e.first),
      fl: P(f.last),
      gf: P(g.first),
      af: P(a.first),
      addr: ["ADDRESS", c.street(d)],
      ph: ["PHONE", c.phone(d)],
      mail: ["EMAIL", email(d, g, c)],
      url: ["URL", personalUrl(d, a)],
    });
    b.text("\n");
  }
  b.text("\nNext meeting: same time. Minutes taken by ").ent("PERSON", e.first).text(".\n");
};

const callTranscript = (x: Ctx) => {
  const { d, b, c } = x;
  const [ag, cu] = x.ppl;
  const lc = (s: string) => s.toLowerCase().replace(/,/g, "");
  const named = maybe(d, 0.4);
  const A = d.pick(["agent", "AGENT", "Speaker 1", "rep"]);
  const U = d.pick(["caller", "CUSTOMER", "Speaker 2"]);
  // ASR output: lower case, little punctuation, speaker labels (sometimes the agent's name).
  const say = (who: "a" | "u", s = "") => {
    if (who === "a" && named) b.ent("PERSON", lc(ag.first));
    else b.text(who === "a" ? A : U);
    b.text(`: ${s}`);
  };
  say("a", "thanks for calling this is ");
  b.ent("PERSON", lc(ag.first)).text(" how can i help\n");
  say("u", d.pick(["hi yeah um my name is ", "hello it's ", "yes hi this is "]));
  b.ent("PERSON", lc(cu.full)).text(" i'm calling about my bill\n");
  say("a", "no problem can i take your date of birth\n");
  say("u", "it's ");
  b.ent("DATE", lc(dob(d, x.bd, c.cc, "en"))).text("\n");
  say("a", "and the first line of the address\n");
  say("u");
  b.ent("ADDRESS", lc(c.street(d))).text("\n");
  say("a", "lovely and a good number to reach you\n");
  say("u");
  b.ent("PHONE", c.phone(d).replace(/[()-]/g, " ").replace(/\s+/g, " ").trim()).text("\n");
  if (maybe(d)) {
    say("a", "and for security the long number on the card\n");
    say("u", "it's ");
    b.ent("CARD", card(d).replace(/-/g, " ")).text("\n");
  }
  if (c.id && maybe(d, 0.4)) {
    const id = c.id(d, cu, x.bd);
    say("a", `i also need your ${id.label.toLowerCase()}\n`);
    say("u");
    b.ent("ID", id.value).text("\n");
  }
  say("a", `thank you ${cu.sex === "f" ? "miss" : "mister"} `);
  b.ent("PERSON", lc(cu.last)).text(" bear with me\n");
};

const voiceNote = (x: Ctx) => {
  const { d, b, c } = x;
  const [me, kid, other] = x.ppl;
  b.text(`Voice note ${clock(d)} (transcribed)\n`);
  fill(
    b,
    d.pick([
      "hey it's {me} just to say {kid} needs picking up from {addr} at four and {other} can't do it so call me on {ph} ok bye",
      "hiya {kid} it's {me} again dinner's at {other}'s tonight their address is {addr} text me on {ph} if you're late",
      "{me} here um the plumber {otherfull} rang he can come tomorrow his number is {ph} and he's at {addr} if you need to drop the keys",
    ]),
    {
      me: P(me.first.toLowerCase()),
      kid: P(kid.first.toLowerCase()),
      other: P(other.first.toLowerCase()),
      otherfull: P(other.full.toLowerCase()),
      addr: ["ADDRESS", c.street(d).toLowerCase()],
      ph: ["PHONE", c.phone(d)],
    },
  );
  b.text("\n");
};

const ticket = (x: Ctx) => {
  const { d, b, c } = x;
  const [u, ag] = x.ppl;
  b.text(
    `Ticket #${int(d, 10000, 99999)} | Priority: ${d.pick(["High", "Normal", "Low"])}\nRequester: `,
  ).ent("PERSON", u.full);
  b.text(" (").ent("EMAIL", email(d, u, c)).text(")\nAssigned: ").ent("PERSON", ag.first).text(
    "\n\n",
  );
  fill(
    b,
    d.pick([
      "Customer cannot log in since the update. Last login from {ip}. Profile: {url}. Callback on {ph}.",
      "User reports a double charge on card {card}. Source IP {ip}. Ship-to: {addr}.",
      "{uf} says the password reset mail never arrives; request came from {ip} and {ip2}.",
    ]),
    {
      ip: ["IP", ip(d)],
      ip2: ["IP", ip(d)],
      url: ["URL", personalUrl(d, u)],
      ph: ["PHONE", c.phone(d)],
      card: ["CARD", card(d)],
      addr: ["ADDRESS", c.street(d)],
      uf: P(u.first),
    },
  );
  b.text("\n\n-- internal note from ").ent("PERSON", ag.full).text(
    `: escalated to tier 2, ${
      d.pick(["waiting on billing", "verified identity", "refund approved"])
    }.\n`,
  );
};

const slack = (x: Ctx) => {
  const { d, b, c } = x;
  const [a, e, f] = x.ppl;
  const line = (p: Person) => {
    b.ent("PERSON", p.full).text(`  ${int(d, 8, 11)}:${pad(int(d, 0, 59))} AM\n`);
  };
  b.text(`#${d.pick(["ops", "front-desk", "warehouse", "general"])}\n\n`);
  line(a);
  b.text("@").ent("PERSON", e.first).text(" can you send ").ent("PERSON", f.first).text(
    d.pick(["'s new address to the courier", " the parcel details"]),
  ).text("?\n");
  line(e);
  b.text("sure it's ").ent("ADDRESS", c.street(d)).text(`, ${c.town(d)}\n`);
  line(a);
  fill(
    b,
    d.pick([
      "thx, and her mobile? {ph}?",
      "and the cell is {ph} right",
      "👍 ping {ff} on {ph} before 5",
    ]),
    {
      ph: ["PHONE", c.phone(d)],
      ff: P(f.first),
    },
  );
  b.text("\n");
};

const whatsapp = (x: Ctx) => {
  const { d, b, c } = x;
  const [a, e, f] = x.ppl;
  const dt = `${pad(int(d, 1, 28))}/${pad(int(d, 1, 12))}/2025`;
  let min = int(d, 7, 20) * 60;
  const w = (p: Person, first = maybe(d)) => {
    min += int(d, 1, 40);
    b.text(`${dt}, ${pad(Math.floor(min / 60))}:${pad(min % 60)} - `).ent(
      "PERSON",
      first ? p.first : p.full,
    ).text(": ");
  };
  w(a);
  b.text(d.pick(["Hi ", "Morning ", "Hey "])).ent("PERSON", e.first).text(
    " 😊 is the flat still free?\n",
  );
  w(e);
  fill(
    b,
    d.pick([
      "yes! viewing is at {addr}, ring {ph} when you're outside",
      "Yes. Come to {addr}. My number is {ph}",
      "still free, my sister {ff} will show you round, {ph}",
    ]),
    {
      addr: ["ADDRESS", c.street(d)],
      ph: ["PHONE", c.phone(d)],
      ff: P(f.first),
    },
  );
  b.text("\n");
  w(a);
  b.text("great, i'll send the deposit. my email is ").ent("EMAIL", email(d, a, c)).text("\n");
  if (c.iban && maybe(d)) {
    w(e);
    b.text("bank: ").ent("IBAN", c.iban(d));
    if (maybe(d)) b.text(" (name on account: ").ent("PERSON", e.full).text(")");
    b.text("\n");
  }
};

const hrNote = (x: Ctx) => {
  const { d, b, c } = x;
  const [cand, mgr, ref] = x.ppl;
  b.text(`${d.pick(["CONFIDENTIAL - HR", "Recruiting notes", "Interview feedback"])}\nCandidate: `)
    .ent("PERSON", cand.full);
  b.text("\nDOB: ").ent("DATE", dob(d, x.bd, c.cc, "en")).text("\nHome: ").ent(
    "ADDRESS",
    c.street(d),
  ).text(`, ${c.town(d)}`);
  if (c.id) {
    const id = c.id(d, cand, x.bd);
    b.text(`\n${id.label}: `).ent("ID", id.value);
  }
  b.text("\nMobile: ").ent("PHONE", c.phone(d)).text("\nCV: ").ent("URL", personalUrl(d, cand))
    .text("\n\n");
  fill(
    b,
    d.pick([
      "{mf} interviewed {cf} on Tuesday. Strong on scheduling; {cl}'s references from {rf} were good.",
      "Interviewer: {mt} {ml}. {cf} would start in May; reference {rfull} can be reached on {rph}.",
      "{cf} asked about remote work. {ml} thinks {cl} is a fit for the night shift.",
    ]),
    {
      mf: P(mgr.first),
      ml: P(mgr.last),
      mt: [null, title(d, mgr, "en")],
      cf: P(cand.first),
      cl: P(cand.last),
      rf: P(ref.full),
      rfull: P(ref.full),
      rph: ["PHONE", c.phone(d, true)],
    },
  );
  b.text("\n");
};

const medical = (x: Ctx) => {
  const { d, b, c } = x;
  const [pt, doc] = x.ppl;
  b.text(
    `${
      d.pick(["Appointment reminder", "APPOINTMENT CONFIRMATION", "Reminder from your practice"])
    }\n\n${d.pick(["Dear", "Hello"])} ${sp(title(d, pt, "en"))}`,
  );
  b.ent("PERSON", maybe(d) ? pt.last : pt.full).text(",\n\n");
  b.text(`This is a reminder of your appointment with ${d.pick(["Dr. ", "Dr ", "Nurse "])}`).ent(
    "PERSON",
    doc.last,
  );
  b.text(` on ${meetDay(d)} at ${clock(d)}.\nPatient: `).ent("PERSON", pt.full).text(", born ").ent(
    "DATE",
    dob(d, x.bd, c.cc, "en"),
  );
  b.text("\nAddress on file: ").ent("ADDRESS", c.street(d)).text("\n");
  b.text(`To reschedule call ${d.pick(["", "us on "])}`).ent("PHONE", c.phone(d)).text(" or use ")
    .ent("URL", `https://portal.brightwater-dental.com/appt/${slug(pt.last)}${digits(d, 5)}`).text(
      ".\n",
    );
};

const schoolLetter = (x: Ctx) => {
  const { d, b, c } = x;
  const [kid, par, tch] = x.ppl;
  b.text(`${d.pick(["Dear Parent/Guardian of ", "Dear parents of ", "To the family of "])}`).ent(
    "PERSON",
    kid.full,
  ).text(` (${d.pick(["Year 4", "Grade 3", "Class 6B", "Form 2"])}),\n\n`);
  fill(
    b,
    d.pick([
      "{kid} has been selected for the county swimming gala. Please return the slip to {tt} {tl} by Friday.",
      "We have updated our records: {par}, {addr}, {ph}. If any of this is wrong please tell the office.",
      "{kid}'s trip form is still missing. {tt} {tl} can be reached at {mail}.",
    ]),
    {
      kid: P(kid.first),
      par: P(par.full),
      tt: [null, title(d, tch, "en")],
      tl: P(tch.last),
      addr: ["ADDRESS", c.street(d)],
      ph: ["PHONE", c.phone(d)],
      mail: ["EMAIL", email(d, tch, c, "stmarys-primary.sch.example")],
    },
  );
  b.text(`\n\nYours sincerely,\n\n${title(d, tch, "en")} `).ent("PERSON", tch.full).text(
    "\nClass teacher\n",
  );
};

const postal = (x: Ctx, p: Person) => {
  const { d, b, c } = x;
  b.text(maybe(d, 0.3) ? `${title(d, p, c.lang)} `.trimStart() : "").ent("PERSON", p.full).text(
    "\n",
  ).ent("ADDRESS", c.street(d)).text(`\n${c.town(d)}\n`);
};

const tenancy = (x: Ctx) => {
  const { d, b, c } = x;
  const [ll, tn] = x.ppl;
  postal(x, ll);
  b.text("\n");
  postal(x, tn);
  b.text(`\n${meetDay(d)}\n\nDear ${sp(title(d, tn, "en"))}`).ent("PERSON", tn.last).text(",\n\n");
  fill(
    b,
    d.pick([
      "Re: notice to end tenancy. I confirm the tenancy ends on 30 June. The deposit will be returned to {iban} once the inventory is checked.",
      "Following the inspection, the boiler will be serviced next week. {ll2}'s contractor will call you on {ph}.",
      "The rent has not been received for May. Please pay to {iban} quoting your name, or call me on {ph}.",
    ]),
    {
      iban: c.iban ? ["IBAN", c.iban(d)] : ["CARD", card(d)],
      ph: ["PHONE", c.phone(d)],
      ll2: P(ll.first),
    },
  );
  b.text("\n\nYours sincerely,\n").ent("PERSON", ll.full).text("\nLandlord\n");
};

const claim = (x: Ctx) => {
  const { d, b, c } = x;
  const [cl, wit, sol] = x.ppl;
  b.text(
    `${
      d.pick(["INSURANCE CLAIM FORM", "Claim notification", "Statement of claim (draft)"])
    }\nPolicy no.: ${letter(d)}${letter(d)}-${int(d, 100000, 999999)}\n`,
  );
  b.text("Policyholder: ").ent("PERSON", cl.full).text("\nDate of birth: ").ent(
    "DATE",
    dob(d, x.bd, c.cc, "en"),
  );
  b.text("\nAddress: ").ent("ADDRESS", c.street(d)).text(`, ${c.town(d)}\nPhone: `).ent(
    "PHONE",
    c.phone(d, maybe(d)),
  ).text("\n\n");
  fill(
    b,
    d.pick([
      "Description: water from the flat above ({addr}) came through the ceiling. Witness: {wf}, tel. {wph}.",
      "On the evening of the incident my neighbour {wf} saw the van reverse into my car. Our solicitor, {sf} of Kestrel Legal, has the photos.",
      "The bike was stolen outside {addr}. {wl} (neighbour) heard the alarm.",
    ]),
    {
      addr: ["ADDRESS", c.street(d)],
      wf: P(wit.full),
      wl: P(wit.last),
      wph: ["PHONE", c.phone(d)],
      sf: P(sol.full),
    },
  );
  b.text("\nRefund to: ");
  if (c.iban) b.ent("IBAN", c.iban(d));
  else b.text("card ").ent("CARD", card(d));
  b.text("\nSigned: ").ent("PERSON", cl.full).text("\n");
};

const shipping = (x: Ctx) => {
  const { d, b, c } = x;
  const [to, from] = x.ppl;
  b.text(`Delivery note ${letter(d)}${int(d, 100000, 999999)}\n\nShip to:\n`).ent("PERSON", to.full)
    .text("\n");
  b.ent("ADDRESS", c.street(d)).text(`\n${c.town(d)}\nTel: `).ent("PHONE", c.phone(d)).text("\n\n");
  fill(
    b,
    d.pick([
      "Instructions: leave with {nb} at no. {n} if out. Do not leave in porch.",
      "Driver: call {tf} 10 min before arrival. Gate code {code}.",
      "Signed for by: {tl}",
    ]),
    {
      nb: P(from.first),
      n: [null, String(int(d, 1, 99))],
      tf: P(to.first),
      code: [null, `#${int(d, 100, 999)}`],
      tl: P(to.last.toUpperCase()),
    },
  );
  b.text("\nSender: ").ent("PERSON", from.full).text(" / ").ent("EMAIL", email(d, from, c, d0(x)))
    .text("\n");
};

const invoice = (x: Ctx) => {
  const { d, b, c } = x;
  const [cu, st] = x.ppl;
  b.text(
    `${d.pick(["INVOICE", "Receipt", "TAX INVOICE"])} ${int(d, 1000, 9999)}-${
      letter(d)
    }\n\nBill to:\n`,
  ).ent("PERSON", cu.full).text("\n");
  b.ent("ADDRESS", c.street(d)).text(`\n${c.town(d)}\n\n`);
  b.text(
    `Description                 Qty   Amount\n${
      d.pick(["Boiler service", "Dental check-up", "Removal (2 men, 4h)", "Tutoring, 6 sessions"])
    }        1     ${int(d, 60, 900)}.00\n\n`,
  );
  if (c.iban && maybe(d)) {
    b.text("Please pay by bank transfer to ").ent("IBAN", c.iban(d)).text(".\n");
  } else {b.text(`Paid by ${d.pick(["Visa", "card", "Mastercard"])} `).ent("CARD", card(d)).text(
      ".\n",
    );}
  b.text("Served by ").ent("PERSON", st.first).text(". Queries: ").ent(
    "EMAIL",
    email(d, st, c, d0(x)),
  ).text("\n");
};

const calendar = (x: Ctx) => {
  const { d, b, c } = x;
  const [org, at1, at2] = x.ppl;
  b.known.push(org.full, at1.full);
  const oe = email(d, org, c, d0(x));
  b.text("BEGIN:VEVENT\nSUMMARY:").text(
    d.pick(["Viewing", "Quarterly review", "Parents' evening", "Site visit"]),
  ).text(" with ").ent("PERSON", at2.full);
  b.text("\nORGANIZER;CN=").ent("PERSON", org.full).text(":mailto:").ent("EMAIL", oe);
  b.text("\nATTENDEE;CN=").ent("PERSON", at1.full).text(":mailto:").ent("EMAIL", email(d, at1, c));
  b.text("\nLOCATION:").ent("ADDRESS", c.street(d)).text(`\\, ${c.town(d).replace(/,/g, "\\,")}`);
  b.text("\nDESCRIPTION:Dial-in ").ent("PHONE", c.phone(d, true)).text(". Ask for ").ent(
    "PERSON",
    at1.first,
  ).text(" at reception.\nEND:VEVENT\n");
};

const csv = (x: Ctx) => {
  const { d, b, c } = x;
  const sep = d.pick([",", ";", "\t"]);
  b.text(["name", "email", "phone", "street", "dob"].join(sep) + "\n");
  for (let i = 0; i < int(d, 2, 4); i++) {
    const p = person(d, c.cultures, 0.45);
    const q = maybe(d, 0.2) && /^[\p{Script=Latin}\s'.-]+$/u.test(p.full);
    if (q) b.text('"').ent("PERSON", `${p.last}, ${p.first}`).text('"');
    else b.ent("PERSON", p.full);
    b.text(sep).ent("EMAIL", email(d, p, c)).text(sep).ent("PHONE", c.phone(d)).text(sep);
    const s = c.street(d);
    if (s.includes(sep) || s.includes(",")) b.text('"').ent("ADDRESS", s).text('"');
    else b.ent("ADDRESS", s);
    b.text(sep).ent("DATE", dob(d, birth(d), c.cc, "en")).text("\n");
  }
};

const structured = (x: Ctx) => {
  const { d, b, c } = x;
  const [p, q] = x.ppl;
  const js = (s: string) => JSON.stringify(s).slice(1, -1);
  if (maybe(d)) {
    b.text('{\n  "customer": {\n    "name": "').ent("PERSON", js(p.full)).text('",\n    "email": "')
      .ent("EMAIL", email(d, p, c));
    b.text('",\n    "phone": "').ent("PHONE", c.phone(d, true)).text(
      '",\n    "address": {"line1": "',
    ).ent("ADDRESS", js(c.street(d)));
    b.text(`", "city": "${js(c.town(d))}"},\n    "last_ip": "`).ent("IP", ip(d)).text(
      '"\n  },\n  "account_manager": "',
    ).ent("PERSON", js(q.full)).text('"\n}\n');
  } else {
    b.text("contact:\n  name: ").ent("PERSON", p.full).text("\n  born: ").ent(
      "DATE",
      `${x.bd.y}-${pad(x.bd.m)}-${pad(x.bd.dd)}`,
    );
    b.text("\n  mobile: '").ent("PHONE", c.phone(d)).text("'\n  home: ").ent(
      "ADDRESS",
      c.street(d).replace(/:/g, " "),
    );
    b.text("\n  web: ").ent("URL", personalUrl(d, p)).text("\nowner: ").ent(
      "PERSON",
      q.first.toLowerCase(),
    ).text("\n");
  }
};

const mdTable = (x: Ctx) => {
  const { d, b, c } = x;
  b.text(
    `### ${
      d.pick(["Volunteer rota", "Emergency contacts", "Team directory"])
    }\n\n| Name | Phone | Email |\n| --- | --- | --- |\n`,
  );
  for (let i = 0; i < int(d, 2, 4); i++) {
    const p = person(d, c.cultures, 0.45);
    b.text("| ").ent("PERSON", maybe(d, 0.8) ? p.full : p.first).text(" | ").ent(
      "PHONE",
      c.phone(d),
    ).text(" | ").ent("EMAIL", email(d, p, c)).text(" |\n");
  }
};

const codeLog = (x: Ctx) => {
  const { d, b, c } = x;
  const [p, q] = x.ppl;
  if (maybe(d)) {
    for (let i = 0; i < int(d, 2, 3); i++) {
      b.ent("IP", ip(d)).text(
        ` - - [12/May/2025:${clock(d)}:${pad(int(d, 0, 59))} +0000] "GET /account?email=`,
      );
      b.ent("EMAIL", email(d, maybe(d) ? p : q, c)).text(
        `&ref=mail HTTP/1.1" 200 ${int(d, 300, 9000)}\n`,
      );
    }
    b.text(`2025-05-12T${clock(d)}:01Z WARN signup failed for user=`).ent(
      "PERSON",
      p.full.replace(/\s/g, "_"),
    ).text(" phone=").ent("PHONE", c.phone(d, true)).text("\n");
  } else {
    b.text('# TODO remove before commit\ntest_user = {\n    "name": "').ent("PERSON", p.full).text(
      '",\n    "card": "',
    ).ent("CARD", card(d));
    b.text('",\n    "national_id": "');
    const id = (c.id ?? COUNTRIES.US.id!)(d, p, x.bd);
    b.ent("ID", id.value).text('",\n}\n# reviewer: ').ent("PERSON", q.first).text("\n");
  }
};

const EN_TEMPLATES = [
  emailThread,
  minutes,
  callTranscript,
  voiceNote,
  ticket,
  slack,
  whatsapp,
  hrNote,
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
];

// ------------------------------------------------------------------ other languages

interface Pack {
  subj: string[];
  formal(p: Person, d: Draw): string;
  hi: string[];
  bye: string[];
  /** Sentences with slots {addr} {town} {ph} {mail} {iban} {dob} {idl} {id} {o} {of} {me}. */
  say: string[];
  form: [string, string, string, string, string, string, string];
}

const PACKS: Record<Exclude<Lang, "en">, Pack> = {
  de: {
    subj: [
      "Kündigung Mietvertrag",
      "Rückfrage zur Rechnung",
      "Terminbestätigung",
      "Anmeldung Schwimmkurs",
    ],
    formal: (
      p,
      d,
    ) => (p.sex === "f" ? "Sehr geehrte Frau " : d.pick(["Sehr geehrter Herr ", "Grüezi Herr "])),
    hi: ["Hallo ", "Liebe Grüße an ", "Servus "],
    bye: ["Mit freundlichen Grüßen", "Freundliche Grüsse", "Beste Grüße", "LG"],
    say: [
      "Meine neue Anschrift lautet {addr}, {town}.",
      "Sie erreichen mich unter {ph} oder per E-Mail an {mail}.",
      "Geburtsdatum: {dob}, {idl} {id}.",
      "Bitte überweisen Sie die Kaution auf {iban}.",
      "Den Schlüssel hat {o} {of}, Tel. {ph2}.",
    ],
    form: ["Anmeldung", "Name", "Geburtsdatum", "Adresse", "Telefon", "E-Mail", "IBAN"],
  },
  fr: {
    subj: [
      "Résiliation du bail",
      "Question sur la facture",
      "Confirmation de rendez-vous",
      "Inscription à la garderie",
    ],
    formal: (p) => (p.sex === "f" ? "Madame " : "Monsieur "),
    hi: ["Bonjour ", "Salut ", "Coucou "],
    bye: [
      "Cordialement",
      "Bien à vous",
      "Veuillez agréer mes salutations distinguées",
      "Bonne journée",
    ],
    say: [
      "Ma nouvelle adresse est {addr}, {town}.",
      "Vous pouvez me joindre au {ph} ou par courriel à {mail}.",
      "Date de naissance : {dob} ; {idl} : {id}.",
      "Merci de rembourser la caution sur le compte {iban}.",
      "{o} {of} garde un double des clés, joignable au {ph2}.",
    ],
    form: ["Fiche d'inscription", "Nom", "Né(e) le", "Adresse", "Tél.", "Courriel", "IBAN"],
  },
  it: {
    subj: ["Disdetta del contratto", "Domanda sulla fattura", "Conferma appuntamento"],
    formal: (p) => (p.sex === "f" ? "Gentile Signora " : "Egregio Signor "),
    hi: ["Ciao ", "Buongiorno ", "Salve "],
    bye: ["Cordiali saluti", "Distinti saluti", "Un saluto"],
    say: [
      "Il mio nuovo indirizzo è {addr}, {town}.",
      "Potete contattarmi al {ph} oppure a {mail}.",
      "Data di nascita: {dob}; {idl}: {id}.",
      "Vi prego di restituire la cauzione sull'IBAN {iban}.",
      "Le chiavi le ha {o} {of} (tel. {ph2}).",
    ],
    form: [
      "Modulo di iscrizione",
      "Nome e cognome",
      "Nato/a il",
      "Indirizzo",
      "Cellulare",
      "E-mail",
      "IBAN",
    ],
  },
  nl: {
    subj: ["Opzegging huurcontract", "Vraag over factuur", "Bevestiging afspraak"],
    formal: (p) => (p.sex === "f" ? "Geachte mevrouw " : "Geachte heer "),
    hi: ["Hoi ", "Dag ", "Beste "],
    bye: ["Met vriendelijke groet", "Groetjes", "Mvg"],
    say: [
      "Mijn nieuwe adres is {addr}, {town}.",
      "U kunt mij bereiken op {ph} of via {mail}.",
      "Geboortedatum: {dob}, {idl}: {id}.",
      "Gelieve de waarborg terug te storten op {iban}.",
      "De reservesleutel ligt bij {o} {of}, tel. {ph2}.",
    ],
    form: [
      "Inschrijvingsformulier",
      "Naam",
      "Geboortedatum",
      "Adres",
      "Gsm",
      "E-mail",
      "Rekeningnummer",
    ],
  },
  da: {
    subj: ["Opsigelse af lejemål", "Spørgsmål til faktura", "Bekræftelse af tid"],
    formal: () => "Kære ",
    hi: ["Hej ", "Hejsa ", "Kære "],
    bye: ["Med venlig hilsen", "Venlig hilsen", "Mvh."],
    say: [
      "Min nye adresse er {addr}, {town}.",
      "I kan ringe til mig på {ph} eller skrive til {mail}.",
      "Mit {idl} er {id}.",
      "Depositum bedes tilbagebetalt til {iban}.",
      "Min nabo {of} har en ekstra nøgle ({ph2}).",
    ],
    form: ["Tilmelding", "Navn", "Fødselsdato", "Adresse", "Mobil", "E-mail", "IBAN"],
  },
  nb: {
    subj: ["Oppsigelse av leiekontrakt", "Spørsmål om faktura", "Bekreftelse på time"],
    formal: () => "Hei ",
    hi: ["Hei ", "Heisann ", "Hallo "],
    bye: ["Med vennlig hilsen", "Vennlig hilsen", "Mvh"],
    say: [
      "Min nye adresse er {addr}, {town}.",
      "Du når meg på {ph} eller {mail}.",
      "Født {dob}, {idl} {id}.",
      "Depositumet kan betales tilbake til {iban}.",
      "Naboen min {of} har ekstranøkkel, ring {ph2}.",
    ],
    form: ["Påmelding", "Navn", "Fødselsdato", "Adresse", "Mobil", "E-post", "IBAN"],
  },
  fi: {
    subj: ["Vuokrasopimuksen irtisanominen", "Kysymys laskusta", "Ajanvarauksen vahvistus"],
    formal: () => "Hei ",
    hi: ["Hei ", "Moi ", "Terve "],
    bye: ["Ystävällisin terveisin", "Terveisin", "t."],
    say: [
      "Uusi osoitteeni on {addr}, {town}.",
      "Minut tavoittaa numerosta {ph} tai osoitteesta {mail}.",
      "Syntymäaika {dob}, {idl} {id}.",
      "Palauttakaa vakuus tilille {iban}.",
      "Naapurillani {of} on vara-avain, puh. {ph2}.",
    ],
    form: [
      "Ilmoittautuminen",
      "Nimi",
      "Syntymäaika",
      "Osoite",
      "Puhelin",
      "Sähköposti",
      "Tilinumero",
    ],
  },
  cs: {
    subj: ["Výpověď nájemní smlouvy", "Dotaz k faktuře", "Potvrzení termínu"],
    formal: (p) => (p.sex === "f" ? "Vážená paní " : "Dobrý den, pane "),
    hi: ["Ahoj ", "Dobrý den, ", "Čau "],
    bye: ["S pozdravem", "S přátelským pozdravem", "Díky"],
    say: [
      "Moje nová adresa je {addr}, {town}.",
      "Zastihnete mě na čísle {ph} nebo na {mail}.",
      "Datum narození: {dob}, {idl}: {id}.",
      "Kauci prosím vraťte na účet {iban}.",
      "Náhradní klíč má {o} {of}, tel. {ph2}.",
    ],
    form: [
      "Přihláška",
      "Jméno a příjmení",
      "Datum narození",
      "Adresa",
      "Telefon",
      "E-mail",
      "IBAN",
    ],
  },
  ro: {
    subj: ["Reziliere contract de închiriere", "Întrebare despre factură", "Confirmare programare"],
    formal: (p) => (p.sex === "f" ? "Stimată doamnă " : "Stimate domnule "),
    hi: ["Salut ", "Bună ziua, ", "Bună "],
    bye: ["Cu stimă", "Cu respect", "Mulțumesc"],
    say: [
      "Noua mea adresă este {addr}, {town}.",
      "Mă puteți contacta la {ph} sau pe e-mail la {mail}.",
      "Data nașterii: {dob}, {idl}: {id}.",
      "Vă rog să returnați garanția în contul {iban}.",
      "Cheia de rezervă o are {o} {of}, tel. {ph2}.",
    ],
    form: [
      "Formular de înscriere",
      "Nume și prenume",
      "Data nașterii",
      "Adresa",
      "Telefon",
      "E-mail",
      "IBAN",
    ],
  },
  es: {
    subj: ["Cancelación del contrato", "Consulta sobre la factura", "Confirmación de cita"],
    formal: (p) => (p.sex === "f" ? "Estimada Sra. " : "Estimado Sr. "),
    hi: ["Hola ", "Buenas tardes, ", "Qué tal "],
    bye: ["Saludos cordiales", "Atentamente", "Un abrazo"],
    say: [
      "Mi nuevo domicilio es {addr}, {town}.",
      "Me pueden localizar al {ph} o en {mail}.",
      "Fecha de nacimiento: {dob}.",
      "Mi tarjeta {card} fue cargada dos veces.",
      "La llave la tiene {o} {of}, cel. {ph2}.",
    ],
    form: [
      "Ficha del paciente",
      "Nombre completo",
      "Fecha de nacimiento",
      "Domicilio",
      "Celular",
      "Correo",
      "Tarjeta",
    ],
  },
  pt: {
    subj: ["Rescisão do contrato de aluguel", "Dúvida sobre a fatura", "Confirmação de consulta"],
    formal: (p) => (p.sex === "f" ? "Prezada Sra. " : "Prezado Sr. "),
    hi: ["Oi ", "Olá ", "Bom dia, "],
    bye: ["Atenciosamente", "Abraços", "Obrigado"],
    say: [
      "Meu novo endereço é {addr}, {town}.",
      "Pode me ligar no {ph} ou escrever para {mail}.",
      "Data de nascimento: {dob}, {idl}: {id}.",
      "Por favor, devolvam o depósito para {iban}.",
      "A chave reserva está com {o} {of}, tel. {ph2}.",
    ],
    form: [
      "Ficha de cadastro",
      "Nome completo",
      "Data de nascimento",
      "Endereço",
      "Celular",
      "E-mail",
      "IBAN",
    ],
  },
};

const FOREIGN: Cc[] = ["AT", "CH", "BE", "DK", "NO", "FI", "CZ", "RO", "MX", "BR", "QC"];

function foreignLang(d: Draw, cc: Cc): Exclude<Lang, "en"> {
  if (cc === "CH") return d.pick(["de", "de", "fr", "it"]);
  if (cc === "BE") return d.pick(["nl", "fr"]);
  return COUNTRIES[cc].lang as Exclude<Lang, "en">;
}

function slotsFor(x: Ctx, lang: Lang, me: Person, o: Person) {
  const { d, c } = x;
  const id = c.id?.(d, me, x.bd);
  return {
    addr: ["ADDRESS", c.street(d)],
    town: [null, c.town(d)],
    ph: ["PHONE", c.phone(d, maybe(d, 0.3))],
    ph2: ["PHONE", c.phone(d)],
    mail: ["EMAIL", email(d, me, c)],
    iban: ["IBAN", c.iban ? c.iban(d) : ""],
    card: ["CARD", card(d)],
    dob: ["DATE", dob(d, x.bd, c.cc, lang)],
    idl: [null, id?.label ?? ""],
    id: ["ID", id?.value ?? ""],
    o: [null, title(d, o, lang)],
    of: P(lang === "da" || lang === "nb" || lang === "fi" ? o.first : o.full),
    me: P(me.full),
  } as Record<string, [Planted["type"] | null, string]>;
}

function usable(x: Ctx, s: string): boolean {
  if (s.includes("{iban}") && !x.c.iban) return false;
  if (s.includes("{id}") && !x.c.id) return false;
  return true;
}

const foreignLetter = (x: Ctx, lang: Exclude<Lang, "en">) => {
  const { d, b, c } = x;
  const [me, you, o] = x.ppl;
  const pk = PACKS[lang];
  if (maybe(d, 0.4)) {
    b.ent("PERSON", me.full).text("\n").ent("ADDRESS", c.street(d)).text(`\n${c.town(d)}\n\n`);
  }
  b.text(`${d.pick(pk.subj)}\n\n`);
  if (maybe(d, 0.55)) b.text(pk.formal(you, d)).ent("PERSON", you.last);
  else b.text(d.pick(pk.hi)).ent("PERSON", you.first);
  b.text(",\n\n");
  const lines = d.f.helpers.arrayElements(pk.say.filter((s) => usable(x, s)), int(d, 2, 4));
  for (const s of lines) {
    fill(b, s, slotsFor(x, lang, me, o));
    b.text(" ");
  }
  b.text(`\n\n${d.pick(pk.bye)}\n`).ent("PERSON", maybe(d, 0.7) ? me.full : me.first).text("\n");
};

const foreignForm = (x: Ctx, lang: Exclude<Lang, "en">) => {
  const { d, b, c } = x;
  const [me, you, o] = x.ppl;
  const pk = PACKS[lang];
  if (maybe(d, 0.6)) {
    const [head, nm, db, ad, tl, ml, bk] = pk.form;
    b.text(`${head}\n\n${nm}: `).ent("PERSON", maybe(d, 0.3) ? `${me.last}, ${me.first}` : me.full);
    b.text(`\n${db}: `).ent("DATE", dob(d, x.bd, c.cc, lang)).text(`\n${ad}: `).ent(
      "ADDRESS",
      c.street(d),
    );
    b.text(`\n${c.town(d)}\n${tl}: `).ent("PHONE", c.phone(d)).text(`\n${ml}: `).ent(
      "EMAIL",
      email(d, me, c),
    ).text("\n");
    if (c.id) {
      const id = c.id(d, me, x.bd);
      b.text(`${id.label}: `).ent("ID", id.value).text("\n");
    }
    if (c.iban) b.text(`${bk}: `).ent("IBAN", c.iban(d)).text("\n");
    else if (maybe(d)) b.text(`${bk}: `).ent("CARD", card(d)).text("\n");
  } else {
    const day = `${pad(int(d, 1, 28))}.${pad(int(d, 1, 12))}.25`;
    let min = int(d, 7, 20) * 60;
    const clock = () => {
      min += int(d, 1, 30);
      return `${pad(Math.floor(min / 60))}:${pad(min % 60)}`;
    };
    const say = pk.say.filter((s) => usable(x, s));
    b.text(`[${day}, ${clock()}] `).ent("PERSON", me.first).text(": ").text(d.pick(pk.hi)).ent(
      "PERSON",
      you.first,
    ).text("! ");
    fill(b, say[0], slotsFor(x, lang, me, o));
    b.text(`\n[${day}, ${clock()}] `).ent("PERSON", you.first).text(": 👍\n");
    b.text(`[${day}, ${clock()}] `).ent("PERSON", me.first).text(": ");
    fill(b, say[1], slotsFor(x, lang, me, o));
    b.text("\n");
  }
};

// ------------------------------------------------------------------ the corpus

const OTHER_EN: Cc[] = ["IE", "CA", "AU", "IN", "ZA"];

/** Writes document `i`: half US/UK English, a fifth other English, the rest other languages. */
function write(i: number, d: Draw, b: DocBuilder) {
  const slot = i % 10;
  if (slot === 2 || slot === 5 || slot === 8) {
    const cc = d.pick(FOREIGN);
    const x = ctx(d, b, cc);
    const lang = foreignLang(d, cc);
    if (Math.floor(i / 10) % 2 === 0 && slot !== 8) foreignLetter(x, lang);
    else foreignForm(x, lang);
    return;
  }
  const cc: Cc = slot === 4 || slot === 9 ? d.pick(OTHER_EN) : d.pick(["US", "GB"]);
  const x = ctx(d, b, cc);
  const k = Math.floor(i / 10) * 7 + slot;
  EN_TEMPLATES[k % EN_TEMPLATES.length](x);
}

function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * True when a perfect redactor (every span masked) would still be scored as
 * leaking: a telling piece of an entity also occurs outside the spans.
 */
function unfair(doc: Doc): boolean {
  let masked = "";
  let at = 0;
  for (const e of [...doc.entities].sort((p, q) => p.start - q.start)) {
    if (e.start < at) return true; // overlapping spans: a template bug, draw again
    masked += doc.text.slice(at, e.start) + " \u2588 ";
    at = e.end;
  }
  const seen = fold(masked + doc.text.slice(at));
  const wordIn = (w: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${esc(w)}(?![\\p{L}\\p{N}])`, "u").test(seen);
  return doc.entities.some((e) => {
    const v = fold(e.value);
    if (!v.trim() || seen.includes(v)) return true;
    if (e.type === "PERSON") {
      const ws = v.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
      return ws.some((w) => w.replace(/\.$/, "").length >= 3 && wordIn(w));
    }
    if (e.type === "EMAIL") return wordIn(v.split("@")[0]);
    const groups = v.match(/[0-9a-z]+/g) ?? [];
    if (e.type === "ADDRESS") {
      return groups.length >= 2 && seen.includes(`${groups[0]} ${groups[1]}`);
    }
    return groups.some((g) => g.length >= 4 && /[0-9]/.test(g) && wordIn(g));
  });
}

/** `n` held-out-6 documents from `seed` (same seed, same corpus). */
export function heldout6Corpus(n: number, seed = 6_602_917): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    for (let attempt = 0;; attempt++) {
      if (attempt > 200) throw new Error(`held-out-6: no fair draw for document ${i}`);
      // Faker's default English (plus base); other locales are drawn per person.
      const d = draw(seed + i + attempt * 1_000_003, []);
      const b = new DocBuilder();
      write(i, d, b);
      const doc = b.done();
      if (!unfair(doc)) {
        docs.push(doc);
        break;
      }
    }
  }
  return docs;
}
