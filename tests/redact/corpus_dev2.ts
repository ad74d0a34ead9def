/**
 * Dev-2: a second corpus the detector may be tuned against, written for the
 * fifth round of detector work. It aims at what the first dev corpus lacks:
 * given names and surnames that are everyday words ("Bill Hunter", "Mercy
 * Gold"), names of many origins written in Latin letters, lower-case
 * transcribed names, street addresses inline in sentences without a label in
 * a dozen countries' forms, and phone numbers in national formats without a
 * label. The lists here are hand-written and differ from those of the
 * held-out corpora.
 */
import { es, it, nl, pl, pt_BR, sv } from "@faker-js/faker";
import { corpus, type Doc, type Draw, type Template } from "./_corpus.ts";

const LOCALES = [es, it, nl, pl, pt_BR, sv];

const WORD_FIRST = [
  "Bill",
  "Jack",
  "Mark",
  "Will",
  "Pat",
  "Drew",
  "Miles",
  "Lance",
  "Cliff",
  "Grant",
  "Dean",
  "Wade",
  "Lily",
  "Daisy",
  "Iris",
  "Ruby",
  "Amber",
  "Pearl",
  "Holly",
  "Willow",
  "River",
  "Mercy",
  "Honor",
  "Destiny",
  "Harmony",
  "Precious",
  "Bliss",
];
const WORD_LAST = [
  "Hill",
  "Brown",
  "White",
  "Black",
  "Little",
  "Long",
  "Fox",
  "Wolf",
  "Bird",
  "Lamb",
  "Bell",
  "Hall",
  "Ford",
  "Hunter",
  "Turner",
  "Walker",
  "Hunt",
  "Rice",
  "Sharp",
  "Strong",
  "Moody",
  "Gold",
  "Silver",
  "Frost",
  "Snow",
  "Rivers",
  "Banks",
  "Lake",
  "Bush",
  "Sparrow",
  "Glass",
  "Castle",
];
// Names of many origins in Latin letters: Arabic, Persian, Turkish, South Asian, Chinese,
// Korean, Japanese, Russian/Ukrainian, Greek, West/East/Southern African, Filipino, Pacific.
const WORLD_FIRST = [
  "Abdullah",
  "Fatima",
  "Khadija",
  "Reza",
  "Shirin",
  "Emre",
  "Elif",
  "Arjun",
  "Sunita",
  "Rahul",
  "Meera",
  "Wei",
  "Jing",
  "Hyun-woo",
  "Min-ji",
  "Takeshi",
  "Sakura",
  "Sergei",
  "Anastasia",
  "Taras",
  "Dimitris",
  "Kwame",
  "Chiamaka",
  "Thabo",
  "Wanjiru",
  "Tendai",
  "Jomo",
  "Maricel",
  "Tavita",
];
const WORLD_LAST = [
  "Al-Farsi",
  "Rahimi",
  "Tehrani",
  "Yilmaz",
  "Demir",
  "Iyer",
  "Banerjee",
  "Krishnan",
  "Deshpande",
  "Liu",
  "Huang",
  "Kang",
  "Yoon",
  "Nakamura",
  "Kobayashi",
  "Ivanova",
  "Petrenko",
  "Sokolov",
  "Georgiou",
  "Mensah",
  "Nwosu",
  "Mahlangu",
  "Kamau",
  "Moyo",
  "Odhiambo",
  "Dela Cruz",
  "Fonoti",
];

interface Person {
  first: string;
  last: string;
}

function person(d: Draw): Person {
  const r = d.f.number.int({ min: 0, max: 5 });
  if (r <= 1) return { first: d.first(), last: d.last() };
  if (r <= 3) return { first: d.pick(WORD_FIRST), last: d.pick(WORD_LAST) };
  return { first: d.pick(WORLD_FIRST), last: d.pick(WORLD_LAST) };
}

const full = (p: Person) => `${p.first} ${p.last}`;
const low = (s: string) => s.toLowerCase();

