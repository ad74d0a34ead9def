// probe_d: conversational English — ASR meeting transcripts, chat exports, SMS, voicemail.
// Written without knowledge of the detector. Deterministic (fixed faker seeds).
import {
  base,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_IE,
  en_IN,
  en_NG,
  en_US,
  en_ZA,
  Faker,
} from "@faker-js/faker";
import { type Doc, DocBuilder } from "../_corpus.ts";

type Ty = Doc["entities"][number]["type"];
type Part = string | [Ty, string];

const P = (v: string): Part => ["PERSON", v];
const EM = (v: string): Part => ["EMAIL", v];
const PH = (v: string): Part => ["PHONE", v];
const CC = (v: string): Part => ["CARD", v];
const IB = (v: string): Part => ["IBAN", v];
const IPA = (v: string): Part => ["IP", v];
const ID = (v: string): Part => ["ID", v];
const U = (v: string): Part => ["URL", v];
const D = (v: string): Part => ["DATE", v];
const A = (v: string): Part => ["ADDRESS", v];

function put(b: DocBuilder, ...parts: Part[]) {
  for (const p of parts) typeof p === "string" ? b.text(p) : b.ent(p[0], p[1]);
}
function line(b: DocBuilder, ...parts: Part[]) {
  put(b, ...parts, "\n");
}

const LOCS: [Faker["rawDefinitions"], string][] = [
  [en_US, "US"],
  [en_GB, "GB"],
  [en_US, "US"],
  [en_AU, "AU"],
  [en_CA, "CA"],
  [en_GB, "GB"],
  [en_IE, "IE"],
  [en_US, "US"],
  [en_IN, "IN"],
  [en_NG, "NG"],
  [en_ZA, "ZA"],
];

