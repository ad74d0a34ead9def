// deno-lint-ignore-file no-unused-vars -- generated corpus code kept as its author wrote it
// probe_j: native non-English formal documents (DE/AT, FR, ES, IT, NL, PT/BR, PL):
// court letters, lawyer correspondence, notary deeds, discharge letters, prescriptions,
// insurance claims, police reports, school enrolment, employment certificates, tax letters.
// National ids carry valid check digits; IBANs valid mod 97. Deterministic (fixed seeds).
import { type Doc, DocBuilder, type Planted } from "../_corpus.ts";
import { base, Faker } from "@faker-js/faker";

type T = Planted["type"];
type Part = string | [T, string] | null | undefined | false;
function put(b: DocBuilder, ...ps: Part[]) {
  for (const p of ps) {
    if (!p) continue;
    if (typeof p === "string") b.text(p);
    else b.ent(p[0], p[1]);
  }
}
const P = (v: string): [T, string] => ["PERSON", v];
const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ascii = (s: string) =>
  s.replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss").replace(
    /Ä/g,
    "Ae",
  ).replace(/Ö/g, "Oe").replace(/Ü/g, "Ue")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L");
const slug = (s: string) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, "");

// ---------------------------------------------------------------- random
class R {
  f: Faker;
  constructor(seed: number) {
    this.f = new Faker({ locale: [base] });
    this.f.seed(seed);
  }
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  int(a: number, b: number) {
    return this.f.number.int({ min: a, max: b });
  }
  chance(p: number) {
    return this.f.datatype.boolean({ probability: p });
  }
  digits(n: number) {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  letters(n: number, set = "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
    let s = "";
    for (let i = 0; i < n; i++) s += set[this.int(0, set.length - 1)];
    return s;
  }
  shuffle<X>(xs: X[]): X[] {
    return this.f.helpers.shuffle(xs);
  }
  dob(minY = 1938, maxY = 2004): Dt {
    return { y: this.int(minY, maxY), m: this.int(1, 12), d: this.int(1, 28) };
  }
  /** an ordinary (non-PII) recent date */
  recent(): Dt {
    return { y: this.int(2023, 2025), m: this.int(1, 12), d: this.int(1, 28) };
  }
  money(a: number, b: number, lang: Lang) {
    const v = this.int(a * 100, b * 100) / 100;
    const [i, c] = v.toFixed(2).split(".");
    const sep = lang === "nl" || lang === "de" || lang === "it" || lang === "es" || lang === "pt"
      ? "."
      : lang === "fr" || lang === "pl"
      ? "\u202f"
      : ",";
    const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, sep === "\u202f" ? " " : sep);
    return `${ii},${c}`;
  }
}
interface Dt {
  y: number;
  m: number;
  d: number;
}
type Lang = "de" | "at" | "fr" | "es" | "it" | "nl" | "pt" | "br" | "pl";

