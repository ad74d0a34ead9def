/**
 * Held-out-3: written before the third round of detector work and never tuned on
 * (only the aggregate bench lines are read). Other faker locales than dev,
 * held-out and held-out-2, hand-written name lists (names that are everyday
 * words, hyphenated names, transliterated names of non-Latin scripts,
 * lower-case ASR names), other layouts (e-mail headers with display names,
 * tickets, chat logs with @mentions, invoices, HR notes, CRM CSV/JSON,
 * transcripts with speaker labels) and addresses inline in sentences without
 * labels.
 */
import {
  af_ZA,
  cy,
  en_GH,
  en_NG,
  es_MX,
  fr_BE,
  fr_CA,
  fr_LU,
  hr,
  id_ID,
  lv,
  sk,
  sl_SI,
  sr_RS_latin,
  vi,
  yo_NG,
  zu_ZA,
} from "@faker-js/faker";
import { corpus, type Doc, type Draw, type Template } from "./_corpus.ts";

const LOCALES = [
  af_ZA,
  cy,
  en_GH,
  en_NG,
  es_MX,
  fr_BE,
  fr_CA,
  fr_LU,
  hr,
  id_ID,
  lv,
  sk,
  sl_SI,
  sr_RS_latin,
  vi,
  yo_NG,
  zu_ZA,
];

// Given names and surnames that are also everyday English words.
const WORD_FIRST = [
  "Rose",
  "Grace",
  "Hunter",
  "Faith",
  "Joy",
  "Dawn",
  "Summer",
  "Sunny",
  "Frank",
  "Rich",
  "Ivy",
  "Hope",
  "Chase",
  "Crystal",
  "Storm",
  "Autumn",
];
const WORD_LAST = [
  "Baker",
  "Cook",
  "Field",
  "Green",
  "Young",
  "Stone",
  "Marsh",
  "Wood",
  "Church",
  "Shore",
  "Mason",
  "Carpenter",
  "Fisher",
  "Bishop",
  "Steel",
  "Brook",
  "Knight",
  "Price",
];
// Transliterated names of non-Latin scripts (Cyrillic, Greek, Arabic, Hebrew, Devanagari,
// Chinese, Japanese, Korean, Thai, Georgian, Armenian).
const TRANSLIT_FIRST = [
  "Dmitri",
  "Yekaterina",
  "Oleksandr",
  "Svitlana",
  "Nikolaos",
  "Eleftheria",
  "Yusuf",
  "Layla",
  "Mustafa",
  "Noa",
  "Yitzhak",
  "Aarav",
  "Priyanka",
  "Venkatesh",
  "Xiaoming",
  "Mingyu",
  "Haruto",
  "Yui",
  "Ji-woo",
  "Seo-yeon",
  "Somchai",
  "Nino",
  "Levan",
  "Arman",
  "Anahit",
];
const TRANSLIT_LAST = [
  "Volkov",
  "Shevchenko",
  "Kuznetsova",
  "Papadopoulos",
  "Karagiannis",
  "Al-Haddad",
  "Haddad",
  "Ben-David",
  "Mizrahi",
  "Chaturvedi",
  "Raghunathan",
  "Zhang",
  "Xu",
  "Takahashi",
  "Watanabe",
  "Park",
  "Choi",
  "Srisai",
  "Beridze",
  "Hovhannisyan",
  "Abdelrahman",
];
const HYPHEN_FIRST = ["Anne-Sophie", "Jean-Baptiste", "Marie-Claire", "Hans-Peter", "Eun-ji"];
const HYPHEN_LAST = [
  "Delacroix-Martin",
  "Smith-Oduya",
  "García-Llorente",
  "Nowak-Pietrzak",
  "Okafor-Bright",
];

interface Person {
  first: string;
  last: string;
}

function person(d: Draw): Person {
  const r = d.f.number.int({ min: 0, max: 9 });
  if (r <= 3) return { first: d.first(), last: d.last() };
  if (r <= 5) return { first: d.pick(TRANSLIT_FIRST), last: d.pick(TRANSLIT_LAST) };
  if (r <= 7) return { first: d.pick(WORD_FIRST), last: d.pick(WORD_LAST) };
  if (r === 8) return { first: d.pick(HYPHEN_FIRST), last: d.pick(HYPHEN_LAST) };
  return { first: d.first(), last: d.pick(HYPHEN_LAST) };
}