// Street forms of many countries, written inline; `n` is a house number.
const STREETS: ((d: Draw, n: number) => string)[] = [
  (d, n) => `${n} ${d.f.location.street()}`,
  (d) => d.f.location.streetAddress(),
  (_d, n) => `${n} Juniper Drive`,
  (_d, n) => `${n} Old Mill Lane`,
  (_d, n) => `Via dei Mille ${n}`,
  (_d, n) => `Piazza Garibaldi ${n}`,
  (_d, n) => `Rua das Flores ${n}`,
  (_d, n) => `Avenida Paulista ${n}`,
  (_d, n) => `Calle Mayor ${n}`,
  (_d, n) => `Paseo de Gracia ${n}`,
  (_d, n) => `Keizersgracht ${n}`,
  (_d, n) => `Dorpsstraat ${n}`,
  (_d, n) => `ul. Marszałkowska ${n}`,
  (_d, n) => `ulica Długa ${n}`,
  (_d, n) => `Drottninggatan ${n}`,
  (_d, n) => `Storgatan ${n}`,
  (_d, n) => `Lindenallee ${n}`,
  (_d, n) => `Am Markt ${n}`,
  (_d, n) => `${n} avenue Jean Jaurès`,
  (_d, n) => `${n}, chemin des Vignes`,
  (_d, n) => `Flat ${n}, Rosebank Court`,
  (_d, n) => `${n} Nkrumah Road`,
  (_d, n) => `Jalan Merdeka ${n}`,
];

function street(d: Draw): string {
  return d.pick(STREETS)(d, d.f.number.int({ min: 1, max: 350 }));
}

// National phone formats, written as people type them.
const PHONES: ((d: Draw) => string)[] = [
  (d) => d.phone(),
  (d) => `07${d.f.string.numeric(3)} ${d.f.string.numeric(6)}`,
  (d) =>
    `06 ${d.f.string.numeric(2)} ${d.f.string.numeric(2)} ${d.f.string.numeric(2)} ${
      d.f.string.numeric(2)
    }`,
  (d) => `0${d.f.string.numeric(2)} ${d.f.string.numeric(3)} ${d.f.string.numeric(4)}`,
  (d) => `+39 3${d.f.string.numeric(2)} ${d.f.string.numeric(3)} ${d.f.string.numeric(4)}`,
  (d) => `(0${d.f.string.numeric(2)}) ${d.f.string.numeric(4)} ${d.f.string.numeric(4)}`,
  (d) => `+48 ${d.f.string.numeric(3)}-${d.f.string.numeric(3)}-${d.f.string.numeric(3)}`,
  (d) => `04${d.f.string.numeric(2)} ${d.f.string.numeric(3)} ${d.f.string.numeric(3)}`,
];

const phone = (d: Draw) => d.pick(PHONES)(d);

const neighbours: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("Quick update from the housing association. ").ent("PERSON", full(a))
    .text(" has moved out of the ground-floor flat and now lives at ").ent("ADDRESS", street(d))
    .text(" with her sister. The new tenant, ").ent("PERSON", full(c))
    .text(", starts on the first of the month; ").ent("PERSON", c.first)
    .text(" can be reached on ").ent("PHONE", phone(d)).text(" in the evenings.\n");
};

const voiceNote: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("voice note transcript: hey it's ").ent("PERSON", low(a.first))
    .text(" um just calling about the delivery for ").ent("PERSON", low(full(c)))
    .text(" it should go to ").ent("ADDRESS", low(street(d)))
    .text(" not the office and if there's a problem call me back on ").ent("PHONE", phone(d))
    .text(" thanks bye\n");
};

const thankYou: Template = (d, b) => {
  const [a, c, e] = [person(d), person(d), person(d)];
  b.text("Dear all,\n\nA big thank you to ").ent("PERSON", full(a)).text(" and ")
    .ent("PERSON", full(c)).text(" for running the open day. ").ent("PERSON", a.last)
    .text(" handled the bookings and ").ent("PERSON", c.first)
    .text(" looked after the visitors. Flowers are on their way to ").ent("PERSON", full(e))
    .text(" as well.\n\nWarm wishes,\n").ent("PERSON", full(c)).text("\n");
};

