// deno-lint-ignore-file no-self-assign no-unused-vars -- generated corpus code kept as its author wrote it
// probe_k: TRANSCRIPTS of meetings and calls as ASR / diarization tools emit them.
// 35 scenario templates (sales discovery, doctor visits, job interviews, board meetings, family
// voice notes, bank / IT / pharmacy / courier calls, podcasts, Zoom chat, Teams stand-ups, ...),
// each rendered through one of 11 transcript layouts (SPEAKER_00 [hh:mm:ss], "Speaker 1 (00:12):",
// "[Alice Smith] 10:02", WebVTT <v Name>, SRT, Otter, Teams "[2:03 PM] Last, First", Zoom chat,
// podcast "JESS:", Rev "Name: (00:12)", raw voicemail text). ~70 % English (en_US/GB/IN/AU/CA/NG
// names), ~30 % Spanish / German / French. Lower-case ASR style (no punctuation) or Whisper style.
// Spoken numbers, spelled names, e-mails read out, spoken DOBs. Deterministic: one seed per doc.
import { type Doc, DocBuilder, type Planted } from "../_corpus.ts";
import {
  base,
  de,
  de_AT,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IN,
  en_NG,
  en_US,
  es,
  es_MX,
  Faker,
  fr,
  fr_CA,
  it,
  nl,
  pl,
  pt_BR,
  vi,
} from "@faker-js/faker";

type Ty = Planted["type"];
type Part = string | [Ty, string];
type Lang = "en" | "es" | "de" | "fr";

const P = (v: string): Part => ["PERSON", v];
const E = (v: string): Part => ["EMAIL", v];
const PH = (v: string): Part => ["PHONE", v];
const A = (v: string): Part => ["ADDRESS", v];
const D = (v: string): Part => ["DATE", v];
const I = (v: string): Part => ["ID", v];
const IB = (v: string): Part => ["IBAN", v];
const C = (v: string): Part => ["CARD", v];
const U = (v: string): Part => ["URL", v];
const IPa = (v: string): Part => ["IP", v];

interface Person {
  sex: "female" | "male";
  first: string;
  last: string;
  full: string;
}

interface Spk {
  p?: Person;
  role: string; // label used when the speaker has no name / anonymous formats
  form?: number; // label variant chosen once per speaker
}

class Ctx {
  f: Faker;
  nf: Faker; // faker used for people's names (sometimes another locale)
  lang: Lang;
  loc: string;
  lower: boolean;
  constructor(seed: number, lang: Lang, loc: string, locDef: Faker["rawDefinitions"]) {
    this.f = new Faker({ locale: [locDef, en, base] });
    this.f.seed(seed);
    this.lang = lang;
    this.loc = loc;
    let nd = locDef;
    if (lang === "en" && this.f.datatype.boolean({ probability: 0.3 })) {
      nd = this.f.helpers.arrayElement([en_NG, pl, it, nl, pt_BR, vi, en_IN, es_MX]);
    }
    this.nf = new Faker({ locale: [nd, en, base] });
    this.nf.seed(seed * 7 + 1);
    this.lower = this.f.datatype.boolean({ probability: 0.6 });
  }
  pick<T>(xs: readonly T[]): T {
    return this.f.helpers.arrayElement(xs as T[]);
  }
  chance(p = 0.5): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  int(a: number, b: number): number {
    return this.f.number.int({ min: a, max: b });
  }
  person(sex?: "female" | "male"): Person {
    const sx = sex ?? this.pick(["female", "male"] as const);
    const first = this.nf.person.firstName(sx);
    const last = this.nf.person.lastName(sx);
    return { sex: sx, first, last, full: `${first} ${last}` };
  }
  // filler words
  u(): string {
    const fill: Record<Lang, string[]> = {
      en: ["um ", "uh ", "like ", "you know ", "so ", "i mean ", "", "", "", ""],
      es: ["eh ", "este ", "o sea ", "bueno ", "pues ", "", "", ""],
      de: ["äh ", "ähm ", "also ", "halt ", "ja ", "", "", ""],
      fr: ["euh ", "ben ", "du coup ", "en fait ", "bah ", "", "", ""],
    };
    return this.pick(fill[this.lang]);
  }
}

// ---------- spoken numbers ----------
const EN_ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const EN_TENS = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];
function enN(n: number): string {
  if (n < 20) return EN_ONES[n];
  return EN_TENS[Math.floor(n / 10)] + (n % 10 ? " " + EN_ONES[n % 10] : "");
}
function enYear(y: number): string {
  if (y >= 2000) {
    return y === 2000
      ? "two thousand"
      : y < 2010
      ? `two thousand ${EN_ONES[y % 100]}`
      : `twenty ${enN(y % 100)}`;
  }
  const lo = y % 100;
  return `${enN(Math.floor(y / 100))} ${
    lo === 0 ? "hundred" : lo < 10 ? "oh " + EN_ONES[lo] : enN(lo)
  }`;
}
const EN_ORD = [
  "",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];