const full = (p: Person) => `${p.first} ${p.last}`;

// Hand-written street forms of many countries; `n` is a house number.
const STREETS: ((d: Draw, n: number) => string)[] = [
  (d, n) => `${n} ${d.f.location.street()}`,
  (_d, n) => `${n} Wren Close`,
  (_d, n) => `Calle de la Amargura ${n}`,
  (_d, n) => `Avenida Insurgentes Sur ${n}`,
  (_d, n) => `Ilica ${n}`,
  (_d, n) => `Jalan Sudirman No. ${n}`,
  (_d, n) => `Brīvības iela ${n}`,
  (_d, n) => `Hlavná ${n}`,
  (_d, n) => `Slovenska cesta ${n}`,
  (_d, n) => `${n} rue des Lilas`,
  (_d, n) => `Boulevard Saint-Laurent ${n}`,
  (_d, n) => `Chaussée de Wavre ${n}`,
  (_d, n) => `${n} Kerk Street`,
  (_d, n) => `Đường Lê Lợi ${n}`,
  (_d, n) => `Knez Mihailova ${n}`,
  (_d, n) => `${n} Heol y Deri`,
  (_d, n) => `Plot ${n} Adeola Odeku Street`,
];

function street(d: Draw): string {
  return d.pick(STREETS)(d, d.f.number.int({ min: 1, max: 480 }));
}

function townLine(d: Draw): string {
  return `${d.f.location.zipCode()} ${d.f.location.city()}`;
}

function mail(d: Draw, p: Person): string {
  const ascii = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  const domain = d.pick(["example.com", "example.org", "mail.example.net", "corp.example"]);
  return d.pick([
    `${ascii(p.first)}.${ascii(p.last)}@${domain}`,
    `${ascii(p.first)[0]}${ascii(p.last)}@${domain}`,
    `${ascii(p.last)}.${ascii(p.first)}@${domain}`,
  ]);
}

const emailThread: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text('From: "').ent("PERSON", full(a)).text('" <').ent("EMAIL", mail(d, a)).text(">\nTo: ")
    .ent("PERSON", full(c)).text(" <").ent("EMAIL", mail(d, c)).text(">\nSubject: site visit\n\n")
    .text("Hi ").ent("PERSON", c.first).text(",\n\nThe technician can come to ")
    .ent("ADDRESS", street(d)).text(" on Thursday morning. If nobody answers the door, ring ")
    .ent("PHONE", d.phone()).text(".\n\nThanks,\n").ent("PERSON", a.first).text("\n");
};

const meetingNotes: Template = (d, b) => {
  const [a, c, e] = [person(d), person(d), person(d)];
  b.known.push(full(a));
  b.text("Weekly sync, notes\nPresent: ").ent("PERSON", full(a)).text(", ").ent("PERSON", full(c))
    .text(", ").ent("PERSON", full(e)).text(" (guest)\n\n");
  b.text("- ").ent("PERSON", c.first).text(" walked through the churn numbers.\n");
  b.text("- ").ent("PERSON", e.last).text(" to send the draft to ").ent("PERSON", a.first)
    .text(" by Friday.\n");
  b.text("- Next session at the Lisbon office, hosted by ").ent("PERSON", full(c)).text(".\n");
};

const ticket: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text(`Ticket #${d.f.number.int({ min: 10000, max: 99999 })}\nRequester: `)
    .ent("PERSON", full(a)).text("\nAssignee: ").ent("PERSON", full(c)).text("\nStatus: open\n\n")
    .text("Customer reports the router at ").ent("IP", d.ip())
    .text(" drops every hour. Customer site: ").ent("ADDRESS", street(d)).text(", ")
    .text(townLine(d)).text(".\n").ent("PERSON", c.first)
    .text(" asked for a callback on ").ent("PHONE", d.phone()).text(".\n");
};

