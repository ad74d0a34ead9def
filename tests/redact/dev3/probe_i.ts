// probe_i: English customer-facing operations text (helpdesk tickets with history, CRM logs,
// order-problem mails, address corrections, account recovery, loyalty/returns forms, hotel and
// airline complaints, cancellations, debt-collection letters, tenant-landlord messages).
// Address formats for US/UK/AU/NZ/CA/IE/IN/SG/ZA, inline, multi-line, comma-separated, lower-case.
// Deterministic: one fixed faker seed per document.
import { type Doc, DocBuilder } from "../_corpus.ts";
import { base, en, en_AU, en_CA, en_GB, en_IE, en_IN, en_US, en_ZA, Faker } from "@faker-js/faker";

type Reg = "US" | "UK" | "AU" | "NZ" | "CA" | "IE" | "IN" | "SG" | "ZA";
const REGS: Reg[] = ["US", "UK", "US", "AU", "CA", "IE", "US", "IN", "UK", "NZ", "SG", "ZA"];
const LOCALE: Record<Reg, Faker["rawDefinitions"]> = {
  US: en_US,
  UK: en_GB,
  AU: en_AU,
  NZ: en_AU,
  CA: en_CA,
  IE: en_IE,
  IN: en_IN,
  SG: en,
  ZA: en_ZA,
};

// ---------- hand-made name lists (faker names are mixed in too) ----------
const NAMES: Partial<Record<Reg, { first: string[]; last: string[] }>> = {
  IE: {
    first: [
      "Siobhán",
      "Aoife",
      "Niamh",
      "Ciarán",
      "Seán",
      "Pádraig",
      "Róisín",
      "Eoin",
      "Declan",
      "Orla",
      "Cathal",
      "Gráinne",
      "Fionnuala",
      "Darragh",
      "Maeve",
    ],
    last: [
      "O'Sullivan",
      "Ó Briain",
      "McCarthy",
      "Fitzgerald",
      "O'Neill",
      "Ní Dhomhnaill",
      "Byrne",
      "Kavanagh",
      "Mac Giolla Phádraig",
      "Doherty",
      "Moriarty",
      "Gallagher",
      "Cullinane",
    ],
  },
  ZA: {
    first: [
      "Thandiwe",
      "Sipho",
      "Lerato",
      "Pieter",
      "Annelie",
      "Mpho",
      "Bongani",
      "Zanele",
      "Johannes",
      "Nomvula",
      "Riaan",
      "Kagiso",
      "Palesa",
    ],
    last: [
      "van der Merwe",
      "Dlamini",
      "Nkosi",
      "Botha",
      "Mokoena",
      "du Plessis",
      "Khumalo",
      "Naidoo",
      "Pretorius",
      "Ndlovu",
      "Mahlangu",
      "Coetzee",
    ],
  },
  NZ: {
    first: [
      "Aroha",
      "Tane",
      "Mereana",
      "Wiremu",
      "Hemi",
      "Ngaire",
      "Liam",
      "Olivia",
      "Manaia",
      "Kiri",
      "Hamish",
      "Tui",
    ],
    last: [
      "Ngata",
      "Tipene",
      "Walker",
      "Parata",
      "Te Huia",
      "Smith",
      "Henare",
      "Rangi",
      "MacDonald",
      "Tawhiri",
      "Wilson",
    ],
  },
  SG: {
    // family name first for Chinese names; handled by `sg` flag
    first: [
      "Wei Ming",
      "Hui Min",
      "Jia Hui",
      "Kok Leong",
      "Mei Ling",
      "Zhi Hao",
      "Siew Lan",
      "Boon Kiat",
      "Xin Yi",
      "Chee Keong",
    ],
    last: ["Tan", "Lim", "Ng", "Goh", "Teo", "Ong", "Chua", "Koh", "Lee", "Wong", "Sim"],
  },
  IN: {
    first: [
      "Priya",
      "Arjun",
      "Lakshmi",
      "Venkatesh",
      "Ananya",
      "Rohit",
      "Deepika",
      "Sandeep",
      "Meenakshi",
      "Karthik",
      "Farhan",
      "Gurpreet",
    ],
    last: [
      "Ramaswamy",
      "Iyer",
      "Chatterjee",
      "Deshpande",
      "Reddy",
      "Bhattacharya",
      "Kulkarni",
      "Nair",
      "Siddiqui",
      "Gill",
      "Menon",
    ],
  },
  US: {
    first: [
      "DeShawn",
      "Maria José",
      "Tyler",
      "Lakisha",
      "Guadalupe",
      "Brandon",
      "Connor",
      "Mary-Kate",
      "Luis",
      "Jo Ann",
      "Dakota",
      "Nguyet",
    ],
    last: [
      "Washington",
      "Hernández",
      "O'Brien",
      "Nguyen",
      "Kowalski",
      "McAllister",
      "Delacroix",
      "St. James",
      "Begay",
      "Yazzie",
      "Fitzpatrick",
      "Ramírez-Soto",
    ],
  },
  UK: {
    first: [
      "Gemma",
      "Callum",
      "Bethan",
      "Rhys",
      "Siân",
      "Alistair",
      "Priya",
      "Kwame",
      "Imogen",
      "Declan",
      "Ffion",
      "Hamza",
    ],
    last: [
      "Featherstonehaugh",
      "Ap Rhys",
      "Okonkwo",
      "Smith",
      "Hughes",
      "Cholmondeley",
      "Begum",
      "MacLeod",
      "Patel",
      "Barker-Jones",
      "Wright",
    ],
  },
};

interface P {
  first: string;
  last: string;
  title: string;
  sg: boolean; // family name first
  middle?: string;
}

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
const MON3 = MONTHS.map((m) => m.slice(0, 3));

class Ctx {
  f: Faker;
  reg: Reg;
  b: DocBuilder;
  people: P[] = [];
  constructor(seed: number, reg: Reg, b: DocBuilder) {
    this.f = new Faker({ locale: [LOCALE[reg], en, base] });
    this.f.seed(seed);
    this.reg = reg;
    this.b = b;
  }
  pick<T>(xs: readonly T[]): T {
    return this.f.helpers.arrayElement(xs as T[]);
  }
  chance(p: number): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  num(min: number, max: number): number {
    return this.f.number.int({ min, max });
  }
  digits(n: number): string {
    return this.f.string.numeric({ length: n, allowLeadingZeros: true });
  }
  t(s: string): this {
    this.b.text(s);
    return this;
  }
  e(type: Parameters<DocBuilder["ent"]>[0], v: string): this {
    this.b.ent(type, v);
    return this;
  }

  // ---------- people ----------
  person(): P {
    const own = NAMES[this.reg];
    const useOwn = own && (this.reg === "SG" || this.chance(0.6));
    const sex = this.chance(0.5) ? "female" : "male";
    const first = useOwn ? this.pick(own!.first) : this.f.person.firstName(sex);
    let last = useOwn ? this.pick(own!.last) : this.f.person.lastName();
    if (!useOwn && this.chance(0.07)) last = `${last}-${this.f.person.lastName()}`;
    const title = this.pick(
      sex === "female" ? ["Ms", "Mrs", "Miss", "Dr", "Ms."] : ["Mr", "Mr.", "Dr", "Mr"],
    );
    const p: P = { first, last, title, sg: this.reg === "SG" };
    if (this.chance(0.12) && !p.sg) p.middle = this.f.person.firstName(sex);
    this.people.push(p);
    return p;
  }
  full(p: P): string {
    return p.sg ? `${p.last} ${p.first}` : `${p.first} ${p.last}`;
  }
  /** Writes a full-name mention in a random real-world style. */
  name(p: P, style?: string): this {
    const s = style ??
      this.pick([
        "full",
        "full",
        "full",
        "full",
        "upper",
        "lower",
        "lastcomma",
        "initial",
        "middle",
        "titled",
      ]);
    switch (s) {
      case "upper":
        return this.e("PERSON", this.full(p).toUpperCase());
      case "lower":
        return this.e("PERSON", this.full(p).toLowerCase());
      case "lastcomma":
        return p.sg
          ? this.e("PERSON", this.full(p))
          : this.e("PERSON", `${p.last.toUpperCase()}, ${p.first}`);
      case "initial":
        return p.sg ? this.e("PERSON", this.full(p)) : this.e("PERSON", `${p.first[0]}. ${p.last}`);
      case "middle":
        return p.middle
          ? this.e("PERSON", `${p.first} ${p.middle[0]}. ${p.last}`)
          : this.e("PERSON", this.full(p));
      case "titled":
        return this.t(`${p.title} `).e("PERSON", this.full(p));
      default:
        return this.e("PERSON", this.full(p));
    }
  }
  /** Short mention: first name, surname with title, or initial. */
  short(p: P, style?: string): this {
    const s = style ?? this.pick(["first", "first", "title", "last"]);
    if (s === "first") return this.e("PERSON", p.first);
    if (s === "title") return this.t(`${p.title} `).e("PERSON", p.last);
    return this.e("PERSON", p.last);
  }
  agent(): P {
    const p = this.person();
    return p;
  }