function enOrd(d: number): string {
  if (d <= 20) return EN_ORD[d];
  if (d === 30) return "thirtieth";
  return `${EN_TENS[Math.floor(d / 10)]} ${EN_ORD[d % 10]}`;
}
const DIG: Record<Lang, string[]> = {
  en: EN_ONES.slice(0, 10),
  es: ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
  de: ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
  fr: ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
};
const FR_SMALL = [
  "zéro",
  "un",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "six",
  "sept",
  "huit",
  "neuf",
  "dix",
  "onze",
  "douze",
  "treize",
  "quatorze",
  "quinze",
  "seize",
  "dix-sept",
  "dix-huit",
  "dix-neuf",
];
function frN(n: number): string {
  if (n < 20) return FR_SMALL[n];
  const t = Math.floor(n / 10), o = n % 10;
  const tw = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];
  if (n < 70) return tw[t] + (o === 0 ? "" : o === 1 ? " et un" : "-" + FR_SMALL[o]);
  if (n < 80) return "soixante" + (n === 71 ? " et onze" : "-" + FR_SMALL[n - 60]);
  if (n === 80) return "quatre-vingts";
  if (n < 90) return "quatre-vingt-" + FR_SMALL[n - 80];
  return "quatre-vingt-" + FR_SMALL[n - 80];
}
/** digits → spoken words, groups kept (separated by ", " or " "). */
function speakDigits(c: Ctx, s: string, opts: { pairsFr?: boolean } = {}): string {
  const plus = s.trim().startsWith("+");
  const groups = s.replace(/^\s*\+/, "").split(/[^0-9A-Za-z]+/).filter(Boolean);
  const sep = c.pick([", ", " ", " ", "... "]);
  const oh = c.lang === "en" && c.chance(0.4);
  const dbl = c.lang === "en" && c.chance(0.4);
  const out = groups.map((g) => {
    if (c.lang === "fr" && opts.pairsFr && /^\d+$/.test(g) && g.length % 2 === 0) {
      const ws: string[] = [];
      for (let i = 0; i < g.length; i += 2) {
        const pr = g.slice(i, i + 2);
        ws.push(pr[0] === "0" ? `zéro ${FR_SMALL[+pr[1]]}` : frN(+pr));
      }
      return ws.join(" ");
    }
    const ws: string[] = [];
    for (let i = 0; i < g.length; i++) {
      const ch = g[i];
      if (!/\d/.test(ch)) {
        ws.push(ch.toLowerCase());
        continue;
      }
      if (dbl && g[i + 1] === ch) {
        ws.push(`double ${ch === "0" && oh ? "oh" : DIG.en[+ch]}`);
        i++;
        continue;
      }
      if (ch === "0" && oh) ws.push("oh");
      else if (c.lang === "de" && ch === "2" && c.chance(0.4)) ws.push("zwo");
      else ws.push(DIG[c.lang][+ch]);
    }
    return ws.join(" ");
  }).join(sep);
  const plusW = { en: "plus ", es: "más ", de: "plus ", fr: "plus " }[c.lang];
  return (plus ? plusW : "") + out;
}
function spell(c: Ctx, s: string): string {
  const letters = [...s.replace(/[\s'’-]/g, "")];
  const style = c.int(0, 3);
  if (style === 0) return letters.map((x) => x.toLowerCase()).join(" ");
  if (style === 1) return letters.map((x) => x.toUpperCase()).join("-");
  if (style === 2) return letters.map((x) => x.toUpperCase()).join(" ");
  return letters.map((x) => x.toLowerCase()).join(". ");
}
function ascii(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]/g, "")
    .toLowerCase();
}

// ---------- PII value generators ----------
function emailOf(c: Ctx, p: Person, corp?: string): string {
  if (corp && c.chance(0.7)) {
    const local = c.pick([
      `${ascii(p.first)}.${ascii(p.last)}`,
      `${ascii(p.first)[0]}${ascii(p.last)}`,
      ascii(p.first),
    ]);
    return `${local}@${corp}`;
  }
  return c.f.internet.email({ firstName: ascii(p.first) || "x", lastName: ascii(p.last) || "y" })
    .toLowerCase();
}
function speakEmail(c: Ctx, e: string): string {
  const W: Record<Lang, Record<string, string[]>> = {
    en: { ".": ["dot"], "_": ["underscore"], "-": ["dash", "hyphen"], "@": ["at"] },
    es: { ".": ["punto"], "_": ["guion bajo", "barra baja"], "-": ["guion"], "@": ["arroba"] },
    de: { ".": ["punkt"], "_": ["unterstrich"], "-": ["bindestrich", "minus"], "@": ["at", "ät"] },
    fr: {
      ".": ["point"],
      "_": ["tiret du bas", "underscore"],
      "-": ["tiret"],
      "@": ["arobase", "at"],
    },
  };
  const w = W[c.lang];
  const numSpoken = c.chance(0.5);
  return e.replace(/[._@-]|\d+/g, (m) => {
    if (/\d/.test(m)) return numSpoken ? ` ${speakDigits(c, m)} ` : ` ${m} `;
    return ` ${c.pick(w[m])} `;
  }).replace(/\s+/g, " ").trim();
}
/** E-mail as said on a call: written, spoken, or half spoken. */
function sayEmail(c: Ctx, e: string): string {
  const r = c.int(0, 9);
  if (r < 3) return e;
  if (r < 8) return speakEmail(c, e);
  const [local, dom] = e.split("@");
  const at = { en: "at", es: "arroba", de: "at", fr: "arobase" }[c.lang];
  return `${local} ${at} ${dom}`;
}
function rawPhone(c: Ctx): string {
  return c.f.phone.number({ style: c.pick(["national", "national", "international"] as const) });
}
function sayPhone(c: Ctx, ph?: string): string {
  const p = ph ?? rawPhone(c);
  const r = c.int(0, 9);
  if (r < 4) return p;
  if (r < 5) return p.replace(/[()\-.]/g, " ").replace(/\s+/g, " ").trim();
  return speakDigits(c, p, { pairsFr: true });
}
function cardDigits(c: Ctx): string {
  const issuer = c.pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"]);
  return c.f.finance.creditCardNumber({ issuer }).replace(/\D/g, "");
}
function sayCard(c: Ctx): string {
  const d = cardDigits(c);
  const groups = d.length === 15
    ? [d.slice(0, 4), d.slice(4, 10), d.slice(10)]
    : d.match(/.{1,4}/g)!;
  const r = c.int(0, 9);
  if (r < 3) return groups.join(" ");
  if (r < 4) return d;
  if (r < 5) return groups.join("-");
  return speakDigits(c, groups.join(" "));
}
function ssn(c: Ctx): string {
  return `${c.f.string.numeric({ length: 3, exclude: ["0"] })}-${c.f.string.numeric(2)}-${
    c.f.string.numeric(4)
  }`;
}
function saySsn(c: Ctx): string {
  const s = ssn(c);
  const r = c.int(0, 5);
  if (r < 2) return s;
  if (r < 3) return s.replace(/-/g, " ");
  return speakDigits(c, s);
}
function dni(c: Ctx): string {
  const n = c.f.number.int({ min: 10000000, max: 99999999 });
  const L = "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23];
  return c.chance(0.7) ? `${n}${L}` : `${n}-${L}`;
}
function nir(c: Ctx): string {
  const sex = c.pick(["1", "2"]);
  const yy = c.f.string.numeric(2);
  const mm = String(c.int(1, 12)).padStart(2, "0");
  const dep = String(c.int(1, 95)).padStart(2, "0");
  const com = c.f.string.numeric(3);
  const ord = c.f.string.numeric(3);
  const n = BigInt(sex + yy + mm + dep + com + ord);
  const key = String(97n - (n % 97n)).padStart(2, "0");
  return c.chance(0.6)
    ? `${sex} ${yy} ${mm} ${dep} ${com} ${ord} ${key}`
    : `${sex}${yy}${mm}${dep}${com}${ord}${key}`;
}
function steuerId(c: Ctx): string {
  const d = c.int(1, 9) + c.f.string.numeric(10);
  return c.chance(0.5) ? `${d.slice(0, 2)} ${d.slice(2, 5)} ${d.slice(5, 8)} ${d.slice(8)}` : d;
}
function kvnr(c: Ctx): string {
  return c.f.string.alpha({ length: 1, casing: "upper" }) + c.f.string.numeric(9);
}
function nino(c: Ctx): string {
  const L = "ABCEGHJKLMNPRSTWXYZ";
  const a = L[c.int(0, L.length - 1)] + L[c.int(0, L.length - 1)];
  const d = c.f.string.numeric(6);
  const s = c.pick(["A", "B", "C", "D"]);
  return c.chance(0.5)
    ? `${a} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
    : `${a}${d}${s}`;
}
function nhs(c: Ctx): string {
  const d = c.f.string.numeric({ length: 10, exclude: [] });
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}
function aadhaar(c: Ctx): string {
  const d = String(c.int(2, 9)) + c.f.string.numeric(11);
  return c.chance(0.6) ? `${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}` : d;
}
function pan(c: Ctx): string {
  return c.f.string.alpha({ length: 3, casing: "upper" }) + "P" +
    c.f.string.alpha({ length: 1, casing: "upper" }) + c.f.string.numeric(4) +
    c.f.string.alpha({ length: 1, casing: "upper" });
}
function passport(c: Ctx): string {
  return c.pick([
    () => c.f.string.numeric(9),
    () => c.f.string.alpha({ length: 1, casing: "upper" }) + c.f.string.numeric(8),
    () => c.f.string.alpha({ length: 2, casing: "upper" }) + c.f.string.numeric(7),
  ])();
}
function driverLic(c: Ctx): string {
  return c.f.string.alpha({ length: 1, casing: "upper" }) + c.f.string.numeric(c.pick([7, 8, 12]));
}
function iban(c: Ctx, cc?: string): string {
  const code = cc ?? ({ de: "DE", fr: "FR", es: "ES", en: "GB" } as Record<Lang, string>)[c.lang];
  const v = c.f.finance.iban({ formatted: c.chance(0.6), countryCode: code });
  return v;
}
function sayIban(c: Ctx, cc?: string): string {
  const v = iban(c, cc);
  if (c.chance(0.7)) return v;
  const raw = v.replace(/\s/g, "");
  const groups = raw.match(/.{1,4}/g)!;
  // country letters kept, digits spoken group by group
  return groups.map((g) => speakDigits(c, g)).join(", ");
}
function ip(c: Ctx): string {
  return c.pick([
    () => c.f.internet.ipv4(),
    () => `10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(1, 254)}`,
    () => `192.168.${c.int(0, 20)}.${c.int(2, 254)}`,
    () => c.f.internet.ipv4(),
  ])();
}
function sayIp(c: Ctx): string {
  const v = ip(c);
  const r = c.int(0, 9);
  if (r < 6) return v;
  const dot = { en: "dot", es: "punto", de: "punkt", fr: "point" }[c.lang];
  if (r < 8) return v.split(".").join(` ${dot} `);
  return v.split(".").map((x) => speakDigits(c, x)).join(` ${dot} `);
}
function birth(c: Ctx): Date {
  return c.f.date.birthdate({ mode: "age", min: 18, max: 88 });
}
const MON: Record<Lang, string[]> = {
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
};
function sayDob(c: Ctx): string {
  const dt = birth(c);
  const d = dt.getUTCDate(), m = dt.getUTCMonth() + 1, y = dt.getUTCFullYear();
  const p2 = (n: number) => String(n).padStart(2, "0");
  const mon = MON[c.lang][m - 1];
  if (c.lang === "en") {
    const us = c.loc === "en_US" || c.loc === "en_CA";
    return c.pick([
      () => (us ? `${m}/${d}/${y}` : `${d}/${m}/${y}`),
      () => (us
        ? `${p2(m)}/${p2(d)}/${y % 100 === 0 ? "00" : p2(y % 100)}`
        : `${p2(d)}/${p2(m)}/${y}`),
      () => `${mon.toLowerCase()} ${enOrd(d)} ${enYear(y)}`,
      () => `the ${enOrd(d)} of ${mon.toLowerCase()} ${enYear(y)}`,
      () => `${mon} ${d}, ${y}`,
      () => `${d} ${mon} ${y}`,
      () => `${enN(m)} ${enN(d)} ${enN(y % 100)}`,
      () =>
        `${mon.toLowerCase()} ${d}${
          d % 10 === 1 && d !== 11
            ? "st"
            : d % 10 === 2 && d !== 12
            ? "nd"
            : d % 10 === 3 && d !== 13
            ? "rd"
            : "th"
        } ${y}`,
    ])();
  }
  if (c.lang === "de") {
    return c.pick([
      () => `${p2(d)}.${p2(m)}.${y}`,
      () => `${d}. ${mon} ${y}`,
      () => `${d}.${m}.${String(y).slice(2)}`,
      () => `${d}. ${mon} neunzehnhundert${y % 100}`,
    ])();
  }
  if (c.lang === "fr") {
    return c.pick([
      () => `${p2(d)}/${p2(m)}/${y}`,
      () => `${d === 1 ? "1er" : d} ${mon} ${y}`,
      () => `${frN(d)} ${mon} ${y}`,
      () => `${d} ${mon} ${y % 100 < 10 ? "0" : ""}${y % 100}`,
    ])();
  }
  return c.pick([
    () => `${p2(d)}/${p2(m)}/${y}`,
    () => `${d} de ${mon} de ${y}`,
    () => `${d} de ${mon} del ${String(y).slice(2)}`,
    () => `${d}-${m}-${y}`,
  ])();
}
function addr(c: Ctx): string {
  let a = c.f.location.streetAddress(c.chance(0.4));
  if (c.lang === "en") {
    if (c.chance(0.5)) {
      a = a.replace(/Apt\. /, c.pick(["apartment ", "apt ", "unit ", "number "])).replace(
        /Suite /,
        "suite ",
      );
    }
    if (c.chance(0.2)) {
      const m = a.match(/^(\d{1,2}) /);
      if (m) a = a.replace(/^\d{1,2} /, enN(+m[1]) + " ");
    }
  }
  return a;
}
function personalUrl(c: Ctx, p: Person): string {
  const fl = ascii(p.first), ll = ascii(p.last);
  const written = c.pick([
    `linkedin.com/in/${fl}-${ll}`,
    `linkedin.com/in/${fl}${ll}${c.int(1, 99)}`,
    `https://www.linkedin.com/in/${fl}-${ll}-${c.f.string.alphanumeric(6).toLowerCase()}`,
    `github.com/${fl[0]}${ll}`,
    `${fl}${ll}.com`,
    `www.${fl}${ll}.dev`,
    `calendly.com/${fl}-${ll}/30min`,
    `instagram.com/${fl}.${ll}`,
    `x.com/${fl}_${ll}`,
  ]);
  if (c.chance(0.55)) return written;
  const W = {
    en: ["dot", "slash", "dash"],
    es: ["punto", "barra", "guion"],
    de: ["punkt", "slash", "strich"],
    fr: ["point", "slash", "tiret"],
  }[c.lang];
  return written.replace(/^https:\/\//, "").replace(
    /[./-]/g,
    (m) => ` ${m === "." ? W[0] : m === "/" ? W[1] : W[2]} `,
  )
    .replace(/_/g, " underscore ").replace(/\s+/g, " ").trim();
}

