/**
 * Held-out-5: written by a separate engineer at the end of the fifth round of
 * detector work, without reading the detector or the other corpora's
 * templates, and measured once for the release notes; never tuned on (only
 * the aggregate bench lines are read). Faker locales no other corpus uses
 * (eo, el, ru, uk, mk: the last four give names in their own scripts, for a
 * small share of people) plus hand-written given names and surnames of about
 * thirty cultures (particles, apostrophes, compound surnames, names that are
 * everyday words); hand-written national formats of phones, street addresses,
 * dates of birth, checksummed national ids and mod-97 IBANs for Ireland,
 * Austria, Switzerland, Belgium, Denmark, Norway, Finland, Czechia, Greece,
 * Romania, Canada, Australia, India, South Africa, Mexico and Brazil, plus
 * the US/UK and eight more European countries for documents in their own
 * languages. Layouts: e-mail threads with quoted replies and signatures,
 * minutes, ASR call and voice-note transcripts, tickets, chat exports, HR and
 * recruiting notes, appointment reminders, school, landlord, legal and
 * insurance letters, shipping notes, invoices, calendar invites,
 * CSV/JSON/YAML/markdown exports, logs and code.
 *
 * Labelling rules: PERSON spans are the name only (no title, no possessive
 * `'s`); ADDRESS spans are the street line (house number, street, unit), not
 * the postcode or city on their own; DATE spans are dates of birth only;
 * ID spans are national ids whose format is well defined. A document where a
 * perfect redactor would still be scored as leaking (a name word or a digit
 * group that also occurs outside the entity spans) is drawn again, so the
 * bench's leak count measures the detector, not the corpus.
 * Frozen: change the detector, not this file.
 */
import { el, eo, mk, ru, uk } from "@faker-js/faker";
import { type Doc, DocBuilder, type Draw, draw, type Template } from "./_corpus.ts";

/** Faker locales of held-out-5 (none is used by any other corpus). */
export const HELDOUT5_LOCALES = [eo, el, ru, uk, mk];

// ---------------------------------------------------------------------------
// Small random helpers: every choice goes through the document's seeded faker.

const int = (d: Draw, min: number, max: number) => d.f.number.int({ min, max });
const chance = (d: Draw, p: number) => d.f.datatype.boolean({ probability: p });
const digits = (d: Draw, n: number) => d.f.string.numeric({ length: n, allowLeadingZeros: true });
/** `#` becomes a digit, `?` an upper-case letter. */
const fill = (d: Draw, fmt: string) => d.f.helpers.replaceSymbols(fmt);
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

// ---------------------------------------------------------------------------
// Names. Hand-written lists, grouped by culture; romanised where the culture
// writes in another script.

const CULTURES: Record<string, { given: string[]; family: string[] }> = {
  ie: {
    given: [
      "Siobhán",
      "Niamh",
      "Cian",
      "Oisín",
      "Aoife",
      "Ciarán",
      "Saoirse",
      "Donnacha",
      "Clodagh",
      "Pádraig",
      "Róisín",
      "Eoghan",
    ],
    family: [
      "O'Sullivan",
      "Ní Bhriain",
      "Gallagher",
      "Mac Cárthaigh",
      "Byrne",
      "Ó Conaill",
      "Fitzgerald",
      "Kavanagh",
      "Mulcahy",
      "Doherty",
    ],
  },
  at: {
    given: [
      "Lukas",
      "Leonie",
      "Florian",
      "Magdalena",
      "Reto",
      "Ursula",
      "Valentin",
      "Annemarie",
      "Jakob",
      "Seraina",
      "Urs",
      "Theresia",
    ],
    family: [
      "Gruber",
      "Huber",
      "Steiner",
      "Brunner",
      "Moser",
      "Pichler",
      "Bachmann",
      "Zürcher",
      "Egger",
      "Hofstetter",
      "Wyss",
      "Aigner",
    ],
  },
  be: {
    given: [
      "Wout",
      "Lotte",
      "Jens",
      "Fien",
      "Gauthier",
      "Amandine",
      "Thibault",
      "Elke",
      "Brecht",
      "Nathalie",
      "Lieven",
      "Océane",
    ],
    family: [
      "Peeters",
      "Janssens",
      "Vandenbroucke",
      "Dubois",
      "Claes",
      "Lambrecht",
      "Wouters",
      "Desmet",
      "Goossens",
      "Lejeune",
      "Verhaegen",
      "Mertens",
    ],
  },
  nordic: {
    given: [
      "Mette",
      "Søren",
      "Frederikke",
      "Ingrid",
      "Håkon",
      "Sigrid",
      "Aino",
      "Juha",
      "Eetu",
      "Tuulikki",
      "Bjørn",
      "Astrid",
      "Oskari",
      "Ragnhild",
    ],
    family: [
      "Jørgensen",
      "Kristensen",
      "Haugen",
      "Bakken",
      "Virtanen",
      "Korhonen",
      "Mäkinen",
      "Lindqvist",
      "Østergaard",
      "Solberg",
      "Heikkinen",
      "Rasmussen",
    ],
  },
  cz: {
    given: [
      "Jiří",
      "Tereza",
      "Lucie",
      "Ondřej",
      "Kateřina",
      "Vojtěch",
      "Zdeňka",
      "Radek",
      "Markéta",
      "Přemysl",
    ],
    family: [
      "Dvořák",
      "Nováková",
      "Procházka",
      "Černý",
      "Svobodová",
      "Kučera",
      "Horáková",
      "Veselý",
      "Marek",
      "Pokorná",
    ],
  },
  gr: {
    given: [
      "Georgios",
      "Eleni",
      "Dimitra",
      "Konstantinos",
      "Vasiliki",
      "Panagiotis",
      "Despina",
      "Stavros",
      "Theodora",
      "Evangelos",
    ],
    family: [
      "Papadopoulos",
      "Karagiannis",
      "Oikonomou",
      "Vlachou",
      "Papadaki",
      "Georgiou",
      "Tsakiris",
      "Antoniou",
      "Kyriakidis",
      "Makri",
    ],
  },
  ro: {
    given: [
      "Ioana",
      "Andrei",
      "Mihai",
      "Raluca",
      "Bogdan",
      "Anca",
      "Cătălin",
      "Smaranda",
      "Ionuț",
      "Daciana",
    ],
    family: [
      "Popescu",
      "Ionescu",
      "Stănescu",
      "Dumitrescu",
      "Constantin",
      "Munteanu",
      "Țurcanu",
      "Marinescu",
      "Vlăduț",
      "Bălan",
    ],
  },
  qc: {
    given: [
      "Geneviève",
      "Maxime",
      "Marc-André",
      "Josée",
      "Étienne",
      "Mélodie",
      "Jean-François",
      "Anne-Sophie",
      "Rémi",
      "Sylvie",
    ],
    family: [
      "Tremblay",
      "Gagnon",
      "Bouchard",
      "Côté",
      "Bergeron",
      "Lévesque",
      "Pelletier",
      "Thibodeau",
      "Gauthier",
      "Ouellet",
    ],
  },
  anglo: {
    given: [
      "Olivia",
      "Harrison",
      "Chloe",
      "Declan",
      "Madison",
      "Brody",
      "Kaitlyn",
      "Tyler",
      "Imogen",
      "Lachlan",
      "Brianna",
      "Fraser",
      "Tamsin",
      "Dwayne",
    ],
    family: [
      "Henderson",
      "Whitfield",
      "McAllister",
      "Thornton",
      "Pemberton",
      "Okonkwo-Smith",
      "Galloway",
      "Ashworth",
      "Donnelly",
      "Kowalczyk",
      "Redmond",
      "Stirling",
    ],
  },
  in: {
    given: [
      "Priya",
      "Arjun",
      "Aditi",
      "Venkatesh",
      "Lakshmi",
      "Rohan",
      "Ananya",
      "Sandeep",
      "Kavitha",
      "Harpreet",
      "Nikhil",
      "Meenakshi",
    ],
    family: [
      "Iyer",
      "Chatterjee",
      "Reddy",
      "Nair",
      "Deshpande",
      "Banerjee",
      "Subramanian",
      "Gill",
      "Kulkarni",
      "Menon",
      "Bhattacharya",
      "Sandhu",
    ],
  },
  za: {
    given: [
      "Thandiwe",
      "Sipho",
      "Lerato",
      "Pieter",
      "Anneke",
      "Themba",
      "Nomvula",
      "Kagiso",
      "Zanele",
      "Riaan",
      "Mpho",
      "Lindiwe",
    ],
    family: [
      "Nkosi",
      "Dlamini",
      "van der Merwe",
      "Botha",
      "Mokoena",
      "Khumalo",
      "Pretorius",
      "Ndlovu",
      "Mahlangu",
      "du Plessis",
      "Sithole",
      "Venter",
    ],
  },
  mx: {
    given: [
      "Ximena",
      "Guadalupe",
      "Jesús",
      "Itzel",
      "Alejandro",
      "María José",
      "Emiliano",
      "Citlali",
      "Juan Pablo",
      "Renata",
    ],
    family: [
      "Hernández López",
      "Ramírez",
      "Gutiérrez",
      "Cruz Villanueva",
      "Mendoza",
      "Flores",
      "Zamora",
      "Orozco",
      "Reyes Castañeda",
      "Domínguez",
    ],
  },
  br: {
    given: [
      "João Pedro",
      "Thaís",
      "Gustavo",
      "Luana",
      "Caio",
      "Letícia",
      "Rafael",
      "Bruna",
      "Vinícius",
      "Camila",
    ],
    family: [
      "da Silva",
      "Gonçalves",
      "Oliveira",
      "Santos",
      "Carvalho",
      "Nascimento",
      "Ferreira",
      "de Souza",
      "Araújo",
      "Barbosa",
    ],
  },
  ng: {
    given: ["Chiamaka", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Ngozi", "Babajide"],
    family: ["Adeyemi", "Okafor", "Eze", "Balogun", "Nwosu", "Olatunji", "Chukwu", "Afolabi"],
  },
  east_asia: {
    given: [
      "Wei",
      "Xiaoling",
      "Haruto",
      "Yui",
      "Ji-woo",
      "Min-jun",
      "Thu Trang",
      "Minh",
      "Sakura",
      "Jun",
      "Hyun-woo",
      "Mei",
    ],
    family: [
      "Zhang",
      "Liu",
      "Takahashi",
      "Watanabe",
      "Park",
      "Choi",
      "Nguyễn",
      "Trần",
      "Huang",
      "Yamamoto",
      "Kim",
      "Phạm",
    ],
  },
  arab: {
    given: [
      "Youssef",
      "Fatima",
      "Omar",
      "Layla",
      "Karim",
      "Nour",
      "Hamza",
      "Yasmin",
      "Tariq",
      "Rania",
    ],
    family: [
      "El-Sayed",
      "Haddad",
      "Al-Farsi",
      "Mansour",
      "Khoury",
      "Benali",
      "Nasser",
      "Abboud",
      "El Amrani",
      "Saleh",
    ],
  },
  // Given names and surnames that are also everyday English words.
  word: {
    given: [
      "Hope",
      "Joy",
      "Faith",
      "Rose",
      "Amber",
      "Grace",
      "Will",
      "Mark",
      "Bill",
      "Summer",
      "June",
      "Dawn",
      "Hunter",
      "Chase",
      "Sky",
      "Rich",
      "Victor",
      "Ivy",
      "Dusty",
      "Sunny",
    ],
    family: [
      "Baker",
      "Cook",
      "Mason",
      "Fisher",
      "Walker",
      "Long",
      "Young",
      "Green",
      "Little",
      "Bird",
      "Lamb",
      "Frost",
      "Winter",
      "Hill",
      "Wood",
      "Best",
      "Bell",
      "Sharp",
      "Strong",
      "Moody",
      "Street",
      "Price",
    ],
  },
  de: {
    given: [
      "Jannik",
      "Merle",
      "Torben",
      "Wiebke",
      "Henrike",
      "Malte",
      "Gesa",
      "Kai-Uwe",
      "Almut",
      "Detlef",
    ],
    family: [
      "Schröder",
      "Hoffmann",
      "Krüger",
      "Lehmann",
      "Schulze",
      "Wagner",
      "Böttcher",
      "Kühn",
      "Ziegler",
      "Brandt",
    ],
  },
  fr: {
    given: [
      "Maëlle",
      "Timothée",
      "Clémence",
      "Baptiste",
      "Solène",
      "Quentin",
      "Apolline",
      "Loïc",
      "Bérénice",
      "Yannick",
    ],
    family: [
      "Lefebvre",
      "Moreau",
      "Girard",
      "Faure",
      "Rousseau",
      "Mercier",
      "Blanchard",
      "Chevalier",
      "Perrin",
      "Roussel",
    ],
  },
  es: {
    given: [
      "Lucía",
      "Álvaro",
      "Nerea",
      "Íñigo",
      "Macarena",
      "Sergio",
      "Ainhoa",
      "Rocío",
      "Jordi",
      "Begoña",
    ],
    family: [
      "García Pérez",
      "Navarro",
      "Iglesias",
      "Sáez",
      "Ruiz de la Fuente",
      "Ortega",
      "Castillo",
      "Vidal",
      "Garrido",
      "Morales",
    ],
  },
  it: {
    given: [
      "Giulia",
      "Lorenzo",
      "Chiara",
      "Matteo",
      "Federica",
      "Alessio",
      "Martina",
      "Niccolò",
      "Ilaria",
      "Davide",
    ],
    family: [
      "Rossi",
      "Esposito",
      "Bianchi",
      "Colombo",
      "Ricci",
      "Marino",
      "Greco",
      "Bruno",
      "Galli",
      "Conti",
    ],
  },
  nl: {
    given: [
      "Sanne",
      "Joost",
      "Femke",
      "Thijs",
      "Marieke",
      "Bram",
      "Anouk",
      "Sjoerd",
      "Lieke",
      "Maarten",
    ],
    family: [
      "de Vries",
      "Jansen",
      "Bakker",
      "Visser",
      "Smit",
      "Meijer",
      "de Boer",
      "Mulder",
      "Bos",
      "Dekker",
    ],
  },
  pt: {
    given: [
      "Inês",
      "Tiago",
      "Beatriz",
      "Duarte",
      "Leonor",
      "Rodrigo",
      "Matilde",
      "Gonçalo",
      "Carolina",
      "Afonso",
    ],
    family: [
      "Ferreira",
      "Pereira",
      "Costa",
      "Rodrigues",
      "Martins",
      "Sousa",
      "Lopes",
      "Marques",
      "Almeida",
      "Ribeiro",
    ],
  },
  pl: {
    given: [
      "Zofia",
      "Krzysztof",
      "Agnieszka",
      "Paweł",
      "Małgorzata",
      "Wojciech",
      "Katarzyna",
      "Grzegorz",
      "Joanna",
      "Łukasz",
    ],
    family: [
      "Nowak",
      "Wiśniewska",
      "Kowalski",
      "Wójcik",
      "Kamińska",
      "Lewandowski",
      "Zielińska",
      "Szymański",
      "Woźniak",
      "Dąbrowska",
    ],
  },
  se: {
    given: [
      "Elsa",
      "Viktor",
      "Linnea",
      "Axel",
      "Maja",
      "Gustav",
      "Saga",
      "Ludvig",
      "Ebba",
      "Hampus",
    ],
    family: [
      "Andersson",
      "Johansson",
      "Karlsson",
      "Nilsson",
      "Eriksson",
      "Lindberg",
      "Holm",
      "Sjöberg",
      "Bergström",
      "Lundgren",
    ],
  },
};

const TITLES: Record<string, string[]> = {
  en: ["Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Mr", "Ms", "Dr"],
  de: ["Herr", "Frau", "Dr.", "Herr Dr.", "Frau Mag."],
  fr: ["M.", "Mme", "Madame", "Monsieur", "Dr"],
  es: ["Sr.", "Sra.", "don", "doña", "Dra."],
  it: ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Avv."],
  nl: ["dhr.", "mevr.", "de heer", "mevrouw"],
  pt: ["Sr.", "Sra.", "Dr.", "Dra."],
  pl: ["Pan", "Pani", "dr"],
  sv: ["herr", "fru", "dr"],
  da: ["hr.", "fru", "dr."],
  fi: ["herra", "rouva", "tri"],
  cs: ["pan", "paní", "MUDr.", "Ing."],
  ro: ["domnul", "doamna", "dr."],
};

/** A person as written in one document. */
interface Person {
  first: string;
  last: string;
  /** Latin-letter, accent-free forms for e-mail addresses and URLs. */
  handleFirst: string;
  handleLast: string;
}

const TRANSLIT: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  ґ: "g",
  д: "d",
  ѓ: "gj",
  е: "e",
  ё: "e",
  є: "ye",
  ж: "zh",
  з: "z",
  ѕ: "dz",
  и: "i",
  і: "i",
  ї: "yi",
  й: "y",
  ј: "j",
  к: "k",
  ќ: "kj",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "h",
  ц: "ts",
  ч: "ch",
  џ: "dz",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  α: "a",
  β: "v",
  γ: "g",
  δ: "d",
  ε: "e",
  ζ: "z",
  η: "i",
  θ: "th",
  ι: "i",
  κ: "k",
  λ: "l",
  μ: "m",
  ν: "n",
  ξ: "x",
  ο: "o",
  π: "p",
  ρ: "r",
  σ: "s",
  ς: "s",
  τ: "t",
  υ: "y",
  φ: "f",
  χ: "ch",
  ψ: "ps",
  ω: "o",
  ø: "o",
  æ: "ae",
  ß: "ss",
  ł: "l",
  đ: "d",
  œ: "oe",
};