  // ---------- contact values ----------
  email(p: P, style?: string): string {
    const clean = (s: string) =>
      s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
    const fi = clean(p.first), la = clean(p.last);
    const dom = this.pick(
      this.reg === "UK"
        ? ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"]
        : this.reg === "AU"
        ? ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com"]
        : this.reg === "IN"
        ? ["gmail.com", "rediffmail.com", "yahoo.co.in"]
        : this.reg === "IE"
        ? ["gmail.com", "eircom.net", "hotmail.com"]
        : this.reg === "NZ"
        ? ["xtra.co.nz", "gmail.com"]
        : [
          "gmail.com",
          "yahoo.com",
          "hotmail.com",
          "icloud.com",
          "aol.com",
          "comcast.net",
          "protonmail.com",
        ],
    );
    const v = style ?? this.pick(["a", "b", "c", "d", "e", "f"]);
    const y = String(this.num(60, 99));
    const user = v === "a"
      ? `${fi}.${la}`
      : v === "b"
      ? `${fi[0]}${la}${y}`
      : v === "c"
      ? `${fi}_${la}${this.num(1, 999)}`
      : v === "d"
      ? `${la}.${fi[0]}`
      : v === "e"
      ? `${fi}${la[0]}+orders`
      : `${fi}${y}`;
    const addr = `${user}@${dom}`;
    return this.chance(0.08) ? addr.replace(/^./, (c) => c.toUpperCase()) : addr;
  }
  workEmail(p: P, company: string): string {
    const c = company.toLowerCase().replace(/[^a-z]/g, "").slice(0, 14);
    const fi = p.first.toLowerCase().replace(/[^a-z]/g, "");
    const la = p.last.toLowerCase().replace(/[^a-z]/g, "");
    return `${this.pick([`${fi}.${la}`, `${fi[0]}${la}`, fi])}@${c}.${
      this.pick(["com", "co", "io"])
    }`;
  }
  phone(opts: { ext?: boolean; vanity?: boolean } = {}): string {
    const d = (n: number) => this.digits(n);
    const nz = () => String(this.num(2, 9));
    let p: string;
    switch (this.reg) {
      case "US":
      case "CA": {
        const area = `${nz()}${d(2)}`, ex = `${nz()}${d(2)}`, ln = d(4);
        if (opts.vanity) {
          const word = this.pick([
            "ROOF",
            "PAVE",
            "DOGS",
            "FIX-IT",
            "CAKE",
            "VAN",
            "PLUMB",
            "TOWME",
          ]);
          p = `(${this.pick(["800", "888", "877", area])}) ${ex}-${word}`;
          break;
        }
        p = this.pick([
          `(${area}) ${ex}-${ln}`,
          `${area}-${ex}-${ln}`,
          `${area}.${ex}.${ln}`,
          `+1 ${area} ${ex} ${ln}`,
          `1-${area}-${ex}-${ln}`,
          `${area}${ex}${ln}`,
          `+1 (${area}) ${ex}-${ln}`,
        ]);
        break;
      }
      case "UK": {
        const m = `7${d(3)}`, r = d(6);
        p = this.pick([
          `0${m} ${r}`,
          `+44 ${m} ${r}`,
          `+44 (0)${m} ${r}`,
          `020 ${d(4)} ${d(4)}`,
          `0${m}${r}`,
          `0161 ${d(3)} ${d(4)}`,
        ]);
        break;
      }
      case "AU": {
        p = this.pick([
          `04${d(2)} ${d(3)} ${d(3)}`,
          `+61 4${d(2)} ${d(3)} ${d(3)}`,
          `(02) ${d(4)} ${d(4)}`,
          `04${d(8)}`,
          `(03) ${d(4)} ${d(4)}`,
        ]);
        break;
      }
      case "NZ": {
        p = this.pick([
          `021 ${d(3)} ${d(4)}`,
          `+64 21 ${d(3)} ${d(4)}`,
          `(09) ${d(3)} ${d(4)}`,
          `027-${d(3)}-${d(4)}`,
        ]);
        break;
      }
      case "IE": {
        p = this.pick([
          `08${this.pick(["3", "5", "6", "7", "9"])} ${d(3)} ${d(4)}`,
          `+353 8${this.pick(["3", "5", "7"])} ${d(3)} ${d(4)}`,
          `(01) ${d(3)} ${d(4)}`,
          `021 ${d(3)} ${d(4)}`,
        ]);
        break;
      }
      case "IN": {
        const m = `${this.pick(["9", "8", "7"])}${d(4)}`;
        p = this.pick([
          `+91 ${m} ${d(5)}`,
          `+91-${m}${d(5)}`,
          `0${m} ${d(5)}`,
          `${m}${d(5)}`,
          `080-${d(4)} ${d(4)}`,
        ]);
        break;
      }
      case "SG": {
        p = this.pick([
          `+65 ${this.pick(["8", "9"])}${d(3)} ${d(4)}`,
          `${this.pick(["8", "9"])}${d(3)} ${d(4)}`,
          `6${d(3)} ${d(4)}`,
          `+65-${this.pick(["8", "9"])}${d(7)}`,
        ]);
        break;
      }
      case "ZA": {
        p = this.pick([
          `0${this.pick(["82", "83", "72", "76", "61"])} ${d(3)} ${d(4)}`,
          `+27 ${this.pick(["82", "71", "84"])} ${d(3)} ${d(4)}`,
          `(021) ${d(3)} ${d(4)}`,
          `011-${d(3)}-${d(4)}`,
        ]);
        break;
      }
    }
    if (opts.ext) {
      p += this.pick([
        ` ext. ${d(3)}`,
        ` x${d(3)}`,
        ` ext ${d(2)}`,
        `, ext. ${d(4)}`,
        ` #${d(3)}`,
        ` (ext ${d(3)})`,
      ]);
    }
    return p;
  }
  /** A national id / SSN etc. for the region, with a label. */
  natId(): [string, string] {
    const d = (n: number) => this.digits(n);
    const L = () =>
      this.f.string.alpha({
        length: 1,
        casing: "upper",
        exclude: ["D", "F", "I", "Q", "U", "V", "O"],
      });
    switch (this.reg) {
      case "US":
        return this.pick([
          ["SSN", `${this.num(100, 665)}-${d(2)}-${d(4)}`],
          ["social", `${this.num(100, 665)} ${d(2)} ${d(4)}`],
          ["SSN", `${this.num(100, 665)}${d(2)}${d(4)}`],
        ]);
      case "UK":
        return this.pick([
          ["NI number", `${L()}${L()} ${d(2)} ${d(2)} ${d(2)} ${this.pick(["A", "B", "C", "D"])}`],
          ["National Insurance no.", `${L()}${L()}${d(6)}${this.pick(["A", "B", "C", "D"])}`],
        ]);
      case "AU":
        return this.pick([["TFN", `${d(3)} ${d(3)} ${d(3)}`], [
          "Medicare no.",
          `${this.num(2, 6)}${d(3)} ${d(5)} ${this.num(1, 9)}`,
        ]]);
      case "NZ":
        return ["IRD number", `${d(3)}-${d(3)}-${d(3)}`];
      case "CA":
        return [
          "SIN",
          this.pick([
            `${this.num(1, 7)}${d(2)} ${d(3)} ${d(3)}`,
            `${this.num(1, 7)}${d(2)}-${d(3)}-${d(3)}`,
          ]),
        ];
      case "IE":
        return ["PPSN", `${d(7)}${this.pick(["T", "W", "A", "H"])}${this.pick(["", "A", "W"])}`];
      case "IN":
        return this.pick([
          ["Aadhaar", `${this.num(2, 9)}${d(3)} ${d(4)} ${d(4)}`],
          [
            "PAN",
            `${this.f.string.alpha({ length: 3, casing: "upper" })}P${
              this.f.string.alpha({ length: 1, casing: "upper" })
            }${d(4)}${this.f.string.alpha({ length: 1, casing: "upper" })}`,
          ],
        ]);
      case "SG":
        return [
          "NRIC",
          `${this.pick(["S", "T"])}${d(7)}${this.f.string.alpha({ length: 1, casing: "upper" })}`,
        ];
      case "ZA":
        return [
          "ID number",
          `${this.num(55, 99)}${String(this.num(1, 12)).padStart(2, "0")}${
            String(this.num(1, 28)).padStart(2, "0")
          }${d(4)}0${this.num(8, 9)}${d(1)}`,
        ];
    }
  }
  passport(): string {
    const d = (n: number) => this.digits(n);
    switch (this.reg) {
      case "US":
        return `${this.num(5, 6)}${d(8)}`;
      case "UK":
        return `${this.num(1, 9)}${d(8)}`;
      case "IN":
        return `${this.f.string.alpha({ length: 1, casing: "upper" })}${d(7)}`;
      default:
        return `${this.f.string.alpha({ length: 2, casing: "upper" })}${d(7)}`;
    }
  }
  dob(): string {
    const dt = this.f.date.birthdate({ mode: "age", min: 19, max: 88 });
    const D = dt.getUTCDate(), M = dt.getUTCMonth() + 1, Y = dt.getUTCFullYear();
    const p2 = (n: number) => String(n).padStart(2, "0");
    const usStyle = this.reg === "US";
    return this.pick(
      usStyle
        ? [
          `${M}/${D}/${Y}`,
          `${p2(M)}/${p2(D)}/${Y}`,
          `${MONTHS[M - 1]} ${D}, ${Y}`,
          `${MON3[M - 1]} ${D} ${Y}`,
          `${p2(M)}-${p2(D)}-${String(Y).slice(2)}`,
          `${Y}-${p2(M)}-${p2(D)}`,
        ]
        : [
          `${p2(D)}/${p2(M)}/${Y}`,
          `${D} ${MONTHS[M - 1]} ${Y}`,
          `${D} ${MON3[M - 1]} ${Y}`,
          `${p2(D)}.${p2(M)}.${Y}`,
          `${Y}-${p2(M)}-${p2(D)}`,
          `${D}-${MON3[M - 1]}-${String(Y).slice(2)}`,
        ],
    );
  }
  card(): string {
    const raw = this.f.finance.creditCardNumber(
      this.pick(["visa", "mastercard", "amex", "discover", "visa"]),
    ).replace(/\D/g, "");
    const st = this.pick(["plain", "space", "dash"]);
    if (st === "plain") return raw;
    const sep = st === "space" ? " " : "-";
    if (raw.length === 15) {
      return `${raw.slice(0, 4)}${sep}${raw.slice(4, 10)}${sep}${raw.slice(10)}`;
    }
    return raw.match(/.{1,4}/g)!.join(sep);
  }
  iban(): string {
    const cc = this.reg === "IE"
      ? "IE"
      : this.reg === "UK"
      ? "GB"
      : this.pick(["GB", "IE", "DE", "NL", "FR"]);
    return this.f.finance.iban({ formatted: this.chance(0.6), countryCode: cc });
  }
  ip(): string {
    return this.chance(0.8) ? this.f.internet.ipv4() : this.f.internet.ipv6();
  }
  profileUrl(p: P): string {
    const s = (x: string) =>
      x.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]/g, "");
    return this.pick([
      `https://www.linkedin.com/in/${s(p.first)}-${s(p.last)}-${
        this.f.string.alphanumeric(6).toLowerCase()
      }`,
      `facebook.com/${s(p.first)}.${s(p.last)}.${this.num(1, 99)}`,
      `https://instagram.com/${s(p.first)}_${s(p.last)}`,
      `https://www.${s(p.first)}${s(p.last)}photography.com`,
      `x.com/${s(p.first)}${s(p.last)[0]}${this.num(10, 99)}`,
      `https://github.com/${s(p.first)[0]}${s(p.last)}`,
    ]);
  }

  // ---------- addresses ----------
  /** Returns street lines (PII) and locality line (not PII). */
  addr(): { lines: string[]; locality: string; city: string } {
    const f = this.f;
    const d = (n: number) => this.digits(n);
    const city = f.location.city();
    switch (this.reg) {
      case "US": {
        const st = this.pick([
          "Main",
          "Oak",
          "Maple",
          "Cedar",
          "Elm",
          "Washington",
          "Lincoln",
          "Park",
          "Lakeview",
          "Hillcrest",
          "Sunset",
          "Willow Creek",
          "Martin Luther King Jr",
          "Old Mill",
          f.person.lastName(),
        ]);
        const suf = this.pick([
          "St",
          "Street",
          "Ave",
          "Avenue",
          "Rd",
          "Blvd",
          "Dr",
          "Ln",
          "Ct",
          "Way",
          "Pkwy",
          "Hwy",
        ]);
        const dir = this.pick(["", "", "", "N ", "S ", "E ", "W ", "NE "]);
        const n = String(this.num(1, 29999));
        const unit = this.pick([
          "",
          "",
          ` Apt ${this.num(1, 40)}${this.pick(["", "B", "C"])}`,
          `, Apt. ${this.num(100, 999)}`,
          ` Unit ${this.num(1, 60)}`,
          `, Suite ${this.num(100, 950)}`,
          ` Ste ${this.num(100, 400)}`,
          ` #${this.num(1, 300)}`,
          ` Apt ${this.num(1, 9)}${this.pick(["A", "B", "F"])}`,
        ]);
        const kind = this.pick(["std", "std", "std", "std", "po", "rr", "hwy"]);
        const line = kind === "po"
          ? this.pick([`PO Box ${this.num(10, 9999)}`, `P.O. Box ${this.num(10, 9999)}`])
          : kind === "rr"
          ? this.pick([
            `RR ${this.num(1, 9)} Box ${this.num(10, 400)}`,
            `Rural Route ${this.num(1, 6)}, Box ${this.num(10, 400)}`,
          ])
          : kind === "hwy"
          ? `${this.num(1000, 99999)} State Highway ${this.num(1, 299)}`
          : `${n} ${dir}${st} ${suf}${unit}`;
        const state = f.location.state({ abbreviated: true });
        return {
          lines: [line],
          locality: `${city}, ${state} ${f.location.zipCode("#####")}`,
          city,
        };
      }
      case "UK": {
        const st = `${
          this.pick([
            "Kingsley",
            "Church",
            "Mill",
            "Station",
            "Victoria",
            "Albert",
            "Queen's",
            "Chapel",
            "Manor",
            "Beech",
            "Harcourt",
            "Grosvenor",
            f.person.lastName(),
          ])
        } ${
          this.pick([
            "Road",
            "Street",
            "Lane",
            "Close",
            "Crescent",
            "Avenue",
            "Gardens",
            "Terrace",
            "Mews",
            "Rd",
          ])
        }`;
        const n = `${this.num(1, 240)}${this.pick(["", "", "", "a", "A", "B"])}`;
        const kind = this.pick(["flat", "std", "std", "house", "flat2"]);
        const pc = f.location.zipCode();
        const loc = `${city} ${pc}`;
        if (kind === "flat") {
          return { lines: [`Flat ${this.num(1, 30)}, ${n} ${st}`], locality: loc, city };
        }
        if (kind === "flat2") {
          const hb = `${
            this.pick(["Rosewood", "Carlton", "Riverside", "Jubilee", "Ashdown", "Marlborough"])
          } ${this.pick(["House", "Court", "Mansions", "Lodge"])}`;
          return { lines: [`Flat ${this.num(1, 30)}, ${hb}`, `${n} ${st}`], locality: loc, city };
        }
        if (kind === "house") {
          const hn = `${
            this.pick(["Rose", "Ivy", "Holly", "Orchard", "Meadow", "Old School", "Yew Tree"])
          } ${this.pick(["Cottage", "House", "Farm", "Barn", "View"])}`;
          return { lines: [hn, st], locality: loc, city };
        }
        return { lines: [`${n} ${st}`], locality: loc, city };
      }
      case "AU": {
        const st = `${
          this.pick([
            "George",
            "Smith",
            "Bridge",
            "Beach",
            "Pacific",
            "Station",
            "Wattle",
            "Banksia",
            "King William",
            "Parramatta",
          ])
        } ${this.pick(["St", "Street", "Rd", "Road", "Pde", "Hwy", "Cres", "Tce"])}`;
        const n = this.num(1, 400);
        const line = this.pick([
          `${this.num(1, 40)}/${n} ${st}`,
          `Unit ${this.num(1, 30)}/${n} ${st}`,
          `${n} ${st}`,
          `Unit ${this.num(1, 30)}, ${n} ${st}`,
          `Lot ${this.num(1, 300)} ${st}`,
        ]);
        const sub = this.pick([
          "Surry Hills",
          "Fitzroy",
          "Paddington",
          "Toowong",
          "Glenelg",
          "Fremantle",
          "Newtown",
          "Brunswick East",
          city,
        ]);
        return {
          lines: [line],
          locality: `${sub} ${this.pick(["NSW", "VIC", "QLD", "SA", "WA", "TAS"])} ${d(4)}`,
          city: sub,
        };
      }
      case "NZ": {
        const st = `${
          this.pick([
            "Queen",
            "Rata",
            "Kowhai",
            "Karangahape",
            "Ponsonby",
            "Cuba",
            "Tui",
            "Riccarton",
            "Great South",
          ])
        } ${this.pick(["Street", "Road", "St", "Rd", "Avenue", "Terrace"])}`;
        const n = this.num(1, 500);
        const line = this.pick([
          `${n} ${st}`,
          `Flat ${this.num(1, 12)}, ${n} ${st}`,
          `${n}${this.pick(["A", "B", "C"])} ${st}`,
          `${this.num(1, 9)}/${n} ${st}`,
        ]);
        const sub = this.pick(["Ponsonby", "Mt Eden", "Karori", "Riccarton", "Te Aro", "Remuera"]);
        return {
          lines: [line],
          locality: `${sub}, ${this.pick(["Auckland", "Wellington", "Christchurch", "Hamilton"])} ${
            d(4)
          }`,
          city: sub,
        };
      }
      case "CA": {
        const st = `${
          this.pick([
            "Bloor",
            "Yonge",
            "Queen",
            "Robson",
            "Jasper",
            "Portage",
            "Dundas",
            "Granville",
            "Sherbrooke",
            "Maple Leaf",
          ])
        } ${this.pick(["St", "Street", "Ave", "Rd", "Blvd", "Dr", "Cres"])}${
          this.pick(["", "", " W", " E", " NW"])
        }`;
        const n = this.num(1, 9999);
        const line = this.pick([
          `${this.num(100, 2500)}-${n} ${st}`,
          `${n} ${st}, Unit ${this.num(1, 40)}`,
          `${n} ${st}`,
          `Apt ${this.num(1, 1200)}, ${n} ${st}`,
          `${n} ${st} Suite ${this.num(100, 900)}`,
        ]);
        return {
          lines: [line],
          locality: `${city}, ${
            this.pick(["ON", "BC", "AB", "QC", "MB", "NS"])
          } ${f.location.zipCode()}`,
          city,
        };
      }
      case "IE": {
        const town = this.pick([
          "Ballincollig",
          "Rathmines",
          "Salthill",
          "Midleton",
          "Tralee",
          "Swords",
          "Dún Laoghaire",
          "Castlebar",
        ]);
        const county = this.pick([
          "Co. Cork",
          "Dublin 6",
          "Co. Galway",
          "Co. Kerry",
          "Co. Dublin",
          "Co. Mayo",
        ]);
        const L = () => this.f.string.alpha({ length: 1, casing: "upper" });
        const eir = `${this.pick(["D06", "T12", "H91", "V92", "K67", "F23", "P25"])} ${L()}${
          d(1)
        }${L()}${d(1)}`;
        const kind = this.pick(["std", "apt", "house"]);
        const st = `${
          this.pick([
            "Seaview",
            "Main",
            "Church",
            "Oakwood",
            "Bóthar na Trá",
            "Sráid an Mhuilinn",
            "Castle",
          ])
        } ${this.pick(["Park", "Street", "Road", "Grove", "Avenue", "Heights"])}`;
        const lines = kind === "std" ? [`${this.num(1, 120)} ${st}`] : kind === "apt"
          ? [
            `Apartment ${this.num(1, 80)}, ${
              this.pick(["The Maltings", "Harbour Court", "Riverview House", "Ashgrove"])
            }`,
            `${st}`,
          ]
          : [
            `${this.pick(["Knockbeg", "Glenview", "Ard na Gréine", "Hillcrest"])} ${
              this.pick(["House", "Lodge", "Cottage"])
            }`,
            `${this.pick(["Ballinacurra", "Carrigtwohill", "Kilmacud", "Annaghdown"])}`,
          ];
        return { lines: [...lines, eir], locality: `${town}, ${county}`, city: town };
      }
      case "IN": {
        const line = this.pick([
          `Flat No. ${this.num(101, 1204)}, ${
            this.pick([
              "Sai Krupa",
              "Shanti Niketan",
              "Prestige Lakeside",
              "Lodha Aurum",
              "Green Meadows",
            ])
          } ${this.pick(["Apartments", "Residency", "Towers", "CHS"])}`,
          `H.No. ${this.num(1, 20)}-${this.num(1, 9)}-${this.num(10, 999)}/${
            this.pick(["A", "B", "1"])
          }`,
          `${this.num(1, 999)}, ${this.num(1, 20)}th Cross, ${this.num(1, 9)}th Main`,
          `Plot ${this.num(1, 400)}, Sector ${this.num(1, 80)}`,
          `Door No. ${this.num(1, 80)}/${this.num(1, 40)}, ${
            this.pick(["Gandhi", "Nehru", "Station", "Temple"])
          } Road`,
        ]);
        const area = this.pick([
          "Indiranagar",
          "Koramangala",
          "Andheri East",
          "Salt Lake",
          "Banjara Hills",
          "T. Nagar",
          "Gurgaon",
        ]);
        const pin = `${this.num(1, 8)}${d(5)}`;
        return {
          lines: [line],
          locality: `${area}, ${
            this.pick(["Bengaluru", "Mumbai", "Kolkata", "Hyderabad", "Chennai"])
          } - ${pin}`,
          city: area,
        };
      }
      case "SG": {
        const line = this.pick([
          `Blk ${this.num(1, 999)} ${
            this.pick(["Ang Mo Kio", "Jurong West", "Tampines", "Bedok North", "Toa Payoh"])
          } ${this.pick(["Ave", "St", "Street", "Avenue"])} ${this.num(1, 92)} #${
            String(this.num(1, 25)).padStart(2, "0")
          }-${this.num(10, 999)}`,
          `${this.num(1, 200)} ${
            this.pick(["Holland", "Upper Thomson", "Bukit Timah", "East Coast"])
          } Road #${String(this.num(1, 30)).padStart(2, "0")}-${
            String(this.num(1, 20)).padStart(2, "0")
          }`,
          `Block ${this.num(1, 999)}${this.pick(["", "A", "B"])}, ${
            this.pick(["Pasir Ris", "Punggol", "Sengkang East"])
          } Drive ${this.num(1, 9)}, #${String(this.num(1, 18)).padStart(2, "0")}-${
            this.num(100, 500)
          }`,
        ]);
        return { lines: [line], locality: `Singapore ${this.num(1, 8)}${d(5)}`, city: "Singapore" };
      }
      case "ZA": {
        const st = `${
          this.pick([
            "Jan Smuts",
            "Beach",
            "Main",
            "Voortrekker",
            "Oxford",
            "Church",
            "Nelson Mandela",
          ])
        } ${this.pick(["Avenue", "Road", "Street", "Drive", "Rd"])}`;
        const line = this.pick([
          `${this.num(1, 300)} ${st}`,
          `Unit ${this.num(1, 40)}, ${
            this.pick(["Sunset Villas", "Eden Gardens", "Protea Court"])
          }, ${this.num(1, 300)} ${st}`,
          `${this.num(1, 300)} ${st}, Flat ${this.num(1, 20)}`,
        ]);
        const sub = this.pick([
          "Sandton",
          "Rondebosch",
          "Umhlanga",
          "Sea Point",
          "Hatfield",
          "Soweto",
        ]);
        return {
          lines: [line],
          locality: `${sub}, ${this.pick(["Johannesburg", "Cape Town", "Durban", "Pretoria"])}, ${
            d(4)
          }`,
          city: sub,
        };
      }
    }
  }
  /** Writes an address in a random layout: inline, multi-line, lower-case. */
  writeAddr(a = this.addr(), layout?: string): this {
    const l = layout ?? this.pick(["inline", "inline", "multi", "lower", "upper"]);
    const sep = l === "multi" ? "\n" : ", ";
    a.lines.forEach((ln, i) => {
      if (i) this.t(sep);
      const v = l === "lower" ? ln.toLowerCase() : l === "upper" ? ln.toUpperCase() : ln;
      this.e("ADDRESS", v);
    });
    const loc = l === "lower"
      ? a.locality.toLowerCase()
      : l === "upper"
      ? a.locality.toUpperCase()
      : a.locality;
    return this.t(sep + loc);
  }
  // ---------- non-PII fluff ----------
  order(): string {
    return this.pick([
      `#${this.digits(7)}`,
      `ORD-${this.digits(6)}`,
      `W${this.digits(9)}`,
      `${this.f.string.alpha({ length: 2, casing: "upper" })}-${this.digits(5)}-${this.digits(3)}`,
    ]);
  }
  ticket(): string {
    return this.pick([
      `INC-${this.digits(6)}`,
      `#${this.digits(5)}`,
      `CS-${this.digits(7)}`,
      `Case ${this.digits(8)}`,
    ]);
  }
  product(): string {
    return this.pick([
      "Dyson V11 Absolute",
      "Ninja AF101 Air Fryer",
      "Kindle Paperwhite (16 GB)",
      "Le Creuset 26cm casserole",
      "Sonos Era 100",
      "Nespresso Vertuo Pop",
      "Lego 42115 Lamborghini Sián",
      "Bose QC45 headphones",
      "Instant Pot Duo 7-in-1",
      "Apple Watch SE 44mm",
      "Hunter Original Tall boots",
      "Vitamix E310",
      "Samsung Galaxy Tab S9",
      "KitchenAid Artisan mixer",
    ]);
  }
  company(): string {
    return this.pick([
      "Northwind Outfitters",
      "BrightHome Appliances",
      "Parcelly",
      "Harbour & Vine",
      "Zenith Telecom",
      "StreamBox+",
      "Acme Furnishings",
      "Kestrel Airways",
      "The Grand Regent Hotel",
      "FitLife Gyms",
      "GreenLeaf Energy",
      "Oakridge Property Management",
      "Meridian Recovery Services",
      "BlueWave Broadband",
    ]);
  }
  price(): string {
    const sym = {
      US: "$",
      CA: "C$",
      UK: "£",
      IE: "€",
      AU: "A$",
      NZ: "NZ$",
      IN: "₹",
      SG: "S$",
      ZA: "R",
    }[this.reg];
    return `${sym}${this.num(9, 899)}.${this.pick(["99", "00", "50", "95"])}`;
  }
  day(): string {
    return this.pick([
      `${this.num(1, 28)} ${MONTHS[this.num(0, 11)]}`,
      `${MONTHS[this.num(0, 11)]} ${this.num(1, 28)}`,
      `${this.pick(["Monday", "Tuesday", "Friday", "Saturday"])}`,
      `${this.num(1, 12)}/${this.num(1, 28)}/2024`,
    ]);
  }
  time(): string {
    return this.pick([
      `${this.num(1, 12)}:${this.pick(["00", "15", "30", "45"])}${
        this.pick(["am", "pm", " AM", " PM"])
      }`,
      `${String(this.num(7, 21)).padStart(2, "0")}:${this.pick(["05", "20", "40"])}`,
    ]);
  }
}