// ---------- non-PII filler vocab ----------
const COMPANIES = [
  "Northwind",
  "Brightline Analytics",
  "Copperleaf",
  "Zentrix",
  "BlueHarbor Logistics",
  "Acme Corp",
  "Quantive",
  "Lumen Health",
  "Tidewater Capital",
  "Pinecrest Software",
  "Helix Labs",
  "Orbital Foods",
];
const DOMAINS = [
  "northwind.io",
  "brightline.com",
  "copperleaf.co",
  "zentrix.de",
  "blueharbor.com",
  "acmecorp.com",
  "quantive.ai",
  "helixlabs.io",
];
const PRODUCTS = [
  "Salesforce",
  "HubSpot",
  "Jira",
  "Slack",
  "Zoom",
  "Notion",
  "SAP",
  "Workday",
  "Okta",
  "Outlook",
  "Teams",
  "Zendesk",
  "Tableau",
  "QuickBooks",
];
const CITIES: Record<Lang, string[]> = {
  en: [
    "Chicago",
    "Denver",
    "Leeds",
    "Manchester",
    "Austin",
    "Toronto",
    "Pune",
    "Brisbane",
    "Phoenix",
    "Boston",
    "Bristol",
    "Lagos",
  ],
  es: ["Madrid", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "Málaga", "Guadalajara", "Monterrey"],
  de: ["München", "Hamburg", "Köln", "Leipzig", "Stuttgart", "Dresden", "Wien", "Graz"],
  fr: ["Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Rennes", "Montréal", "Strasbourg"],
};
function orderNo(c: Ctx): string {
  return c.pick([
    `${c.int(100, 999)}-${c.int(1000, 9999)}`,
    `#${c.int(10000, 99999)}`,
    `INC${c.f.string.numeric(7)}`,
    `PO-${c.int(2024, 2025)}-${c.f.string.numeric(4)}`,
  ]);
}
function meetDate(c: Ctx): string {
  const en = [
    "next tuesday",
    "friday the 14th",
    "march 3rd",
    "the 22nd",
    "end of q3",
    "monday",
    "june 10",
    "tomorrow at 3",
    "the week of the 9th",
  ];
  const es = [
    "el martes",
    "el 14 de marzo",
    "la semana que viene",
    "el viernes 22",
    "mañana a las 10",
  ];
  const de = ["nächsten Dienstag", "am 14. März", "Freitag", "Ende Q2", "morgen um 10"];
  const fr = ["mardi prochain", "le 14 mars", "vendredi", "fin juin", "demain à 10h"];
  return c.pick({ en, es, de, fr }[c.lang]);
}

// ---------- rendering ----------
type Fmt =
  | "spk"
  | "spk2"
  | "bracket"
  | "vtt"
  | "srt"
  | "otter"
  | "teams"
  | "zoom"
  | "plain"
  | "rev"
  | "raw";
type Turn = [number, Part[]];
interface Script {
  spk: Spk[];
  turns: Turn[];
  fmts: Fmt[];
  head?: Part[]; // optional line before the transcript (title, meeting info)
}
const NAMED: Fmt[] = ["bracket", "vtt", "otter", "teams", "zoom", "plain", "rev"];
const ANY: Fmt[] = [
  "spk",
  "spk2",
  "bracket",
  "vtt",
  "srt",
  "otter",
  "teams",
  "zoom",
  "rev",
  "spk",
  "otter",
];

function hms(s: number): string {
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), x = s % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}:${
    String(x).padStart(2, "0")
  }`;
}
function ms(s: number): string {
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}
function clock(c: Ctx, base: number, s: number, ampm: boolean): string {
  const t = base + Math.floor(s / 60);
  const h = Math.floor(t / 60), m = t % 60;
  if (!ampm) return `${h}:${String(m).padStart(2, "0")}`;
  return `${h > 12 ? h - 12 : h}:${String(m).padStart(2, "0")} ${h >= 12 ? "PM" : "AM"}`;
}
function labelParts(c: Ctx, fmt: Fmt, s: Spk): Part[] {
  if (!s.p) return [s.role];
  const p = s.p;
  if (fmt === "teams") return c.chance(0.8) ? [P(`${p.last}, ${p.first}`)] : [P(p.full)];
  if (fmt === "plain") return [P(s.form! % 2 ? p.first.toUpperCase() : p.first)];
  switch (s.form! % 5) {
    case 0:
    case 1:
      return [P(p.full)];
    case 2:
      return [P(`${p.first} ${p.last[0]}.`)];
    case 3:
      return [P(p.first)];
    default:
      return [P(p.full.toLowerCase())];
  }
}
function asr(c: Ctx, parts: Part[]): Part[] {
  return parts.map((x) => {
    if (typeof x === "string") {
      if (!c.lower) return x;
      return x.toLowerCase().replace(/[,.?!;](?=\s|$)/g, "");
    }
    return c.lower ? [x[0], x[1].toLowerCase()] : x;
  });
}
function put(b: DocBuilder, parts: Part[]) {
  for (const x of parts) {
    if (typeof x === "string") b.text(x);
    else if (x[1].length) b.ent(x[0], x[1]);
  }
}
function render(c: Ctx, b: DocBuilder, sc: Script) {
  let fmts = sc.fmts;
  // anonymous formats drop the named speakers' labels
  const fmt = c.pick(fmts);
  for (const s of sc.spk) s.form = c.int(0, 9);
  let turns = sc.turns;
  if ((fmt === "vtt" || fmt === "srt") && turns.length > 4) turns = turns.slice(0, sc.head ? 3 : 4);
  if (sc.head) {
    put(b, sc.head);
    b.text("\n");
  }
  let t = c.int(0, 400);
  const base = c.int(8 * 60, 17 * 60);
  const ampm = c.chance(0.5);
  if (fmt === "vtt") b.text("WEBVTT\n\n");
  const anonBase = c.chance(0.5) ? 0 : 1;
  const spkFirst = c.chance(0.5);
  turns.forEach(([si, txt], k) => {
    const s = sc.spk[si];
    const body = asr(c, txt);
    const dur = c.int(4, 40);
    switch (fmt) {
      case "spk":
        if (spkFirst) {
          b.text(`SPEAKER_${String(si).padStart(2, "0")} [${hms(t)}]: `);
        } else b.text(`[${hms(t)}] SPEAKER_${String(si).padStart(2, "0")}: `);
        put(b, body);
        b.text("\n");
        break;
      case "spk2":
        b.text(`Speaker ${si + anonBase} (${ms(t)}):\n`);
        put(b, body);
        b.text("\n");
        break;
      case "bracket":
        b.text("[");
        put(b, labelParts(c, fmt, s));
        b.text(`] ${clock(c, base, t, ampm)}\n`);
        put(b, body);
        b.text("\n");
        break;
      case "vtt":
        b.text(`${hms(t)}.${c.int(100, 999)} --> ${hms(t + dur)}.${c.int(100, 999)}\n<v `);
        put(b, labelParts(c, fmt, s));
        b.text(">");
        put(b, body);
        b.text(k % 2 ? "</v>\n\n" : "\n\n");
        break;
      case "srt":
        b.text(`${k + 1}\n${hms(t)},${c.int(100, 999)} --> ${hms(t + dur)},${c.int(100, 999)}\n`);
        if (s.p && c.chance(0.5)) {
          put(b, labelParts(c, "bracket", s));
          b.text(": ");
        }
        put(b, body);
        b.text("\n\n");
        break;
      case "otter":
        put(b, s.p ? labelParts(c, fmt, s) : [c.chance(0.5) ? "Unknown Speaker" : s.role]);
        b.text(`  ${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}\n`);
        put(b, body);
        b.text("\n");
        break;
      case "teams":
        b.text(`[${clock(c, base, t, true)}] `);
        put(b, labelParts(c, fmt, s));
        b.text("\n");
        put(b, body);
        b.text("\n");
        break;
      case "zoom":
        b.text(`${hms(t)} `);
        put(b, labelParts(c, fmt, s));
        b.text(": ");
        put(b, body);
        b.text("\n");
        break;
      case "plain":
        put(b, s.p ? labelParts(c, fmt, s) : [s.role.toUpperCase()]);
        b.text(": ");
        put(b, body);
        b.text("\n");
        break;
      case "rev":
        put(b, labelParts(c, fmt, s));
        b.text(`: (${ms(t)})\n`);
        put(b, body);
        b.text("\n");
        break;
      case "raw":
        put(b, body);
        b.text(k === turns.length - 1 ? "\n" : " ");
        break;
    }
    t += dur + c.int(0, 5);
  });
  fmts = fmts; // keep
}

// name mention variants inside speech
function nameSaid(
  c: Ctx,
  p: Person,
  kind: "first" | "full" | "last" | "mr" | "any" = "any",
): Part[] {
  const k = kind === "any" ? c.pick(["first", "first", "first", "full", "mr"] as const) : kind;
  if (k === "first") return [P(p.first)];
  if (k === "full") return [P(p.full)];
  if (k === "last") return [P(p.last)];
  const f = p.sex === "female";
  const hon = {
    en: f ? ["ms", "mrs", "dr", "miss"] : ["mr", "mr", "dr"],
    es: f ? ["señora", "doña"] : ["señor", "don"],
    de: f ? ["Frau", "Frau Dr."] : ["Herr", "Herr Dr."],
    fr: f ? ["madame", "Mme"] : ["monsieur", "M."],
  }[c.lang];
  return [c.pick(hon) + " ", P(p.last)];
}

const NICK: Record<string, string> = {
  Elizabeth: "liz",
  Jennifer: "jen",
  Katherine: "kate",
  Margaret: "maggie",
  Patricia: "trish",
  Christopher: "chris",
  Michael: "mike",
  William: "bill",
  Robert: "bob",
  Alexander: "alex",
  Jessica: "jess",
  Rebecca: "becky",
  Samantha: "sam",
  Deborah: "deb",
  Susan: "sue",
  Victoria: "vicky",
  Nicholas: "nick",
  Benjamin: "ben",
  Daniel: "dan",
  Joseph: "joe",
  Thomas: "tom",
  Anthony: "tony",
  Matthew: "matt",
  Andrew: "andy",
  Jonathan: "jon",
  Kimberly: "kim",
  Stephanie: "steph",
  Abigail: "abby",
  Catherine: "cathy",
  Richard: "rick",
  Edward: "ed",
  Jacqueline: "jackie",
  Theodore: "teddy",
};

// ---------- templates ----------
type Tpl = (c: Ctx, b: DocBuilder) => void;

const salesDiscovery: Tpl = (c, b) => {
  const rep = c.person(), pros = c.person(), fin = c.person(), tom = c.person();
  const co = c.pick(COMPANIES), dom = c.pick(DOMAINS);
  const em = emailOf(c, pros, dom);
  const sc: Script = {
    spk: [{ p: rep, role: "Rep" }, { p: pros, role: "Prospect" }, { p: fin, role: "Guest" }],
    fmts: ANY,
    turns: [
      [0, [
        `${c.u()}hey thanks for jumping on, `,
        P(pros.first.toLowerCase()),
        `. so just to kick off, who do we have on the call today?`,
      ]],
      [1, [
        `${c.u()}yeah so on the call we have `,
        P(fin.first),
        ` from finance and `,
        P(tom.first),
        `, he runs ops over at ${co}.`,
      ]],
      [2, [
        `hi, `,
        P(fin.first),
        ` here, uh, I mostly look at the ${c.pick(PRODUCTS)} renewal, we pay like $${
          c.int(20, 90)
        }k a year for it.`,
      ]],
      [0, [
        `got it. and `,
        P(tom.first),
        ` couldn't make it, right? ${c.u()}I'll send him the deck.`,
      ]],
      [1, [`yeah just send it to me, it's `, E(sayEmail(c, em)), `, and I'll forward it.`]],
      [0, [`perfect, and best number for you? `, c.u()]],
      [1, [
        `${c.u()}my cell is `,
        PH(sayPhone(c)),
        `, I'm in ${c.pick(CITIES.en)} so central time.`,
      ]],
    ],
  };
  if (c.chance(0.4)) b.known.push(rep.full, pros.full, fin.full);
  render(c, b, sc);
};