/** Lower-case ASCII handle of a name part ("Ó Conaill" → "oconaill"). */
function handle(s: string): string {
  const lower = s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
  return [...lower].map((c) => TRANSLIT[c] ?? c).join("").replace(/[^a-z0-9]/g, "");
}

function person(d: Draw, cultures?: readonly string[]): Person {
  let first: string, last: string;
  if (!cultures && chance(d, 0.3)) {
    // The document's faker locale: Esperanto, or a name in its own script.
    first = d.first();
    last = d.last();
  } else {
    const pool = CULTURES[d.pick(cultures ?? Object.keys(CULTURES))];
    // Now and then a given name of one culture with a surname of another.
    const other = CULTURES[d.pick(Object.keys(CULTURES))];
    first = d.pick(pool.given);
    last = d.pick(chance(d, 0.15) ? other.family : pool.family);
  }
  return { first, last, handleFirst: handle(first), handleLast: handle(last) };
}

const full = (p: Person) => `${p.first} ${p.last}`;

const FREEMAIL = [
  "gmail.com",
  "outlook.com",
  "yahoo.co.uk",
  "hotmail.com",
  "icloud.com",
  "proton.me",
  "eircom.net",
  "gmx.at",
  "bluewin.ch",
  "telenet.be",
  "seznam.cz",
  "web.de",
  "orange.fr",
  "libero.it",
  "ziggo.nl",
  "sapo.pt",
  "wp.pl",
  "telia.com",
  "rediffmail.com",
  "uol.com.br",
  "yahoo.com.mx",
];
const COMPANY_DOMAINS = [
  "harbourlight-dental.ie",
  "alpenblick-tischlerei.at",
  "kaffeerad.ch",
  "brasserie-ledoux.be",
  "fjordcraft.no",
  "sauna-kivi.fi",
  "vinarna-u-mostu.cz",
  "ionian-charters.gr",
  "atelier-lumina.ro",
  "maplegrove-physio.ca",
  "wattle-and-daub.com.au",
  "chai-point-accounts.in",
  "karoo-solar.co.za",
  "taller-colibri.mx",
  "padaria-sol.com.br",
  "brightside-lettings.co.uk",
  "elmstreet-pediatrics.com",
  "greenacre.school",
  "mail.coastline-insure.com",
  "ledgerly.app",
];

function email(d: Draw, p: Person, work = chance(d, 0.4)): string {
  const f = p.handleFirst || "info", l = p.handleLast || "contact";
  const local = d.pick([
    `${f}.${l}`,
    `${f[0]}${l}`,
    `${f}_${l}${int(d, 1, 99)}`,
    `${f}${l[0]}`,
    `${l}.${f}`,
    `${f}-${l}`,
    `${f}${int(d, 70, 99)}`,
    `${l}${f[0]}`,
  ]);
  return `${local}@${d.pick(work ? COMPANY_DOMAINS : FREEMAIL)}`;
}

/** A URL with a personal path. */
function personalUrl(d: Draw, p: Person): string {
  const f = p.handleFirst || "me", l = p.handleLast || "page";
  return d.pick([
    `https://www.linkedin.com/in/${f}-${l}-${d.f.string.alphanumeric(6).toLowerCase()}`,
    `https://calendly.com/${f}${l}/30min`,
    `https://github.com/${f}${l[0]}${int(d, 1, 99)}`,
    `https://portal.${d.pick(COMPANY_DOMAINS)}/patients/${digits(d, 6)}/records`,
    `https://drive.${d.pick(COMPANY_DOMAINS)}/u/${f}.${l}/shared`,
    `https://www.instagram.com/${f}.${l}.${int(d, 1, 9)}/`,
    `http://intranet.local/hr/employees/${f}.${l}`,
    `https://${d.pick(COMPANY_DOMAINS)}/team/${f}-${l}`,
    `https://www.facebook.com/${f}.${l}.${digits(d, 3)}`,
    `https://meet.${d.pick(COMPANY_DOMAINS)}/room/${f}${l}`,
    `https://${f}${l}.photography/portfolio`,
  ]);
}