// ---------------------------------------------------------------- months / dates
const MON: Record<string, string[]> = {
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
  at: [
    "Jänner",
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
};
MON.br = MON.pt;
/** date in a native format (used both for DOBs and ordinary dates) */
function fmtDate(r: R, lang: Lang, t: Dt, words = true): string {
  const { y, m, d } = t;
  const mo = MON[lang][m - 1];
  const k = r.int(0, words ? 4 : 2);
  switch (lang) {
    case "de":
    case "at":
      return [
        `${pad(d)}.${pad(m)}.${y}`,
        `${d}.${m}.${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d}. ${mo} ${y}`,
        `${pad(d)}. ${mo} ${y}`,
      ][k];
    case "fr":
      return [
        `${pad(d)}/${pad(m)}/${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d === 1 ? "1er" : d} ${mo} ${y}`,
        `${d} ${mo} ${y}`,
      ][k];
    case "es":
      return [
        `${pad(d)}/${pad(m)}/${y}`,
        `${d}/${m}/${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${d} de ${mo} de ${y}`,
        `${d} de ${mo} de ${y}`,
      ][k];
    case "it":
      return [
        `${pad(d)}/${pad(m)}/${y}`,
        `${d}/${m}/${y}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d} ${mo} ${y}`,
        `${d === 1 ? "1°" : d} ${mo} ${y}`,
      ][k];
    case "nl":
      return [
        `${pad(d)}-${pad(m)}-${y}`,
        `${d}-${m}-${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${d} ${mo} ${y}`,
        `${d} ${mo} ${y}`,
      ][k];
    case "pt":
    case "br":
      return [
        `${pad(d)}/${pad(m)}/${y}`,
        `${pad(d)}-${pad(m)}-${y}`,
        `${pad(d)}/${pad(m)}/${y}`,
        `${d} de ${mo} de ${y}`,
        `${d} de ${mo} de ${y}`,
      ][k];
    case "pl":
      return [
        `${pad(d)}.${pad(m)}.${y}`,
        `${y}-${pad(m)}-${pad(d)}`,
        `${pad(d)}.${pad(m)}.${y}`,
        `${d} ${mo} ${y}`,
        `${d} ${mo} ${y}`,
      ][k];
  }
}
// French numbers in words (notarial style)
const FR_U = [
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
const FR_T = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante"];
function fr99(n: number): string {
  if (n < 20) return FR_U[n];
  if (n < 70) {
    const t = Math.floor(n / 10), u = n % 10;
    return FR_T[t] + (u === 0 ? "" : u === 1 ? " et un" : "-" + FR_U[u]);
  }
  if (n < 80) return n === 71 ? "soixante et onze" : "soixante-" + FR_U[n - 60];
  if (n === 80) return "quatre-vingts";
  return "quatre-vingt-" + FR_U[n - 80];
}
function frDateWords(t: Dt): string {
  const day = t.d === 1 ? "premier" : fr99(t.d);
  const yr = t.y < 2000
    ? `mil neuf cent ${fr99(t.y - 1900)}`
    : `deux mille${t.y > 2000 ? " " + fr99(t.y - 2000) : ""}`;
  return `${day} ${MON.fr[t.m - 1]} ${yr}`;
}

// ---------------------------------------------------------------- check-digit ids
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
function ibanOf(cc: string, bban: string): string {
  const num = (bban + cc + "00").toUpperCase().replace(
    /[A-Z]/g,
    (c) => String(c.charCodeAt(0) - 55),
  );
  return cc + pad(98 - mod97(num)) + bban;
}
function group4(s: string) {
  return s.replace(/(.{4})(?=.)/g, "$1 ");
}
function iban(r: R, cc: string): string {
  let bban = "";
  switch (cc) {
    case "DE":
      bban = r.pick([
        "10070000",
        "50010517",
        "37040044",
        "20050550",
        "70150000",
        "12030000",
        "43060967",
      ]) + r.digits(10);
      break;
    case "AT":
      bban = r.pick(["20111", "12000", "32000", "14000", "60000"]) + r.digits(11);
      break;
    case "FR": {
      const bank = r.pick(["30004", "30003", "20041", "10278", "30002", "17515"]),
        br = r.digits(5),
        acc = r.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(br) + 3n * BigInt(acc)) % 97n);
      bban = bank + br + acc + pad(key);
      break;
    }
    case "ES":
      bban = r.pick(["2100", "0049", "0182", "2038", "0081", "1465"]) + r.digits(16);
      break;
    case "IT":
      bban = r.letters(1) + r.pick(["03069", "02008", "05034", "03062", "01030"]) + r.digits(5) +
        r.digits(12);
      break;
    case "NL":
      bban = r.pick(["INGB", "ABNA", "RABO", "SNSB", "TRIO", "ASNB", "KNAB"]) + r.digits(10);
      break;
    case "PT":
      bban = r.pick(["0035", "0033", "0007", "0010", "0018", "0036"]) + r.digits(17);
      break;
    case "PL":
      bban = r.pick(["1020", "1090", "1140", "1050", "1240", "1160"]) + r.digits(20);
      break;
    case "BE":
      bban = r.digits(12);
      break;
  }
  const ib = ibanOf(cc, bban);
  const k = r.int(0, 9);
  if (k < 6) return group4(ib);
  if (k < 9) return ib;
  return group4(ib).toLowerCase().replace(/^(..)/, (x) => x.toUpperCase());
}
/** Polish NRB (domestic, the IBAN without "PL") */
function nrb(r: R): string {
  const ib = ibanOf("PL", r.pick(["1020", "1090", "1140", "1050", "1240"]) + r.digits(20));
  const s = ib.slice(2);
  return r.chance(0.7) ? s.slice(0, 2) + " " + group4(s.slice(2)) : s;
}
function luhnCard(r: R): string {
  const pre = r.pick(["4", "51", "52", "53", "54", "55", "4"]);
  let s = pre + r.digits(15 - pre.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let v = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  s += String((10 - (sum % 10)) % 10);
  return r.pick([group4(s), s, s.replace(/(.{4})(?=.)/g, "$1-")]);
}
// DE Steuer-IdNr (ISO 7064 MOD 11,10)
function steuerId(r: R): string {
  let arr: number[];
  do {
    const chosen = r.shuffle([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]).slice(0, 9);
    arr = r.shuffle([...chosen, r.pick(chosen)]);
  } while (arr[0] === 0);
  let p = 10;
  for (const d of arr) {
    let s = (d + p) % 10;
    if (s === 0) s = 10;
    p = (s * 2) % 11;
  }
  let c = 11 - p;
  if (c === 10) c = 0;
  const s = arr.join("") + c;
  return r.pick([s, `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`, s]);
}
const alnumVal = (ch: string) => (/[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55);
// DE Personalausweis (document number + check digit, weights 7,3,1)
function persoNr(r: R): string {
  const set = "0123456789CFGHJKLMNPRTVWXYZ";
  const s = r.letters(1, "LMNPRTVWXY") + r.letters(8, set);
  const w = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += alnumVal(s[i]) * w[i % 3];
  return s + (sum % 10);
}
const xsum = (n: number) => String(n).split("").reduce((a, c) => a + Number(c), 0);
// DE Rentenversicherungsnummer
function rvNr(r: R, dob: Dt, surname: string, female: boolean): string {
  const area = r.pick(["12", "13", "15", "23", "24", "42", "53", "65", "04", "38"]);
  const L = ascii(surname.replace(/^(von der |von |zu )/, "")).toUpperCase()[0];
  const ser = pad(female ? r.int(50, 99) : r.int(0, 49));
  const d6 = pad(dob.d) + pad(dob.m) + pad(dob.y % 100);
  const digits = area + d6 + pad(L.charCodeAt(0) - 64) + ser;
  const w = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += xsum(Number(digits[i]) * w[i]);
  const c = sum % 10;
  return r.pick([
    `${area}${d6}${L}${ser}${c}`,
    `${area} ${d6} ${L} ${ser}${c}`,
    `${area} ${d6} ${L} ${ser} ${c}`,
  ]);
}
// DE Krankenversichertennummer
function kvnr(r: R): string {
  const L = r.letters(1);
  const body = r.digits(8);
  const digits = pad(L.charCodeAt(0) - 64) + body;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += xsum(Number(digits[i]) * (i % 2 === 0 ? 1 : 2));
  return L + body + (sum % 10);
}
// AT Sozialversicherungsnummer
function atSvnr(r: R, dob: Dt): string {
  const d6 = pad(dob.d) + pad(dob.m) + pad(dob.y % 100);
  for (;;) {
    const ser = String(r.int(100, 999));
    const w1 = [3, 7, 9], w2 = [5, 8, 4, 2, 1, 6];
    let s = 0;
    for (let i = 0; i < 3; i++) s += Number(ser[i]) * w1[i];
    for (let i = 0; i < 6; i++) s += Number(d6[i]) * w2[i];
    const c = s % 11;
    if (c === 10) continue;
    return r.pick([`${ser}${c} ${d6}`, `${ser}${c}${d6}`, `${ser}${c} ${d6}`]);
  }
}
// FR NIR (numéro de sécurité sociale)
function nir(r: R, dob: Dt, female: boolean): string {
  const base13 = `${female ? 2 : 1}${pad(dob.y % 100)}${pad(dob.m)}${pad(r.int(1, 95))}${
    pad(r.int(1, 999), 3)
  }${pad(r.int(1, 999), 3)}`;
  const key = pad(97 - Number(BigInt(base13) % 97n));
  const sp = `${base13[0]} ${base13.slice(1, 3)} ${base13.slice(3, 5)} ${base13.slice(5, 7)} ${
    base13.slice(7, 10)
  } ${base13.slice(10, 13)} ${key}`;
  return r.pick([sp, base13 + key, `${base13} ${key}`, sp]);
}
// ES DNI / NIE / NSS
const DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE";
function dni(r: R): string {
  const n = r.int(10000000, 79999999);
  const l = DNI_L[n % 23];
  const s = String(n);
  return r.pick([
    `${s}${l}`,
    `${s}-${l}`,
    `${s.slice(0, 2)}.${s.slice(2, 5)}.${s.slice(5)}-${l}`,
    `${s}${l}`,
    `${s} ${l}`,
  ]);
}
function nie(r: R): string {
  const p = r.pick(["X", "Y", "Z"]);
  const n = r.digits(7);
  const l = DNI_L[Number(String("XYZ".indexOf(p)) + n) % 23];
  return r.pick([`${p}${n}${l}`, `${p}-${n}-${l}`, `${p}${n}-${l}`]);
}
function nss(r: R): string {
  const prov = pad(r.int(1, 52));
  const num = r.digits(8);
  const c = pad(Number(BigInt(prov + num) % 97n));
  return r.pick([`${prov}/${num}/${c}`, `${prov} ${num} ${c}`, `${prov}${num}${c}`]);
}
// IT codice fiscale
const CF_ODD = [
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
function cfPart(s: string, isName: boolean): string {
  const u = ascii(s).toUpperCase().replace(/[^A-Z]/g, "");
  const cons = u.replace(/[AEIOU]/g, ""), vow = u.replace(/[^AEIOU]/g, "");
  if (isName && cons.length > 3) return cons[0] + cons[2] + cons[3];
  return (cons + vow + "XXX").slice(0, 3);
}
function codiceFiscale(r: R, last: string, first: string, dob: Dt, female: boolean): string {
  const code = cfPart(last, false) + cfPart(first, true) + pad(dob.y % 100) +
    "ABCDEHLMPRST"[dob.m - 1] +
    pad(dob.d + (female ? 40 : 0)) +
    r.pick(["F205", "H501", "F839", "L219", "G273", "A944", "D612", "L736", "A662", "C351"]);
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = code[i];
    const idx = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? CF_ODD[idx] : idx;
  }
  const cf = code + String.fromCharCode(65 + (s % 26));
  return r.chance(0.12) ? cf.toLowerCase() : cf;
}
// NL BSN (elfproef)
function bsn(r: R): string {
  for (;;) {
    const d = r.digits(8).replace(/^0/, String(r.int(1, 6)));
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
    const c = s % 11;
    if (c === 10) continue;
    const v = d + c;
    return r.pick([
      v,
      v,
      `${v.slice(0, 4)}.${v.slice(4, 6)}.${v.slice(6)}`,
      `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`,
    ]);
  }
}
// PT NIF / Cartão de Cidadão
function nifCore(first: string, r: R): string {
  const d = first + r.digits(8 - first.length);
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
  const m = s % 11;
  return d + (m < 2 ? 0 : 11 - m);
}
function nif(r: R): string {
  const v = nifCore(r.pick(["1", "2", "2", "3"]), r);
  return r.pick([v, v, `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`]);
}
function cartaoCidadao(r: R): string {
  const civ = nifCore(String(r.int(1, 3)), r);
  const head = civ + r.letters(2) + String(r.int(0, 9));
  for (let c = 0; c < 10; c++) {
    const s = head + c;
    let sum = 0, second = false;
    for (let i = s.length - 1; i >= 0; i--) {
      let v = alnumVal(s[i]);
      if (second) {
        v *= 2;
        if (v > 9) v -= 9;
      }
      sum += v;
      second = !second;
    }
    if (sum % 10 === 0) {
      return r.pick([
        `${civ} ${head.slice(9)}${c}`,
        `${civ.slice(0, 8)} ${civ[8]} ${head.slice(9)}${c}`,
      ]);
    }
  }
  return civ;
}
// BR CPF
function cpf(r: R): string {
  const d = r.digits(9).split("").map(Number);
  let s = 0;
  for (let i = 0; i < 9; i++) s += d[i] * (10 - i);
  d.push(((s * 10) % 11) % 10);
  s = 0;
  for (let i = 0; i < 10; i++) s += d[i] * (11 - i);
  d.push(((s * 10) % 11) % 10);
  const v = d.join("");
  return r.pick([
    `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`,
    v,
    `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`,
  ]);
}
// PL PESEL / dowód osobisty
function pesel(r: R, dob: Dt, female: boolean): string {
  const mm = dob.m + (dob.y >= 2000 ? 20 : 0);
  const sexD = female ? r.pick([0, 2, 4, 6, 8]) : r.pick([1, 3, 5, 7, 9]);
  const d = `${pad(dob.y % 100)}${pad(mm)}${pad(dob.d)}${r.digits(3)}${sexD}`;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(d[i]) * w[i];
  return d + ((10 - (s % 10)) % 10);
}
function dowod(r: R): string {
  const L = r.letters(3, "ABCDEFGHJKLMNPRSTUVWXYZ");
  const D = r.digits(5);
  const w = [7, 3, 1, 7, 3, 1, 7, 3];
  const vals = [...L].map(alnumVal).concat([...D].map(Number));
  let s = 0;
  for (let i = 0; i < 8; i++) s += vals[i] * w[i];
  const v = `${L}${s % 10}${D}`;
  return r.pick([v, `${L} ${s % 10}${D}`, v]);
}

// ---------------------------------------------------------------- names
interface Person {
  first: string;
  last: string;
  female: boolean;
  last2?: string; // second surname (es/pt)
}
const N: Record<string, { m: string[]; f: string[]; last: string[] }> = {
  de: {
    m: [
      "Hans-Peter",
      "Jürgen",
      "Matthias",
      "Thomas",
      "Stefan",
      "Klaus",
      "Wolfgang",
      "Lukas",
      "Maximilian",
      "Jan-Hendrik",
      "Uwe",
      "Dieter",
      "Florian",
      "Tobias",
      "Karl-Heinz",
      "Sebastian",
      "Günter",
      "Felix",
      "Jonas",
      "Ralf",
      "Björn",
      "Frank",
    ],
    f: [
      "Sabine",
      "Ursula",
      "Anja",
      "Katharina",
      "Birgit",
      "Claudia",
      "Hannelore",
      "Lea",
      "Marie-Luise",
      "Petra",
      "Stefanie",
      "Jana",
      "Gisela",
      "Annika",
      "Sophie",
      "Renate",
      "Ingrid",
      "Johanna",
      "Franziska",
      "Monika",
      "Dörte",
      "Heike",
    ],
    last: [
      "Müller",
      "Schmidt",
      "Schneider",
      "Fischer",
      "Weber",
      "Meyer",
      "Wagner",
      "Becker",
      "Schulz",
      "Hoffmann",
      "Schäfer",
      "Koch",
      "Bauer",
      "Richter",
      "Klein",
      "Wolf",
      "Schröder",
      "Neumann",
      "Schwarz",
      "Zimmermann",
      "Braun",
      "Krüger",
      "Hartmann",
      "Lange",
      "Werner",
      "Krause",
      "Lehmann",
      "Köhler",
      "König",
      "Walter",
      "Kaiser",
      "Fuchs",
      "Lang",
      "Scholz",
      "Möller",
      "Weiß",
      "Jung",
      "Hahn",
      "Vogel",
      "Keller",
      "Günther",
      "Frank",
      "Berger",
      "Roth",
      "Beck",
      "Lorenz",
      "Böhm",
      "Winter",
      "Kraus",
      "Martin",
      "Krämer",
      "Vogt",
      "Stein",
      "Jäger",
      "Sommer",
      "Groß",
      "Brandt",
      "Haas",
      "Graf",
      "Schulte",
      "Ziegler",
      "Kühn",
      "Engel",
      "Horn",
      "Busch",
      "Voigt",
      "Sauer",
      "Pfeiffer",
      "von der Heide",
      "von Arnim",
      "Müller-Lüdenscheidt",
      "Schmidt-Rottluff",
      "Özdemir",
      "Yılmaz",
      "Nowicki",
      "Ahrens",
      "Thiele",
      "Brinkmann",
    ],
  },
  at: {
    m: [
      "Johann",
      "Franz",
      "Josef",
      "Markus",
      "Andreas",
      "Christoph",
      "Georg",
      "Bernhard",
      "Harald",
      "Gerhard",
      "Manfred",
      "Alois",
      "Lukas",
      "Florian",
      "Reinhard",
    ],
    f: [
      "Maria",
      "Elisabeth",
      "Theresa",
      "Barbara",
      "Christina",
      "Julia",
      "Magdalena",
      "Verena",
      "Katrin",
      "Sigrid",
      "Waltraud",
      "Anna-Lena",
      "Michaela",
    ],
    last: [
      "Gruber",
      "Huber",
      "Bauer",
      "Wagner",
      "Pichler",
      "Steiner",
      "Moser",
      "Mayer",
      "Hofer",
      "Leitner",
      "Berger",
      "Fuchs",
      "Eder",
      "Fischer",
      "Schwarz",
      "Wallner",
      "Brunner",
      "Lechner",
      "Egger",
      "Aigner",
      "Haider",
      "Wimmer",
      "Reiter",
      "Baumgartner",
      "Maurer",
      "Winkler",
      "Schwaiger",
      "Hörmann",
      "Novak",
      "Kovačević",
    ],
  },
  fr: {
    m: [
      "Jean-Baptiste",
      "Pierre",
      "Nicolas",
      "Jean-Marc",
      "Philippe",
      "Thierry",
      "Laurent",
      "Olivier",
      "Étienne",
      "François",
      "Mathieu",
      "Julien",
      "Guillaume",
      "Benoît",
      "Hervé",
      "Loïc",
      "Yannick",
      "Jérôme",
      "Antoine",
      "Rémi",
      "Karim",
      "Mamadou",
    ],
    f: [
      "Marie-Claire",
      "Sophie",
      "Isabelle",
      "Nathalie",
      "Céline",
      "Élodie",
      "Camille",
      "Anne-Sophie",
      "Chloé",
      "Hélène",
      "Aurélie",
      "Manon",
      "Sandrine",
      "Véronique",
      "Brigitte",
      "Françoise",
      "Léa",
      "Margaux",
      "Inès",
      "Mélanie",
      "Fatima",
      "Gwenaëlle",
    ],
    last: [
      "Martin",
      "Bernard",
      "Dubois",
      "Thomas",
      "Robert",
      "Richard",
      "Petit",
      "Durand",
      "Leroy",
      "Moreau",
      "Simon",
      "Laurent",
      "Lefèvre",
      "Michel",
      "Garcia",
      "David",
      "Bertrand",
      "Roux",
      "Vincent",
      "Fournier",
      "Morel",
      "Girard",
      "André",
      "Mercier",
      "Dupont",
      "Lambert",
      "Bonnet",
      "François",
      "Le Gall",
      "Le Goff",
      "Guérin",
      "Faure",
      "Rousseau",
      "Blanc",
      "Chevalier",
      "Boyer",
      "Gauthier",
      "Perrin",
      "Lemaire",
      "Fontaine",
      "Dupuis-Lacroix",
      "de La Tour",
      "N'Diaye",
      "Benali",
      "Haddad",
      "Caron",
      "Marchand",
      "Brun",
      "Leblanc",
      "Noël",
    ],
  },
  es: {
    m: [
      "José Luis",
      "Javier",
      "Antonio",
      "Francisco Javier",
      "Manuel",
      "Alejandro",
      "Pablo",
      "Sergio",
      "Jorge",
      "Alberto",
      "Juan Carlos",
      "Miguel Ángel",
      "Raúl",
      "Diego",
      "Álvaro",
      "Iñaki",
      "Jordi",
      "Rubén",
      "Fernando",
      "Rafael",
    ],
    f: [
      "María José",
      "Carmen",
      "Lucía",
      "Laura",
      "Ana Belén",
      "Cristina",
      "Marta",
      "Isabel",
      "Pilar",
      "Nuria",
      "Elena",
      "Rocío",
      "Montserrat",
      "Beatriz",
      "Raquel",
      "Alba",
      "Sara",
      "Paula",
      "Inmaculada",
      "María del Carmen",
    ],
    last: [
      "García",
      "Fernández",
      "González",
      "Rodríguez",
      "López",
      "Martínez",
      "Sánchez",
      "Pérez",
      "Gómez",
      "Martín",
      "Jiménez",
      "Ruiz",
      "Hernández",
      "Díaz",
      "Moreno",
      "Muñoz",
      "Álvarez",
      "Romero",
      "Alonso",
      "Gutiérrez",
      "Navarro",
      "Torres",
      "Domínguez",
      "Vázquez",
      "Ramos",
      "Gil",
      "Serrano",
      "Blanco",
      "Molina",
      "Morales",
      "Suárez",
      "Ortega",
      "Delgado",
      "Castro",
      "Ortiz",
      "Rubio",
      "Marín",
      "Sanz",
      "Núñez",
      "Iglesias",
      "Medina",
      "Garrido",
      "Cortés",
      "Castillo",
      "Santos",
      "Lozano",
      "Guerrero",
      "Cano",
      "Prieto",
      "Méndez",
      "Calvo",
      "Vidal",
      "León",
      "Herrera",
      "Peña",
      "Flores",
      "Cabrera",
      "Vega",
      "Fuentes",
      "Carrasco",
      "Caballero",
      "Reyes",
      "Nieto",
      "Pascual",
      "Ibáñez",
      "Ferrer",
      "Soler",
      "Bravo",
      "de la Fuente",
      "del Río",
      "Puig",
      "Etxeberria",
    ],
  },
  it: {
    m: [
      "Giuseppe",
      "Giovanni",
      "Antonio",
      "Mario",
      "Luigi",
      "Francesco",
      "Alessandro",
      "Andrea",
      "Marco",
      "Gianluca",
      "Pierpaolo",
      "Matteo",
      "Lorenzo",
      "Davide",
      "Salvatore",
      "Vincenzo",
      "Gian Marco",
      "Fabrizio",
      "Massimo",
      "Roberto",
    ],
    f: [
      "Maria",
      "Anna",
      "Giulia",
      "Francesca",
      "Chiara",
      "Federica",
      "Alessandra",
      "Valentina",
      "Silvia",
      "Elisa",
      "Giovanna",
      "Rosa",
      "Paola",
      "Martina",
      "Sara",
      "Maria Grazia",
      "Lucia",
      "Antonella",
      "Simona",
      "Ilaria",
    ],
    last: [
      "Rossi",
      "Russo",
      "Ferrari",
      "Esposito",
      "Bianchi",
      "Romano",
      "Colombo",
      "Ricci",
      "Marino",
      "Greco",
      "Bruno",
      "Gallo",
      "Conti",
      "De Luca",
      "Mancini",
      "Costa",
      "Giordano",
      "Rizzo",
      "Lombardi",
      "Moretti",
      "Barbieri",
      "Fontana",
      "Santoro",
      "Mariani",
      "Rinaldi",
      "Caruso",
      "Ferrara",
      "Galli",
      "Martini",
      "Leone",
      "Longo",
      "Gentile",
      "Vitale",
      "Serra",
      "Coppola",
      "De Santis",
      "D'Angelo",
      "Marchetti",
      "Parisi",
      "Villa",
      "Conte",
      "Ferraro",
      "Fabbri",
      "Bianco",
      "Grasso",
      "Messina",
      "Sala",
      "Gatti",
      "Pellegrini",
      "Palumbo",
      "Sanna",
      "Farina",
      "Monti",
      "Cattaneo",
      "Amato",
      "Testa",
      "Carbone",
      "Barone",
      "Caputo",
      "Guerra",
      "Fiore",
      "De Rosa",
      "Bellini",
      "Basile",
      "Riva",
      "Piras",
      "Neri",
      "Orlando",
      "Dell'Acqua",
      "Lo Russo",
      "La Rosa",
      "Di Stefano",
    ],
  },
  nl: {
    m: [
      "Jan",
      "Pieter",
      "Hendrik",
      "Willem",
      "Johannes",
      "Cornelis",
      "Sander",
      "Bas",
      "Thijs",
      "Joost",
      "Maarten",
      "Ruud",
      "Gert-Jan",
      "Jeroen",
      "Daan",
      "Sem",
      "Wouter",
      "Koen",
      "Erik",
      "Bram",
    ],
    f: [
      "Anna",
      "Maria",
      "Johanna",
      "Sanne",
      "Femke",
      "Lotte",
      "Eva",
      "Marieke",
      "Ingrid",
      "Anouk",
      "Linda",
      "Esther",
      "Marloes",
      "Fleur",
      "Saskia",
      "Nienke",
      "Willemijn",
      "Ilse",
      "Daphne",
      "Annemieke",
    ],
    last: [
      "de Vries",
      "van den Berg",
      "van Dijk",
      "Bakker",
      "Janssen",
      "Visser",
      "Smit",
      "Meijer",
      "de Boer",
      "Mulder",
      "de Groot",
      "Bos",
      "Vos",
      "Peters",
      "Hendriks",
      "van Leeuwen",
      "Dekker",
      "Brouwer",
      "de Wit",
      "Dijkstra",
      "Smits",
      "de Graaf",
      "van der Meer",
      "van der Linden",
      "Kok",
      "Jacobs",
      "de Haan",
      "Vermeulen",
      "van den Heuvel",
      "van der Veen",
      "van den Broek",
      "de Bruijn",
      "de Jong",
      "van der Heijden",
      "Schouten",
      "van Beek",
      "Willems",
      "van Vliet",
      "Hoekstra",
      "Maas",
      "Verhoeven",
      "Koster",
      "van Dam",
      "Prins",
      "Blom",
      "Huisman",
      "'t Hart",
      "Kuipers",
      "van 't Hof",
      "El Amrani",
      "Yıldız",
    ],
  },
  pt: {
    m: [
      "João",
      "José",
      "António",
      "Francisco",
      "Manuel",
      "Rui",
      "Pedro",
      "Tiago",
      "Luís",
      "Nuno",
      "Miguel",
      "Ricardo",
      "Paulo",
      "Bruno",
      "Diogo",
      "Duarte",
      "Gonçalo",
      "Vasco",
      "Afonso",
      "Joaquim",
    ],
    f: [
      "Maria",
      "Ana",
      "Maria da Conceição",
      "Maria de Fátima",
      "Inês",
      "Beatriz",
      "Joana",
      "Catarina",
      "Sofia",
      "Mariana",
      "Rita",
      "Teresa",
      "Helena",
      "Cláudia",
      "Patrícia",
      "Filipa",
      "Margarida",
      "Isabel",
      "Sandra",
      "Leonor",
    ],
    last: [
      "Silva",
      "Santos",
      "Ferreira",
      "Pereira",
      "Oliveira",
      "Costa",
      "Rodrigues",
      "Martins",
      "Sousa",
      "Fernandes",
      "Gonçalves",
      "Gomes",
      "Lopes",
      "Marques",
      "Alves",
      "Almeida",
      "Ribeiro",
      "Pinto",
      "Carvalho",
      "Teixeira",
      "Moreira",
      "Correia",
      "Mendes",
      "Nunes",
      "Soares",
      "Vieira",
      "Monteiro",
      "Cardoso",
      "Rocha",
      "Raposo",
      "Neves",
      "Coelho",
      "Cunha",
      "Pires",
      "Ramos",
      "Reis",
      "Simões",
      "Antunes",
      "Matos",
      "Fonseca",
      "Machado",
      "Araújo",
      "Barbosa",
      "Tavares",
      "Lourenço",
      "Figueiredo",
      "Azevedo",
      "Freitas",
      "Magalhães",
      "Baptista",
    ],
  },
  br: {
    m: [
      "João Pedro",
      "Carlos Eduardo",
      "Lucas",
      "Gabriel",
      "Rafael",
      "Marcos",
      "Thiago",
      "Felipe",
      "Gustavo",
      "Leandro",
      "Anderson",
      "Rodrigo",
      "Luiz Fernando",
      "Vinícius",
    ],
    f: [
      "Ana Carolina",
      "Juliana",
      "Fernanda",
      "Camila",
      "Larissa",
      "Aline",
      "Bruna",
      "Letícia",
      "Mariana",
      "Tatiane",
      "Vanessa",
      "Priscila",
      "Renata",
      "Maria Eduarda",
    ],
    last: [
      "Silva",
      "Santos",
      "Oliveira",
      "Souza",
      "Lima",
      "Pereira",
      "Ferreira",
      "Costa",
      "Rodrigues",
      "Almeida",
      "Nascimento",
      "Carvalho",
      "Araújo",
      "Ribeiro",
      "Barbosa",
      "Cavalcanti",
      "Albuquerque",
      "Moura",
      "Cardoso",
      "Teixeira",
      "Batista",
      "Rocha",
      "Dias",
      "Monteiro",
      "Mendes",
      "Freitas",
    ],
  },
};
function person(r: R, lang: Lang, female = r.chance(0.5)): Person {
  const key = lang === "pl" ? "de" : lang;
  const n = N[key];
  let last = r.pick(n.last);
  if (lang === "de" && r.chance(0.08)) {
    last = `${r.pick(n.last.slice(0, 40))}-${r.pick(n.last.slice(0, 40))}`;
  }
  const p: Person = { first: r.pick(female ? n.f : n.m), last, female };
  if (lang === "es" || lang === "pt" || lang === "br") {
    let l2 = r.pick(n.last);
    while (l2 === last) l2 = r.pick(n.last);
    p.last2 = lang === "pt" && r.chance(0.3) ? `${r.pick(["dos", "da", "de"])} ${l2}` : l2;
  }
  return p;
}
const surname = (p: Person) => (p.last2 ? `${p.last} ${p.last2}` : p.last);
const full = (p: Person) => `${p.first} ${surname(p)}`;
/** the NL capitalisation rule: "De Vries" when no first name/initial precedes it */
const nlBare = (last: string) => last.replace(/^([a-z'])/, (c) => c.toUpperCase());
/** Dutch sorted form: "Vries, J.P. de" */
function nlSort(p: Person) {
  const parts = p.last.split(" ");
  const core = parts.pop()!;
  const pre = parts.join(" ");
  return `${core}, ${initials(p.first)}${pre ? " " + pre : ""}`;
}
function initials(first: string) {
  return first.split(/[- ]/).map((x) => x[0] + ".").join(first.includes("-") ? "-" : "");
}
/** varied native rendering of a full name */
function nameForm(r: R, lang: Lang, p: Person): string {
  const k = r.int(0, 9);
  const sur = surname(p);
  if (k <= 4) return full(p);
  if (k === 5) return `${sur.toUpperCase()} ${p.first}`;
  if (k === 6) return `${p.first} ${sur.toUpperCase()}`;
  if (k === 7) return lang === "nl" ? `${initials(p.first)} ${sur}` : `${sur}, ${p.first}`;
  if (k === 8) return `${initials(p.first)} ${sur}`;
  return full(p);
}

// Polish names with declension: [nom, gen, dat, acc, ins, loc]
type PLForms = [string, string, string, string, string, string];
const PL_M_FIRST: PLForms[] = [
  ["Jan", "Jana", "Janowi", "Jana", "Janem", "Janie"],
  ["Piotr", "Piotra", "Piotrowi", "Piotra", "Piotrem", "Piotrze"],
  ["Tomasz", "Tomasza", "Tomaszowi", "Tomasza", "Tomaszem", "Tomaszu"],
  ["Krzysztof", "Krzysztofa", "Krzysztofowi", "Krzysztofa", "Krzysztofem", "Krzysztofie"],
  ["Andrzej", "Andrzeja", "Andrzejowi", "Andrzeja", "Andrzejem", "Andrzeju"],
  ["Marek", "Marka", "Markowi", "Marka", "Markiem", "Marku"],
  ["Paweł", "Pawła", "Pawłowi", "Pawła", "Pawłem", "Pawle"],
  ["Michał", "Michała", "Michałowi", "Michała", "Michałem", "Michale"],
  ["Grzegorz", "Grzegorza", "Grzegorzowi", "Grzegorza", "Grzegorzem", "Grzegorzu"],
  ["Łukasz", "Łukasza", "Łukaszowi", "Łukasza", "Łukaszem", "Łukaszu"],
  ["Wojciech", "Wojciecha", "Wojciechowi", "Wojciecha", "Wojciechem", "Wojciechu"],
  ["Jerzy", "Jerzego", "Jerzemu", "Jerzego", "Jerzym", "Jerzym"],
  ["Kacper", "Kacpra", "Kacprowi", "Kacpra", "Kacprem", "Kacprze"],
  ["Zbigniew", "Zbigniewa", "Zbigniewowi", "Zbigniewa", "Zbigniewem", "Zbigniewie"],
];
const PL_F_FIRST: PLForms[] = [
  ["Anna", "Anny", "Annie", "Annę", "Anną", "Annie"],
  ["Katarzyna", "Katarzyny", "Katarzynie", "Katarzynę", "Katarzyną", "Katarzynie"],
  ["Agnieszka", "Agnieszki", "Agnieszce", "Agnieszkę", "Agnieszką", "Agnieszce"],
  ["Magdalena", "Magdaleny", "Magdalenie", "Magdalenę", "Magdaleną", "Magdalenie"],
  ["Joanna", "Joanny", "Joannie", "Joannę", "Joanną", "Joannie"],
  ["Małgorzata", "Małgorzaty", "Małgorzacie", "Małgorzatę", "Małgorzatą", "Małgorzacie"],
  ["Ewa", "Ewy", "Ewie", "Ewę", "Ewą", "Ewie"],
  ["Monika", "Moniki", "Monice", "Monikę", "Moniką", "Monice"],
  ["Barbara", "Barbary", "Barbarze", "Barbarę", "Barbarą", "Barbarze"],
  ["Zofia", "Zofii", "Zofii", "Zofię", "Zofią", "Zofii"],
  ["Dorota", "Doroty", "Dorocie", "Dorotę", "Dorotą", "Dorocie"],
  ["Beata", "Beaty", "Beacie", "Beatę", "Beatą", "Beacie"],
];
// surname stems: adjectival (-ski/-cki) or consonant nouns with explicit forms
const PL_ADJ = [
  "Kowalsk",
  "Wiśniewsk",
  "Lewandowsk",
  "Kamińsk",
  "Zielińsk",
  "Szymańsk",
  "Dąbrowsk",
  "Kozłowsk",
  "Jankowsk",
  "Wojciechowsk",
  "Kwiatkowsk",
  "Piotrowsk",
  "Grabowsk",
  "Nowick",
  "Zawadzk",
  "Sadowsk",
  "Jabłońsk",
  "Majewsk",
  "Olszewsk",
  "Stępińsk",
  "Malinowsk",
  "Górsk",
  "Rutkowsk",
  "Michalsk",
  "Sikorsk",
  "Baranowsk",
  "Wróblewsk",
  "Ostrowsk",
  "Tomaszewsk",
  "Pietrzyck",
];
const PL_NOUN: [string, string, string, string][] = [ // nom, gen/acc, dat, ins (male); female invariant
  ["Nowak", "Nowaka", "Nowakowi", "Nowakiem"],
  ["Wójcik", "Wójcika", "Wójcikowi", "Wójcikiem"],
  ["Woźniak", "Woźniaka", "Woźniakowi", "Woźniakiem"],
  ["Mazur", "Mazura", "Mazurowi", "Mazurem"],
  ["Krawczyk", "Krawczyka", "Krawczykowi", "Krawczykiem"],
  ["Kaczmarek", "Kaczmarka", "Kaczmarkowi", "Kaczmarkiem"],
  ["Zając", "Zająca", "Zającowi", "Zającem"],
  ["Król", "Króla", "Królowi", "Królem"],
  ["Wieczorek", "Wieczorka", "Wieczorkowi", "Wieczorkiem"],
  ["Pawlak", "Pawlaka", "Pawlakowi", "Pawlakiem"],
  ["Walczak", "Walczaka", "Walczakowi", "Walczakiem"],
  ["Wróbel", "Wróbla", "Wróblowi", "Wróblem"],
  ["Dudek", "Dudka", "Dudkowi", "Dudkiem"],
  ["Sobczak", "Sobczaka", "Sobczakowi", "Sobczakiem"],
];
interface PLP {
  female: boolean;
  first: PLForms;
  last: PLForms;
}
function plPerson(r: R, female = r.chance(0.5)): PLP {
  const first = r.pick(female ? PL_F_FIRST : PL_M_FIRST);
  let last: PLForms;
  if (r.chance(0.6)) {
    const s = r.pick(PL_ADJ);
    const ci = s.endsWith("ck") || s.endsWith("dzk");
    const stemM = s + (ci ? "i" : "i");
    last = female
      ? [s + "a", s + "iej", s + "iej", s + "ą", s + "ą", s + "iej"]
      : [stemM, s + "iego", s + "iemu", s + "iego", s + "im", s + "im"];
  } else {
    const [nom, gen, dat, ins] = r.pick(PL_NOUN);
    last = female
      ? [nom, nom, nom, nom, nom, nom]
      : [nom, gen, dat, gen, ins, gen.replace(/a$/, "u")];
  }
  return { female, first, last };
}
const C = { nom: 0, gen: 1, dat: 2, acc: 3, ins: 4, loc: 5 } as const;
const plName = (p: PLP, c: keyof typeof C) => `${p.first[C[c]]} ${p.last[C[c]]}`;

// ---------------------------------------------------------------- addresses / phones / emails
function street(r: R, lang: Lang): { street: string; rest: string } {
  const no = r.int(1, 180);
  switch (lang) {
    case "de": {
      const nm = r.pick([
        "Lindenstraße",
        "Hauptstraße",
        "Goethestr.",
        "Schillerstraße",
        "Am Mühlbach",
        "Bahnhofstr.",
        "Kastanienallee",
        "Bergstraße",
        "Im Wiesengrund",
        "Friedrich-Ebert-Straße",
        "Gartenweg",
        "An der Kirche",
        "Rosenweg",
        "Kirchplatz",
        "Düsseldorfer Str.",
        "Sonnenstraße",
      ]);
      const st = `${nm} ${no}${r.chance(0.2) ? r.pick(["a", "b", " a", "c"]) : ""}`;
      return {
        street: st,
        rest: `${pad(r.int(1, 99), 2)}${r.digits(3)} ${
          r.pick([
            "Berlin",
            "München",
            "Köln",
            "Hamburg",
            "Leipzig",
            "Stuttgart",
            "Bielefeld",
            "Freiburg im Breisgau",
            "Halle (Saale)",
            "Mainz",
          ])
        }`,
      };
    }
    case "at": {
      const nm = r.pick([
        "Mariahilfer Straße",
        "Landstraßer Hauptstraße",
        "Herrengasse",
        "Linzer Gasse",
        "Favoritenstraße",
        "Wiedner Gürtel",
        "Annenstraße",
        "Hauptplatz",
        "Schubertgasse",
      ]);
      return {
        street: `${nm} ${no}${r.chance(0.6) ? `/${r.int(1, 9)}/${r.int(1, 24)}` : ""}`,
        rest: `${
          r.pick([
            "1060 Wien",
            "1030 Wien",
            "8020 Graz",
            "4020 Linz",
            "5020 Salzburg",
            "6020 Innsbruck",
            "9020 Klagenfurt",
          ])
        }`,
      };
    }
    case "fr": {
      const nm = r.pick([
        "rue des Lilas",
        "avenue Jean Jaurès",
        "boulevard Voltaire",
        "rue de la République",
        "allée des Tilleuls",
        "rue du Faubourg Saint-Antoine",
        "chemin des Vignes",
        "place Bellecour",
        "impasse des Acacias",
        "rue Victor Hugo",
        "quai de la Loire",
      ]);
      const k = r.int(0, 3);
      const st = k === 0
        ? `${no}, ${nm}`
        : k === 1
        ? `${no} ${nm}`
        : k === 2
        ? `${no} bis ${nm}`
        : `Appt ${r.int(1, 60)}, ${no} ${nm}`;
      return {
        street: st,
        rest: `${
          r.pick([
            "75011 Paris",
            "69003 Lyon",
            "13006 Marseille",
            "31000 Toulouse",
            "33000 Bordeaux",
            "44000 Nantes",
            "67000 Strasbourg",
            "59800 Lille",
            "35000 Rennes",
          ])
        }`,
      };
    }
    case "es": {
      const nm = r.pick([
        "C/ Mayor",
        "Calle de Alcalá",
        "Avda. de la Constitución",
        "C/ Gran Vía",
        "Calle Real",
        "Paseo de Gracia",
        "C/ San Vicente",
        "Avenida de Andalucía",
        "Plaza de España",
        "C/ Doctor Fleming",
        "Carrer de Mallorca",
      ]);
      const fl = r.pick([
        ", 3º B",
        ", 2º izda.",
        " 1º dcha.",
        ", bajo A",
        ", 4.º 2.ª",
        "",
        ", esc. B, 5º C",
      ]);
      return {
        street: `${nm}${r.chance(0.5) ? "," : ""} ${no}${fl}`,
        rest: r.pick([
          "28014 Madrid",
          "08008 Barcelona",
          "41001 Sevilla",
          "46002 Valencia",
          "48001 Bilbao",
          "29015 Málaga",
          "50001 Zaragoza",
          "15003 A Coruña",
        ]),
      };
    }
    case "it": {
      const nm = r.pick([
        "Via Giuseppe Garibaldi",
        "Corso Vittorio Emanuele II",
        "Via Roma",
        "Piazza Dante",
        "Via dei Mille",
        "Viale Europa",
        "Via Nazionale",
        "Via Alessandro Manzoni",
        "Vicolo del Fico",
        "Largo Augusto",
      ]);
      const sep = r.pick([" ", ", ", ", n. "]);
      return {
        street: `${nm}${sep}${no}${
          r.chance(0.25) ? `, int. ${r.int(1, 20)}` : r.chance(0.15) ? "/B" : ""
        }`,
        rest: r.pick([
          "20121 Milano (MI)",
          "00184 Roma",
          "80134 Napoli (NA)",
          "10123 Torino",
          "40126 Bologna",
          "50122 Firenze (FI)",
          "90133 Palermo",
          "09124 Cagliari",
        ]),
      };
    }
    case "nl": {
      const nm = r.pick([
        "Keizersgracht",
        "Dorpsstraat",
        "Kerkstraat",
        "Molenweg",
        "Prinsengracht",
        "Stationsweg",
        "Julianalaan",
        "Beatrixstraat",
        "Oude Gracht",
        "Schoolstraat",
        "Van Goghlaan",
      ]);
      const add = r.pick(["", "", "-II", " A", "-3", " bis", "-hs"]);
      return {
        street: `${nm} ${no}${add}`,
        rest: `${r.int(1000, 9999)} ${r.letters(2, "ABCDEFGHJKLMNPRSTVWXZ")} ${
          r.pick([
            "Amsterdam",
            "Rotterdam",
            "Utrecht",
            "Den Haag",
            "Eindhoven",
            "Groningen",
            "Zwolle",
            "Leiden",
            "Haarlem",
          ])
        }`,
      };
    }
    case "pt": {
      const nm = r.pick([
        "Rua Augusta",
        "Avenida da Liberdade",
        "Rua de Santa Catarina",
        "Travessa do Carmo",
        "Rua Dr. António José de Almeida",
        "Largo do Rato",
        "Rua 25 de Abril",
        "Avenida dos Aliados",
        "Rua da Prata",
      ]);
      const k = r.int(0, 2);
      const st = k === 0
        ? `${nm}, n.º ${no}, ${r.int(1, 8)}.º ${r.pick(["Esq.", "Dto.", "Frt."])}`
        : k === 1
        ? `${nm} ${no}, ${r.int(1, 6)}º ${r.pick(["Esq", "Dto", "A"])}`
        : `${nm}, ${no}`;
      return {
        street: st,
        rest: `${r.int(1000, 4999)}-${pad(r.int(0, 999), 3)} ${
          r.pick(["Lisboa", "Porto", "Coimbra", "Braga", "Setúbal", "Faro", "Aveiro"])
        }`,
      };
    }
    case "br": {
      const nm = r.pick([
        "Rua das Flores",
        "Avenida Paulista",
        "Rua Sete de Setembro",
        "Rua Oscar Freire",
        "Avenida Atlântica",
        "Rua XV de Novembro",
        "Rua Barão de Itapetininga",
      ]);
      return {
        street: `${nm}, ${no}${
          r.chance(0.5) ? `, apto ${r.int(11, 1204)}` : r.chance(0.4) ? " - casa 2" : ""
        }`,
        rest: `${r.pick(["Bela Vista", "Copacabana", "Centro", "Jardins", "Boa Viagem"])}, ${
          r.pick([
            "São Paulo - SP",
            "Rio de Janeiro - RJ",
            "Curitiba - PR",
            "Recife - PE",
            "Belo Horizonte - MG",
          ])
        }, CEP ${r.digits(5)}-${r.digits(3)}`,
      };
    }
    case "pl": {
      const nm = r.pick([
        "ul. Marszałkowska",
        "ul. Długa",
        "al. Jerozolimskie",
        "ul. Piotrkowska",
        "ul. Mickiewicza",
        "ul. Kościuszki",
        "os. Tysiąclecia",
        "ul. 3 Maja",
        "ul. Słowackiego",
        "pl. Grunwaldzki",
        "ul. Wrocławska",
      ]);
      const k = r.int(0, 3);
      const st = k === 0
        ? `${nm} ${no} m. ${r.int(1, 80)}`
        : k === 1
        ? `${nm} ${no}/${r.int(1, 80)}`
        : k === 2
        ? `${nm} ${no} lok. ${r.int(1, 20)}`
        : `${nm} ${no}${r.pick(["A", "B", ""])}`;
      return {
        street: st,
        rest: `${pad(r.int(0, 99))}-${pad(r.int(0, 999), 3)} ${
          r.pick([
            "Warszawa",
            "Kraków",
            "Łódź",
            "Wrocław",
            "Poznań",
            "Gdańsk",
            "Lublin",
            "Katowice",
          ])
        }`,
      };
    }
  }
}
function phone(r: R, lang: Lang, mobile = r.chance(0.5)): string {
  const d = (n: number) => r.digits(n);
  switch (lang) {
    case "de":
      return mobile
        ? r.pick([
          `0171 ${d(7)}`,
          `+49 151 ${d(8)}`,
          `0160/${d(7)}`,
          `+49 (0) 176 ${d(4)} ${d(4)}`,
          `01522-${d(7)}`,
        ])
        : r.pick([
          `030 ${d(8)}`,
          `+49 89 ${d(6)}-${d(2)}`,
          `(0221) ${d(3)} ${d(2)} ${d(2)}`,
          `0711/${d(6)}`,
          `+49 (0)40 ${d(7)}`,
        ]);
    case "at":
      return mobile
        ? r.pick([`0664/${d(7)}`, `+43 676 ${d(3)} ${d(4)}`, `0699 ${d(8)}`])
        : r.pick([`+43 1 ${d(7)}`, `01/${d(3)} ${d(2)} ${d(2)}`, `0316 ${d(6)}`]);
    case "fr": {
      const p = mobile ? r.pick(["6", "7"]) : r.pick(["1", "2", "3", "4", "5", "9"]);
      const g = `${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
      return r.pick([
        `0${p} ${g}`,
        `+33 ${p} ${g}`,
        `0${p}.${g.replace(/ /g, ".")}`,
        `0${p}${g.replace(/ /g, "")}`,
        `+33 (0)${p} ${g}`,
      ]);
    }
    case "es":
      return mobile
        ? r.pick([
          `6${d(2)} ${d(3)} ${d(3)}`,
          `+34 6${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `6${d(8)}`,
          `+34 7${d(8)}`,
        ])
        : r.pick([
          `91 ${d(3)} ${d(2)} ${d(2)}`,
          `+34 93 ${d(3)} ${d(2)} ${d(2)}`,
          `954 ${d(3)} ${d(3)}`,
        ]);
    case "it":
      return mobile
        ? r.pick([`333 ${d(7)}`, `+39 347 ${d(3)} ${d(4)}`, `340-${d(7)}`, `+39 3${d(9)}`])
        : r.pick([`02 ${d(4)} ${d(4)}`, `+39 06 ${d(8)}`, `081/${d(7)}`, `011.${d(7)}`]);
    case "nl":
      return mobile
        ? r.pick([
          `06-${d(8)}`,
          `+31 6 ${d(4)} ${d(4)}`,
          `06 ${d(2)} ${d(2)} ${d(2)} ${d(2)}`,
          `0031 6${d(8)}`,
        ])
        : r.pick([
          `020-${d(7)}`,
          `+31 10 ${d(3)} ${d(4)}`,
          `(030) ${d(3)} ${d(2)} ${d(2)}`,
          `070 ${d(3)} ${d(4)}`,
        ]);
    case "pt":
      return mobile
        ? r.pick([`+351 912 ${d(3)} ${d(3)}`, `93${d(7)}`, `96 ${d(3)} ${d(4)}`])
        : r.pick([`21 ${d(3)} ${d(4)}`, `+351 22 ${d(3)} ${d(2)} ${d(2)}`]);
    case "br":
      return r.pick([
        `(11) 9${d(4)}-${d(4)}`,
        `+55 21 9${d(4)}-${d(4)}`,
        `(41) ${d(4)}-${d(4)}`,
        `11 9${d(8)}`,
      ]);
    case "pl":
      return mobile
        ? r.pick([
          `+48 ${r.pick(["5", "6", "7", "8"])}${d(2)} ${d(3)} ${d(3)}`,
          `${r.pick(["50", "60", "69", "72", "88"])}${d(1)}-${d(3)}-${d(3)}`,
          `${r.pick(["5", "6", "7"])}${d(8)}`,
        ])
        : r.pick([
          `22 ${d(3)} ${d(2)} ${d(2)}`,
          `(12) ${d(3)}-${d(2)}-${d(2)}`,
          `+48 61 ${d(3)} ${d(2)} ${d(2)}`,
        ]);
  }
}
const MAILDOM: Record<Lang, string[]> = {
  de: ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de"],
  at: ["gmx.at", "aon.at", "chello.at", "gmail.com"],
  fr: ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr"],
  es: ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
  it: ["libero.it", "gmail.com", "virgilio.it", "alice.it", "tiscali.it"],
  nl: ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "planet.nl"],
  pt: ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt"],
  br: ["gmail.com", "uol.com.br", "bol.com.br", "hotmail.com"],
  pl: ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
};
function email(r: R, lang: Lang, first: string, last: string, dom?: string): string {
  const f = slug(first.split(/[ -]/)[0]),
    l = slug(
      last.replace(/^(van der |van den |van |de |von der |von |da |dos |de la |del )/i, "").split(
        " ",
      )[0],
    );
  const local = r.pick([
    `${f}.${l}`,
    `${f[0]}.${l}`,
    `${f}${l}`,
    `${l}.${f}`,
    `${f}_${l}${r.int(1, 99)}`,
    `${f}.${l}${r.int(60, 99)}`,
  ]);
  return `${local}@${dom ?? r.pick(MAILDOM[lang])}`;
}
function dob(r: R, lang: Lang, t: Dt) {
  return fmtDate(r, lang, t);
}
function day(r: R, lang: Lang) {
  return fmtDate(r, lang, r.recent());
}
function time(r: R, lang: Lang) {
  const h = r.int(8, 17), m = r.pick([0, 15, 30, 45]);
  return lang === "de" || lang === "at"
    ? `${h}:${pad(m)} Uhr`
    : lang === "fr"
    ? `${h}h${pad(m)}`
    : lang === "nl"
    ? `${h}.${pad(m)} uur`
    : `${h}:${pad(m)}`;
}

// ================================================================= templates
type Tpl = (r: R, b: DocBuilder) => void;

// 1 DE court letter (Landgericht), Kläger/Beklagter, lawyers
const deCourt: Tpl = (r, b) => {
  const kl = person(r, "de"), be = person(r, "de"), ra = person(r, "de"), ri = person(r, "de");
  const ak = street(r, "de"), ab = street(r, "de");
  const az = `${r.int(1, 35)} O ${r.int(10, 999)}/${r.pick(["23", "24", "25"])}`;
  const court = r.pick([
    "Landgericht Köln",
    "Landgericht München I",
    "Landgericht Berlin II",
    "Amtsgericht Hamburg-Altona",
    "Landgericht Frankfurt am Main",
  ]);
  const kf = nameForm(r, "de", kl), bf = nameForm(r, "de", be);
  if (r.chance(0.35)) b.known.push(full(kl), full(be));
  put(
    b,
    `${court}\nAz.: ${az}\n\nIn dem Rechtsstreit\n\n`,
    P(kf),
    `, `,
    ["ADDRESS", ak.street],
    `, ${ak.rest},\n– Kläger${kl.female ? "in" : ""} –\n\nProzessbevollmächtigte: Rechtsanwälte ${
      r.pick(["Hoffmann & Partner mbB", "Kanzlei Brandt Rechtsanwälte", "KSB Legal"])
    }, RA Dr. `,
    P(`${ra.first} ${ra.last}`),
    `\n\ngegen\n\n`,
    P(bf),
    `, geb. am `,
    ["DATE", dob(r, "de", r.dob())],
    `, `,
    ["ADDRESS", ab.street],
    `, ${ab.rest},\n– Beklagte${be.female ? "" : "r"} –\n\n`,
  );
  put(
    b,
    `wegen Forderung (Streitwert: ${
      r.money(3000, 85000, "de")
    } EUR)\n\nwird Termin zur mündlichen Verhandlung bestimmt auf ${day(r, "de")}, ${
      time(r, "de")
    }, Saal ${r.int(1, 2)}${r.pick(["", ".", "A"])}${r.int(1, 40)}.\n`,
  );
  put(
    b,
    `Das persönliche Erscheinen ${kl.female ? "der Klägerin" : "des Klägers"} `,
    P(r.chance(0.5) ? kl.last : `${kl.first[0]}. ${kl.last}`),
    ` wird angeordnet (§ 141 ZPO).\n\n`,
    P(`${ri.last}`),
    `\nVorsitzende${ri.female ? "" : "r"} Richter${ri.female ? "in" : ""} am Landgericht\n`,
  );
};

// 2 DE Arztbrief / Entlassungsbrief
const deArztbrief: Tpl = (r, b) => {
  const pt = person(r, "de"), doc = person(r, "de"), ha = person(r, "de"), oa = person(r, "de");
  const a = street(r, "de");
  const icd = r.pick([
    ["I21.4", "NSTEMI"],
    ["J18.9", "Pneumonie, nicht näher bezeichnet"],
    ["K35.8", "Akute Appendizitis"],
    ["E11.91", "Diabetes mellitus Typ 2"],
    ["S72.01", "Schenkelhalsfraktur"],
    ["I48.0", "Vorhofflimmern, paroxysmal"],
  ]);
  const t = r.dob(1935, 1990);
  put(
    b,
    `Klinikum ${
      r.pick(["Bielefeld Mitte", "rechts der Isar", "St. Georg", "Nord", "am Urban"])
    } – Klinik für ${
      r.pick(["Kardiologie", "Innere Medizin", "Unfallchirurgie", "Pneumologie"])
    }\n\n`,
  );
  put(
    b,
    `Frau/Herrn Dr. med. `,
    P(`${ha.first} ${ha.last}`),
    `\n`,
    r.chance(0.5) ? `Praxis für Allgemeinmedizin\n` : ``,
    `\n${r.pick(["Entlassungsbrief", "Vorläufiger Arztbrief", "Arztbrief"])} vom ${
      day(r, "de")
    }\n\n`,
  );
  put(
    b,
    `Patient${pt.female ? "in" : ""}: `,
    P(r.chance(0.5) ? `${pt.last}, ${pt.first}` : `${pt.last.toUpperCase()}, ${pt.first}`),
    `, geb. `,
    ["DATE", dob(r, "de", t)],
    `\nAnschrift: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\n`,
  );
  if (r.chance(0.6)) {
    put(
      b,
      `KV-Nr.: `,
      ["ID", kvnr(r)],
      ` (${r.pick(["AOK Nordwest", "TK", "Barmer", "DAK-Gesundheit", "IKK classic"])})\n`,
    );
  }
  put(
    b,
    `\nSehr geehrte${ha.female ? " Frau Kollegin" : "r Herr Kollege"} `,
    P(ha.last),
    `,\n\nwir berichten über ${pt.female ? "Ihre Patientin Frau" : "Ihren Patienten Herrn"} `,
    P(pt.last),
    `, die/der sich vom ${day(r, "de")} bis ${
      day(r, "de")
    } in unserer stationären Behandlung befand.\n\nDiagnose: ${icd[1]} (ICD-10 ${
      icd[0]
    })\nMedikation bei Entlassung: ${
      r.pick([
        "ASS 100 mg 1-0-0",
        "Metformin 1000 mg 1-0-1",
        "Ramipril 5 mg 1-0-0",
        "Apixaban 5 mg 1-0-1",
      ])
    }, ${
      r.pick(["Pantoprazol 40 mg 1-0-0", "Atorvastatin 40 mg 0-0-1", "Ibuprofen 600 mg bei Bedarf"])
    }\n\nMit freundlichen kollegialen Grüßen\n\nDr. med. `,
    P(`${doc.first} ${doc.last}`),
    `, Chefarzt   ·   `,
    P(`${oa.first[0]}. ${oa.last}`),
    `, Oberärztin/Oberarzt\n`,
  );
};

// 3 DE notarial purchase deed
const deNotar: Tpl = (r, b) => {
  const v = person(r, "de"),
    k1 = person(r, "de"),
    k2 = person(r, "de", !k1.female),
    no = person(r, "de");
  k2.last = r.chance(0.6) ? k1.last : k2.last;
  const av = street(r, "de"), ak = street(r, "de");
  const t1 = r.dob(1940, 1985), t2 = r.dob(1960, 1995), t3 = r.dob(1960, 1995);
  b.known.push(full(v), full(k1));
  put(
    b,
    `UR-Nr. ${r.int(100, 2999)}/${r.pick(["2024", "2025"])} ${
      r.pick(["M", "S", "K"])
    }\n\nKaufvertrag\n\nVor mir, dem unterzeichnenden Notar\n`,
    P(`${no.first} ${no.last}`),
    `\nmit dem Amtssitz in ${
      r.pick(["Düsseldorf", "Hannover", "Nürnberg", "Dresden"])
    }, erschienen heute:\n\n`,
  );
  const gebN = v.female && r.chance(0.6) ? r.pick(N.de.last) : "";
  put(
    b,
    `1. ${v.female ? "Frau" : "Herr"} `,
    P(full(v)),
    gebN && `, geb. `,
    gebN && P(gebN),
    `,\n   geboren am `,
    ["DATE", dob(r, "de", t1)],
    `,\n   wohnhaft `,
    ["ADDRESS", av.street],
    `, ${av.rest},\n   ausgewiesen durch Personalausweis Nr. `,
    ["ID", persoNr(r)],
    `,\n   – nachstehend „Verkäufer“ genannt –\n\n`,
  );
  put(
    b,
    `2. ${k1.female ? "Frau" : "Herr"} `,
    P(full(k1)),
    `, geboren am `,
    ["DATE", dob(r, "de", t2)],
    `, und\n   ${k2.female ? "Frau" : "Herr"} `,
    P(full(k2)),
    `, geboren am `,
    ["DATE", dob(r, "de", t3)],
    `,\n   beide wohnhaft `,
    ["ADDRESS", ak.street],
    `, ${ak.rest},\n   Steuer-IdNr. `,
    ["ID", steuerId(r)],
    ` bzw. `,
    ["ID", steuerId(r)],
    `,\n   – nachstehend „Käufer“ genannt –\n\n`,
  );
  put(
    b,
    `§ 1 Grundbuchstand: Grundbuch von ${
      r.pick(["Bilk", "Linden", "Gostenhof", "Striesen"])
    } Blatt ${r.int(1000, 9999)}, Flurstück ${r.int(10, 999)}/${r.int(1, 9)}, ${
      r.int(300, 1200)
    } m².\n§ 3 Der Kaufpreis beträgt ${
      r.money(180000, 890000, "de")
    } € und ist auf das Konto des Verkäufers IBAN `,
    ["IBAN", iban(r, "DE")],
    ` zu zahlen.\n`,
  );
};

// 4 DE Arbeitszeugnis
const deZeugnis: Tpl = (r, b) => {
  const p = person(r, "de"), gf = person(r, "de");
  const he = p.female ? "Sie" : "Er", herr = p.female ? "Frau" : "Herr";
  const title = r.pick(["", "Dipl.-Ing. ", "Dr. ", "", "M.Sc. "]);
  put(
    b,
    `${
      r.pick(["ARBEITSZEUGNIS", "Qualifiziertes Arbeitszeugnis", "Zwischenzeugnis"])
    }\n\n${herr} ${title}`,
    P(full(p)),
    `, geboren am `,
    ["DATE", dob(r, "de", r.dob(1965, 2000))],
    ` in ${r.pick(["Bremen", "Augsburg", "Kassel", "Rostock", "Ankara", "Danzig"])}, war vom ${
      day(r, "de")
    } bis zum ${day(r, "de")} in unserem Unternehmen, der ${
      r.pick([
        "Siemens Energy AG",
        "Bosch Rexroth GmbH",
        "Schwarz IT KG",
        "Stadtwerke Münster GmbH",
        "Lidl Dienstleistung GmbH & Co. KG",
      ])
    }, als ${
      r.pick([
        "Projektingenieur",
        "Sachbearbeiterin Buchhaltung",
        "Teamleiter Vertrieb",
        "Softwareentwickler",
        "Personalreferentin",
      ])
    } tätig.\n\n`,
  );
  put(
    b,
    `${herr} `,
    P(p.last),
    ` verfügt über ein fundiertes Fachwissen. ${he} erledigte die übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit. Das Verhalten von ${herr} `,
    P(p.last),
    ` gegenüber Vorgesetzten und Kollegen war stets einwandfrei.\n\n`,
  );
  if (r.chance(0.4)) {
    put(b, `Für Rückfragen zu ${p.female ? "ihrer" : "seiner"} Person stehe ich unter `, [
      "PHONE",
      phone(r, "de", false),
    ], ` zur Verfügung.\n\n`);
  }
  put(
    b,
    `${r.pick(["Stuttgart", "Erlangen", "Münster", "Neckarsulm"])}, den ${day(r, "de")}\n\n`,
    P(`${gf.first} ${gf.last}`),
    `\nLeiter${gf.female ? "in" : ""} Personal\n`,
  );
};

// 5 DE Finanzamt letter
const deFinanzamt: Tpl = (r, b) => {
  const p = person(r, "de"), p2 = person(r, "de", !p.female), sb = person(r, "de");
  const a = street(r, "de");
  const stnr = `${r.int(10, 99)}/${r.int(100, 999)}/${r.int(10000, 99999)}`;
  put(
    b,
    `Finanzamt ${r.pick(["Köln-Süd", "München-Abt. II", "Hamburg-Nord", "Leipzig I"])} · Postfach ${
      r.int(10, 99)
    } ${r.int(10, 99)} ${r.int(10, 99)}\n\n`,
  );
  put(
    b,
    r.chance(0.5) ? "Eheleute\n" : "",
    P(`${p.first} ${p.last}`),
    r.chance(0.5) ? ` und ` : `\n`,
    P(`${p2.first} ${p.last}`),
    `\n`,
    ["ADDRESS", a.street],
    `\n${a.rest}\n\n`,
  );
  put(
    b,
    `Steuernummer: `,
    ["ID", stnr],
    `\nIdNr.: `,
    ["ID", steuerId(r)],
    `\nBearbeiter${sb.female ? "in" : ""}: `,
    P(`${sb.first[0]}. ${sb.last}`),
    `, Zimmer ${r.int(100, 499)}, Tel. 0221 ${r.int(2000, 9999)}-${
      r.int(100, 999)
    }\n\nEinkommensteuerbescheid für ${
      r.pick(["2022", "2023", "2024"])
    }\n\nFestgesetzt werden: Einkommensteuer ${
      r.money(800, 24000, "de")
    } €, Solidaritätszuschlag 0,00 €.\nDer Erstattungsbetrag von ${
      r.money(50, 4000, "de")
    } € wird auf das Konto `,
    ["IBAN", iban(r, "DE")],
    ` überwiesen.\n`,
  );
};

// 6 AT insurance claim (Schadensmeldung)
const atVersicherung: Tpl = (r, b) => {
  const p = person(r, "at"), w = person(r, "at");
  const a = street(r, "at");
  const t = r.dob(1950, 2000);
  const tit = r.pick(["Mag. ", "Ing. ", "DI ", "", "Dr. ", "MMag. "]);
  put(
    b,
    `Schadensmeldung – Haushaltsversicherung\nPolizze Nr. ${r.int(100, 999)}-${r.digits(7)}-${
      r.int(1, 9)
    } · Schadennummer SN-${r.digits(8)}\n\n`,
  );
  put(
    b,
    `Versicherungsnehmer${p.female ? "in" : ""}: ${tit}`,
    P(`${p.last.toUpperCase()} ${p.first}`),
    `\nGeburtsdatum: `,
    ["DATE", dob(r, "at", t)],
    `\nSV-Nr.: `,
    ["ID", atSvnr(r, t)],
    `\nAnschrift: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nTelefon: `,
    ["PHONE", phone(r, "at")],
    `   E-Mail: `,
    ["EMAIL", email(r, "at", p.first, p.last)],
    `\n\n`,
  );
  put(
    b,
    `Schadenshergang: Am ${day(r, "at")} gegen ${
      time(r, "at")
    } kam es in der Wohnung durch einen geplatzten Schlauch der Waschmaschine (${
      r.pick(["Miele W1", "Bosch Serie 6", "AEG L7FE"])
    }) zu einem Wasserschaden. Die Nachbarin `,
    P(`${w.first} ${w.last}`),
    ` (Top ${r.int(1, 20)}) hat den Schaden bemerkt.\nGeschätzte Schadenshöhe: € ${
      r.money(900, 14000, "de")
    }\n\nBankverbindung für die Auszahlung: `,
    ["IBAN", iban(r, "AT")],
    `, lautend auf `,
    P(`${p.first} ${p.last}`),
    `\n`,
  );
};

// 7 DE police report (Strafanzeige, online fraud)
const dePolizei: Tpl = (r, b) => {
  const an = person(r, "de"), ta = person(r, "de"), pb = person(r, "de");
  const a = street(r, "de");
  const pp = r.pick([
    "Polizeipräsidium München",
    "Polizeidirektion Hannover",
    "Polizei Berlin, Abschnitt 52",
    "Polizeipräsidium Dortmund",
  ]);
  put(
    b,
    `${pp}\nVorgangsnummer: ${r.pick(["BY", "NI", "BE", "NW"])}${r.digits(4)}-${r.digits(6)}-${
      r.pick(["24", "25"])
    }/${r.int(1, 9)}\n\nStrafanzeige wegen Betruges (§ 263 StGB)\n\nAnzeigeerstatter${
      an.female ? "in" : ""
    }:\nName, Vorname: `,
    P(`${an.last}, ${an.first}`),
    `\nGeb.-Datum: `,
    ["DATE", dob(r, "de", r.dob())],
    `\nAnschrift: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nErreichbar: `,
    ["PHONE", phone(r, "de", true)],
    `\n\n`,
  );
  put(
    b,
    `Sachverhalt: ${
      an.female ? "Die Anzeigeerstatterin" : "Der Anzeigeerstatter"
    } kaufte über Kleinanzeigen ein ${
      r.pick(["iPhone 15 Pro", "E-Bike Cube Reaction", "PlayStation 5", "Sofa von IKEA"])
    } für ${r.money(150, 1800, "de")} €. Der Verkäufer nannte sich `,
    P(`${ta.first} ${ta.last}`),
    ` und ließ den Betrag auf `,
    ["IBAN", iban(r, r.pick(["DE", "DE", "NL", "ES"]))],
    ` überweisen. Die Ware wurde nie geliefert.\n`,
  );
  if (r.chance(0.6)) {
    put(b, `Laut Plattform erfolgte der Login des Verkäuferkontos von der IP-Adresse `, [
      "IP",
      `${r.int(2, 223)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
    ], ` am ${day(r, "de")}.\n`);
  }
  if (r.chance(0.5)) {
    put(b, `Profil des Beschuldigten: `, [
      "URL",
      `https://www.facebook.com/${slug(ta.first)}.${slug(ta.last)}.${r.int(10, 999)}`,
    ], `\n`);
  }
  put(b, `\nAufgenommen: PK `, P(pb.last), `, ${day(r, "de")}\n`);
};

// 8 FR lawyer letter / assignation
const frAvocat: Tpl = (r, b) => {
  const dm = person(r, "fr"), df = person(r, "fr"), av = person(r, "fr"), conf = person(r, "fr");
  const a1 = street(r, "fr"), a2 = street(r, "fr");
  const rg = `${r.pick(["23", "24", "25"])}/${pad(r.int(1, 15999), 5)}`;
  if (r.chance(0.3)) b.known.push(full(dm), full(df));
  put(
    b,
    `SELARL ${r.pick(["Lefèvre & Associés", "Cabinet Morel Avocats", "AVOCALIS"])}\nMe `,
    P(`${av.first} ${av.last.toUpperCase()}`),
    `, Avocat au Barreau de ${r.pick(["Lyon", "Paris", "Bordeaux", "Lille"])}\n`,
    [
      "EMAIL",
      email(
        r,
        "fr",
        av.first,
        av.last,
        r.pick(["avocats-lyon.fr", "cabinet-morel.fr", "avocalis.com"]),
      ),
    ],
    `\n\nObjet : `,
    P(`${dm.last.toUpperCase()}`),
    ` c/ `,
    P(`${df.last.toUpperCase()}`),
    ` – RG n° ${rg} – Tribunal judiciaire de ${
      r.pick(["Lyon", "Nanterre", "Bordeaux", "Lille"])
    }\n\nMon Cher Confrère,\n\n`,
  );
  put(
    b,
    `Je vous informe intervenir dans les intérêts de ${dm.female ? "Madame" : "Monsieur"} `,
    P(nameForm(r, "fr", dm)),
    `, né${dm.female ? "e" : ""} le `,
    ["DATE", dob(r, "fr", r.dob())],
    `, demeurant `,
    ["ADDRESS", a1.street],
    `, ${a1.rest}, demandeur${dm.female ? "esse" : ""} à l'instance, à l'encontre de votre client${
      df.female ? "e" : ""
    }, ${df.female ? "Madame" : "Monsieur"} `,
    P(`${df.first} ${df.last}`),
    `, demeurant `,
    ["ADDRESS", a2.street],
    `, ${a2.rest}, défendeur.\n\n`,
  );
  put(
    b,
    `Ma cliente/mon client sollicite le paiement de la somme de ${
      r.money(2000, 60000, "fr")
    } € au titre des loyers impayés, outre 1 500 € sur le fondement de l'article 700 du CPC. L'audience de mise en état est fixée au ${
      day(r, "fr")
    } à ${
      time(r, "fr")
    }.\n\nJe vous prie de croire, Mon Cher Confrère, à l'assurance de mes sentiments confraternels.\n\n`,
    P(`${av.first[0]}. ${av.last}`),
    `\n`,
  );
  if (r.chance(0.5)) {
    put(b, `p.j. : attestation de Mme `, P(conf.last), `, bail du ${day(r, "fr")}\n`);
  }
};

// 9 FR hospital discharge (compte rendu d'hospitalisation)
const frHopital: Tpl = (r, b) => {
  const pt = person(r, "fr"), dr = person(r, "fr"), mt = person(r, "fr");
  const t = r.dob(1935, 1995);
  const a = street(r, "fr");
  const cim = r.pick([
    ["J44.1", "BPCO avec exacerbation aiguë"],
    ["I50.0", "Insuffisance cardiaque congestive"],
    ["N39.0", "Infection urinaire"],
    ["K80.2", "Lithiase vésiculaire"],
    ["F32.1", "Épisode dépressif moyen"],
  ]);
  put(
    b,
    `${
      r.pick([
        "CHU de Bordeaux – Hôpital Pellegrin",
        "Hospices Civils de Lyon – Hôpital Édouard Herriot",
        "AP-HP – Hôpital Lariboisière",
        "CHRU de Nancy",
      ])
    }\nService de ${
      r.pick(["Médecine interne", "Cardiologie", "Pneumologie", "Chirurgie viscérale"])
    }\n\nCOMPTE RENDU D'HOSPITALISATION\n\n`,
  );
  put(
    b,
    `Patient${pt.female ? "e" : ""} : `,
    P(`${surname(pt).toUpperCase()} ${pt.first}`),
    ...(pt.female && r.chance(0.5) ? [`, née `, P(r.pick(N.fr.last).toUpperCase())] : []),
    `\nDate de naissance : `,
    ["DATE", dob(r, "fr", t)],
    `\nN° sécurité sociale : `,
    ["ID", nir(r, t, pt.female)],
    `\nAdresse : `,
    ["ADDRESS", a.street],
    ` – ${a.rest}\nMédecin traitant : Dr `,
    P(`${mt.first} ${mt.last}`),
    `\n\n`,
  );
  put(
    b,
    `Hospitalisation du ${day(r, "fr")} au ${day(r, "fr")}.\nMotif : ${cim[1]} (CIM-10 : ${
      cim[0]
    }).\n${pt.female ? "Mme" : "M."} `,
    P(pt.last),
    ` est sorti${pt.female ? "e" : ""} à domicile. Traitement de sortie : ${
      r.pick([
        "Furosémide 40 mg 1 cp le matin",
        "Amoxicilline 1 g 3 fois par jour pendant 7 jours",
        "Bisoprolol 2,5 mg 1 cp/j",
        "Sertraline 50 mg 1 cp le soir",
      ])
    }.\nRDV de contrôle en consultation le ${day(r, "fr")} à ${time(r, "fr")}.\n\nDr `,
    P(`${dr.first} ${dr.last.toUpperCase()}`),
    `, praticien hospitalier\n`,
  );
};

// 10 FR notarial deed (dates in words)
const frNotaire: Tpl = (r, b) => {
  const v = person(r, "fr"),
    ach = person(r, "fr"),
    ep = person(r, "fr", !ach.female),
    no = person(r, "fr");
  const av = street(r, "fr"), aa = street(r, "fr");
  const tv = r.dob(1940, 1980), ta = r.dob(1970, 1998), te = r.dob(1970, 1998);
  put(
    b,
    `L'AN DEUX MILLE ${r.pick(["VINGT-QUATRE", "VINGT-CINQ"])},\nLE ${
      r.pick(["DOUZE", "VINGT", "TROIS", "QUINZE"])
    } ${r.pick(["MARS", "JUIN", "OCTOBRE"])},\nMaître `,
    P(`${no.first} ${no.last.toUpperCase()}`),
    `, Notaire à ${
      r.pick(["Rennes", "Annecy", "Tours", "Montpellier"])
    }, a reçu le présent acte authentique de VENTE.\n\nIDENTIFICATION DES PARTIES\n\nVENDEUR\n`,
  );
  put(
    b,
    `${v.female ? "Madame" : "Monsieur"} `,
    P(`${v.first} ${v.last.toUpperCase()}`),
    `, ${r.pick(["retraité", "ingénieur", "professeur des écoles", "commerçant"])}${
      v.female ? "e" : ""
    }, demeurant à ${av.rest.replace(/^\d+ /, "")} (${av.rest.slice(0, 5)}) `,
    ["ADDRESS", av.street],
    `.\nNé${v.female ? "e" : ""} à ${
      r.pick(["Quimper", "Brest", "Alger", "Limoges", "Dijon"])
    } le `,
    ["DATE", r.chance(0.6) ? frDateWords(tv) : dob(r, "fr", tv)],
    `.\n${r.pick(["Veuf non remarié", "Divorcé(e) de M./Mme", "Célibataire"])}.\n\nACQUÉREUR\n`,
  );
  put(
    b,
    `${ach.female ? "Madame" : "Monsieur"} `,
    P(`${ach.first} ${surname(ach).toUpperCase()}`),
    `, né${ach.female ? "e" : ""} le `,
    ["DATE", r.chance(0.5) ? frDateWords(ta) : dob(r, "fr", ta)],
    `, et ${ep.female ? "Madame" : "Monsieur"} `,
    P(`${ep.first} ${ep.last.toUpperCase()}`),
    `, ${ep.female ? "son épouse" : "son époux"}, né${ep.female ? "e" : ""} le `,
    ["DATE", dob(r, "fr", te)],
    `,\ndemeurant ensemble `,
    ["ADDRESS", aa.street],
    `, ${aa.rest}.\nMariés sous le régime de la communauté réduite aux acquêts.\n\nPRIX : ${
      r.money(150000, 720000, "fr")
    } euros, payé au moyen d'un prêt ${
      r.pick(["Crédit Agricole", "BNP Paribas", "Société Générale", "LCL"])
    }.\n`,
  );
};

// 11 FR insurance claim (déclaration de sinistre)
const frSinistre: Tpl = (r, b) => {
  const p = person(r, "fr"), tiers = person(r, "fr");
  const a = street(r, "fr");
  put(
    b,
    `Objet : Déclaration de sinistre – contrat n° ${r.pick(["MRH", "AUTO", "PJ"])}-${
      r.digits(9)
    }\n\nMadame, Monsieur,\n\nJe soussigné${p.female ? "e" : ""} `,
    P(nameForm(r, "fr", p)),
    `, demeurant `,
    ["ADDRESS", a.street],
    `, ${a.rest}, assuré${p.female ? "e" : ""} auprès de ${
      r.pick(["la MAIF", "AXA France", "la MACIF", "Groupama", "Allianz IARD"])
    }, vous déclare le sinistre survenu le ${day(r, "fr")} vers ${time(r, "fr")}.\n\n`,
  );
  put(
    b,
    `En stationnement sur le parking du ${
      r.pick(["Carrefour", "Leclerc", "Décathlon"])
    }, mon véhicule (Peugeot 308, immatriculé GE-${
      r.int(100, 999)
    }-RT) a été percuté par le véhicule de M./Mme `,
    P(`${tiers.first} ${tiers.last}`),
    `, joignable au `,
    ["PHONE", phone(r, "fr", true)],
    `. Un constat amiable a été rempli.\n\nMontant des réparations (devis garage) : ${
      r.money(600, 6500, "fr")
    } € TTC.\nVous pouvez me joindre au `,
    ["PHONE", phone(r, "fr")],
    ` ou par courriel : `,
    ["EMAIL", email(r, "fr", p.first, surname(p))],
    `.\nRIB pour l'indemnisation : `,
    ["IBAN", iban(r, "FR")],
    `\n\nVeuillez agréer mes salutations distinguées.\n`,
    P(`${p.first} ${p.last}`),
    `\n`,
  );
};

// 12 FR school enrolment form
const frEcole: Tpl = (r, b) => {
  const parent = person(r, "fr"), p2 = person(r, "fr", !parent.female);
  const kid = { ...person(r, "fr"), last: parent.last };
  const a = street(r, "fr");
  b.known.push(full(parent));
  put(
    b,
    `FICHE D'INSCRIPTION – ANNÉE SCOLAIRE 2025-2026\nÉcole élémentaire ${
      r.pick(["Jules Ferry", "Jean Moulin", "Louise Michel", "Victor Hugo"])
    } – Classe : ${r.pick(["CP", "CE1", "CE2", "CM1", "CM2"])}\n\nÉLÈVE\nNom : `,
    P(kid.last.toUpperCase()),
    `   Prénom(s) : `,
    P(kid.first),
    `\nDate de naissance : `,
    ["DATE", dob(r, "fr", r.dob(2015, 2020))],
    `   Lieu : ${r.pick(["Nantes", "Lyon 3e", "Montreuil", "Saint-Denis"])}\nAdresse : `,
    ["ADDRESS", a.street],
    ` ${a.rest}\n\n`,
  );
  put(
    b,
    `RESPONSABLE LÉGAL 1 : `,
    P(`${parent.last.toUpperCase()} ${parent.first}`),
    `\nTél. portable : `,
    ["PHONE", phone(r, "fr", true)],
    `   Courriel : `,
    ["EMAIL", email(r, "fr", parent.first, parent.last)],
    `\nProfession : ${
      r.pick(["infirmière", "chauffeur", "comptable", "sans emploi", "enseignant"])
    }\n\nRESPONSABLE LÉGAL 2 : `,
    P(`${p2.last.toUpperCase()} ${p2.first}`),
    `\nTél. : `,
    ["PHONE", phone(r, "fr")],
    `\n\nPersonne à prévenir en cas d'urgence : `,
    P(`${r.pick(N.fr.f)} ${r.pick(N.fr.last)}`),
    ` (grand-mère), `,
    ["PHONE", phone(r, "fr")],
    `\nCantine : ${r.pick(["oui, 4 jours", "non", "lundi/jeudi"])} – Allergie : ${
      r.pick(["arachide", "aucune", "lactose"])
    }\n`,
  );
};

// 13 ES court filing (demanda)
const esJuzgado: Tpl = (r, b) => {
  const dm = person(r, "es"), dd = person(r, "es"), ab = person(r, "es"), pr = person(r, "es");
  const a1 = street(r, "es"), a2 = street(r, "es");
  if (r.chance(0.3)) b.known.push(full(dm));
  put(
    b,
    `AL JUZGADO DE PRIMERA INSTANCIA N.º ${r.int(1, 98)} DE ${
      r.pick(["MADRID", "BARCELONA", "SEVILLA", "VALENCIA", "MÁLAGA"])
    }\n\nProcedimiento Ordinario ${r.int(100, 2999)}/${r.pick(["2024", "2025"])}\n\n${
      pr.female ? "Dña." : "D."
    } `,
    P(full(pr)),
    `, Procurador${pr.female ? "a" : ""} de los Tribunales, en nombre y representación de ${
      dm.female ? "Dña." : "D."
    } `,
    P(nameForm(r, "es", dm)),
    `, mayor de edad, con DNI `,
    ["ID", dni(r)],
    `, nacid${dm.female ? "a" : "o"} el `,
    ["DATE", dob(r, "es", r.dob())],
    ` y con domicilio en `,
    ["ADDRESS", a1.street],
    `, ${a1.rest}, bajo la dirección letrada de ${ab.female ? "la Ldª." : "el Ldo."} `,
    P(`${ab.first} ${ab.last}`),
    ` (ICAM n.º ${
      r.int(10000, 130000)
    }), ante el Juzgado comparezco y como mejor proceda en Derecho DIGO:\n\n`,
  );
  put(
    b,
    `Que formulo DEMANDA DE JUICIO ORDINARIO en reclamación de ${
      r.money(6000, 150000, "es")
    } € contra ${dd.female ? "Dña." : "D."} `,
    P(`${dd.first} ${surname(dd).toUpperCase()}`),
    `, con ${r.chance(0.5) ? "DNI" : "NIE"} `,
    ["ID", r.chance(0.5) ? dni(r) : nie(r)],
    `, domiciliad${dd.female ? "a" : "o"} en `,
    ["ADDRESS", a2.street],
    ` (${a2.rest}), en su condición de demandad${
      dd.female ? "a" : "o"
    }.\n\nHECHOS\nPRIMERO.- Con fecha ${day(r, "es")} el Sr./la Sra. `,
    P(dm.last),
    ` transfirió a la cuenta `,
    ["IBAN", iban(r, "ES")],
    ` el importe reclamado.\n`,
  );
};

// 14 ES medical discharge report (informe de alta)
const esAlta: Tpl = (r, b) => {
  const pt = person(r, "es"), dr = person(r, "es");
  const t = r.dob(1935, 1995);
  const a = street(r, "es");
  const cie = r.pick([
    ["I63.9", "Infarto cerebral, no especificado"],
    ["J18.9", "Neumonía, microorganismo no especificado"],
    ["K57.32", "Diverticulitis de intestino grueso"],
    ["S82.6", "Fractura de maléolo externo"],
  ]);
  put(
    b,
    `${
      r.pick([
        "Hospital Universitario La Paz",
        "Hospital Clínic de Barcelona",
        "Hospital Virgen del Rocío",
        "Hospital General Universitario de Alicante",
      ])
    }\nServicio de ${
      r.pick(["Medicina Interna", "Neurología", "Traumatología", "Cirugía General"])
    }\n\nINFORME DE ALTA\n\nPaciente: `,
    P(`${surname(pt).toUpperCase()}, ${pt.first.toUpperCase()}`),
    `\nFecha de nacimiento: `,
    ["DATE", dob(r, "es", t)],
    `   Sexo: ${pt.female ? "Mujer" : "Varón"}\nN.º afiliación SS: `,
    ["ID", nss(r)],
    `\nDomicilio: `,
    ["ADDRESS", a.street],
    `, ${a.rest}   Tfno.: `,
    ["PHONE", phone(r, "es")],
    `\n\n`,
  );
  put(
    b,
    `Fecha de ingreso: ${day(r, "es")}   Fecha de alta: ${day(r, "es")}\nDiagnóstico principal: ${
      cie[1]
    } (CIE-10-ES ${cie[0]})\n\n${pt.female ? "Paciente mujer" : "Varón"} de ${
      r.int(30, 90)
    } años que ingresa por ${
      r.pick([
        "disnea y fiebre de 3 días de evolución",
        "pérdida de fuerza en hemicuerpo derecho",
        "dolor en fosa ilíaca izquierda",
        "caída casual",
      ])
    }. Evolución favorable.\nTratamiento: ${
      r.pick([
        "Enalapril 10 mg cada 12 h",
        "Amoxicilina/clavulánico 875/125 mg cada 8 h, 7 días",
        "Enoxaparina 40 mg sc cada 24 h",
        "Paracetamol 1 g cada 8 h si dolor",
      ])
    }.\nControl por su médico de Atención Primaria.\n\nFdo.: Dr${dr.female ? "a" : ""}. `,
    P(`${dr.first} ${surname(dr)}`),
    ` – N.º Col. ${r.int(280000000, 289999999)}\n`,
  );
};

// 15 ES police complaint (denuncia)
const esDenuncia: Tpl = (r, b) => {
  const dn = person(r, "es"), sosp = person(r, "es");
  const a = street(r, "es");
  const extranjero = r.chance(0.35);
  put(
    b,
    `${
      r.pick([
        "POLICÍA NACIONAL – Comisaría de Distrito Centro",
        "MOSSOS D'ESQUADRA – Comissaria de Gràcia",
        "GUARDIA CIVIL – Puesto de Marbella",
      ])
    }\nATESTADO N.º ${r.int(1000, 29999)}/${r.pick(["24", "25"])}\n\nDENUNCIA\n\nEn ${
      r.pick(["Madrid", "Barcelona", "Marbella"])
    }, siendo las ${time(r, "es")} horas del día ${day(r, "es")}, comparece ${
      dn.female ? "Dña." : "D."
    } `,
    P(full(dn)),
    `, ${extranjero ? "con NIE" : "con DNI"} `,
    ["ID", extranjero ? nie(r) : dni(r)],
    `, nacid${dn.female ? "a" : "o"} el `,
    ["DATE", dob(r, "es", r.dob())],
    `, hij${dn.female ? "a" : "o"} de ${r.pick(N.es.m)} y ${r.pick(N.es.f)}, con domicilio en `,
    ["ADDRESS", a.street],
    ` y teléfono `,
    ["PHONE", phone(r, "es", true)],
    `, quien MANIFIESTA:\n\n`,
  );
  put(
    b,
    `Que ha sido víctima de una estafa al comprar por Wallapop una ${
      r.pick(["bicicleta Orbea", "cámara Canon EOS", "consola Nintendo Switch"])
    } por ${r.money(80, 900, "es")} euros. El vendedor, que dijo llamarse `,
    P(`${sosp.first} ${sosp.last}`),
    `, le facilitó el número `,
    ["PHONE", phone(r, "es", true)],
    ` y la cuenta `,
    ["IBAN", iban(r, "ES")],
    `.\n`,
  );
  if (r.chance(0.5)) {
    put(
      b,
      `Aporta captura del perfil `,
      ["URL", `https://www.instagram.com/${slug(sosp.first)}_${slug(sosp.last)}${r.int(1, 99)}/`],
      ` y del pago con su tarjeta `,
      ["CARD", luhnCard(r)],
      `.\n`,
    );
  }
  put(b, `\nLeída la presente, la firma en prueba de conformidad.\n`);
};

// 16 IT atto di citazione
const itCitazione: Tpl = (r, b) => {
  const at = person(r, "it"), cv = person(r, "it"), av = person(r, "it");
  const a1 = street(r, "it"), a2 = street(r, "it");
  const t = r.dob();
  if (r.chance(0.3)) b.known.push(full(at), full(cv));
  put(
    b,
    `TRIBUNALE ORDINARIO DI ${
      r.pick(["MILANO", "ROMA", "NAPOLI", "TORINO", "BOLOGNA"])
    }\nATTO DI CITAZIONE\n\nPer: ${at.female ? "la Sig.ra" : "il Sig."} `,
    P(nameForm(r, "it", at)),
    ` (C.F. `,
    ["ID", codiceFiscale(r, at.last, at.first, t, at.female)],
    `), nat${at.female ? "a" : "o"} a ${r.pick(["Bari", "Catania", "Verona", "Genova"])} il `,
    ["DATE", dob(r, "it", t)],
    ` e residente in ${a1.rest.replace(/^\d+ /, "")}, `,
    ["ADDRESS", a1.street],
    `, rappresentat${at.female ? "a" : "o"} e difes${at.female ? "a" : "o"} dall'Avv. `,
    P(`${av.first} ${av.last}`),
    ` del Foro di ${r.pick(["Milano", "Roma", "Napoli"])}, PEC: `,
    [
      "EMAIL",
      `${slug(av.first.split(" ")[0])}.${slug(av.last)}@${
        r.pick([
          "pec.ordineavvocatimilano.it",
          "ordineavvocatiroma.org",
          "avvocatinapoli.legalmail.it",
        ])
      }`,
    ],
    `\n– attore –\n\n`,
  );
  const tc = r.dob();
  put(
    b,
    `CONTRO\n${cv.female ? "la Sig.ra" : "il Sig."} `,
    P(`${cv.last.toUpperCase()} ${cv.first.toUpperCase()}`),
    `, C.F. `,
    ["ID", codiceFiscale(r, cv.last, cv.first, tc, cv.female)],
    `, residente in `,
    ["ADDRESS", a2.street],
    `, ${a2.rest}\n– convenuto –\n\nPREMESSO CHE\n1) in data ${
      day(r, "it")
    } l'attore concedeva in locazione al convenuto l'immobile sito in ${
      a1.rest.replace(/^\d+ /, "")
    };\n2) il Sig./la Sig.ra `,
    P(cv.last),
    ` non ha corrisposto i canoni per complessivi € ${
      r.money(3000, 40000, "it")
    };\n\nCITA il convenuto a comparire all'udienza del ${day(r, "it")}, ore ${
      r.pick(["9:30", "10:00", "11:15"])
    }, R.G. n. ${r.int(1000, 59999)}/${r.pick(["2024", "2025"])}.\n`,
  );
};

// 17 IT discharge letter + ricetta
const itDimissione: Tpl = (r, b) => {
  const pt = person(r, "it"), dr = person(r, "it", true), mmg = person(r, "it");
  const t = r.dob(1935, 1995);
  const a = street(r, "it");
  put(
    b,
    `${
      r.pick([
        "Azienda Ospedaliera San Camillo-Forlanini",
        "ASST Grande Ospedale Metropolitano Niguarda",
        "AOU Careggi",
        "Policlinico Sant'Orsola-Malpighi",
      ])
    }\nU.O.C. ${
      r.pick(["Medicina Generale", "Cardiologia", "Ortopedia e Traumatologia", "Geriatria"])
    }\n\nLETTERA DI DIMISSIONE\n\nGent.mo Collega Dott. `,
    P(`${mmg.first} ${mmg.last}`),
    `,\n\ndimettiamo in data odierna ${pt.female ? "la Sig.ra" : "il Sig."} `,
    P(`${pt.last.toUpperCase()} ${pt.first}`),
    `, nat${pt.female ? "a" : "o"} il `,
    ["DATE", dob(r, "it", t)],
    `, C.F. `,
    ["ID", codiceFiscale(r, pt.last, pt.first, t, pt.female)],
    `, residente in `,
    ["ADDRESS", a.street],
    ` – ${a.rest}, ricoverat${pt.female ? "a" : "o"} dal ${day(r, "it")}.\n\n`,
  );
  put(
    b,
    `Diagnosi di dimissione: ${
      r.pick([
        "scompenso cardiaco (ICD-9-CM 428.0)",
        "frattura del femore (ICD-9-CM 820.8)",
        "BPCO riacutizzata (ICD-9-CM 491.21)",
        "polmonite (ICD-9-CM 486)",
      ])
    }.\nTerapia: ${
      r.pick([
        "Lasix 25 mg 1 cp ore 8",
        "Eliquis 5 mg 1 cp x 2",
        "Seleparina 4000 UI s.c. per 30 gg",
        "Augmentin 1 g x 3 per 6 giorni",
      ])
    }.\nSi consiglia controllo ambulatoriale tra ${r.int(2, 8)} settimane (prenotazione CUP ${
      r.digits(3)
    }.${r.digits(3)}.${r.digits(3)}).\nPer informazioni il familiare di riferimento, `,
    P(`${r.pick(N.it.f)} ${pt.last}`),
    `, è reperibile al `,
    ["PHONE", phone(r, "it", true)],
    `.\n\nDott.ssa `,
    P(`${dr.first} ${dr.last}`),
    `\nDirigente Medico\n`,
  );
};

// 18 IT certificato di servizio / employment
const itLavoro: Tpl = (r, b) => {
  const p = person(r, "it"), hr = person(r, "it");
  const t = r.dob(1960, 2001);
  const a = street(r, "it");
  const tit = r.pick(["Ing.", "Dott.", "Geom.", "Rag.", ""]);
  put(
    b,
    `${
      r.pick([
        "Enel S.p.A.",
        "Luxottica Group S.p.A.",
        "Barilla G. e R. Fratelli S.p.A.",
        "Ferrero Commerciale Italia S.r.l.",
        "Studio Associato Rinaldi",
      ])
    }\nDirezione Risorse Umane\n\nDICHIARAZIONE DI SERVIZIO\n\nSi attesta che ${
      p.female ? "la Sig.ra" : "il Sig."
    }${tit ? " " + tit : ""} `,
    P(full(p)),
    `, nat${p.female ? "a" : "o"} a ${r.pick(["Lecce", "Bergamo", "Trieste", "Salerno"])} il `,
    ["DATE", dob(r, "it", t)],
    `, codice fiscale `,
    ["ID", codiceFiscale(r, p.last, p.first, t, p.female)],
    `, residente in `,
    ["ADDRESS", a.street],
    `, ${a.rest}, è dipendente di questa Società dal ${
      day(r, "it")
    } con contratto a tempo indeterminato, CCNL ${
      r.pick(["Commercio", "Metalmeccanico", "Chimico-Farmaceutico"])
    }, livello ${r.int(1, 7)}, RAL € ${r.money(24000, 68000, "it")}.\n\n`,
  );
  put(
    b,
    `Lo stipendio viene accreditato sul conto IBAN `,
    ["IBAN", iban(r, "IT")],
    ` intestato a `,
    P(`${p.last} ${p.first}`),
    `.\nSi rilascia su richiesta dell'interessat${
      p.female ? "a" : "o"
    } per gli usi consentiti dalla legge.\n\n${r.pick(["Milano", "Agordo", "Parma", "Alba"])}, ${
      day(r, "it")
    }\n\nIl Responsabile HR\n`,
    P(`${hr.first[0]}. ${hr.last}`),
    `\n`,
  );
};

// 19 NL advocatenbrief / dagvaarding
const nlAdvocaat: Tpl = (r, b) => {
  const ei = person(r, "nl"), ge = person(r, "nl"), adv = person(r, "nl");
  const a1 = street(r, "nl"), a2 = street(r, "nl");
  if (r.chance(0.3)) b.known.push(full(ei));
  put(
    b,
    `${
      r.pick([
        "Houthoff",
        "Van Doorne N.V.",
        "Kennedy Van der Laan",
        "Advocatenkantoor De Wit & Prins",
      ])
    }\nmr. `,
    P(`${initials(adv.first)} ${adv.last}`),
    `\nT `,
    ["PHONE", phone(r, "nl", false)],
    ` | E `,
    [
      "EMAIL",
      `${slug(adv.first)[0]}.${slug(adv.last)}@${
        r.pick(["advocatendewit.nl", "vandoorne.com", "kvdl.com"])
      }`,
    ],
    `\n\nAangetekend en per e-mail\n${ge.female ? "Mevrouw" : "De heer"} `,
    P(`${initials(ge.first)} ${ge.last}`),
    `\n`,
    ["ADDRESS", a2.street],
    `\n${a2.rest}\n\nBetreft: `,
    P(`${nlBare(ei.last)}`),
    ` / `,
    P(`${nlBare(ge.last)}`),
    ` – ons kenmerk ${r.int(2024, 2025)}.${r.digits(4)}\nZaaknummer: C/${r.int(10, 16)}/${
      r.digits(6)
    } / HA ZA ${r.pick(["24", "25"])}-${r.int(100, 999)}\n\n`,
  );
  put(
    b,
    `Geachte ${ge.female ? "mevrouw" : "heer"} `,
    P(nlBare(ge.last)),
    `,\n\nIk sta ${ei.female ? "mevrouw" : "de heer"} `,
    P(full(ei)),
    `, wonende te `,
    ["ADDRESS", a1.street],
    `, ${a1.rest}, bij. Mijn cliënt${ei.female ? "e" : ""} heeft op ${
      day(r, "nl")
    } een bedrag van € ${
      r.money(1500, 45000, "nl")
    } aan u geleend. Ondanks herhaalde aanmaning heeft u niet betaald.\n\nIk sommeer u het openstaande bedrag binnen 14 dagen over te maken op rekeningnummer `,
    ["IBAN", iban(r, "NL")],
    ` t.n.v. Stichting Derdengelden, o.v.v. het kenmerk.\n\nHoogachtend,\n\n`,
    P(`${adv.first} ${adv.last}`),
    `\n`,
  );
};

// 20 NL ontslagbrief / zorgverzekering
const nlZorg: Tpl = (r, b) => {
  const pt = person(r, "nl"), ha = person(r, "nl"), sp = person(r, "nl");
  const t = r.dob(1935, 2000);
  const a = street(r, "nl");
  put(
    b,
    `${
      r.pick([
        "Amsterdam UMC, locatie AMC",
        "Erasmus MC",
        "UMC Utrecht",
        "Isala Zwolle",
        "Rijnstate Arnhem",
      ])
    } – afdeling ${
      r.pick(["Cardiologie", "Longziekten", "Orthopedie", "Interne Geneeskunde"])
    }\n\nOntslagbrief\n\nAan: dhr./mw. `,
    P(`${initials(ha.first)} ${ha.last}`),
    `, huisarts\n\nBetreft: ${pt.female ? "mw." : "dhr."} `,
    P(r.chance(0.5) ? nlSort(pt) : `${initials(pt.first)} ${pt.last}`),
    `, geb. `,
    ["DATE", dob(r, "nl", t)],
    `\nBSN: `,
    ["ID", bsn(r)],
    `\nAdres: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nTel.: `,
    ["PHONE", phone(r, "nl")],
    `\n\n`,
  );
  put(
    b,
    `Geachte collega,\n\nUw patiënt${pt.female ? "e" : ""} was van ${day(r, "nl")} tot ${
      day(r, "nl")
    } opgenomen wegens ${
      r.pick([
        "een exacerbatie COPD (ICD-10 J44.1)",
        "een heupfractuur (ICD-10 S72.0)",
        "atriumfibrilleren (ICD-10 I48.9)",
        "een pneumonie (ICD-10 J18.9)",
      ])
    }.\nBeleid: ${
      r.pick([
        "metoprolol 50 mg 1dd1",
        "prednison 30 mg 1dd1 gedurende 5 dagen",
        "apixaban 5 mg 2dd1",
      ])
    }; poliklinische controle over 6 weken.\n\nMet collegiale groet,\n\ndr. `,
    P(`${sp.first} ${sp.last}`),
    `, ${r.pick(["cardioloog", "longarts", "orthopedisch chirurg", "internist"])}\n`,
  );
};

// 21 NL Belastingdienst
const nlBelasting: Tpl = (r, b) => {
  const p = person(r, "nl");
  const a = street(r, "nl");
  const t = r.dob(1945, 2000);
  put(
    b,
    `Belastingdienst\nPostbus ${r.int(100, 9999)}\n${r.int(6400, 7399)} ${
      r.pick(["EJ Heerlen", "AP Apeldoorn"])
    }\n\n`,
    P(`${initials(p.first)} ${p.last}`),
    `\n`,
    ["ADDRESS", a.street],
    `\n${a.rest}\n\nDatum: ${day(r, "nl")}\nBurgerservicenummer: `,
    ["ID", bsn(r)],
    `\nAanslagnummer: ${r.digits(4)}.${r.digits(2)}.${r.digits(3)}.H.${
      r.pick(["36", "46", "56"])
    }.${r.digits(2)}\n\nOnderwerp: Voorlopige aanslag inkomstenbelasting ${
      r.pick(["2024", "2025"])
    }\n\nGeachte ${p.female ? "mevrouw" : "heer"} `,
    P(nlBare(p.last)),
    `,\n\nU krijgt ${r.chance(0.5) ? "een bedrag van" : "terug"} € ${
      r.money(80, 6400, "nl")
    }. Wij betalen dit bedrag uit op rekeningnummer `,
    ["IBAN", iban(r, "NL")],
    ` in maandelijkse termijnen.\n`,
  );
  if (r.chance(0.5)) {
    put(
      b,
      `Uw geboortedatum volgens de BRP: `,
      ["DATE", dob(r, "nl", t)],
      `. Klopt dit niet? Neem dan contact op met uw gemeente.\n`,
    );
  }
  put(
    b,
    `Heeft u vragen? Bel de BelastingTelefoon: 0800 - 0543, maandag tot en met vrijdag van 8.00 tot 20.00 uur.\n`,
  );
};

// 22 PT escritura (notary)
const ptEscritura: Tpl = (r, b) => {
  const v = person(r, "pt"), c = person(r, "pt"), no = person(r, "pt");
  const av = street(r, "pt"), ac = street(r, "pt");
  const tv = r.dob(1940, 1985), tc = r.dob(1965, 1998);
  if (r.chance(0.35)) b.known.push(full(v), full(c));
  put(
    b,
    `ESCRITURA DE COMPRA E VENDA\n\nNo dia ${day(r, "pt")}, no Cartório Notarial de ${
      r.pick(["Lisboa", "Porto", "Braga", "Coimbra"])
    }, perante mim, `,
    P(`${no.first} ${surname(no)}`),
    `, respetiv${no.female ? "a" : "o"} notári${
      no.female ? "a" : "o"
    }, compareceram como outorgantes:\n\n`,
  );
  put(
    b,
    `PRIMEIRO: `,
    P(full(v).toUpperCase()),
    `, NIF `,
    ["ID", nif(r)],
    `, natural da freguesia de ${
      r.pick(["Santa Maria Maior", "Cedofeita", "Sé Nova", "Arroios"])
    }, nascid${v.female ? "a" : "o"} em `,
    ["DATE", dob(r, "pt", tv)],
    `, ${r.pick(["casado", "viúvo", "divorciado", "solteiro, maior"])}, residente na `,
    ["ADDRESS", av.street],
    `, ${av.rest}, titular do Cartão de Cidadão n.º `,
    ["ID", cartaoCidadao(r)],
    `, válido até ${day(r, "pt")};\n\n`,
  );
  put(
    b,
    `SEGUNDO: `,
    P(full(c)),
    `, contribuinte n.º `,
    ["ID", nif(r)],
    `, nascid${c.female ? "a" : "o"} a `,
    ["DATE", dob(r, "pt", tc)],
    `, residente na `,
    ["ADDRESS", ac.street],
    `, ${ac.rest}.\n\nVerifiquei a identidade dos outorgantes pela exibição dos referidos documentos.\nDisse o primeiro outorgante: Que pelo preço de ${
      r.money(95000, 650000, "pt")
    } euros, já recebido por transferência para a conta `,
    ["IBAN", iban(r, "PT")],
    `, vende ao segundo a fração autónoma designada pela letra \"${
      r.letters(1)
    }\", descrita na Conservatória do Registo Predial sob o n.º ${r.int(100, 9999)}.\n`,
  );
};

// 23 PT insurance / medical (participação de sinistro + receita)
const ptSinistro: Tpl = (r, b) => {
  const p = person(r, "pt"), med = person(r, "pt");
  const a = street(r, "pt");
  const t = r.dob();
  put(
    b,
    `${
      r.pick(["Fidelidade", "Ageas Seguros", "Tranquilidade", "Allianz Portugal"])
    } – Participação de Sinistro\nApólice n.º ${r.digits(10)} · Processo ${
      r.pick(["AP", "AT", "SA"])
    }-${r.digits(7)}\n\nTomador/Sinistrado: `,
    P(`${p.first} ${surname(p)}`),
    `\nData de nascimento: `,
    ["DATE", dob(r, "pt", t)],
    `\nNIF: `,
    ["ID", nif(r)],
    `   N.º Utente SNS: `,
    ["ID", r.digits(9)],
    `\nMorada: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nTelemóvel: `,
    ["PHONE", phone(r, "pt", true)],
    `   Email: `,
    ["EMAIL", email(r, "pt", p.first, p.last)],
    `\n\n`,
  );
  put(
    b,
    `Descrição: no dia ${day(r, "pt")}, cerca das ${
      time(r, "pt")
    }, ao descer as escadas do local de trabalho (${
      r.pick(["Sonae MC", "EDP Comercial", "Continente Modelo"])
    }), sofri uma queda com entorse do tornozelo esquerdo (CID-10 S93.4).\nAssistido no ${
      r.pick(["Hospital de Santa Maria", "Hospital de São João", "CUF Descobertas"])
    } pel${med.female ? "a Dra." : "o Dr."} `,
    P(`${med.first} ${med.last}`),
    `. Despesas: ${r.money(40, 900, "pt")} € (pagas com cartão `,
    ["CARD", luhnCard(r)],
    `).\nIBAN para reembolso: `,
    ["IBAN", iban(r, "PT")],
    `\n`,
  );
};

// 24 BR petição inicial
const brPeticao: Tpl = (r, b) => {
  const au = person(r, "br"), re = person(r, "br"), adv = person(r, "br");
  const a1 = street(r, "br"), a2 = street(r, "br");
  put(
    b,
    `EXCELENTÍSSIMO SENHOR DOUTOR JUIZ DE DIREITO DA ${r.int(1, 45)}ª VARA CÍVEL DA COMARCA DE ${
      r.pick(["SÃO PAULO", "CURITIBA", "RECIFE", "BELO HORIZONTE"])
    }\n\n`,
    P(full(au).toUpperCase()),
    `, brasileir${au.female ? "a" : "o"}, ${
      r.pick(["casado(a)", "solteiro(a)", "divorciado(a)"])
    }, ${r.pick(["professora", "engenheiro", "autônomo", "analista de sistemas"])}, portador${
      au.female ? "a" : ""
    } do RG n.º `,
    ["ID", `${r.digits(2)}.${r.digits(3)}.${r.digits(3)}-${r.digits(1)}`],
    ` SSP/${r.pick(["SP", "PR", "PE"])} e inscrit${au.female ? "a" : "o"} no CPF sob o n.º `,
    ["ID", cpf(r)],
    `, nascid${au.female ? "a" : "o"} em `,
    ["DATE", dob(r, "br", r.dob())],
    `, residente e domiciliad${au.female ? "a" : "o"} na `,
    ["ADDRESS", a1.street],
    `, ${a1.rest}, e-mail `,
    ["EMAIL", email(r, "br", au.first, au.last)],
    `, por seu advogado `,
    P(`${adv.first} ${adv.last}`),
    ` (OAB/${r.pick(["SP", "PR", "PE"])} ${
      r.int(100000, 499999)
    }), vem propor\n\nAÇÃO DE INDENIZAÇÃO POR DANOS MORAIS\n\nem face de `,
    P(full(re)),
    `, CPF `,
    ["ID", cpf(r)],
    `, residente na `,
    ["ADDRESS", a2.street],
    `, ${a2.rest}, telefone `,
    ["PHONE", phone(r, "br")],
    `, pelos fatos a seguir expostos.\n\nDá-se à causa o valor de R$ ${
      r.money(5000, 80000, "br")
    }. Processo n.º ${r.digits(7)}-${r.digits(2)}.${r.pick(["2024", "2025"])}.8.26.${
      r.digits(4)
    }\n`,
  );
};

// 25 PL pozew (court claim) with declension
const plPozew: Tpl = (r, b) => {
  const pw = plPerson(r), pz = plPerson(r), pel = plPerson(r);
  const a1 = street(r, "pl"), a2 = street(r, "pl");
  const t = r.dob();
  if (r.chance(0.3)) b.known.push(plName(pw, "nom"), plName(pz, "nom"));
  put(
    b,
    `${r.pick(["Warszawa", "Kraków", "Poznań", "Wrocław"])}, dnia ${
      day(r, "pl")
    } r.\n\nSąd Rejonowy ${
      r.pick([
        "dla Warszawy-Mokotowa",
        "dla Krakowa-Śródmieścia",
        "Poznań-Stare Miasto",
        "dla Wrocławia-Fabrycznej",
      ])
    }\n${r.pick(["I", "II", "VI"])} Wydział Cywilny\n\nPowód: `,
    P(plName(pw, "nom")),
    `, PESEL `,
    ["ID", pesel(r, t, pw.female)],
    `, zam. `,
    ["ADDRESS", a1.street],
    `, ${a1.rest}\nreprezentowan${pw.female ? "a" : "y"} przez adw. `,
    P(plName(pel, "acc")),
    `\n\nPozwan${pz.female ? "a" : "y"}: `,
    P(plName(pz, "nom")),
    `, zam. `,
    ["ADDRESS", a2.street],
    `, ${a2.rest}\n\nWartość przedmiotu sporu: ${
      r.money(2000, 90000, "pl")
    } zł\n\nPOZEW O ZAPŁATĘ\n\n`,
  );
  put(
    b,
    `W imieniu powod${pw.female ? "ki" : "a"} wnoszę o zasądzenie od pozwan${
      pz.female ? "ej" : "ego"
    } `,
    P(plName(pz, "gen")),
    ` na rzecz powod${pw.female ? "ki" : "a"} `,
    P(plName(pw, "gen")),
    ` kwoty ${r.money(2000, 90000, "pl")} zł wraz z odsetkami ustawowymi za opóźnienie od dnia ${
      day(r, "pl")
    }.\n\nUZASADNIENIE\nW dniu ${day(r, "pl")} powód${pw.female ? "ka" : ""} udzielił${
      pw.female ? "a" : ""
    } `,
    P(`${pz.first[C.dat]} ${pz.last[C.dat]}`),
    ` pożyczki, przelewając środki na rachunek nr `,
    ["IBAN", nrb(r)],
    `. Pozwan${pz.female ? "a" : "y"} nie zwrócił${pz.female ? "a" : ""} długu mimo wezwania. Z ${
      pz.female ? "panią" : "panem"
    } `,
    P(pz.last[C.ins]),
    ` kontaktowano się telefonicznie (`,
    ["PHONE", phone(r, "pl", true)],
    `).\n\nSygn. akt ${r.pick(["I C", "II C", "VI Nc"])} ${r.int(100, 4999)}/${
      r.pick(["24", "25"])
    }\n`,
  );
};

// 26 PL świadectwo pracy / zaświadczenie o zatrudnieniu
const plZatrudnienie: Tpl = (r, b) => {
  const p = plPerson(r), kier = plPerson(r);
  const t = r.dob(1960, 2002);
  const a = street(r, "pl");
  const pan = p.female ? "Pani" : "Pan";
  put(
    b,
    `${
      r.pick([
        "PKN Orlen S.A.",
        "Allegro.pl sp. z o.o.",
        "Biedronka – Jeronimo Martins Polska S.A.",
        "Urząd Miasta Gdańska",
        "Comarch S.A.",
      ])
    }\nNIP 527-${r.digits(3)}-${r.digits(2)}-${
      r.digits(2)
    }\n\nZAŚWIADCZENIE O ZATRUDNIENIU I WYNAGRODZENIU\n\nZaświadcza się, że ${pan} `,
    P(plName(p, "nom")),
    `, urodzon${p.female ? "a" : "y"} `,
    ["DATE", dob(r, "pl", t)],
    ` r., PESEL: `,
    ["ID", pesel(r, t, p.female)],
    `, legitymując${p.female ? "a" : "y"} się dowodem osobistym `,
    ["ID", dowod(r)],
    `, zamieszkał${p.female ? "a" : "y"} `,
    ["ADDRESS", a.street],
    `, ${a.rest}, jest zatrudnion${p.female ? "a" : "y"} w naszej firmie od dnia ${
      day(r, "pl")
    } r. na podstawie umowy o pracę na czas nieokreślony na stanowisku ${
      r.pick(["specjalisty ds. kadr", "kierownika sklepu", "programisty", "księgowej"])
    }.\n\n`,
  );
  put(
    b,
    `Średnie miesięczne wynagrodzenie brutto z ostatnich 3 miesięcy wynosi ${
      r.money(4300, 19000, "pl")
    } zł. ${pan} `,
    P(p.last[C.nom]),
    ` nie znajduje się w okresie wypowiedzenia.\nZaświadczenie wydaje się na prośbę ${
      p.female ? "Pani" : "Pana"
    } `,
    P(plName(p, "gen")),
    ` w celu przedłożenia w ${r.pick(["banku PKO BP", "mBanku", "Santander Bank Polska"])}.\n\n`,
    P(plName(kier, "nom")),
    `\n${r.pick(["Dyrektor HR", "Kierownik Działu Kadr", "Główna Księgowa"])}\n`,
  );
};

// 27 PL karta informacyjna leczenia szpitalnego + recepta
const plSzpital: Tpl = (r, b) => {
  const p = plPerson(r), lek = plPerson(r);
  const rodz = plPerson(r, !p.female);
  const t = r.dob(1935, 2000);
  const a = street(r, "pl");
  put(
    b,
    `${
      r.pick([
        "Szpital Uniwersytecki w Krakowie",
        "Wojewódzki Szpital Specjalistyczny we Wrocławiu",
        "Centralny Szpital Kliniczny MSWiA",
        "Szpital Miejski im. J. Strusia w Poznaniu",
      ])
    }\nOddział ${
      r.pick(["Chorób Wewnętrznych", "Kardiologii", "Neurologii", "Chirurgii Ogólnej"])
    }\n\nKARTA INFORMACYJNA LECZENIA SZPITALNEGO nr ${r.digits(5)}/${
      r.pick(["2024", "2025"])
    }\n\nPacjent: `,
    P(`${p.last[0].toUpperCase()} ${p.first[0]}`),
    `\nPESEL: `,
    ["ID", pesel(r, t, p.female)],
    `   Data urodzenia: `,
    ["DATE", dob(r, "pl", t)],
    `\nAdres: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nTel. kontaktowy: `,
    ["PHONE", phone(r, "pl")],
    ` (${p.female ? "mąż" : "żona"} – `,
    P(plName(rodz, "nom")),
    `)\n\n`,
  );
  put(
    b,
    `Rozpoznanie: ${
      r.pick([
        "I21.0 – Ostry zawał serca ściany przedniej",
        "I63.5 – Udar mózgu",
        "K85.1 – Ostre żółciowe zapalenie trzustki",
        "J15.9 – Bakteryjne zapalenie płuc",
      ])
    }\nPrzyjęt${p.female ? "a" : "y"}: ${day(r, "pl")}, wypisan${p.female ? "a" : "y"}: ${
      day(r, "pl")
    }\n\nU ${p.female ? "pacjentki" : "pacjenta"} `,
    P(p.last[C.gen]),
    ` w trakcie hospitalizacji wdrożono leczenie. Zalecenia: ${
      r.pick([
        "Polocard 75 mg 1x1",
        "Bisocard 5 mg 1x1",
        "Clexane 40 mg s.c. 1x1",
        "Augmentin 1 g 2x1 przez 7 dni",
      ])
    }; kontrola w poradni za 4 tygodnie.\nRecepta nr kod dostępu ${
      r.digits(4)
    }, ważna 30 dni.\n\nlek. med. `,
    P(plName(lek, "nom")),
    `, specjalista ${r.pick(["chorób wewnętrznych", "kardiologii", "neurologii"])}, PWZ ${
      r.digits(7)
    }\n`,
  );
};

// 28 short prescription / Rezept / ordonnance / receta (multilingual)
const rezept: Tpl = (r, b) => {
  const lang = r.pick(["de", "fr", "es", "it", "nl"] as const);
  const p = person(r, lang), d = person(r, lang);
  const t = r.dob(1935, 2010);
  const a = street(r, lang);
  if (lang === "de") {
    put(
      b,
      `Rezept – Gebührenfrei □  Gebühr pfl. ☒\n${
        r.pick(["AOK Bayern", "Techniker Krankenkasse", "BARMER"])
      }   Kassen-Nr. ${r.digits(9)}\nName, Vorname des Versicherten: `,
      P(`${p.last}, ${p.first}`),
      `\n`,
      ["ADDRESS", a.street],
      `, ${a.rest}\ngeb. am `,
      ["DATE", `${pad(t.d)}.${pad(t.m)}.${String(t.y).slice(2)}`],
      `   Versicherten-Nr. `,
      ["ID", kvnr(r)],
      `\nRp.: ${
        r.pick(["Ibuprofen 600 mg N2 20 St.", "Amoxicillin 1000 mg N1", "L-Thyroxin 75 µg N3"])
      }\nBSNR ${r.digits(9)}   LANR ${r.digits(9)}   Datum ${day(r, "de")}\nDr. med. `,
      P(`${d.first[0]}. ${d.last}`),
      `, Fachärztin/Facharzt für Allgemeinmedizin\n`,
    );
  } else if (lang === "fr") {
    put(
      b,
      `Dr `,
      P(`${d.first} ${d.last.toUpperCase()}`),
      ` – Médecin généraliste – RPPS ${r.digits(11)}\n${r.int(1, 90)} rue ${
        r.pick(["Pasteur", "Gambetta", "Nationale"])
      }, ${a.rest}\n\nLe ${day(r, "fr")}\n\n${p.female ? "Mme" : "M."} `,
      P(`${p.first} ${p.last.toUpperCase()}`),
      `, ${r.int(2, 90)} ans, ${r.int(10, 110)} kg\n\n1) ${
        r.pick([
          "Doliprane 1000 mg : 1 cp 3 fois/j si douleur",
          "Amoxicilline 1 g : 1 cp matin et soir pendant 6 jours",
          "Ventoline 100 µg : 2 bouffées si gêne",
        ])
      }\n2) ${
        r.pick([
          "Spasfon : 2 cp si douleurs",
          "Smecta : 3 sachets/j",
          "Ibuprofène 400 mg : 1 cp si fièvre",
        ])
      }\n\nQSP 1 mois. À renouveler 2 fois.\n`,
    );
  } else if (lang === "es") {
    put(
      b,
      `RECETA MÉDICA – ${r.pick(["SERMAS", "Servicio Andaluz de Salud", "CatSalut"])}\nPaciente: `,
      P(`${p.first} ${surname(p)}`),
      `   DNI/NIE: `,
      ["ID", dni(r)],
      `   F. nac.: `,
      ["DATE", dob(r, "es", t)],
      `\nMedicamento: ${
        r.pick([
          "Omeprazol 20 mg 28 cáps.",
          "Ibuprofeno 600 mg 40 comp.",
          "Lorazepam 1 mg 30 comp.",
        ])
      } – Posología: 1 cada 24 h\nDuración: ${r.int(5, 90)} días\nPrescriptor: Dr${
        d.female ? "a" : ""
      }. `,
      P(`${d.last} ${d.last2 ?? ""}`.trim()),
      `, n.º col. ${r.digits(9)}   Fecha: ${day(r, "es")}\n`,
    );
  } else if (lang === "it") {
    const cf = codiceFiscale(r, p.last, p.first, t, p.female);
    put(
      b,
      `SERVIZIO SANITARIO NAZIONALE – RICETTA ELETTRONICA\nNRE ${r.digits(5)}${r.letters(1)}${
        r.digits(9)
      }\nCognome e nome: `,
      P(`${p.last.toUpperCase()} ${p.first.toUpperCase()}`),
      `\nCodice fiscale: `,
      ["ID", cf],
      `\nIndirizzo: `,
      ["ADDRESS", a.street],
      ` ${a.rest}\nPrescrizione: ${
        r.pick([
          "TACHIPIRINA 1000 mg 16 cpr",
          "AUGMENTIN 875 mg + 125 mg 12 cpr",
          "PANTORC 40 mg 14 cpr",
        ])
      }   Quantità: 1   Esenzione: ${r.pick(["E01", "048", "NON ESENTE"])}\nData: ${
        day(r, "it")
      }   Medico: Dott. `,
      P(`${d.first} ${d.last}`),
      `\n`,
    );
  } else {
    put(
      b,
      `Recept\nHuisartsenpraktijk ${r.pick(["De Linde", "Het Anker", "Oost"])} – AGB ${
        r.digits(8)
      }\n\nNaam patiënt: `,
      P(`${p.first} ${p.last}`),
      `\nGeboortedatum: `,
      ["DATE", dob(r, "nl", t)],
      `   BSN: `,
      ["ID", bsn(r)],
      `\nR/ ${
        r.pick([
          "Omeprazol 20 mg, 30 stuks, S 1dd1",
          "Amoxicilline 500 mg, 21 caps, S 3dd1",
          "Salbutamol 100 µg/dosis, S zn 2 pufjes",
        ])
      }\n\n${day(r, "nl")}, `,
      P(`${initials(d.first)} ${d.last}`),
      `, huisarts\n`,
    );
  }
};

// 29 short lawyer e-mail (multilingual), informal-formal register
const anwaltMail: Tpl = (r, b) => {
  const lang = r.pick(["de", "fr", "it", "es", "nl", "pt"] as const);
  const p = person(r, lang), cl = person(r, lang);
  const em = email(
    r,
    lang,
    p.first,
    p.last,
    r.pick([
      "kanzlei-" + slug(p.last) + (lang === "de" ? ".de" : lang === "nl" ? ".nl" : ".eu"),
      "studiolegale" + slug(p.last) + ".it",
      "gmail.com",
    ]),
  );
  const ph = phone(r, lang, r.chance(0.4));
  if (lang === "de") {
    put(
      b,
      `Sehr geehrte${cl.female ? " Frau" : "r Herr"} `,
      P(cl.last),
      `,\n\nanbei erhalten Sie den Entwurf der Klageerwiderung im Verfahren Az. ${r.int(1, 40)} C ${
        r.int(100, 999)
      }/24 zur Durchsicht. Bitte prüfen Sie insbesondere die Angaben zu Ihrer Zeugin, Frau `,
      P(`${r.pick(N.de.f)} ${r.pick(N.de.last)}`),
      `. Frist: ${day(r, "de")}.\n\nMit freundlichen Grüßen\nRA `,
      P(full(p)),
      `\nFachanwalt für Arbeitsrecht\nTel. `,
      ["PHONE", ph],
      ` · `,
      ["EMAIL", em],
      `\n`,
    );
  } else if (lang === "fr") {
    put(
      b,
      `Chère Madame, cher Monsieur `,
      P(cl.last),
      `,\n\nSuite à notre rendez-vous du ${
        day(r, "fr")
      }, je vous confirme que l'audience devant le Conseil de prud'hommes de ${
        r.pick(["Paris", "Lyon", "Nantes"])
      } aura lieu le ${day(r, "fr")} à ${
        time(r, "fr")
      }. Merci de m'apporter vos trois derniers bulletins de salaire.\n\nBien à vous,\nMe `,
      P(`${p.first} ${p.last}`),
      `\n`,
      ["PHONE", ph],
      ` – `,
      ["EMAIL", em],
      `\n`,
    );
  } else if (lang === "it") {
    put(
      b,
      `Gentile Sig./Sig.ra `,
      P(cl.last),
      `,\n\ncome anticipato telefonicamente, il giudice ha rinviato l'udienza al ${
        day(r, "it")
      }. Le chiedo di farmi avere copia del contratto e della diffida inviata dal Sig. `,
      P(`${r.pick(N.it.m)} ${r.pick(N.it.last)}`),
      `.\n\nCordiali saluti\nAvv. `,
      P(full(p)),
      `\nStudio Legale — tel. `,
      ["PHONE", ph],
      ` — `,
      ["EMAIL", em],
      `\n`,
    );
  } else if (lang === "es") {
    put(
      b,
      `Estimado/a Sr./Sra. `,
      P(surname(cl)),
      `:\n\nLe adjunto el burofax remitido a la parte contraria (`,
      P(`${r.pick(N.es.m)} ${r.pick(N.es.last)}`),
      `) y la minuta de honorarios por importe de ${
        r.money(300, 3000, "es")
      } € (IVA incluido).\n\nUn saludo,\n`,
      P(`${p.first} ${surname(p)}`),
      `\nAbogad${p.female ? "a" : "o"} – `,
      ["PHONE", ph],
      ` – `,
      ["EMAIL", em],
      `\n`,
    );
  } else if (lang === "nl") {
    put(
      b,
      `Beste ${cl.female ? "mevrouw" : "meneer"} `,
      P(nlBare(cl.last)),
      `,\n\nDe mondelinge behandeling bij de rechtbank ${
        r.pick(["Amsterdam", "Den Haag", "Midden-Nederland"])
      } is vastgesteld op ${day(r, "nl")} om ${time(r, "nl")}. Wilt u uw getuige, de heer `,
      P(`${r.pick(N.nl.m)} ${r.pick(N.nl.last)}`),
      `, daarvan op de hoogte brengen?\n\nMet vriendelijke groet,\nmr. `,
      P(`${p.first} ${p.last}`),
      `\n`,
      ["PHONE", ph],
      ` | `,
      ["EMAIL", em],
      `\n`,
    );
  } else {put(
      b,
      `Exm.º(ª) Senhor(a) `,
      P(`${cl.first} ${cl.last}`),
      `,\n\nInformo que a audiência de julgamento no Juízo Local Cível de ${
        r.pick(["Lisboa", "Porto", "Sintra"])
      } foi agendada para ${day(r, "pt")}, pelas ${time(r, "pt")}. Proc. n.º ${r.int(100, 9999)}/${
        r.pick(["24", "25"])
      }.${r.digits(1)}T8${r.pick(["LSB", "PRT", "SNT"])}.\n\nCom os melhores cumprimentos,\n`,
      P(`${p.first} ${surname(p)}`),
      `\nAdvogad${p.female ? "a" : "o"} – Cédula ${r.digits(5)}L – `,
      ["PHONE", ph],
      ` – `,
      ["EMAIL", em],
      `\n`,
    );}
};

// 30 NL school / DE Schulanmeldung / ES matrícula — enrolment forms (multilingual)
const schulAnmeldung: Tpl = (r, b) => {
  const lang = r.pick(["de", "nl", "es", "it"] as const);
  const par = person(r, lang), kid = { ...person(r, lang), last: par.last };
  const t = r.dob(2013, 2020);
  const a = street(r, lang);
  b.known.push(full(par));
  if (lang === "de") {
    put(
      b,
      `Anmeldung zur Einschulung – Grundschule ${
        r.pick(["am Park", "Sonnenhügel", "Lindenschule"])
      }\nSchuljahr 2025/26\n\nName des Kindes: `,
      P(kid.last),
      `   Vorname(n): `,
      P(kid.first),
      `\nGeburtsdatum: `,
      ["DATE", dob(r, "de", t)],
      `   Konfession: ${r.pick(["rk.", "ev.", "ohne"])}\nAnschrift: `,
      ["ADDRESS", a.street],
      `, ${a.rest}\n\nErziehungsberechtigte: `,
      P(`${par.last}, ${par.first}`),
      `\nTel. (mobil): `,
      ["PHONE", phone(r, "de", true)],
      `   E-Mail: `,
      ["EMAIL", email(r, "de", par.first, par.last)],
      `\nBetreuung: OGS bis ${r.pick(["14:00", "16:00"])} Uhr — Masernschutz nachgewiesen: ja\n`,
    );
  } else if (lang === "nl") {
    put(
      b,
      `Inschrijfformulier ${
        r.pick(["OBS De Regenboog", "CBS Het Kompas", "Montessorischool Oost"])
      }\n\nLeerling: `,
      P(`${kid.first} ${kid.last}`),
      `\nGeboortedatum: `,
      ["DATE", dob(r, "nl", t)],
      `   BSN leerling: `,
      ["ID", bsn(r)],
      `\nAdres: `,
      ["ADDRESS", a.street],
      `, ${a.rest}\n\nOuder/verzorger 1: `,
      P(`${initials(par.first)} ${par.last}`),
      ` (roepnaam `,
      P(par.first),
      `)\nTelefoon: `,
      ["PHONE", phone(r, "nl", true)],
      `   E-mail: `,
      ["EMAIL", email(r, "nl", par.first, par.last)],
      `\nGroep: ${r.int(1, 8)} — Startdatum: ${day(r, "nl")}\n`,
    );
  } else if (lang === "es") {
    put(
      b,
      `SOLICITUD DE MATRÍCULA – CEIP ${
        r.pick(["Miguel Hernández", "Federico García Lorca", "Rosalía de Castro"])
      }\nCurso: ${r.int(1, 6)}º de Primaria\n\nAlumno/a: `,
      P(`${kid.first} ${surname(par)}`),
      `\nFecha de nacimiento: `,
      ["DATE", dob(r, "es", t)],
      `\nDomicilio: `,
      ["ADDRESS", a.street],
      `, ${a.rest}\n\nPadre/madre/tutor: `,
      P(full(par)),
      `   DNI: `,
      ["ID", dni(r)],
      `\nTeléfono: `,
      ["PHONE", phone(r, "es", true)],
      `   Correo: `,
      ["EMAIL", email(r, "es", par.first, par.last)],
      `\nComedor: ${r.pick(["Sí", "No"])}   Transporte: ${r.pick(["Ruta 3", "No"])}\n`,
    );
  } else {put(
      b,
      `DOMANDA DI ISCRIZIONE – Istituto Comprensivo \"${
        r.pick(["Dante Alighieri", "Gianni Rodari", "Maria Montessori"])
      }\" a.s. 2025/2026\n\nIl/La sottoscritto/a `,
      P(full(par)),
      `, in qualità di genitore, CHIEDE l'iscrizione dell'alunno/a `,
      P(`${kid.last.toUpperCase()} ${kid.first}`),
      `, nato/a il `,
      ["DATE", dob(r, "it", t)],
      `, C.F. `,
      ["ID", codiceFiscale(r, kid.last, kid.first, t, kid.female)],
      `, residente in `,
      ["ADDRESS", a.street],
      `, ${a.rest}\nalla classe ${r.int(1, 5)}ª sez. ${r.letters(1, "ABCDE")}.\nRecapito: `,
      ["PHONE", phone(r, "it", true)],
      ` — email `,
      ["EMAIL", email(r, "it", par.first, par.last)],
      `\n`,
    );}
};

const TEMPLATES: Tpl[] = [
  deCourt,
  deArztbrief,
  deNotar,
  deZeugnis,
  deFinanzamt,
  atVersicherung,
  dePolizei,
  frAvocat,
  frHopital,
  frNotaire,
  frSinistre,
  frEcole,
  esJuzgado,
  esAlta,
  esDenuncia,
  itCitazione,
  itDimissione,
  itLavoro,
  nlAdvocaat,
  nlZorg,
  nlBelasting,
  ptEscritura,
  ptSinistro,
  brPeticao,
  plPozew,
  plZatrudnienie,
  plSzpital,
  rezept,
  anwaltMail,
  schulAnmeldung,
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  for (let i = 0; i < 300; i++) {
    const r = new R(770_000 + i * 13);
    const b = new DocBuilder();
    TEMPLATES[i % TEMPLATES.length](r, b);
    out.push(b.done());
  }
  return out;
}