const doctorVisit: Tpl = (c, b) => {
  const doc = c.person(), pat = c.person("male"), wife = c.person("female");
  const sc: Script = {
    spk: [{ p: doc, role: "Doctor" }, { p: pat, role: "Patient" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt", "vtt"],
    turns: [
      [0, [
        `${c.u()}okay so just to confirm I have the right chart, can you give me your full name and date of birth?`,
      ]],
      [
        1,
        c.chance(0.5)
          ? [
            `yeah it's `,
            P(pat.full),
            `, `,
            P(pat.last),
            ` that's `,
            P(spell(c, pat.last)),
            `, and birthday is `,
            D(sayDob(c)),
          ]
          : [`${c.u()}`, P(pat.full), `, uh, `, D(sayDob(c)), `.`],
      ],
      [0, [`great, and you're still at `, A(addr(c)), `?`]],
      [1, [
        `${c.u()}yes same address, my wife `,
        P(wife.first),
        ` usually picks up the prescriptions from the CVS on ${c.pick(["Main", "5th", "Elm"])}.`,
      ]],
      [0, [
        `okay. the ${c.pick(["lisinopril", "metformin", "atorvastatin", "sertraline"])} ${
          c.pick([10, 20, 40, 500])
        } milligrams, we'll keep that. blood pressure today is ${c.int(110, 150)} over ${
          c.int(70, 95)
        }.`,
      ]],
      [0, [`and a good callback number in case the labs come back weird?`]],
      [1, [PH(sayPhone(c)), `, or `, P(wife.first.toLowerCase()), `'s cell.`]],
    ],
  };
  render(c, b, sc);
};

const jobInterview: Tpl = (c, b) => {
  const iv = c.person(), cand = c.person(), ref = c.person("male"), mgr = c.person();
  const hr = c.chance(0.3) ? c.person() : undefined;
  const sc: Script = {
    spk: [{ p: iv, role: "Interviewer" }, { p: cand, role: "Candidate" }],
    fmts: ANY,
    turns: [
      [0, [
        `alright, thanks for coming in `,
        P(cand.first),
        `. I'm `,
        P(iv.first),
        `, I lead the data platform team here.`,
      ]],
      [1, [
        `${c.u()}thanks for having me. so yeah I spent four years at ${c.pick(COMPANIES)} under `,
        ...nameSaid(c, mgr, "full"),
        ` doing mostly ${c.pick(["Spark", "dbt", "Kafka", "Airflow"])} stuff.`,
      ]],
      [0, [`nice. and for references, is `, P(mgr.first), ` someone we can reach?`]],
      [1, [
        `${c.u()}probably better to ask `,
        ...nameSaid(c, ref, "mr"),
        `, he was my skip level. his number is `,
        PH(sayPhone(c)),
        `.`,
      ]],
      [0, [`cool. and your portfolio link again?`]],
      [1, [
        `it's `,
        U(personalUrl(c, cand)),
        `, and my email is `,
        E(sayEmail(c, emailOf(c, cand))),
        `.`,
      ]],
      [
        0,
        hr
          ? [
            `great, `,
            P(hr.first),
            ` from HR will follow up about the salary band, it's ${c.int(110, 180)}k to ${
              c.int(181, 220)
            }k.`,
          ]
          : [`great, we'll follow up by ${meetDate(c)}.`],
      ],
    ],
  };
  if (c.chance(0.3)) b.known.push(iv.full, cand.full);
  render(c, b, sc);
};

const boardMeeting: Tpl = (c, b) => {
  const ds = [c.person(), c.person(), c.person(), c.person()];
  const sec = c.person();
  b.known.push(...ds.map((d) => d.full));
  const sc: Script = {
    spk: ds.map((p, i) => ({ p, role: ["Chair", "Director", "Director", "Treasurer"][i] })),
    fmts: ["bracket", "teams", "otter", "zoom", "vtt", "rev", "spk"],
    head: [`Board of Directors – Q${c.int(1, 4)} meeting – transcript (auto-generated)`],
    turns: [
      [0, [
        `${c.u()}okay I think we have quorum. `,
        P(ds[1].first),
        `, `,
        P(ds[2].first),
        `, and `,
        P(ds[3].first),
        ` is dialing in. `,
        P(sec.full),
        ` is taking minutes.`,
      ]],
      [3, [
        `yeah sorry I'm on the train. revenue was ${c.int(2, 9)}.${c.int(1, 9)} million, about ${
          c.int(2, 14)
        } percent over plan.`,
      ]],
      [1, [
        `I'd like to move that we approve the ${c.pick(COMPANIES)} acquisition at the terms `,
        P(ds[3].first.toLowerCase()),
        ` circulated.`,
      ]],
      [2, [`I'll second that.`]],
      [0, [
        `motion by `,
        ...nameSaid(c, ds[1], c.pick(["last", "mr", "full"] as const)),
        `, seconded by `,
        ...nameSaid(c, ds[2], c.pick(["last", "first", "mr"] as const)),
        `. all in favor?`,
      ]],
      [3, [
        `aye. and `,
        P(sec.first),
        `, please note `,
        ...nameSaid(c, ds[2], "last"),
        ` abstained last time on the same topic.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const familyVoiceNote: Tpl = (c, b) => {
  const me = c.person(),
    aunt = c.person("female"),
    kid = c.person("female"),
    dad = c.person("male");
  const nick = NICK[aunt.first] ?? aunt.first;
  const turns: Part[][] = [
    [
      `hey ${c.pick(["mum", "mom", "ma", "babe", "sis"])} it's `,
      P(me.first.toLowerCase()),
      ` ${c.u()}just driving so sending a voice note.`,
    ],
    [
      `so aunt `,
      P(aunt.first.toLowerCase()),
      ` changed her number it's `,
      PH(sayPhone(c)),
      ` can you save it.`,
    ],
    [
      `and the party for `,
      P(kid.first.toLowerCase()),
      ` is at her new place `,
      A(addr(c)),
      ` not the old one ok.`,
    ],
    [
      `${c.u()}tell dad, i mean tell `,
      P(dad.first.toLowerCase()),
      `, to bring the folding chairs. `,
      P(nick.toLowerCase()),
      ` said like ${c.int(2, 6)} o'clock.`,
    ],
    [`love you bye`],
  ];
  b.text(
    c.pick([
      "Voice note (transcribed): ",
      "Transcript: ",
      "[Audio message 0:" + c.int(20, 59) + "] ",
      "",
    ]),
  );
  render(c, b, {
    spk: [{ p: me, role: "Voice" }],
    fmts: ["raw"],
    turns: turns.map((t) => [0, t] as Turn),
  });
};

const bankVerification: Tpl = (c, b) => {
  const ag = c.person(), cust = c.person();
  const sc: Script = {
    spk: [{ role: "Agent", p: c.chance(0.5) ? ag : undefined }, { role: "Customer", p: cust }],
    fmts: ["spk", "spk2", "srt", "otter", "rev", "zoom"],
    turns: [
      [0, [
        `thank you for calling ${
          c.pick(["First Harbor Bank", "Cascade Credit Union", "Summit Federal"])
        }, my name is `,
        P(ag.first),
        `. who am I speaking with?`,
      ]],
      [1, [`${c.u()}hi yeah this is `, P(cust.full), `.`]],
      [0, [
        `thanks `,
        ...nameSaid(c, cust, c.pick(["first", "mr"] as const)),
        `. for verification can I get your date of birth and the last four of your social?`,
      ]],
      [1, [
        D(sayDob(c)),
        ` and actually here's the full social, `,
        I(saySsn(c)),
        `, the app keeps rejecting me.`,
      ]],
      [0, [`okay, and what's the card you're calling about?`]],
      [1, [
        `it's `,
        C(sayCard(c)),
        `, expires ${String(c.int(1, 12)).padStart(2, "0")}/${
          c.int(26, 30)
        }. there's a charge for $${c.int(12, 900)}.${c.int(10, 99)} from ${
          c.pick(["Amazon", "Uber", "Steam", "Walmart"])
        } I didn't make.`,
      ]],
      [0, [
        `I see it. I'll send a new card to `,
        A(addr(c)),
        `, is that still correct? your reference number is ${orderNo(c)}.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const itHelpdesk: Tpl = (c, b) => {
  const tech = c.person(), user = c.person(), boss = c.person();
  const dom = c.pick(DOMAINS);
  const sc: Script = {
    spk: [{ p: tech, role: "IT" }, { p: user, role: "Caller" }],
    fmts: ANY,
    turns: [
      [0, [`service desk, `, P(tech.first), ` speaking, ticket ${orderNo(c)}.`]],
      [1, [
        `${c.u()}hi, `,
        P(user.full),
        ` from accounts, I can't get on the VPN since the ${c.pick(PRODUCTS)} update.`,
      ]],
      [0, [`okay what's your login, your email?`]],
      [1, [E(sayEmail(c, emailOf(c, user, dom))), `, and my laptop is LT-${c.int(1000, 9999)}.`]],
      [0, [
        `I see your session coming from `,
        IPa(sayIp(c)),
        `, that's not our range. are you at home?`,
      ]],
      [1, [
        `yeah, and `,
        P(boss.first),
        ` said to call you, um, `,
        ...nameSaid(c, boss, "last"),
        ` needs the report by ${meetDate(c)}.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const podcast: Tpl = (c, b) => {
  const host = c.person(), guest = c.person(), cof = c.person();
  const sc: Script = {
    spk: [{ p: host, role: "Host" }, { p: guest, role: "Guest" }],
    fmts: ["plain", "plain", "otter", "vtt", "srt", "rev", "spk2"],
    turns: [
      [0, [
        `welcome back to ${
          c.pick(["Build in Public", "The Growth Loop", "Founders Unfiltered", "Data Talks"])
        }, episode ${c.int(40, 310)}. today I'm with `,
        P(guest.full),
        `, cofounder of ${c.pick(COMPANIES)}.`,
      ]],
      [1, [`${c.u()}thanks `, P(host.first.toLowerCase()), `, big fan of the show.`]],
      [0, [`so you started it with `, P(cof.first), `, right, back in ${c.int(2012, 2021)}?`]],
      [1, [
        `yeah `,
        P(cof.first),
        ` and I met at ${
          c.pick(["YC", "Stanford", "Google", "a hackathon in " + c.pick(CITIES.en)])
        }. `,
        P(cof.last),
        ` is the technical one honestly.`,
      ]],
      [0, [`where can people find you?`]],
      [1, [
        `I'm at `,
        U(personalUrl(c, guest)),
        ` or just email me, `,
        E(sayEmail(c, emailOf(c, guest))),
        `.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const realEstate: Tpl = (c, b) => {
  const agent = c.person(), buyer = c.person(), sp = c.person("female"), seller = c.person();
  const sc: Script = {
    spk: [{ p: agent, role: "Agent" }, { p: buyer, role: "Buyer" }],
    fmts: ANY,
    turns: [
      [0, [
        `hey `,
        P(buyer.first),
        `, it's `,
        P(agent.first),
        ` from ${
          c.pick(["Redfin", "Keller Williams", "Compass", "Coldwell Banker"])
        }. the sellers countered at $${c.int(350, 990)},000.`,
      ]],
      [1, [`${c.u()}on `, A(addr(c)), `? that's the one with the pool?`]],
      [0, [`yep. `, ...nameSaid(c, seller, "mr"), ` wants to close by ${meetDate(c)}.`]],
      [1, [
        `okay let me talk to `,
        P(sp.first.toLowerCase()),
        `. you can also loop her in, she's `,
        E(sayEmail(c, emailOf(c, sp))),
        `.`,
      ]],
      [0, [`will do. I'll text you at `, PH(sayPhone(c)), ` when the inspection is booked.`]],
    ],
  };
  render(c, b, sc);
};

const insuranceClaim: Tpl = (c, b) => {
  const adj = c.person(), ins = c.person(), other = c.person("male");
  const sc: Script = {
    spk: [{ p: adj, role: "Adjuster" }, { p: ins, role: "Insured" }],
    fmts: ["spk", "spk2", "otter", "rev", "zoom", "bracket"],
    turns: [
      [0, [
        `this call is being recorded. claim ${orderNo(c)}, policy holder is `,
        P(ins.full),
        `, correct?`,
      ]],
      [1, [
        `${c.u()}yes. so I was at the light on ${
          c.pick(["Main and 5th", "Oak and Broadway", "Route 9", "the Kroger parking lot"])
        } and the other guy just rear-ended me.`,
      ]],
      [0, [`did you get the other driver's details?`]],
      [1, [
        `yeah his name's `,
        P(other.full),
        `, like `,
        P(spell(c, other.last)),
        `, license number `,
        I(driverLic(c)),
        `, he lives at `,
        A(addr(c)),
        `.`,
      ]],
      [0, [`okay and `, P(other.first), `'s insurer?`]],
      [1, [
        `${c.pick(["Geico", "Progressive", "State Farm", "Allstate"])}. you can reach me at `,
        PH(sayPhone(c)),
        ` after five.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const voicemail: Tpl = (c, b) => {
  const caller = c.person(), target = c.person();
  const cb = rawPhone(c);
  const turns: Part[][] = [
    [
      `${c.pick(["hi", "hey", "hello"])} `,
      ...nameSaid(c, target, c.pick(["first", "mr"] as const)),
      ` this is `,
      P(caller.first),
      ` ${c.pick(["from", "over at", "with"])} ${c.pick(COMPANIES)}`,
    ],
    [`${c.u()}calling about the ${
      c.pick(["invoice", "quote", "proposal", "open position"])
    } we talked about ${meetDate(c)}`],
    [`give me a call back at `, PH(sayPhone(c, cb)), ` again that's `, PH(sayPhone(c, cb)), ``],
    [`or email me at `, E(sayEmail(c, emailOf(c, caller))), ` thanks bye`],
  ];
  b.text(c.pick([
    `Voicemail from ${c.pick(["Unknown", "+1 (xxx)", "Private number"])} · ${c.int(0, 1)}:${
      c.int(10, 59)
    }\n`,
    `New voicemail (transcription beta):\n`,
    `Transcription: `,
  ]));
  render(c, b, {
    spk: [{ p: caller, role: "Caller" }],
    fmts: ["raw"],
    turns: turns.map((t) => [0, t] as Turn),
  });
};

const pharmacy: Tpl = (c, b) => {
  const ph = c.person(), pat = c.person(), drp = c.person();
  const sc: Script = {
    spk: [{ role: "Pharmacy", p: c.chance(0.4) ? ph : undefined }, { p: pat, role: "Caller" }],
    fmts: ["spk", "spk2", "srt", "otter", "rev", "raw"],
    turns: [
      [0, [
        `${
          c.pick(["Walgreens", "CVS", "Boots", "Rite Aid"])
        } pharmacy, what's the last name on the prescription?`,
      ]],
      [1, [P(pat.last), `, `, P(spell(c, pat.last)), `, first name `, P(pat.first), `.`]],
      [0, [`and date of birth?`]],
      [1, [
        D(sayDob(c)),
        `. ${c.u()}it's the refill from `,
        ...nameSaid(c, drp, "mr"),
        `, Rx number ${c.f.string.numeric(7)}.`,
      ]],
      [0, [
        `okay that'll be ready after ${c.int(2, 6)} pm, copay is $${c.int(5, 45)}. we'll text `,
        PH(sayPhone(c)),
        `?`,
      ]],
    ],
  };
  render(c, b, sc);
};

const parentTeacher: Tpl = (c, b) => {
  const tea = c.person(), par = c.person("female"), kid = { ...c.person() }, other = c.person();
  kid.last = par.last;
  kid.full = `${kid.first} ${kid.last}`;
  const sc: Script = {
    spk: [{ p: tea, role: "Teacher" }, { p: par, role: "Parent" }],
    fmts: ["zoom", "teams", "otter", "bracket", "vtt", "spk"],
    turns: [
      [0, [
        `thanks for making time, `,
        ...nameSaid(c, par, c.pick(["mr", "first"] as const)),
        `. so `,
        P(kid.first),
        `'s been doing great in math, ${c.int(85, 98)} on the last test.`,
      ]],
      [1, [`${c.u()}oh good. and the thing with `, P(other.first), `, is that sorted?`]],
      [0, [
        `yeah `,
        P(other.first.toLowerCase()),
        ` and `,
        P(kid.first.toLowerCase()),
        ` are fine now, I moved their desks.`,
      ]],
      [1, [
        `okay. can you send the reading list to `,
        E(sayEmail(c, emailOf(c, par))),
        `? my husband uses a different one.`,
      ]],
      [0, [`sure. conferences again ${meetDate(c)}.`]],
    ],
  };
  if (c.chance(0.5)) b.known.push(tea.full, par.full);
  render(c, b, sc);
};

const courier: Tpl = (c, b) => {
  const drv = c.person(), rec = c.person("female"), neigh = c.person();
  const sc: Script = {
    spk: [{ role: "Driver", p: c.chance(0.3) ? drv : undefined }, { role: "Customer", p: rec }],
    fmts: ["spk", "spk2", "raw", "srt", "otter"],
    turns: [
      [0, [
        `hi I have a parcel for `,
        P(rec.full),
        `, tracking ends in ${c.f.string.numeric(4)}, I'm outside but the buzzer doesn't work.`,
      ]],
      [1, [`${c.u()}oh sorry, which address do you have?`]],
      [0, [A(addr(c)), `.`]],
      [1, [
        `right, just leave it with `,
        P(neigh.first),
        ` next door, or call my husband on `,
        PH(sayPhone(c)),
        `.`,
      ]],
      [0, [`what was the name again?`]],
      [1, [P(neigh.first), `, `, P(spell(c, neigh.first)), `.`]],
    ],
  };
  render(c, b, sc);
};

const travel: Tpl = (c, b) => {
  const ag = c.person(), t1 = c.person(), t2 = c.person();
  const sc: Script = {
    spk: [{ p: ag, role: "Agent" }, { p: t1, role: "Caller" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt"],
    turns: [
      [0, [
        `okay, two adults to ${
          c.pick(["Lisbon", "Cancún", "Tokyo", "Reykjavik", "Bali"])
        }, flight ${c.pick(["UA", "BA", "LH", "AF"])}${c.int(100, 999)} on ${
          meetDate(c)
        }. first passenger name as on the passport?`,
      ]],
      [1, [P(t1.full.toUpperCase()), `, passport `, I(passport(c)), `, born `, D(sayDob(c)), `.`]],
      [0, [`and the second traveler?`]],
      [1, [
        `my partner `,
        P(t2.full),
        `, ${c.u()}passport number `,
        I(passport(c)),
        `, birthday `,
        D(sayDob(c)),
        `.`,
      ]],
      [0, [`great, total is $${c.int(900, 4800)}. confirmation goes to which email?`]],
      [1, [E(sayEmail(c, emailOf(c, t1)))]],
    ],
  };
  render(c, b, sc);
};

const legalIntake: Tpl = (c, b) => {
  const lw = c.person(), cl = c.person(), opp = c.person();
  const sc: Script = {
    spk: [{ p: lw, role: "Attorney" }, { p: cl, role: "Client" }],
    fmts: ["rev", "rev", "otter", "spk", "spk2", "bracket"],
    turns: [
      [0, [`intake call, matter ${orderNo(c)}. please state your full legal name.`]],
      [1, [P(cl.full), `, date of birth `, D(sayDob(c)), `.`]],
      [0, [`and the other party?`]],
      [1, [
        `my ex-${c.pick(["husband", "wife", "landlord", "business partner"])}, `,
        P(opp.full),
        `. ${c.u()}`,
        P(opp.first),
        ` still lives at `,
        A(addr(c)),
        `.`,
      ]],
      [0, [`we'll need your social for the conflict check.`]],
      [1, [
        I(saySsn(c)),
        `. and you can email me at `,
        E(sayEmail(c, emailOf(c, cl))),
        `, not my work one.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const standup: Tpl = (c, b) => {
  const ps = [c.person(), c.person(), c.person(), c.person()];
  b.known.push(...ps.map((p) => p.full));
  const tk = () => `${c.pick(["PLAT", "WEB", "OPS", "DATA"])}-${c.int(100, 4999)}`;
  const sc: Script = {
    spk: ps.map((p) => ({ p, role: "Dev" })),
    fmts: ["teams", "teams", "vtt", "zoom", "otter", "bracket"],
    turns: [
      [0, [`morning all, quick one today. `, P(ps[1].first.toLowerCase()), ` you wanna start?`]],
      [1, [
        `yeah ${c.u()}I finished ${tk()}, the ${c.pick(PRODUCTS)} webhook thing. blocked on `,
        P(ps[2].first),
        ` for the review.`,
      ]],
      [2, [`sorry, I'll get to it after lunch. I'm still on ${tk()} with `, P(ps[3].first), `.`]],
      [3, [
        `yeah we paired on it. also `,
        P(ps[0].first),
        `, the release is still ${meetDate(c)}, right?`,
      ]],
      [0, [
        `yep. and `,
        P(c.person().first),
        ` from design is out till ${c.pick(["monday", "thursday", "next week"])}.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const donation: Tpl = (c, b) => {
  const vol = c.person(), donor = c.person(), spouse = c.person();
  const sc: Script = {
    spk: [{ p: vol, role: "Volunteer" }, { p: donor, role: "Donor" }],
    fmts: ["spk", "spk2", "otter", "srt", "rev"],
    turns: [
      [0, [
        `hi is this `,
        ...nameSaid(c, donor, c.pick(["mr", "full"] as const)),
        `? it's `,
        P(vol.first),
        ` from the ${
          c.pick(["Food Bank", "Children's Hospital Foundation", "Animal Rescue League"])
        } spring drive.`,
      ]],
      [1, [
        `${c.u()}oh yes, `,
        P(spouse.first),
        ` and I want to give ${
          c.pick(["fifty", "a hundred", "two fifty", "$75"])
        } again this year.`,
      ]],
      [0, [`wonderful. what card would you like to use?`]],
      [1, [`card is `, C(sayCard(c)), `, billing address is `, A(addr(c)), `.`]],
      [0, [`and the receipt, same email as last year?`]],
      [1, [
        `no use `,
        E(sayEmail(c, emailOf(c, spouse))),
        `, that's `,
        P(spouse.first.toLowerCase()),
        `'s.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const zoomChat: Tpl = (c, b) => {
  const ps = [c.person(), c.person(), c.person(), c.person()];
  const line = (p: Person, msg: Part[]) => {
    b.text(`${hms(c.int(60, 4000))} From `);
    b.ent("PERSON", c.chance(0.7) ? p.full : p.first);
    b.text(` to ${c.pick(["Everyone", "Everyone", "Me (Direct Message)"])}:\n\t`);
    put(b, msg);
    b.text("\n");
  };
  b.text(
    `${c.pick(["Webinar", "All-hands", "Workshop"])}: ${
      c.pick(["Q3 roadmap", "Intro to " + c.pick(PRODUCTS), "Benefits enrollment"])
    } – chat log\n`,
  );
  line(ps[0], [`hi from ${c.pick(CITIES.en)}! ${c.u()}`]);
  line(ps[1], [`can we get the slides? my email is `, E(emailOf(c, ps[1])), ``]);
  line(ps[2], [`+1 to what `, P(ps[1].first), ` said`]);
  line(ps[3], [`connect with me on linkedin `, U(personalUrl(c, ps[3]))]);
  line(ps[0], [`@`, P(ps[3].first), ` will do, great question about pricing`]);
  if (c.chance(0.3)) b.known.push(ps[0].full, ps[1].full);
};

const ukGp: Tpl = (c, b) => {
  const rec = c.person(), pat = c.person(), gp = c.person();
  const sc: Script = {
    spk: [{ role: "Receptionist", p: c.chance(0.5) ? rec : undefined }, {
      p: pat,
      role: "Patient",
    }],
    fmts: ["spk", "spk2", "otter", "srt", "rev"],
    turns: [
      [0, [`${c.pick(["Riverside", "Oakfield", "Parkview"])} Surgery, how can I help?`]],
      [1, [
        `${c.u()}hiya, I need to book in with `,
        ...nameSaid(c, gp, "mr"),
        `, it's `,
        P(pat.full),
        `.`,
      ]],
      [0, [`can I take your date of birth and NHS number, please?`]],
      [1, [
        D(sayDob(c)),
        `, NHS number is `,
        I(c.chance(0.5) ? nhs(c) : speakDigits(c, nhs(c))),
        `.`,
      ]],
      [0, [`lovely. and the first line of your address?`]],
      [1, [A(addr(c)), `, ${c.pick(CITIES.en)}. mobile's `, PH(sayPhone(c)), `.`]],
      [0, [`right, ${meetDate(c)} at ${c.int(9, 16)}:${c.pick(["00", "15", "30", "45"])} okay?`]],
    ],
  };
  render(c, b, sc);
};

const indiaSupport: Tpl = (c, b) => {
  const ag = c.person(), cust = c.person("male");
  const sc: Script = {
    spk: [{ p: ag, role: "Agent" }, { p: cust, role: "Customer" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt"],
    turns: [
      [0, [
        `good afternoon, this is `,
        P(ag.first),
        ` from ${c.pick(["Paytm", "HDFC", "Airtel", "Jio"])}, am I speaking with `,
        ...nameSaid(c, cust, c.pick(["full", "mr"] as const)),
        `?`,
      ]],
      [1, [`yes yes, ${c.u()}I had raised complaint ${orderNo(c)} regarding KYC.`]],
      [0, [`okay sir, please confirm your PAN and Aadhaar for verification.`]],
      [1, [`PAN is `, I(pan(c)), ` and Aadhaar `, I(aadhaar(c)), `.`]],
      [0, [`and registered mobile?`]],
      [1, [PH(sayPhone(c)), `, email also you can note, `, E(sayEmail(c, emailOf(c, cust))), `.`]],
    ],
  };
  render(c, b, sc);
};

const salesFollowup: Tpl = (c, b) => {
  // a shorter Gong/Chorus-like snippet with "Speaker N" only and names in the body
  const a = c.person(), bb = c.person(), champ = c.person("female"), ceo = c.person();
  const sc: Script = {
    spk: [{ p: a, role: "AE" }, { p: bb, role: "Buyer" }],
    fmts: ["spk", "spk2", "srt", "raw"],
    turns: [
      [0, [`so, sorry, `, P(bb.first.toLowerCase()), `, where did we land with legal?`]],
      [1, [
        `${c.u()}yeah so `,
        P(champ.first),
        ` is pushing it, but `,
        P(ceo.first),
        ` wants to see the ${c.pick(["SOC 2", "DPA", "MSA redlines"])} first. ask `,
        ...nameSaid(c, ceo, "mr"),
        ` directly maybe.`,
      ]],
      [0, [
        `okay. I'll send the order form for ${c.int(25, 400)} seats at $${
          c.int(15, 60)
        } per seat per month, PO ${orderNo(c)}.`,
      ]],
      [1, [
        `sounds good. cc `,
        P(champ.first.toLowerCase()),
        `, she's `,
        E(sayEmail(c, emailOf(c, champ, c.pick(DOMAINS)))),
        `.`,
      ]],
    ],
  };
  render(c, b, sc);
};

// ---------- Spanish ----------
const esConsulta: Tpl = (c, b) => {
  const med = c.person(), pac = c.person(), hija = c.person("female");
  const sc: Script = {
    spk: [{ p: med, role: "Médico" }, { p: pac, role: "Paciente" }],
    fmts: ["spk", "spk2", "otter", "srt", "rev", "vtt"],
    turns: [
      [0, [`${c.u()}buenos días, a ver, nombre completo y fecha de nacimiento por favor.`]],
      [1, [P(pac.full), `, nací el `, D(sayDob(c)), `.`]],
      [0, [`vale. ¿y el DNI? es para la receta electrónica.`]],
      [1, [I(dni(c)), `. ${c.u()}vengo con mi hija `, P(hija.first), `, que me trae en coche.`]],
      [0, [`perfecto. ¿sigue viviendo en `, A(addr(c)), `?`]],
      [1, [`sí, y el móvil es `, PH(sayPhone(c)), `.`]],
      [0, [
        `bien, le pido una analítica para ${meetDate(c)}. el ibuprofeno de ${
          c.pick([400, 600])
        } lo dejamos.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const esVentas: Tpl = (c, b) => {
  const v = c.person(), cli = c.person(), jefa = c.person(), p3 = c.person();
  const sc: Script = {
    spk: [{ p: v, role: "Comercial" }, { p: cli, role: "Cliente" }, { p: p3, role: "Invitado" }],
    fmts: ANY,
    turns: [
      [0, [
        `hola `,
        P(cli.first.toLowerCase()),
        `, gracias por el tiempo. ¿quién está en la llamada?`,
      ]],
      [1, [
        `${c.u()}pues estoy yo, `,
        P(p3.first),
        ` de compras, y luego se une `,
        P(jefa.first),
        `, la directora financiera.`,
      ]],
      [2, [
        `hola. nosotros ahora usamos ${c.pick(PRODUCTS)}, pagamos unos ${
          c.int(300, 2000)
        } euros al mes.`,
      ]],
      [0, [`entendido. ¿a qué correo os mando la propuesta?`]],
      [1, [`a mí, `, E(sayEmail(c, emailOf(c, cli))), `, y si no al de `, P(jefa.first), `.`]],
      [0, [`y un teléfono por si acaso?`]],
      [1, [PH(sayPhone(c)), `, estoy en ${c.pick(CITIES.es)}.`]],
    ],
  };
  if (c.chance(0.4)) b.known.push(v.full, cli.full);
  render(c, b, sc);
};

const esEntrevista: Tpl = (c, b) => {
  const rr = c.person(), cand = c.person("female"), ref = c.person();
  const sc: Script = {
    spk: [{ p: rr, role: "Entrevistador" }, { p: cand, role: "Candidata" }],
    fmts: ["otter", "rev", "spk", "spk2", "bracket", "zoom"],
    turns: [
      [0, [`bueno `, P(cand.first), `, cuéntame un poco de ti.`]],
      [1, [
        `${c.u()}claro, estuve tres años en ${c.pick(COMPANIES)} en ${c.pick(CITIES.es)}, con `,
        ...nameSaid(c, ref, "full"),
        ` como responsable.`,
      ]],
      [0, [`¿podemos contactar con `, P(ref.first), `?`]],
      [1, [
        `sí, su teléfono es `,
        PH(sayPhone(c)),
        `. y mi perfil está en `,
        U(personalUrl(c, cand)),
        `.`,
      ]],
      [0, [
        `perfecto. te escribo a `,
        E(sayEmail(c, emailOf(c, cand))),
        ` con los siguientes pasos.`,
      ]],
    ],
  };
  render(c, b, sc);
};

// ---------- German ----------
const deArzt: Tpl = (c, b) => {
  const arzt = c.person(), pat = c.person("female"), mann = c.person("male");
  const sc: Script = {
    spk: [{ role: "Praxis", p: c.chance(0.5) ? arzt : undefined }, { p: pat, role: "Patientin" }],
    fmts: ["spk", "spk2", "otter", "srt", "rev"],
    turns: [
      [0, [
        `Praxis ${
          c.pick(["am Markt", "Dr. Lindenhof", "im Zentrum"])
        }, guten Tag. Wie ist Ihr Name?`,
      ]],
      [1, [`${c.u()}`, P(pat.full), `, also `, P(pat.last), ` mit `, P(spell(c, pat.last)), `.`]],
      [0, [`Und Ihr Geburtsdatum?`]],
      [1, [D(sayDob(c)), `. Meine Versichertennummer ist `, I(kvnr(c)), `.`]],
      [0, [`Wohnen Sie noch in der `, A(addr(c)), `?`]],
      [1, [
        `Ja. Rufen Sie bitte meinen Mann `,
        P(mann.first),
        ` an, `,
        PH(sayPhone(c)),
        `, ich bin ${meetDate(c)} nicht erreichbar.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const deTeams: Tpl = (c, b) => {
  const ps = [c.person(), c.person(), c.person()];
  b.known.push(...ps.map((p) => p.full));
  const ext = c.person();
  const sc: Script = {
    spk: ps.map((p) => ({ p, role: "Teilnehmer" })),
    fmts: ["teams", "teams", "vtt", "otter", "bracket"],
    turns: [
      [0, [
        `${c.u()}Hallo zusammen, `,
        P(ps[1].first),
        ` ist auch da, super. `,
        P(ps[2].first),
        ` kommt gleich.`,
      ]],
      [1, [
        `Ja, kurz zum Stand: das ${c.pick(PRODUCTS)}-Rollout in ${
          c.pick(CITIES.de)
        } ist durch, Ticket ${orderNo(c)}.`,
      ]],
      [2, [
        `Sorry, bin da. Ich hab mit `,
        ...nameSaid(c, ext, "mr"),
        ` vom Kunden gesprochen, die wollen ${meetDate(c)} ein Update.`,
      ]],
      [0, [
        `Okay, dann machst du das, `,
        P(ps[2].first.toLowerCase()),
        `? Und `,
        ...nameSaid(c, ps[1], "last"),
        ` schickt die Folien.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const deBank: Tpl = (c, b) => {
  const ag = c.person(), kunde = c.person();
  const sc: Script = {
    spk: [{ p: ag, role: "Berater" }, { p: kunde, role: "Kunde" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt"],
    turns: [
      [0, [
        `${c.pick(["Sparkasse", "Volksbank", "Kundenservice"])} ${
          c.pick(CITIES.de)
        }, mein Name ist `,
        P(ag.full),
        `, was kann ich für Sie tun?`,
      ]],
      [1, [
        `${c.u()}ja hallo, `,
        P(kunde.full),
        ` hier, ich möchte die Miete per Dauerauftrag auf eine neue IBAN umstellen.`,
      ]],
      [0, [`Gerne, Herr oder Frau `, P(kunde.last), `? Wie lautet die IBAN?`]],
      [1, [IB(sayIban(c, "DE")), `, Empfänger ist `, P(c.person().full), `.`]],
      [0, [`Und zur Legitimation Ihr Geburtsdatum und Ihre Steuer-ID bitte.`]],
      [1, [
        D(sayDob(c)),
        `, Steuer-ID `,
        I(steuerId(c)),
        `. Betrag bleibt ${c.int(500, 1800)} Euro.`,
      ]],
    ],
  };
  render(c, b, sc);
};

// ---------- French ----------
const frBanque: Tpl = (c, b) => {
  const cons = c.person(), cli = c.person();
  const sc: Script = {
    spk: [{ p: cons, role: "Conseiller" }, { p: cli, role: "Client" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt"],
    turns: [
      [0, [
        `${
          c.pick(["Crédit Agricole", "BNP Paribas", "Boursorama", "La Banque Postale"])
        }, bonjour, `,
        P(cons.first),
        ` à l'appareil.`,
      ]],
      [1, [`${c.u()}bonjour, c'est `, P(cli.full), `, je voulais ajouter un bénéficiaire.`]],
      [0, [`très bien `, ...nameSaid(c, cli, "mr"), `, vous pouvez me dicter l'IBAN ?`]],
      [1, [IB(sayIban(c, "FR")), `.`]],
      [0, [`et pour vérifier, votre numéro de sécurité sociale et votre date de naissance ?`]],
      [1, [I(nir(c)), `, né le `, D(sayDob(c)), `.`]],
      [0, [`merci. on vous rappelle au `, PH(sayPhone(c)), ` ?`]],
    ],
  };
  render(c, b, sc);
};

const frEntretien: Tpl = (c, b) => {
  const rh = c.person("female"), cand = c.person("male"), ancien = c.person();
  const sc: Script = {
    spk: [{ p: rh, role: "Recruteuse" }, { p: cand, role: "Candidat" }],
    fmts: ANY,
    turns: [
      [0, [
        `alors `,
        P(cand.first),
        `, merci d'être venu. moi c'est `,
        P(rh.first),
        `, je suis RH chez ${c.pick(COMPANIES)}.`,
      ]],
      [1, [
        `${c.u()}merci. mon nom s'écrit `,
        P(spell(c, cand.last)),
        `, c'est souvent mal orthographié.`,
      ]],
      [0, [
        `d'accord. vous avez travaillé avec `,
        ...nameSaid(c, ancien, "mr"),
        ` à ${c.pick(CITIES.fr)} ?`,
      ]],
      [1, [
        `oui, `,
        P(ancien.first),
        ` peut vous donner une référence. mon profil est sur `,
        U(personalUrl(c, cand)),
        `.`,
      ]],
      [0, [`parfait. votre mail ?`]],
      [1, [E(sayEmail(c, emailOf(c, cand))), ` et mon portable `, PH(sayPhone(c)), `.`]],
    ],
  };
  if (c.chance(0.3)) b.known.push(rh.full, cand.full);
  render(c, b, sc);
};

const frVocal: Tpl = (c, b) => {
  const me = c.person(), mamie = c.person("female"), ami = c.person();
  const turns: Part[][] = [
    [
      `coucou c'est `,
      P(me.first.toLowerCase()),
      ` ${c.u()}je t'envoie un vocal parce que je conduis`,
    ],
    [
      `mamie `,
      P(mamie.first.toLowerCase()),
      ` a changé d'adresse elle est maintenant au `,
      A(addr(c)),
      ``,
    ],
    [`et son nouveau numéro c'est le `, PH(sayPhone(c)), ``],
    [`dis à `, P(ami.first.toLowerCase()), ` de venir samedi vers ${c.int(12, 19)}h bisous`],
  ];
  b.text(c.pick(["Message vocal transcrit : ", "Transcription : ", ""]));
  render(c, b, {
    spk: [{ p: me, role: "Voix" }],
    fmts: ["raw"],
    turns: turns.map((t) => [0, t] as Turn),
  });
};

const deVoicemail: Tpl = (c, b) => {
  const me = c.person(), ziel = c.person(), kollege = c.person("male");
  const turns: Part[][] = [
    [
      `hallo `,
      ...nameSaid(c, ziel, c.pick(["first", "mr"] as const)),
      ` hier ist `,
      P(me.full),
      ` von ${c.pick(COMPANIES)}`,
    ],
    [`${c.u()}es geht um die Rechnung ${orderNo(c)} vom ${meetDate(c)}`],
    [
      `rufen Sie mich bitte zurück unter `,
      PH(sayPhone(c)),
      ` oder schreiben Sie an `,
      E(sayEmail(c, emailOf(c, me))),
      ``,
    ],
    [`mein Kollege `, P(kollege.first), ` ist sonst auch erreichbar danke tschüss`],
  ];
  b.text(c.pick(["Sprachnachricht (Transkript): ", "Mailbox-Nachricht: ", ""]));
  render(c, b, {
    spk: [{ p: me, role: "Anrufer" }],
    fmts: ["raw"],
    turns: turns.map((t) => [0, t] as Turn),
  });
};

const billing: Tpl = (c, b) => {
  const ag = c.person(), cust = c.person(), kid = c.person("male");
  const sc: Script = {
    spk: [{ role: "Support", p: c.chance(0.5) ? ag : undefined }, { p: cust, role: "Customer" }],
    fmts: ["spk", "spk2", "otter", "rev", "zoom", "srt"],
    turns: [
      [0, [
        `thanks for calling ${
          c.pick(["Peloton", "Spotify", "Adobe", "Dropbox", "Xfinity"])
        } billing, can I get the email on the account?`,
      ]],
      [1, [
        E(sayEmail(c, emailOf(c, cust))),
        `. ${c.u()}it's under my name, `,
        P(cust.full),
        `, but my son `,
        P(kid.first),
        ` uses it.`,
      ]],
      [0, [
        `got it, I see the ${c.pick(["Family", "Premium", "Pro"])} plan at $${
          c.int(9, 39)
        }.99 failed on ${meetDate(c)}. want to update the card?`,
      ]],
      [1, [
        `yeah new one is `,
        C(sayCard(c)),
        `, exp ${String(c.int(1, 12)).padStart(2, "0")} ${c.int(26, 31)}.`,
      ]],
      [0, [`and the billing zip or address?`]],
      [1, [A(addr(c)), `, ${c.pick(CITIES.en)}.`]],
    ],
  };
  render(c, b, sc);
};

const secIncident: Tpl = (c, b) => {
  const ps = [c.person(), c.person(), c.person()];
  const att = c.person();
  if (c.chance(0.6)) b.known.push(...ps.map((p) => p.full));
  const sc: Script = {
    spk: ps.map((p, i) => ({ p, role: ["IC", "SRE", "SecOps"][i] })),
    fmts: ["zoom", "teams", "bracket", "otter", "spk", "vtt"],
    head: [
      `SEV-${c.int(1, 3)} bridge – ${
        c.pick(["auth outage", "suspicious logins", "DDoS on api gateway", "leaked token"])
      } – recording transcript`,
    ],
    turns: [
      [0, [`${c.u()}okay, `, P(ps[1].first), ` what are we seeing?`]],
      [1, [
        `spike of failed logins from `,
        IPa(sayIp(c)),
        ` and `,
        IPa(sayIp(c)),
        `, mostly against `,
        P(att.first.toLowerCase()),
        `'s admin account.`,
      ]],
      [2, [
        `I blocked both in the WAF. `,
        P(att.first),
        ` also logged in from `,
        IPa(sayIp(c)),
        ` an hour ago, ${c.u()}that one's her home IP I think.`,
      ]],
      [0, [
        `okay. `,
        P(ps[2].first.toLowerCase()),
        `, rotate her ${c.pick(PRODUCTS)} creds and ping `,
        ...nameSaid(c, att, "full"),
        ` on her cell, `,
        PH(sayPhone(c)),
        `.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const esBanco: Tpl = (c, b) => {
  const ag = c.person(), cli = c.person(), casero = c.person();
  const sc: Script = {
    spk: [{ p: ag, role: "Agente" }, { p: cli, role: "Cliente" }],
    fmts: ["spk", "spk2", "otter", "rev", "srt"],
    turns: [
      [0, [
        `${c.pick(["BBVA", "CaixaBank", "Banco Santander", "ING"])}, le atiende `,
        P(ag.first),
        `, ¿en qué puedo ayudarle?`,
      ]],
      [1, [
        `${c.u()}hola, soy `,
        P(cli.full),
        `, quiero hacer una transferencia a mi casero, `,
        ...nameSaid(c, casero, "mr"),
        `.`,
      ]],
      [0, [`muy bien, ¿me dicta el IBAN de destino?`]],
      [1, [IB(sayIban(c, "ES")), `, son ${c.int(500, 1400)} euros del alquiler.`]],
      [0, [`para verificar, su DNI y fecha de nacimiento por favor.`]],
      [1, [
        I(dni(c)),
        `, `,
        D(sayDob(c)),
        `. y si hay problema me llaman al `,
        PH(sayPhone(c)),
        `.`,
      ]],
    ],
  };
  render(c, b, sc);
};

const EN_TPLS: Tpl[] = [
  salesDiscovery,
  doctorVisit,
  jobInterview,
  boardMeeting,
  familyVoiceNote,
  bankVerification,
  itHelpdesk,
  podcast,
  realEstate,
  insuranceClaim,
  voicemail,
  pharmacy,
  parentTeacher,
  courier,
  travel,
  legalIntake,
  standup,
  donation,
  zoomChat,
  ukGp,
  indiaSupport,
  salesFollowup,
  billing,
  secIncident,
];
const XX_TPLS: [Lang, Tpl][] = [
  ["es", esConsulta],
  ["es", esVentas],
  ["es", esEntrevista],
  ["de", deArzt],
  ["de", deTeams],
  ["de", deBank],
  ["de", deVoicemail],
  ["fr", frBanque],
  ["fr", frEntretien],
  ["fr", frVocal],
  ["es", esBanco],
];
const EN_LOCS: [string, Faker["rawDefinitions"]][] = [
  ["en_US", en_US],
  ["en_US", en_US],
  ["en_GB", en_GB],
  ["en_IN", en_IN],
  ["en_AU", en_AU],
  ["en_CA", en_CA],
];
const XX_LOCS: Record<string, [string, Faker["rawDefinitions"]][]> = {
  es: [["es", es], ["es", es], ["es_MX", es_MX]],
  de: [["de", de], ["de", de], ["de_AT", de_AT]],
  fr: [["fr", fr], ["fr", fr], ["fr_CA", fr_CA]],
};

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 300;
  let ei = 0, xi = 0;
  for (let i = 0; i < N; i++) {
    const seed = 91_000 + i * 13;
    const sel = new Faker({ locale: [en, base] });
    sel.seed(seed);
    const foreign = i % 10 >= 7; // 30 %
    let c: Ctx;
    let tpl: Tpl;
    if (!foreign) {
      tpl = EN_TPLS[ei++ % EN_TPLS.length];
      let [ln, ld] = sel.helpers.arrayElement(EN_LOCS);
      if (tpl === ukGp) [ln, ld] = ["en_GB", en_GB];
      if (tpl === indiaSupport) [ln, ld] = ["en_IN", en_IN];
      c = new Ctx(seed, "en", ln, ld);
    } else {
      const [lang, t] = XX_TPLS[xi++ % XX_TPLS.length];
      tpl = t;
      const [ln, ld] = sel.helpers.arrayElement(XX_LOCS[lang]);
      c = new Ctx(seed, lang, ln, ld);
    }
    const b = new DocBuilder();
    tpl(c, b);
    out.push(b.done());
  }
  return out;
}