// Documentation, private, CGNAT and unique-local ranges only: no real host.
function ip(d: Draw): string {
  if (chance(d, 0.7)) {
    return d.pick([
      `192.0.2.${int(d, 1, 254)}`,
      `198.51.100.${int(d, 1, 254)}`,
      `203.0.113.${int(d, 1, 254)}`,
      `10.${int(d, 0, 255)}.${int(d, 0, 255)}.${int(d, 1, 254)}`,
      `172.${int(d, 16, 31)}.${int(d, 0, 255)}.${int(d, 1, 254)}`,
      `192.168.${int(d, 0, 255)}.${int(d, 1, 254)}`,
      `100.${int(d, 64, 127)}.${int(d, 0, 255)}.${int(d, 1, 254)}`,
    ]);
  }
  const hx = (n: number) => d.f.string.hexadecimal({ length: n, casing: "lower", prefix: "" });
  const h = () => hx(int(d, 1, 4));
  return d.pick([
    `2001:db8:${h()}:${h()}::${h()}`,
    `2001:db8::${h()}:${h()}`,
    `2001:0db8:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
    `fe80::${h()}:${hx(2)}ff:fe${hx(2)}:${h()}`,
    `fd${hx(2)}:${h()}:${h()}::${h()}`,
    `2001:DB8:${h().toUpperCase()}::${h().toUpperCase()}`,
  ]);
}

// ---------------------------------------------------------------------------
// Checksums.

function luhnDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

function mod97(numeric: string): number {
  let r = 0;
  for (const c of numeric) r = (r * 10 + Number(c)) % 97;
  return r;
}

function iban(country: string, bban: string): string {
  const numeric = (bban + country + "00").replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `${country}${pad(98 - mod97(numeric))}${bban}`;
}

const IBAN_BBAN: Record<string, (d: Draw) => string> = {
  IE: (d) => `${d.pick(["AIBK", "BOFI", "IPBS", "ULSB"])}${digits(d, 14)}`,
  AT: (d) => digits(d, 16),
  CH: (d) => digits(d, 17),
  BE: (d) => {
    const body = digits(d, 10);
    return body + pad(Number(BigInt(body) % 97n) || 97);
  },
  DK: (d) => digits(d, 14),
  NO: (d) => digits(d, 11),
  FI: (d) => digits(d, 14),
  CZ: (d) => digits(d, 20),
  GR: (d) => digits(d, 23),
  RO: (d) => `${d.pick(["BTRL", "RNCB", "BRDE", "INGB"])}${fill(d, "################")}`,
  GB: (d) => `${d.pick(["NWBK", "BARC", "LOYD", "MIDL"])}${digits(d, 14)}`,
  DE: (d) => digits(d, 18),
  FR: (d) => digits(d, 23),
  ES: (d) => digits(d, 20),
  IT: (d) => `${fill(d, "?")}${digits(d, 22)}`,
  NL: (d) => `${d.pick(["ABNA", "INGB", "RABO", "SNSB"])}${digits(d, 10)}`,
  PT: (d) => digits(d, 21),
  PL: (d) => digits(d, 24),
  SE: (d) => digits(d, 20),
  BR: (d) => `${digits(d, 23)}${d.pick(["C1", "P1"])}`,
};

function ibanFor(d: Draw, country: string, style: "print" | "compact" | "any" = "any"): string {
  const value = iban(country, IBAN_BBAN[country](d));
  const s = style === "any" ? (chance(d, 0.6) ? "print" : "compact") : style;
  return s === "print" ? value.replace(/(.{4})(?=.)/g, "$1 ") : value;
}

/** A Luhn-valid payment card number in a common print layout. */
function card(d: Draw): string {
  const brand = int(d, 0, 4);
  if (brand === 0) {
    const body = d.pick(["34", "37"]) + digits(d, 12);
    const n = body + luhnDigit(body);
    return chance(d, 0.7) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
  }
  const prefix = [
    "4",
    String(int(d, 51, 55)),
    String(int(d, 2221, 2720)),
    "6011",
    d.pick(["4", "5"]),
  ][brand];
  const body = prefix + digits(d, 15 - prefix.length);
  const n = body + luhnDigit(body);
  const groups = n.match(/.{4}/g)!;
  return d.pick([groups.join(" "), groups.join("-"), n, groups.join(" ")]);
}

// ---------------------------------------------------------------------------
// Dates of birth in local formats.

const MONTH_NAMES: Record<string, string[]> = {
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
};

interface Birth {
  y: number;
  m: number;
  day: number;
}

function birth(d: Draw, minYear = 1941, maxYear = 2006): Birth {
  return { y: int(d, minYear, maxYear), m: int(d, 1, 12), day: int(d, 1, 28) };
}

const ordinal = (n: number) =>
  `${n}${
    n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
      ? "nd"
      : n % 10 === 3 && n !== 13
      ? "rd"
      : "th"
  }`;

/** Date-of-birth formats by style: "us", "gb" or a language key of MONTH_NAMES. */
function dobText(d: Draw, b: Birth, style: string): string {
  const { y, m, day } = b;
  const dd = pad(day), mm = pad(m);
  const name = (lang: string) => MONTH_NAMES[lang][m - 1];
  const forms: Record<string, string[]> = {
    us: [
      `${m}/${day}/${y}`,
      `${mm}/${dd}/${y}`,
      `${name("en")} ${day}, ${y}`,
      `${y}-${mm}-${dd}`,
      `${name("en").slice(0, 3)} ${day} ${y}`,
    ],
    gb: [
      `${dd}/${mm}/${y}`,
      `${day} ${name("en")} ${y}`,
      `${ordinal(day)} ${name("en")} ${y}`,
      `${dd}-${mm}-${y}`,
      `${day} ${name("en").slice(0, 3)} ${y}`,
      `${dd}.${mm}.${y}`,
    ],
    de: [`${dd}.${mm}.${y}`, `${day}. ${name("de")} ${y}`, `${day}.${m}.${y}`],
    at: [`${dd}.${mm}.${y}`, `${day}. ${name("at")} ${y}`],
    fr: [
      `${dd}/${mm}/${y}`,
      `${day} ${name("fr")} ${y}`,
      `${day === 1 ? "1er" : day} ${name("fr")} ${y}`,
    ],
    es: [`${dd}/${mm}/${y}`, `${day} de ${name("es")} de ${y}`, `${day}-${m}-${y}`],
    it: [`${dd}/${mm}/${y}`, `${day} ${name("it")} ${y}`],
    nl: [`${dd}-${mm}-${y}`, `${day} ${name("nl")} ${y}`],
    pt: [`${dd}/${mm}/${y}`, `${day} de ${name("pt")} de ${y}`],
    pl: [`${dd}.${mm}.${y}`, `${day} ${name("pl")} ${y}`],
    sv: [`${y}-${mm}-${dd}`, `${day} ${name("sv")} ${y}`],
    da: [`${dd}.${mm}.${y}`, `${day}. ${name("da")} ${y}`, `${dd}-${mm}-${y}`],
    fi: [`${day}.${m}.${y}`, `${day}. ${name("fi")} ${y}`],
    cs: [`${day}. ${m}. ${y}`, `${day}. ${name("cs")} ${y}`, `${dd}.${mm}.${y}`],
    ro: [`${dd}.${mm}.${y}`, `${day} ${name("ro")} ${y}`],
  };
  return d.pick(forms[style]);
}

// ---------------------------------------------------------------------------
// National ids with a well-defined format (and checksum where there is one).

const yy = (b: Birth) => pad(b.y % 100);

const IDS: Record<string, { label: string; make: (d: Draw, b: Birth) => string }> = {
  US: {
    label: "SSN",
    make: (d) => {
      let area = int(d, 1, 899);
      if (area === 666) area = 667;
      const v = `${pad(area, 3)}-${pad(int(d, 1, 99))}-${pad(int(d, 1, 9999), 4)}`;
      return chance(d, 0.2) ? v.replaceAll("-", " ") : v;
    },
  },
  GB: {
    label: "NI number",
    make: (d) => {
      let pre = "";
      do {
        pre = d.pick([..."ABCEGHJKLMNOPRSTWXYZ"]) + d.pick([..."ABCEGHJKLMNPRSTWXYZ"]);
      } while (["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(pre));
      const n = digits(d, 6), suf = d.pick(["A", "B", "C", "D"]);
      return chance(d, 0.5)
        ? `${pre} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suf}`
        : `${pre}${n}${suf}`;
    },
  },
  IE: {
    label: "PPSN",
    make: (d) => {
      const n = digits(d, 7);
      const sum = [...n].reduce((s, c, i) => s + Number(c) * (8 - i), 0);
      return `${n}${"WABCDEFGHIJKLMNOPQRSTUV"[sum % 23]}`;
    },
  },
  DK: {
    label: "CPR-nr.",
    make: (d, b) => `${pad(b.day)}${pad(b.m)}${yy(b)}-${digits(d, 4)}`,
  },
  FI: {
    label: "henkilötunnus",
    make: (d, b) => {
      const ind = pad(int(d, 2, 899), 3);
      const base = `${pad(b.day)}${pad(b.m)}${yy(b)}`;
      return `${base}${b.y >= 2000 ? "A" : "-"}${ind}${
        "0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(base + ind) % 31]
      }`;
    },
  },
  BE: {
    label: "rijksregisternummer",
    make: (d, b) => {
      const ser = pad(int(d, 1, 997), 3);
      const n = Number(`${yy(b)}${pad(b.m)}${pad(b.day)}${ser}`) +
        (b.y >= 2000 ? 2_000_000_000 : 0);
      const cc = pad(97 - (n % 97));
      return `${yy(b)}.${pad(b.m)}.${pad(b.day)}-${ser}.${cc}`;
    },
  },
  NO: {
    label: "fødselsnummer",
    make: (d, b) => {
      const base = `${pad(b.day)}${pad(b.m)}${yy(b)}`;
      for (let tries = 0; tries < 50; tries++) {
        const ind = b.y >= 2000 ? pad(int(d, 500, 999), 3) : pad(int(d, 0, 499), 3);
        const s = (base + ind).split("").map(Number);
        const k1 = (11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((a, w, i) => a + w * s[i], 0) % 11)) %
          11;
        if (k1 === 10) continue;
        s.push(k1);
        const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((a, w, i) =>
          a + w * s[i], 0) % 11)) % 11;
        if (k2 === 10) continue;
        return `${base}${chance(d, 0.3) ? " " : ""}${ind}${k1}${k2}`;
      }
      throw new Error("no valid fødselsnummer in 50 draws");
    },
  },
  CZ: {
    label: "rodné číslo",
    make: (d, b) => {
      const m = b.m + (chance(d, 0.5) ? 50 : 0);
      const base = `${yy(b)}${pad(m)}${pad(b.day)}${pad(int(d, 0, 999), 3)}`;
      // Before 1954 the number had no check digit.
      if (b.y < 1954) return `${base.slice(0, 6)}/${base.slice(6)}`;
      const c = Number(base) % 11 % 10;
      return `${base.slice(0, 6)}/${base.slice(6)}${c}`;
    },
  },
  RO: {
    label: "CNP",
    make: (d, b) => {
      const s = (b.y >= 2000 ? 5 : 1) + int(d, 0, 1);
      const body = `${s}${yy(b)}${pad(b.m)}${pad(b.day)}${pad(int(d, 1, 46))}${
        pad(int(d, 1, 999), 3)
      }`;
      const w = "279146358279";
      const r = [...body].reduce((a, c, i) => a + Number(c) * Number(w[i]), 0) % 11;
      return body + (r === 10 ? 1 : r);
    },
  },
  GR: {
    label: "AMKA",
    make: (d, b) => {
      const body = `${pad(b.day)}${pad(b.m)}${yy(b)}${digits(d, 4)}`;
      return body + luhnDigit(body);
    },
  },
  AT: {
    label: "SV-Nummer",
    make: (d, b) => {
      const birthPart = `${pad(b.day)}${pad(b.m)}${yy(b)}`;
      for (let tries = 0; tries < 50; tries++) {
        const nnn = String(int(d, 100, 999));
        const s = (nnn + "0" + birthPart).split("").map(Number);
        const c = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6].reduce((a, w, i) => a + w * s[i], 0) % 11;
        if (c === 10) continue;
        return `${nnn}${c} ${birthPart}`;
      }
      throw new Error("no valid SV-Nummer in 50 draws");
    },
  },
  CH: {
    label: "AHV-Nr.",
    make: (d) => {
      const body = "756" + digits(d, 9);
      const sum = [...body].reduce((a, c, i) => a + Number(c) * (i % 2 === 0 ? 1 : 3), 0);
      const n = body + ((10 - (sum % 10)) % 10);
      return `${n.slice(0, 3)}.${n.slice(3, 7)}.${n.slice(7, 11)}.${n.slice(11)}`;
    },
  },
  CA: {
    label: "SIN",
    make: (d) => {
      const body = String(d.pick([1, 2, 3, 4, 5, 6, 7, 9])) + digits(d, 7);
      const n = body + luhnDigit(body);
      return chance(d, 0.6)
        ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`
        : `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`;
    },
  },
  BR: {
    label: "CPF",
    make: (d) => {
      const s = digits(d, 9).split("").map(Number);
      const check = (xs: number[]) => {
        const r = xs.reduce((a, x, i) => a + x * (xs.length + 1 - i), 0) % 11;
        return r < 2 ? 0 : 11 - r;
      };
      s.push(check(s));
      s.push(check(s));
      const n = s.join("");
      return `${n.slice(0, 3)}.${n.slice(3, 6)}.${n.slice(6, 9)}-${n.slice(9)}`;
    },
  },
  ZA: {
    label: "ID number",
    make: (d, b) => {
      const body = `${yy(b)}${pad(b.m)}${pad(b.day)}${pad(int(d, 0, 9999), 4)}08`;
      return body + luhnDigit(body);
    },
  },
  IN: {
    label: "PAN",
    make: (d) => `${fill(d, "???")}P${fill(d, "?")}${digits(d, 4)}${fill(d, "?")}`,
  },
};

