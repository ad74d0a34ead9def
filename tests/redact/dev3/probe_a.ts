// probe_a: English business prose across many domains, culturally diverse names,
// US/UK/AU/CA/IN/IE/ZA address, phone and id formats. Deterministic (fixed seeds).
import { type Doc, DocBuilder } from "../_corpus.ts";
import {
  base,
  en,
  en_AU,
  en_CA,
  en_GB,
  en_GH,
  en_IE,
  en_IN,
  en_NG,
  en_US,
  en_ZA,
  Faker,
  tr,
} from "@faker-js/faker";

type Region = "US" | "UK" | "AU" | "CA" | "IN" | "IE" | "ZA";
type T = "PERSON" | "EMAIL" | "PHONE" | "CARD" | "IBAN" | "IP" | "ID" | "URL" | "DATE" | "ADDRESS";
type Part = string | [T, string];

interface P {
  given: string;
  family: string;
  middle?: string;
  sex: "m" | "f";
  asian: boolean; // family-name-first culture
  suffix?: string;
}

// ---------- small romanised name lists (built by hand) ----------
const OWN: Record<
  string,
  { m: string[]; f: string[]; last: string[]; mid?: string[]; asian?: boolean }
> = {
  ko: {
    m: [
      "Min-jun",
      "Ji-ho",
      "Do-yoon",
      "Hyun-woo",
      "Jae-sung",
      "Seung-hoon",
      "Tae-yang",
      "Joon-young",
    ],
    f: ["Seo-yeon", "Ha-eun", "Ji-woo", "Soo-ah", "Eun-ji", "Min-seo", "Yoo-jin", "Da-eun"],
    last: [
      "Kim",
      "Park",
      "Choi",
      "Jung",
      "Kang",
      "Cho",
      "Yoon",
      "Jang",
      "Lim",
      "Han",
      "Shin",
      "Oh",
    ],
    asian: true,
  },
  ja: {
    m: ["Haruto", "Sota", "Ren", "Kenji", "Takumi", "Hiroshi", "Daiki", "Yusuke", "Shota"],
    f: ["Yui", "Hina", "Aoi", "Yuki", "Sakura", "Emi", "Naoko", "Ayaka", "Misaki"],
    last: [
      "Sato",
      "Suzuki",
      "Takahashi",
      "Tanaka",
      "Watanabe",
      "Yamamoto",
      "Nakamura",
      "Kobayashi",
      "Kato",
      "Yoshida",
      "Matsumoto",
    ],
    asian: true,
  },
  zh: {
    m: ["Wei", "Hao", "Xiaoming", "Jun", "Zihan", "Haoran", "Yichen", "Zhiwei", "Jian"],
    f: ["Fang", "Jing", "Mei", "Xinyi", "Yutong", "Lihua", "Xiaoling", "Yan", "Ruoxi"],
    last: [
      "Wang",
      "Zhang",
      "Liu",
      "Chen",
      "Yang",
      "Huang",
      "Zhao",
      "Zhou",
      "Xu",
      "Sun",
      "Guo",
      "Lin",
      "Li",
      "Wu",
    ],
    asian: true,
  },
  vi: {
    m: ["Tuan", "Minh", "Quang", "Duc", "Huy", "Khanh", "Long", "Phong", "Thanh"],
    f: ["Lan", "Huong", "Linh", "Thao", "Ngoc", "Trang", "Mai", "Phuong", "Hanh"],
    last: ["Nguyen", "Tran", "Pham", "Hoang", "Phan", "Dang", "Bui", "Do", "Ho", "Ngo", "Vu", "Le"],
    mid: ["Thi", "Van", "Duc", "Minh", "Ngoc", "Quoc", "Thu"],
    asian: true,
  },
  ar: {
    m: ["Mohammed", "Ahmed", "Omar", "Yousef", "Khalid", "Hassan", "Tariq", "Karim", "Bilal"],
    f: ["Fatima", "Aisha", "Layla", "Noor", "Mariam", "Yasmin", "Huda", "Salma", "Rania"],
    last: [
      "Al-Sayed",
      "Haddad",
      "Khalil",
      "Mansour",
      "Nasser",
      "El-Amin",
      "Farouk",
      "Abdullah",
      "Hamdan",
      "Al-Farsi",
      "Qureshi",
    ],
  },
  ie: {
    m: ["Cian", "Oisín", "Ciarán", "Pádraig", "Eoin", "Darragh", "Seán", "Tadhg", "Cathal"],
    f: ["Siobhán", "Niamh", "Aoife", "Saoirse", "Róisín", "Caoimhe", "Gráinne", "Orla", "Sinéad"],
    last: [
      "O'Connell",
      "O'Sullivan",
      "McCarthy",
      "Fitzgerald",
      "Kavanagh",
      "Byrne",
      "Ní Bhriain",
      "Mac Giolla Phádraig",
      "O'Donoghue",
      "Breathnach",
      "Ó Ceallaigh",
    ],
  },
  afr: {
    m: ["Johan", "Pieter", "Sipho", "Thabo", "Willem", "Bongani", "Kagiso", "Hendrik"],
    f: ["Annelie", "Thandiwe", "Lerato", "Nomvula", "Marelize", "Zanele", "Naledi", "Elmarie"],
    last: [
      "van der Merwe",
      "Botha",
      "Pretorius",
      "du Plessis",
      "Nkosi",
      "Dlamini",
      "Mokoena",
      "van Wyk",
      "Ndlovu",
      "Coetzee",
      "le Roux",
    ],
  },
  his: {
    m: ["José", "Alejandro", "Diego", "Mateo", "Carlos", "Luis Miguel", "Santiago", "Javier"],
    f: ["María José", "Lucía", "Valentina", "Camila", "Ximena", "Guadalupe", "Sofía", "Paola"],
    last: [
      "García-López",
      "Hernández",
      "de la Cruz",
      "Rodríguez",
      "Martínez",
      "Gutiérrez",
      "Delgado",
      "Ramírez",
      "Castillo",
    ],
  },
  pl: {
    m: ["Wojciech", "Krzysztof", "Paweł", "Tomasz", "Łukasz", "Grzegorz"],
    f: ["Katarzyna", "Małgorzata", "Agnieszka", "Zofia", "Joanna", "Magdalena"],
    last: [
      "Nowak",
      "Kowalski",
      "Wiśniewska",
      "Wójcik",
      "Kamińska",
      "Lewandowski",
      "Zieliński",
      "Szymańska",
    ],
  },
};

const FAKER_LOCALES: Record<string, Faker["rawDefinitions"]> = {
  en_US,
  en_GB,
  en_AU,
  en_CA,
  en_IE,
  en_IN,
  en_ZA,
  en_NG,
  en_GH,
  tr,
};
const FK: Record<string, Faker> = {};
for (const [k, v] of Object.entries(FAKER_LOCALES)) FK[k] = new Faker({ locale: [v, en, base] });

const NATIVE: Record<Region, string[]> = {
  US: ["en_US", "en_US", "his"],
  UK: ["en_GB", "en_GB"],
  AU: ["en_AU", "en_AU"],
  CA: ["en_CA", "en_CA"],
  IN: ["en_IN", "en_IN", "en_IN"],
  IE: ["ie", "ie", "en_IE"],
  ZA: ["en_ZA", "afr", "afr"],
};
const DIVERSE = [
  "en_IN",
  "en_NG",
  "en_GH",
  "ko",
  "ja",
  "zh",
  "vi",
  "tr",
  "ar",
  "his",
  "pl",
  "ie",
  "afr",
  "en_US",
  "en_GB",
];

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
const MON = MONTHS.map((m) => m.slice(0, 3));

// ---------- checksums ----------
function luhnDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}
function mod97(s: string): number {
  let r = 0;
  for (const ch of s) r = (r * 10 + Number(ch)) % 97;
  return r;
}
function ibanFor(country: string, bban: string): string {
  const conv = (x: string) => x.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  const chk = 98 - mod97(conv(bban + country + "00"));
  return country + String(chk).padStart(2, "0") + bban;
}
const VD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
const VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9];
function verhoeffDigit(s: string): number {
  let c = 0;
  const r = s.split("").reverse();
  for (let i = 0; i < r.length; i++) c = VD[c][VP[(i + 1) % 8][Number(r[i])]];
  return VINV[c];
}

// ---------- context ----------
class Ctx {
  f: Faker;
  region: Region;
  constructor(seed: number, region?: Region) {
    this.f = new Faker({ locale: [en, base] });
    this.f.seed(seed);
    for (const [i, k] of Object.keys(FK).entries()) FK[k].seed(seed * 31 + i);
    this.region = region ?? this.pick(["US", "UK", "AU", "CA", "IN", "IE", "ZA"] as Region[]);
  }
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  chance(p: number): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  int(a: number, b: number): number {
    return this.f.number.int({ min: a, max: b });
  }
  num(n: number): string {
    return this.f.string.numeric({ length: n, allowLeadingZeros: true });
  }
  num1(n: number): string {
    return this.f.string.numeric({ length: 1, exclude: ["0"] }) + this.num(n - 1);
  }
  upper(n: number): string {
    return this.f.string.alpha({ length: n, casing: "upper" });
  }