const claim: Template = (d, b) => {
  const a = person(d);
  b.text("Claim summary: the policy holder ").ent("PERSON", full(a))
    .text(" reported water damage at ").ent("ADDRESS", street(d))
    .text(" on Sunday night. The adjuster spoke to Mr ").ent("PERSON", a.last)
    .text(" by phone (").ent("PHONE", phone(d)).text(") and will visit on Tuesday.\n");
};

const minutes: Template = (d, b) => {
  const [a, c, e] = [person(d), person(d), person(d)];
  b.text("Board minutes\n\n").ent("PERSON", full(a)).text(" opened the meeting at 7pm. ")
    .ent("PERSON", full(c)).text(" presented the accounts and ").ent("PERSON", e.first)
    .text(" ").ent("PERSON", e.last).text(" raised the roof repair again. ")
    .ent("PERSON", c.first).text(" will collect quotes; ").ent("PERSON", a.first)
    .text(" thanked everyone.\n");
};

const sms: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("hi its ").ent("PERSON", a.first).text(", new number is ").ent("PHONE", phone(d))
    .text(". ").ent("PERSON", c.first).text(" says the party is at ").ent("ADDRESS", street(d))
    .text(" on saturday x\n");
};

const mailOf = (d: Draw, p: Person) => {
  const ascii = (x: string) =>
    x.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z]/g, "");
  return `${ascii(p.first)}.${ascii(p.last)}@${
    d.pick(["example.com", "example.net", "corp.example"])
  }`;
};

const signature: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("From: ").ent("PERSON", full(a)).text(" <").ent("EMAIL", mailOf(d, a)).text(">\nTo: ")
    .ent("EMAIL", mailOf(d, c)).text("\nSubject: Re: lease renewal\n\nHello ").ent(
      "PERSON",
      c.first,
    )
    .text(" and team,\n\nAttached is the signed copy. ").ent("PERSON", full(c))
    .text(" from your side still needs to initial page 3.\n\n--\n").ent("PERSON", full(a))
    .text(" | Office Manager\nMobile ").ent("PHONE", phone(d)).text("\n").ent("ADDRESS", street(d))
    .text("\n");
};

const slack: Template = (d, b) => {
  const [a, c, e] = [person(d), person(d), person(d)];
  const handle = (p: Person) =>
    p.first.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "").replace(/[^a-z]/g, "");
  b.text("#support  [10:02] ").ent("PERSON", handle(a)).text(": can someone ping @")
    .ent("PERSON", handle(c)).text(" about the refund for ").ent("PERSON", full(e)).text("?\n")
    .text("[10:05] ").ent("PERSON", handle(c)).text(": on it, ").ent("PERSON", e.first)
    .text(" already emailed ").ent("EMAIL", mailOf(d, e)).text("\n");
};

const hrTable: Template = (d, b) => {
  const rows = [person(d), person(d), person(d)];
  b.text("| Employee | Start | Manager |\n| --- | --- | --- |\n");
  for (const r of rows) {
    const m = person(d);
    b.text("| ").ent("PERSON", full(r)).text(" | 2026-0").text(
      String(d.f.number.int({ min: 1, max: 9 })),
    )
      .text("-01 | ").ent("PERSON", full(m)).text(" |\n");
  }
};

const brief: Template = (d, b) => {
  const [a, c] = [person(d), person(d)];
  b.text("Sehr geehrte Frau ").ent("PERSON", a.last).text(
    ",\n\nvielen Dank für Ihr Schreiben. Herr ",
  )
    .ent("PERSON", c.last).text(" wird Sie unter ").ent("PHONE", phone(d))
    .text(" zurückrufen.\n\nMit freundlichen Grüßen\n").ent("PERSON", full(c)).text("\n");
};

/** The dev-2 templates. */
const TEMPLATES: Template[] = [
  neighbours,
  voiceNote,
  thankYou,
  claim,
  minutes,
  sms,
  signature,
  slack,
  hrTable,
  brief,
];

/** `n` dev-2 documents from `seed`. */
export function dev2Corpus(n: number, seed = 4_000): Doc[] {
  return corpus(TEMPLATES, LOCALES, n, seed);
}
