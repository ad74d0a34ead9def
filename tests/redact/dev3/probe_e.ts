// probe_e: English e-mail threads and working notes as people paste them — forwarded chains,
// Outlook "-----Original Message-----" blocks, signatures, out-of-office replies, meeting notes
// with action items, CRM notes, sales call summaries, recruiter outreach, complaints, clinic
// reminders, school newsletters, club rosters, guest lists, scribbled to-do notes.
// Regions: US, GB, AU, IE, CA, IN, NG (+ Spanish/Portuguese/Italian/German names living there).
// Deterministic: every document is drawn from a fixed faker seed.
import { type Doc, DocBuilder, type Planted } from "../_corpus.ts";
import {
  base,
  de,
  en,
  en_AU,
  en_GB,
  en_IN,
  en_NG,
  en_US,
  es,
  Faker,
  it,
  pt_BR,
} from "@faker-js/faker";

type T = Planted["type"];
interface Ent {
  t: T;
  v: string;
}
type Part = string | number | Ent | Part[];
const E = (t: T, v: string): Ent => ({ t, v });
const P = (v: string) => E("PERSON", v);

/** Tagged template: interpolations are plain text, entities or nested part lists. */
function t(strs: TemplateStringsArray, ...vals: Part[]): Part[] {
  const out: Part[] = [];
  strs.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length) out.push(vals[i]);
  });
  return out;
}
function emit(b: DocBuilder, p: Part) {
  if (typeof p !== "object" || p === null) b.text(String(p));
  else if (Array.isArray(p)) p.forEach((x) => emit(b, x));
  else b.ent(p.t, p.v);
}
const join = (parts: Part[], sep: string): Part[] => parts.flatMap((p, i) => (i ? [sep, p] : [p]));

type Reg = "US" | "GB" | "AU" | "IE" | "CA" | "IN" | "NG";
const REGS: Reg[] = ["US", "GB", "AU", "IE", "CA", "IN", "NG", "GB", "US", "AU"];

// ---------------- hand-written pools ----------------
const IE_FIRST_M = [
  "Ciarán",
  "Seán",
  "Pádraig",
  "Oisín",
  "Cian",
  "Darragh",
  "Eoin",
  "Colm",
  "Declan",
  "Fionn",
  "Ronan",
  "Conor",
  "Niall",
  "Diarmuid",
];
const IE_FIRST_F = [
  "Aoife",
  "Siobhán",
  "Niamh",
  "Saoirse",
  "Caoimhe",
  "Orla",
  "Gráinne",
  "Róisín",
  "Clodagh",
  "Aisling",
  "Sinéad",
  "Éabha",
  "Deirdre",
];
const IE_LAST = [
  "O'Brien",
  "Ó Súilleabháin",
  "McCarthy",
  "Ní Bhriain",
  "Fitzgerald",
  "Byrne",
  "Doherty",
  "Kavanagh",
  "O'Sullivan",
  "MacNamara",
  "Quinlan",
  "Brennan",
  "Nolan",
  "Ó Ceallaigh",
  "Gallagher",
  "Mulcahy",
];
const CA_FIRST = [
  "Geneviève",
  "Mathieu",
  "Tremaine",
  "Brayden",
  "Madison",
  "Sébastien",
  "Chantal",
  "Kyle",
  "Avery",
  "Marc-André",
  "Nathalie",
  "Logan",
  "Priya",
  "Harjit",
  "Mei-Ling",
  "Wyatt",
];
const CA_LAST = [
  "Tremblay",
  "Gagnon",
  "Bouchard",
  "MacDonald",
  "Gill",
  "Sandhu",
  "Côté",
  "Leblanc",
  "Fraser",
  "Wong",
  "Desrosiers",
  "Pelletier",
  "Campbell",
  "Nadeau",
  "Grewal",
  "McKenzie",
];
const NICK: Record<string, string[]> = {
  David: ["Dave", "Davey"],
  Michael: ["Mike", "Mick"],
  Robert: ["Bob", "Rob", "Bobby"],
  James: ["Jim", "Jamie"],
  Elizabeth: ["Liz", "Beth", "Lizzie"],
  Katherine: ["Kate", "Katie"],
  Catherine: ["Cathy", "Kate"],
  Christopher: ["Chris"],
  Jennifer: ["Jen", "Jenny"],
  Thomas: ["Tom", "Tommy"],
  Daniel: ["Dan", "Danny"],
  Matthew: ["Matt"],
  Anthony: ["Tony"],
  Richard: ["Rick", "Richie"],
  Joseph: ["Joe", "Joey"],
  Alexander: ["Alex", "Xander"],
  Samantha: ["Sam"],
  Margaret: ["Maggie", "Peggy"],
  Patricia: ["Trish", "Patty"],
  Nicholas: ["Nick"],
  Benjamin: ["Ben", "Benji"],
  Jonathan: ["Jon", "Jonno"],
  Andrew: ["Andy", "Drew"],
  Stephen: ["Steve"],
  Steven: ["Steve"],
  Edward: ["Eddie", "Ted"],
  Victoria: ["Vicky", "Tori"],
  Rebecca: ["Becky", "Bec"],
  Jessica: ["Jess"],
  Charlotte: ["Charlie", "Lottie"],
  Gregory: ["Greg"],
  Timothy: ["Tim"],
  Nathaniel: ["Nate"],
  Oluwaseun: ["Seun"],
  Chukwuemeka: ["Emeka"],
  Oluwadamilare: ["Dami"],
  Olufunmilayo: ["Funmi"],
  Adebayo: ["Bayo"],
  Venkatesh: ["Venky"],
  Subramanian: ["Subbu"],
  Giuseppe: ["Beppe", "Joe"],
  Francesca: ["Fran", "Frankie"],
  Alessandro: ["Sandro", "Alex"],
  "João": ["Jon"],
  Joaquim: ["Quim"],
  Wolfgang: ["Wolf"],
  Johannes: ["Hannes"],
  Gabriella: ["Gabby"],
  Gabriel: ["Gabe"],
  Zachary: ["Zach"],
  Jacqueline: ["Jackie"],
  Christine: ["Chrissy"],
  Deborah: ["Debbie", "Deb"],
  Frederick: ["Fred", "Freddie"],
  Kimberly: ["Kim"],
  Abigail: ["Abby"],
  Ciarán: ["Kiz"],
  Siobhán: ["Shiv"],
  Pádraig: ["Paddy"],
  Declan: ["Dec"],
  Madison: ["Maddy"],
  Sébastien: ["Seb"],
};
const EXTRA_FIRST = [
  "David",
  "Michael",
  "Robert",
  "James",
  "Elizabeth",
  "Katherine",
  "Christopher",
  "Jennifer",
  "Thomas",
  "Daniel",
  "Matthew",
  "Anthony",
  "Richard",
  "Joseph",
  "Alexander",
  "Samantha",
  "Margaret",
  "Patricia",
  "Nicholas",
  "Benjamin",
  "Jonathan",
  "Andrew",
  "Stephen",
  "Edward",
  "Victoria",
  "Rebecca",
  "Jessica",
  "Charlotte",
  "Gregory",
  "Timothy",
  "Deborah",
  "Jacqueline",
  "Zachary",
  "Abigail",
];
const STOP = new Set([
  "will",
  "may",
  "june",
  "april",
  "august",
  "mark",
  "bill",
  "rose",
  "grant",
  "hope",
  "faith",
  "joy",
  "page",
  "young",
  "king",
  "long",
  "hill",
  "wood",
  "brown",
  "green",
  "white",
  "black",
  "small",
  "little",
  "park",
  "lane",
  "street",
  "road",
  "case",
  "ward",
  "hall",
  "field",
  "rich",
  "frank",
  "art",
  "dean",
  "chase",
  "bishop",
  "cook",
  "baker",
  "mason",
  "lord",
  "love",
  "summer",
  "autumn",
  "dawn",
  "sky",
  "river",
  "ray",
  "guy",
  "max",
  "penny",
  "cash",
  "price",
  "bond",
  "banks",
  "gray",
  "grey",
  "north",
  "west",
  "east",
  "south",
  "major",
  "sale",
  "rule",
  "day",
  "money",
  "christmas",
  "house",
  "moon",
  "star",
  "fox",
  "wolf",
  "swift",
  "gold",
  "silver",
  "stone",
  "reading",
  "north",
  "booth",
  "lamb",
  "bell",
  "ball",
  "carpenter",
  "parker",
  "weaver",
  "ross",
  "sharp",
  "best",
  "good",
  "wise",
  "noble",
  "friend",
  "power",
  "hunt",
  "cross",
  "gate",
  "ford",
  "chance",
  "sunday",
  "monday",
  "friday",
  "june",
  "holiday",
  "walker",
  "miles",
  "golden",
  "kind",
  "jolly",
  "brook",
  "meadow",
  "lee",
  "sam",
  "ann",
  "dee",
  "ash",
  "all",
  "the",
  "and",
  "son",
]);