const WORD_FIRST = [
  "Will",
  "Grace",
  "Hope",
  "Mark",
  "Rose",
  "Bill",
  "Summer",
  "Joy",
  "Faith",
  "Hunter",
  "Jordan",
  "Pat",
  "Dawn",
  "Sandy",
  "Cliff",
  "Rob",
  "Ray",
  "Frank",
  "Chase",
  "Drew",
  "Jack",
  "Amber",
  "Autumn",
  "Destiny",
  "Heath",
  "Iris",
  "Ivy",
  "June",
  "April",
  "Penny",
  "Carol",
  "Don",
  "Gene",
  "Mercedes",
  "Melody",
  "Sunny",
  "Rusty",
  "Art",
  "Skip",
  "Robin",
  "Crystal",
  "Misty",
  "Victor",
];
const WORD_LAST = [
  "Rose",
  "Young",
  "King",
  "Hill",
  "Wood",
  "Fox",
  "Black",
  "White",
  "Green",
  "Price",
  "Bell",
  "Hunt",
  "Little",
  "Long",
  "Banks",
  "Cash",
  "Hope",
  "Marsh",
  "Stone",
  "Lane",
  "Field",
  "Brown",
  "Gray",
  "Love",
  "Sharp",
  "Rich",
  "Day",
  "Page",
  "Law",
  "Cross",
  "Frost",
  "Small",
  "Best",
  "Church",
  "Moody",
  "Savage",
  "Chance",
  "Noble",
  "Major",
  "Winter",
  "Bishop",
  "Mason",
  "Walker",
];
const NICKS: [string, string][] = [
  ["Robert", "Bob"],
  ["Robert", "Rob"],
  ["Robert", "Bobby"],
  ["Elizabeth", "Liz"],
  ["Elizabeth", "Beth"],
  ["Elizabeth", "Lizzie"],
  ["Christopher", "Chris"],
  ["Christina", "Chrissy"],
  ["Jennifer", "Jen"],
  ["Jennifer", "Jenny"],
  ["William", "Will"],
  ["William", "Bill"],
  ["William", "Billy"],
  ["Patricia", "Pat"],
  ["Patrick", "Paddy"],
  ["Katherine", "Kate"],
  ["Katherine", "Katie"],
  ["Michael", "Mike"],
  ["Michael", "Mikey"],
  ["Daniel", "Dan"],
  ["Daniel", "Danny"],
  ["Alexander", "Alex"],
  ["Alexandra", "Lexi"],
  ["Jessica", "Jess"],
  ["Samuel", "Sam"],
  ["Samantha", "Sammy"],
  ["Anthony", "Tony"],
  ["Richard", "Rick"],
  ["Richard", "Dick"],
  ["Thomas", "Tom"],
  ["Thomas", "Tommy"],
  ["Matthew", "Matt"],
  ["Nicholas", "Nick"],
  ["Victoria", "Vicky"],
  ["Margaret", "Maggie"],
  ["Margaret", "Peggy"],
  ["Rebecca", "Becky"],
  ["Jonathan", "Jon"],
  ["Benjamin", "Ben"],
  ["Deborah", "Deb"],
  ["Stephanie", "Steph"],
  ["Frederick", "Freddie"],
  ["Susan", "Sue"],
  ["Gregory", "Greg"],
  ["Theodore", "Teddy"],
  ["Abigail", "Abby"],
  ["Cynthia", "Cindy"],
  ["Edward", "Ed"],
];
const COMPANIES = [
  "Acme",
  "Globex",
  "Initech",
  "Hooli",
  "Contoso",
  "Fabrikam",
  "Northwind",
  "Tailspin Toys",
  "Wayfarer Labs",
  "Bluebird Dental",
  "Summit Realty",
  "Brightline Insurance",
  "Octave Energy",
  "Riverbend Credit Union",
  "Nimbus Cloud",
  "Harbor Freight Co",
  "Quantum Payroll",
  "Zenith Telecom",
];
const PRODUCTS = [
  "Salesforce",
  "Jira",
  "Zoom",
  "Excel",
  "Pixel 8",
  "AirPods Pro",
  "MacBook Air",
  "Notion",
  "Figma",
  "HubSpot",
  "Outlook",
  "iPhone 15",
  "Teams",
  "Tableau",
  "QuickBooks",
  "Google Sheets",
  "Galaxy S24",
  "Confluence",
  "Surface Pro",
  "Dropbox",
];
const CITIES = [
  "Denver",
  "Austin",
  "Leeds",
  "Manchester",
  "Toronto",
  "Melbourne",
  "Dublin",
  "Chicago",
  "Bristol",
  "Portland",
  "Phoenix",
  "Charlotte",
  "Jackson",
  "Madison",
  "Lincoln",
  "Cork",
  "Perth",
  "Calgary",
  "Sacramento",
  "Glasgow",
  "Brisbane",
  "Ottawa",
  "Boise",
  "Nashville",
  "Reading",
  "Florence",
];
const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = [
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
];
const ONES = [
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
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD_ONES = [
  "zeroth",
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
];

function n2w(n: number): string {
  if (n < 20) return ONES[n];
  const t = TENS[Math.floor(n / 10)];
  return n % 10 ? `${t} ${ONES[n % 10]}` : t;
}
function ordinal(n: number): string {
  if (n < 20) return ORD_ONES[n];
  if (n % 10 === 0) return TENS[n / 10].replace(/y$/, "ieth");
  return `${TENS[Math.floor(n / 10)]} ${ORD_ONES[n % 10]}`;
}
function ordSuffix(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}
function yearWords(y: number): string {
  if (y === 2000) return "two thousand";
  if (y > 2000 && y < 2010) return `two thousand ${ONES[y - 2000]}`;
  if (y >= 2010) return `twenty ${n2w(y - 2000)}`;
  const r = y % 100;
  return `${n2w(Math.floor(y / 100))} ${r === 0 ? "hundred" : r < 10 ? "oh " + ONES[r] : n2w(r)}`;
}
function houseWords(n: number): string {
  const s = String(n);
  if (n < 100) return n2w(n);
  if (s.length === 3) {
    const r = n % 100;
    return `${ONES[Math.floor(n / 100)]} ${r < 10 ? "oh " + ONES[r] : n2w(r)}`;
  }
  if (s.length === 4) {
    const r = n % 100;
    return `${n2w(Math.floor(n / 100))} ${r === 0 ? "hundred" : r < 10 ? "oh " + ONES[r] : n2w(r)}`;
  }
  return [...s].map((c) => ONES[+c]).join(" ");
}
function ascii(s: string): string {
  return s.normalize("NFD").replace(/[^A-Za-z0-9]/g, "");
}

class G {
  constructor(public f: Faker, public cc: string) {}
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  chance(p = 0.5): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  int(a: number, b: number): number {
    return this.f.number.int({ min: a, max: b });
  }
  digits(n: number): string {
    return this.f.string.numeric({ length: n, allowLeadingZeros: true });
  }
  first(): string {
    return this.f.person.firstName().split(" ")[0];
  }
  last(): string {
    return this.f.person.lastName();
  }
  wfirst(): string {
    return this.pick(WORD_FIRST);
  }
  wlast(): string {
    return this.pick(WORD_LAST);
  }
  anyFirst(): string {
    return this.chance(0.3) ? this.wfirst() : this.chance(0.3) ? this.nick()[1] : this.first();
  }
  nick(): [string, string] {
    return this.pick(NICKS);
  }
  company(): string {
    return this.pick(COMPANIES);
  }
  product(): string {
    return this.pick(PRODUCTS);
  }
  city(): string {
    return this.pick(CITIES);
  }
  weekday(): string {
    return this.pick(WEEKDAYS);
  }
  time(): string {
    const h = this.int(1, 12), m = this.pick(["00", "15", "30", "45", "10", "40"]);
    return this.pick([
      `${h}:${m}`,
      `${h}:${m} ${this.pick(["am", "pm", "AM", "PM"])}`,
      `${h}${this.pick(["am", "pm"])}`,
      `${h}:${m}pm`,
    ]);
  }
  price(): string {
    return this.pick([
      `$${this.int(5, 900)}.${this.digits(2)}`,
      `£${this.int(5, 400)}`,
      `${this.int(20, 3000)} bucks`,
      `$${this.int(1, 40)}k`,
    ]);
  }
  orderNo(): string {
    return this.pick([
      `#${this.int(10000, 99999)}`,
      `order ${this.f.string.alpha({ length: 2, casing: "upper" })}-${this.int(100000, 999999)}`,
      `ticket ${this.int(1000, 9999)}`,
      `INC${this.digits(7)}`,
    ]);
  }
  plainDate(): string {
    const m = this.int(0, 11), d = this.int(1, 28);
    return this.pick([
      `${MONTHS[m]} ${d}`,
      `${MONTHS[m].slice(0, 3)} ${ordSuffix(d)}`,
      `the ${ordSuffix(d)}`,
      `${m + 1}/${d}`,
      `next ${this.weekday()}`,
    ]);
  }

  email(first: string, last: string): string {
    const fi = ascii(first), la = ascii(last);
    let local = this.pick([
      `${fi}.${la}`,
      `${fi}${la}`,
      `${fi[0]}${la}`,
      `${fi}_${la}`,
      `${fi}${la}${this.int(1, 99)}`,
      `${fi}.${la[0]}`,
      `${la}.${fi}`,
      `${fi}${this.int(70, 99)}`,
      `${fi[0]}.${la}`,
    ]);
    if (this.chance(0.85)) local = local.toLowerCase();
    const dom = this.pick([
      "gmail.com",
      "yahoo.com",
      "outlook.com",
      "hotmail.com",
      "icloud.com",
      "protonmail.com",
      "hotmail.co.uk",
      "btinternet.com",
      "aol.com",
      "live.com",
      "me.com",
      "bigpond.com",
      "contoso.com",
      "globex.io",
      "initech.net",
      "hooli.co",
    ]);
    return `${local}@${dom}`;
  }
  spokenEmail(e: string): string {
    const [local, dom] = e.toLowerCase().split("@");
    const sp = (s: string) =>
      s.replace(/\./g, " dot ").replace(/_/g, " underscore ").replace(/-/g, " dash ")
        .replace(/(\d)/g, (d) => ` ${this.chance(0.7) ? ONES[+d] : d} `).replace(/\s+/g, " ")
        .trim();
    return `${sp(local)} ${this.pick(["at", "at", "@"])} ${sp(dom)}`;
  }
  phone(): string {
    // deno-lint-ignore no-this-alias
    const f = this;
    switch (this.cc) {
      case "US":
      case "CA": {
        const a = String(f.int(201, 989)), x = String(f.int(200, 999)), c = f.digits(4);
        return f.pick([
          `(${a}) ${x}-${c}`,
          `${a}-${x}-${c}`,
          `${a}.${x}.${c}`,
          `${a} ${x} ${c}`,
          `+1 ${a} ${x} ${c}`,
          `+1-${a}-${x}-${c}`,
          `${a}${x}${c}`,
          `1-${a}-${x}-${c}`,
          `+1 (${a}) ${x}-${c}`,
        ]);
      }
      case "GB": {
        if (f.chance(0.7)) {
          const m = `7${f.int(300, 999)}`, r = f.digits(6);
          return f.pick([
            `0${m} ${r}`,
            `0${m}${r}`,
            `+44 ${m} ${r}`,
            `+44 (0)${m} ${r.slice(0, 3)} ${r.slice(3)}`,
            `0${m} ${r.slice(0, 3)} ${r.slice(3)}`,
            `+44${m}${r}`,
          ]);
        }
        return f.pick([
          `020 7${f.digits(3)} ${f.digits(4)}`,
          `0161 ${f.digits(3)} ${f.digits(4)}`,
          `0113 ${f.digits(3)} ${f.digits(4)}`,
          `+44 20 8${f.digits(3)} ${f.digits(4)}`,
        ]);
      }
      case "AU": {
        const r = `4${f.digits(2)}`;
        return f.pick([
          `0${r} ${f.digits(3)} ${f.digits(3)}`,
          `+61 ${r} ${f.digits(3)} ${f.digits(3)}`,
          `0${r}${f.digits(6)}`,
          `(02) 9${f.digits(3)} ${f.digits(4)}`,
          `(03) 9${f.digits(3)} ${f.digits(4)}`,
        ]);
      }
      case "IE": {
        const p = f.pick(["83", "85", "86", "87", "89"]);
        return f.pick([
          `0${p} ${f.digits(3)} ${f.digits(4)}`,
          `+353 ${p} ${f.digits(3)} ${f.digits(4)}`,
          `0${p}-${f.digits(7)}`,
          `(01) ${f.digits(3)} ${f.digits(4)}`,
        ]);
      }
      case "IN": {
        const r = `${f.pick(["98", "99", "97", "91", "88", "70"])}${f.digits(3)}`;
        return f.pick([
          `+91 ${r} ${f.digits(5)}`,
          `0${r}${f.digits(5)}`,
          `${r} ${f.digits(5)}`,
          `+91-${r}-${f.digits(5)}`,
        ]);
      }
      case "NG": {
        const p = f.pick(["803", "806", "813", "703", "805", "809"]);
        return f.pick([
          `0${p} ${f.digits(3)} ${f.digits(4)}`,
          `+234 ${p} ${f.digits(3)} ${f.digits(4)}`,
          `+234${p}${f.digits(7)}`,
        ]);
      }
      default: {
        const p = f.pick(["82", "83", "72", "71", "84"]);
        return f.pick([
          `0${p} ${f.digits(3)} ${f.digits(4)}`,
          `+27 ${p} ${f.digits(3)} ${f.digits(4)}`,
          `0${p}-${f.digits(3)}-${f.digits(4)}`,
        ]);
      }
    }
  }
  spokenGroups(s: string, sep?: string): string {
    const zero = this.pick(["oh", "zero", "oh"]);
    const dbl = this.cc !== "US" && this.cc !== "CA" && this.chance(0.5);
    const groups = s.replace(/\(0\)/, "").match(/\+?\d+/g) ?? [];
    const sp = sep ?? this.pick([", ", " ", "... ", " - "]);
    return groups.map((g) => {
      const plus = g.startsWith("+");
      const ds = [...g.replace("+", "")].map((c) => (c === "0" ? zero : ONES[+c]));
      const out: string[] = [];
      for (let i = 0; i < ds.length; i++) {
        if (dbl && i + 1 < ds.length && ds[i] === ds[i + 1]) {
          out.push(`double ${ds[i]}`);
          i++;
        } else out.push(ds[i]);
      }
      return (plus ? "plus " : "") + out.join(" ");
    }).join(sp);
  }
  spokenPhone(): string {
    return this.spokenGroups(this.phone());
  }
  card(): string {
    const issuer = this.pick(["visa", "visa", "mastercard", "amex", "discover"]);
    const raw = this.f.finance.creditCardNumber(issuer).replace(/\D/g, "");
    const sep = this.pick([" ", "-", "", " "]);
    if (raw.length === 15) return [raw.slice(0, 4), raw.slice(4, 10), raw.slice(10)].join(sep);
    return (raw.match(/.{1,4}/g) ?? []).join(sep);
  }
  iban(): string {
    const cc = this.pick(["GB", "DE", "FR", "IE", "NL", "ES", "GB", "IE"]);
    return this.f.finance.iban({ formatted: this.chance(0.6), countryCode: cc });
  }
  ip(): string {
    return this.chance(0.8) ? this.f.internet.ipv4() : this.f.internet.ipv6();
  }
  ssn(): string {
    const a = String(this.int(101, 899)),
      b = this.digits(2).replace(/^00/, "12"),
      c = String(this.int(1000, 9999));
    return this.pick([`${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`, `${a}-${b}-${c}`]);
  }
  natId(): string {
    switch (this.cc) {
      case "GB": {
        const L = () => this.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
        const n = this.digits(6);
        return this.pick([
          `${L()}${L()} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${
            this.pick(["A", "B", "C", "D"])
          }`,
          `${L()}${L()}${n}${this.pick(["A", "B", "C", "D"])}`,
        ]);
      }
      case "CA":
        return this.pick([
          `${this.int(100, 799)} ${this.digits(3)} ${this.digits(3)}`,
          `${this.int(100, 799)}-${this.digits(3)}-${this.digits(3)}`,
        ]);
      case "AU":
        return `${this.digits(3)} ${this.digits(3)} ${this.digits(3)}`;
      case "IE":
        return `${this.digits(7)}${this.pick(["T", "W", "A", "K"])}${this.chance(0.3) ? "A" : ""}`;
      case "IN":
        return this.chance(0.5)
          ? `${this.int(2, 9)}${this.digits(3)} ${this.digits(4)} ${this.digits(4)}`
          : `${this.f.string.alpha({ length: 5, casing: "upper" })}${this.digits(4)}${
            this.f.string.alpha({ length: 1, casing: "upper" })
          }`;
      case "NG":
        return this.digits(11);
      case "ZA":
        return `${this.digits(2)}${String(this.int(1, 12)).padStart(2, "0")}${
          String(this.int(1, 28)).padStart(2, "0")
        }${this.digits(7)}`;
      default:
        return this.ssn();
    }
  }
  idLabel(): string {
    return ({
      US: "social",
      GB: "national insurance number",
      CA: "SIN",
      AU: "tax file number",
      IE: "PPS number",
      IN: "aadhaar",
      NG: "NIN",
      ZA: "ID number",
    } as Record<string, string>)[this.cc] ?? "ssn";
  }
  passport(): string {
    return this.pick([
      this.digits(9),
      `${this.f.string.alpha({ length: 1, casing: "upper" })}${this.digits(8)}`,
      `${this.f.string.alpha({ length: 2, casing: "upper" })}${this.digits(7)}`,
    ]);
  }
  dobParts(): [number, number, number] {
    const dt = this.f.date.birthdate({ mode: "age", min: 18, max: 85 });
    return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  }
  childDobParts(): [number, number, number] {
    const dt = this.f.date.birthdate({ mode: "age", min: 2, max: 16 });
    return [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
  }
  dob(parts = this.dobParts()): string {
    const [y, m, d] = parts;
    const dm = this.cc !== "US" && this.cc !== "CA";
    const p2 = (n: number) => String(n).padStart(2, "0");
    return this.pick([
      dm ? `${p2(d)}/${p2(m)}/${y}` : `${p2(m)}/${p2(d)}/${y}`,
      dm ? `${d}/${m}/${y}` : `${m}/${d}/${y}`,
      dm ? `${d}.${m}.${String(y).slice(2)}` : `${m}-${d}-${String(y).slice(2)}`,
      `${y}-${p2(m)}-${p2(d)}`,
      `${MONTHS[m - 1]} ${d}, ${y}`,
      `${d} ${MONTHS[m - 1]} ${y}`,
      `${ordSuffix(d)} ${MONTHS[m - 1].slice(0, 3)} ${y}`,
      `${MONTHS[m - 1].toLowerCase()} ${d} ${y}`,
    ]);
  }
  spokenDob(parts = this.dobParts()): string {
    const [y, m, d] = parts;
    const mo = MONTHS[m - 1].toLowerCase();
    const yw = this.chance(0.25) && y < 2000
      ? n2w(y % 100 || 0).replace(/^zero$/, "hundred")
      : yearWords(y);
    return this.pick([
      `${mo} ${ordinal(d)} ${yearWords(y)}`,
      `the ${ordinal(d)} of ${mo} ${yw}`,
      `${mo} ${n2w(d)} ${yearWords(y)}`,
      `${m < 10 ? "oh " + ONES[m] : n2w(m)} ${d < 10 ? "oh " + ONES[d] : n2w(d)} ${yw}`,
      `${ordinal(d)} ${mo} ${yearWords(y)}`,
    ]);
  }
  address(lower = false): string {
    let a = this.f.location.streetAddress(this.chance(0.4));
    if (this.chance(0.3)) {
      a = a.replace(/\bStreet\b/, "St").replace(/\bAvenue\b/, "Ave").replace(/\bRoad\b/, "Rd")
        .replace(/\bDrive\b/, "Dr").replace(/\bLane\b/, "Ln").replace(/\bCourt\b/, "Ct");
    }
    if (this.chance(0.2)) a = a.replace(/ (Apt\.|Suite) /, ", $1 ");
    return lower ? a.toLowerCase().replace(/\./g, "") : a;
  }
  spokenAddress(): string {
    const n = this.int(2, 9899);
    const street = this.f.location.street().toLowerCase();
    const unit = this.chance(0.35)
      ? ` ${this.pick(["apartment", "apt", "unit", "flat", "suite"])} ${ONES[this.int(1, 9)]}${
        this.chance(0.4) ? " " + this.pick(["a", "b", "c", "d"]) : ""
      }`
      : "";
    return `${houseWords(n)} ${street}${unit}`;
  }
  handle(first: string, last: string): string {
    const fi = ascii(first).toLowerCase(), la = ascii(last).toLowerCase();
    return this.pick([
      `${fi}-${la}`,
      `${fi}${la}`,
      `${fi}${la}${this.int(1, 99)}`,
      `${fi[0]}${la}`,
      `${fi}.${la}`,
      `${fi}_${la}`,
    ]);
  }
  url(first: string, last: string): string {
    const h = this.handle(first, last).replace(/\./g, "");
    return this.pick([
      `linkedin.com/in/${h}`,
      `https://www.linkedin.com/in/${h}/`,
      `https://github.com/${h}`,
      `instagram.com/${h.replace(/-/g, "_")}`,
      `https://calendly.com/${h}/30min`,
      `https://www.facebook.com/${h.replace(/-/g, ".")}`,
      `https://${h.replace(/[-_]/g, "")}.com`,
      `https://twitter.com/${h.replace(/-/g, "_")}`,
      `venmo.com/u/${h.replace(/[._]/g, "-")}`,
    ]);
  }
  spokenUrl(u: string): string {
    return u.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "").replace(/\./g, " dot ")
      .replace(/\//g, " slash ").replace(/-/g, " dash ").replace(/_/g, " underscore ")
      .replace(/\s+/g, " ").trim();
  }
  spell(s: string): string {
    const sep = this.pick(["-", "-", " "]);
    return [...s.toLowerCase()].join(sep);
  }
}

const lc = (s: string) => s.toLowerCase();
function hesitate(g: G): string {
  return g.pick(["", "", "um ", "uh ", "so ", "like ", "yeah ", "okay so "]);
}

// ---------------------------------------------------------------------------------------------
// Templates
type Tpl = (g: G, b: DocBuilder) => void;

// 1. ASR meeting transcript, diarized SPEAKER_xx, lower case, no punctuation
const asrMeeting: Tpl = (g, b) => {
  const absent = g.anyFirst(), ext = g.first(), extLast = g.last(), co = g.company();
  const ph = g.spokenPhone();
  const S = (n: number) => `SPEAKER_0${n}: `;
  line(b, S(0), "ok so ", hesitate(g), "can everyone hear me");
  line(b, S(1), "yeah we can hear you");
  line(
    b,
    S(0),
    "great so ",
    P(lc(absent)),
    " says sorry she's out today ",
    g.pick(["dentist thing", "kid is sick", "flight got delayed"]),
  );
  line(
    b,
    S(2),
    "no worries did ",
    P(lc(absent)),
    " send the deck for ",
    lc(co),
    " before ",
    g.weekday(),
  );
  line(b, S(0), "i think so i'll double check");
  line(
    b,
    S(1),
    hesitate(g),
    "also i talked to ",
    P(lc(ext)),
    " ",
    P(lc(extLast)),
    " on their side and she said just call her cell it's ",
    PH(ph),
  );
  line(b, S(2), "sorry can you say that again");
  line(b, S(1), PH(ph));
  if (g.chance()) {
    line(b, S(0), "got it and ", P(lc(extLast)), " is the one who signs the po right");
  } else line(b, S(0), "ok so ", P(lc(ext)), " signs off on the ", g.price(), " renewal");
  line(
    b,
    S(1),
    "yeah yeah ",
    g.pick(["she does", "that's right", "i believe so"]),
    " and the kickoff is ",
    g.plainDate(),
    " at ",
    g.time(),
  );
};

// 2. Otter-style timestamped transcript with attendee labels (known)
const otterTranscript: Tpl = (g, b) => {
  const ppl = [0, 1, 2].map(() => [g.first(), g.last()] as [string, string]);
  for (const [f, l] of ppl) b.known.push(`${f} ${l}`);
  const label = g.pick(["first", "full", "otter"]);
  let t = g.int(0, 200);
  const ts = () => {
    t += g.int(4, 60);
    return `${String(Math.floor(t / 3600)).padStart(2, "0")}:${
      String(Math.floor(t / 60) % 60).padStart(2, "0")
    }:${String(t % 60).padStart(2, "0")}`;
  };
  const turn = (i: number, ...parts: Part[]) => {
    const [f, l] = ppl[i];
    if (label === "otter") {
      line(b, P(`${f} ${l}`), `  ${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`);
      ts();
      line(b, ...parts);
      b.text("\n");
    } else line(b, `[${ts()}] `, P(label === "first" ? f : `${f} ${l}`), ": ", ...parts);
  };
  const [a, c, e] = ppl;
  const outside = g.last(), em = g.email(a[0], a[1]);
  turn(
    0,
    "Okay, let's get started. ",
    P(c[0]),
    ", do you want to walk us through the ",
    g.product(),
    " migration?",
  );
  turn(1, "Sure. So we're about 80% done, the last bit is the export for ", g.city(), ".");
  turn(2, "Is that still blocked on Dr. ", P(outside), "'s team?");
  turn(1, "Yeah, ", P(outside), " said end of next week.");
  turn(
    0,
    "Fine. ",
    P(e[0]),
    ", can you send the notes to me at ",
    EM(em),
    "? My work inbox is a mess.",
  );
  turn(2, "Will do. Anything else before ", g.time(), "?");
};

// 3. Slack export with @mentions and display names
const slackExport: Tpl = (g, b) => {
  const a = [g.first(), g.last()], c = [g.anyFirst(), g.last()], x = g.nick();
  const xl = g.last();
  const hA = g.pick([
    lc(`${ascii(a[0])}.${ascii(a[1])}`),
    lc(ascii(a[0])),
    lc(`${ascii(a[0])[0]}${ascii(a[1])}`),
  ]);
  const hC = g.pick([lc(ascii(c[0])), lc(`${ascii(c[0])}.${ascii(c[1])}`)]);
  let mins = g.int(8 * 60, 10 * 60);
  const tm = () => {
    mins += g.int(1, 25);
    return `${Math.floor(mins / 60)}:${String(mins % 60).padStart(2, "0")} AM`;
  };
  line(b, P(`${a[0]} ${a[1]}`), `  ${tm()}`);
  line(
    b,
    "hey ",
    "@",
    P(hC),
    " can you review PR ",
    `#${g.int(1000, 9999)}`,
    " before standup? it touches the ",
    g.product(),
    " webhook",
  );
  line(b, P(`${c[0]} ${c[1]}`), `  ${tm()}`);
  line(b, "sure :eyes: ", "@", P(hA), " is it the one ", P(x[1]), " flagged yesterday?");
  line(b, P(`${a[0]} ${a[1]}`), `  ${tm()}`);
  line(
    b,
    "yep. fyi ",
    P(lc(x[1])),
    "'s ooo till ",
    g.weekday(),
    ", if it's urgent her personal is ",
    EM(g.email(x[0], xl)),
    " or text ",
    PH(g.phone()),
  );
  if (g.chance()) {
    line(b, P(`${c[0]} ${c[1]}`), `  ${tm()}`);
    line(b, "thanks ", P(a[0]), " :pray:");
  }
};

// 4. WhatsApp export
const whatsapp: Tpl = (g, b) => {
  const host = [g.first(), g.last()], n = g.nick(), guest = g.anyFirst(), plus1 = g.first();
  const d = `${String(g.int(1, 28)).padStart(2, "0")}/${String(g.int(1, 12)).padStart(2, "0")}/${
    g.pick(["23", "24", "25"])
  }`;
  let mi = g.int(9 * 60, 19 * 60);
  const st = () => {
    mi += g.int(1, 40);
    return `[${d}, ${String(Math.floor(mi / 60)).padStart(2, "0")}:${
      String(mi % 60).padStart(2, "0")
    }]`;
  };
  line(
    b,
    st(),
    " ",
    P(`${host[0]} ${host[1]}`),
    ": Hi all! Address for Saturday is ",
    A(g.address()),
    " 🎉",
  );
  line(b, st(), " ", P(n[1]), ": what time?? ");
  line(
    b,
    st(),
    " ",
    P(`${host[0]} ${host[1]}`),
    ": from 7ish. buzzer is broken so call me on ",
    PH(g.phone()),
    " when you're outside",
  );
  line(
    b,
    st(),
    " ",
    PH(g.phone()),
    ": hi everyone it's ",
    P(plus1),
    ", ",
    P(guest),
    "'s plus one 👋 can I bring anything",
  );
  line(b, st(), " ", P(guest), ": <Media omitted>");
  line(
    b,
    st(),
    " ",
    P(n[1]),
    ": ",
    g.pick(["drinks!!", "ice pls", "just bring yourself x", "crisps and dip"]),
  );
  if (g.chance()) line(b, st(), " ", P(`${host[0]} ${host[1]}`), ": This message was deleted");
};

// 5. SMS thread (family), lower case names
const smsThread: Tpl = (g, b) => {
  const other = g.pick(["Mom", "Dad", "Mum", "Sis", "Nana", "Auntie"]);
  const uncle = g.anyFirst(), cousin = g.first(), cl = g.last();
  line(b, other, ": did u call your uncle ", P(lc(uncle)), " back");
  line(b, "Me: not yet whats his number again");
  line(b, other, ": ", PH(g.phone()), ". and tell ", P(lc(cousin)), " happy bday from us");
  line(b, "Me: ok will do");
  line(
    b,
    other,
    ": her new place is ",
    A(g.address(g.chance())),
    " if u want to send a card. its ",
    P(`${cousin} ${cl}`),
    " on the buzzer",
  );
  line(b, "Me: 👍 love u");
};

// 6. Voicemail transcription with spoken digits and spoken e-mail
const voicemailSpoken: Tpl = (g, b) => {
  const f = g.anyFirst(), l = g.last(), co = g.company(), ph = g.spokenPhone();
  const em = g.email(f, l);
  line(
    b,
    "Voicemail from ",
    PH(g.phone()),
    " · ",
    `${g.int(0, 1)}:${String(g.int(10, 59))}`,
    " · ",
    g.plainDate(),
  );
  put(
    b,
    'Transcription: "hi ',
    g.chance() ? "this is " : "it's ",
    P(lc(f)),
    " ",
    P(lc(l)),
    " calling from ",
    lc(co),
    " ",
  );
  put(
    b,
    g.pick([
      "about your claim",
      "regarding the quote you asked for",
      "about the appointment on " + g.weekday(),
      "following up on order " + g.orderNo(),
    ]),
    " ",
  );
  put(b, "please give me a call back at ", PH(ph), " again that's ", PH(ph), " ");
  if (g.chance(0.7)) put(b, "or you can email me at ", EM(g.spokenEmail(em)), " ");
  line(b, 'thanks so much bye"');
  line(b, "(Transcription confidence: ", g.pick(["low", "medium", "high"]), ")");
};

// 7. Teams chat export (Last, First; Guest tags) — known
const teamsChat: Tpl = (g, b) => {
  const a = [g.first(), g.last()], c = [g.first(), g.last()];
  b.known.push(`${a[0]} ${a[1]}`, `${c[0]} ${c[1]}`);
  const day = `${g.int(1, 12)}/${g.int(1, 28)}/2024`;
  let mm = g.int(8 * 60, 10 * 60);
  const ts = () => {
    mm += g.int(1, 12);
    return `[${day} ${Math.floor(mm / 60)}:${String(mm % 60).padStart(2, "0")} AM]`;
  };
  const nameA = g.chance() ? `${a[1]}, ${a[0]}` : `${a[0]} ${a[1]}`;
  line(b, ts(), " ", P(nameA), ": Morning — the ", g.company(), " review moved to ", g.time());
  line(
    b,
    ts(),
    " ",
    P(`${c[0]} ${c[1]}`),
    " (Guest): thanks ",
    P(a[0]),
    ". Meeting ID: ",
    `${g.digits(3)} ${g.digits(3)} ${g.digits(3)} ${g.digits(3)}`,
    " Passcode: ",
    g.f.string.alphanumeric(6),
  );
  line(
    b,
    ts(),
    " ",
    P(nameA),
    ": ",
    "@",
    P(`${c[0]} ${c[1]}`),
    " if Teams drops again just ring my mobile ",
    PH(g.phone()),
  );
  line(b, ts(), " ", P(`${c[0]} ${c[1]}`), " (Guest): 👍 will do");
};

// 8. IRC / Matrix style log with nick labels
const ircLog: Tpl = (g, b) => {
  const n1 = lc(g.anyFirst()), n2 = `${lc(g.anyFirst())}_${lc(g.last()[0])}`, n3 = lc(g.wfirst());
  const ip = g.ip();
  let m = g.int(8 * 60, 22 * 60);
  const ts = () => {
    m += g.int(0, 3);
    return `[${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}]`;
  };
  line(b, ts(), " * ", P(n1), " has joined #ops");
  line(b, ts(), " <", P(n1), "> morning");
  line(b, ts(), " <", P(n2), "> ", P(n1), ": did the ", g.product(), " deploy go out");
  line(
    b,
    ts(),
    " <",
    P(n1),
    "> yep. ",
    P(n2),
    ": can you whitelist my home ip ",
    IPA(ip),
    " on the bastion, vpn is dead again",
  );
  line(b, ts(), " <", P(n2), "> done. ", P(n3), " was asking about it too");
  line(b, ts(), " *** ", P(n3), " is now known as ", P(n3), "_afk");
};

// 9. Support call, diarized, verification with spoken DOB, address, card
const supportCall: Tpl = (g, b) => {
  const [L0, L1] = g.pick([["Agent", "Customer"], ["SPEAKER_00", "SPEAKER_01"], [
    "Speaker 1",
    "Speaker 2",
  ], ["Rep", "Caller"]]);
  const agent = g.anyFirst(), f = g.first(), l = g.last(), co = g.company();
  const card = g.card();
  line(b, L0, ": thank you for calling ", co, " this is ", P(lc(agent)), " how can i help");
  line(b, L1, ": hi yeah ", hesitate(g), "i think i got charged twice for ", g.price());
  line(b, L0, ": sorry about that can i get your full name please");
  line(b, L1, ": yeah it's ", P(lc(f)), " ", P(lc(l)), " ", P(g.spell(l)));
  line(b, L0, ": thank you ", P(lc(f)), " and can you confirm your date of birth");
  line(b, L1, ": ", D(g.spokenDob()));
  line(b, L0, ": and the first line of the address");
  line(b, L1, ": ", A(g.spokenAddress()));
  if (g.chance(0.6)) {
    line(b, L0, ": great and the long number on the card");
    line(b, L1, ": ", CC(g.chance() ? g.spokenGroups(card, " ") : card));
  }
  line(b, L0, ": ok ", P(lc(f)), " i can see the duplicate ", g.orderNo(), " i'll reverse it now");
};

// 10. Call with spelled / spoken e-mail read back
const spelledEmail: Tpl = (g, b) => {
  const f = g.anyFirst(), l = g.last(), em = g.email(f, l);
  const sp = g.spokenEmail(em);
  const [A0, A1] = g.pick([["SPEAKER_00", "SPEAKER_01"], ["Speaker A", "Speaker B"], ["S1", "S2"]]);
  line(b, A0, ": and who am i speaking with");
  line(b, A1, ": ", P(lc(f)), " ", P(lc(l)), " ", P(g.spell(l)));
  line(
    b,
    A0,
    ": thanks ",
    P(lc(f)),
    " whats the best email to send the ",
    g.pick(["quote", "invoice", "contract", "link"]),
    " to",
  );
  line(b, A1, ": it's ", EM(sp));
  line(b, A0, ": so that's ", EM(sp), "?");
  line(b, A1, ": yep ", g.pick(["that's it", "perfect", "mhm"]));
  if (g.chance()) {
    line(b, A0, ": and a callback number in case it bounces");
    line(b, A1, ": ", PH(g.spokenPhone()));
  }
};

// 11. Pasted chat messages with greetings and sign-offs
const signoffs: Tpl = (g, b) => {
  const msgs: (() => void)[] = [
    () => {
      const n = g.anyFirst();
      line(b, "hey team — running 10 min late, start without me. thanks, ", P(lc(n)));
    },
    () => {
      const to = g.anyFirst(), from = g.nick()[1];
      line(b, "hi ", P(lc(to)), ", the ", g.product(), " login works now 🙏 cheers -", P(from));
    },
    () => {
      const n = g.wfirst();
      line(b, "Morning ", P(n), "! Invoice ", g.orderNo(), " is attached, ", g.price(), " total.");
      line(b, "— ", P(`${g.first()[0]}. ${g.last()}`));
    },
    () => {
      const n = g.nick()[1];
      line(b, "ty!! see u ", g.weekday(), " xx ", P(n));
    },
    () => {
      const n = g.anyFirst(), l = g.last();
      line(b, "Thanks all, great session today.");
      line(b, P(`${n} ${l}`), " (she/her) | ", g.company(), " | ", PH(g.phone()));
    },
    () => {
      const n = g.wfirst();
      line(b, "ok sounds good ", P(lc(n)), ", lmk");
      line(b, "Sent from my iPhone");
    },
    () => {
      const n = g.anyFirst();
      line(b, "Dear ", P(n), ",");
      line(b, "Got it, will send it over by ", g.time(), ".");
      line(b, "Best, ", P(g.nick()[1]));
    },
  ];
  const k = g.int(3, 5);
  const order = g.f.helpers.shuffle([...msgs.keys()]).slice(0, k);
  order.forEach((i, j) => {
    msgs[i]();
    if (j < k - 1) b.text("\n");
  });
};

// 12. Names that are ordinary words, at sentence start and lower case
const wordNames: Tpl = (g, b) => {
  const ns = g.f.helpers.arrayElements(WORD_FIRST, 4);
  const sur = g.wlast();
  const lower = g.chance(0.4);
  const c = (s: string) => (lower ? lc(s) : s);
  line(
    b,
    P(c(ns[0])),
    c(" can't make it tonight. "),
    P(c(ns[1])),
    c(" is covering the front desk and "),
    P(c(ns[2])),
    c(" said she'd bring the keys."),
  );
  line(
    b,
    P(c(ns[3])),
    c(" asked if the flight from "),
    g.city(),
    c(" lands at "),
    g.time(),
    c(", can someone check?"),
  );
  line(
    b,
    c("Also Mrs. "),
    P(c(sur)),
    c(" called, she wants "),
    P(c(ns[0])),
    c(" to ring her back on "),
    PH(g.phone()),
  );
  if (g.chance()) line(b, c("Thanks "), P(c(ns[1])), c("!"));
};

// 13. Dictated voice memo / note to self
const voiceMemo: Tpl = (g, b) => {
  const n = g.anyFirst(), l = g.last();
  const dob = g.spokenDob();
  line(b, "Voice memo ", g.plainDate(), " ", g.time());
  put(b, hesitate(g), "note to self call ", P(lc(n)), " back about the lease ");
  put(b, "her number is ", PH(g.spokenPhone()), " ");
  put(b, "the unit is ", A(g.spokenAddress()), " ");
  put(b, "and for the application she needs her date of birth which she said is ", D(dob), " ");
  put(b, "and her last name is ", P(lc(l)), " ", P(g.spell(l)), " ");
  line(b, "also remind ", P(lc(g.wfirst())), " the ", g.company(), " deposit is ", g.price());
};

// 14. Group chat planning, Venmo/URL, address
const partyChat: Tpl = (g, b) => {
  const host = g.nick(), hl = g.last(), a = g.anyFirst(), c = g.anyFirst();
  const url = g.url(host[0], hl);
  line(
    b,
    P(host[1]),
    ": ok final plan — ",
    g.weekday(),
    " at ",
    g.time(),
    ", ",
    A(g.address(g.chance())),
    ". gate code is ",
    g.digits(4),
    "#",
  );
  line(b, P(a), ": omg yes. how much do we owe for the cake");
  line(b, P(host[1]), ": ", g.price(), " each, venmo or whatever → ", U(url));
  line(b, P(c), ": ", "@", P(host[1]), " is ", P(g.wfirst()), " coming? she never replied");
  line(
    b,
    P(host[1]),
    ": she said maybe, her new number is ",
    PH(g.phone()),
    " if u wanna nudge her",
  );
};

// 15. Standup transcript with attendee roster (known)
const standup: Tpl = (g, b) => {
  const ppl = [0, 1, 2, 3].map(() => [g.first(), g.last()] as [string, string]);
  for (const [f, l] of ppl) b.known.push(`${f} ${l}`);
  line(
    b,
    "Daily standup — ",
    g.plainDate(),
    " — attendees: ",
    ...ppl.flatMap(([f, l], i) => [P(`${f} ${l}`), i < 3 ? ", " : ""]),
  );
  line(b);
  const tk = () => `${g.pick(["PAY", "OPS", "WEB", "CORE", "INFRA"])}-${g.int(100, 9999)}`;
  line(b, P(ppl[0][0]), ": yesterday I closed ", tk(), ", today ", tk(), ". no blockers");
  line(
    b,
    P(ppl[1][0]),
    ": still on the ",
    g.product(),
    " upgrade, v",
    `${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}`,
    ". ",
    P(ppl[0][0]),
    " can you pair after lunch?",
  );
  line(
    b,
    P(ppl[2][0]),
    ": I'm out ",
    g.weekday(),
    " afternoon, if prod breaks text me at ",
    PH(g.phone()),
    " not slack",
  );
  line(
    b,
    P(ppl[3][0]),
    ": nothing from me. oh and ",
    P(g.first()),
    g.chance() ? ` from ${g.company()}` : "",
    " wants the ",
    g.city(),
    " numbers by ",
    g.time(),
  );
};

// 16. Podcast / interview transcript
const interview: Tpl = (g, b) => {
  const gf = g.wfirst(), gl = g.last(), host = g.first();
  const lblG = g.pick(["full", "first"]);
  const G_ = () => P(lblG === "full" ? `${gf} ${gl}` : gf);
  const url = g.url(gf, gl);
  line(
    b,
    P(host),
    ": welcome back to the show, today I'm here with ",
    P(`${gf} ${gl}`),
    ". ",
    P(gf),
    ", thanks for coming on",
  );
  line(b, G_(), ": thanks for having me");
  line(
    b,
    P(host),
    ": so you joined ",
    g.company(),
    " in ",
    String(g.int(2008, 2021)),
    " right, after the ",
    g.city(),
    " office opened",
  );
  line(b, G_(), ": yeah um that's right, I was hire number ", String(g.int(8, 60)), " or so");
  line(b, P(host), ": where can people find you");
  line(b, G_(), ": I'm at ", U(url), ", or just email ", EM(g.email(gf, gl)));
};

// 17. Teams WebVTT captions with <v Name> tags (known)
const teamsVtt: Tpl = (g, b) => {
  const a = [g.first(), g.last()], c = [g.wfirst(), g.last()];
  b.known.push(`${a[0]} ${a[1]}`, `${c[0]} ${c[1]}`);
  let t = g.int(1, 30);
  const cue = (who: string[], ...parts: Part[]) => {
    const s = t;
    t += g.int(2, 8);
    const f = (x: number) =>
      `00:${String(Math.floor(x / 60)).padStart(2, "0")}:${String(x % 60).padStart(2, "0")}.${
        g.digits(3)
      }`;
    line(b, `${f(s)} --> ${f(t)}`);
    put(b, "<v ", P(`${who[0]} ${who[1]}`), ">");
    put(b, ...parts);
    line(b, "</v>");
    b.text("\n");
  };
  line(b, "WEBVTT");
  b.text("\n");
  cue(a, "Okay, I think we're recording now.");
  cue(c, "Great. Um, ", P(a[0]), ", did you get the contract from ", P(g.last()), "?");
  cue(a, "Yes, and their billing contact is ", EM(g.email(g.first(), g.last())), ".");
  cue(c, "Perfect, I'll loop in ", P(g.nick()[1]), " on our side.");
};

// 18. Discord export
const discord: Tpl = (g, b) => {
  const a = g.wfirst(), c = lc(g.anyFirst()), x = g.first();
  let pm = g.int(60, 8 * 60);
  const hd = (n: string) => {
    pm += g.int(1, 9);
    line(b, P(n), " — Today at ", `${Math.floor(pm / 60)}:${String(pm % 60).padStart(2, "0")} PM`);
  };
  hd(a);
  line(b, "@", P(c), " lmk if u still need the address for the meetup");
  hd(c);
  line(b, "ya pls");
  hd(a);
  line(b, "it's ", A(g.address(true)), ", ring ", P(x), "'s bell not mine lol");
  if (g.chance(0.5)) line(b, "or call ", PH(g.phone()));
  hd(c);
  line(b, "ty ", P(lc(a)), " 🫡");
};

// 19. Voicemail with written numbers, extension, and e-mail
const voicemailWritten: Tpl = (g, b) => {
  const f = g.nick(), l = g.last(), co = g.company();
  const from = g.phone();
  line(
    b,
    "New voicemail — ",
    P(`${f[0]} ${l}`),
    " ",
    PH(from),
    " — ",
    g.plainDate(),
    " ",
    g.time(),
  );
  put(
    b,
    "\"Hey, it's ",
    P(f[1]),
    " from ",
    co,
    ". Just following up on the ",
    g.product(),
    " renewal, the quote was ",
    g.price(),
    ". ",
  );
  put(
    b,
    "My direct line is ",
    PH(g.phone()),
    g.chance() ? ` extension ${g.int(100, 999)}` : "",
    ". ",
  );
  put(b, "Or shoot me a note at ", EM(g.email(f[0], l)), ". ");
  line(b, 'Talk soon, bye."');
};

// 20. Landlord / tenant SMS with IBAN and address
const landlord: Tpl = (g, b) => {
  const ll = g.anyFirst(), t = g.first(), tl = g.last();
  const addr = g.address();
  line(
    b,
    "[",
    "Landlord - ",
    P(ll),
    "] Hi ",
    P(t),
    ", rent for ",
    A(addr),
    " goes up to ",
    g.price(),
    " from ",
    g.plainDate(),
    ".",
  );
  line(
    b,
    "[",
    "Landlord - ",
    P(ll),
    "] Please pay into ",
    IB(g.iban()),
    ", reference ",
    `FLAT${g.int(1, 9)}`,
    ".",
  );
  line(b, "[Me] ok thanks. the boiler is still making that noise btw");
  line(
    b,
    "[",
    "Landlord - ",
    P(ll),
    "] I'll send ",
    P(g.wfirst()),
    " round ",
    g.weekday(),
    ". His number is ",
    PH(g.phone()),
  );
  if (g.chance()) line(b, "[Me] great, cheers. ", P(`${t} ${tl}`));
};

// 21. Recruiter call (diarized) with spoken and written profile URLs
const recruiter: Tpl = (g, b) => {
  const f = g.anyFirst(), l = g.last(), rec = g.first();
  const url = g.url(f, l);
  const [R, C] = g.pick([["SPEAKER_00", "SPEAKER_01"], ["Recruiter", "Candidate"], [rec, f]]);
  const lbl = (s: string) => (s === rec || s === f ? P(s) : s);
  line(b, lbl(R), ": hi is this ", P(lc(f)), "?");
  line(b, lbl(C), ": yes this is ", P(lc(f)), " speaking");
  line(
    b,
    lbl(R),
    ": great it's ",
    P(lc(rec)),
    " from ",
    g.company(),
    " we spoke on ",
    g.weekday(),
    " about the ",
    g.city(),
    " role",
  );
  line(b, lbl(C), ": oh right yeah");
  line(b, lbl(R), ": i couldn't open your profile link can you read it out");
  line(b, lbl(C), ": sure it's ", U(g.spokenUrl(url)));
  line(b, lbl(R), ": got it ", U(url), " and best number for you");
  line(b, lbl(C), ": ", PH(g.phone()));
};

// 22. IT helpdesk chat with IP addresses
const helpdesk: Tpl = (g, b) => {
  const f = g.first(), l = g.last(), agent = g.anyFirst();
  const ip = g.ip();
  line(b, "Chat started ", g.plainDate(), " ", g.time());
  line(
    b,
    P(agent),
    " (IT Support)",
    ": Hi ",
    P(f),
    ", thanks for reaching out. What seems to be the issue?",
  );
  line(
    b,
    P(`${f} ${l}`),
    ": vpn keeps dropping every 10 min, laptop tag ",
    `LT-${g.int(10000, 99999)}`,
  );
  line(
    b,
    P(agent),
    " (IT Support)",
    ": Can you tell me your public IP? whatismyip.com will show it",
  );
  line(b, P(`${f} ${l}`), ": ", IPA(ip));
  line(
    b,
    P(agent),
    " (IT Support)",
    ": Thanks. I see a block from ",
    IPA(g.ip()),
    " too, is that also you?",
  );
  line(b, P(`${f} ${l}`), ": probably my phone hotspot idk");
};

// 23. Family chat: passport renewal with DOB and passport number
const familyChat: Tpl = (g, b) => {
  const mum = g.nick(), kid = g.anyFirst(), kl = g.last();
  const kdob = g.dob(g.childDobParts());
  line(b, P(mum[1]), ": for ", P(lc(kid)), "'s passport renewal they want her old number and DOB");
  line(b, "Me: old passport is ", ID(g.passport()), " and dob ", D(kdob));
  line(b, P(mum[1]), ": and use my address? ", A(g.address()));
  line(
    b,
    "Me: yep. full name on the form is ",
    P(`${kid} ${kl}`),
    " right, not ",
    P(`${kid} ${g.wfirst()} ${kl}`),
  );
  line(
    b,
    P(mum[1]),
    ": just ",
    P(`${kid} ${kl}`),
    " 👍 appointment is ",
    g.plainDate(),
    " at ",
    g.time(),
    " in ",
    g.city(),
  );
};

// 24. Sales call with speaker mapping header (known)
const salesCall: Tpl = (g, b) => {
  const rep = [g.first(), g.last()], pro = [g.wfirst(), g.last()];
  b.known.push(`${rep[0]} ${rep[1]}`, `${pro[0]} ${pro[1]}`);
  line(
    b,
    "SPEAKER_00 = ",
    P(`${rep[0]} ${rep[1]}`),
    " (",
    g.company(),
    "), SPEAKER_01 = ",
    P(`${pro[0]} ${pro[1]}`),
  );
  line(b, "SPEAKER_00: hey ", P(lc(pro[0])), " thanks for jumping on");
  line(b, "SPEAKER_01: yeah of course [crosstalk] sorry go ahead");
  line(b, "SPEAKER_00: no you go");
  line(
    b,
    "SPEAKER_01: i was just gonna say ",
    P(lc(g.first())),
    " from procurement might join late",
  );
  line(
    b,
    "SPEAKER_00: no problem so pricing wise we're at ",
    g.price(),
    " per seat for ",
    g.product(),
  );
  line(b, "SPEAKER_01: ok can you send that to me and cc ", EM(g.email(g.first(), g.last())));
  line(b, "SPEAKER_00: sure is ", EM(g.email(pro[0], pro[1])), " still the best one for you");
  line(b, "SPEAKER_01: yep");
};

// 25. Clinic booking call with national id / SSN and spoken DOB
const clinicCall: Tpl = (g, b) => {
  const [R, C] = g.pick([["Receptionist", "Caller"], ["SPEAKER_00", "SPEAKER_01"], [
    "Speaker 1",
    "Speaker 2",
  ]]);
  const f = g.anyFirst(), l = g.last();
  const spokenId = g.chance(0.5);
  const id = g.natId();
  line(b, R, ": ", g.company(), " good morning");
  line(
    b,
    C,
    ": hi yes this is ",
    P(lc(f)),
    " ",
    P(lc(l)),
    " i need to move my appointment on ",
    g.weekday(),
  );
  line(b, R, ": no problem ", P(lc(f)), " can i take your date of birth");
  line(b, C, ": ", D(g.chance(0.6) ? g.spokenDob() : g.dob()));
  line(b, R, ": and your ", g.idLabel(), " for the insurance");
  line(b, C, ": ", ID(spokenId ? g.spokenGroups(id, " ") : id));
  line(b, R, ": lovely and is ", PH(g.phone()), " still a good number");
  line(b, C, ": yes");
  line(
    b,
    R,
    ": ok you're booked in with ",
    "dr ",
    P(lc(g.last())),
    " ",
    g.plainDate(),
    " at ",
    g.time(),
  );
};

const TEMPLATES: Tpl[] = [
  asrMeeting,
  otterTranscript,
  slackExport,
  whatsapp,
  smsThread,
  voicemailSpoken,
  teamsChat,
  ircLog,
  supportCall,
  spelledEmail,
  signoffs,
  wordNames,
  voiceMemo,
  partyChat,
  standup,
  interview,
  teamsVtt,
  discord,
  voicemailWritten,
  landlord,
  recruiter,
  helpdesk,
  familyChat,
  salesCall,
  clinicCall,
];

// ---------------------------------------------------------------------------------------------
// Annotation sanity: a PII word must not also occur in the text outside annotated spans (e.g. the
// name "Will" next to the verb "will"), since the leak check could not tell them apart.
function esc(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
export function valid(doc: Doc): boolean {
  const text = doc.text.toLowerCase();
  const mask = new Array(text.length).fill(false);
  for (const e of doc.entities) {
    if (doc.text.slice(e.start, e.end) !== e.value) return false;
    for (let i = e.start; i < e.end; i++) mask[i] = true;
  }
  const outside = (w: string) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${esc(w)}(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      if (!mask.slice(m.index!, m.index! + w.length).every(Boolean)) return true;
    }
    return false;
  };
  for (const e of doc.entities) {
    const v = e.value.toLowerCase();
    let ws: string[];
    if (e.type === "PERSON") {
      ws = (v.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => w.replace(/\.$/, ""))
        .filter((w) => w.length >= 3);
    } else if (e.type === "EMAIL") ws = [v.split("@")[0]];
    else ws = (v.match(/[0-9a-z]+/g) ?? []).filter((w) => w.length >= 4 && /[0-9]/.test(w));
    if (ws.some(outside)) return false;
  }
  return true;
}

export function docs(): Doc[] {
  const out: Doc[] = [];
  for (let i = 0; i < 300; i++) {
    const [loc, cc] = LOCS[i % LOCS.length];
    for (let attempt = 0;; attempt++) {
      const f = new Faker({ locale: [loc, en, base] });
      f.seed(4_400_000 + i * 31 + attempt * 100_003);
      const b = new DocBuilder();
      TEMPLATES[i % TEMPLATES.length](new G(f, cc), b);
      const doc = b.done();
      if (valid(doc) || attempt >= 30) {
        out.push(doc);
        break;
      }
    }
  }
  return out;
}