type Tpl = (c: Ctx) => void;

// ============================ templates ============================
const T: Tpl[] = [
  // 1. helpdesk ticket with history, address change
  (c) => {
    const cu = c.person(), ag = c.person();
    c.t(
      `Ticket ${c.ticket()} | Status: Open | Priority: Normal\nSubject: Wrong delivery address on order ${c.order()}\n\nCustomer wrote:\n> Hi, this is `,
    );
    c.name(cu);
    c.t(
      `. I moved last week and forgot to update my address. Please change the delivery address to `,
    );
    c.writeAddr(undefined, c.pick(["inline", "lower"]));
    c.t(`. My number is `).e("PHONE", c.phone()).t(` if the driver needs it.\n\nAgent note (`)
      .short(ag, "first").t(`): Verified via email `).e("EMAIL", c.email(cu)).t(
        `. Parcel still at the depot, amended. Told `,
      ).short(cu, "first").t(` to expect it ${c.day()}.\n`);
  },
  // 2. short address correction email
  (c) => {
    const cu = c.person();
    const a = c.addr();
    c.t(c.pick(["Hello,\n\n", "Hi there,\n", "Good morning,\n\n"]));
    c.t(`Please change the delivery address for order ${c.order()} (${c.product()}) to:\n\n`);
    c.writeAddr(a, "multi");
    c.t(`\n\nThe old one (`);
    const old = c.addr();
    c.e("ADDRESS", old.lines[0]);
    c.t(`) is no longer valid. Thanks!\n\n`).name(cu, "full").t(`\n`).e("PHONE", c.phone()).t(`\n`);
  },
  // 3. account recovery with security answers
  (c) => {
    const cu = c.person();
    const maiden = c.f.person.lastName();
    const [lbl, id] = c.natId();
    c.t(
      `Subject: Locked out of my account\n\nI can't log in since the password reset. Here are my security details so you can verify me:\n`,
    );
    c.t(`- Full name: `).name(cu, c.pick(["full", "upper", "middle"])).t(`\n`);
    c.t(`- Date of birth: `).e("DATE", c.dob()).t(`\n`);
    if (c.reg === "US") c.t(`- Last 4 of SSN: `).e("ID", id.replace(/\D/g, "").slice(-4)).t(`\n`);
    else c.t(`- ${lbl}: `).e("ID", id).t(`\n`);
    c.t(`- Mother's maiden name: `).e("PERSON", c.chance(0.3) ? maiden.toUpperCase() : maiden).t(
      `\n`,
    );
    c.t(`- Email on file: `).e("EMAIL", c.email(cu)).t(`\n- New email to use: `).e(
      "EMAIL",
      c.email(cu),
    ).t(`\n\nPlease call me on `).e("PHONE", c.phone()).t(` after ${c.time()}.\n`);
  },
  // 4. CRM activity log
  (c) => {
    const cu = c.person(), rep = c.person(), rep2 = c.person();
    const co = c.company();
    c.t(`Account: ${co} — Contact: `).name(cu, "full").t(`\n`);
    c.t(`2024-0${c.num(1, 9)}-1${c.num(0, 9)} ${c.time()}  CALL OUT  `).short(rep, "first").t(
      ` called `,
    ).e("PHONE", c.phone({ ext: true })).t(`, left VM re renewal quote Q-${c.digits(5)}.\n`);
    c.t(`2024-0${c.num(1, 9)}-2${c.num(0, 8)} ${c.time()}  EMAIL IN  from `).short(cu, "first").t(
      ` <`,
    ).e("EMAIL", c.workEmail(cu, co)).t(`>: asks to move invoicing to `).e(
      "ADDRESS",
      c.addr().lines[0],
    ).t(`.\n`);
    c.t(`2024-1${c.num(0, 2)}-0${c.num(1, 9)} ${c.time()}  PORTAL LOGIN  user `).e(
      "EMAIL",
      c.workEmail(cu, co),
    ).t(` from IP `).e("IP", c.ip()).t(`\n`);
    c.t(`2024-1${c.num(0, 2)}-1${c.num(0, 9)} ${c.time()}  NOTE  `).e(
      "PERSON",
      `${rep2.first[0]}.${rep2.last}`,
    ).t(`: `).short(cu, "last").t(` wants a call from `).short(rep, "first").t(` only. Mobile `).e(
      "PHONE",
      c.phone(),
    ).t(`.\n`);
    if (c.chance(0.5)) c.t(`Profile: `).e("URL", c.profileUrl(cu)).t(`\n`);
  },
  // 5. order problem email (damaged item)
  (c) => {
    const cu = c.person();
    c.t(`From: `).name(cu, "full").t(` <`).e("EMAIL", c.email(cu)).t(
      `>\nTo: support@${
        c.company().toLowerCase().replace(/[^a-z]/g, "")
      }.com\nSubject: Re: Order ${c.order()} arrived damaged\n\n`,
    );
    c.t(
      `Hi team,\n\nThe ${c.product()} (${c.price()}) I ordered on ${c.day()} arrived with a cracked lid and the box was soaked. I paid with my card ending ${
        c.digits(4)
      }. `,
    );
    c.t(`I'd like a replacement sent to the same address, `).writeAddr(undefined, "inline").t(
      `. If that's not possible, refund please.\n\nThanks,\n`,
    ).short(cu, "first").t(`\n`);
  },
  // 6. loyalty sign-up form
  (c) => {
    const cu = c.person();
    const a = c.addr();
    c.t(`REWARDS CLUB — NEW MEMBER\n`);
    c.t(`First name: `).e("PERSON", cu.first).t(`\nLast name: `).e("PERSON", cu.last).t(`\n`);
    c.t(`Date of birth (for your birthday treat): `).e("DATE", c.dob()).t(`\n`);
    c.t(`Mobile: `).e("PHONE", c.phone()).t(`\nEmail: `).e("EMAIL", c.email(cu)).t(`\n`);
    a.lines.forEach((ln, i) => {
      const eir = c.reg === "IE" && i === a.lines.length - 1;
      c.t(eir ? `Eircode: ` : `Address line ${i + 1}: `).e("ADDRESS", ln).t(`\n`);
    });
    if (c.chance(0.4)) c.t(`Instagram (optional): `).e("URL", c.profileUrl(cu)).t(`\n`);
    c.t(
      `Town/City: ${a.locality}\nPreferred store: ${c.company()} ${a.city}\nMember no.: LC${
        c.digits(9)
      }  Tier: Silver\n`,
    );
  },
  // 7. returns form
  (c) => {
    const cu = c.person();
    c.t(`RETURN AUTHORISATION REQUEST\nRMA: RMA-${c.digits(6)}    Order: ${c.order()}\n`);
    c.t(`Customer: `).name(cu, c.pick(["lastcomma", "upper", "full"])).t(`\n`);
    c.t(`Collect from: `).writeAddr(undefined, "inline").t(`\n`);
    c.t(`Phone: `).e("PHONE", c.phone()).t(`   Email: `).e("EMAIL", c.email(cu)).t(`\n`);
    c.t(
      `Item: ${c.product()}   Qty 1   Reason: ${
        c.pick(["Faulty", "Changed mind", "Wrong size", "Not as described"])
      }\n`,
    );
    if (c.reg === "UK" || c.reg === "IE" || c.chance(0.3)) {
      c.t(`Refund to bank (IBAN): `).e("IBAN", c.iban()).t(`\n`);
    } else {c.t(
        `Refund to: original payment method (${c.pick(["Visa", "Mastercard", "PayPal"])})\n`,
      );}
    c.t(
      `Comments: courier please ring the bell, ${
        c.pick(["flat is on the 2nd floor", "side gate is unlocked", "dog is friendly"])
      }.\n`,
    );
  },
  // 8. hotel complaint
  (c) => {
    const g = c.person(), mgr = c.person(), staff = c.person();
    const hotel = c.pick([
      "The Grand Regent Hotel",
      "Seaview Lodge",
      "Harbourside Suites",
      "Hilton Garden Inn Downtown",
      "Premier Inn Leeds City",
    ]);
    c.t(
      `Dear Guest Relations,\n\nI stayed at ${hotel} from ${c.day()} (conf. no. ${
        c.digits(8)
      }, room ${
        c.num(101, 1520)
      }). The air conditioning was broken and when I complained at ${c.time()} the night manager, `,
    );
    c.short(mgr, c.pick(["first", "title"])).t(`, was dismissive. Only `).short(staff, "first").t(
      ` from housekeeping tried to help.\n\n`,
    );
    c.t(`I was charged twice (${c.price()}) on my card `).e("CARD", c.card()).t(
      `. Please refund the duplicate.\n\nRegards,\n`,
    ).name(g, c.pick(["full", "titled"])).t(`\n`).e("PHONE", c.phone()).t(` | `).e(
      "EMAIL",
      c.email(g),
    ).t(`\n`);
  },
  // 9. airline complaint
  (c) => {
    const pax = c.person(), pax2 = c.person();
    pax2.last = pax.last;
    c.t(
      `Kestrel Airways – Customer Relations – Web form\nBooking ref: ${
        c.f.string.alpha({ length: 6, casing: "upper" })
      }   Flight: KS${c.num(100, 999)} ${
        c.pick(["LHR-JFK", "SYD-AKL", "DEL-SIN", "DUB-BOS", "JNB-CPT"])
      }\n`,
    );
    c.t(`Passengers: `).e("PERSON", `${pax.last.toUpperCase()}/${pax.first.toUpperCase()}`).t(
      ` ${pax.title.replace(".", "").toUpperCase()}, `,
    ).e("PERSON", `${pax2.last.toUpperCase()}/${pax2.first.toUpperCase()}`).t(`\n`);
    c.t(`Passport no.: `).e("ID", c.passport()).t(`   Date of birth: `).e("DATE", c.dob()).t(`\n`);
    c.t(`Complaint: Our bags did not arrive. My travel companion `).short(pax2, "first").t(
      ` needs medication from the bag urgently. Please deliver the bags to `,
    ).writeAddr(undefined, c.pick(["inline", "lower"])).t(`, not the airport. Contact `).e(
      "PHONE",
      c.phone(),
    ).t(`.\nFrequent flyer: KA ${c.digits(9)} (Gold)\n`);
  },
  // 10. subscription cancellation
  (c) => {
    const cu = c.person();
    c.t(c.pick([`hi,\n`, `To whom it may concern,\n`, `Hello StreamBox+ support,\n`]));
    c.t(`I want to cancel my subscription effective immediately. Account email: `).e(
      "EMAIL",
      c.email(cu),
    ).t(`. `);
    c.t(`You keep charging `).e("CARD", c.card()).t(
      ` even though I cancelled on ${c.day()} by phone (spoke to `,
    ).e("PERSON", c.f.person.firstName()).t(`). `);
    c.t(`Please confirm in writing and stop the ${c.price()}/month charge.\n\n`).name(
      cu,
      c.pick(["lower", "full", "upper"]),
    ).t(`\n`);
    if (c.chance(0.5)) c.t(`Sent from my iPhone\n`);
  },
  // 11. debt collection letter
  (c) => {
    const cu = c.person(), off = c.person();
    const [lbl, id] = c.natId();
    c.t(
      `Meridian Recovery Services\nPO Box 4400, ${c.f.location.city()}\n\n${c.num(1, 28)} ${
        MONTHS[c.num(0, 11)]
      } 2024\n\n`,
    );
    c.name(cu, c.pick(["upper", "titled", "full"])).t(`\n`).writeAddr(undefined, "multi").t(`\n\n`);
    c.t(
      `Re: Account ${
        c.digits(10)
      } — Original creditor: BlueWave Broadband — Balance: ${c.price()}\n\nDear `,
    ).short(cu, "title").t(`,\n\n`);
    c.t(`We have been unable to reach you at `).e("PHONE", c.phone()).t(
      `. This is an attempt to collect a debt. Our records show ${lbl} ending `,
    ).e("ID", id.replace(/\W/g, "").slice(-4)).t(` and date of birth `).e("DATE", c.dob()).t(
      `. If this is not you, call us on 1-800-555-0148.\n\nYours sincerely,\n`,
    ).name(off, "full").t(`, Account Officer, ext. ${c.digits(3)}\n`);
  },
  // 12. tenant -> landlord
  (c) => {
    const te = c.person(), ll = c.person(), plumber = c.person();
    const a = c.addr();
    c.t(`Hi `).short(ll, c.pick(["first", "title"])).t(`,\n\nIt's `).short(te, "first").t(` from `)
      .e("ADDRESS", c.chance(0.4) ? a.lines[0].toLowerCase() : a.lines[0]).t(`. `);
    c.t(`The boiler has stopped again (third time since ${MONTHS[c.num(0, 11)]}). Could you send `)
      .name(plumber, c.pick(["full", "initial"])).t(
        ` again? They can get the key from the neighbour at `,
      ).e("ADDRESS", c.addr().lines[0]).t(`.\n`);
    c.t(`Rent for this month went out on the 1st from `).e("IBAN", c.iban()).t(
      `.\nMy new mobile is `,
    ).e("PHONE", c.phone()).t(`.\n\nThanks, `).short(te, "first").t(`\n`);
  },
  // 13. live chat transcript, lower-case typing
  (c) => {
    const cu = c.person(), ag = c.person();
    const a = c.addr();
    c.t(`[${c.time()}] Bot: Hi! What's your order number?\n[${c.time()}] Visitor: ${c.order()}\n`);
    c.t(`[${c.time()}] `).e("PERSON", ag.first).t(
      ` (Agent): Thanks! Can I get the name on the order?\n[${c.time()}] Visitor: `,
    ).name(cu, "lower").t(`\n`);
    c.t(`[${c.time()}] `).e("PERSON", ag.first).t(
      ` (Agent): And the postcode / delivery address?\n[${c.time()}] Visitor: `,
    ).e("ADDRESS", a.lines[0].toLowerCase().replace(/street/, "st").replace(/avenue/, "ave")).t(
      ` ${a.locality.toLowerCase()}\n`,
    );
    c.t(`[${c.time()}] Visitor: pls call me ${c.pick(["on", "at", ""])} `).e("PHONE", c.phone()).t(
      ` its urgent\n[${c.time()}] `,
    ).e("PERSON", ag.first).t(` (Agent): I've flagged it to the courier, you'll get a text.\n`);
  },
  // 14. escalation summary to supervisor
  (c) => {
    const cu = c.person(), ag = c.person(), sup = c.person();
    c.t(`To: `).e("PERSON", sup.first).t(`\nFrom: `).e("PERSON", `${ag.first} ${ag.last[0]}.`).t(
      `\nRe: Escalation ${c.ticket()}\n\n`,
    );
    c.e("PERSON", sup.first).t(` — escalating `).short(cu, "title").t(
      `'s case. Summary: customer (`,
    ).name(cu, "full").t(`, DOB `).e("DATE", c.dob()).t(
      `) was double-billed ${c.price()} for ${c.product()}. `,
    );
    c.short(cu, "last").t(
      ` says she was promised a callback by ${c.time()} that never happened. Preferred contact `,
    ).e("EMAIL", c.email(cu)).t(`. `);
    c.t(`Billing address on file: `).writeAddr(undefined, "inline").t(
      `. Recommend goodwill credit.\n— `,
    ).short(ag, "first").t(`\n`);
  },
  // 15. fraud / chargeback
  (c) => {
    const cu = c.person();
    c.t(`FRAUD REVIEW — Case FR-${c.digits(6)}\nCardholder: `).name(cu, "upper").t(`\nCard: `).e(
      "CARD",
      c.card(),
    ).t(`  Exp ${String(c.num(1, 12)).padStart(2, "0")}/${c.num(26, 30)}\n`);
    c.t(`Disputed txn: ${c.price()} at ${c.company()} on ${c.day()}\nOrder placed from IP `).e(
      "IP",
      c.ip(),
    ).t(`; cardholder's usual IP `).e("IP", c.ip()).t(`.\n`);
    c.t(`Ship-to: `).writeAddr(undefined, "inline").t(` (does NOT match billing `);
    c.e("ADDRESS", c.addr().lines[0]).t(`)\nAnalyst: `).name(c.person(), "initial").t(
      ` — recommend refund and block.\n`,
    );
  },
  // 16. billing vs shipping mismatch
  (c) => {
    const cu = c.person(), rec = c.person();
    c.t(`Hi `).short(cu, "first").t(
      `,\n\nYour order ${c.order()} is on hold because the billing and shipping addresses differ:\n\nBilling:\n`,
    );
    c.name(cu, "full").t(`\n`).writeAddr(undefined, "multi").t(`\n\nShipping:\n`).name(rec, "full")
      .t(`\n`).writeAddr(undefined, "multi");
    c.t(
      `\n\nReply YES to confirm, or call us on 0800 ${c.digits(3)} ${
        c.digits(4)
      } (Mon–Fri 9–5).\n${c.company()} Customer Care\n`,
    );
  },
  // 17. voicemail transcription
  (c) => {
    const cu = c.person();
    c.t(`Voicemail (0:${c.num(20, 59)}) — transcribed automatically\n"Hi, yeah, this is `).name(
      cu,
      c.pick(["full", "lower"]),
    ).t(` calling about my ${c.product()}, it's still not here. `);
    c.t(`Can someone call me back on `).e("PHONE", c.phone()).t(`, or my work line `).e(
      "PHONE",
      c.phone({ ext: true }),
    ).t(`. `);
    c.t(`The address is `).e("ADDRESS", c.addr().lines[0].toLowerCase()).t(`. Thanks, bye."\n`);
  },
  // 18. warranty registration
  (c) => {
    const cu = c.person();
    c.t(
      `Product registration\nModel: ${c.product()}  Serial: SN${c.digits(4)}-${
        c.f.string.alphanumeric(6).toUpperCase()
      }\nPurchased: ${c.day()} 2024 from ${
        c.pick(["Argos", "Best Buy", "JB Hi-Fi", "Harvey Norman", "Croma", "Takealot", "Currys"])
      }\n\n`,
    );
    c.t(`Owner: `).name(cu, c.pick(["full", "titled", "middle"])).t(`\nDOB: `).e("DATE", c.dob()).t(
      `\n`,
    );
    c.t(`Address: `).writeAddr(undefined, c.pick(["inline", "upper"])).t(`\nEmail: <`).e(
      "EMAIL",
      c.email(cu),
    ).t(`>\n☑ I agree to receive offers\n`);
  },
  // 19. refund by bank transfer
  (c) => {
    const cu = c.person(), holder = c.person();
    c.t(
      `Re: refund for cancelled booking ${c.order()}\n\nHi, the card I paid with has expired so please refund the ${c.price()} to my partner's account instead:\n`,
    );
    c.t(`Account holder: `).name(holder, "full").t(`\nIBAN: `).e("IBAN", c.iban()).t(
      `\nBIC: ${c.pick(["AIBKIE2D", "BOFIIE2D", "NWBKGB2L", "BARCGB22", "DEUTDEFF"])}\n\n`,
    );
    c.short(holder, "first").t(` has agreed to this. You can reach me at `).e("PHONE", c.phone()).t(
      `.\n\nCheers,\n`,
    ).name(cu, c.pick(["full", "lower"])).t(`\n`);
  },
  // 20. gift delivery note (two people)
  (c) => {
    const buyer = c.person(), rec = c.person();
    c.t(
      `Gift message & delivery instructions (order ${c.order()}):\n\nPlease deliver to my ${
        c.pick(["mum", "grandmother", "sister", "dad", "friend"])
      }, `,
    ).name(rec, c.pick(["full", "titled"])).t(`, at `);
    c.writeAddr(undefined, c.pick(["inline", "lower"])).t(`. She's hard of hearing so call `).e(
      "PHONE",
      c.phone(),
    ).t(` before arriving.\n`);
    c.t(`Card text: "Happy birthday `).short(rec, "first").t(`! Love, `).e("PERSON", buyer.first).t(
      ` x"\n`,
    );
    c.t(`Buyer: `).name(buyer, "full").t(`, `).e("EMAIL", c.email(buyer)).t(`\n`);
  },
  // 21. utility move in/out
  (c) => {
    const cu = c.person();
    c.t(`GreenLeaf Energy — Moving home\nAccount holder: `).name(cu, "full").t(`\nMoving out of: `)
      .e("ADDRESS", c.addr().lines[0]).t(` on ${c.day()} (final reading ${c.digits(5)} kWh)\n`);
    c.t(`Moving into: `).writeAddr(undefined, c.pick(["inline", "lower"])).t(
      `\nMeter serial: E${c.digits(2)}Z${c.digits(6)}\n`,
    );
    c.t(`Contact: `).e("PHONE", c.phone()).t(` / `).e("EMAIL", c.email(cu)).t(`\n`);
    const [lbl, id] = c.natId();
    c.t(`For the credit check: DOB `).e("DATE", c.dob()).t(`, ${lbl} `).e("ID", id).t(`\n`);
  },
  // 22. callback request with ext & vanity
  (c) => {
    const cu = c.person(), ag = c.person();
    const co = c.pick([
      "Hutchins Paving",
      "Rooftop Pros",
      "Dog Day Grooming",
      "Sweet Cakes Bakery",
      "Quick Tow",
    ]);
    c.t(`CALLBACK REQUEST — ${c.time()}\nCaller: `).name(cu, c.pick(["full", "lastcomma"])).t(
      `, owner of ${co}\n`,
    );
    c.t(`Best number: `).e("PHONE", c.phone({ vanity: c.reg === "US" || c.reg === "CA" })).t(
      `\nAlt: `,
    ).e("PHONE", c.phone({ ext: true })).t(`\n`);
    c.t(`Re: invoice INV-${c.digits(5)} disputed, wants to speak to `).short(ag, "first").t(
      ` in accounts.\nTaken by: `,
    ).e("PERSON", `${ag.first[0]}. ${ag.last}`).t(`\n`);
  },
  // 23. identity verification with profile URL
  (c) => {
    const cu = c.person();
    c.t(`Hi, I'm trying to recover my seller account. The name on the account is `).name(cu, "full")
      .t(` and you can see it's me here: `).e("URL", c.profileUrl(cu)).t(` (same photo). `);
    c.t(`My old login email was `).e("EMAIL", c.email(cu)).t(
      ` but I lost access to it. The last login from my home IP would be `,
    ).e("IP", c.ip()).t(`. `);
    c.t(`Payouts go to `).e("IBAN", c.iban()).t(`. Phone `).e("PHONE", c.phone()).t(`.\n`);
  },
  // 24. change of name after marriage
  (c) => {
    const cu = c.person();
    const newLast = c.f.person.lastName();
    c.t(
      `Subject: Name change on account\n\nHello,\nI recently got married and would like to update my name from `,
    ).e("PERSON", `${cu.first} ${cu.last}`).t(` to `).e("PERSON", `${cu.first} ${newLast}`).t(`. `);
    c.t(`Date of birth `).e("DATE", c.dob()).t(`; postcode/address `).e(
      "ADDRESS",
      c.addr().lines[0],
    ).t(`. I've attached the marriage certificate.\n`);
    c.t(`Please keep `).e("EMAIL", c.email(cu)).t(` as the login.\n\nKind regards,\n`).e(
      "PERSON",
      `${cu.first} ${newLast}`,
    ).t(` (formerly `).e("PERSON", cu.last).t(`)\n`);
  },
  // 25. email thread with headers
  (c) => {
    const cu = c.person(), ag = c.person(), cc = c.person();
    const co = c.company();
    c.t(`From: `).name(ag, "full").t(` <`).e("EMAIL", c.workEmail(ag, co)).t(`>\nTo: "`).name(
      cu,
      c.pick(["lastcomma", "full"]),
    ).t(`" <`).e("EMAIL", c.email(cu)).t(`>\nCc: `).e("EMAIL", c.workEmail(cc, co)).t(
      `\nDate: ${c.day()} ${c.time()}\n\n`,
    );
    c.t(`Hi `).short(cu, "first").t(
      `, sorry for the delay. The engineer visit is booked for ${c.day()} between 8am and 1pm at `,
    ).e("ADDRESS", c.addr().lines[0]).t(`. `);
    c.short(cc, "first").t(` (cc'd) will confirm the parts.\n\n> On ${c.day()}, `).name(cu, "full")
      .t(` wrote:\n> Still no broadband. Three weeks now. Reach me on `).e("PHONE", c.phone()).t(
        `.\n`,
      );
  },
  // 26. missed delivery / courier note
  (c) => {
    const cu = c.person(), nb = c.person(), drv = c.person();
    const a = c.addr();
    c.t(`Parcelly — Delivery exception ${c.order()}\nRecipient: `).name(
      cu,
      c.pick(["upper", "full"]),
    ).t(`, `).e("ADDRESS", a.lines[0].toUpperCase()).t(`\n`);
    c.t(`Driver `).e("PERSON", drv.first).t(` note: no answer at ${c.time()}, left with neighbour `)
      .short(nb, c.pick(["first", "title"])).t(` at `).e("ADDRESS", c.addr().lines[0]).t(
        `. Photo taken.\n`,
      );
    c.t(`Customer response: "I don't know anyone called `).short(nb, "last").t(`!! call me `).e(
      "PHONE",
      c.phone(),
    ).t(`"\n`);
  },
  // 27. gym membership freeze / cancel
  (c) => {
    const cu = c.person();
    c.t(`FitLife Gyms — membership change form\nMember: `).name(cu, "full").t(
      `   Member ID: FL-${c.digits(6)}   Home club: ${c.f.location.city()}\n`,
    );
    c.t(
      `Request: ${
        c.pick(["Freeze for 3 months (medical)", "Cancel — moving abroad", "Downgrade to off-peak"])
      }\nDOB: `,
    ).e("DATE", c.dob()).t(`\n`);
    c.t(`Direct debit from: `).e("IBAN", c.iban()).t(`\nNew address for final statement: `)
      .writeAddr(undefined, "inline").t(`\nSigned: `).e("PERSON", `${cu.first[0]}. ${cu.last}`).t(
        `\n`,
      );
  },
  // 28. hotel lost & found
  (c) => {
    const g = c.person(), hk = c.person();
    c.t(
      `Lost property log — ${
        c.pick(["Seaview Lodge", "Harbourside Suites", "Premier Inn Leeds City"])
      }\nItem: ${
        c.pick([
          "grey laptop charger",
          "child's teddy bear",
          "Kindle Paperwhite",
          "wedding ring (gold)",
          "prescription glasses",
        ])
      }, room ${c.num(101, 640)}, found by `,
    ).e("PERSON", hk.first).t(` (HK) ${c.time()}\n`);
    c.t(`Guest: `).name(g, "lastcomma").t(` — tel `).e("PHONE", c.phone()).t(`\nPost to: `)
      .writeAddr(undefined, c.pick(["inline", "multi"])).t(
        `\nPostage paid by card ending ${c.digits(4)} (${c.price()}).\n`,
      );
  },
  // 29. account merge request
  (c) => {
    const cu = c.person();
    c.t(`hey — i have two accounts, one under `).e("EMAIL", c.email(cu)).t(` and an old one under `)
      .e("EMAIL", c.email(cu)).t(` (old phone `).e("PHONE", c.phone()).t(`). `);
    c.t(`can you merge them into the first one? name on both is `).name(cu, "lower").t(
      `. my loyalty points are on the old one (about 4,200). thanks `,
    ).e("PERSON", cu.first.toLowerCase()).t(`\n`);
  },
  // 30. tenant repair report from letting agent (landlord side)
  (c) => {
    const ll = c.person(), te = c.person(), contr = c.person();
    c.t(`Oakridge Property Management — Maintenance job ${c.ticket()}\nProperty: `).writeAddr(
      undefined,
      c.pick(["inline", "multi"]),
    ).t(`\nTenant: `).name(te, "full").t(` (`).e("PHONE", c.phone()).t(`)\nLandlord: `).name(
      ll,
      c.pick(["titled", "full"]),
    ).t(`\n`);
    c.t(`Issue: damp in bedroom, mould behind wardrobe. Approved up to ${c.price()}. Contractor: `)
      .name(contr, "initial").t(`, `).e("PHONE", c.phone({ ext: c.chance(0.4) })).t(`.\nAccess: `)
      .short(te, "first").t(` works nights, mornings only.\n`);
  },
  // 31. order problem — wrong item, SG/IN friendly long message
  (c) => {
    const cu = c.person();
    c.t(
      `Dear Sir/Madam,\n\nI received the wrong item for order ${c.order()}. I ordered the ${c.product()} but got a phone case. Kindly arrange pickup from `,
    );
    c.writeAddr(undefined, c.pick(["inline", "multi"])).t(
      ` between ${c.time()} and ${c.time()}.\n\n`,
    );
    const [lbl, id] = c.natId();
    c.t(`For COD refund verification my ${lbl} is `).e("ID", id).t(`.\n\nRegards,\n`).name(
      cu,
      c.pick(["full", "titled"]),
    ).t(`\nMob: `).e("PHONE", c.phone()).t(`\n`);
  },
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 310;
  for (let i = 0; i < N; i++) {
    const reg = REGS[(i * 7 + Math.floor(i / T.length)) % REGS.length];
    const b = new DocBuilder();
    const c = new Ctx(910_000 + i * 13, reg, b);
    T[i % T.length](c);
    if (i % 5 === 2 && c.people.length) b.known.push(c.full(c.people[0]));
    out.push(b.done());
  }
  return out;
}