const COMPANIES: Record<Reg, string[]> = {
  US: [
    "Brightline Analytics",
    "Keystone Freight Partners",
    "Cobalt Ridge Software",
    "Harborview Dental Group",
    "Northstar Mutual",
    "Ironclad Roofing Co.",
    "BluePeak Solar",
    "Tri-County Plumbing Supply",
  ],
  GB: [
    "Thamesgate Logistics Ltd",
    "Pennine Property Services",
    "Brightwave Digital",
    "Castlegate Recruitment",
    "Severn Valley Foods",
    "Oakridge Accountancy LLP",
    "Northern Quarter Studios",
  ],
  AU: [
    "Coastline Electrical Pty Ltd",
    "Southern Cross Freight",
    "Wattle & Gum Landscaping",
    "Harbourside Physio",
    "Outback Solar Co",
    "Bluegum Recruitment",
  ],
  IE: [
    "Liffey Software Ltd",
    "Atlantic Seaboard Insurance",
    "Shannonside Motors",
    "Emerald Payroll Services",
    "Claddagh Consulting",
  ],
  CA: [
    "Maple Leaf Logistics Inc.",
    "Laurentian Dental Centre",
    "Fraser Valley Roofing",
    "Northern Lights Analytics",
    "Great Lakes Insurance Brokers",
  ],
  IN: [
    "Sahyadri Infotech Pvt Ltd",
    "Kaveri Textiles",
    "Deccan Cloud Systems",
    "Ganga Logistics",
    "Nilgiri Tea Traders",
  ],
  NG: [
    "Lagoon Capital Ltd",
    "Niger Delta Energy Services",
    "Eko Fintech",
    "Zuma Logistics",
    "Harmattan Media",
  ],
};
const DOMAINS: Record<Reg, string[]> = {
  US: ["brightline.io", "keystonefreight.com", "cobaltridge.com", "northstarmutual.com"],
  GB: ["thamesgate.co.uk", "pennineprop.co.uk", "brightwave.digital", "castlegate-rec.com"],
  AU: ["coastline.com.au", "southerncrossfreight.com.au", "harboursidephysio.com.au"],
  IE: ["liffeysoftware.ie", "atlanticseaboard.ie", "shannonsidemotors.ie"],
  CA: ["mapleleaflogistics.ca", "laurentiandental.ca", "nlanalytics.ca"],
  IN: ["sahyadri-infotech.in", "deccancloud.com", "gangalogistics.co.in"],
  NG: ["lagooncapital.ng", "ndes.com.ng", "ekofintech.com"],
};
const FREEMAIL: Record<Reg, string[]> = {
  US: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"],
  GB: ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "sky.com", "outlook.com"],
  AU: ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com"],
  IE: ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "icloud.com"],
  CA: ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "hotmail.com"],
  IN: ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
  NG: ["gmail.com", "yahoo.com", "outlook.com", "ymail.com"],
};
const CITIES: Record<Reg, string[]> = {
  US: [
    "Columbus, OH 43215",
    "Austin, TX 78704",
    "Denver, CO 80203",
    "Raleigh, NC 27601",
    "Portland, OR 97214",
    "Tampa, FL 33602",
    "Madison, WI 53703",
  ],
  GB: [
    "Leeds LS6 2QB",
    "Bristol BS8 1TH",
    "Manchester M14 5RT",
    "London SE15 4HW",
    "Norwich NR2 3DD",
    "Cardiff CF24 4AA",
    "Glasgow G12 8QQ",
  ],
  AU: [
    "Parramatta NSW 2150",
    "Fitzroy VIC 3065",
    "Paddington QLD 4064",
    "Subiaco WA 6008",
    "Glenelg SA 5045",
    "Newtown NSW 2042",
  ],
  IE: [
    "Dublin 6W",
    "Rathmines, Dublin 6",
    "Douglas, Co. Cork",
    "Salthill, Galway",
    "Ennis, Co. Clare",
    "Swords, Co. Dublin",
  ],
  CA: [
    "Toronto, ON M5V 2T6",
    "Ottawa, ON K1N 5T5",
    "Calgary, AB T2P 1J9",
    "Halifax, NS B3H 1Y6",
    "Burnaby, BC V5H 2E4",
  ],
  IN: [
    "Bengaluru 560038",
    "Pune 411001",
    "Chennai 600017",
    "Hyderabad 500034",
    "Mumbai 400050",
    "Kochi 682020",
  ],
  NG: [
    "Victoria Island, Lagos",
    "Ikeja, Lagos",
    "Wuse 2, Abuja",
    "GRA, Port Harcourt",
    "Bodija, Ibadan",
  ],
};
const STREETS: Record<Reg, string[]> = {
  US: [
    "Maple Ave",
    "Oak Street",
    "Lincoln Blvd",
    "Sycamore Dr",
    "Elm St",
    "Prospect Avenue",
    "Cedar Ridge Rd",
    "W 34th St",
    "Hawthorne Ct",
    "Birchwood Lane",
  ],
  GB: [
    "Kingsley Road",
    "Church Lane",
    "Victoria Street",
    "Albert Terrace",
    "Mill Lane",
    "Cavendish Road",
    "Station Road",
    "St Mary's Close",
    "Hollybush Gardens",
    "Tennyson Avenue",
  ],
  AU: [
    "Wattle St",
    "Banksia Avenue",
    "Parramatta Rd",
    "Coogee Bay Road",
    "Smith St",
    "Jacaranda Cres",
    "Beach Rd",
    "Macquarie Street",
  ],
  IE: [
    "Grove Park",
    "Rathgar Road",
    "Main Street",
    "Sandymount Avenue",
    "Griffith Avenue",
    "Castle Street",
    "Ballinlough Road",
  ],
  CA: [
    "Queen St W",
    "Bloor St E",
    "Rue Sainte-Catherine",
    "Jasper Avenue",
    "Spring Garden Rd",
    "Dundas Street",
    "Kingsway",
  ],
  IN: [
    "12th Main Road",
    "MG Road",
    "3rd Cross, Indiranagar",
    "Linking Road",
    "Anna Salai",
    "Carter Road",
    "FC Road",
  ],
  NG: [
    "Adeola Odeku Street",
    "Awolowo Road",
    "Allen Avenue",
    "Aminu Kano Crescent",
    "Ozumba Mbadiwe Avenue",
    "Admiralty Way",
  ],
};
const STAFF_TITLES = [
  "Account Manager",
  "Senior Account Executive",
  "Operations Manager",
  "Head of Procurement",
  "Office Manager",
  "Finance Director",
  "HR Business Partner",
  "Practice Manager",
  "Customer Success Lead",
  "Regional Sales Manager",
  "Talent Acquisition Partner",
  "Project Coordinator",
  "Facilities Supervisor",
  "Payroll Officer",
];
const PRODUCTS = [
  "ProLine X200 printer",
  "Aeris 5 air purifier",
  "SmartHub Mini",
  "Velo City e-bike",
  "Nordic Oak dining table",
  "Model S7 dishwasher",
  "Ultra 4K monitor",
  "CloudSync Pro licence",
  "ErgoFlex office chair",
];
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"];
const DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH = [
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

// ---------------- per-document context ----------------
interface Person {
  first: string;
  last: string;
  full: string;
  nick: string;
  ini: string;
  email: string;
  mobile: string;
  phone: string;
  title: string;
  reg: Reg;
  female: boolean;
}

class Ctx {
  f: Faker;
  used = new Set<string>();
  constructor(public seed: number, public reg: Reg) {
    const loc =
      { US: en_US, GB: en_GB, AU: en_AU, IE: en_GB, CA: en_US, IN: en_IN, NG: en_NG }[reg];
    this.f = new Faker({ locale: [loc, en, base] });
    this.f.seed(seed);
  }
  pick<X>(xs: readonly X[]): X {
    return this.f.helpers.arrayElement(xs as X[]);
  }
  chance(p: number) {
    return this.f.datatype.boolean({ probability: p });
  }
  int(a: number, b: number) {
    return this.f.number.int({ min: a, max: b });
  }
  digits(n: number) {
    return this.f.string.numeric({ length: n, allowLeadingZeros: true });
  }
  // names --------------------------------------------------------
  rawName(female: boolean): [string, string] {
    const f = this.f;
    const sex = female ? "female" : "male";
    const r = this.f.number.float();
    if (r < 0.13) {
      // Spanish / Portuguese / Italian / German names living in an English-speaking country
      const loc = this.pick([es, pt_BR, it, de]);
      const g = new Faker({ locale: [loc, en, base] });
      g.seed(this.int(1, 1e9));
      let last = g.person.lastName();
      if (loc === es && this.chance(0.5)) last = last.split(" ")[0];
      return [g.person.firstName(sex), last];
    }
    if (r < 0.25) return [this.pick(EXTRA_FIRST), f.person.lastName()];
    if (this.reg === "IE") return [this.pick(female ? IE_FIRST_F : IE_FIRST_M), this.pick(IE_LAST)];
    if (this.reg === "CA" && r < 0.7) return [this.pick(CA_FIRST), this.pick(CA_LAST)];
    return [f.person.firstName(sex), f.person.lastName()];
  }
  person(reg?: Reg, female?: boolean): Person {
    const fem = female ?? this.chance(0.5);
    let first = "", last = "";
    for (let k = 0; k < 40; k++) {
      [first, last] = this.rawName(fem);
      const ws = `${first} ${last}`.toLowerCase().split(/[\s-]+/);
      if (ws.some((w) => STOP.has(w))) continue;
      if (this.used.has(first) || this.used.has(last)) continue;
      break;
    }
    this.used.add(first);
    this.used.add(last);
    const nick = NICK[first] ? this.pick(NICK[first]) : first;
    const ini = (first[0] + last.replace(/^(O'|Ó |Ní |Mac|Mc)/, "")[0]).toUpperCase();
    const r = reg ?? this.reg;
    return {
      first,
      last,
      full: `${first} ${last}`,
      nick,
      ini,
      reg: r,
      female: fem,
      email: this.email(first, last, r, this.chance(0.6)),
      mobile: this.mobile(r),
      phone: this.landline(r, this.chance(0.3)),
      title: this.pick(STAFF_TITLES),
    };
  }
  email(first: string, last: string, reg: Reg, work: boolean): string {
    const clean = (s: string) =>
      s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase();
    const fi = clean(first), la = clean(last);
    const dom = work ? this.pick(DOMAINS[reg]) : this.pick(FREEMAIL[reg]);
    const local = this.pick([
      `${fi}.${la}`,
      `${fi[0]}${la}`,
      `${fi}`,
      `${fi}_${la}${this.int(1, 99)}`,
      `${la}.${fi}`,
      `${fi}${la[0]}`,
      `${fi}.${la}${this.int(70, 99)}`,
      `${fi[0]}.${la}`,
    ]);
    return `${work && this.chance(0.15) ? local.toUpperCase().replace(/\./, ".") : local}@${dom}`;
  }
  // phones (national formats, no country code) ---------------------
  mobile(reg: Reg): string {
    const d = (n: number) => this.digits(n);
    switch (reg) {
      case "US":
      case "CA": {
        const a = `${this.int(2, 9)}${d(2)}`, x = `${this.int(2, 9)}${d(2)}`, l = d(4);
        return this.pick([
          `(${a}) ${x}-${l}`,
          `${a}-${x}-${l}`,
          `${a}.${x}.${l}`,
          `${a} ${x} ${l}`,
          `1-${a}-${x}-${l}`,
        ]);
      }
      case "GB": {
        const m = `07${this.pick(["700", "911", "835", "412", "590", "983", "747"])}`, r = d(6);
        return this.pick([
          `${m} ${r}`,
          `${m} ${r.slice(0, 3)} ${r.slice(3)}`,
          `${m}${r}`,
          `${m}-${r}`,
        ]);
      }
      case "AU": {
        const m = `04${d(2)}`, a = d(3), b = d(3);
        return this.pick([`${m} ${a} ${b}`, `${m}${a}${b}`, `${m}-${a}-${b}`, `${m} ${a}${b}`]);
      }
      case "IE": {
        const m = this.pick(["083", "085", "086", "087", "089"]), a = d(3), b = d(4);
        return this.pick([`${m} ${a} ${b}`, `${m}-${a}${b}`, `${m}${a}${b}`, `(${m}) ${a} ${b}`]);
      }
      case "IN": {
        const a = `${this.int(6, 9)}${d(4)}`, b = d(5);
        return this.pick([`${a} ${b}`, `${a}${b}`, `0${a} ${b}`, `${a}-${b}`]);
      }
      case "NG": {
        const m = this.pick(["0803", "0806", "0813", "0802", "0805", "0708", "0816", "0909"]),
          a = d(3),
          b = d(4);
        return this.pick([`${m} ${a} ${b}`, `${m}${a}${b}`, `${m}-${a}-${b}`, `${m} ${a}${b}`]);
      }
    }
  }
  landline(reg: Reg, ext: boolean): string {
    const d = (n: number) => this.digits(n);
    let s: string;
    switch (reg) {
      case "US":
      case "CA": {
        const a = `${this.int(2, 9)}${d(2)}`, x = `${this.int(2, 9)}${d(2)}`, l = d(4);
        s = this.pick([`(${a}) ${x}-${l}`, `${a}-${x}-${l}`, `${a}.${x}.${l}`]);
        break;
      }
      case "GB":
        s = this.pick([
          `020 ${this.int(3, 8)}${d(3)} ${d(4)}`,
          `0161 ${d(3)} ${d(4)}`,
          `0113 ${d(3)} ${d(4)}`,
          `01${d(3)} ${d(6)}`,
          `(0117) ${d(3)} ${d(4)}`,
        ]);
        break;
      case "AU":
        s = this.pick([
          `(0${this.pick([2, 3, 7, 8])}) ${d(4)} ${d(4)}`,
          `0${this.pick([2, 3, 7, 8])} ${d(4)} ${d(4)}`,
          `1300 ${d(3)} ${d(3)}`,
        ]);
        break;
      case "IE":
        s = this.pick([`(01) ${d(3)} ${d(4)}`, `01 ${d(7)}`, `021 ${d(3)} ${d(4)}`, `091-${d(6)}`]);
        break;
      case "IN":
        s = this.pick([`080 ${d(4)} ${d(4)}`, `022-${d(4)} ${d(4)}`, `044 ${d(8)}`, `020-${d(8)}`]);
        break;
      case "NG":
        s = this.pick([`01 ${d(3)} ${d(4)}`, `01-${d(7)}`, `09 ${d(3)} ${d(4)}`]);
        break;
    }
    if (ext) {
      s += this.pick([
        ` x${d(3)}`,
        ` ext. ${d(4)}`,
        ` ext ${d(3)}`,
        `, ext ${this.int(10, 99)}`,
        ` (ext ${d(3)})`,
      ]);
    }
    return s;
  }
  // ids ------------------------------------------------------------
  nationalId(reg: Reg): [string, string] {
    const d = (n: number) => this.digits(n);
    const L = () =>
      this.f.string.alpha({
        length: 1,
        casing: "upper",
        exclude: ["D", "F", "I", "Q", "U", "V", "O"],
      });
    switch (reg) {
      case "US": {
        const v = `${this.int(1, 6)}${d(2)}-${d(2)}-${d(4)}`;
        return this.pick([["SSN", v], ["SS#", v], [
          "Social",
          v.replace(/-/g, this.pick(["", " ", "-"])),
        ]]);
      }
      case "GB": {
        const v = `${L()}${L()}${d(6)}${this.pick(["A", "B", "C", "D"])}`;
        return this.pick([["NI number", v], [
          "NI no.",
          `${v.slice(0, 2)} ${v.slice(2, 4)} ${v.slice(4, 6)} ${v.slice(6, 8)} ${v[8]}`,
        ], ["NINO", v.toLowerCase()]]);
      }
      case "AU":
        return this.pick([["TFN", `${d(3)} ${d(3)} ${d(3)}`], [
          "Medicare no.",
          `${this.int(2, 6)}${d(3)} ${d(5)} ${this.int(1, 9)}`,
        ], ["TFN", d(9)]]);
      case "IE":
        return [
          this.pick(["PPSN", "PPS no.", "PPS number"]),
          `${d(7)}${this.pick(["T", "A", "W", "H", "K"])}${this.pick(["", "A", "W"])}`,
        ];
      case "CA":
        return [
          this.pick(["SIN", "S.I.N.", "SIN #"]),
          this.pick([
            `${this.int(1, 7)}${d(2)} ${d(3)} ${d(3)}`,
            `${this.int(1, 7)}${d(2)}-${d(3)}-${d(3)}`,
          ]),
        ];
      case "IN":
        return this.pick([["Aadhaar", `${this.int(2, 9)}${d(3)} ${d(4)} ${d(4)}`], [
          "PAN",
          `${this.f.string.alpha({ length: 3, casing: "upper" })}P${
            this.f.string.alpha({ length: 1, casing: "upper" })
          }${d(4)}${this.f.string.alpha({ length: 1, casing: "upper" })}`,
        ]]);
      case "NG":
        return this.pick([["NIN", `${this.int(1, 9)}${d(10)}`], ["BVN", `22${d(9)}`]]);
    }
  }
  passport(): string {
    return this.pick([
      `${this.int(1, 9)}${this.digits(8)}`,
      `${this.f.string.alpha({ length: 1, casing: "upper" })}${this.digits(7)}`,
      `${this.f.string.alpha({ length: 2, casing: "upper" })}${this.digits(7)}`,
    ]);
  }
  // addresses ------------------------------------------------------
  street(reg: Reg): string {
    const n = this.int(1, 240), s = this.pick(STREETS[reg]);
    switch (reg) {
      case "US":
      case "CA":
        if (this.chance(0.2)) return this.f.location.streetAddress(true);
        return this.pick([
          `${n * 10 + this.int(0, 9)} ${s}`,
          `${n} ${s}, Apt ${this.int(1, 30)}${this.pick(["", "B", "C"])}`,
          `${n * 10} ${s} #${this.int(100, 900)}`,
          reg === "CA" ? `${this.int(100, 2400)}-${n} ${s}` : `${n} ${s} Unit ${this.int(1, 20)}`,
        ]);
      case "GB":
        return this.pick([
          `${n} ${s}`,
          `Flat ${this.int(1, 12)}, ${n} ${s}`,
          `${n}${this.pick(["a", "b"])} ${s}`,
          `Flat ${this.int(1, 9)}${this.pick(["A", "B"])}, ${
            this.pick(["Regent House", "Albion Court", "Mill View"])
          }, ${n} ${s}`,
        ]);
      case "AU":
        return this.pick([
          `${n} ${s}`,
          `${this.int(1, 30)}/${n} ${s}`,
          `Unit ${this.int(1, 30)}, ${n} ${s}`,
          `Level ${this.int(2, 30)}, ${n} ${s}`,
        ]);
      case "IE":
        return this.pick([
          `${n} ${s}`,
          `Apt ${this.int(1, 80)}, ${
            this.pick(["The Maltings", "Riverside Court", "Clarion Quay"])
          }, ${n} ${s}`,
          `${n} ${s}`,
        ]);
      case "IN":
        return this.pick([
          `Flat ${this.int(1, 12)}0${this.int(1, 8)}, ${
            this.pick(["Sai Krupa Apartments", "Prestige Shantiniketan", "Green Meadows"])
          }, ${s}`,
          `No. ${n}, ${s}`,
          `#${n}, ${this.int(1, 9)}th Block, ${s}`,
        ]);
      case "NG":
        return this.pick([
          `${n} ${s}`,
          `Plot ${n}, ${s}`,
          `Flat ${this.int(1, 9)}, Block ${this.pick(["A", "B", "C"])}, ${n} ${s}`,
        ]);
    }
  }
  city(reg?: Reg) {
    return this.pick(CITIES[reg ?? this.reg]);
  }
  /** Bare town name for prose (no postcode/state). */
  town(reg?: Reg) {
    return this.city(reg).split(",")[0]
      .replace(/\s+(NSW|VIC|QLD|WA|SA)\s+\d{4}$/, "")
      .replace(/\s+[A-Z]{1,2}\d[\dA-Z]?\s+\d[A-Z]{2}$/, "")
      .replace(/\s+\d+[A-Z]?$/, "");
  }
  company(reg?: Reg) {
    return this.pick(COMPANIES[reg ?? this.reg]);
  }
  // money / dates --------------------------------------------------
  card(): string {
    const kind = this.pick(["visa", "mc", "amex", "visa"]);
    let ds = kind === "visa"
      ? "4" + this.digits(14)
      : kind === "mc"
      ? `5${this.int(1, 5)}` + this.digits(13)
      : `3${this.pick(["4", "7"])}` + this.digits(12);
    // luhn
    let sum = 0;
    const all = ds + "0";
    for (let i = 0; i < all.length; i++) {
      let x = +all[all.length - 1 - i];
      if (i % 2 === 1) {
        x *= 2;
        if (x > 9) x -= 9;
      }
      sum += x;
    }
    ds += String((10 - (sum % 10)) % 10);
    if (kind === "amex") {
      const sep = this.pick([" ", "-", ""]);
      return `${ds.slice(0, 4)}${sep}${ds.slice(4, 10)}${sep}${ds.slice(10)}`;
    }
    const sep = this.pick([" ", "-", "", " "]);
    return ds.match(/.{4}/g)!.join(sep);
  }
  iban(reg: Reg): string {
    const cc = reg === "IE"
      ? "IE"
      : reg === "GB"
      ? "GB"
      : this.pick(["GB", "IE", "DE", "ES", "IT", "PT"]);
    return this.f.finance.iban({ formatted: this.chance(0.6), countryCode: cc });
  }
  ip(): string {
    return this.chance(0.8) ? this.f.internet.ipv4() : this.f.internet.ipv6();
  }
  dob(reg: Reg): string {
    const y = this.int(1948, 2006), m = this.int(1, 12), dd = this.int(1, 28);
    const p2 = (n: number) => String(n).padStart(2, "0");
    const us = reg === "US" || (reg === "CA" && this.chance(0.5));
    return this.pick([
      us ? `${m}/${dd}/${y}` : `${dd}/${m}/${y}`,
      us ? `${p2(m)}/${p2(dd)}/${y}` : `${p2(dd)}/${p2(m)}/${y}`,
      `${dd} ${MON[m - 1]} ${y}`,
      us ? `${MONTH[m - 1]} ${dd}, ${y}` : `${dd} ${MONTH[m - 1]} ${y}`,
      `${y}-${p2(m)}-${p2(dd)}`,
      us ? `${p2(m)}-${p2(dd)}-${y}` : `${p2(dd)}.${p2(m)}.${y}`,
      `${dd}${
        dd === 1 || dd === 21
          ? "st"
          : dd === 2 || dd === 22
          ? "nd"
          : dd === 3 || dd === 23
          ? "rd"
          : "th"
      } ${MONTH[m - 1]} ${y}`,
    ]);
  }
  childDob(reg: Reg): string {
    const y = this.int(2012, 2020), m = this.int(1, 12), dd = this.int(1, 28);
    const p2 = (n: number) => String(n).padStart(2, "0");
    return reg === "US"
      ? `${p2(m)}/${p2(dd)}/${y}`
      : this.pick([`${p2(dd)}/${p2(m)}/${y}`, `${dd} ${MON[m - 1]} ${y}`]);
  }
  /** An ordinary (non-PII) date. */
  day(): string {
    const d = this.int(1, 28), m = this.int(0, 11);
    return this.pick([
      `${this.pick(DAYS)}, ${d} ${MON[m]} 2025`,
      `${this.pick(DAYS)} ${d} ${MONTH[m]}`,
      `${MONTH[m]} ${d}`,
      `${d}/${m + 1}`,
      `${this.pick(DAYS_LONG)} ${d} ${MONTH[m]}`,
    ]);
  }
  time(): string {
    const h = this.int(8, 17), mm = this.pick(["00", "15", "30", "45", "10", "50"]);
    return this.pick([
      `${h}:${mm}`,
      `${h > 12 ? h - 12 : h}:${mm}${h >= 12 ? "pm" : "am"}`,
      `${h > 12 ? h - 12 : h}.${mm} ${h >= 12 ? "PM" : "AM"}`,
    ]);
  }
  money(): string {
    const cur = { US: "$", CA: "$", AU: "$", GB: "£", IE: "€", IN: "₹", NG: "₦" }[this.reg];
    const v = this.int(12, 9800);
    return `${cur}${v.toLocaleString("en-US")}.${this.pick(["00", "50", "99", "25"])}`;
  }
  ref(prefix: string): string {
    return `${prefix}${this.digits(this.int(5, 7))}`;
  }
  linkedin(p: Person): string {
    const slug = `${p.first}-${p.last}`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(
      /[^A-Za-z-]/g,
      "",
    ).toLowerCase();
    return this.pick([
      `https://www.linkedin.com/in/${slug}-${this.f.string.alphanumeric(6).toLowerCase()}`,
      `linkedin.com/in/${slug.replace(/-/g, "")}`,
      `https://linkedin.com/in/${slug}/`,
      `www.linkedin.com/in/${slug}${this.int(1, 99)}`,
    ]);
  }
  personalUrl(p: Person): string {
    const s = `${p.first}${p.last}`.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(
      /[^A-Za-z]/g,
      "",
    ).toLowerCase();
    return this.pick([
      `https://github.com/${s.slice(0, 12)}`,
      `https://${s}.com`,
      `calendly.com/${s}/30min`,
      `https://twitter.com/${s.slice(0, 10)}`,
      `https://www.instagram.com/${s}_/`,
      `https://${p.first.toLowerCase().replace(/[^a-z]/g, "")}.${this.pick(["dev", "me", "io"])}`,
    ]);
  }
}

// ---------------- shared pieces ----------------
const nameVariants = (c: Ctx, p: Person): Ent =>
  P(c.pick([
    p.full,
    p.full,
    `${p.last}, ${p.first}`,
    p.full.toUpperCase(),
    `${p.first[0]}. ${p.last}`,
  ]));

function signature(c: Ctx, p: Person, opts: { company?: string; address?: boolean } = {}): Part[] {
  const co = opts.company ?? c.company(p.reg);
  const lbl = c.pick([
    ["D:", "M:", "E:"],
    ["Direct line:", "Mobile:", "Email:"],
    ["T", "M", "E"],
    ["Tel.", "Mob.", "e."],
    ["Ph:", "Cell:", "Email:"],
    ["Direct:", "Mob:", ""],
  ]);
  const lines: Part[] = [];
  lines.push(
    c.pick([
      "Kind regards,",
      "Best,",
      "Thanks,",
      "Cheers,",
      "Regards,",
      "Many thanks,",
      "Warm regards,",
      "Thanks & regards,",
    ]),
    "\n",
  );
  if (c.chance(0.5)) lines.push("\n");
  lines.push(
    P(c.pick([
      p.full,
      p.full,
      `${p.first} ${p.last}`.toUpperCase(),
      p.first === p.nick ? p.full : `${p.first} (${p.nick}) ${p.last}`,
    ])),
    "\n",
  );
  lines.push(c.chance(0.6) ? `${p.title} | ${co}\n` : `${p.title}\n${co}\n`);
  const sep = c.pick([" | ", "\n", "  •  ", "  "]);
  const contact: Part[] = [
    t`${lbl[0]} ${E("PHONE", p.phone)}`,
    t`${lbl[1]} ${E("PHONE", p.mobile)}`,
  ];
  if (lbl[2]) contact.push(t`${lbl[2]} ${E("EMAIL", p.email)}`);
  lines.push(join(contact, sep), "\n");
  if (opts.address ?? c.chance(0.5)) {
    lines.push(E("ADDRESS", c.street(p.reg)), `, ${c.city(p.reg)}\n`);
  }
  if (c.chance(0.3)) {
    lines.push(
      c.pick([
        "This email and any attachments are confidential and intended solely for the addressee.\n",
        "Please consider the environment before printing this email.\n",
        `Registered in England & Wales No. ${c.digits(8)}.\n`,
      ]),
    );
  }
  return lines;
}
const hdrDate = (c: Ctx) =>
  `${c.pick(DAYS)}, ${c.int(1, 28)} ${c.pick(MON)} 2025 at ${c.int(8, 18)}:${
    c.pick(["02", "14", "27", "41", "55"])
  }`;
const outlookSent = (c: Ctx) =>
  `${c.pick(DAYS_LONG)}, ${c.pick(MONTH)} ${c.int(1, 28)}, 2025 ${c.int(1, 12)}:${
    c.pick(["03", "18", "36", "47"])
  } ${c.pick(["AM", "PM"])}`;
const angle = (p: Person): Part[] => t`${P(p.full)} <${E("EMAIL", p.email)}>`;

// ---------------- templates ----------------
type Tpl = (c: Ctx, b: DocBuilder) => Part[];

const TEMPLATES: Tpl[] = [
  // 1 gmail-style forward with quoted reply
  (c) => {
    const a = c.person(), s = c.person(), r = c.person();
    const ord = c.ref("PO-");
    return t`---------- Forwarded message ---------
From: ${angle(a)}
Date: ${hdrDate(c)}
Subject: Re: ${c.pick(["Quote", "Delivery", "Contract renewal", "Site visit"])} ${ord}
To: ${angle(s)}

Hi ${P(r.nick)}, see below from ${P(a.first)} — can you pick this up while I'm away? ${
      P(a.first)
    }'s mobile is ${E("PHONE", a.mobile)} if easier.

On ${hdrDate(c)}, ${P(s.full)} <${E("EMAIL", s.email)}> wrote:
> Hi ${P(a.first)},
> Thanks for the call earlier. We can do ${c.money()} + GST/VAT for ${ord}, delivery ${c.day()}.
> ${P(r.first)} ${c.pick(["in ops", "from our warehouse", "on my team"])} will confirm the slot.
>
> ${P(s.first)}
`;
  },
  // 2 outlook original message chain with signature
  (c) => {
    const a = c.person(), s = c.person(), cc = c.person();
    return t`Hi all, forwarding for visibility.

-----Original Message-----
From: ${P(`${a.last}, ${a.first}`)} <${E("EMAIL", a.email)}>
Sent: ${outlookSent(c)}
To: ${P(s.full)} <${E("EMAIL", s.email)}>
Cc: ${P(cc.full)}; ${c.pick(["Accounts Payable", "Ops Team", "Facilities"])}
Subject: RE: Invoice ${c.ref("INV-")} – ${c.company()}

${P(s.first)},

The invoice has been approved and will go out on the ${c.pick(["Friday", "next"])} payment run. ${
      P(cc.last)
    } will confirm once it's released.

${signature(c, a)}`;
  },
  // 3 out-of-office
  (c) => {
    const a = c.person(), alt = c.person(), alt2 = c.person();
    return t`Automatic reply: ${
      c.pick(["Timesheets", "Re: order " + c.ref("SO"), "Catch up", "Q3 forecast"])
    }

Thank you for your email. I am ${
      c.pick([
        "on annual leave",
        "out of the office",
        "travelling on business",
        "on parental leave",
      ])
    } until ${c.day()} with ${c.pick(["no", "limited"])} access to email.

For urgent matters please contact ${P(alt.full)} on ${E("PHONE", alt.phone)} or ${
      E("EMAIL", alt.email)
    }${c.chance(0.5) ? "" : ""}. For anything payroll-related, ${P(alt2.first)} in Finance (${
      E("PHONE", alt2.mobile)
    }) can help.

${P(c.pick([a.first, a.nick, a.full]))}
${c.pick(["", `${a.title}, ${c.company()}\n`])}`;
  },
  // 4 meeting notes with action items (known attendees)
  (c, b) => {
    const ps = [c.person(), c.person(), c.person(), c.person()];
    ps.forEach((p) => b.known.push(p.full));
    const [x, y, z, w] = ps;
    return t`${
      c.pick(["Weekly ops sync", "Project Falcon kickoff", "Board prep", "Q2 planning"])
    } – ${c.day()}
Attendees: ${P(x.full)}, ${P(y.full)}, ${P(z.full)} (chair), ${P(w.first)} ${
      c.pick(["(dial-in)", "(late)", ""])
    }
Apologies: ${c.pick(["none", "Legal"])}

Notes
- ${P(z.first)} walked through the ${
      c.pick(["budget", "roadmap", "vendor shortlist"])
    }; ${c.money()} still unallocated.
- ${P(y.ini)} raised concerns about the ${c.town()} office move.
- ${P(x.last)} to own supplier comms going forward.

Actions
AI: ${P(x.first)} to send deck by ${c.day()}
AI: ${P(y.ini)} – chase ${c.company()} for revised quote
AI: ${P(w.nick)} + ${P(z.first)} to book room 4.12 for next session
Next meeting ${c.day()} ${c.time()}
`;
  },
  // 5 CRM note
  (c) => {
    const cu = c.person(), rep = c.person(), bf = c.person();
    return t`Account: ${c.company()} | Opp ID ${c.ref("OPP-")} | Stage: ${
      c.pick(["Negotiation", "Discovery", "Closed Won", "Proposal"])
    }
Contact: ${nameVariants(c, cu)} (${cu.title})
Mobile: ${E("PHONE", cu.mobile)}   Email: ${E("EMAIL", cu.email)}
Logged by: ${P(rep.ini)} ${c.day()}

Spoke to ${P(cu.nick)} re: renewal. ${
      cu.female ? "She" : "He"
    }'s moving house — new billing address ${E("ADDRESS", c.street(cu.reg))}, ${c.city()}. ${
      c.pick(["Wants", "Asked for"])
    } 12% discount on ${c.pick(PRODUCTS)}; told ${cu.female ? "her" : "him"} I'd check with ${
      P(bf.first)
    }.
Decision maker is ${P(bf.full)}, ${c.pick(["CFO", "Ops Director", "MD"])} — ${
      P(bf.last)
    } is hard to reach, try ${E("PHONE", bf.phone)}.
`;
  },
  // 6 sales call summary
  (c, b) => {
    const pr = c.person(), dm = c.person(), rep = c.person(), se = c.person();
    b.known.push(rep.full, se.full, pr.full);
    return t`Call summary – ${c.company()} – ${c.day()} ${c.time()}
Our side: ${P(rep.first)}, ${P(se.full)} (SE)
Their side: ${P(pr.full)} (${pr.title}), ${P(dm.last)} joined for last 10 min

Pain: manual reconciliation, ~40 hrs/month. Current vendor contract ends ${c.pick(MONTH)}.
Budget: ${c.money()} approved, ${P(dm.last)} signs off anything above that.
Champion: ${P(pr.nick)} – very keen, wants a pilot in ${c.town()}.
Next steps:
 * ${P(se.first)} to set up sandbox, send creds to ${E("EMAIL", pr.email)}
 * ${P(rep.ini)} to call ${P(pr.first)} back on ${E("PHONE", pr.phone)} ${c.day()}
 * ${P(dm.last)} will handle procurement paperwork
`;
  },
  // 7 recruiter outreach
  (c) => {
    const rc = c.person(), cand = c.person(), hm = c.person();
    const role = c.pick([
      "Senior Data Engineer",
      "Head of Finance",
      "Staff Nurse (ICU)",
      "Product Designer",
      "Site Reliability Engineer",
      "Quantity Surveyor",
    ]);
    return t`Hi ${P(cand.first)},

I came across your profile (${
      E("URL", c.linkedin(cand))
    }) and thought you'd be a great fit for a ${role} role with one of our clients in ${c.town()}. Package is ${
      { US: "$", CA: "$", AU: "$", GB: "£", IE: "€", IN: "₹", NG: "₦" }[c.reg]
    }${
      c.reg === "IN"
        ? c.int(18, 60) + " LPA"
        : c.reg === "NG"
        ? c.int(12, 40) + "m"
        : c.int(60, 180) + "k"
    } + bonus, hybrid 2 days.

The hiring manager, ${
      P(hm.full)
    }, specifically mentioned your work at ${c.company()}. Would you be open to a quick chat this week? You can grab time here: ${
      E("URL", c.personalUrl(rc))
    } or call me on ${E("PHONE", rc.mobile)}.

${signature(c, rc, { address: false })}`;
  },
  // 8 customer complaint
  (c) => {
    const cu = c.person(), agent = c.person(), neighbour = c.person();
    const ord = c.ref(c.pick(["#", "Order ", "ORD-"]));
    return t`Subject: Complaint – ${ord} never arrived

To whom it may concern,

I ordered a ${c.pick(PRODUCTS)} on ${c.day()} (${ord}, ${c.money()}) paid with my card ${
      E("CARD", c.card())
    }. Tracking says delivered but nothing came to ${E("ADDRESS", c.street(cu.reg))}, ${
      c.city(cu.reg)
    }. My neighbour ${P(neighbour.first)} at no. ${c.int(2, 90)} didn't take it in either.

I have already spoken to ${P(agent.first)} on your helpline twice (ref ${
      c.ref("CS")
    }) and was promised a call back that never happened. I want a full refund or a replacement by ${c.day()}.

${P(cu.full)}
${E("PHONE", cu.mobile)}
${E("EMAIL", cu.email)}
`;
  },
  // 9 doctor's appointment reminder
  (c) => {
    const pt = c.person(), dr = c.person();
    const [lbl, id] = c.reg === "GB"
      ? ["NHS no.", `${c.digits(3)} ${c.digits(3)} ${c.digits(4)}`]
      : c.nationalId(c.reg);
    const hon = pt.female ? c.pick(["Mrs", "Ms", "Miss"]) : "Mr";
    return t`${c.pick(["APPOINTMENT REMINDER", "Reminder from " + c.company(), "Your appointment"])}

Dear ${hon} ${P(pt.last)},

This is a reminder of your appointment with Dr ${P(dr.last)} on ${c.day()} at ${c.time()} at ${
      c.pick([
        "Riverside Medical Centre",
        "Harbourview Clinic",
        "St Anne's Surgery",
        "Elm Tree Family Practice",
      ])
    }.
Patient: ${P(pt.full.toUpperCase())}   DOB: ${E("DATE", c.dob(pt.reg))}   ${lbl}: ${E("ID", id)}
Please bring your referral letter and a list of current medications. To cancel or reschedule call ${
      c.pick(["reception", "the practice"])
    } on ${c.landline(c.reg, false)} at least 24 hours before.

Reply STOP to opt out.
`;
  },
  // 10 school newsletter naming children
  (c) => {
    const kids = [c.person(), c.person(), c.person(), c.person(), c.person()];
    const head = c.person(), pta = c.person();
    const yr = c.pick(["Year 4", "Grade 3", "Class 5B", "Room 12", "2nd Class", "P6"]);
    return t`${c.pick(["St Brigid's", "Oakfield", "Riverside", "Hillcrest", "Lakeview"])} ${
      c.pick(["Primary", "Elementary", "Public School"])
    } – Weekly Newsletter, ${c.day()}

Dear Parents and Carers,

Star of the Week in ${yr} goes to ${
      P(kids[0].full)
    } for fantastic persistence in maths! Well done also to ${
      P(`${kids[1].first} ${kids[1].last[0]}.`)
    } and ${
      P(kids[2].first)
    } who represented the school at the ${c.town()} cross-country carnival — ${
      P(kids[2].first)
    } came 3rd!

Happy birthday to ${P(kids[3].first)} (${yr}) and ${P(kids[4].full)} this week.

The PTA cake sale raised ${c.money()}. Huge thanks to ${P(pta.full)} (${
      E("PHONE", pta.mobile)
    }) who organised it — if you'd like to help next term please contact ${P(pta.first)} directly.

${c.pick(["Mrs ", "Mr ", "Ms "])}${P(head.last)}
Principal
`;
  },
  // 11 sports club roster (known)
  (c, b) => {
    const n = c.int(4, 6);
    const ps = Array.from({ length: n }, () => c.person());
    const coach = c.person();
    b.known.push(...ps.slice(0, 3).map((p) => p.full));
    const rows = ps.map((p) =>
      c.chance(0.5)
        ? t`${P(p.full)} | ${E("DATE", c.childDob(p.reg))} | ${E("PHONE", p.mobile)} | ${
          c.pick(["GK", "DEF", "MID", "FWD"])
        }`
        : t`${P(`${p.last.toUpperCase()}, ${p.first}`)}\t${E("DATE", c.childDob(p.reg))}\t${
          E("PHONE", p.mobile)
        }\t${c.pick(["paid", "owes £20", "paid", "sub due"])}`
    );
    return t`${c.pick(["U12 Girls", "U10 Mixed", "U14 Boys", "U11 Girls", "U13 Mixed"])} ${
      c.pick(["Football", "Netball", "Hurling", "Cricket", "Hockey"])
    } – ${c.pick(["Spring", "Winter", "2025"])} roster
Coach: ${P(coach.full)} ${E("PHONE", coach.mobile)}
Name | DOB | Parent mobile | Notes
${join(rows, "\n")}
Training ${c.pick(DAYS_LONG)}s ${c.time()} at ${
      c.pick(["Bellevue Oval", "King George V playing fields", "Riverside Park pitch 3"])
    }. Any changes text ${P(coach.nick)}.
`;
  },
  // 12 wedding / party guest list (known)
  (c, b) => {
    const n = c.int(3, 5);
    const ps = Array.from({ length: n }, () => c.person());
    b.known.push(...ps.map((p) => p.full));
    const rows = ps.map((p, i) => {
      const plus = c.chance(0.4) ? c.person() : null;
      return t`${i + 1}. ${P(p.full)}${plus ? t` & ${P(plus.first)}` : ""} – ${
        E("ADDRESS", c.street(p.reg))
      }, ${c.city(p.reg)} – ${c.pick(["RSVP yes", "RSVP no", "tbc", "yes (veg)", "yes + 2 kids"])}`;
    });
    const bride = c.person(undefined, true), groom = c.person(undefined, false);
    return t`${P(bride.first)} & ${
      P(groom.first)
    }'s wedding – invite list (save-the-dates posted ${c.day()})
${join(rows, "\n")}

Table 3 still short. ${P(ps[0].first)} asked if ${P(ps[1].nick)} can sit with the ${
      P(ps[2].last)
    }s. Venue contact: ${E("PHONE", c.landline(c.reg, c.chance(0.5)))}.
`;
  },
  // 13 handwritten-style notes
  (c) => {
    const a = c.person(), bb = c.person(), cc = c.person(), d = c.person();
    const lines: Part[] = [
      t`- call ${P(a.nick)} re: ${
        c.pick([
          "invoice",
          "the invoice",
          `inv #${c.digits(4)} –`,
          "quote",
          `invoice ${c.digits(4)},`,
        ])
      } ${E("PHONE", a.mobile)}`,
      t`- ${P(bb.ini)}'s bday ${c.int(1, 28)}/${c.int(1, 12)} – get card`,
      t`- pick up kids ${c.time()}, ${P(cc.first)} doing wed`,
      t`- ${P(d.last)} will handle the ${c.town()} site visit??`,
      t`- plumber (${P(d.first === cc.first ? "Gaz" : c.person().nick)}) ${
        E("PHONE", c.mobile(c.reg))
      } quote ${c.money()}`,
      t`- email ${E("EMAIL", bb.email)} the photos`,
      t`- bins out thurs`,
      t`- ring ${P(cc.full.toLowerCase())} back – ${E("PHONE", cc.phone)}`,
    ];
    return t`${c.pick(["TO DO", "notes", "Mon", "things 2 do!!", "NB"])}
${join(c.f.helpers.shuffle(lines).slice(0, c.int(4, 7)), "\n")}
`;
  },
  // 14 HR new starter email
  (c) => {
    const ns = c.person(), hr = c.person(), mgr = c.person(), em = c.person();
    const [lbl, id] = c.nationalId(ns.reg);
    return t`Subject: New starter – ${P(ns.full)} – starts ${c.day()}

Hi ${P(mgr.first)},

Please find ${P(ns.first)}'s details for payroll set-up:
Full name: ${P(ns.full)}
Date of birth: ${E("DATE", c.dob(ns.reg))}
${lbl}: ${E("ID", id)}
Home address: ${E("ADDRESS", c.street(ns.reg))}, ${c.city(ns.reg)}
Bank (${c.pick(["IBAN", "account"])}): ${E("IBAN", c.iban(ns.reg))}
Personal email: ${E("EMAIL", c.email(ns.first, ns.last, ns.reg, false))}
Emergency contact: ${P(em.full)} (${c.pick(["partner", "mother", "brother", "wife", "husband"])}) ${
      E("PHONE", em.mobile)
    }

Laptop is on order (asset ${c.ref("LT-")}). ${P(hr.ini)}

${signature(c, hr, { address: false })}`;
  },
  // 15 IT security ticket
  (c) => {
    const u = c.person(), tech = c.person(), mgr = c.person();
    return t`Ticket ${c.ref("INC")} | Priority: ${c.pick(["P2", "P3", "High"])} | Assigned: ${
      P(tech.full)
    }

Unusual sign-in activity for ${E("EMAIL", u.email)} (${P(u.full)}).
Sign-in from ${E("IP", c.ip())} (${
      c.pick(["Lagos", "Frankfurt", "Ashburn", "Singapore", "São Paulo"])
    }) at ${c.time()}, previous login from ${E("IP", c.ip())}.
${P(tech.first)} reset the password and revoked sessions. User confirmed by phone on ${
      E("PHONE", u.phone)
    } that ${u.female ? "she" : "he"} was not travelling.
Informed line manager ${P(mgr.full)}. ${P(mgr.last)} asked for MFA to be enforced for the whole ${
      c.pick(["Sales", "Finance", "Support"])
    } team.
Status: resolved – monitoring 7 days.
`;
  },
  // 16 landlord / tenant
  (c) => {
    const ll = c.person(), tn = c.person(), agent = c.person();
    return t`On ${hdrDate(c)}, ${P(ll.full)} <${E("EMAIL", ll.email)}> wrote:
> Hi ${P(tn.first)},
> Rent for ${E("ADDRESS", c.street(c.reg))} goes up to ${c.money()} pcm from ${c.pick(MONTH)}.
> Please update your standing order to ${E("IBAN", c.iban(c.reg))} (ref: ${
      P(tn.last.toUpperCase())
    } RENT).
> The boiler engineer will come ${c.day()}; he'll call you on ${E("PHONE", tn.mobile)} first.
> ${P(ll.first)}

Hi ${P(ll.first)}, that's fine. Can ${
      P(agent.first)
    } from ${c.company()} send the updated tenancy agreement? ${
      P(agent.last)
    } still has my old address.
Thanks, ${P(tn.nick)}
`;
  },
  // 17 party RSVP thread
  (c) => {
    const host = c.person(),
      g1 = c.person(undefined, true),
      g2 = c.person(),
      kid = c.person(),
      kid2 = c.person();
    return t`Re: ${P(kid.first)}'s 8th birthday party 🎈

${P(host.first)} – yes from us! ${
      P(kid2.first)
    } is coming, I'll drop off and pick up at ${c.time()}. ${P(kid2.first)} is allergic to nuts btw.
${P(g1.nick)} (${P(kid2.first)}'s mum) ${E("PHONE", g1.mobile)}

> From: ${P(host.full)} <${E("EMAIL", host.email)}>
> Party at ${E("ADDRESS", c.street(c.reg))} this ${
      c.pick(DAYS_LONG)
    }, ${c.time()}–${c.time()}. Please RSVP to me or ${P(g2.first)} (${
      E("PHONE", g2.mobile)
    }) by ${c.day()}.
> No presents needed! ${P(host.first)} & ${P(kid.first)} x
`;
  },
  // 18 reference check notes
  (c) => {
    const cand = c.person(), ref = c.person(), rec = c.person();
    return t`Reference check – candidate: ${P(cand.full)} (${
      c.pick(["Senior Accountant", "Warehouse Supervisor", "Registered Nurse", "Developer"])
    })
Referee: ${P(ref.full)}, ${ref.title} at ${c.company()} – ${E("PHONE", ref.phone)}
Called ${c.day()} ${c.time()}, spoke ~15 min. ${P(ref.last)} managed ${P(cand.first)} for 3 yrs.
+ reliable, great with clients, "one of the best hires we made"
- sometimes slow with paperwork
Would rehire: yes. Reason for leaving: relocation to ${c.town()}.
${P(cand.first)}'s DOB on the form (${
      E("DATE", c.dob(cand.reg))
    }) matches ID. Right-to-work: passport ${E("ID", c.passport())} seen.
Checked by ${P(rec.ini)} / ${P(rec.first)}
`;
  },
  // 19 payment dispute
  (c) => {
    const cu = c.person(), ag = c.person();
    const card = c.card();
    return t`-----Original Message-----
From: ${P(cu.full)} [mailto:${E("EMAIL", cu.email)}]
Sent: ${outlookSent(c)}
To: Billing Support
Subject: Charged twice

Hello,
I was charged ${c.money()} twice on ${c.day()} for subscription ${c.ref("SUB-")}. Card used: ${
      E("CARD", card)
    }, exp ${c.int(1, 12)}/${c.int(26, 30)}.
Billing address: ${E("ADDRESS", c.street(cu.reg))}, ${c.city(cu.reg)}.
${P(ag.first)} in your chat said it would be refunded in 3-5 days but it's been two weeks. Please call me on ${
      E("PHONE", cu.mobile)
    }.
Regards
${P(cu.first)}
`;
  },
  // 20 short internal thread, surnames and initials
  (c) => {
    const a = c.person(), b2 = c.person(), d = c.person(), e = c.person();
    return t`${P(a.first)} ${c.time()}
${P(e.last)} will handle it
${P(b2.first)} ${c.time()}
wait which one — ${P(d.last)} or ${P(e.last)}? ${P(d.last)} is off till ${c.day()}
${P(a.first)} ${c.time()}
sorry, ${P(e.last)}. ${P(d.ini)} said ${d.female ? "she" : "he"}'d hand over before leave. ${
      P(e.first)
    }'s desk line is ${E("PHONE", e.phone)}
${P(b2.first)} ${c.time()}
ok cc'ing ${P(`${e.first[0]}. ${e.last}`)} – ${E("EMAIL", e.email)}
`;
  },
  // 21 vet / dentist reminder
  (c) => {
    const ow = c.person(), vet = c.person();
    const pet = c.pick(["Biscuit", "Pepper", "Mochi", "Rocket", "Waffles", "Pickle"]);
    return t`Hi ${P(ow.first)}, this is a reminder that ${pet} is due for ${
      c.pick(["annual vaccinations", "a dental check", "flea & worm treatment"])
    } at ${c.pick(["Greencross Vets", "Paws & Claws Veterinary", "Village Vets"])} with ${
      c.pick(["Dr ", "Dr. "])
    }${P(vet.last)} on ${c.day()} at ${c.time()}.
Account: ${P(ow.last.toUpperCase())}, ${E("ADDRESS", c.street(c.reg))} | ${E("PHONE", ow.mobile)}
Outstanding balance ${c.money()}. Reply Y to confirm or call us on ${c.landline(c.reg, false)}.
`;
  },
  // 22 conference attendee list (known)
  (c, b) => {
    const ps = [c.person(), c.person(), c.person(), c.person()];
    b.known.push(...ps.map((p) => p.full));
    const org = c.person();
    const rows = ps.map((p) =>
      t`${P(p.full)}, ${p.title}, ${c.company(p.reg)} – ${E("EMAIL", p.email)}${
        c.chance(0.5) ? t` – ${E("URL", c.linkedin(p))}` : ""
      }`
    );
    return t`${
      c.pick(["FinOps Summit", "DevDays", "Retail Futures", "HealthTech Forum"])
    } ${c.town()} – registered attendees (${c.day()})
${join(rows, "\n")}
Speaker dinner: ${P(ps[1].first)} and ${P(ps[3].first)} confirmed, ${P(ps[0].last)} tbc.
Questions to ${P(org.full)} ${E("PHONE", org.mobile)}
`;
  },
  // 23 expense claim
  (c) => {
    const cl = c.person(), ap = c.person();
    const card = c.card();
    return t`Hi ${P(ap.nick)},

Expense claim ${
      c.ref("EXP-")
    } for the ${c.town()} trip: flights ${c.money()}, hotel ${c.money()}, taxis ${c.money()}.
All paid on the corporate card ${
      E("CARD", card)
    } except dinner, which went on my personal card by mistake (last four ${
      card.replace(/\D/g, "").slice(-4)
    }).
Could you approve by ${c.day()} so it makes this month's run? Receipts attached.

${P(cl.first)}
${E("PHONE", cl.phone)}
`;
  },
  // 24 carpool / pickup rota
  (c) => {
    const ps = [c.person(), c.person(), c.person()];
    const kids = [c.person(), c.person(), c.person()];
    return t`School run rota – term ${c.int(1, 4)}
Mon/Wed: ${P(ps[0].first)} (${E("PHONE", ps[0].mobile)}) takes ${P(kids[0].first)}, ${
      P(kids[1].first)
    }
Tue/Thu: ${P(ps[1].nick)} ${P(ps[1].last)} – ${E("PHONE", ps[1].mobile)} – pick up from ${
      E("ADDRESS", c.street(c.reg))
    } at ${c.time()}
Fri: ${P(ps[2].full)}, swap with ${P(ps[0].first)} if footy
Kids: ${P(kids[0].full)}, ${P(kids[1].full)}, ${P(kids[2].first)} ${P(kids[2].last)}
If running late text the group or ring ${P(ps[2].first)} on ${E("PHONE", ps[2].phone)}.
`;
  },
  // 25 insurance claim
  (c) => {
    const ph = c.person(), tp = c.person(), h = c.person();
    const [lbl, id] = c.nationalId(ph.reg);
    return t`Claim ${c.ref("CLM")} – motor – incident ${c.day()}
Policyholder: ${P(ph.full)}, DOB ${E("DATE", c.dob(ph.reg))}, ${lbl} ${E("ID", id)}
Address: ${E("ADDRESS", c.street(ph.reg))}, ${c.city(ph.reg)}
Third party: ${P(tp.full)} – ${E("PHONE", tp.mobile)} – insurer ${c.company()}
Summary: rear-ended at lights on ${c.pick(STREETS[c.reg])} near ${c.town()}. ${
      P(tp.last)
    } admitted fault at scene. Witness ${P(h.first)} ${P(h.last)} gave number ${
      E("PHONE", h.mobile)
    }.
Handler: ${P(c.person().ini)} – excess ${c.money()} – settle to ${E("IBAN", c.iban(ph.reg))}
`;
  },
  // 26 voicemail transcript
  (c) => {
    const caller = c.person(), who = c.person();
    return t`Voicemail from ${E("PHONE", caller.mobile)} (${
      c.pick(["Mobile", "Unknown", "Work"])
    }) – ${c.day()} ${c.time()} – 0:${c.int(21, 58)}
"Hi ${P(who.first)}, it's ${P(caller.nick)} from ${c.company()}, just ringing about the ${
      c.pick(["quote", "invoice", "delivery", "contract"])
    }. Could you give me a call back on ${E("PHONE", caller.phone)}? ${
      c.pick(["Ta", "Thanks", "Cheers"])
    }, bye."
Transcription confidence: ${c.pick(["high", "medium", "low"])}
`;
  },
  // 27 introduction e-mail
  (c) => {
    const me = c.person(), x = c.person(), y = c.person();
    return t`Subject: Intro: ${P(x.first)} <> ${P(y.first)}

${P(x.first)}, ${P(y.first)} – moving me to bcc.

${P(y.first)}, ${P(x.full)} runs ${
      c.pick(["partnerships", "growth", "engineering"])
    } at ${c.company()} and is looking at vendors for ${
      c.pick(["payroll", "logistics", "analytics"])
    } in ${c.town()}.
${P(x.first)}, ${P(y.nick)} ${P(y.last)} was my old boss and knows this space better than anyone. ${
      y.female ? "She" : "He"
    }'s at ${E("EMAIL", y.email)} / ${E("PHONE", y.mobile)}.

I'll let you two take it from here!
${P(me.nick)}
`;
  },
  // 28 calendar invite paste (known)
  (c, b) => {
    const org = c.person(), g = [c.person(), c.person(), c.person()];
    b.known.push(org.full, ...g.map((p) => p.full));
    return t`Invitation: ${
      c.pick(["Catch-up", "Quarterly review", "Interview – panel", "Kickoff"])
    } @ ${c.day()} ${c.time()} (${c.pick(["30 min", "1 hr", "45 min"])}, ${
      c.pick(["GMT", "AEST", "EST", "IST", "WAT"])
    })
Organizer: ${P(org.full)} <${E("EMAIL", org.email)}>
Guests: ${join(g.map((p) => E("EMAIL", p.email)), ", ")}
Join by phone: ${c.landline(c.reg, false)} PIN ${c.digits(6)}#
Note from ${P(org.first)}: ${P(g[0].first)}, please bring the figures; ${
      P(g[2].last)
    } will present the ${c.pick(["pipeline", "hiring plan", "audit findings"])}.
`;
  },
  // 29 Outlook reply with inline salutation & cc, SSN in body (US/CA heavy)
  (c) => {
    const a = c.person(), s = c.person();
    const [lbl, id] = c.nationalId(a.reg);
    return t`From: ${P(s.full)}
Sent: ${outlookSent(c)}
To: ${P(a.full)}
Subject: FW: Verification for mortgage application ${c.ref("MA")}

${P(a.first)} – the lender needs the below confirmed before ${c.day()}. Can you double check?

  Applicant: ${P(a.full)}
  ${lbl}: ${E("ID", id)}
  DOB: ${E("DATE", c.dob(a.reg))}
  Current address: ${E("ADDRESS", c.street(a.reg))}, ${c.city(a.reg)}
  Employer: ${c.company(a.reg)}

${signature(c, s)}`;
  },
  // 30 customer service chat log paste
  (c) => {
    const cu = c.person(), ag = c.person();
    return t`[${c.time()}] ${
      P(ag.first)
    } (Support): Hi, thanks for contacting ${c.company()}! Can I take your full name and the email on the account?
[${c.time()}] ${P(cu.full.toLowerCase())}: ${P(cu.full.toLowerCase())}, ${E("EMAIL", cu.email)}
[${c.time()}] ${P(ag.first)} (Support): Thanks ${P(cu.first)}. And the postcode / delivery address?
[${c.time()}] ${P(cu.first.toLowerCase())}: ${E("ADDRESS", c.street(cu.reg).toLowerCase())}
[${c.time()}] ${P(ag.first)} (Support): Great, I can see order ${c.ref("#")} for the ${
      c.pick(PRODUCTS)
    }. I've escalated to my supervisor ${P(c.person().full)}, who'll ring you on ${
      E("PHONE", cu.mobile)
    } within 24h.
`;
  },
];

// ---------------- validation (annotation sanity) ----------------
const comparable = (s: string) => s.normalize("NFKC").toLowerCase();
const wordsOf = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
/** True if a perfect redactor (masking exactly the planted spans) would still show this value. */
function visibleAfterMask(e: Planted, masked: string): boolean {
  const seen = comparable(masked), v = comparable(e.value);
  if (seen.includes(v)) return true;
  const wordIn = (w: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "u",
    ).test(seen);
  if (e.type === "PERSON") {
    return wordsOf(v).some((p) => p.replace(/\.$/, "").length >= 3 && wordIn(p));
  }
  if (e.type === "EMAIL") return wordIn(v.split("@")[0]);
  const groups = v.match(/[0-9a-z]+/g) ?? [];
  if (e.type === "ADDRESS") return groups.length >= 2 && seen.includes(`${groups[0]} ${groups[1]}`);
  return groups.some((g) => g.length >= 4 && /[0-9]/.test(g) && wordIn(g));
}
function sane(doc: Doc): boolean {
  let masked = "", pos = 0;
  const ents = [...doc.entities].sort((a, b) => a.start - b.start);
  for (const e of ents) {
    if (doc.text.slice(e.start, e.end) !== e.value) return false;
    if (e.start < pos) return false;
    masked += doc.text.slice(pos, e.start) + `[${e.type}]`;
    pos = e.end;
  }
  masked += doc.text.slice(pos);
  return doc.entities.every((e) => !visibleAfterMask(e, masked));
}

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 300;
  for (let i = 0; i < N; i++) {
    const reg = REGS[(i + Math.floor(i / TEMPLATES.length)) % REGS.length];
    const tpl = TEMPLATES[i % TEMPLATES.length];
    let doc: Doc | null = null;
    for (let k = 0; k < 25 && !doc; k++) {
      const c = new Ctx(91_000 + i * 37 + k * 100_003, reg);
      const b = new DocBuilder();
      const parts = tpl(c, b);
      emit(b, parts);
      const d = b.done();
      if (sane(d)) doc = d;
    }
    if (!doc) throw new Error(`probe_e: could not build a sane doc for #${i}`);
    out.push(doc);
  }
  return out;
}