// ---------------------------------------------------------------------------
// Countries: phone formats, street lines, the postcode/city line (not PII on
// its own), the id and IBAN that apply, the date style and the name cultures.

interface Country {
  code: string;
  phones: string[];
  street: (d: Draw) => string;
  town: (d: Draw) => string;
  dob: string;
  cultures: string[];
  iban?: string;
}

const n3 = (d: Draw) => String(int(d, 1, 240));

const COUNTRIES: Record<string, Country> = {
  IE: {
    code: "IE",
    phones: [
      "087 ### ####",
      "+353 86 ### ####",
      "(01) ### ####",
      "+353 1 ### ####",
      "085-###-####",
      "00353 89 #######",
    ],
    street: (d) =>
      d.pick([
        `${n3(d)} ${d.pick(["Clontarf", "Griffith", "Ballymun", "Castle", "Seafield", "Oakley"])} ${
          d.pick(["Road", "Avenue", "Park", "Terrace", "Drive"])
        }`,
        `Apartment ${int(d, 1, 60)}, ${
          d.pick(["The Maltings", "Riverside Court", "Gandon Hall"])
        }, ${n3(d)} ${d.pick(["Bridge Street", "North Wall Quay"])}`,
      ]),
    town: (d) =>
      d.pick([
        `Dublin ${int(d, 1, 18)}`,
        `Cork ${fill(d, "T12 ?#?#")}`,
        `Galway ${fill(d, "H91 ?#?#")}`,
        fill(d, "D0# ?#??"),
      ]),
    dob: "gb",
    cultures: ["ie", "ie", "anglo", "word"],
    iban: "IE",
  },
  AT: {
    code: "AT",
    phones: [
      "0664 ### ## ##",
      "+43 664 #######",
      "+43 1 ### ## ##",
      "0676/#######",
      "01 ### ## ##",
    ],
    street: (d) =>
      d.pick([
        `${
          d.pick([
            "Mariahilfer Straße",
            "Landstraßer Hauptstraße",
            "Linzer Gasse",
            "Herrengasse",
            "Schönbrunner Straße",
          ])
        } ${n3(d)}/${int(d, 1, 9)}/${int(d, 1, 30)}`,
        `${d.pick(["Hauptplatz", "Kirchengasse", "Am Lindenhof"])} ${int(d, 1, 40)}`,
      ]),
    town: (d) =>
      d.pick([`${int(d, 1010, 1230)} Wien`, "8010 Graz", "5020 Salzburg", "6020 Innsbruck"]),
    dob: "at",
    cultures: ["at", "at", "de"],
    iban: "AT",
  },
  CH: {
    code: "CH",
    phones: [
      "079 ### ## ##",
      "+41 78 ### ## ##",
      "044 ### ## ##",
      "+41 (0)21 ### ## ##",
      "0041 76 ### ## ##",
    ],
    street: (d) =>
      d.pick([
        `${d.pick(["Bahnhofstrasse", "Seefeldstrasse", "Badenerstrasse", "Spalenberg"])} ${n3(d)}`,
        `${d.pick(["Rue de Lausanne", "Chemin des Vignes", "Avenue de la Gare"])} ${int(d, 1, 90)}`,
        `Via ${d.pick(["Nassa", "Cantonale", "San Gottardo"])} ${int(d, 1, 60)}`,
      ]),
    town: (d) => d.pick(["8004 Zürich", "1003 Lausanne", "6900 Lugano", "3011 Bern", "4051 Basel"]),
    dob: "de",
    cultures: ["at", "fr", "it"],
    iban: "CH",
  },
  BE: {
    code: "BE",
    phones: [
      "0470 ## ## ##",
      "+32 475 ## ## ##",
      "02 ### ## ##",
      "+32 (0)9 ### ## ##",
      "0498/##.##.##",
    ],
    street: (d) =>
      d.pick([
        `${d.pick(["Kerkstraat", "Stationsstraat", "Veldstraat", "Molenstraat"])} ${n3(d)} bus ${
          int(d, 1, 12)
        }`,
        `${d.pick(["Rue de la Loi", "Avenue Louise", "Rue des Bouchers", "Chaussée de Wavre"])} ${
          n3(d)
        }`,
      ]),
    town: (d) =>
      d.pick(["9000 Gent", "1050 Ixelles", "2000 Antwerpen", "4000 Liège", "3000 Leuven"]),
    dob: "nl",
    cultures: ["be"],
    iban: "BE",
  },
  DK: {
    code: "DK",
    phones: ["20 ## ## ##", "+45 31 ## ## ##", "+45 ########", "(+45) 42 ## ## ##"],
    street: (d) =>
      `${d.pick(["Nørrebrogade", "Vesterbrogade", "Strandvejen", "Østerbrogade"])} ${n3(d)}, ${
        int(d, 1, 5)
      }. ${d.pick(["th.", "tv.", "mf."])}`,
    town: (d) => d.pick(["2200 København N", "8000 Aarhus C", "5000 Odense C"]),
    dob: "da",
    cultures: ["nordic"],
    iban: "DK",
  },
  NO: {
    code: "NO",
    phones: ["4## ## ###", "+47 9## ## ###", "+47 22 ## ## ##", "9## ## ###"],
    street: (d) =>
      `${d.pick(["Storgata", "Thorvald Meyers gate", "Kirkeveien", "Bygdøy allé"])} ${
        int(d, 1, 120)
      }${d.pick(["", "B", "C"])}`,
    town: (d) => d.pick(["0182 Oslo", "5003 Bergen", "7011 Trondheim"]),
    dob: "da",
    cultures: ["nordic"],
    iban: "NO",
  },
  FI: {
    code: "FI",
    phones: [
      "040 ### ####",
      "+358 50 ### ####",
      "045-###-####",
      "(09) ### ####",
      "+358 9 ### ####",
    ],
    street: (d) =>
      `${d.pick(["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu"])} ${
        int(d, 1, 90)
      } ${d.pick(["A", "B", "C"])} ${int(d, 1, 40)}`,
    town: (d) => d.pick(["00100 Helsinki", "33100 Tampere", "20100 Turku"]),
    dob: "fi",
    cultures: ["nordic"],
    iban: "FI",
  },
  CZ: {
    code: "CZ",
    phones: ["+420 6## ### ###", "7## ### ###", "+420 2## ### ###", "00420 6########"],
    street: (d) =>
      d.pick([
        `${d.pick(["Vinohradská", "Korunní", "Milady Horákové", "Palackého"])} ${
          int(d, 100, 2999)
        }/${int(d, 1, 120)}`,
        `Náměstí Míru ${int(d, 1, 30)}`,
      ]),
    town: (d) => d.pick(["120 00 Praha 2", "602 00 Brno", "301 00 Plzeň"]),
    dob: "cs",
    cultures: ["cz"],
    iban: "CZ",
  },
  GR: {
    code: "GR",
    phones: ["69# ### ####", "+30 69# ### ####", "210 ### ####", "+30 210 #######"],
    street: (d) =>
      `${d.pick(["Ermou", "Leoforos Kifisias", "Odos Patision", "Tsimiski"])} ${n3(d)}`,
    town: (d) => d.pick(["105 63 Athina", "546 23 Thessaloniki", "262 21 Patra"]),
    dob: "gb",
    cultures: ["gr"],
    iban: "GR",
  },
  RO: {
    code: "RO",
    phones: ["07## ### ###", "+40 7## ### ###", "021 ### ####", "+40 (0)7## ######"],
    street: (d) =>
      d.pick([
        `Strada ${d.pick(["Mihai Eminescu", "Lipscani", "Avram Iancu"])} nr. ${
          int(d, 1, 99)
        }, bl. ${fill(d, "?#")}, ap. ${int(d, 1, 80)}`,
        `Bulevardul ${d.pick(["Unirii", "Eroilor", "Magheru"])} ${int(d, 1, 99)}`,
        `Str. ${d.pick(["Republicii", "Memorandumului"])} nr. ${int(d, 1, 80)}`,
      ]),
    town: (d) => d.pick(["030167 București", "400114 Cluj-Napoca", "700259 Iași"]),
    dob: "ro",
    cultures: ["ro"],
    iban: "RO",
  },
  CA: {
    code: "CA",
    phones: [
      "(416) ###-####",
      "+1 604-###-####",
      "514.###.####",
      "1-647-###-####",
      "(613) ### ####",
    ],
    street: (d) =>
      d.pick([
        `${int(d, 10, 9999)} ${
          d.pick(["Rue Sherbrooke Ouest", "Boulevard Saint-Laurent", "Rue Saint-Denis"])
        }, app. ${int(d, 1, 30)}`,
        `${int(d, 10, 2999)} ${
          d.pick(["Queen St W", "Bloor Street East", "Main Street", "Commercial Drive"])
        }${chance(d, 0.4) ? `, Unit ${int(d, 100, 2400)}` : ""}`,
      ]),
    town: (d) =>
      d.pick([
        `Montréal QC ${fill(d, "H2X #?#")}`,
        `Toronto ON ${fill(d, "M5V #?#")}`,
        `Vancouver BC ${fill(d, "V5L #?#")}`,
      ]),
    dob: "us",
    cultures: ["qc", "anglo", "in", "east_asia"],
  },
  AU: {
    code: "AU",
    phones: [
      "04## ### ###",
      "+61 4## ### ###",
      "(02) #### ####",
      "+61 3 #### ####",
      "0412 ### ###",
    ],
    street: (d) =>
      d.pick([
        `Unit ${int(d, 1, 40)}/${n3(d)} ${d.pick(["Beach Road", "Parramatta Rd", "Smith Street"])}`,
        `${n3(d)} ${d.pick(["Wattle Cres", "Banksia Avenue", "Jacaranda Drive", "Boundary St"])}`,
      ]),
    town: (d) => d.pick(["Bondi NSW 2026", "Fitzroy VIC 3065", "West End QLD 4101"]),
    dob: "gb",
    cultures: ["anglo", "word", "east_asia"],
  },
  IN: {
    code: "IN",
    phones: [
      "+91 98### #####",
      "098### #####",
      "+91-80-####-####",
      "9#########",
      "+91 70### #####",
    ],
    street: (d) =>
      d.pick([
        `Flat ${int(d, 101, 1204)}, ${
          d.pick(["Sai Residency", "Prestige Lakeside", "Green Glen Apartments"])
        }, ${int(d, 1, 20)}th Cross Road`,
        `No. ${int(d, 1, 300)}, ${
          d.pick(["MG Road", "Linking Road", "Anna Salai", "Park Street"])
        }`,
      ]),
    town: (d) =>
      d.pick(["Indiranagar, Bengaluru 560038", "Bandra West, Mumbai 400050", "Chennai 600002"]),
    dob: "gb",
    cultures: ["in"],
  },
  ZA: {
    code: "ZA",
    phones: [
      "082 ### ####",
      "+27 83 ### ####",
      "(021) ### ####",
      "+27 11 ### ####",
      "072-###-####",
    ],
    street: (d) =>
      d.pick([
        `${n3(d)} ${
          d.pick(["Jan Smuts Avenue", "Long Street", "Voortrekker Road", "Florida Road"])
        }`,
        `Unit ${int(d, 1, 40)}, ${n3(d)} ${d.pick(["Main Road", "Bree Street"])}`,
      ]),
    town: (d) => d.pick(["Rosebank, Johannesburg 2196", "Cape Town 8001", "Durban 4001"]),
    dob: "gb",
    cultures: ["za"],
  },
  MX: {
    code: "MX",
    phones: ["+52 55 #### ####", "55 #### ####", "(33) ####-####", "+52 1 81 #### ####"],
    street: (d) =>
      d.pick([
        `Av. Insurgentes Sur ${int(d, 100, 3000)}, Int. ${int(d, 1, 12)}`,
        `Calle ${d.pick(["Durango", "Tonalá", "Morelos", "Hidalgo"])} ${n3(d)}`,
      ]),
    town: (d) =>
      d.pick([
        "Col. Roma Norte, 06700 Ciudad de México",
        "44100 Guadalajara, Jal.",
        "64000 Monterrey, N.L.",
      ]),
    dob: "es",
    cultures: ["mx"],
  },
  BR: {
    code: "BR",
    phones: ["(11) 9####-####", "+55 21 9####-####", "(31) ####-####", "+55 11 9########"],
    street: (d) =>
      d.pick([
        `Rua ${d.pick(["Augusta", "Oscar Freire", "das Laranjeiras", "XV de Novembro"])}, ${
          int(d, 10, 2500)
        }, apto ${int(d, 11, 190)}`,
        `Av. ${d.pick(["Paulista", "Atlântica", "Afonso Pena"])}, ${int(d, 10, 3000)}`,
      ]),
    town: (d) =>
      d.pick([
        `São Paulo - SP, ${fill(d, "0####-###")}`,
        `Rio de Janeiro - RJ, ${fill(d, "22###-###")}`,
      ]),
    dob: "pt",
    cultures: ["br"],
    iban: "BR",
  },
  US: {
    code: "US",
    phones: [
      "(212) ###-####",
      "+1 415 ### ####",
      "312-###-####",
      "(617) ###-####",
      "+1 (503) ###-####",
    ],
    street: (d) =>
      d.pick([
        `${int(d, 10, 9999)} ${
          d.pick(["Maple Avenue", "N Elm St", "Cedar Lane", "W 34th Street", "Lakeshore Blvd"])
        }${chance(d, 0.35) ? `, Apt ${int(d, 1, 20)}${d.pick(["A", "B", ""])}` : ""}`,
        `${int(d, 10, 999)} ${d.pick(["Oak", "Pine", "Birch"])} ${
          d.pick(["Ct", "Road", "Drive"])
        }, Suite ${int(d, 100, 900)}`,
      ]),
    town: (d) =>
      d.pick([
        `Portland, OR ${fill(d, "972##")}`,
        `Austin, TX ${fill(d, "787##")}`,
        `Boston, MA 02${fill(d, "1##")}`,
      ]),
    dob: "us",
    cultures: ["anglo", "word", "mx", "east_asia", "ng", "arab", "in"],
  },
  GB: {
    code: "GB",
    phones: [
      "07### ######",
      "+44 7### ######",
      "020 #### ####",
      "+44 (0)161 ### ####",
      "0131 ### ####",
    ],
    street: (d) =>
      d.pick([
        `Flat ${int(d, 1, 30)}, ${n3(d)} ${
          d.pick(["Kingsley Road", "Albert Street", "Victoria Parade"])
        }`,
        `${n3(d)} ${d.pick(["Orchard Close", "Mill Lane", "Station Road", "Church View"])}`,
        `${d.pick(["Rose Cottage", "The Old Forge"])}, ${d.pick(["Back Lane", "High Street"])}`,
      ]),
    town: (d) =>
      d.pick([
        `Leeds ${fill(d, "LS# #??")}`,
        `Bristol ${fill(d, "BS# #??")}`,
        `Manchester ${fill(d, "M## #??")}`,
      ]),
    dob: "gb",
    cultures: ["anglo", "word", "in", "ng", "arab", "ie"],
    iban: "GB",
  },
  DE: {
    code: "DE",
    phones: ["0151 ########", "+49 30 #######", "(089) ########", "+49 (0)172 #######"],
    street: (d) =>
      `${d.pick(["Lindenstraße", "Gartenweg", "Am Sandberg", "Schillerplatz", "Kastanienallee"])} ${
        int(d, 1, 140)
      }${d.pick(["", "a", "b"])}`,
    town: (d) => d.pick(["10435 Berlin", "80331 München", "50667 Köln", "20095 Hamburg"]),
    dob: "de",
    cultures: ["de"],
    iban: "DE",
  },
  FR: {
    code: "FR",
    phones: ["06 ## ## ## ##", "+33 6 ## ## ## ##", "01 ## ## ## ##", "+33 (0)7 ## ## ## ##"],
    street: (d) =>
      `${int(d, 1, 140)}${d.pick(["", " bis", " ter"])} ${
        d.pick(["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse du Moulin"])
      }`,
    town: (d) => d.pick(["75011 Paris", "69003 Lyon", "13006 Marseille", "33000 Bordeaux"]),
    dob: "fr",
    cultures: ["fr"],
    iban: "FR",
  },
  ES: {
    code: "ES",
    phones: ["6## ### ###", "+34 6## ## ## ##", "91 ### ## ##"],
    street: (d) =>
      `${
        d.pick([
          "Calle de Alcalá",
          "Carrer de Mallorca",
          "Avenida de la Constitución",
          "Calle Mayor",
        ])
      }, ${int(d, 1, 300)}, ${int(d, 1, 8)}º ${fill(d, "?")}`,
    town: (d) => d.pick(["28014 Madrid", "08013 Barcelona", "41001 Sevilla"]),
    dob: "es",
    cultures: ["es"],
    iban: "ES",
  },
  IT: {
    code: "IT",
    phones: ["3## ### ####", "+39 3## #######", "06 #######", "+39 02 ########"],
    street: (d) =>
      `${
        d.pick([
          "Via Garibaldi",
          "Corso Vittorio Emanuele II",
          "Viale dei Mille",
          "Piazza Santo Spirito",
        ])
      } ${int(d, 1, 200)}`,
    town: (d) => d.pick(["20121 Milano", "00184 Roma", "50125 Firenze"]),
    dob: "it",
    cultures: ["it"],
    iban: "IT",
  },
  NL: {
    code: "NL",
    phones: ["06-########", "+31 6 ########", "020 ### ####", "+31 (0)10 #######"],
    street: (d) =>
      `${d.pick(["Prinsengracht", "Oudegracht", "Kerkstraat", "Laan van Meerdervoort"])} ${
        int(d, 1, 900)
      }${d.pick(["", "-2", " hs", "A"])}`,
    town: (d) =>
      d.pick([
        `1016 ${fill(d, "??")} Amsterdam`,
        `3511 ${fill(d, "??")} Utrecht`,
        `2517 ${fill(d, "??")} Den Haag`,
      ]),
    dob: "nl",
    cultures: ["nl"],
    iban: "NL",
  },
  PT: {
    code: "PT",
    phones: ["9## ### ###", "+351 9## ### ###", "21# ### ###"],
    street: (d) =>
      `${d.pick(["Rua do Carmo", "Avenida da Liberdade", "Travessa do Fala-Só"])} ${
        int(d, 1, 250)
      }, ${int(d, 1, 6)}.º ${d.pick(["Esq.", "Dto."])}`,
    town: (d) => d.pick([`1200-${digits(d, 3)} Lisboa`, `4000-${digits(d, 3)} Porto`]),
    dob: "pt",
    cultures: ["pt"],
    iban: "PT",
  },
  PL: {
    code: "PL",
    phones: ["5## ### ###", "+48 6## ### ###", "+48 22 ### ## ##", "(22) ### ## ##"],
    street: (d) =>
      `ul. ${d.pick(["Długa", "Marszałkowska", "Piotrkowska", "Floriańska"])} ${int(d, 1, 150)}${
        chance(d, 0.6) ? `/${int(d, 1, 60)}` : ""
      }`,
    town: (d) => d.pick(["00-238 Warszawa", "90-001 Łódź", "31-019 Kraków"]),
    dob: "pl",
    cultures: ["pl"],
    iban: "PL",
  },
  SE: {
    code: "SE",
    phones: ["07#-### ## ##", "+46 7# ### ## ##", "08-### ### ##"],
    street: (d) =>
      `${d.pick(["Storgatan", "Drottninggatan", "Götgatan", "Kungsvägen"])} ${int(d, 1, 120)}${
        d.pick(["", " lgh 1102", "B"])
      }`,
    town: (d) => d.pick(["111 51 Stockholm", "411 38 Göteborg", "211 22 Malmö"]),
    dob: "sv",
    cultures: ["se"],
    iban: "SE",
  },
};