  person(opts: { sex?: "m" | "f"; culture?: string } = {}): P {
    const culture = opts.culture ??
      (this.chance(0.45) ? this.pick(NATIVE[this.region]) : this.pick(DIVERSE));
    const sex = opts.sex ?? (this.chance(0.5) ? "f" : "m");
    let p: P;
    if (OWN[culture]) {
      const o = OWN[culture];
      p = { given: this.pick(o[sex]), family: this.pick(o.last), sex, asian: !!o.asian };
      if (o.mid && this.chance(0.7)) {
        p.middle = sex === "f" && culture === "vi" ? "Thi" : this.pick(o.mid);
      }
    } else {
      const fk = FK[culture];
      const sx = sex === "f" ? "female" : "male";
      p = { given: fk.person.firstName(sx), family: fk.person.lastName(), sex, asian: false };
      if (this.chance(0.2)) p.middle = fk.person.firstName(sx);
    }
    if (p.given === p.family) p.family = this.pick(OWN.pl.last);
    return p;
  }
  title(p: P): string {
    return p.sex === "f"
      ? this.pick(["Ms.", "Ms", "Mrs.", "Mrs", "Miss"])
      : this.pick(["Mr.", "Mr"]);
  }
  /** full name variants */
  full(p: P, allowMiddle = true): string {
    if (p.asian && this.chance(0.35)) {
      return p.middle ? `${p.family} ${p.middle} ${p.given}` : `${p.family} ${p.given}`;
    }
    let s = p.given;
    if (allowMiddle && p.middle && !p.asian) {
      s += this.chance(0.5) ? ` ${p.middle[0]}.` : ` ${p.middle}`;
    } else if (allowMiddle && p.middle && p.asian) s += ` ${p.middle}`;
    s += ` ${p.family}`;
    if (p.suffix) s += ` ${p.suffix}`;
    return s;
  }
  simple(p: P): string {
    return `${p.given} ${p.family}`;
  }
  initialName(p: P): string {
    return `${p.given[0]}. ${p.family}`;
  }
  inverted(p: P): string {
    return `${p.family.toUpperCase()}, ${p.given}`;
  }

  asciiSlug(s: string): string {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L")
      .toLowerCase().replace(/[^a-z0-9]/g, "");
  }
  email(p: P, work?: string): string {
    const g = this.asciiSlug(p.given), l = this.asciiSlug(p.family);
    const dom = work ??
      this.pick([
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "hotmail.com",
        "icloud.com",
        "bigpond.com",
        "rediffmail.com",
        "proton.me",
        "eircom.net",
        "mweb.co.za",
        "shaw.ca",
        "gmail.com",
      ]);
    const local = this.pick([
      `${g}.${l}`,
      `${g}${l}`,
      `${g[0]}${l}`,
      `${g}.${l}${this.int(70, 99)}`,
      `${l}.${g}`,
      `${g}_${l}`,
      `${g}${this.int(1, 999)}`,
    ]);
    const e = `${local}@${dom}`;
    if (!this.chance(0.12)) return e;
    const [lp, dp] = e.split("@");
    return lp.split(".").map((x) => x ? x[0].toUpperCase() + x.slice(1) : x).join(".") + "@" + dp;
  }

  phone(region: Region = this.region): string {
    const n = (k: number) => this.num(k);
    switch (region) {
      case "US":
      case "CA": {
        const a = this.pick(
          region === "US"
            ? ["212", "415", "312", "617", "713", "206", "404", "303", "512", "919"]
            : ["416", "604", "514", "403", "613", "905", "780", "902"],
        );
        const x = this.int(2, 9) + n(2), y = n(4);
        return this.pick([
          `(${a}) ${x}-${y}`,
          `${a}-${x}-${y}`,
          `${a}.${x}.${y}`,
          `+1 ${a} ${x} ${y}`,
          `+1-${a}-${x}-${y}`,
          `1 (${a}) ${x}-${y}`,
        ]);
      }
      case "UK": {
        const m = "7" + this.pick(["700", "911", "832", "456", "511", "983"]);
        const r = n(6);
        return this.pick([
          `0${m} ${r}`,
          `+44 ${m} ${r}`,
          `+44 (0)${m} ${r}`,
          `0${m}${r}`,
          `020 ${this.int(3, 8)}${n(3)} ${n(4)}`,
          `0161 ${n(3)} ${n(4)}`,
          `+44 113 ${n(3)} ${n(4)}`,
        ]);
      }
      case "AU": {
        const m = "4" + n(2);
        return this.pick([
          `0${m} ${n(3)} ${n(3)}`,
          `+61 ${m} ${n(3)} ${n(3)}`,
          `(02) ${this.int(8, 9)}${n(3)} ${n(4)}`,
          `03 ${this.int(8, 9)}${n(3)} ${n(4)}`,
          `0${m}${n(6)}`,
        ]);
      }
      case "IN": {
        const m = this.pick(["98", "97", "99", "88", "70", "63"]) + n(3), r = n(5);
        return this.pick([
          `+91 ${m} ${r}`,
          `+91-${m}${r}`,
          `0${m} ${r}`,
          `${m}${r}`,
          `+91 ${m}-${r}`,
          `080-${this.int(2, 4)}${n(7)}`,
        ]);
      }
      case "IE": {
        const m = this.pick(["83", "85", "86", "87", "89"]);
        return this.pick([
          `0${m} ${n(3)} ${n(4)}`,
          `+353 ${m} ${n(3)} ${n(4)}`,
          `(01) ${this.int(2, 8)}${n(2)} ${n(4)}`,
          `+353 1 ${this.int(2, 8)}${n(2)} ${n(4)}`,
          `0${m}-${n(7)}`,
        ]);
      }
      case "ZA": {
        const m = this.pick(["82", "83", "72", "71", "84", "76"]);
        return this.pick([
          `0${m} ${n(3)} ${n(4)}`,
          `+27 ${m} ${n(3)} ${n(4)}`,
          `+27 (0)${m} ${n(3)} ${n(4)}`,
          `011 ${this.int(2, 8)}${n(2)} ${n(4)}`,
          `021 ${this.int(4, 7)}${n(2)} ${n(4)}`,
        ]);
      }
    }
  }

  /** street line (annotated) and the non-PII remainder (city, postcode) */
  address(region: Region = this.region): { street: string; rest: string } {
    switch (region) {
      case "US": {
        const name = this.pick([
          "Maple",
          "Oak",
          "Cedar",
          "Elm",
          "Washington",
          "Lincoln",
          "Lakeview",
          "Sunset",
          "Hillcrest",
          "Franklin",
          "Magnolia",
          "Willow",
          "Highland",
          "W 23rd",
          "E 4th",
          "N Clark",
          "Peachtree",
          "Sycamore",
        ]);
        const sfx = this.pick([
          "Street",
          "St",
          "Ave",
          "Avenue",
          "Blvd",
          "Rd",
          "Drive",
          "Dr",
          "Ct",
          "Way",
          "Pl",
          "Terrace",
        ]);
        let s = `${this.int(2, 9899)} ${name} ${sfx}`;
        if (this.chance(0.4)) {
          s += this.pick([
            `, Apt ${this.int(1, 40)}${this.pick(["A", "B", "C", ""])}`,
            ` #${this.int(100, 999)}`,
            `, Suite ${this.int(100, 900)}`,
            ` Apt. ${this.int(1, 30)}`,
          ]);
        }
        const [city, st] = this.pick([
          ["Austin", "TX"],
          ["Seattle", "WA"],
          ["Columbus", "OH"],
          ["Atlanta", "GA"],
          ["Denver", "CO"],
          ["Chicago", "IL"],
          ["Raleigh", "NC"],
          ["Brooklyn", "NY"],
          ["Oakland", "CA"],
        ]);
        return { street: s, rest: `${city}, ${st} ${this.num1(5)}` };
      }
      case "UK": {
        const name = this.pick([
          "Kingsley",
          "Albert",
          "Victoria",
          "Church",
          "Station",
          "Mill",
          "Orchard",
          "Beech",
          "Hawthorn",
          "Manor",
          "Grosvenor",
          "St John's",
          "Queen's",
          "Cavendish",
          "Elmfield",
        ]);
        const sfx = this.pick([
          "Road",
          "Street",
          "Lane",
          "Close",
          "Crescent",
          "Avenue",
          "Gardens",
          "Grove",
          "Terrace",
          "Mews",
          "Rd",
        ]);
        let s = `${this.int(1, 240)} ${name} ${sfx}`;
        if (this.chance(0.35)) {
          s = this.pick([
            `Flat ${this.int(1, 24)}, `,
            `Flat ${this.int(1, 9)}${this.pick(["A", "B"])}, `,
            `Apartment ${this.int(1, 60)}, `,
          ]) + s;
        }
        const city = this.pick([
          "Leeds",
          "Manchester",
          "Bristol",
          "Glasgow",
          "Cardiff",
          "Birmingham",
          "Norwich",
          "Sheffield",
          "Leicester",
          "Brighton",
        ]);
        const pc = `${this.upper(2)}${this.int(1, 20)} ${this.int(1, 9)}${this.upper(2)}`;
        return { street: s, rest: `${city} ${pc}` };
      }
      case "AU": {
        const name = this.pick([
          "Wattle",
          "Banksia",
          "Jacaranda",
          "Bourke",
          "Flinders",
          "Macquarie",
          "Riverside",
          "Bayview",
          "Eucalyptus",
          "Waratah",
          "Bellbird",
        ]);
        const sfx = this.pick([
          "Street",
          "St",
          "Road",
          "Rd",
          "Parade",
          "Pde",
          "Crescent",
          "Cres",
          "Place",
          "Court",
          "Avenue",
        ]);
        const no = this.int(2, 320);
        const s = this.pick([
          `${no} ${name} ${sfx}`,
          `Unit ${this.int(1, 20)}/${no} ${name} ${sfx}`,
          `${this.int(1, 20)}/${no} ${name} ${sfx}`,
          `${no} ${name} ${sfx}`,
        ]);
        const [sub, st, pc] = this.pick([
          ["Paddington", "NSW", "2021"],
          ["Fitzroy", "VIC", "3065"],
          ["New Farm", "QLD", "4005"],
          ["Subiaco", "WA", "6008"],
          ["Glenelg", "SA", "5045"],
          ["Braddon", "ACT", "2612"],
        ]);
        return { street: s, rest: `${sub} ${st} ${pc}` };
      }
      case "CA": {
        const name = this.pick([
          "Queen St W",
          "Granville Street",
          "Maple Grove Dr",
          "Bloor St E",
          "rue Saint-Denis",
          "Jasper Ave",
          "Spring Garden Rd",
          "Elgin Street",
          "Kingsway",
        ]);
        const no = this.int(10, 9900);
        const s = this.pick([
          `${no} ${name}`,
          `${this.int(101, 2405)}-${no} ${name}`,
          `Unit ${this.int(1, 30)}, ${no} ${name}`,
          `${no} ${name}, Apt ${this.int(1, 40)}`,
        ]);
        const [city, pr] = this.pick([
          ["Toronto", "ON"],
          ["Vancouver", "BC"],
          ["Montréal", "QC"],
          ["Edmonton", "AB"],
          ["Halifax", "NS"],
          ["Ottawa", "ON"],
        ]);
        const pc = `${this.upper(1)}${this.int(1, 9)}${this.upper(1)} ${this.int(1, 9)}${
          this.upper(1)
        }${this.int(1, 9)}`;
        return { street: s, rest: `${city}, ${pr} ${pc}` };
      }
      case "IN": {
        const bldg = this.pick([
          "Sai Krupa Apartments",
          "Green Park Residency",
          "Lotus Enclave",
          "Shanti Niwas",
          "Prestige Lakeside",
          "Gokul Heights",
        ]);
        const road = this.pick([
          "14th Cross Road",
          "3rd Main Road",
          "MG Road",
          "Link Road",
          "Station Road",
          "100 Feet Road",
          "SV Road",
        ]);
        const s = this.pick([
          `Flat ${this.int(1, 12)}0${this.int(1, 9)}, ${bldg}, ${road}`,
          `No. ${this.int(1, 240)}, ${road}`,
          `H.No. ${this.int(1, 20)}-${this.int(1, 9)}-${this.int(10, 400)}, ${
            this.pick(["Vijayapuri Colony", "Ashok Nagar", "Banjara Hills"])
          }`,
          `${this.pick(["A", "B", "C"])}-${this.int(1, 9)}0${this.int(1, 9)}, ${bldg}`,
          `${this.int(1, 90)}/${this.int(1, 9)}, ${road}`,
        ]);
        const [area, city] = this.pick([
          ["Indiranagar", "Bengaluru"],
          ["Andheri West", "Mumbai"],
          ["Koramangala", "Bengaluru"],
          ["Salt Lake", "Kolkata"],
          ["Kothrud", "Pune"],
          ["Adyar", "Chennai"],
        ]);
        return { street: s, rest: `${area}, ${city} ${this.int(4, 7)}${this.num(5)}` };
      }
      case "IE": {
        const name = this.pick([
          "Harcourt Street",
          "Seaview Park",
          "Church Road",
          "Griffith Avenue",
          "Mountjoy Square",
          "Ballyhooly Road",
          "Castle Street",
          "Oakley Park",
        ]);
        const no = this.int(1, 180);
        const s = this.pick([
          `${no} ${name}`,
          `Apt ${this.int(1, 40)}, ${no} ${name}`,
          `Apartment ${this.int(1, 40)}, The Maltings, ${no} ${name}`,
          `${no} ${name}`,
        ]);
        const city = this.pick(["Dublin 2", "Dublin 9", "Cork", "Galway", "Limerick", "Kilkenny"]);
        const eir = `${this.pick(["D02", "D09", "T23", "H91", "V94", "R95"])} ${this.upper(1)}${
          this.num(1)
        }${this.upper(1)}${this.num(1)}`;
        return { street: s, rest: `${city}, ${eir}` };
      }
      case "ZA": {
        const name = this.pick([
          "Jan Smuts Avenue",
          "Bree Street",
          "Protea Road",
          "Long Street",
          "Oxford Road",
          "Beach Road",
          "Vilakazi Street",
          "Kloof Street",
        ]);
        const no = this.int(1, 400);
        const s = this.pick([
          `${no} ${name}`,
          `Unit ${this.int(1, 40)}, ${no} ${name}`,
          `${this.int(1, 30)} ${this.pick(["Sunbird", "Mopani"])} Close`,
          `${no} ${name}`,
        ]);
        const city = this.pick([
          "Cape Town 8001",
          "Johannesburg 2196",
          "Durban 4001",
          "Pretoria 0181",
          "Soweto 1804",
          "Stellenbosch 7600",
        ]);
        return { street: s, rest: city };
      }
    }
  }