const chatLog: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  const handle = (p: Person) =>
    p.first.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "");
  b.text("[09:14] ").ent("PERSON", handle(a)).text(": morning! @").ent("PERSON", handle(c))
    .text(" did the parcel arrive?\n");
  b.text("[09:16] ").ent("PERSON", handle(c)).text(": not yet, it is going to ")
    .ent("ADDRESS", street(d)).text(" right?\n");
  b.text("[09:17] ").ent("PERSON", handle(a)).text(": yes, and the card ending ")
    .ent("CARD", d.card()).text(" was charged twice\n");
};

const invoice: Template = (d, b) => {
  const a = person(d);
  b.text(
    `INVOICE ${d.f.number.int({ min: 1000, max: 9999 })}/${d.f.number.int({ min: 20, max: 26 })}\n`,
  )
    .text("Billed to:\n").ent("PERSON", full(a)).text("\n").ent("ADDRESS", street(d)).text("\n")
    .text(townLine(d)).text("\n\nAmount due: 1 240,00 EUR\nPay to IBAN ").ent("IBAN", d.iban())
    .text("\nQuestions: ").ent("EMAIL", mail(d, a)).text("\n");
};

const hrNote: Template = (d, b) => {
  const [a, m] = [person(d), person(d)];
  b.text("Confidential. Review of ").ent("PERSON", full(a)).text(", manager ")
    .ent("PERSON", full(m)).text(".\n").ent("PERSON", a.last)
    .text("'s onboarding went well; the relocation allowance covers the flat at ")
    .ent("ADDRESS", street(d)).text(". Date of birth: ").ent("DATE", d.dob())
    .text(". National insurance on file. ").ent("PERSON", m.first)
    .text(" recommends a raise.\n");
};

const crmCsv: Template = (d, b) => {
  b.text("id,full_name,email,phone,owner\n");
  for (let i = 0; i < 3; i++) {
    const [a, o] = [person(d), person(d)];
    b.text(`${d.f.number.int({ min: 100, max: 999 })},`).ent("PERSON", full(a)).text(",")
      .ent("EMAIL", mail(d, a)).text(",").ent("PHONE", d.phone()).text(",")
      .ent("PERSON", full(o)).text("\n");
  }
};

const crmJson: Template = (d, b) => {
  const [a, o] = [person(d), person(d)];
  b.text('{"contact": "').ent("PERSON", full(a)).text('", "account_owner": "')
    .ent("PERSON", full(o)).text('", "site": "').ent("URL", d.url())
    .text('", "shipping": "').ent("ADDRESS", street(d)).text(`, ${townLine(d)}", "tier": "gold"}`)
    .text("\n");
};

const transcript: Template = (d, b) => {
  const [a, c, t] = [person(d), person(d), person(d)];
  const lc = (s: string) => s.toLowerCase();
  b.text("Speaker 1 (").ent("PERSON", full(a)).text("): okay so i spoke with ")
    .ent("PERSON", `${lc(t.first)} ${lc(t.last)}`).text(" yesterday about the contract\n");
  b.text("Speaker 2 (").ent("PERSON", full(c)).text("): right and ").ent("PERSON", lc(t.first))
    .text(" still wants the meeting at ").ent("ADDRESS", lc(street(d))).text("\n");
  b.text("Speaker 1: yeah i told ").ent("PERSON", lc(c.first))
    .text(" we would call back at two\n");
};

const delivery: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("Driver note: leave the boxes with ").ent("PERSON", full(a)).text(" at ")
    .ent("ADDRESS", street(d)).text(", ").text(townLine(d))
    .text(", and the spare keys with her neighbour ").ent("PERSON", c.first)
    .text(" next door. Tracking: ").ent("URL", d.url()).text("\n");
};

/** The held-out-3 templates. */
const TEMPLATES: Template[] = [
  emailThread,
  meetingNotes,
  ticket,
  chatLog,
  invoice,
  hrNote,
  crmCsv,
  crmJson,
  transcript,
  delivery,
];

/** `n` held-out-3 documents from `seed`. */
export function heldout3Corpus(n: number, seed = 271_828): Doc[] {
  return corpus(TEMPLATES, LOCALES, n, seed);
}