/** Countries whose business documents are written in English here. */
const ENGLISH = [
  "US",
  "US",
  "GB",
  "GB",
  "IE",
  "CA",
  "AU",
  "IN",
  "ZA",
  "AT",
  "CH",
  "BE",
  "DK",
  "NO",
  "FI",
  "CZ",
  "GR",
  "RO",
  "MX",
  "BR",
];

/** Per-document context: a country, its formats and a few people. */
interface Ctx {
  d: Draw;
  c: Country;
  phone(): string;
  street(): string;
  /** The main person's date of birth first (so it agrees with their id), then others'. */
  dob(style?: string): string;
  id(): { label: string; value: string } | undefined;
  iban(): string;
  who(): Person;
}

/**
 * `code` absent: an English document from one of ENGLISH (dates of birth then
 * in US or British style). `latin`: people only in Latin letters (ASR output).
 */
function ctx(d: Draw, code?: string, latin = false): Ctx {
  const c = COUNTRIES[code ?? d.pick(ENGLISH)];
  const dobStyle = code === undefined && !["us", "gb"].includes(c.dob) ? "gb" : c.dob;
  const used = new Set<string>();
  const main = birth(d);
  let dobs = 0;
  const who = () => {
    // Different people in one document get different given names and surnames.
    let p = person(d);
    for (let tries = 0; tries < 12; tries++) {
      p = chance(d, 0.75) ? person(d, c.cultures) : person(d);
      const fresh = !used.has(p.first) && !used.has(p.last);
      if (fresh && (!latin || /^[\p{Script=Latin}\s'’-]+$/u.test(full(p)))) break;
    }
    used.add(p.first).add(p.last);
    return p;
  };
  return {
    d,
    c,
    phone: () => fill(d, d.pick(c.phones)),
    street: () => c.street(d),
    dob: (style = dobStyle) => {
      const born = dobs++ ? birth(d) : main;
      return dobText(d, born, style);
    },
    id: () => {
      const k = IDS[c.code];
      return k ? { label: k.label, value: k.make(d, main) } : undefined;
    },
    // Countries without IBANs pay into a European account.
    iban: () => ibanFor(d, c.iban ?? d.pick(["IE", "GB", "DE", "NL"])),
    who,
  };
}

// ---------------------------------------------------------------------------
// Templates. English business text first, then the other languages.

const GREET = ["Hi", "Hello", "Dear", "Hey", "Good morning", "Morning"];
const SIGN = [
  "Best,",
  "Kind regards,",
  "Cheers,",
  "Thanks,",
  "Regards,",
  "Many thanks,",
  "Best wishes,",
  "—",
];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];

function signature(x: Ctx, b: DocBuilder, p: Person, role: string) {
  b.text(`\n\n${x.d.pick(SIGN)}\n`);
  if (chance(x.d, 0.5)) b.ent("PERSON", p.first).text("\n\n-- \n");
  b.ent("PERSON", full(p)).text(`\n${role}\n`);
  b.text(x.d.pick(["M: ", "Mobile: ", "T ", "Tel. ", "", "📞 "])).ent("PHONE", x.phone()).text(
    "\n",
  );
  if (chance(x.d, 0.5)) b.ent("EMAIL", email(x.d, p, true)).text("\n");
  if (chance(x.d, 0.4)) b.ent("URL", personalUrl(x.d, p)).text("\n");
}

const emailThread: Template = (d, b) => {
  const x = ctx(d);
  const a = x.who(), s = x.who();
  const aMail = email(d, a), sMail = email(d, s, true);
  b.text("From: ").ent("PERSON", full(a)).text(" <").ent("EMAIL", aMail).text(">\nTo: ");
  if (chance(d, 0.5)) b.ent("PERSON", full(s)).text(" <").ent("EMAIL", sMail).text(">");
  else b.ent("EMAIL", sMail);
  b.text(
    `\nSubject: Re: ${
      d.pick([
        "your quote",
        "booking next week",
        "the invoice",
        "move-in date",
        "job offer paperwork",
      ])
    }\n\n`,
  );
  b.text(`${d.pick(GREET)} `).ent("PERSON", s.first).text(",\n\n");
  d.pick([
    () => {
      b.text("Thanks for getting back to me so quickly. My new mobile is ").ent("PHONE", x.phone());
      b.text(" and the delivery should go to ").ent("ADDRESS", x.street()).text(
        " rather than the office.",
      );
    },
    () => {
      b.text("As requested, my date of birth is ").ent("DATE", x.dob()).text(
        " and you can reach me on ",
      );
      b.ent("PHONE", x.phone()).text(" after 5pm.");
    },
    () => {
      b.text("Sorry for the delay. I have moved, so please update my address to ").ent(
        "ADDRESS",
        x.street(),
      );
      b.text(`, ${x.c.town(d)}. Everything else stays the same.`);
    },
    () => {
      b.text("I spoke to ").ent("PERSON", x.who().first).text(
        " in accounts and she said the refund goes back to the card ending ",
      );
      b.text("in the last four digits, but the full number on the order was ").ent("CARD", card(d))
        .text(", can you double-check?");
    },
  ])();
  signature(x, b, a, d.pick(["", "Homeowner", "Freelance designer", "Parent, Year 4"]));
  const when = `${d.pick(WEEKDAYS)}, ${int(d, 2, 27)} ${
    d.pick(["Mar", "Apr", "May", "Jun"])
  } 2025 at ${int(d, 8, 18)}:${pad(int(d, 0, 59))}`;
  b.text(`\nOn ${when}, `).ent("PERSON", full(s)).text(" <").ent("EMAIL", sMail).text(
    "> wrote:\n> ",
  );
  b.text(`${d.pick(["Hi", "Dear"])} `).ent("PERSON", a.first).text(
    ",\n> Could you confirm your phone number and postal address so we can\n",
  );
  b.text("> finalise things? You can also book a slot here: ").ent("URL", personalUrl(d, s)).text(
    "\n> Thanks,\n> ",
  );
  b.ent("PERSON", s.first).text("\n");
};

const minutes: Template = (d, b) => {
  const x = ctx(d);
  const people = [x.who(), x.who(), x.who(), x.who()];
  b.text(
    `# ${
      d.pick(["Weekly sync", "Board meeting", "Parents' association", "Site meeting"])
    } – minutes\n\n`,
  );
  b.text(`Date: ${int(d, 1, 28)}/${pad(int(d, 1, 12))}/2025\nPresent: `);
  people.slice(0, 3).forEach((p, i) => {
    if (i) b.text(", ");
    b.ent("PERSON", full(p));
    b.known.push(full(p));
  });
  b.text("\nApologies: ");
  const apol = people[3];
  if (chance(d, 0.5)) b.text(`${d.pick(TITLES.en)} `).ent("PERSON", apol.last);
  else b.ent("PERSON", full(apol));
  b.text("\n\n1. ");
  b.ent("PERSON", people[0].first).text(d.pick([
    " opened the meeting and thanked everyone for coming.",
    " chaired; last month's minutes were approved.",
  ]));
  b.text("\n2. ").ent("PERSON", people[1].last).text(
    `'s ${d.pick(["proposal", "budget", "report"])} was discussed. `,
  );
  b.ent("PERSON", people[2].first).text(" will circulate it by Friday.\n");
  const supplier = x.who();
  b.text("3. New supplier contact: ").ent("PERSON", full(supplier)).text(", ");
  b.ent("PHONE", x.phone()).text(d.pick([", ", " / "]));
  b.ent("EMAIL", email(d, supplier, true)).text(".\n");
  b.text("\nAction items\n- [ ] @").ent("PERSON", people[0].first).text(
    " to send the contract\n- [ ] ",
  );
  b.ent("PERSON", people[1].first).text(" and ").ent("PERSON", people[2].first).text(
    " to visit the site at ",
  );
  b.ent("ADDRESS", x.street()).text("\n");
};

const callTranscript: Template = (d, b) => {
  const x = ctx(d, undefined, true);
  const agent = x.who(), caller = x.who();
  const low = (s: string) => s.toLowerCase();
  b.text(
    `[call ${digits(d, 6)} – ${
      d.pick(["billing", "claims", "reception", "support"])
    } – auto-transcribed]\n`,
  );
  b.text("agent: thank you for calling this is ").ent("PERSON", low(agent.first)).text(
    " how can i help\n",
  );
  b.text("caller: hi yeah my name is ").ent("PERSON", low(full(caller)));
  b.text(
    d.pick([
      " and i'm calling about my bill\n",
      " i had a missed call from you\n",
      " um about the appointment\n",
    ]),
  );
  b.text("agent: no problem can i take your date of birth please\n");
  b.text("caller: it's ").ent("DATE", x.dob()).text("\n");
  const id = x.id();
  if (id && chance(d, 0.5)) {
    b.text(`agent: thanks and for security your ${id.label.toLowerCase()}\ncaller: `);
    b.ent("ID", id.value).text("\n");
  }
  b.text("agent: and the best number to reach you\n");
  b.text(`caller: ${d.pick(["", "uh ", "yeah "])}`).ent("PHONE", x.phone()).text("\n");
  if (chance(d, 0.5)) {
    b.text("agent: and the first line of the address\ncaller: ").ent("ADDRESS", low(x.street()))
      .text("\n");
  }
  if (chance(d, 0.4)) {
    b.text("agent: okay and the card you'd like to use\ncaller: ").ent("CARD", card(d)).text("\n");
  }
  b.text("agent: perfect thanks ").ent("PERSON", low(caller.first)).text(
    " i've updated that for you\n",
  );
  b.text(d.pick(["caller: brilliant cheers bye\n", "caller: thanks bye\n"]));
};

const voiceNote: Template = (d, b) => {
  const x = ctx(d, undefined, true);
  const me = x.who(), friend = x.who();
  b.text(`voice note ${pad(int(d, 0, 4))}:${pad(int(d, 0, 59))}\n`);
  b.text(`${d.pick(["hiya", "hey", "ok so"])} `).ent("PERSON", friend.first.toLowerCase());
  b.text(" its ").ent("PERSON", me.first.toLowerCase()).text(" ");
  d.pick([
    () => {
      b.text("just leaving you a quick message the plumber is coming to ").ent(
        "ADDRESS",
        x.street().toLowerCase(),
      );
      b.text(" on thursday can you let him in his number is ").ent("PHONE", x.phone());
    },
    () => {
      b.text("can you send me the bank details again for the deposit i think its ").ent(
        "IBAN",
        ibanFor(d, x.c.iban ?? "IE", "compact").toLowerCase(),
      );
      b.text(" but i want to double check");
    },
    () => {
      const other = x.who();
      b.text("i forwarded you the email from ").ent("PERSON", full(other).toLowerCase());
      b.text(" her email is ").ent("EMAIL", email(d, other)).text(" if you need it");
    },
  ])();
  b.text(` anyway ${d.pick(["talk later", "ring me back", "love you bye"])}\n`);
};

const ticket: Template = (d, b) => {
  const x = ctx(d);
  const cust = x.who(), eng = x.who();
  b.text(
    `Ticket #${int(d, 10000, 99999)} · ${d.pick(["Priority: high", "Priority: normal", "P2"])}\n`,
  );
  b.text("Requester: ").ent("PERSON", full(cust)).text(" (").ent("EMAIL", email(d, cust)).text(
    ")\n",
  );
  b.text("Phone: ").ent("PHONE", x.phone()).text("\n");
  b.text(`Assigned to: ${d.pick(["", "@"])}`).ent("PERSON", eng.first).text("\n\n");
  b.text(d.pick([
    "Customer cannot log in since the password reset. ",
    "Router keeps dropping the connection every evening. ",
    "Payment failed twice at checkout. ",
  ]));
  b.text("Last login from ").ent("IP", ip(d)).text(
    d.pick([" (home).", " — looks like a VPN.", "."]),
  );
  b.text("\nProfile: ").ent("URL", personalUrl(d, cust)).text("\n\n");
  b.text("--- internal note ---\n");
  b.ent("PERSON", eng.first).text(": called ").ent("PERSON", cust.first).text(", ");
  b.text(
    d.pick([
      "no answer, left voicemail.",
      "reset done, asked them to retry.",
      "they will send a screenshot.",
    ]),
  );
  if (chance(d, 0.5)) b.text(" Second IP seen: ").ent("IP", ip(d)).text(".");
  b.text("\n");
};

const chatExport: Template = (d, b) => {
  const x = ctx(d);
  const a = x.who(), c = x.who();
  const whatsapp = chance(d, 0.5);
  const day = int(d, 1, 28), mon = int(d, 1, 12);
  let minute = int(d, 0, 30);
  const line = (p: Person) => {
    minute += int(d, 0, 5);
    if (whatsapp) {
      b.text(`[${pad(day)}/${pad(mon)}/2025, 19:${pad(minute)}:${pad(int(d, 0, 59))}] `).ent(
        "PERSON",
        full(p),
      ).text(": ");
    } else {b.ent("PERSON", p.first).text(
        `  ${int(d, 1, 11)}:${pad(minute)} ${d.pick(["AM", "PM"])}\n`,
      );}
  };
  line(a);
  b.text(`${d.pick(["anyone got", "does anyone have"])} the landlord's number?\n`);
  line(c);
  b.text("yes it's ").ent("PHONE", x.phone()).text("\n");
  line(a);
  b.text("thx! also whats the address for saturday\n");
  line(c);
  b.ent("ADDRESS", x.street()).text(`, buzzer says ${d.pick(["top flat", "2", "B"])}\n`);
  line(a);
  b.text(d.pick(["@", ""])).ent("PERSON", c.first).text(
    " can you send me your iban for the gift money\n",
  );
  line(c);
  b.ent("IBAN", ibanFor(d, x.c.iban ?? "GB")).text("\n");
  if (chance(d, 0.5)) {
    line(a);
    b.text("ty, and the photos are here ").ent("URL", personalUrl(d, a)).text("\n");
  }
};

const hrNote: Template = (d, b) => {
  const x = ctx(d);
  const cand = x.who(), rec = x.who();
  const id = x.id();
  b.text(`## Candidate: `).ent("PERSON", full(cand)).text("\n\n");
  b.text(
    `- Role: ${
      d.pick(["Junior bookkeeper", "Warehouse lead", "Dental nurse", "Sous chef", "IT support"])
    }\n`,
  );
  b.text("- Date of birth: ").ent("DATE", x.dob()).text("\n");
  b.text("- Home address: ").ent("ADDRESS", x.street()).text(`, ${x.c.town(d)}\n`);
  b.text("- Mobile: ").ent("PHONE", x.phone()).text("\n");
  b.text("- Email: ").ent("EMAIL", email(d, cand)).text("\n");
  if (id) b.text(`- ${id.label}: `).ent("ID", id.value).text("\n");
  b.text("- LinkedIn: ").ent("URL", personalUrl(d, cand)).text("\n");
  if (chance(d, 0.5)) b.text("- Payroll IBAN: ").ent("IBAN", x.iban()).text("\n");
  b.text("\nInterview notes (").ent("PERSON", rec.first).text("): ");
  b.ent("PERSON", cand.first).text(d.pick([
    " came across as calm and organised; strong references from her last employer.",
    " was ten minutes late but apologised; good answers on stock control.",
    " asked about flexible hours for childcare.",
  ]));
  b.text(` Reference: ${d.pick(TITLES.en)} `).ent("PERSON", x.who().last).text(", ").ent(
    "PHONE",
    x.phone(),
  ).text(".\n");
};

const reminder: Template = (d, b) => {
  const x = ctx(d);
  const pt = x.who(), doc = x.who();
  b.text(`${d.pick(["Appointment reminder", "REMINDER", "Your upcoming visit"])}\n\n`);
  b.text(`Dear ${d.pick(TITLES.en.slice(0, 3))} `).ent("PERSON", pt.last).text(",\n\n");
  b.text(`This is a reminder of your appointment with ${d.pick(["Dr.", "Dr"])} `).ent(
    "PERSON",
    doc.last,
  );
  b.text(
    ` on ${d.pick(WEEKDAYS)} ${int(d, 1, 28)} ${d.pick(["June", "July", "October"])} at ${
      int(d, 8, 17)
    }:${d.pick(["00", "15", "30", "45"])}.\n`,
  );
  b.text("Patient: ").ent("PERSON", full(pt)).text(" (DOB ").ent("DATE", x.dob()).text(")\n");
  b.text("We have your contact number as ").ent("PHONE", x.phone()).text(". ");
  b.text("Manage or cancel online: ").ent("URL", personalUrl(d, pt)).text("\n");
  b.text(d.pick(["\nPlease arrive 10 minutes early.", "\nReply STOP to opt out."]) + "\n");
};

const schoolLetter: Template = (d, b) => {
  const x = ctx(d);
  const child = x.who(), parent = x.who(), teacher = x.who();
  if (chance(d, 0.5)) b.text("Dear Parent/Guardian of ").ent("PERSON", full(child)).text(",\n\n");
  else {b.text(`Dear ${d.pick(["Mr", "Mrs", "Ms", "Mr.", "Ms."])} `).ent("PERSON", parent.last)
      .text(",\n\n");}
  b.text(d.pick(["We are delighted that ", "Following our conversation, "])).ent(
    "PERSON",
    child.first,
  );
  b.text(
    d.pick([
      " will join the Year 5 trip to the science museum. ",
      "'s reading has come on a lot this term. ",
    ]),
  );
  b.text("Our records show the emergency contact as ").ent("PERSON", full(parent)).text(", ").ent(
    "PHONE",
    x.phone(),
  );
  b.text(", living at ").ent("ADDRESS", x.street()).text(
    ". Please tell the office if this has changed.\n\n",
  );
  b.text(`Yours sincerely,\n${d.pick(["Mrs", "Mr", "Ms"])} `).ent("PERSON", teacher.last).text(
    "\nClass teacher\n",
  );
};

const landlordLetter: Template = (d, b) => {
  const x = ctx(d);
  const ten = x.who(), ll = x.who();
  const addr = x.street();
  b.ent("PERSON", full(ll)).text("\n").ent("ADDRESS", x.street()).text(`\n${x.c.town(d)}\n\n`);
  b.ent("PERSON", full(ten)).text("\n").ent("ADDRESS", addr).text(`\n${x.c.town(d)}\n\n`);
  b.text(`Dear ${d.pick(["", `${d.pick(TITLES.en.slice(0, 3))} `])}`).ent("PERSON", ten.last).text(
    ",\n\n",
  );
  b.text(d.pick([
    "Re: rent increase from 1 September. ",
    "Re: notice of inspection. ",
    "Re: return of your deposit. ",
  ]));
  b.text("Please continue to pay the rent into ").ent("IBAN", x.iban()).text(" (account holder ")
    .ent("PERSON", full(ll));
  b.text("). If you have any questions call me on ").ent("PHONE", x.phone()).text(".\n\n");
  b.text("Yours sincerely,\n").ent("PERSON", `${ll.first} ${ll.last.toUpperCase()}`).text("\n");
};

const claim: Template = (d, b) => {
  const x = ctx(d);
  const cl = x.who(), wit = x.who(), sol = x.who();
  const id = x.id();
  b.text(`CLAIM FORM – ${d.pick(["Home contents", "Motor", "Travel", "Personal injury"])}\n`);
  b.text(`Policy no.: ${fill(d, "??-#######")}\n`);
  b.text("Claimant: ").ent("PERSON", `${cl.last.toUpperCase()}, ${cl.first}`).text("\n");
  b.text("Date of birth: ").ent("DATE", x.dob()).text("\n");
  if (id) b.text(`${id.label}: `).ent("ID", id.value).text("\n");
  b.text("Address of loss: ").ent("ADDRESS", x.street()).text("\n");
  b.text("Contact: ").ent("PHONE", x.phone()).text(" / ").ent("EMAIL", email(d, cl)).text("\n\n");
  b.text(
    "Statement: On the evening in question I returned home to find the back door forced. My neighbour ",
  );
  b.ent("PERSON", full(wit)).text(d.pick([" saw two men leave in a van.", " called the police."]));
  b.text(" Settlement to be paid to ").ent("IBAN", x.iban()).text(".\n");
  b.text(`Represented by: ${d.pick(TITLES.en)} `).ent("PERSON", sol.last).text(" (").ent(
    "EMAIL",
    email(d, sol, true),
  ).text(")\n");
};

const shipping: Template = (d, b) => {
  const x = ctx(d);
  const r = x.who();
  b.text(`DELIVERY NOTE ${fill(d, "DN-#####")}\nShip to:\n`);
  b.ent("PERSON", full(r).toUpperCase()).text("\n").ent("ADDRESS", x.street()).text(
    `\n${x.c.town(d)}\n`,
  );
  b.text(`${d.pick(["Tel", "Phone", "☎"])}: `).ent("PHONE", x.phone()).text("\n");
  b.text(
    `Items: ${int(d, 1, 6)} × ${
      d.pick(["oak shelf", "espresso grinder", "bike tyre", "paint 5L"])
    }\n`,
  );
  b.text("Instructions: ").text(d.pick([
    "leave with neighbour if out",
    "ring twice, dog is friendly",
    "side gate code given by phone",
  ]));
  b.text(". Notify ").ent("EMAIL", email(d, r)).text(" on dispatch.\n");
};

const invoice: Template = (d, b) => {
  const x = ctx(d);
  const cust = x.who();
  const rows = int(d, 1, 3);
  b.text(`RECEIPT ${fill(d, "#####")}\n\nBilled to: `).ent("PERSON", full(cust)).text("\n");
  b.ent("ADDRESS", x.street()).text(`\n${x.c.town(d)}\n`).ent("EMAIL", email(d, cust)).text("\n\n");
  b.text("| Item | Qty | Amount |\n|---|---|---|\n");
  for (let i = 0; i < rows; i++) {
    b.text(
      `| ${d.pick(["Consultation", "Repair labour", "Replacement part", "Lesson"])} | ${
        int(d, 1, 4)
      } | ${int(d, 20, 400)}.00 |\n`,
    );
  }
  b.text(`\nPaid by card: `).ent("CARD", card(d)).text(
    ` (${d.pick(["Visa", "Mastercard", "card"])})\n`,
  );
  if (chance(d, 0.4)) b.text("Or transfer to ").ent("IBAN", x.iban()).text("\n");
  b.text("Thank you for your business!\n");
};

const calendarInvite: Template = (d, b) => {
  const x = ctx(d);
  const org = x.who(), att = [x.who(), x.who()];
  b.text("BEGIN:VEVENT\nSUMMARY:");
  b.text(d.pick(["Viewing", "Parent-teacher meeting", "Physio follow-up", "Interview"])).text("\n");
  b.text(`DTSTART:2025${pad(int(d, 1, 12))}${pad(int(d, 1, 28))}T${pad(int(d, 8, 17))}0000Z\n`);
  b.text("ORGANIZER;CN=").ent("PERSON", full(org)).text(":mailto:").ent(
    "EMAIL",
    email(d, org, true),
  ).text("\n");
  for (const a of att) {
    b.text("ATTENDEE;CN=").ent("PERSON", full(a)).text(";RSVP=TRUE:mailto:").ent(
      "EMAIL",
      email(d, a),
    ).text("\n");
    b.known.push(full(a));
  }
  b.text("LOCATION:").ent("ADDRESS", x.street()).text("\n");
  b.text("DESCRIPTION:Join online: ").ent("URL", personalUrl(d, org)).text("\\nIf late call ").ent(
    "PHONE",
    x.phone(),
  ).text("\n");
  b.text("END:VEVENT\n");
};

const dataExport: Template = (d, b) => {
  const x = ctx(d);
  const rows = [x.who(), x.who(), x.who()];
  const kind = int(d, 0, 3);
  if (kind === 0) {
    b.text("name,email,phone,dob,notes\n");
    for (const p of rows) {
      b.text('"').ent("PERSON", `${p.last}, ${p.first}`).text('",').ent("EMAIL", email(d, p)).text(
        ",",
      );
      b.ent("PHONE", x.phone()).text(",").ent("DATE", x.dob()).text(
        `,${d.pick(["VIP", "", "prefers SMS"])}\n`,
      );
    }
  } else if (kind === 1) {
    b.text("[\n");
    rows.forEach((p, i) => {
      b.text('  {"first_name": "').ent("PERSON", p.first).text('", "last_name": "').ent(
        "PERSON",
        p.last,
      );
      b.text('", "email": "').ent("EMAIL", email(d, p)).text('", "last_ip": "').ent("IP", ip(d));
      b.text(`"}${i < rows.length - 1 ? "," : ""}\n`);
    });
    b.text("]\n");
  } else if (kind === 2) {
    b.text("customers:\n");
    for (const p of rows) {
      b.text("  - name: ").ent("PERSON", full(p)).text("\n    address: ").ent(
        "ADDRESS",
        x.street(),
      );
      b.text('\n    phone: "').ent("PHONE", x.phone()).text('"\n');
    }
  } else {
    b.text("| Member | Email | Mobile |\n| --- | --- | --- |\n");
    for (const p of rows) {
      b.text("| ").ent("PERSON", full(p)).text(" | ").ent("EMAIL", email(d, p)).text(" | ").ent(
        "PHONE",
        x.phone(),
      ).text(" |\n");
    }
  }
};

const codeLog: Template = (d, b) => {
  const x = ctx(d);
  const p = x.who(), q = x.who();
  if (chance(d, 0.5)) {
    b.text("```\n");
    for (let i = 0; i < 3; i++) {
      b.ent("IP", ip(d)).text(
        ` - - [${pad(int(d, 1, 28))}/May/2025:${pad(int(d, 0, 23))}:${pad(int(d, 0, 59))}:${
          pad(int(d, 0, 59))
        } +0000] "GET `,
      );
      b.text(d.pick(["/login", "/api/orders", "/static/app.js"])).text(
        ` HTTP/1.1" ${d.pick(["200", "302", "404"])} ${int(d, 200, 9000)}\n`,
      );
    }
    b.text(`${pad(int(d, 0, 23))}:${pad(int(d, 0, 59))} ERROR signup failed for `).ent(
      "EMAIL",
      email(d, p),
    );
    b.text(" (name=").ent("PERSON", full(p)).text(", phone=").ent("PHONE", x.phone()).text(
      ")\n```\n",
    );
    b.text("Can you tell me why this fails? It started after the deploy.\n");
  } else {
    b.text(
      'Why does this test fixture break my validator?\n\n```ts\nconst customer = {\n  name: "',
    );
    b.ent("PERSON", full(q)).text('",\n  email: "').ent("EMAIL", email(d, q)).text('",\n  card: "')
      .ent("CARD", card(d));
    b.text('",\n  billing: "').ent("ADDRESS", x.street()).text('",\n  dob: "').ent("DATE", x.dob());
    b.text('",\n  site: "').ent("URL", personalUrl(d, q)).text('",\n};\n```\n');
  }
};

// Documents in their own languages.

type Lang = "de" | "fr" | "es" | "it" | "nl" | "pt" | "pl" | "sv" | "da" | "fi" | "cs" | "ro";

const LANG_COUNTRY: Record<Lang, string[]> = {
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE", "CH", "CA"],
  es: ["ES", "MX"],
  it: ["IT", "CH"],
  nl: ["NL", "BE"],
  pt: ["PT", "BR"],
  pl: ["PL"],
  sv: ["SE"],
  da: ["DK"],
  fi: ["FI"],
  cs: ["CZ"],
  ro: ["RO"],
};

/** Phrases per language: greeting, body pieces, closing. */
const PHRASES: Record<Lang, {
  /** Salutations that take a surname. */
  dear: string[];
  born: string;
  live: string;
  call: string;
  pay: string;
  mail: string;
  close: string;
}> = {
  de: {
    dear: ["Sehr geehrter Herr", "Sehr geehrte Frau", "Guten Tag Frau Dr.", "Hallo Herr"],
    born: "geboren am",
    live: "wohnhaft in der",
    call: "Sie erreichen mich unter",
    pay: "Bitte überweisen Sie die Kaution auf",
    mail: "oder per E-Mail an",
    close: "Mit freundlichen Grüßen",
  },
  fr: {
    dear: ["Madame", "Monsieur", "Bonjour Madame", "Cher Monsieur", "Chère Maître"],
    born: "né(e) le",
    live: "domicilié(e) au",
    call: "Vous pouvez me joindre au",
    pay: "Merci de verser l'acompte sur le compte",
    mail: "ou par courriel à",
    close: "Cordialement",
  },
  es: {
    dear: ["Estimado Sr.", "Estimada Sra.", "Hola, don", "Apreciada Dra."],
    born: "nacido/a el",
    live: "con domicilio en",
    call: "Puede llamarme al",
    pay: "Le ruego haga la transferencia a la cuenta",
    mail: "o escribirme a",
    close: "Un saludo",
  },
  it: {
    dear: ["Gentile Sig.ra", "Gentile Dott.", "Egregio Avv.", "Caro Sig."],
    born: "nato/a il",
    live: "residente in",
    call: "Può contattarmi al",
    pay: "Si prega di effettuare il bonifico sull'IBAN",
    mail: "oppure via e-mail a",
    close: "Cordiali saluti",
  },
  nl: {
    dear: ["Beste mevrouw", "Geachte heer", "Geachte mevrouw", "Beste dhr."],
    born: "geboren op",
    live: "wonende aan de",
    call: "U kunt mij bellen op",
    pay: "Graag de borg overmaken naar",
    mail: "of mailen naar",
    close: "Met vriendelijke groet",
  },
  pt: {
    dear: ["Caro Sr.", "Cara Sra.", "Exmo. Sr. Dr.", "Prezada Sra."],
    born: "nascido/a em",
    live: "residente na",
    call: "Pode ligar-me para o",
    pay: "Agradeço a transferência para o IBAN",
    mail: "ou por e-mail para",
    close: "Com os melhores cumprimentos",
  },
  pl: {
    dear: ["Szanowny Panie", "Szanowna Pani", "Szanowny Panie Doktorze", "Dzień dobry Pani"],
    born: "urodzony/a",
    live: "zamieszkały/a przy",
    call: "Proszę dzwonić pod numer",
    pay: "Proszę o przelew na rachunek",
    mail: "lub pisać na adres",
    close: "Z poważaniem",
  },
  sv: {
    dear: ["Hej", "Bästa herr", "Hej fru", "Till"],
    born: "född",
    live: "bosatt på",
    call: "Du når mig på",
    pay: "Betala depositionen till",
    mail: "eller mejla",
    close: "Med vänliga hälsningar",
  },
  da: {
    dear: ["Kære", "Kære hr.", "Kære fru", "Hej"],
    born: "født",
    live: "bosat på",
    call: "Du kan ringe til mig på",
    pay: "Depositum bedes indbetalt på",
    mail: "eller skrive til",
    close: "Venlig hilsen",
  },
  fi: {
    dear: ["Hei", "Hyvä rouva", "Arvoisa herra", "Moi"],
    born: "syntynyt",
    live: "osoitteessa",
    call: "Minut tavoittaa numerosta",
    pay: "Maksathan vuokravakuuden tilille",
    mail: "tai sähköpostitse",
    close: "Ystävällisin terveisin",
  },
  cs: {
    dear: ["Vážený pane", "Vážená paní", "Vážený pane inženýre", "Dobrý den, paní"],
    born: "narozen(a)",
    live: "bytem",
    call: "Zastihnete mě na čísle",
    pay: "Kauci prosím uhraďte na účet",
    mail: "nebo napište na",
    close: "S pozdravem",
  },
  ro: {
    dear: ["Stimate domnule", "Stimată doamnă", "Bună ziua, doamna", "Stimate domnule dr."],
    born: "născut(ă) la",
    live: "domiciliat(ă) în",
    call: "Mă puteți contacta la",
    pay: "Vă rog să transferați garanția în contul",
    mail: "sau pe e-mail la",
    close: "Cu stimă",
  },
};

const foreignLetter: Template = (d, b) => {
  const lang = d.pick(Object.keys(PHRASES)) as Lang;
  const x = ctx(d, d.pick(LANG_COUNTRY[lang]));
  const ph = PHRASES[lang];
  const to = x.who(), me = x.who();
  const dobStyle = x.c.code === "AT" ? "at" : lang;
  const dear = d.pick(ph.dear);
  // Nordic informal greetings take the given name.
  const informal = ["Hej", "Kære", "Hei", "Moi", "Till"].includes(dear);
  b.text(`${dear} `).ent("PERSON", informal ? to.first : to.last).text(",\n\n");
  b.ent("PERSON", full(me)).text(`, ${ph.born} `).ent("DATE", x.dob(dobStyle));
  b.text(`, ${ph.live} `).ent("ADDRESS", x.street()).text(`, ${x.c.town(d)}.\n`);
  const id = x.id();
  if (id && chance(d, 0.6)) b.text(`${id.label}: `).ent("ID", id.value).text("\n");
  b.text(`${ph.call} `).ent("PHONE", x.phone()).text(` ${ph.mail} `).ent("EMAIL", email(d, me))
    .text(".\n");
  if (chance(d, 0.6)) b.text(`${ph.pay} `).ent("IBAN", ibanFor(d, x.c.iban ?? "DE")).text(".\n");
  b.text(`\n${ph.close}\n`).ent("PERSON", full(me)).text("\n");
};

const foreignChat: Template = (d, b) => {
  const lang = d.pick(["de", "fr", "es", "it", "nl", "pt", "pl", "sv"] as const);
  const x = ctx(d, d.pick(LANG_COUNTRY[lang]));
  const a = x.who(), c = x.who();
  const msgs: Record<typeof lang, [string, string, string]> = {
    de: ["Hast du die Nummer vom Handwerker?", "Klar:", "Und wohin soll er kommen?"],
    fr: ["Tu as le numéro du plombier ?", "Oui :", "Et l'adresse pour samedi ?"],
    es: ["¿Tienes el número del fontanero?", "Sí:", "¿Y la dirección del sábado?"],
    it: ["Hai il numero dell'idraulico?", "Sì:", "E l'indirizzo per sabato?"],
    nl: ["Heb je het nummer van de loodgieter?", "Ja:", "En het adres voor zaterdag?"],
    pt: ["Tens o número do canalizador?", "Sim:", "E a morada para sábado?"],
    pl: ["Masz numer do hydraulika?", "Tak:", "A adres na sobotę?"],
    sv: ["Har du numret till rörmokaren?", "Ja:", "Och adressen till lördag?"],
  };
  const [q1, a1, q2] = msgs[lang];
  let minute = int(d, 7 * 60, 20 * 60);
  const t = () => {
    minute += int(d, 0, 40);
    return `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
  };
  b.text(`[${t()}] `).ent("PERSON", a.first).text(`: ${q1}\n`);
  b.text(`[${t()}] `).ent("PERSON", c.first).text(`: ${a1} `).ent("PHONE", x.phone()).text(" (")
    .ent("PERSON", full(x.who())).text(")\n");
  b.text(`[${t()}] `).ent("PERSON", a.first).text(`: ${q2}\n`);
  b.text(`[${t()}] `).ent("PERSON", c.first).text(": ").ent("ADDRESS", x.street()).text("\n");
};

const TEMPLATES: readonly Template[] = [
  emailThread,
  minutes,
  callTranscript,
  voiceNote,
  ticket,
  chatExport,
  hrNote,
  reminder,
  schoolLetter,
  landlordLetter,
  claim,
  shipping,
  invoice,
  calendarInvite,
  dataExport,
  codeLog,
  foreignLetter,
  foreignChat,
];

// ---------------------------------------------------------------------------
// A perfect redactor replaces every planted span. If a name word (3+ letters)
// or a 4+ digit group of an entity still shows up in what is left, the bench
// would count a leak the detector cannot avoid (e.g. "Will" next to "we will"),
// so such a document is drawn again from the next sub-seed.

const fold = (s: string) => s.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

function unavoidableLeak(doc: Doc): boolean {
  let rest = "";
  let at = 0;
  for (const e of [...doc.entities].sort((p, q) => p.start - q.start)) {
    rest += doc.text.slice(at, e.start) + " ";
    at = e.end;
  }
  rest = fold(rest + doc.text.slice(at));
  const has = (w: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "u",
    ).test(rest);
  return doc.entities.some((e) => {
    const v = fold(e.value);
    if (e.type === "PERSON") {
      return (v.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).some((w) =>
        w.replace(/\.$/, "").length >= 3 && has(w)
      );
    }
    if (e.type === "EMAIL") return has(v.split("@")[0]);
    const groups = v.match(/[0-9a-z]+/g) ?? [];
    if (e.type === "ADDRESS" && groups.length >= 2 && rest.includes(`${groups[0]} ${groups[1]}`)) {
      return true;
    }
    return groups.some((g) => g.length >= 4 && /[0-9]/.test(g) && has(g));
  });
}

/** The held-out-5 corpus: `n` documents from a fixed seed. */
export function heldout5Corpus(n: number, seed = 5_150_823): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    let doc: Doc | undefined;
    for (let attempt = 0; attempt < 20; attempt++) {
      // One faker locale per document, as corpus() does; retries move to a far sub-seed.
      const d = draw(seed + i + attempt * 1_000_003, [
        HELDOUT5_LOCALES[i % HELDOUT5_LOCALES.length],
      ]);
      const b = new DocBuilder();
      TEMPLATES[i % TEMPLATES.length](d, b);
      doc = b.done();
      if (!unavoidableLeak(doc)) break;
    }
    docs.push(doc!);
  }
  return docs;
}