  card(): string {
    const kind = this.pick(["visa", "visa", "mc", "amex", "disc"]);
    let body: string;
    if (kind === "visa") body = "4" + this.num(14);
    else if (kind === "mc") body = "5" + this.int(1, 5) + this.num(13);
    else if (kind === "amex") body = this.pick(["34", "37"]) + this.num(12);
    else body = "6011" + this.num(11);
    const n = body + luhnDigit(body);
    const sep = this.pick([" ", " ", "-", "", " "]);
    if (n.length === 15) return [n.slice(0, 4), n.slice(4, 10), n.slice(10)].join(sep);
    return n.match(/.{4}/g)!.join(sep);
  }
  iban(country?: string): string {
    const c = country ??
      ({ UK: "GB", IE: "IE", US: "GB", AU: "GB", CA: "GB", IN: "GB", ZA: "GB" } as Record<
        Region,
        string
      >)[this.region];
    let bban: string;
    if (c === "GB") {
      bban = this.pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + this.num(6) + this.num(8);
    } else if (c === "IE") bban = this.pick(["AIBK", "BOFI", "IPBS"]) + this.num(6) + this.num(8);
    else if (c === "DE") bban = this.num(18);
    else if (c === "FR") bban = this.num(10) + this.upper(0) + this.num(11) + this.num(2);
    else if (c === "NL") bban = this.pick(["ABNA", "INGB", "RABO"]) + this.num(10);
    else bban = this.num(20); // ES
    const i = ibanFor(c, bban);
    return this.chance(0.6) ? i.match(/.{1,4}/g)!.join(" ") : i;
  }
  ip(): string {
    if (this.chance(0.8)) {
      return `${
        this.pick([81, 86, 92, 103, 115, 122, 142, 151, 176, 185, 196, 203, 212, 49, 41, 24, 73])
      }.${this.int(0, 255)}.${this.int(0, 255)}.${this.int(1, 254)}`;
    }
    const h = () =>
      this.f.string.hexadecimal({ length: this.int(1, 4), casing: "lower", prefix: "" });
    return this.pick([
      `2a02:${h()}:${h()}:${h()}::${h()}`,
      `2001:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}:${h()}`,
      `2405:201:${h()}:${h()}::1`,
    ]);
  }
  url(p: P): string {
    const g = this.asciiSlug(p.given), l = this.asciiSlug(p.family);
    return this.pick([
      `https://www.linkedin.com/in/${g}-${l}-${
        this.f.string.alphanumeric({ length: 6, casing: "lower" })
      }`,
      `linkedin.com/in/${g}${l}`,
      `https://github.com/${g[0]}${l}${this.int(1, 99)}`,
      `https://${g}${l}.dev`,
      `www.${g}-${l}.com.au`,
      `https://calendly.com/${g}-${l}/30min`,
      `https://www.behance.net/${g}${l}`,
    ]);
  }
  /** date-of-birth string (region-appropriate formats) */
  dob(minY = 1948, maxY = 2004): { s: string; y: number; m: number; d: number } {
    const y = this.int(minY, maxY), m = this.int(1, 12), d = this.int(1, 28);
    const p2 = (x: number) => String(x).padStart(2, "0");
    const ord = (x: number) =>
      x +
      (x % 10 === 1 && x !== 11
        ? "st"
        : x % 10 === 2 && x !== 12
        ? "nd"
        : x % 10 === 3 && x !== 13
        ? "rd"
        : "th");
    const us = this.region === "US";
    const s = this.pick(
      us
        ? [
          `${m}/${d}/${y}`,
          `${p2(m)}/${p2(d)}/${y}`,
          `${MONTHS[m - 1]} ${d}, ${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${MON[m - 1]}. ${d}, ${y}`,
          `${p2(m)}-${p2(d)}-${y}`,
        ]
        : [
          `${p2(d)}/${p2(m)}/${y}`,
          `${d} ${MONTHS[m - 1]} ${y}`,
          `${ord(d)} ${MONTHS[m - 1]} ${y}`,
          `${p2(d)}-${MON[m - 1]}-${y}`,
          `${p2(d)}.${p2(m)}.${y}`,
          `${y}-${p2(m)}-${p2(d)}`,
          `${d}/${m}/${y}`,
        ],
    );
    return { s, y, m, d };
  }
  /** ordinary (non-PII) date */
  day(): string {
    const y = this.int(2023, 2025), m = this.int(1, 12), d = this.int(1, 28);
    return this.region === "US"
      ? this.pick([`${MONTHS[m - 1]} ${d}`, `${m}/${d}/${y}`, `${MON[m - 1]} ${d}, ${y}`])
      : this.pick([`${d} ${MONTHS[m - 1]}`, `${d}/${m}/${y}`, `${d} ${MON[m - 1]} ${y}`]);
  }
  /** ordinary (non-PII) date range */
  range(): string {
    const y = this.int(2023, 2025),
      m = this.int(1, 11),
      d = this.int(1, 20),
      d2 = d + this.int(2, 8);
    return this.region === "US"
      ? this.pick([`${MONTHS[m - 1]} ${d}–${d2}, ${y}`, `${m}/${d}/${y} to ${m}/${d2}/${y}`])
      : this.pick([
        `${d}–${d2} ${MONTHS[m - 1]} ${y}`,
        `${d}/${m}/${y} to ${d2}/${m}/${y}`,
        `${d} ${MON[m - 1]} to ${d2} ${MON[m - 1]} ${y}`,
      ]);
  }
  time(): string {
    return this.pick([
      `${this.int(8, 11)}:${this.pick(["00", "15", "30", "45"])}am`,
      `${this.int(1, 5)}:${this.pick(["00", "30"])} pm`,
      `${this.int(9, 17)}:${this.pick(["00", "30"])}`,
    ]);
  }
  money(lo: number, hi: number): string {
    const cur = ({ US: "$", UK: "£", AU: "A$", CA: "C$", IN: "₹", IE: "€", ZA: "R" } as Record<
      Region,
      string
    >)[this.region];
    const v = this.f.number.float({ min: lo, max: hi, fractionDigits: 2 });
    return `${cur}${
      v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })
    }`;
  }
  ref(prefix: string): string {
    return `${prefix}-${this.upper(2)}${this.num(5)}`;
  }

  // ----- national ids -----
  ssn(): string {
    let a = this.num1(3);
    while (a === "666" || a[0] === "9") a = this.num1(3);
    const b = String(this.int(1, 99)).padStart(2, "0"),
      c = String(this.int(1, 9999)).padStart(4, "0");
    return this.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
  }
  nino(): string {
    const pre = this.pick(["AB", "CE", "HJ", "JK", "LM", "NP", "PR", "SW", "TE", "WK", "YH"]);
    const d = this.num(6), s = this.pick(["A", "B", "C", "D"]);
    return this.chance(0.5)
      ? `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`
      : `${pre}${d}${s}`;
  }
  nhs(): string {
    for (;;) {
      const d = this.num1(9);
      let sum = 0;
      for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
      let c = 11 - (sum % 11);
      if (c === 11) c = 0;
      if (c === 10) continue;
      const n = d + c;
      return this.pick([
        `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
        n,
        `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      ]);
    }
  }
  tfn(): string {
    const w = [1, 4, 3, 7, 5, 8, 6, 9, 10];
    for (;;) {
      const d = this.num1(8);
      for (let last = 0; last < 10; last++) {
        const n = d + last;
        let s = 0;
        for (let i = 0; i < 9; i++) s += Number(n[i]) * w[i];
        if (s % 11 === 0) {
          return this.chance(0.6) ? `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}` : n;
        }
      }
    }
  }
  medicare(): string {
    const w = [1, 3, 7, 9, 1, 3, 7, 9];
    const d = String(this.int(2, 6)) + this.num(7);
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i];
    const n = d + (s % 10) + this.int(1, 9);
    return this.chance(0.6) ? `${n.slice(0, 4)} ${n.slice(4, 9)} ${n.slice(9)}` : n;
  }
  sin(): string {
    const d = this.pick(["1", "2", "3", "4", "5", "6", "7"]) + this.num(7);
    const n = d + luhnDigit(d);
    return this.pick([
      `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      n,
    ]);
  }
  aadhaar(): string {
    const d = String(this.int(2, 9)) + this.num(10);
    const n = d + verhoeffDigit(d);
    return this.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8)}` : n;
  }
  pan(p: P): string {
    return `${this.upper(3)}P${this.asciiSlug(p.family)[0].toUpperCase()}${this.num(4)}${
      this.upper(1)
    }`;
  }
  ppsn(): string {
    const d = this.num(7);
    let s = 0;
    for (let i = 0; i < 7; i++) s += Number(d[i]) * (8 - i);
    const second = this.chance(0.4) ? "A" : "";
    if (second) s += 9 * 1;
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[s % 23] + second;
  }
  zaId(y: number, m: number, d: number): string {
    const p2 = (x: number) => String(x).padStart(2, "0");
    const body = `${p2(y % 100)}${p2(m)}${p2(d)}${this.num(4)}08`;
    return body + luhnDigit(body);
  }
  passport(region: Region = this.region): string {
    switch (region) {
      case "US":
        return this.num1(9);
      case "UK":
        return this.num1(9);
      case "AU":
        return `P${this.upper(1)}${this.num(7)}`;
      case "CA":
        return `${this.upper(2)}${this.num(6)}`;
      case "IN":
        return `${this.upper(1)}${this.num1(7)}`;
      case "IE":
        return `P${this.upper(1)}${this.num(7)}`;
      case "ZA":
        return `A${this.num(8)}`;
    }
  }
  /** the region's main national id with its label */
  natId(p: P, dob?: { y: number; m: number; d: number }): { label: string; value: string } {
    switch (this.region) {
      case "US":
        return { label: this.pick(["SSN", "Social Security No.", "SSN#"]), value: this.ssn() };
      case "UK":
        return {
          label: this.pick(["NI number", "National Insurance No.", "NINO"]),
          value: this.nino(),
        };
      case "AU":
        return { label: this.pick(["TFN", "Tax File Number"]), value: this.tfn() };
      case "CA":
        return { label: this.pick(["SIN", "Social Insurance Number"]), value: this.sin() };
      case "IN":
        return this.chance(0.6)
          ? { label: this.pick(["Aadhaar", "Aadhaar No."]), value: this.aadhaar() }
          : { label: "PAN", value: this.pan(p) };
      case "IE":
        return { label: this.pick(["PPSN", "PPS No."]), value: this.ppsn() };
      case "ZA": {
        const x = dob ?? { y: this.int(1960, 2000), m: this.int(1, 12), d: this.int(1, 28) };
        return {
          label: this.pick(["ID number", "SA ID", "ID No."]),
          value: this.zaId(x.y, x.m, x.d),
        };
      }
    }
  }
  healthId(): { label: string; value: string } | null {
    switch (this.region) {
      case "UK":
        return { label: "NHS No.", value: this.nhs() };
      case "AU":
        return { label: "Medicare", value: this.medicare() };
      case "IE":
        return { label: "PPSN", value: this.ppsn() };
      case "IN":
        return { label: "Aadhaar", value: this.aadhaar() };
      case "ZA":
        return {
          label: "ID",
          value: this.zaId(this.int(1950, 2000), this.int(1, 12), this.int(1, 28)),
        };
      case "CA":
        return { label: "SIN", value: this.sin() };
      default:
        return null;
    }
  }
  city(): string {
    return this.pick(
      ({
        US: ["Chicago", "Denver", "Boston", "Phoenix", "Portland"],
        UK: ["London", "Leeds", "Bristol", "Edinburgh"],
        AU: ["Sydney", "Melbourne", "Brisbane", "Perth"],
        CA: ["Toronto", "Calgary", "Vancouver", "Winnipeg"],
        IN: ["Mumbai", "Pune", "Hyderabad", "Chennai"],
        IE: ["Dublin", "Cork", "Galway"],
        ZA: ["Johannesburg", "Cape Town", "Durban"],
      } as Record<Region, string[]>)[this.region],
    );
  }
  company(): string {
    return this.pick([
      "Northwind Logistics",
      "Bluegum Analytics",
      "Harbourview Health",
      "Kestrel Software",
      "Tata Consultancy Services",
      "Infosys",
      "Accenture",
      "Deloitte",
      "Shopify",
      "Atlassian",
      "Woolworths",
      "Tesco",
      "Sainsbury's",
      "Standard Bank",
      "Allianz",
      "Aviva",
      "Zurich Insurance",
      "Bupa",
      "Medibank",
      "Canva",
      "Stripe",
      "Ryanair",
      "Qantas",
      "Emirates",
      "Marriott",
      "Airbnb",
      "Acme Freight",
      "Greenleaf Dental",
    ]);
  }
}

// ---------- builder helper ----------
function put(b: DocBuilder, ...parts: Part[]): void {
  for (const x of parts) {
    if (typeof x === "string") b.text(x);
    else b.ent(x[0], x[1]);
  }
}
const N = (s: string): [T, string] => ["PERSON", s];
const he = (p: P) => (p.sex === "f" ? "she" : "he");
const his = (p: P) => (p.sex === "f" ? "her" : "his");
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
const poss = (s: string) => (s.endsWith("s") ? "'" : "'s");

// ---------- templates ----------
type Tpl = (c: Ctx, b: DocBuilder) => void;

const hrReview: Tpl = (c, b) => {
  const e = c.person(), m = c.person(), peer = c.person();
  const q = c.pick(["Q1", "Q2", "Q3", "H1", "H2", "FY24", "FY25"]);
  const rating = c.pick([
    "Exceeds expectations",
    "Meets expectations",
    "Partially meets",
    "Strong performer",
  ]);
  put(
    b,
    `Performance review — ${q}\nEmployee: `,
    N(c.full(e)),
    `   Manager: `,
    N(c.full(m, false)),
    `\nRating: ${rating}\n\n`,
  );
  put(
    b,
    N(e.given),
    ` had a solid ${q}. ${cap(he(e))} led the migration of the ${
      c.pick(["billing", "payroll", "CRM", "inventory"])
    } service to ${c.pick(["AWS", "Azure", "GCP"])} and cut incident volume by ${c.int(10, 45)}%. `,
  );
  put(
    b,
    `Feedback from `,
    N(c.simple(peer)),
    ` (${c.pick(["QA", "Design", "Finance", "Ops"])}) was that `,
    N(e.given),
    ` is responsive but sometimes commits to dates without checking with the team.\n`,
  );
  put(
    b,
    `Goals for next period: mentor `,
    N(peer.given),
    `, complete the ${
      c.pick(["PMP", "AWS Solutions Architect", "CIPD Level 5", "Scrum Master"])
    } certification, and own the ${c.pick(["Q3 roadmap", "vendor review", "on-call rota"])}.\n`,
  );
  if (c.chance(0.5)) {
    put(
      b,
      `Salary adjustment of ${
        c.int(2, 8)
      }% approved effective ${c.day()}. Please send questions to `,
      ["EMAIL", c.email(m, "hr." + c.pick(["northwind.com", "kestrel.io", "bluegum.com.au"]))],
      `.\n`,
    );
  }
  put(
    b,
    `— `,
    N(c.initialName(m)),
    `, ${c.pick(["Engineering Manager", "Head of Operations", "Team Lead"])}`,
  );
};

const hrLeave: Tpl = (c, b) => {
  const e = c.person(), m = c.person(), cover = c.person();
  const reason = c.pick([
    "a family wedding in " + c.pick(["Hanoi", "Lagos", "Chennai", "Busan", "Izmir", "Cork"]),
    "my father's surgery",
    "parental leave",
    "jury duty",
    "moving house",
  ]);
  put(b, `Hi `, N(m.given), `,\n\nI'd like to request leave ${c.range()} for ${reason}. `);
  put(
    b,
    N(cover.given),
    ` `,
    N(cover.family),
    ` has agreed to cover my tickets while I'm out. While away I can be reached on `,
    ["PHONE", c.phone()],
    ` for anything urgent.\n`,
  );
  if (c.chance(0.5)) {
    const a = c.address();
    put(
      b,
      `Please also note my new home address for payroll: `,
      ["ADDRESS", a.street],
      `, ${a.rest}.\n`,
    );
  }
  put(
    b,
    `\nThanks,\n`,
    N(c.full(e)),
    `\n${c.pick(["Payroll", "Customer Success", "Warehouse", "Finance"])} | Staff no. ${c.num1(6)}`,
  );
};

const clinicNote: Tpl = (c, b) => {
  const p = c.person(), dr = c.person(), rel = c.person({ culture: undefined });
  const dob = c.dob(1940, 2005);
  const a = c.address();
  const hid = c.healthId() ?? { label: "SSN", value: c.ssn() };
  put(
    b,
    `CLINIC NOTE — ${c.day()} ${c.time()}\nPt: `,
    N(c.inverted(p)),
    `  DOB `,
    ["DATE", dob.s],
    `  ${hid.label}: `,
    ["ID", hid.value],
    `\n`,
  );
  put(b, `Addr: `, ["ADDRESS", a.street], `, ${a.rest}   Mob: `, ["PHONE", c.phone()], `\n\n`);
  put(
    b,
    `S: ${
      c.pick([
        "3/7 hx of productive cough, fever 38.2",
        "Lower back pain after lifting, no red flags",
        "Review of HbA1c, reports good adherence to metformin 500mg BD",
        "Rash on forearms x 1 week, new detergent",
      ])
    }.\n`,
  );
  put(
    b,
    `O: BP ${c.int(105, 160)}/${c.int(65, 95)}, HR ${c.int(58, 104)}, SpO2 ${c.int(94, 99)}%.\n`,
  );
  put(
    b,
    `A/P: ${
      c.pick([
        "Likely viral URTI — safety-netted",
        "Mechanical LBP — physio referral",
        "T2DM well controlled — repeat bloods 3/12",
        "Contact dermatitis — hydrocortisone 1%",
      ])
    }. `,
  );
  put(
    b,
    `${c.title(p)} `,
    N(p.family),
    ` to return if worse. ${cap(his(p))} ${
      c.pick(["daughter", "son", "husband", "wife", "partner"])
    } `,
    N(rel.given),
    ` attended and will help with meds.\n`,
  );
  put(b, `Seen by Dr `, N(dr.family), `.`);
};

const referral: Tpl = (c, b) => {
  const p = c.person(), dr = c.person(), spec = c.person();
  const dob = c.dob(1945, 2010);
  put(
    b,
    `Dear Dr. `,
    N(spec.family),
    `,\n\nRe: `,
    N(c.full(p)),
    `, DOB: `,
    ["DATE", dob.s],
    `\n\n`,
  );
  put(
    b,
    `Thank you for seeing this ${2025 - dob.y}-year-old ${p.sex === "f" ? "woman" : "man"} with ${
      c.pick([
        "a 6-month history of exertional chest pain",
        "recurrent migraines unresponsive to triptans",
        "suspected obstructive sleep apnoea",
        "persistent iron-deficiency anaemia",
      ])
    }. `,
  );
  put(
    b,
    N(p.given),
    ` works as a ${
      c.pick(["bus driver", "software tester", "nurse", "chef", "teacher"])
    } at ${c.company()} and is keen to return to full duties.\n`,
  );
  put(
    b,
    `Current meds: ${
      c.pick([
        "atorvastatin 20mg nocte",
        "sertraline 50mg",
        "ferrous sulfate 200mg TDS",
        "nil regular",
      ])
    }. Allergies: ${c.pick(["penicillin (rash)", "NKDA", "codeine"])}.\n`,
  );
  put(b, `${cap(he(p))} can be contacted on `, ["PHONE", c.phone()]);
  if (c.chance(0.6)) put(b, ` or by email at `, ["EMAIL", c.email(p)]);
  put(
    b,
    `.\n\nKind regards,\n\nDr `,
    N(c.full(dr, false)),
    `\n${
      c.pick([
        "Riverside Medical Centre",
        "Harbourview Health",
        "Greenlane Family Practice",
        "St Brendan's Surgery",
      ])
    }`,
  );
};

const motorClaim: Tpl = (c, b) => {
  const cl = c.person(), other = c.person(), wit = c.person();
  const a = c.address();
  const pol = `POL-${c.num1(4)}-${c.num(4)}`;
  put(
    b,
    `Claim notification — policy ${pol}\n\nPolicyholder: `,
    N(c.full(cl)),
    `\nAddress: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\nPhone: `,
    ["PHONE", c.phone()],
    `\nEmail: `,
    ["EMAIL", c.email(cl)],
    `\n\n`,
  );
  put(
    b,
    `On ${c.day()} at approx. ${c.time()} my vehicle (${
      c.pick(["2019 Toyota Corolla", "Mazda CX-5", "VW Golf", "Honda Civic", "Ford Ranger"])
    }, reg ${c.upper(2)}${c.int(10, 99)} ${c.upper(3)}) was rear-ended at the lights on ${
      c.pick(["High Street", "King William Road", "Main St", "Ring Road"])
    } in ${c.city()}. `,
  );
  put(
    b,
    `The other driver, `,
    N(c.simple(other)),
    `, admitted fault at the scene and gave ${his(other)} number as `,
    ["PHONE", c.phone()],
    `. `,
  );
  put(
    b,
    `A witness, `,
    N(c.chance(0.5) ? c.simple(wit) : c.initialName(wit)),
    `, stopped to help.\n`,
  );
  put(
    b,
    `Repair quote from ${c.pick(["Smash Repair Co", "Kwik Fit", "Midas", "AutoBody Plus"])}: ${
      c.money(900, 6800)
    }. I'd like the payout to go to my account, IBAN `,
    ["IBAN", c.iban()],
    `.\n`,
  );
  put(b, `Regards, `, N(cl.given));
};

const homeClaim: Tpl = (c, b) => {
  const cl = c.person(), partner = c.person(), adj = c.person();
  const a = c.address();
  const cn = `CLM${c.num1(7)}`;
  put(
    b,
    `Hi `,
    N(adj.given),
    `,\n\nFollowing up on claim ${cn}. The water leak at `,
    ["ADDRESS", a.street],
    ` (${a.rest}) damaged the kitchen floor and a ${
      c.pick(["Samsung fridge", "Bosch dishwasher", "LG TV", "Miele washer"])
    } (${c.money(400, 3200)}).\n`,
  );
  put(
    b,
    `My ${partner.sex === "f" ? "wife" : "husband"} `,
    N(c.simple(partner)),
    ` will be home for the assessor on ${c.day()} between ${c.time()} and ${c.time()}; ${
      his(partner)
    } mobile is `,
    ["PHONE", c.phone()],
    `.\n`,
  );
  put(
    b,
    `Receipts attached (order #${c.num1(8)} from ${
      c.pick(["Harvey Norman", "Currys", "Best Buy", "Croma", "Makro"])
    }).\n`,
  );
  if (c.chance(0.5)) {
    put(b, `For the settlement, please use IBAN `, [
      "IBAN",
      c.iban(c.pick(["GB", "IE", "NL", "DE"])),
    ], ` in my name.\n`);
  } else {put(
      b,
      `For the excess, you can charge my card `,
      ["CARD", c.card()],
      `, exp ${c.int(1, 12)}/${c.int(26, 30)}.\n`,
    );}
  put(b, `\nThanks,\n`, N(c.full(cl)), `\n`, ["PHONE", c.phone()]);
};

const legalLetter: Tpl = (c, b) => {
  const dec = c.person(), ex = c.person(), sol = c.person(), ben = c.person();
  if (c.chance(0.5)) {
    dec.suffix = c.pick(["Jr.", "Sr.", "III", "II"]);
    ex.family = dec.family;
  }
  const dob = c.dob(1930, 1960);
  const a = c.address();
  put(
    b,
    `${
      c.pick([
        "Hartley & Osei LLP",
        "Mensah Chambers",
        "Brennan Dunne Solicitors",
        "Patel Rao & Co.",
      ])
    }\nOur ref: ${c.upper(3)}/${c.num1(4)}/${c.int(23, 25)}\n\nPrivate & Confidential\n`,
  );
  put(b, `${c.title(ex)} `, N(c.full(ex, false)), `\n`, ["ADDRESS", a.street], `\n${a.rest}\n\n`);
  put(b, `Re: Estate of the late `, N(c.full(dec)), ` (born `, ["DATE", dob.s], `)\n\n`);
  put(
    b,
    `Dear ${c.title(ex)} `,
    N(ex.family),
    `,\n\nWe act for the estate and write regarding the grant of probate. Under the will dated ${c.day()}, you are named executor together with `,
    N(c.full(ben)),
    `. `,
  );
  put(
    b,
    `Please provide certified copies of your passport (`,
    ["ID", c.passport()],
    `) and proof of address. The residuary estate is estimated at ${c.money(120000, 900000)}.\n`,
  );
  put(
    b,
    `Should `,
    N(ben.given),
    ` wish to renounce, a signed form is required by ${c.day()}.\n\nYours sincerely,\n\n`,
    N(c.full(sol, false)),
    `\nSolicitor | `,
    ["EMAIL", c.email(sol, c.pick(["hartleyosei.co.uk", "brennandunne.ie", "patelrao.in"]))],
  );
};

const listing: Tpl = (c, b) => {
  const ag = c.person(), own = c.person();
  const a = c.address();
  const beds = c.int(1, 5);
  put(
    b,
    `FOR ${c.pick(["SALE", "RENT", "LEASE"])} — ${beds} bed ${
      c.pick(["terrace", "apartment", "semi-detached home", "townhouse", "villa"])
    }\n`,
  );
  put(b, ["ADDRESS", a.street], `, ${a.rest}\n`);
  put(
    b,
    `Asking ${c.money(180000, 1450000)} | ${c.int(55, 260)} m² | EPC ${
      c.pick(["B", "C", "D"])
    } | Listing ID ${c.num1(7)}\n\n`,
  );
  put(
    b,
    `Light-filled ${beds}-bedroom home with north-facing garden, walking distance to ${
      c.pick(["Central Station", "the high street", "Westfield", "the beach"])
    } and ${
      c.pick(["St Mary's Primary", "Lincoln High", "Greenway College"])
    }. Open home Saturday ${c.time()}.\n`,
  );
  put(
    b,
    `Vendor `,
    N(c.simple(own)),
    ` is relocating to ${
      c.pick(["Singapore", "Dubai", "Auckland", "Toronto", "London"])
    } and wants a quick settlement.\n\n`,
  );
  put(
    b,
    `Contact `,
    N(c.full(ag)),
    `, ${
      c.pick([
        "Ray White",
        "Foxtons",
        "Coldwell Banker",
        "Sherry FitzGerald",
        "Pam Golding",
        "Century 21",
      ])
    }: `,
    ["PHONE", c.phone()],
    ` / `,
    ["EMAIL", c.email(ag, c.pick(["raywhite.com", "foxtons.co.uk", "c21.ca", "pamgolding.co.za"]))],
  );
};

const rentalApp: Tpl = (c, b) => {
  const ap = c.person(), ref = c.person(), co = c.person();
  const dob = c.dob(1970, 2003);
  const a = c.address();
  const id = c.natId(ap, dob);
  put(
    b,
    `RENTAL APPLICATION\nApplicant: `,
    N(c.full(ap)),
    `\nDate of birth: `,
    ["DATE", dob.s],
    `\n${id.label}: `,
    ["ID", id.value],
    `\nCurrent address: `,
    ["ADDRESS", a.street],
    `, ${a.rest}\n`,
  );
  put(
    b,
    `Mobile: `,
    ["PHONE", c.phone()],
    `   Email: `,
    ["EMAIL", c.email(ap)],
    `\nEmployer: ${c.company()} (${
      c.pick(["Analyst", "Nurse", "Electrician", "Product Designer"])
    }), income ${c.money(3500, 9800)}/month\n`,
  );
  put(
    b,
    `Co-applicant: `,
    N(c.simple(co)),
    ` (partner)\nPrevious landlord reference: `,
    N(c.full(ref, false)),
    `, `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(
    b,
    `Pets: ${c.pick(["1 cat", "none", "small dog (cavoodle)"])}. Preferred move-in: ${c.day()}.`,
  );
};

const schoolNote: Tpl = (c, b) => {
  const kid = c.person(), parent = c.person({ culture: undefined }), t = c.person();
  parent.family = c.chance(0.7) ? kid.family : parent.family;
  const dob = c.dob(2011, 2019);
  put(b, `Dear ${c.title(t)} `, N(t.family), `,\n\n`);
  put(
    b,
    N(kid.given),
    ` (${
      c.pick(["Year 4", "Grade 3", "Class 5B", "Year 7", "2nd class"])
    }) will be absent on ${c.day()} for a ${
      c.pick(["dental appointment", "hospital follow-up", "family event", "passport appointment"])
    }. `,
  );
  put(
    b,
    `${cap(he(kid))} will be collected at ${c.time()} by ${his(kid)} ${
      c.pick(["grandmother", "uncle", "aunt"])
    }, `,
    N(c.simple(c.person())),
    `.\n`,
  );
  if (c.chance(0.6)) {
    put(
      b,
      `For the updated medical form: `,
      N(c.full(kid)),
      `, DOB `,
      ["DATE", dob.s],
      `, allergic to ${c.pick(["peanuts", "bee stings", "eggs"])}, EpiPen in bag.\n`,
    );
  }
  put(
    b,
    `Please call me on `,
    ["PHONE", c.phone()],
    ` if anything comes up.\n\nMany thanks,\n`,
    N(c.full(parent, false)),
    ` (`,
    N(kid.given),
    poss(kid.given),
    ` ${parent.sex === "f" ? "mum" : "dad"})`,
  );
};

const schoolIncident: Tpl = (c, b) => {
  const kids = [c.person(), c.person(), c.person()];
  const t = c.person();
  const names = kids.map((k) => c.simple(k));
  b.known.push(...names);
  put(
    b,
    `Incident report — ${
      c.pick(["playground", "science lab", "school bus", "canteen"])
    }, ${c.day()}, ${c.time()}\n`,
  );
  put(b, `Students involved: `, N(names[0]), `, `, N(names[1]), ` and `, N(names[2]), `.\n\n`);
  put(
    b,
    N(kids[0].given),
    ` reported that `,
    N(kids[1].given),
    ` pushed ${his(kids[0])} tray; `,
    N(kids[2].given),
    ` confirmed this. `,
  );
  put(
    b,
    `No injuries. `,
    N(kids[1].given),
    poss(kids[1].given),
    ` parents were informed by phone. `,
    N(kids[0].family),
    ` and `,
    N(kids[1].family),
    ` will meet with the year coordinator on ${c.day()}.\n`,
  );
  put(b, `Recorded by `, N(c.initialName(t)), ` (duty teacher). Ref ${c.ref("INC")}.`);
};

const supportTicket: Tpl = (c, b) => {
  const cu = c.person(), ag = c.person();
  const tk = `#${c.num1(6)}`;
  put(
    b,
    `Ticket ${tk} | Priority: ${c.pick(["High", "Normal", "Urgent"])} | Product: ${
      c.pick(["Kestrel Cloud Pro", "Northwind POS v4.2", "Bluegum Sync", "Acme Router AX3000"])
    }\n`,
  );
  put(b, `Requester: `, N(c.full(cu)), ` <`, ["EMAIL", c.email(cu)], `>\n`);
  put(b, `Last login from `, ["IP", c.ip()], ` at ${c.time()} (${c.city()}).\n\n`);
  put(
    b,
    `Customer says: "${
      c.pick([
        "I keep getting error 0x80070005 when syncing",
        "The app logs me out every 5 minutes",
        "My invoice INV-" + c.num1(5) + " was charged twice",
        "2FA codes never arrive",
      ])
    }." `,
  );
  put(
    b,
    `Card on file ends in ${c.num(4)}. Called back on `,
    ["PHONE", c.phone()],
    `, no answer.\n`,
  );
  put(b, `Assigned to `, N(ag.given), `. Escalate to tier 2 if not resolved by ${c.day()}.`);
};

const supportChat: Tpl = (c, b) => {
  const cu = c.person(), ag = c.person();
  let hh = c.int(8, 20), mm = c.int(0, 50);
  const tm = () => {
    mm += c.int(0, 3);
    if (mm > 59) {
      mm -= 60;
      hh++;
    }
    return `${hh}:${String(mm).padStart(2, "0")}`;
  };
  const ord = `${c.pick(["ORD", "A", "#"])}${c.num1(7)}`;
  const a = c.address();
  put(
    b,
    `[${tm()}] `,
    N(ag.given),
    ` (Agent): Hi, thanks for contacting ${
      c.pick(["ShopNow", "Flipkart", "Argos", "Takealot", "Canadian Tire"])
    }. Who am I speaking with?\n`,
  );
  put(
    b,
    `[${tm()}] Customer: hi its `,
    N(c.simple(cu).toLowerCase()),
    `, order ${ord} never arrived\n`,
  );
  put(
    b,
    `[${tm()}] `,
    N(ag.given),
    `: Sorry to hear that, `,
    N(cu.given),
    `. Can you confirm the delivery address and a contact number?\n`,
  );
  put(
    b,
    `[${tm()}] Customer: `,
    ["ADDRESS", a.street],
    ` ${a.rest}, phone `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(
    b,
    `[${tm()}] `,
    N(ag.given),
    `: Thanks. The courier marked it as left with a neighbour, ${c.pick(["Mr", "Mrs", "Ms"])} `,
    N(c.person().family),
    `, at number ${c.int(1, 99)}. I'll raise a trace and refund ${
      c.money(15, 350)
    } if not found within 48 hours.\n`,
  );
  put(b, `[${tm()}] Customer: ok. please email me at `, ["EMAIL", c.email(cu)], ` not my work one`);
};

const travelBooking: Tpl = (c, b) => {
  const pax = [c.person(), c.person()];
  if (c.chance(0.5)) pax.push(c.person());
  const pnr = c.upper(6);
  const names = pax.map((p) => c.simple(p));
  b.known.push(...names);
  put(
    b,
    `Booking confirmation ${pnr} — ${
      c.pick([
        "Qantas",
        "Air India",
        "Aer Lingus",
        "British Airways",
        "Air Canada",
        "Emirates",
        "Turkish Airlines",
      ])
    }\n`,
  );
  put(
    b,
    `${c.pick(["QF", "AI", "EI", "BA", "AC", "EK", "TK"])}${c.int(1, 999)} ${
      c.pick(["SYD–SIN", "BOM–LHR", "DUB–JFK", "YYZ–ICN", "JNB–DXB", "IST–NRT"])
    }, ${c.day()}, departs ${c.time()}\n\nPassengers:\n`,
  );
  pax.forEach((p, i) => {
    const dob = c.dob(1950, 2018);
    put(
      b,
      `${i + 1}. `,
      N(`${p.family.toUpperCase()}/${p.given.toUpperCase()}`),
      ` ${p.sex === "f" ? "MS" : "MR"} — DOB `,
      ["DATE", dob.s],
      `, passport `,
      ["ID", c.passport(c.pick(["US", "UK", "AU", "CA", "IN", "IE", "ZA"] as Region[]))],
      `\n`,
    );
  });
  put(b, `\nLead contact: `, N(names[0]), `, `, ["PHONE", c.phone()], `, `, [
    "EMAIL",
    c.email(pax[0]),
  ], `\n`);
  put(
    b,
    `Seats 32A/32B confirmed. Fare total ${c.money(900, 5400)} incl. taxes. Card ending ${
      c.num(4)
    } charged.`,
  );
};

const hotelChange: Tpl = (c, b) => {
  const g = c.person(), st = c.person();
  const conf = c.num1(9);
  put(
    b,
    `Subject: Change to reservation ${conf}\n\nHello,\n\nI'm writing on behalf of `,
    N(`${c.full(g)}`),
    ` (${c.pick(["CEO", "our VP Sales", "our visiting professor", "the keynote speaker"])}). `,
  );
  put(
    b,
    `Please change ${his(g)} stay at the ${
      c.pick(["Marriott Downtown", "Taj Lands End", "Shelbourne", "Park Hyatt", "Radisson Blu"])
    } to ${c.range()}, king room, late check-in after ${c.time()}.\n`,
  );
  put(
    b,
    `Guarantee on the corporate card `,
    ["CARD", c.card()],
    ` (exp ${String(c.int(1, 12)).padStart(2, "0")}/${
      c.int(26, 30)
    }), billing to ${c.company()}.\n`,
  );
  put(
    b,
    N(g.given),
    ` can be reached on `,
    ["PHONE", c.phone()],
    ` on arrival.\n\nBest,\n`,
    N(c.full(st, false)),
    `\nExecutive Assistant`,
  );
};

const bankDispute: Tpl = (c, b) => {
  const h = c.person();
  const a = c.address();
  const m = c.pick([
    "AMZN Mktp",
    "UBER *TRIP",
    "SP * GYMSHARK",
    "NETFLIX.COM",
    "PAYPAL *EBAY",
    "SWIGGY",
  ]);
  put(
    b,
    N(c.full(h)),
    `\n`,
    ["ADDRESS", a.street],
    `\n${a.rest}\n\n${c.day()}\n\nDisputes Team\n${
      c.pick(["Barclays", "AIB", "HDFC Bank", "Commonwealth Bank", "RBC", "FNB", "Chase"])
    }\n\n`,
  );
  put(b, `Dear Sir/Madam,\n\nI am disputing the following transactions on my card `, [
    "CARD",
    c.card(),
  ], `:\n`);
  put(b, `- ${c.day()}  ${m}  ${c.money(20, 700)}\n- ${c.day()}  ${m}  ${c.money(20, 700)}\n`);
  put(
    b,
    `I did not authorise these payments; my card was in my possession at all times. Please reverse the charges and credit account `,
    ["IBAN", c.iban()],
    `.\n`,
  );
  put(
    b,
    `You can contact me on `,
    ["PHONE", c.phone()],
    ` or `,
    ["EMAIL", c.email(h)],
    `.\n\nYours faithfully,\n`,
    N(c.initialName(h)),
  );
};

const payrollChange: Tpl = (c, b) => {
  const e = c.person(), hr = c.person();
  const id = c.natId(e);
  put(
    b,
    `Payroll – bank detail change\n\nEmployee name: `,
    N(c.full(e)),
    `\nEmployee ID: E${c.num1(5)}\n${id.label}: `,
    ["ID", id.value],
    `\n`,
  );
  put(b, `Old IBAN: `, ["IBAN", c.iban(c.pick(["GB", "IE"]))], `\nNew IBAN: `, [
    "IBAN",
    c.iban(c.pick(["GB", "IE", "NL", "DE", "FR"])),
  ], `\n`);
  put(
    b,
    `Effective from the ${
      c.pick(["March", "April", "October", "December"])
    } pay run. Verified by phone call to `,
    ["PHONE", c.phone()],
    ` on ${c.day()} at ${c.time()}.\n`,
  );
  put(
    b,
    `Approved: `,
    N(`${hr.given[0]}.${hr.family}`),
    ` (HR Ops). Note: `,
    N(e.given),
    ` confirmed the request verbally — not a phishing attempt.`,
  );
};

const candidate: Tpl = (c, b) => {
  const cand = c.person(), rec = c.person(), hm = c.person();
  put(
    b,
    `Candidate summary — ${
      c.pick([
        "Senior Backend Engineer",
        "Data Analyst",
        "Clinical Nurse Lead",
        "Account Executive",
        "Product Manager",
      ])
    } (req ${c.ref("REQ")})\n\n`,
  );
  put(
    b,
    `Name: `,
    N(c.full(cand)),
    `\nLocation: ${c.city()} (open to hybrid)\nContact: `,
    ["EMAIL", c.email(cand)],
    ` | `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(b, `Profile: `, ["URL", c.url(cand)], `\n`);
  if (c.chance(0.4)) put(b, `Portfolio: `, ["URL", c.url(cand)], `\n`);
  put(
    b,
    `\n${c.int(3, 14)} yrs experience, currently at ${c.company()}. Strong in ${
      c.pick([
        "Go and Postgres",
        "SQL, dbt and Looker",
        "ICU triage",
        "enterprise SaaS sales",
        "roadmapping and discovery",
      ])
    }. Expecting ${c.money(85000, 190000)} base.\n`,
  );
  put(
    b,
    N(cand.given),
    ` is on a ${c.int(1, 3)}-month notice period. Referred by `,
    N(c.simple(c.person())),
    `.\n`,
  );
  put(
    b,
    `Next step: panel with `,
    N(hm.given),
    ` `,
    N(hm.family),
    ` — `,
    N(rec.given),
    ` to schedule.`,
  );
};

const interview: Tpl = (c, b) => {
  const cand = c.person(), p1 = c.person(), p2 = c.person(), p3 = c.person();
  const names = [c.simple(p1), c.simple(p2), c.simple(p3)];
  b.known.push(...names, c.simple(cand));
  put(
    b,
    `Hi `,
    N(cand.given),
    `,\n\nThanks for your time last week! We'd love to invite you to the final round on ${c.day()} at ${c.time()} (${
      c.pick(["AEST", "GMT", "IST", "EST", "SAST", "PT"])
    }).\n\nYour panel:\n`,
  );
  put(
    b,
    `- `,
    N(names[0]),
    `, ${c.pick(["VP Engineering", "Director of Nursing", "Head of Data"])}\n- `,
    N(names[1]),
    `, ${c.pick(["Staff Engineer", "Senior Analyst", "Ward Manager"])}\n- `,
    N(names[2]),
    ` (bar raiser)\n\n`,
  );
  put(
    b,
    `Join via https://meet.${c.pick(["kestrel.io", "northwind.com", "bluegum.com.au"])}/${
      c.f.string.alphanumeric({ length: 10, casing: "lower" })
    }. `,
  );
  put(
    b,
    N(p1.given),
    ` will focus on system design and `,
    N(p2.family),
    ` on ${c.pick(["SQL", "clinical scenarios", "stakeholder management"])}.\n`,
  );
  put(
    b,
    `If the time doesn't work, reply to me or text `,
    ["PHONE", c.phone()],
    `.\n\nCheers,\n`,
    N(c.simple(c.person())),
    `\nTalent Acquisition, ${c.company()}`,
  );
};

const minutes: Tpl = (c, b) => {
  const ps = [c.person(), c.person(), c.person(), c.person()];
  const names = ps.map((p) => c.simple(p));
  b.known.push(...names);
  put(
    b,
    `Minutes — ${
      c.pick([
        "Project Falcon weekly sync",
        "Board sub-committee",
        "Clinic ops huddle",
        "Q3 planning",
      ])
    }, ${c.day()}\n`,
  );
  put(
    b,
    `Attendees: `,
    N(names[0]),
    ` (chair), `,
    N(names[1]),
    `, `,
    N(names[2]),
    `, `,
    N(names[3]),
    `\nApologies: none\n\n`,
  );
  put(
    b,
    `1. Budget: `,
    N(ps[1].given),
    ` reported spend at ${c.int(60, 98)}% of the ${c.money(50000, 500000)} allocation.\n`,
  );
  put(
    b,
    `2. Hiring: `,
    N(ps[2].family),
    ` to close the ${
      c.pick(["data engineer", "registrar", "account manager"])
    } role by ${c.day()}.\n`,
  );
  put(
    b,
    `3. Vendor: ${c.pick(["Salesforce renewal", "Epic upgrade", "Microsoft 365 licences"])} — `,
    N(ps[3].given),
    ` and `,
    N(ps[0].given),
    ` to negotiate.\n`,
  );
  put(
    b,
    `Actions: `,
    N(ps[0].family),
    ` to circulate the deck; `,
    N(ps[2].given),
    poss(ps[2].given),
    ` team to update the risk log. Next meeting ${c.day()} ${c.time()}.`,
  );
};

const refCheck: Tpl = (c, b) => {
  const cand = c.person(), refp = c.person(), rec = c.person();
  put(
    b,
    `Reference check — `,
    N(c.full(cand)),
    `\nReferee: `,
    N(c.full(refp, false)),
    `, former manager at ${c.company()}, `,
    ["PHONE", c.phone()],
    `\nConducted by `,
    N(rec.given),
    ` on ${c.day()}\n\n`,
  );
  put(
    b,
    `Q: How long did you work with `,
    N(cand.given),
    `?\nA: About ${c.int(2, 6)} years. ${cap(he(cand))} joined as a ${
      c.pick(["graduate", "junior developer", "staff nurse", "sales associate"])
    } and was promoted twice.\n`,
  );
  put(
    b,
    `Q: Strengths?\nA: Calm under pressure. When `,
    N(c.simple(c.person())),
    ` left, `,
    N(cand.family),
    ` ran the team for six months.\n`,
  );
  put(b, `Q: Would you rehire?\nA: Without hesitation. Happy to talk again — email `, [
    "EMAIL",
    c.email(refp),
  ], `.`);
};

const onboarding: Tpl = (c, b) => {
  const e = c.person();
  const dob = c.dob(1965, 2004);
  const id = c.natId(e, dob);
  const a = c.address();
  const em = c.person();
  const sep = c.pick([": ", ":\t", " - ", " = "]);
  put(b, `NEW STARTER FORM\n`);
  put(
    b,
    `Surname${sep}`,
    N(e.family.toUpperCase()),
    `\nGiven name(s)${sep}`,
    N(e.middle ? `${e.given} ${e.middle}` : e.given),
    `\n`,
  );
  put(b, `Date of Birth${sep}`, ["DATE", dob.s], `\n${id.label}${sep}`, ["ID", id.value], `\n`);
  put(b, `Home address${sep}`, ["ADDRESS", a.street], `, ${a.rest}\n`);
  put(
    b,
    `Personal email${sep}`,
    ["EMAIL", c.email(e)],
    `\nMobile${sep}`,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(
    b,
    `Emergency contact${sep}`,
    N(c.simple(em)),
    ` (${c.pick(["spouse", "mother", "brother", "flatmate"])}) `,
    ["PHONE", c.phone()],
    `\n`,
  );
  put(
    b,
    `Start date${sep}${c.day()}\nDepartment${sep}${
      c.pick(["Finance", "Engineering", "Nursing", "Retail Ops"])
    }\nLaptop${sep}${c.pick(["MacBook Pro 14", "Dell Latitude 7440", "ThinkPad T14"])}`,
  );
};

const expense: Tpl = (c, b) => {
  const e = c.person(), ap = c.person();
  put(b, `Expense claim EXP-${c.num1(5)} — `, N(c.full(e)), `\n\n`);
  put(
    b,
    `${c.day()}  Taxi ${c.city()} airport  ${c.money(25, 120)}\n${c.day()}  Client dinner (${
      c.pick(["Nando's", "Dishoom", "Nobu", "The Keg"])
    }, 4 pax)  ${c.money(150, 600)}\n${c.day()}  Hotel 2 nights  ${c.money(300, 900)}\n`,
  );
  put(b, `Paid with personal card `, ["CARD", c.card()], ` as the corporate Amex was declined.\n`);
  put(
    b,
    `Dinner guests: `,
    N(c.simple(c.person())),
    ` and `,
    N(c.simple(c.person())),
    ` from ${c.company()}.\n`,
  );
  put(b, `Approver: `, N(`${ap.family}, ${ap.given}`), `. Reimburse to `, ["IBAN", c.iban()], `.`);
};

const complaint: Tpl = (c, b) => {
  const cu = c.person(), st = c.person(), mgr = c.person();
  const a = c.address();
  put(b, `${c.pick(["hello", "hi there", "To whom it may concern"])}\n\n`);
  put(
    b,
    `my name is `,
    N(c.simple(cu).toLowerCase()),
    ` and i am SO fed up. i have called ${c.int(3, 9)} times about the broadband at `,
    ["ADDRESS", a.street.toLowerCase()],
    ` and nobody fixes it!!! `,
  );
  put(
    b,
    `your technician `,
    N(st.given),
    ` said on ${c.day()} it was sorted, it was NOT. then `,
    N(`${mgr.given.toLowerCase()}`),
    ` from the "escalations team" hung up on me.\n`,
  );
  put(
    b,
    `account no ${c.num1(8)}. call me back `,
    ["PHONE", c.phone()],
    ` or my husband/wife whoever picks up. or email `,
    ["EMAIL", c.email(cu).toLowerCase()],
    `\n`,
  );
  put(
    b,
    `if this isnt fixed by friday im going to the ombudsman and cancelling. ive been with ${
      c.pick(["Telstra", "BT", "Jio", "Eir", "Rogers", "Vodacom", "Comcast"])
    } ${c.int(4, 15)} years\n\n- `,
    N(cu.given.toUpperCase()),
  );
};

const visaLetter: Tpl = (c, b) => {
  const att = c.person(), sig = c.person();
  const dob = c.dob(1960, 2000);
  const pp = c.passport(c.pick(["IN", "ZA", "US", "AU", "CA", "UK", "IE"] as Region[]));
  b.known.push(c.simple(att));
  put(
    b,
    `${c.day()}\n\nTo the Visa Officer,\n${
      c.pick([
        "High Commission of India",
        "Embassy of Japan",
        "Consulate General of Canada",
        "British Embassy",
        "Embassy of the Republic of Korea",
      ])
    }\n\n`,
  );
  put(
    b,
    `Re: Invitation letter for `,
    N(c.full(att).toUpperCase()),
    `\nPassport No.: `,
    ["ID", pp],
    `   Date of Birth: `,
    ["DATE", dob.s],
    `\n\n`,
  );
  put(
    b,
    `This letter confirms that `,
    N(c.full(att)),
    ` is registered as a speaker at ${
      c.pick([
        "FinTech Summit 2025",
        "the International Nursing Congress",
        "PyCon APAC",
        "RSA Conference",
      ])
    } in ${c.pick(["Tokyo", "Seoul", "London", "Toronto", "Mumbai"])}, ${c.range()}. `,
  );
  put(
    b,
    `Conference fees and accommodation are covered by the organisers. ${c.title(att)} `,
    N(att.family),
    ` will stay at ${
      c.pick(["Hilton Tokyo", "Lotte Hotel", "Premier Inn Kings Cross", "Fairmont Royal York"])
    }.\n`,
  );
  put(
    b,
    `For verification, contact me at `,
    ["EMAIL", c.email(sig, c.pick(["fintechsummit.org", "pyconapac.org", "nursingcongress.org"]))],
    ` or `,
    ["PHONE", c.phone()],
    `.\n\nSincerely,\n`,
    N(c.full(sig)),
    `\nProgramme Chair`,
  );
};

const pharmacy: Tpl = (c, b) => {
  const p = c.person(), pick = c.person(), ph = c.person();
  const dob = c.dob(1935, 1995);
  put(
    b,
    `Rx pickup note — ${
      c.pick([
        "Boots",
        "Chemist Warehouse",
        "Walgreens",
        "Apollo Pharmacy",
        "Dis-Chem",
        "Shoppers Drug Mart",
        "McCabes",
      ])
    } ${c.city()}\n`,
  );
  put(
    b,
    `Script for `,
    N(c.full(p)),
    ` (DOB `,
    ["DATE", dob.s],
    `): ${
      c.pick([
        "amoxicillin 500mg x21",
        "salbutamol inhaler x2",
        "apixaban 5mg x56",
        "levothyroxine 75mcg x28",
      ])
    }.\n`,
  );
  put(
    b,
    `Authorised collector: `,
    N(c.simple(pick)),
    `, photo ID checked (${c.pick(["driver licence", "passport"])} `,
    ["ID", c.passport()],
    `).\n`,
  );
  put(
    b,
    `Patient requests SMS reminders to `,
    ["PHONE", c.phone()],
    `. Counselled by `,
    N(ph.given),
    ` re: ${c.pick(["taking with food", "inhaler technique", "bleeding risk", "morning dosing"])}.`,
  );
};

const TEMPLATES: Tpl[] = [
  hrReview,
  hrLeave,
  clinicNote,
  referral,
  motorClaim,
  homeClaim,
  legalLetter,
  listing,
  rentalApp,
  schoolNote,
  schoolIncident,
  supportTicket,
  supportChat,
  travelBooking,
  hotelChange,
  bankDispute,
  payrollChange,
  candidate,
  interview,
  minutes,
  refCheck,
  onboarding,
  expense,
  complaint,
  visaLetter,
  pharmacy,
];

// ---------- self-consistency (same matcher as the runner, on text with entities removed) ----------
const comparable = (s: string) => s.normalize("NFKC").toLowerCase();
function words(s: string) {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}
function selfLeak(type: string, value: string, out: string): boolean {
  const seen = comparable(out), v = comparable(value);
  if (seen.includes(v)) return true;
  const wordIn = (w: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "u",
    ).test(seen);
  if (type === "PERSON") return words(v).some((p) => p.replace(/\.$/, "").length >= 3 && wordIn(p));
  if (type === "EMAIL") return wordIn(v.split("@")[0]);
  const groups = v.match(/[0-9a-z]+/g) ?? [];
  if (type === "ADDRESS") return groups.length >= 2 && seen.includes(`${groups[0]} ${groups[1]}`);
  return groups.some((g) => g.length >= 4 && /[0-9]/.test(g) && wordIn(g));
}
function consistent(d: Doc): boolean {
  if (d.entities.some((e) => e.value.length === 0 || d.text.slice(e.start, e.end) !== e.value)) {
    return false;
  }
  let masked = "", pos = 0;
  for (const e of [...d.entities].sort((x, y) => x.start - y.start)) {
    if (e.start < pos) return false;
    masked += d.text.slice(pos, e.start) + " [X] ";
    pos = e.end;
  }
  masked += d.text.slice(pos);
  return !d.entities.some((e) => selfLeak(e.type, e.value, masked));
}

export function docs(): Doc[] {
  const out: Doc[] = [];
  const n = 300;
  for (let i = 0; i < n; i++) {
    const tpl = TEMPLATES[i % TEMPLATES.length];
    for (let attempt = 0;; attempt++) {
      const c = new Ctx(91_000 + i * 17 + attempt * 100_003);
      const b = new DocBuilder();
      tpl(c, b);
      const d = b.done();
      if (consistent(d) || attempt > 50) {
        out.push(d);
        break;
      }
    }
  }
  return out;
}
