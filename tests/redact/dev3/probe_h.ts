// deno-lint-ignore-file no-unused-vars -- generated corpus code kept as its author wrote it
// probe_h: English narrative & workplace texts (incident reports, reviews, itineraries, letters,
// case notes, status reports, ...) about people from ~23 naming cultures, with hand-built name
// pools and country-matched phones / street lines / national ids / IBANs. Deterministic.
import { type Doc, DocBuilder } from "../_corpus.ts";
import { base, en, Faker } from "@faker-js/faker";

type T = "PERSON" | "EMAIL" | "PHONE" | "CARD" | "IBAN" | "IP" | "ID" | "URL" | "DATE" | "ADDRESS";
interface Ent {
  t: T;
  v: string;
}
type Part = string | Ent | Part[];
const E = (t: T, v: string): Ent => ({ t, v });
const N = (v: string): Ent => E("PERSON", v);

function emit(b: DocBuilder, p: Part): void {
  if (typeof p === "string") b.text(p);
  else if (Array.isArray(p)) { for (const x of p) emit(b, x); }
  else b.ent(p.t, p.v);
}
function w(strs: TemplateStringsArray, ...vals: (Part | number)[]): Part[] {
  const out: Part[] = [];
  strs.forEach((s, i) => {
    out.push(s);
    if (i < vals.length) out.push(typeof vals[i] === "number" ? String(vals[i]) : vals[i] as Part);
  });
  return out;
}

// ---------------- rng ----------------
class R {
  constructor(public f: Faker) {}
  pick<X>(xs: readonly X[]): X {
    return xs[this.f.number.int({ min: 0, max: xs.length - 1 })];
  }
  int(a: number, b: number): number {
    return this.f.number.int({ min: a, max: b });
  }
  chance(p: number): boolean {
    return this.f.number.float({ min: 0, max: 1 }) < p;
  }
  digits(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.int(0, 9));
    return s;
  }
  nz(n: number): string {
    return String(this.int(1, 9)) + this.digits(n - 1);
  }
  upper(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(65 + this.int(0, 25));
    return s;
  }
  shuffle<X>(xs: X[]): X[] {
    return this.f.helpers.shuffle(xs);
  }
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
const p2 = (n: number) => String(n).padStart(2, "0");

function ascii(s: string): string {
  return s
    .replace(/[Đđ]/g, (c) => (c === "Đ" ? "D" : "d"))
    .replace(/[Łł]/g, (c) => (c === "Ł" ? "L" : "l"))
    .replace(/ð/g, "d").replace(/Ð/g, "D").replace(/þ/g, "th").replace(/Þ/g, "Th")
    .replace(/æ/g, "ae").replace(/ø/g, "o").replace(/ı/g, "i").replace(/ß/g, "ss")
    .normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

// ---------------- people ----------------
interface Person {
  cc: string;
  sex: "m" | "f";
  full: string; // as first written in a document
  given: string; // what colleagues call them
  family: string; // what goes after an honorific / alone as surname
  nick?: string;
  honor: Part[]; // honorific form, e.g. ["Mr. ", N("Okafor")] or [N("Tanaka"), "-san"]
  alt?: string; // other complete form (patronymic form, western order, ...)
  ascii: [string, string];
  western: boolean; // given-name-first full form
}

const mr = (r: R, sex: "m" | "f", married = 0.3) =>
  r.chance(0.12) ? "Dr. " : sex === "m" ? "Mr. " : r.chance(married) ? "Mrs. " : "Ms. ";

interface Culture {
  cc: string;
  country: string;
  cities: string[];
  landmarks: string[]; // non-PII places (airports, hospitals, universities)
  person(r: R, sex: "m" | "f"): Person;
  phone(r: R): string;
  address(r: R): string;
  id(r: R, p: Person, dob: Date): [string, string];
  dobFmt: ((d: Date) => string)[];
  mail: string[];
  iban?: [string, number]; // country code, bban length (digits)
  currency: string;
}

const F = {
  dmySlash: (d: Date) => `${p2(d.getUTCDate())}/${p2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`,
  mdySlash: (d: Date) => `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`,
  ymd: (d: Date) => d.toISOString().slice(0, 10),
  ymdSlash: (d: Date) => `${d.getUTCFullYear()}/${p2(d.getUTCMonth() + 1)}/${p2(d.getUTCDate())}`,
  ymdDot: (d: Date) => `${d.getUTCFullYear()}.${p2(d.getUTCMonth() + 1)}.${p2(d.getUTCDate())}`,
  dmyDot: (d: Date) => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`,
  dmyDash: (d: Date) => `${p2(d.getUTCDate())}-${p2(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`,
  longDMY: (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  longMDY: (d: Date) => `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`,
  shortDMY: (d: Date) => `${p2(d.getUTCDate())} ${MON3[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
  ordDMY: (d: Date) => {
    const n = d.getUTCDate();
    const s = n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
      ? "nd"
      : n % 10 === 3 && n !== 13
      ? "rd"
      : "th";
    return `${n}${s} ${MONTHS[d.getUTCMonth()]}, ${d.getUTCFullYear()}`;
  },
  hu: (d: Date) => `${d.getUTCFullYear()}. ${p2(d.getUTCMonth() + 1)}. ${p2(d.getUTCDate())}.`,
  dmyDotShort: (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`,
};

function basic(
  cc: string,
  sex: "m" | "f",
  given: string,
  family: string,
  o: Partial<Person> & { familyFirst?: boolean } = {},
): Person {
  const ff = o.familyFirst ?? false;
  return {
    cc,
    sex,
    given,
    family,
    full: o.full ?? (ff ? `${family} ${given}` : `${given} ${family}`),
    nick: o.nick,
    honor: o.honor ?? [sex === "m" ? "Mr. " : "Ms. ", N(family)],
    alt: o.alt,
    ascii: o.ascii ?? [ascii(given), ascii(family)],
    western: o.western ?? !ff,
  };
}

// --- name pools (hand-built) ---
const ZH = {
  m: [
    "Wei",
    "Hao",
    "Jun",
    "Zihan",
    "Haoran",
    "Yichen",
    "Zhiwei",
    "Jianguo",
    "Tao",
    "Lei",
    "Xiaodong",
    "Mingyu",
    "Peng",
  ],
  f: [
    "Fang",
    "Jing",
    "Mei",
    "Xinyi",
    "Yutong",
    "Lihua",
    "Xiaoling",
    "Yan",
    "Ruoxi",
    "Shuang",
    "Qian",
    "Jiayi",
    "Wenjing",
  ],
  fam: [
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
    "Wu",
    "He",
    "Gao",
    "Ma",
    "Luo",
    "Zheng",
    "Xie",
    "Tang",
  ],
  engM: ["Kevin", "Jason", "Eric", "Tony", "Leo", "Frank", "Vincent"],
  engF: ["Vivian", "Cindy", "Grace", "Iris", "Sherry", "Joy", "Coco"],
};
const JA = {
  m: [
    "Haruto",
    "Sota",
    "Ren",
    "Kenji",
    "Takumi",
    "Hiroshi",
    "Daiki",
    "Yusuke",
    "Shota",
    "Kazuki",
    "Ryo",
    "Takeshi",
    "Kōhei",
  ],
  f: [
    "Yui",
    "Hina",
    "Aoi",
    "Yuki",
    "Sakura",
    "Emi",
    "Naoko",
    "Ayaka",
    "Misaki",
    "Keiko",
    "Yōko",
    "Mariko",
    "Chihiro",
  ],
  fam: [
    "Sato",
    "Suzuki",
    "Takahashi",
    "Tanaka",
    "Watanabe",
    "Ito",
    "Yamamoto",
    "Nakamura",
    "Kobayashi",
    "Kato",
    "Yoshida",
    "Yamada",
    "Sasaki",
    "Matsumoto",
    "Inoue",
    "Kimura",
    "Saitō",
    "Ōno",
    "Hayashi",
    "Shimizu",
  ],
};
const KO = {
  m: [
    "Min-jun",
    "Ji-ho",
    "Do-yoon",
    "Hyun-woo",
    "Jae-sung",
    "Seung-hoon",
    "Joon-young",
    "Sung-min",
    "Dong-hyun",
    "Taewoo",
  ],
  f: [
    "Seo-yeon",
    "Ha-eun",
    "Ji-woo",
    "Soo-ah",
    "Eun-ji",
    "Min-seo",
    "Yoo-jin",
    "Hye-jin",
    "Jiyoung",
    "Su-bin",
  ],
  fam: [
    "Kim",
    "Lee",
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
    "Seo",
    "Kwon",
    "Hwang",
  ],
};
const VI = {
  m: [
    "Tuấn",
    "Minh",
    "Quang",
    "Đức",
    "Huy",
    "Khánh",
    "Long",
    "Phong",
    "Thành",
    "Dũng",
    "Hùng",
    "Bảo",
  ],
  f: [
    "Lan",
    "Hương",
    "Linh",
    "Thảo",
    "Ngọc",
    "Trang",
    "Mai",
    "Phương",
    "Hạnh",
    "Hoa",
    "Yến",
    "Nhung",
  ],
  midM: ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công"],
  midF: ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Bích"],
  fam: [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Phan",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
  ],
};
const IN: { g: [string[], string[]]; fam: string[]; nick: string[] }[] = [
  {
    g: [["Karthik", "Senthil", "Arvind", "Murugan", "Balaji", "Prakash"], [
      "Lakshmi",
      "Priya",
      "Deepa",
      "Kavitha",
      "Meenakshi",
      "Revathi",
    ]],
    fam: ["Subramanian", "Venkataraman", "Raghavan", "Krishnan", "Ramasamy", "Natarajan", "Iyer"],
    nick: ["Karthi", "Chinnu", "Babu", "Ammu"],
  },
  {
    g: [["Gurpreet", "Harjeet", "Manpreet", "Jaswinder", "Amarjit"], [
      "Harpreet",
      "Simran",
      "Navneet",
      "Jasleen",
      "Rupinder",
    ]],
    fam: ["Gill", "Sandhu", "Dhillon", "Grewal", "Sidhu", "Bajwa"],
    nick: ["Garry", "Happy", "Sonu", "Pinky"],
  },
  {
    g: [["Sourav", "Debashish", "Arnab", "Anirban", "Subhajit"], [
      "Ananya",
      "Rituparna",
      "Moumita",
      "Sreeparna",
      "Tanushree",
    ]],
    fam: ["Chatterjee", "Banerjee", "Mukherjee", "Sen", "Ghosh", "Bhattacharya", "Das"],
    nick: ["Bapi", "Tublu", "Mou", "Rimi"],
  },
  {
    g: [["Aditya", "Rohan", "Sachin", "Omkar", "Ninad"], [
      "Snehal",
      "Pooja",
      "Ashwini",
      "Madhura",
      "Sayali",
    ]],
    fam: ["Kulkarni", "Deshpande", "Joshi", "Patil", "Gokhale", "Deshmukh"],
    nick: ["Adi", "Bunty", "Ashu", "Minu"],
  },
  {
    g: [["Hardik", "Chirag", "Jignesh", "Nirav", "Ketan"], [
      "Nidhi",
      "Bhavna",
      "Hetal",
      "Krupa",
      "Dhwani",
    ]],
    fam: ["Patel", "Shah", "Mehta", "Desai", "Parikh", "Trivedi"],
    nick: ["Chintu", "Bhavu", "Jiggy", "Nidz"],
  },
  {
    g: [["Anoop", "Jithin", "Sreejith", "Vishnu", "Arun"], [
      "Divya",
      "Reshma",
      "Anjali",
      "Lekshmi",
      "Aswathy",
    ]],
    fam: ["Nair", "Menon", "Pillai", "Thomas", "Varghese", "Kurian"],
    nick: ["Unni", "Kuttan", "Chinnu", "Ammu"],
  },
  {
    g: [["Srinivas", "Venkatesh", "Ravi Teja", "Sai Kiran", "Naveen"], [
      "Lavanya",
      "Sravani",
      "Swathi",
      "Haritha",
      "Bhavani",
    ]],
    fam: ["Reddy", "Rao", "Naidu", "Chowdary", "Varma"],
    nick: ["Srinu", "Chinna", "Lucky", "Swathi"],
  },
  {
    g: [["Rahul", "Amit", "Vikram", "Ankit", "Saurabh", "Nitin"], [
      "Neha",
      "Pooja",
      "Shalini",
      "Ritu",
      "Aarti",
      "Swati",
    ]],
    fam: ["Sharma", "Gupta", "Verma", "Srivastava", "Agarwal", "Tiwari", "Mishra"],
    nick: ["Monu", "Golu", "Guddi", "Sweety"],
  },
];
const AR = {
  m: [
    "Khalid",
    "Omar",
    "Yusuf",
    "Abdullah",
    "Faisal",
    "Tariq",
    "Hamad",
    "Saeed",
    "Ahmed",
    "Mohammed",
    "Rashid",
    "Majid",
    "Sultan",
    "Nasser",
  ],
  f: [
    "Fatima",
    "Aisha",
    "Noura",
    "Mariam",
    "Layla",
    "Huda",
    "Reem",
    "Salma",
    "Hessa",
    "Amal",
    "Shaikha",
    "Dana",
  ],
  fam: [
    "Al-Mansouri",
    "al-Zahrani",
    "Al-Qahtani",
    "Al Hashimi",
    "al-Otaibi",
    "Haddad",
    "Khoury",
    "Al-Farsi",
    "El-Sayed",
    "Abdel-Rahman",
    "Hamdan",
    "Al Shamsi",
    "Al-Ghamdi",
    "Al Balushi",
    "Nassar",
    "Al-Khatib",
  ],
};
const FA = {
  m: ["Reza", "Ali", "Hossein", "Mehdi", "Amir", "Dariush", "Babak", "Kourosh", "Saeed", "Arash"],
  f: [
    "Maryam",
    "Shirin",
    "Parisa",
    "Nasrin",
    "Leila",
    "Azadeh",
    "Roya",
    "Golnaz",
    "Mahsa",
    "Niloufar",
  ],
  fam: [
    "Hosseini",
    "Tehrani",
    "Karimi",
    "Rahimi",
    "Moradi",
    "Ahmadi",
    "Rezaei",
    "Jafari",
    "Ghasemi",
    "Mousavi",
    "Sadeghi",
    "Shirazi",
    "Farahani",
    "Esfahani",
  ],
};
const TR = {
  m: [
    "Mehmet",
    "Mustafa",
    "Ahmet",
    "Emre",
    "Burak",
    "Can",
    "Oğuz",
    "Murat",
    "Serkan",
    "Hakan",
    "Kerem",
  ],
  f: [
    "Ayşe",
    "Zeynep",
    "Elif",
    "Fatma",
    "Deniz",
    "Selin",
    "Gülşen",
    "Merve",
    "Özlem",
    "Ebru",
    "Büşra",
  ],
  fam: [
    "Yılmaz",
    "Demir",
    "Şahin",
    "Çelik",
    "Yıldız",
    "Öztürk",
    "Aydın",
    "Arslan",
    "Doğan",
    "Kılıç",
    "Koç",
    "Çetin",
    "Kaya",
    "Erdoğan",
    "Aksoy",
  ],
};
const RU = {
  m: [
    ["Dmitry", "Dima"],
    ["Sergei", "Seryozha"],
    ["Alexei", "Lyosha"],
    ["Nikolai", "Kolya"],
    ["Andrei", "Andryusha"],
    ["Ivan", "Vanya"],
    ["Mikhail", "Misha"],
    ["Pavel", "Pasha"],
    ["Vladimir", "Volodya"],
  ],
  f: [
    ["Olga", "Olya"],
    ["Natalia", "Natasha"],
    ["Ekaterina", "Katya"],
    ["Anastasia", "Nastya"],
    ["Irina", "Ira"],
    ["Svetlana", "Sveta"],
    ["Yulia", "Yulya"],
    ["Tatiana", "Tanya"],
    ["Maria", "Masha"],
  ],
  fam: [
    "Ivanov",
    "Smirnov",
    "Kuznetsov",
    "Popov",
    "Sokolov",
    "Volkov",
    "Morozov",
    "Lebedev",
    "Novikov",
    "Fedorov",
    "Orlov",
    "Belov",
  ],
  pat: [
    ["Sergeyevich", "Sergeyevna"],
    ["Nikolaevich", "Nikolaevna"],
    ["Alexandrovich", "Alexandrovna"],
    ["Viktorovich", "Viktorovna"],
    ["Ivanovich", "Ivanovna"],
    ["Petrovich", "Petrovna"],
  ],
};
const UK = {
  m: [
    ["Oleksandr", "Sasha"],
    ["Andriy", "Andriy"],
    ["Taras", "Taras"],
    ["Bohdan", "Bodya"],
    ["Mykola", "Kolya"],
    ["Yuriy", "Yura"],
    ["Dmytro", "Dima"],
    ["Volodymyr", "Vova"],
  ],
  f: [
    ["Olena", "Lena"],
    ["Oksana", "Oksana"],
    ["Iryna", "Ira"],
    ["Kateryna", "Katya"],
    ["Nataliya", "Natasha"],
    ["Yuliia", "Yulia"],
    ["Halyna", "Halya"],
    ["Sofiia", "Sonya"],
  ],
  fam: [
    "Kovalenko",
    "Shevchenko",
    "Bondarenko",
    "Tkachenko",
    "Kravchuk",
    "Melnyk",
    "Boyko",
    "Hrytsenko",
    "Lysenko",
    "Savchuk",
    "Moroz",
    "Petrenko",
  ],
};
const GR = {
  m: [
    ["Georgios", "Giorgos"],
    ["Konstantinos", "Kostas"],
    ["Dimitrios", "Dimitris"],
    ["Nikolaos", "Nikos"],
    ["Ioannis", "Giannis"],
    ["Panagiotis", "Panos"],
    ["Christos", "Christos"],
    ["Vasileios", "Vasilis"],
  ],
  f: [
    ["Maria", "Maria"],
    ["Eleni", "Lena"],
    ["Aikaterini", "Katerina"],
    ["Sofia", "Sofia"],
    ["Despoina", "Despina"],
    ["Vasiliki", "Vicky"],
    ["Georgia", "Gogo"],
    ["Anastasia", "Natasa"],
  ],
  fam: [
    ["Papadopoulos", "Papadopoulou"],
    ["Georgiou", "Georgiou"],
    ["Oikonomou", "Oikonomou"],
    ["Nikolaidis", "Nikolaidou"],
    ["Papadakis", "Papadaki"],
    ["Karagiannis", "Karagianni"],
    ["Vlachos", "Vlachou"],
    ["Antoniou", "Antoniou"],
    ["Makris", "Makri"],
    ["Alexiou", "Alexiou"],
  ],
};
const NG = [
  {
    m: [["Oluwaseun", "Seun"], ["Babatunde", "Tunde"], ["Olumide", "Mide"], ["Oluwafemi", "Femi"], [
      "Adewale",
      "Wale",
    ], ["Ayodeji", "Deji"]],
    f: [["Funmilayo", "Funmi"], ["Adeola", "Deola"], ["Titilayo", "Titi"], ["Yetunde", "Yetty"], [
      "Folake",
      "Folake",
    ], ["Omolara", "Lara"]],
    fam: [
      "Adeyemi",
      "Ogunleye",
      "Adebayo",
      "Afolabi",
      "Oyelaran",
      "Balogun",
      "Olatunji",
      "Adekunle",
      "Ogundipe",
    ],
    hon: ["Chief ", "Engr. ", "Prof. "],
  },
  {
    m: [["Chukwuemeka", "Emeka"], ["Ikechukwu", "Ike"], ["Chinonso", "Nonso"], ["Obinna", "Obi"], [
      "Nnamdi",
      "Nnamdi",
    ], ["Uchenna", "Uche"]],
    f: [["Chiamaka", "Amaka"], ["Adaeze", "Ada"], ["Ifeoma", "Ify"], ["Ngozi", "Ngozi"], [
      "Nneka",
      "Nneka",
    ], ["Chinwe", "Chi"]],
    fam: ["Okafor", "Okonkwo", "Eze", "Nwosu", "Nwachukwu", "Okeke", "Onyekachi", "Obiora", "Ezeh"],
    hon: ["Chief ", "Engr. ", "Barr. "],
  },
  {
    m: [["Aminu", "Aminu"], ["Abubakar", "Abu"], ["Ibrahim", "Ibro"], ["Sani", "Sani"], [
      "Usman",
      "Usman",
    ], ["Musa", "Musa"]],
    f: [["Hauwa", "Hauwa"], ["Zainab", "Zee"], ["Aishatu", "Aisha"], ["Maryam", "Maryam"], [
      "Khadija",
      "Khadija",
    ], ["Hadiza", "Hadiza"]],
    fam: ["Bello", "Abdullahi", "Danjuma", "Garba", "Lawal", "Sule", "Aliyu", "Shehu", "Yakubu"],
    hon: ["Alhaji ", "Mallam ", "Hajiya "],
  },
];
const GH = {
  dayM: ["Kwame", "Kofi", "Kwabena", "Kwaku", "Yaw", "Kojo", "Kwesi", "Kwadwo"],
  dayF: ["Ama", "Akosua", "Abena", "Adwoa", "Efua", "Afua", "Yaa", "Akua"],
  chrM: ["Emmanuel", "Samuel", "Daniel", "Isaac", "Prince", "Richard", "Ebenezer"],
  chrF: ["Comfort", "Mercy", "Gifty", "Priscilla", "Esther", "Patience", "Abigail"],
  fam: [
    "Mensah",
    "Boateng",
    "Asante",
    "Owusu",
    "Osei",
    "Agyeman",
    "Appiah",
    "Darko",
    "Ofori",
    "Amoah",
    "Addo",
    "Quaye",
    "Tetteh",
    "Acheampong",
    "Sarpong",
  ],
};
const KE = {
  chrM: ["Peter", "John", "Joseph", "Daniel", "Brian", "Kevin", "Dennis", "Samuel"],
  chrF: ["Grace", "Faith", "Mercy", "Esther", "Lucy", "Purity", "Caroline", "Joyce"],
  groups: [
    {
      m: ["Kamau", "Njoroge", "Mwangi", "Kariuki", "Githinji"],
      f: ["Wanjiru", "Wambui", "Njeri", "Nyambura", "Wairimu"],
      fam: ["Kamau", "Mwangi", "Njoroge", "Kariuki", "Gitau", "Macharia"],
    },
    {
      m: ["Otieno", "Odhiambo", "Ochieng", "Onyango", "Omondi"],
      f: ["Akinyi", "Achieng", "Atieno", "Adhiambo", "Awino"],
      fam: ["Otieno", "Odhiambo", "Ouma", "Owino", "Okoth", "Oduor"],
    },
    {
      m: ["Kiprotich", "Kipchoge", "Kibet", "Kiplagat", "Cheruiyot"],
      f: ["Chebet", "Jepkosgei", "Cherono", "Jeptoo", "Chepkemoi"],
      fam: ["Rotich", "Kiptoo", "Langat", "Koech", "Ruto", "Kosgei"],
    },
  ],
};
const ET = {
  m: [
    "Abebe",
    "Tesfaye",
    "Dawit",
    "Yohannes",
    "Mulugeta",
    "Girma",
    "Bereket",
    "Solomon",
    "Haile",
    "Tewodros",
    "Alemu",
    "Getachew",
  ],
  f: [
    "Tsion",
    "Hiwot",
    "Meron",
    "Selamawit",
    "Bethlehem",
    "Mahlet",
    "Tigist",
    "Almaz",
    "Rahel",
    "Meseret",
    "Liya",
    "Eden",
  ],
};
const PH = {
  m: [
    "Jose Miguel",
    "Juan Carlos",
    "Mark Anthony",
    "John Paul",
    "Rommel",
    "Jericho",
    "Ramon",
    "Christian",
    "Jayson",
    "Reynaldo",
  ],
  f: [
    "Maria Cristina",
    "Ma. Theresa",
    "Kristine Joy",
    "Mary Grace",
    "Jennilyn",
    "Rowena",
    "Lovely",
    "Angelica",
    "Princess",
    "Maricel",
  ],
  nickM: ["Jojo", "Bong", "Jun-Jun", "Migs", "JP", "Toto", "Dodong", "Mac"],
  nickF: ["Tin", "Tet", "Tintin", "Len", "Bing", "Grace", "Joy", "Ching"],
  fam: [
    "Dela Cruz",
    "Santos",
    "Reyes",
    "Bautista",
    "Garcia",
    "Mendoza",
    "Villanueva",
    "Manalo",
    "Aquino",
    "Castillo",
    "Macaraeg",
    "Dimaculangan",
    "Pangilinan",
    "Soriano",
    "Dizon",
  ],
};
const IDN = {
  single: [
    ["Suharti", "f"],
    ["Sutrisno", "m"],
    ["Wulan", "f"],
    ["Slamet", "m"],
    ["Mulyadi", "m"],
    ["Sukarni", "f"],
    ["Supriyadi", "m"],
    ["Ratna", "f"],
    ["Haryanto", "m"],
    ["Sumarni", "f"],
  ] as [string, "m" | "f"][],
  m: [
    "Budi",
    "Agus",
    "Rizky",
    "Andi",
    "Hendra",
    "Dedi",
    "Yohanes",
    "Made",
    "Fajar",
    "Bambang",
    "Arief",
  ],
  f: [
    "Dewi",
    "Putri",
    "Rina",
    "Fitri",
    "Sri",
    "Nyoman",
    "Ayu",
    "Indah",
    "Kartika",
    "Siti",
    "Lestari",
  ],
  fam: [
    "Santoso",
    "Setiawan",
    "Pratama",
    "Wijaya",
    "Gunawan",
    "Siregar",
    "Simanjuntak",
    "Sudarsana",
    "Handayani",
    "Wulandari",
    "Nasution",
    "Kusuma",
    "Hidayat",
    "Saputra",
  ],
};
const BR = {
  m: [
    ["João Pedro", "João"],
    ["Lucas", "Lucas"],
    ["Gabriel", "Biel"],
    ["Rafael", "Rafa"],
    ["Thiago", "Thiago"],
    ["Felipe", "Lipe"],
    ["Matheus", "Teteu"],
    ["Carlos Eduardo", "Cadu"],
    ["Eduardo", "Dudu"],
  ],
  f: [
    ["Ana Beatriz", "Bia"],
    ["Mariana", "Mari"],
    ["Juliana", "Juju"],
    ["Larissa", "Lari"],
    ["Fernanda", "Fê"],
    ["Camila", "Mila"],
    ["Letícia", "Lelê"],
    ["Maria Eduarda", "Duda"],
    ["Gabriela", "Gabi"],
  ],
  fam: [
    "Silva",
    "Santos",
    "Oliveira",
    "Souza",
    "Pereira",
    "Costa",
    "Rodrigues",
    "Almeida",
    "Nascimento",
    "Lima",
    "Araújo",
    "Carvalho",
    "Ferreira",
    "Gomes",
    "Barbosa",
    "Ribeiro",
    "Cavalcanti",
  ],
  link: ["da ", "de ", "dos ", ""],
};
const MX = {
  m: [
    ["José Luis", "Pepe"],
    ["Juan Carlos", "Juanca"],
    ["Miguel Ángel", "Miguel"],
    ["Alejandro", "Alex"],
    ["Jorge", "Jorge"],
    ["Francisco Javier", "Paco"],
    ["Luis Fernando", "Luisfer"],
    ["Guillermo", "Memo"],
    ["Jesús", "Chuy"],
    ["Eduardo", "Lalo"],
  ],
  f: [
    ["María Guadalupe", "Lupita"],
    ["Ana Sofía", "Sofi"],
    ["Ximena", "Xime"],
    ["Daniela", "Dani"],
    ["Mariana", "Mari"],
    ["Fernanda", "Fer"],
    ["Rosa María", "Rosy"],
    ["Alejandra", "Ale"],
    ["Concepción", "Conchita"],
  ],
  fam: [
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Castañeda",
    "Ortega",
  ],
};
const PT = {
  m: ["João", "Tiago", "Rui", "Nuno", "Miguel", "Duarte", "Gonçalo", "Francisco", "Pedro", "Vasco"],
  f: [
    "Inês",
    "Beatriz",
    "Mariana",
    "Leonor",
    "Catarina",
    "Joana",
    "Sofia",
    "Rita",
    "Matilde",
    "Teresa",
  ],
  fam: [
    "Ferreira",
    "Carvalho",
    "Pereira",
    "Costa",
    "Martins",
    "Rodrigues",
    "Sousa",
    "Gonçalves",
    "Fernandes",
    "Lopes",
    "Marques",
    "Almeida",
    "Ribeiro",
    "Pinto",
    "Magalhães",
  ],
};
const PL = {
  m: [
    ["Krzysztof", "Krzysiek"],
    ["Piotr", "Piotrek"],
    ["Tomasz", "Tomek"],
    ["Paweł", "Paweł"],
    ["Michał", "Michał"],
    ["Łukasz", "Łukasz"],
    ["Grzegorz", "Grzesiek"],
    ["Marcin", "Marcin"],
    ["Wojciech", "Wojtek"],
  ],
  f: [
    ["Małgorzata", "Gosia"],
    ["Agnieszka", "Aga"],
    ["Katarzyna", "Kasia"],
    ["Anna", "Ania"],
    ["Joanna", "Asia"],
    ["Magdalena", "Magda"],
    ["Ewa", "Ewa"],
    ["Aleksandra", "Ola"],
    ["Dorota", "Dorota"],
  ],
  fam: [
    ["Nowak", "Nowak"],
    ["Kowalski", "Kowalska"],
    ["Wiśniewski", "Wiśniewska"],
    ["Wójcik", "Wójcik"],
    ["Kowalczyk", "Kowalczyk"],
    ["Kamiński", "Kamińska"],
    ["Lewandowski", "Lewandowska"],
    ["Zieliński", "Zielińska"],
    ["Szymański", "Szymańska"],
    ["Woźniak", "Woźniak"],
    ["Dąbrowski", "Dąbrowska"],
    ["Kozłowski", "Kozłowska"],
    ["Jankowski", "Jankowska"],
  ],
};
const HU = {
  m: [
    ["László", "Laci"],
    ["István", "Pisti"],
    ["Zoltán", "Zoli"],
    ["Gábor", "Gabi"],
    ["Péter", "Peti"],
    ["Attila", "Attila"],
    ["Balázs", "Balázs"],
    ["Tamás", "Tomi"],
  ],
  f: [
    ["Zsófia", "Zsófi"],
    ["Katalin", "Kati"],
    ["Eszter", "Eszti"],
    ["Judit", "Jutka"],
    ["Anna", "Panni"],
    ["Réka", "Réka"],
    ["Ildikó", "Ildi"],
    ["Krisztina", "Kriszti"],
  ],
  fam: [
    "Nagy",
    "Kovács",
    "Tóth",
    "Szabó",
    "Horváth",
    "Varga",
    "Kiss",
    "Molnár",
    "Németh",
    "Farkas",
    "Balogh",
    "Papp",
    "Takács",
    "Juhász",
  ],
};
const FI = {
  m: ["Mikko", "Juha", "Antti", "Jussi", "Timo", "Janne", "Matti", "Ville", "Tuomas", "Heikki"],
  f: ["Aino", "Sanna", "Laura", "Johanna", "Elina", "Minna", "Tiina", "Riikka", "Päivi", "Satu"],
  fam: [
    "Virtanen",
    "Korhonen",
    "Mäkinen",
    "Nieminen",
    "Mäkelä",
    "Hämäläinen",
    "Laine",
    "Heikkinen",
    "Koskinen",
    "Järvinen",
    "Lehtonen",
    "Salminen",
    "Kinnunen",
    "Räsänen",
  ],
};
const IS = {
  m: [
    ["Sigurður", "Siggi"],
    ["Guðmundur", "Gummi"],
    ["Jón", "Nonni"],
    ["Gunnar", "Gunni"],
    ["Ólafur", "Óli"],
    ["Einar", "Einar"],
    ["Kristján", "Kiddi"],
    ["Stefán", "Stebbi"],
  ],
  f: [
    ["Guðrún", "Gunna"],
    ["Sigríður", "Sigga"],
    ["Kristín", "Stína"],
    ["Helga", "Helga"],
    ["Anna", "Anna"],
    ["Margrét", "Magga"],
    ["Ingibjörg", "Inga"],
    ["Jóhanna", "Jóa"],
  ],
  father: [
    ["Jóns", "Jóns"],
    ["Sigurðs", "Sigurðar"],
    ["Guðmunds", "Guðmunds"],
    ["Gunnars", "Gunnars"],
    ["Ólafs", "Ólafs"],
    ["Einars", "Einars"],
    ["Kristjáns", "Kristjáns"],
    ["Stefáns", "Stefáns"],
    ["Magnús", "Magnús"],
    ["Þórðar", "Þórðar"],
    ["Helga", "Helga"],
    ["Péturs", "Péturs"],
  ],
};

function luhnDigit(s: string): string {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    let d = Number(s[s.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const C: Record<string, Culture> = {};
function def(c: Culture) {
  C[c.cc] = c;
}

def({
  cc: "zh",
  country: "China",
  cities: ["Shanghai", "Beijing", "Shenzhen", "Hangzhou", "Chengdu", "Suzhou"],
  landmarks: [
    "Pudong International Airport",
    "Beijing Capital Airport",
    "Huashan Hospital",
    "Fudan University",
  ],
  person(r, sex) {
    const g = r.pick(sex === "m" ? ZH.m : ZH.f), fam = r.pick(ZH.fam);
    const ff = r.chance(0.55);
    const eng = r.chance(0.3) ? r.pick(sex === "m" ? ZH.engM : ZH.engF) : undefined;
    const full = ff
      ? (r.chance(0.25) ? `${fam.toUpperCase()} ${g}` : `${fam} ${g}`)
      : `${g} ${fam}`;
    return basic("zh", sex, eng ?? g, fam, {
      full,
      nick: eng,
      familyFirst: ff,
      honor: [mr(r, sex, 0), N(fam)],
      ascii: [g, fam],
      alt: eng ? `${eng} ${fam}` : undefined,
    });
  },
  phone: (r) => {
    const n = `1${r.pick(["38", "39", "50", "58", "86", "88", "37", "35"])}${r.digits(8)}`;
    return r.pick([
      `+86 ${n.slice(0, 3)} ${n.slice(3, 7)} ${n.slice(7)}`,
      `${n.slice(0, 3)}-${n.slice(3, 7)}-${n.slice(7)}`,
      n,
      `+86-${n}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Room ${r.int(3, 28)}0${r.int(1, 9)}, No. ${r.int(8, 999)} ${
        r.pick([
          "Nanjing West Road",
          "Huaihai Middle Road",
          "Zhangjiang Road",
          "Jianguo Road",
          "Tianfu Avenue",
          "Wensan Road",
        ])
      }`,
      `Building ${r.int(1, 12)}, Unit ${r.int(1, 4)}, ${r.int(100, 2000)} ${
        r.pick(["Longyao Road", "Xietu Road", "Keyuan Road", "Chaoyang North Road"])
      }`,
      `Apt ${r.int(2, 30)}${r.pick(["A", "B", "C", "D"])}, ${r.int(1, 300)} ${
        r.pick(["Dongfang Road", "Shennan Avenue", "Wangjing Street"])
      }`,
    ]),
  id: (r, _p, dob) => {
    if (r.chance(0.5)) return ["passport no.", `E${r.digits(8)}`];
    const body = `${
      r.pick(["310115", "110105", "440305", "330106", "510107"])
    }${dob.getUTCFullYear()}${p2(dob.getUTCMonth() + 1)}${p2(dob.getUTCDate())}${r.digits(3)}`;
    const wts = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    let s = 0;
    for (let i = 0; i < 17; i++) s += Number(body[i]) * wts[i];
    return ["resident ID", body + "10X98765432"[s % 11]];
  },
  dobFmt: [F.ymd, F.ymdSlash, F.longDMY],
  mail: ["qq.com", "163.com", "126.com", "gmail.com"],
  currency: "CNY",
});

def({
  cc: "ja",
  country: "Japan",
  cities: ["Tokyo", "Osaka", "Yokohama", "Nagoya", "Fukuoka", "Sapporo"],
  landmarks: [
    "Narita Airport",
    "Haneda Airport",
    "Kansai International Airport",
    "St. Luke's International Hospital",
  ],
  person(r, sex) {
    const g = r.pick(sex === "m" ? JA.m : JA.f), fam = r.pick(JA.fam);
    const ff = r.chance(0.4);
    const honor = r.chance(0.5) ? [N(fam), "-san"] : [mr(r, sex, 0), N(fam)];
    const full = ff ? (r.chance(0.3) ? `${fam.toUpperCase()} ${g}` : `${fam} ${g}`) : `${g} ${fam}`;
    return basic("ja", sex, g, fam, { full, honor, familyFirst: ff });
  },
  phone: (r) => {
    const a = r.pick(["90", "80", "70"]), x = r.digits(4), y = r.digits(4);
    return r.pick([
      `+81 ${a}-${x}-${y}`,
      `0${a}-${x}-${y}`,
      `+81-${a}-${x}-${y}`,
      `0${a}${x}${y}`,
      `03-${r.digits(4)}-${r.digits(4)}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${r.int(1, 6)}-${r.int(1, 30)}-${r.int(1, 20)} ${
        r.pick(["Jingumae", "Nishi-Shinjuku", "Ebisu-Minami", "Kichijoji-Honcho", "Umeda", "Sakae"])
      }`,
      `${r.pick(["Sunny Heights", "Maison Aoyama", "Grand Coat", "Palace Tower"])} ${
        r.int(1, 12)
      }0${r.int(1, 9)}, ${r.int(1, 5)}-${r.int(1, 25)}-${r.int(1, 15)} ${
        r.pick(["Higashi-Azabu", "Shirokane", "Nakameguro", "Kita-ku Tenjin"])
      }`,
    ]),
  id: (r) =>
    r.chance(0.6)
      ? ["passport", `T${r.pick(["K", "R", "Z"])}${r.digits(7)}`]
      : ["My Number", `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`],
  dobFmt: [F.ymdSlash, F.longDMY, F.ymd],
  mail: ["yahoo.co.jp", "gmail.com", "docomo.ne.jp", "icloud.com"],
  currency: "JPY",
});

def({
  cc: "ko",
  country: "South Korea",
  cities: ["Seoul", "Busan", "Incheon", "Daejeon", "Seongnam"],
  landmarks: [
    "Incheon International Airport",
    "Gimpo Airport",
    "Severance Hospital",
    "Yonsei University",
  ],
  person(r, sex) {
    const g = r.pick(sex === "m" ? KO.m : KO.f), fam = r.pick(KO.fam);
    const ff = r.chance(0.6);
    return basic("ko", sex, g, fam, {
      full: ff ? `${fam} ${g}` : `${g} ${fam}`,
      familyFirst: ff,
      honor: [mr(r, sex, 0), N(fam)],
    });
  },
  phone: (r) => {
    const x = r.digits(4), y = r.digits(4);
    return r.pick([
      `+82 10-${x}-${y}`,
      `010-${x}-${y}`,
      `+82 10 ${x} ${y}`,
      `010${x}${y}`,
      `02-${r.digits(3)}-${r.digits(4)}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${r.int(1, 400)} ${
        r.pick(["Teheran-ro", "Olympic-ro", "Gangnam-daero", "Sejong-daero", "Haeundae-ro"])
      }${r.chance(0.5) ? ` ${r.int(2, 40)}-gil` : ""}, Apt ${r.int(1, 25)}0${r.int(1, 9)}`,
      `${r.int(101, 115)}-dong ${r.int(1, 20)}0${r.int(1, 4)}-ho, ${r.int(10, 300)} ${
        r.pick(["Banpo-daero", "Dongil-ro", "Jungang-ro"])
      }`,
    ]),
  id: (r, p, dob) =>
    r.chance(0.5) ? ["passport", `M${r.digits(8)}`] : [
      "RRN",
      `${String(dob.getUTCFullYear()).slice(2)}${p2(dob.getUTCMonth() + 1)}${
        p2(dob.getUTCDate())
      }-${dob.getUTCFullYear() >= 2000 ? (p.sex === "m" ? 3 : 4) : (p.sex === "m" ? 1 : 2)}${
        r.digits(6)
      }`,
    ],
  dobFmt: [F.ymdDot, F.ymd, F.longMDY],
  mail: ["naver.com", "daum.net", "gmail.com", "kakao.com"],
  currency: "KRW",
});

def({
  cc: "vi",
  country: "Vietnam",
  cities: ["Hanoi", "Ho Chi Minh City", "Da Nang", "Hai Phong", "Can Tho"],
  landmarks: ["Tan Son Nhat Airport", "Noi Bai Airport", "Cho Ray Hospital", "Bach Mai Hospital"],
  person(r, sex) {
    const dia = r.chance(0.5);
    const cv = (s: string) => (dia ? s : ascii(s));
    const g = cv(r.pick(sex === "m" ? VI.m : VI.f)),
      fam = cv(r.pick(VI.fam)),
      mid = cv(r.pick(sex === "m" ? VI.midM : VI.midF));
    const west = r.chance(0.3);
    const full = west ? `${g} ${fam}` : `${fam} ${mid} ${g}`;
    return {
      cc: "vi",
      sex,
      given: g,
      family: fam,
      full,
      honor: [r.pick(sex === "m" ? ["Mr. ", "Anh "] : ["Ms. ", "Chị ", "Mrs. "]), N(g)],
      ascii: [ascii(g), ascii(fam)],
      western: west,
      alt: west ? undefined : `${g} ${fam}`,
    };
  },
  phone: (r) => {
    const a = r.pick(["90", "91", "98", "93", "70", "38"]), x = r.digits(3), y = r.digits(4);
    return r.pick([
      `+84 ${a}${x.slice(0, 1)} ${x.slice(1)}${y.slice(0, 1)} ${y.slice(1)}`,
      `0${a}${x}${y}`,
      `0${a} ${x} ${y}`,
      `+84 ${a} ${x} ${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${r.int(2, 250)} ${
        r.pick([
          "Lê Lợi",
          "Nguyễn Huệ",
          "Hai Bà Trưng",
          "Trần Hưng Đạo",
          "Le Duan",
          "Nguyen Trai",
          "Pham Van Dong",
        ])
      } Street${r.chance(0.4) ? `, Ward ${r.int(1, 15)}` : ""}`,
      `Apt ${r.int(2, 30)}.${p2(r.int(1, 20))}, ${r.int(10, 720)} ${
        r.pick(["Nguyễn Hữu Cảnh", "Dien Bien Phu", "Vo Van Kiet"])
      }`,
      `No. ${r.int(1, 99)}, Lane ${r.int(10, 300)} ${
        r.pick(["Kim Ma", "Cau Giay", "Tay Son", "Xuan Thuy"])
      }`,
    ]),
  id: (r) =>
    r.chance(0.6)
      ? ["CCCD no.", `0${r.pick(["01", "79", "48", "31"])}${r.digits(9)}`]
      : ["passport", `${r.pick(["B", "C", "N"])}${r.digits(7)}`],
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "yahoo.com.vn", "fpt.vn"],
  currency: "VND",
});

def({
  cc: "in",
  country: "India",
  cities: [
    "Bengaluru",
    "Chennai",
    "Kolkata",
    "Pune",
    "Ahmedabad",
    "Kochi",
    "Hyderabad",
    "New Delhi",
    "Chandigarh",
  ],
  landmarks: [
    "Kempegowda International Airport",
    "Indira Gandhi International Airport",
    "Apollo Hospitals",
    "Chhatrapati Shivaji Maharaj International Airport",
  ],
  person(r, sex) {
    const grp = r.pick(IN);
    const g = r.pick(grp.g[sex === "m" ? 0 : 1]);
    let fam = r.pick(grp.fam);
    let full = `${g} ${fam}`;
    if (grp.fam[0] === "Gill") {
      full = r.chance(0.6) ? `${g} ${sex === "m" ? "Singh" : "Kaur"} ${fam}` : full;
    }
    if (grp.fam[0] === "Reddy" && r.chance(0.35)) full = `${r.upper(1)}. ${g} ${fam}`;
    if (grp.fam[0] === "Subramanian" && r.chance(0.3)) {
      fam = r.pick(["Krishnan", "Raghavan", "Natarajan"]);
      full = `${g} ${fam}`;
    }
    const honor = r.chance(0.25)
      ? [
        N(r.chance(0.5) ? g : fam),
        r.pick([" ji", " sir", " ma'am"].filter((x) => x !== (sex === "m" ? " ma'am" : " sir"))),
      ]
      : [mr(r, sex, 0.5), N(fam)];
    return basic("in", sex, g, fam, {
      full,
      honor,
      nick: r.chance(0.3) ? r.pick(grp.nick) : undefined,
    });
  },
  phone: (r) => {
    const n = `${r.pick(["98", "99", "97", "94", "81", "70", "63"])}${r.digits(8)}`;
    return r.pick([
      `+91 ${n.slice(0, 5)} ${n.slice(5)}`,
      `+91-${n}`,
      `0${n}`,
      n,
      `${n.slice(0, 5)}-${n.slice(5)}`,
      `+91 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Flat ${r.int(1, 12)}0${r.int(1, 9)}, ${
        r.pick(["Sai Residency", "Prestige Lakeside", "Shanti Kunj", "Green Glen Layout"])
      }, ${r.int(1, 99)} ${r.pick(["MG Road", "Anna Salai", "Linking Road", "FC Road"])}`,
      `No. ${r.int(1, 400)}, ${r.int(1, 18)}th Cross, ${
        r.pick([
          "Indiranagar 2nd Stage",
          "Jayanagar 4th Block",
          "HSR Layout Sector 2",
          "Koramangala 5th Block",
        ])
      }`,
      `Plot ${r.int(1, 300)}, Sector ${r.int(2, 60)}`,
      `H.No. ${r.int(1, 20)}-${r.int(1, 9)}-${r.int(10, 600)}, ${
        r.pick(["Banjara Hills Road No. 12", "Jubilee Hills", "Ameerpet"])
      }`,
      `${r.int(1, 200)}/${r.int(1, 9)} ${
        r.pick(["Gariahat Road", "Lake Gardens", "Salt Lake Sector V"])
      }`,
    ]),
  id: (r) =>
    r.pick([
      ["Aadhaar", `${r.nz(4).replace(/^[01]/, "5")} ${r.digits(4)} ${r.digits(4)}`],
      ["PAN", `${r.upper(3)}P${r.upper(1)}${r.digits(4)}${r.upper(1)}`],
      ["passport no.", `${r.pick(["K", "M", "N", "P", "T", "Z"])}${r.digits(7)}`],
    ] as [string, string][]),
  dobFmt: [F.dmySlash, F.dmyDash, F.longDMY, F.ordDMY],
  mail: ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
  currency: "INR",
});

def({
  cc: "ar",
  country: "UAE",
  cities: ["Dubai", "Abu Dhabi", "Riyadh", "Jeddah", "Amman", "Doha", "Muscat"],
  landmarks: [
    "Dubai International Airport",
    "King Khalid International Airport",
    "Cleveland Clinic Abu Dhabi",
    "Hamad International Airport",
  ],
  person(r, sex) {
    const g = r.pick(sex === "m" ? AR.m : AR.f), fam = r.pick(AR.fam);
    const father = r.pick(AR.m.filter((x) => x !== g));
    const form = r.int(0, 3);
    const full = form === 0
      ? `${g} ${sex === "m" ? "bin" : "bint"} ${father} ${fam}`
      : form === 1 && sex === "m"
      ? `${g} ibn ${father} ${fam}`
      : form === 2
      ? `${g} ${father} ${fam}`
      : `${g} ${fam}`;
    const honor = sex === "f" && r.chance(0.4)
      ? [r.pick(["Ms. ", "Dr. "]), N(g)]
      : [mr(r, sex, 0.2), N(fam)];
    const nick = sex === "m" && r.chance(0.3) ? `Abu ${r.pick(AR.m)}` : undefined;
    return basic("ar", sex, g, fam, {
      full,
      honor,
      nick,
      ascii: [g, fam.replace(/^(al|Al|El)[- ]/, "").replace(/-/g, "")],
    });
  },
  phone: (r) =>
    r.pick([
      `+971 5${r.pick(["0", "2", "5", "6"])} ${r.digits(3)} ${r.digits(4)}`,
      `05${r.pick(["0", "5"])}${r.digits(7)}`,
      `+966 5${r.int(0, 9)} ${r.digits(3)} ${r.digits(4)}`,
      `+962 7${r.pick(["7", "8", "9"])} ${r.digits(3)} ${r.digits(4)}`,
      `+974 ${r.pick(["3", "5", "6", "7"])}${r.digits(3)} ${r.digits(4)}`,
    ]),
  address: (r) =>
    r.pick([
      `Villa ${r.int(1, 90)}, Street ${r.int(1, 40)}, ${
        r.pick(["Al Barsha 2", "Jumeirah 1", "Al Safa", "Mirdif"])
      }`,
      `Flat ${r.int(1, 30)}0${r.int(1, 9)}, ${
        r.pick(["Al Majaz Tower 3", "Marina Crown", "Burj Views B"])
      }`,
      `Building ${r.int(1, 80)}, ${
        r.pick(["King Fahd Road", "Prince Sultan Street", "Tahlia Street"])
      }, Apt ${r.int(1, 40)}`,
      `${r.int(2, 99)} ${r.pick(["Al Rawda Street", "Zahran Street", "Mecca Street"])}, Apt ${
        r.int(1, 12)
      }`,
    ]),
  id: (r, _p, dob) =>
    r.pick([
      ["Emirates ID", `784-${dob.getUTCFullYear()}-${r.digits(7)}-${r.int(0, 9)}`],
      ["Iqama no.", `2${r.digits(9)}`],
      ["passport no.", `${r.pick(["A", "N", "P"])}${r.digits(8)}`],
    ] as [string, string][]),
  dobFmt: [F.dmySlash, F.longDMY, F.ymd],
  mail: ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"],
  iban: ["AE", 19],
  currency: "AED",
});

def({
  cc: "fa",
  country: "Iran",
  cities: ["Tehran", "Isfahan", "Shiraz", "Tabriz", "Mashhad"],
  landmarks: ["Imam Khomeini International Airport", "Tehran University", "Milad Tower"],
  person(r, sex) {
    const g = r.pick(sex === "m" ? FA.m : FA.f), fam = r.pick(FA.fam);
    return basic("fa", sex, g, fam, { honor: [mr(r, sex, 0.4), N(fam)] });
  },
  phone: (r) => {
    const a = `9${r.pick(["12", "19", "35", "36", "01"])}`, x = r.digits(3), y = r.digits(4);
    return r.pick([`+98 ${a} ${x} ${y}`, `0${a} ${x} ${y}`, `0${a}${x}${y}`]);
  },
  address: (r) =>
    r.pick([
      `Unit ${r.int(1, 20)}, No. ${r.int(2, 120)}, ${
        r.pick(["Shahid Beheshti St.", "Valiasr Street", "Mirdamad Blvd.", "Chahar Bagh Ave."])
      }`,
      `No. ${r.int(1, 90)}, ${r.pick(["Golestan Alley", "Nastaran Alley", "Yas Alley"])}, ${
        r.pick(["Zand Boulevard", "Pasdaran Ave."])
      }`,
    ]),
  id: (r) =>
    r.chance(0.6)
      ? ["national code", `${r.digits(3)}-${r.digits(6)}-${r.digits(1)}`]
      : ["passport", `${r.pick(["K", "P", "Y"])}${r.digits(8)}`],
  dobFmt: [F.dmySlash, F.ymd],
  mail: ["gmail.com", "yahoo.com", "chmail.ir"],
  currency: "IRR",
});

def({
  cc: "tr",
  country: "Türkiye",
  cities: ["Istanbul", "Ankara", "Izmir", "Bursa", "Antalya"],
  landmarks: [
    "Istanbul Airport",
    "Sabiha Gökçen Airport",
    "Acıbadem Hospital",
    "Boğaziçi University",
  ],
  person(r, sex) {
    const asc = r.chance(0.3);
    const g0 = r.pick(sex === "m" ? TR.m : TR.f), f0 = r.pick(TR.fam);
    const g = asc ? ascii(g0) : g0, fam = asc ? ascii(f0) : f0;
    const honor = r.chance(0.5)
      ? [N(g), sex === "m" ? " Bey" : " Hanım"]
      : [mr(r, sex, 0.2), N(fam)];
    return basic("tr", sex, g, fam, { honor });
  },
  phone: (r) => {
    const a = `5${r.pick(["32", "33", "42", "05", "55", "44"])}`,
      x = r.digits(3),
      y = r.digits(2),
      z = r.digits(2);
    return r.pick([
      `+90 ${a} ${x} ${y} ${z}`,
      `0${a} ${x} ${y}${z}`,
      `0 (${a}) ${x} ${y} ${z}`,
      `+90${a}${x}${y}${z}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${
        r.pick([
          "Bağdat Cad.",
          "Atatürk Bulvarı",
          "Moda Cad.",
          "Kıbrıs Şehitleri Cad.",
          "Halaskargazi Cad.",
        ])
      } No: ${r.int(1, 300)} D: ${r.int(1, 20)}`,
      `${r.pick(["Şair Nefi Sok.", "Papatya Sok.", "Gül Sokak"])} No. ${r.int(1, 60)}/${
        r.int(1, 12)
      }`,
    ]),
  id: (r) =>
    r.chance(0.7)
      ? ["TC Kimlik No", `${r.nz(10)}${r.pick(["0", "2", "4", "6", "8"])}`]
      : ["passport", `U${r.digits(8)}`],
  dobFmt: [F.dmyDot, F.longDMY],
  mail: ["gmail.com", "hotmail.com", "yandex.com.tr"],
  iban: ["TR", 22],
  currency: "TRY",
});

def({
  cc: "ru",
  country: "Russia",
  cities: ["Moscow", "St Petersburg", "Kazan", "Novosibirsk", "Yekaterinburg"],
  landmarks: ["Sheremetyevo Airport", "Pulkovo Airport", "Moscow State University"],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? RU.m : RU.f), famM = r.pick(RU.fam);
    const fam = sex === "m" ? famM : famM + "a";
    const pat = r.pick(RU.pat)[sex === "m" ? 0 : 1];
    const full = r.chance(0.35) ? `${g} ${pat} ${fam}` : `${g} ${fam}`;
    return basic("ru", sex, g, fam, { full, nick, alt: `${g} ${pat}` });
  },
  phone: (r) => {
    const a = `9${r.digits(2)}`, x = r.digits(3), y = r.digits(2), z = r.digits(2);
    return r.pick([
      `+7 ${a} ${x}-${y}-${z}`,
      `8 (${a}) ${x}-${y}-${z}`,
      `+7${a}${x}${y}${z}`,
      `+7 (${a}) ${x} ${y} ${z}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `ul. ${r.pick(["Tverskaya", "Arbat", "Bolshaya Sadovaya", "Profsoyuznaya", "Marata"])}, d. ${
        r.int(1, 120)
      }, kv. ${r.int(1, 300)}`,
      `${r.pick(["Leninsky prospekt", "Nevsky prospekt", "Kutuzovsky prospekt"])} ${
        r.int(1, 150)
      }, apt. ${r.int(1, 250)}`,
    ]),
  id: (r) =>
    r.chance(0.5)
      ? ["passport", `${r.digits(2)} ${r.digits(2)} ${r.digits(6)}`]
      : ["SNILS", `${r.digits(3)}-${r.digits(3)}-${r.digits(3)} ${r.digits(2)}`],
  dobFmt: [F.dmyDot, F.longDMY],
  mail: ["mail.ru", "yandex.ru", "gmail.com", "rambler.ru"],
  currency: "RUB",
});

def({
  cc: "uk",
  country: "Ukraine",
  cities: ["Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro"],
  landmarks: [
    "Boryspil Airport",
    "Lviv Danylo Halytskyi Airport",
    "Taras Shevchenko National University",
  ],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? UK.m : UK.f), fam = r.pick(UK.fam);
    return basic("uk", sex, g, fam, { nick: nick !== g ? nick : undefined });
  },
  phone: (r) => {
    const a = r.pick(["67", "50", "63", "93", "97", "66"]),
      x = r.digits(3),
      y = r.digits(2),
      z = r.digits(2);
    return r.pick([
      `+380 ${a} ${x} ${y} ${z}`,
      `0${a} ${x} ${y} ${z}`,
      `+380${a}${x}${y}${z}`,
      `(0${a}) ${x}-${y}-${z}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `vul. ${
        r.pick(["Khreshchatyk", "Saksahanskoho", "Velyka Vasylkivska", "Shevchenka", "Horodotska"])
      } ${r.int(1, 150)}, apt. ${r.int(1, 120)}`,
      `${r.int(1, 99)} ${
        r.pick(["Antonovycha", "Lesi Ukrainky Blvd", "Yaroslaviv Val"])
      } St., apt. ${r.int(1, 80)}`,
    ]),
  id: (r) => r.chance(0.5) ? ["ID card", r.digits(9)] : ["passport", `${r.upper(2)}${r.digits(6)}`],
  dobFmt: [F.dmyDot, F.longDMY],
  mail: ["ukr.net", "gmail.com", "i.ua"],
  iban: ["UA", 25],
  currency: "UAH",
});

def({
  cc: "gr",
  country: "Greece",
  cities: ["Athens", "Thessaloniki", "Patras", "Heraklion", "Larissa"],
  landmarks: [
    "Athens International Airport Eleftherios Venizelos",
    "Evangelismos Hospital",
    "Aristotle University",
  ],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? GR.m : GR.f), fam = r.pick(GR.fam)[sex === "m" ? 0 : 1];
    return basic("gr", sex, g, fam, { nick: nick !== g ? nick : undefined });
  },
  phone: (r) =>
    r.pick([
      `+30 69${r.int(0, 9)} ${r.digits(3)} ${r.digits(4)}`,
      `69${r.int(0, 9)}${r.digits(7)}`,
      `+30 210 ${r.digits(3)} ${r.digits(4)}`,
      `2310 ${r.digits(6)}`,
    ]),
  address: (r) =>
    r.pick([
      `${r.pick(["Ermou", "Tsimiski", "Patision", "Akadimias", "Egnatia"])} ${r.int(1, 180)}`,
      `Leoforos ${r.pick(["Kifisias", "Syngrou", "Vasilissis Sofias", "Alexandras"])} ${
        r.int(1, 300)
      }, ${r.pick(["1st", "2nd", "3rd", "4th", "5th"])} floor`,
    ]),
  id: (r) =>
    r.pick(
      [["AMKA", r.digits(11)], [
        "ID card",
        `${r.pick(["AK", "AE", "AM", "AN", "AZ"])} ${r.digits(6)}`,
      ], ["AFM", r.digits(9)]] as [string, string][],
    ),
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "yahoo.gr", "otenet.gr"],
  iban: ["GR", 23],
  currency: "EUR",
});

def({
  cc: "ng",
  country: "Nigeria",
  cities: ["Lagos", "Abuja", "Ibadan", "Enugu", "Kano", "Port Harcourt"],
  landmarks: [
    "Murtala Muhammed International Airport",
    "Nnamdi Azikiwe International Airport",
    "Lagos University Teaching Hospital",
    "University of Ibadan",
  ],
  person(r, sex) {
    const grp = r.pick(NG);
    const [g, nick] = r.pick(sex === "m" ? grp.m : grp.f), fam = r.pick(grp.fam);
    const mid = r.chance(0.3) ? ` ${r.pick(sex === "m" ? grp.m : grp.f)[0]}` : "";
    const hpool = sex === "m"
      ? ["Mr. ", "Dr. ", grp.hon[0], grp.hon[1]]
      : ["Mrs. ", "Ms. ", "Dr. ", grp.hon === NG[2].hon ? "Hajiya " : "Mrs. "];
    return basic("ng", sex, g, fam, {
      full: `${g}${mid === ` ${g}` ? "" : mid} ${fam}`,
      nick: nick !== g ? nick : undefined,
      honor: [r.pick(hpool), N(fam)],
    });
  },
  phone: (r) => {
    const a = r.pick(["803", "806", "813", "816", "703", "705", "802", "809", "817"]),
      x = r.digits(3),
      y = r.digits(4);
    return r.pick([
      `+234 ${a} ${x} ${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `+234${a}${x}${y}`,
      `0${a}-${x}-${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${r.int(1, 120)} ${
        r.pick([
          "Adeola Odeku Street",
          "Allen Avenue",
          "Awolowo Road",
          "Admiralty Way",
          "Ogui Road",
          "Bompai Road",
        ])
      }`,
      `Plot ${r.int(100, 2500)}, ${
        r.pick(["Aminu Kano Crescent", "Ahmadu Bello Way", "Adetokunbo Ademola Crescent"])
      }`,
      `Flat ${r.int(1, 12)}, Block ${r.pick(["A", "B", "C", "D"])}, ${r.int(1, 40)} ${
        r.pick(["Bode Thomas Street", "Opebi Road", "Independence Layout"])
      }`,
    ]),
  id: (r) =>
    r.pick(
      [["NIN", r.digits(11)], ["BVN", `22${r.digits(9)}`], ["passport no.", `A${r.digits(8)}`]] as [
        string,
        string,
      ][],
    ),
  dobFmt: [F.dmySlash, F.longDMY, F.ordDMY],
  mail: ["gmail.com", "yahoo.com", "outlook.com"],
  currency: "NGN",
});

def({
  cc: "gh",
  country: "Ghana",
  cities: ["Accra", "Kumasi", "Tamale", "Takoradi", "Cape Coast"],
  landmarks: [
    "Kotoka International Airport",
    "Korle Bu Teaching Hospital",
    "University of Ghana, Legon",
    "Kwame Nkrumah Circle",
  ],
  person(r, sex) {
    const day = r.pick(sex === "m" ? GH.dayM : GH.dayF),
      chr = r.pick(sex === "m" ? GH.chrM : GH.chrF),
      fam = r.pick(GH.fam);
    const form = r.int(0, 2);
    const given = form === 1 ? day : chr;
    const full = form === 0
      ? `${chr} ${day} ${fam}`
      : form === 1
      ? `${day} ${fam}`
      : `${chr} ${fam}`;
    const honor = r.chance(0.2)
      ? [sex === "m" ? "Uncle " : "Auntie ", N(given)]
      : [mr(r, sex, 0.5), N(fam)];
    return basic("gh", sex, given, fam, { full, honor, nick: form === 0 ? day : undefined });
  },
  phone: (r) => {
    const a = r.pick(["24", "54", "20", "50", "27", "55"]), x = r.digits(3), y = r.digits(4);
    return r.pick([
      `+233 ${a} ${x} ${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `+233 (0)${a} ${x} ${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `House No. ${r.int(1, 80)}, ${
        r.pick([
          "Oxford Street",
          "Nii Nortei Nyanchi Street",
          "Liberation Road",
          "Asafoatse Nettey Road",
        ])
      }`,
      `Plot ${r.int(1, 60)}, ${r.pick(["Spintex Road", "Ring Road East", "Achimota Mile 7"])}`,
      `${r.pick(["GA", "AK", "GE"])}-${r.digits(3)}-${r.digits(4)}, ${r.int(2, 40)} ${
        r.pick(["Mango Tree Avenue", "Kade Street", "Senchi Street"])
      }`,
    ]),
  id: (r) =>
    r.chance(0.7)
      ? ["Ghana Card", `GHA-${r.digits(9)}-${r.int(0, 9)}`]
      : ["passport", `G${r.digits(7)}`],
  dobFmt: [F.dmySlash, F.longDMY, F.ordDMY],
  mail: ["gmail.com", "yahoo.com", "outlook.com"],
  currency: "GHS",
});

def({
  cc: "ke",
  country: "Kenya",
  cities: ["Nairobi", "Mombasa", "Kisumu", "Eldoret", "Nakuru"],
  landmarks: [
    "Jomo Kenyatta International Airport",
    "Kenyatta National Hospital",
    "Moi University",
    "Aga Khan University Hospital",
  ],
  person(r, sex) {
    const grp = r.pick(KE.groups), chr = r.pick(sex === "m" ? KE.chrM : KE.chrF);
    const trad = r.pick(sex === "m" ? grp.m : grp.f),
      fam = r.pick(grp.fam.filter((x) => x !== trad));
    const form = r.int(0, 2);
    const full = form === 0
      ? `${chr} ${trad} ${fam}`
      : form === 1
      ? `${chr} ${trad}`
      : `${chr} ${fam}`;
    const surname = form === 1 ? trad : fam;
    return basic("ke", sex, chr, surname, {
      full,
      honor: [r.chance(0.2) ? (sex === "m" ? "Mzee " : "Mama ") : mr(r, sex, 0.5), N(surname)],
    });
  },
  phone: (r) => {
    const a = r.pick(["712", "722", "733", "701", "790", "110", "115"]),
      x = r.digits(3),
      y = r.digits(3);
    return r.pick([
      `+254 ${a} ${x} ${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `+254${a}${x}${y}`,
      `0${a}-${x}${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Apartment ${r.int(1, 9)}${r.pick(["A", "B", "C"])}, ${
        r.pick(["Riverside Drive", "Argwings Kodhek Road", "Ngong Road", "Lenana Road"])
      }`,
      `House ${r.int(1, 90)}, ${
        r.pick(["Kindaruma Road", "Mvuli Road", "Othaya Road", "Ole Dume Road"])
      }`,
      `${r.int(1, 200)} ${r.pick(["Nyali Road", "Oginga Odinga Street", "Kenyatta Avenue"])}`,
    ]),
  id: (r) => r.chance(0.6) ? ["ID No.", `${r.nz(8)}`] : ["KRA PIN", `A${r.digits(9)}${r.upper(1)}`],
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "yahoo.com", "outlook.com"],
  currency: "KES",
});

def({
  cc: "et",
  country: "Ethiopia",
  cities: ["Addis Ababa", "Bahir Dar", "Hawassa", "Mekelle", "Dire Dawa"],
  landmarks: ["Bole International Airport", "Black Lion Hospital", "Addis Ababa University"],
  person(r, sex) {
    const g = r.pick(sex === "m" ? ET.m : ET.f),
      father = r.pick(ET.m.filter((x) => x !== g)),
      gf = r.pick(ET.m.filter((x) => x !== g && x !== father));
    const full = r.chance(0.5) ? `${g} ${father} ${gf}` : `${g} ${father}`;
    const honor = [
      r.pick(sex === "m" ? ["Ato ", "Dr. ", "Ato "] : ["W/ro ", "Wzro. ", "W/t ", "Dr. "]),
      N(g),
    ];
    return basic("et", sex, g, father, { full, honor });
  },
  phone: (r) => {
    const x = r.digits(3), y = r.digits(3);
    const a = r.pick(["911", "912", "913", "930", "944", "929"]);
    return r.pick([
      `+251 ${a} ${x} ${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `+251-${a}-${x}${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `House No. ${r.int(100, 2999)}, Woreda ${p2(r.int(1, 14))}, ${
        r.pick(["Bole", "Yeka", "Kirkos", "Arada"])
      } Sub-city`,
      `Kebele ${p2(r.int(1, 20))}, House ${r.int(10, 999)}`,
    ]),
  id: (r) =>
    r.chance(0.6)
      ? ["passport", `EP${r.digits(7)}`]
      : ["Fayda ID", `${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`],
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "yahoo.com", "ethionet.et"],
  currency: "ETB",
});

def({
  cc: "ph",
  country: "Philippines",
  cities: ["Manila", "Makati", "Quezon City", "Cebu City", "Davao City", "Pasig"],
  landmarks: [
    "Ninoy Aquino International Airport",
    "Mactan-Cebu International Airport",
    "St. Luke's Medical Center",
    "Ateneo de Manila",
  ],
  person(r, sex) {
    const g = r.pick(sex === "m" ? PH.m : PH.f), fam = r.pick(PH.fam);
    const full = r.chance(0.5) ? `${g} ${r.upper(1)}. ${fam}` : `${g} ${fam}`;
    const nick = r.chance(0.5) ? r.pick(sex === "m" ? PH.nickM : PH.nickF) : undefined;
    const honor = r.chance(0.3)
      ? [sex === "m" ? "Sir " : "Ma'am ", N(nick ?? g.split(" ")[0])]
      : [r.pick(["Engr. ", "Atty. ", sex === "m" ? "Mr. " : "Ms. "]), N(fam)];
    return basic("ph", sex, g, fam, {
      full,
      nick,
      honor,
      ascii: [g.replace(/\.? /g, ""), fam.replace(/ /g, "")],
    });
  },
  phone: (r) => {
    const a = r.pick(["917", "918", "927", "945", "995", "906"]), x = r.digits(3), y = r.digits(4);
    return r.pick([
      `+63 ${a} ${x} ${y}`,
      `0${a}-${x}-${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `(02) 8${r.digits(3)}-${r.digits(4)}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Unit ${r.int(1, 40)}${r.pick(["A", "B", "C", "F"])}, ${r.int(100, 8000)} ${
        r.pick(["Ayala Avenue", "Paseo de Roxas", "EDSA", "Shaw Boulevard"])
      }`,
      `Blk ${r.int(1, 40)} Lot ${r.int(1, 30)}, Phase ${r.int(1, 4)}, ${
        r.pick(["Camella Homes", "Villa Verde Subd.", "BF Homes"])
      }`,
      `${r.int(1, 200)} ${r.pick(["Kalayaan Ave.", "Maginhawa St.", "Gorordo Ave."])}, Brgy. ${
        r.pick(["Pinyahan", "Teachers Village", "Lahug", "San Antonio"])
      }`,
    ]),
  id: (r) =>
    r.pick(
      [
        ["SSS No.", `${r.digits(2)}-${r.digits(7)}-${r.digits(1)}`],
        ["TIN", `${r.digits(3)}-${r.digits(3)}-${r.digits(3)}-000`],
        ["PhilHealth No.", `${r.digits(2)}-${r.digits(9)}-${r.digits(1)}`],
        ["passport", `P${r.digits(7)}${r.upper(1)}`],
      ] as [string, string][],
    ),
  dobFmt: [F.longMDY, F.mdySlash, F.ymd],
  mail: ["gmail.com", "yahoo.com", "outlook.ph"],
  currency: "PHP",
});

def({
  cc: "id",
  country: "Indonesia",
  cities: ["Jakarta", "Surabaya", "Bandung", "Yogyakarta", "Denpasar", "Medan"],
  landmarks: [
    "Soekarno-Hatta International Airport",
    "Ngurah Rai Airport",
    "RS Pondok Indah",
    "Universitas Gadjah Mada",
  ],
  person(r, sex) {
    if (r.chance(0.3)) {
      const [g, s] = r.pick(IDN.single);
      return {
        cc: "id",
        sex: s,
        given: g,
        family: g,
        full: g,
        honor: [s === "m" ? "Pak " : "Bu ", N(g)],
        ascii: [g, ""],
        western: true,
      };
    }
    const g = r.pick(sex === "m" ? IDN.m : IDN.f), fam = r.pick(IDN.fam);
    const full = r.chance(0.25)
      ? `${g} ${r.pick(sex === "m" ? ["Eko", "Adi", "Dwi"] : ["Ayu", "Dwi", "Nur"])} ${fam}`
      : `${g} ${fam}`;
    return basic("id", sex, g, fam, {
      full,
      honor: [r.pick(sex === "m" ? ["Pak ", "Bapak ", "Mas "] : ["Bu ", "Ibu ", "Mbak "]), N(g)],
    });
  },
  phone: (r) => {
    const a = r.pick(["812", "813", "821", "857", "878", "811"]),
      x = r.digits(4),
      y = r.digits(r.int(3, 4));
    return r.pick([
      `+62 ${a}-${x}-${y}`,
      `0${a} ${x} ${y}`,
      `0${a}${x}${y}`,
      `+62${a}${x}${y}`,
      `0${a}-${x}-${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Jl. ${
        r.pick(["Sudirman", "Kemang Raya", "Dago", "Malioboro", "Gatot Subroto", "Diponegoro"])
      } No. ${r.int(1, 200)}${r.pick(["", "A", "B"])}`,
      `Jl. ${r.pick(["Melati", "Kenanga", "Cempaka Putih"])} No. ${r.int(1, 80)}, RT ${
        p2(r.int(1, 12))
      }/RW ${p2(r.int(1, 10))}`,
      `Perumahan ${r.pick(["Griya Asri", "Taman Permata", "Bumi Serpong Damai"])} Blok ${
        r.upper(1)
      }${r.int(1, 9)} No. ${r.int(1, 40)}`,
    ]),
  id: (r) =>
    r.chance(0.7)
      ? ["NIK", `${r.pick(["3171", "3273", "3578", "5171"])}${r.digits(12)}`]
      : ["NPWP", `${r.digits(2)}.${r.digits(3)}.${r.digits(3)}.${r.digits(1)}-${r.digits(3)}.000`],
  dobFmt: [F.dmyDash, F.longDMY, F.dmySlash],
  mail: ["gmail.com", "yahoo.co.id", "outlook.co.id"],
  currency: "IDR",
});

def({
  cc: "br",
  country: "Brazil",
  cities: ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Recife", "Porto Alegre", "Curitiba"],
  landmarks: [
    "Guarulhos Airport",
    "Galeão Airport",
    "Hospital Sírio-Libanês",
    "Universidade de São Paulo",
  ],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? BR.m : BR.f);
    const s1 = r.pick(BR.fam), s2 = r.pick(BR.fam.filter((x) => x !== s1));
    const two = r.chance(0.6);
    const full = two ? `${g} ${r.pick(BR.link)}${s1} ${s2}` : `${g} ${s2}`;
    const first = g.split(" ")[0];
    const honor = r.chance(0.4)
      ? [sex === "m" ? r.pick(["Seu ", "Dr. "]) : r.pick(["Dona ", "Dra. "]), N(first)]
      : [sex === "m" ? "Sr. " : "Sra. ", N(s2)];
    return basic(
      "br",
      sex,
      first === "João" || first === "Maria" || first === "Carlos" ? g : first,
      s2,
      { full, nick: nick !== first ? nick : undefined, honor },
    );
  },
  phone: (r) => {
    const a = r.pick(["11", "21", "31", "81", "51", "41"]), x = r.digits(4), y = r.digits(4);
    return r.pick([
      `+55 ${a} 9${x}-${y}`,
      `(${a}) 9${x}-${y}`,
      `+55 (${a}) 9${x}-${y}`,
      `${a} 9${x}${y}`,
      `+55${a}9${x}${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Rua ${
        r.pick([
          "das Flores",
          "Oscar Freire",
          "Visconde de Pirajá",
          "Augusta",
          "da Consolação",
          "Padre Chagas",
        ])
      }, ${r.int(10, 2500)}${r.chance(0.6) ? `, apto ${r.int(11, 190)}` : ""}`,
      `Av. ${r.pick(["Paulista", "Atlântica", "Boa Viagem", "Afonso Pena"])}, ${
        r.int(100, 3000)
      }, ${r.pick(["conj.", "sala", "apto"])} ${r.int(11, 2000)}`,
    ]),
  id: (r) =>
    r.chance(0.7)
      ? ["CPF", `${r.digits(3)}.${r.digits(3)}.${r.digits(3)}-${r.digits(2)}`]
      : ["RG", `${r.digits(2)}.${r.digits(3)}.${r.digits(3)}-${r.int(0, 9)}`],
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br"],
  iban: ["BR", 25],
  currency: "BRL",
});

def({
  cc: "mx",
  country: "Mexico",
  cities: ["Ciudad de México", "Guadalajara", "Monterrey", "Puebla", "Mérida", "Querétaro"],
  landmarks: [
    "Aeropuerto Internacional Benito Juárez",
    "Hospital Ángeles",
    "UNAM",
    "Monterrey Tec",
  ],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? MX.m : MX.f);
    const a = r.pick(MX.fam), b = r.pick(MX.fam.filter((x) => x !== a));
    const full = r.chance(0.75) ? `${g} ${a} ${b}` : `${g} ${a}`;
    const honor = [
      r.pick(
        sex === "m"
          ? ["Sr. ", "Lic. ", "Ing. ", "Dr. "]
          : ["Sra. ", "Lic. ", "Ing. ", "Dra. ", "Srita. "],
      ),
      N(a),
    ];
    return basic("mx", sex, g.split(" ")[0] === "María" ? g : g.split(" ")[0], a, {
      full,
      honor,
      nick: nick !== g ? nick : undefined,
      alt: `${a} ${b}`,
    });
  },
  phone: (r) => {
    const a = r.pick(["55", "33", "81", "222", "999"]), rest = r.digits(10 - a.length);
    const h = Math.floor(rest.length / 2);
    return r.pick([
      `+52 ${a} ${rest.slice(0, h)} ${rest.slice(h)}`,
      `(${a}) ${rest.slice(0, h)} ${rest.slice(h)}`,
      `+52 1 ${a} ${rest.slice(0, h)} ${rest.slice(h)}`,
      `${a}${rest}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `Av. ${r.pick(["Insurgentes Sur", "Reforma", "Chapultepec", "Vallarta", "Constitución"])} ${
        r.int(10, 3000)
      }${r.chance(0.5) ? `, Int. ${r.int(1, 40)}` : ""}`,
      `Calle ${r.pick(["Durango", "Colima", "Álvaro Obregón", "Tonalá", "Sinaloa"])} ${
        r.int(1, 400)
      }, Col. ${r.pick(["Roma Norte", "Condesa", "Del Valle", "Americana"])}`,
      `${r.pick(["Privada de los Pinos", "Cerrada Magnolia", "Calle 60"])} #${r.int(1, 500)}${
        r.pick(["", "-A", "-B"])
      }`,
    ]),
  id: (r, p, dob) => {
    if (r.chance(0.4)) return ["passport", `G${r.digits(8)}`];
    const yy = String(dob.getUTCFullYear()).slice(2);
    const fam = ascii(p.family).toUpperCase(), g = ascii(p.given).toUpperCase();
    const vowel = fam.slice(1).match(/[AEIOU]/)?.[0] ?? "X";
    const base4 = `${fam[0]}${vowel}${r.upper(1)}${g[0]}`;
    return r.chance(0.6)
      ? [
        "CURP",
        `${base4}${yy}${p2(dob.getUTCMonth() + 1)}${p2(dob.getUTCDate())}${
          p.sex === "m" ? "H" : "M"
        }${r.pick(["DF", "JC", "NL", "PL", "YN"])}${r.upper(3)}0${r.int(0, 9)}`,
      ]
      : [
        "RFC",
        `${base4}${yy}${p2(dob.getUTCMonth() + 1)}${p2(dob.getUTCDate())}${r.upper(2)}${
          r.int(0, 9)
        }`,
      ];
  },
  dobFmt: [F.dmySlash, F.longDMY],
  mail: ["gmail.com", "hotmail.com", "prodigy.net.mx", "outlook.com"],
  currency: "MXN",
});

def({
  cc: "pt",
  country: "Portugal",
  cities: ["Lisboa", "Porto", "Braga", "Coimbra", "Faro"],
  landmarks: ["Humberto Delgado Airport", "Hospital de Santa Maria", "Universidade do Porto"],
  person(r, sex) {
    const g = r.pick(sex === "m" ? PT.m : PT.f),
      a = r.pick(PT.fam),
      b = r.pick(PT.fam.filter((x) => x !== a));
    const full = r.chance(0.6) ? `${g} ${a} ${b}` : `${g} ${b}`;
    return basic("pt", sex, g, b, {
      full,
      honor: [r.pick(sex === "m" ? ["Sr. ", "Dr. ", "Eng.º "] : ["Sra. ", "Dra. ", "D. "]), N(b)],
    });
  },
  phone: (r) =>
    r.pick([
      `+351 9${r.pick(["1", "2", "3", "6"])}${r.digits(1)} ${r.digits(3)} ${r.digits(3)}`,
      `9${r.pick(["1", "3", "6"])}${r.digits(7)}`,
      `+351 21 ${r.digits(3)} ${r.digits(4)}`,
    ]),
  address: (r) =>
    r.pick([
      `Rua ${r.pick(["Augusta", "de Santa Catarina", "do Almada", "Garrett", "da Prata"])} ${
        r.int(1, 300)
      }, ${r.int(1, 6)}.º ${r.pick(["Esq.", "Dto.", "A"])}`,
      `Avenida ${r.pick(["da Liberdade", "da Boavista", "Almirante Reis"])} ${r.int(1, 400)}, ${
        r.int(1, 8)
      }.º andar`,
      `Travessa do ${r.pick(["Carmo", "Fala-Só", "Monte"])} ${r.int(1, 40)}`,
    ]),
  id: (r) =>
    r.chance(0.5)
      ? ["NIF", `${r.pick(["1", "2"])}${r.digits(8)}`]
      : ["Cartão de Cidadão", `${r.digits(8)} ${r.int(0, 9)} ${r.upper(2)}${r.int(0, 9)}`],
  dobFmt: [F.dmySlash, F.dmyDash, F.longDMY],
  mail: ["gmail.com", "sapo.pt", "outlook.pt"],
  iban: ["PT", 21],
  currency: "EUR",
});

def({
  cc: "pl",
  country: "Poland",
  cities: ["Warszawa", "Kraków", "Wrocław", "Gdańsk", "Poznań", "Łódź"],
  landmarks: ["Chopin Airport", "Kraków Balice Airport", "Jagiellonian University"],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? PL.m : PL.f), fam = r.pick(PL.fam)[sex === "m" ? 0 : 1];
    return basic("pl", sex, g, fam, {
      nick: nick !== g ? nick : undefined,
      honor: r.chance(0.3) ? [sex === "m" ? "Pan " : "Pani ", N(g)] : [mr(r, sex, 0.2), N(fam)],
    });
  },
  phone: (r) => {
    const n = `${r.pick(["5", "6", "7", "8"])}${r.digits(8)}`;
    return r.pick([
      `+48 ${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
      `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}`,
      `+48${n}`,
      `${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `ul. ${
        r.pick([
          "Marszałkowska",
          "Długa",
          "Piotrkowska",
          "Floriańska",
          "Świętojańska",
          "Grunwaldzka",
        ])
      } ${r.int(1, 200)}${r.chance(0.6) ? `/${r.int(1, 90)}` : ""}`,
      `al. ${r.pick(["Jerozolimskie", "Niepodległości", "Grunwaldzka"])} ${r.int(1, 250)}${
        r.pick(["A", "B", ""])
      } m. ${r.int(1, 120)}`,
      `os. ${r.pick(["Tysiąclecia", "Piastów", "Na Stoku"])} ${r.int(1, 60)}/${r.int(1, 80)}`,
    ]),
  id: (r, _p, dob) =>
    r.chance(0.7)
      ? [
        "PESEL",
        `${String(dob.getUTCFullYear()).slice(2)}${
          p2(dob.getUTCMonth() + 1 + (dob.getUTCFullYear() >= 2000 ? 20 : 0))
        }${p2(dob.getUTCDate())}${r.digits(5)}`,
      ]
      : ["ID card", `${r.upper(3)} ${r.digits(6)}`],
  dobFmt: [F.dmyDot, F.longDMY, F.ymd],
  mail: ["wp.pl", "onet.pl", "gmail.com", "o2.pl", "interia.pl"],
  iban: ["PL", 24],
  currency: "PLN",
});

def({
  cc: "hu",
  country: "Hungary",
  cities: ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
  landmarks: ["Liszt Ferenc Airport", "Semmelweis University", "Széchenyi Baths"],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? HU.m : HU.f), fam = r.pick(HU.fam);
    const ff = r.chance(0.4);
    return basic("hu", sex, g, fam, {
      familyFirst: ff,
      nick: nick !== g ? nick : undefined,
      honor: [mr(r, sex, 0.2), N(fam)],
    });
  },
  phone: (r) => {
    const a = r.pick(["20", "30", "70"]), x = r.digits(3), y = r.digits(4);
    return r.pick([
      `+36 ${a} ${x} ${y}`,
      `06 ${a} ${x} ${y}`,
      `+36-${a}-${x}-${y}`,
      `06${a}${x}${y}`,
      `+36 1 ${x} ${y}`,
    ]);
  },
  address: (r) =>
    r.pick([
      `${r.pick(["Andrássy út", "Váci utca", "Rákóczi út", "Király utca", "Bartók Béla út"])} ${
        r.int(1, 140)
      }.${r.chance(0.5) ? ` ${r.pick(["I", "II", "III", "IV"])}/${r.int(1, 12)}` : ""}`,
      `${r.pick(["Kossuth Lajos utca", "Petőfi Sándor utca", "Dózsa György út"])} ${
        r.int(1, 90)
      }, ${r.int(1, 5)}. emelet ${r.int(1, 14)}`,
    ]),
  id: (r) =>
    r.pick(
      [["ID card", `${r.digits(6)}${r.upper(2)}`], [
        "TAJ",
        `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`,
      ], ["tax ID", `8${r.digits(9)}`]] as [string, string][],
    ),
  dobFmt: [F.hu, F.ymd, F.longDMY],
  mail: ["freemail.hu", "gmail.com", "citromail.hu", "t-online.hu"],
  iban: ["HU", 24],
  currency: "HUF",
});

def({
  cc: "fi",
  country: "Finland",
  cities: ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu"],
  landmarks: ["Helsinki-Vantaa Airport", "Aalto University", "Meilahti Hospital"],
  person(r, sex) {
    const g = r.pick(sex === "m" ? FI.m : FI.f), fam = r.pick(FI.fam);
    return basic("fi", sex, g, fam, { honor: [mr(r, sex, 0.1), N(fam)] });
  },
  phone: (r) =>
    r.pick([
      `+358 40 ${r.digits(3)} ${r.digits(4)}`,
      `050 ${r.digits(3)} ${r.digits(4)}`,
      `+358 44 ${r.digits(7)}`,
      `045-${r.digits(7)}`,
    ]),
  address: (r) =>
    r.pick([
      `${
        r.pick([
          "Mannerheimintie",
          "Hämeenkatu",
          "Aleksanterinkatu",
          "Fredrikinkatu",
          "Itäinen Pitkäkatu",
        ])
      } ${r.int(1, 90)}${r.chance(0.6) ? ` ${r.pick(["A", "B", "C"])} ${r.int(1, 40)}` : ""}`,
      `${r.pick(["Koivukuja", "Rantatie", "Kuusitie"])} ${r.int(1, 30)} as. ${r.int(1, 12)}`,
    ]),
  id: (r, _p, dob) => {
    const sep = dob.getUTCFullYear() >= 2000 ? "A" : "-";
    const body = `${p2(dob.getUTCDate())}${p2(dob.getUTCMonth() + 1)}${
      String(dob.getUTCFullYear()).slice(2)
    }`;
    const ind = String(r.int(2, 899)).padStart(3, "0");
    return [
      "henkilötunnus",
      `${body}${sep}${ind}${"0123456789ABCDEFHJKLMNPRSTUVWXY"[Number(body + ind) % 31]}`,
    ];
  },
  dobFmt: [F.dmyDotShort, F.longDMY],
  mail: ["gmail.com", "hotmail.fi", "elisanet.fi", "kolumbus.fi"],
  iban: ["FI", 14],
  currency: "EUR",
});

def({
  cc: "is",
  country: "Iceland",
  cities: ["Reykjavík", "Akureyri", "Kópavogur", "Hafnarfjörður"],
  landmarks: ["Keflavík Airport", "Landspítali", "Harpa concert hall"],
  person(r, sex) {
    const [g, nick] = r.pick(sex === "m" ? IS.m : IS.f), fa = r.pick(IS.father);
    const famFixed = sex === "m" ? `${fa[0]}son` : `${fa[1]}dóttir`;
    return basic("is", sex, g, famFixed, {
      nick: nick !== g ? nick : undefined,
      honor: r.chance(0.6) ? [r.pick(["", "Dr. "]), N(g)] : [mr(r, sex, 0), N(famFixed)],
    });
  },
  phone: (r) =>
    r.pick([
      `+354 ${r.pick(["6", "7", "8"])}${r.digits(2)} ${r.digits(4)}`,
      `${r.pick(["6", "7", "8"])}${r.digits(2)}-${r.digits(4)}`,
      `+354${r.pick(["6", "8"])}${r.digits(6)}`,
    ]),
  address: (r) =>
    r.pick([
      `${r.pick(["Laugavegur", "Skólavörðustígur", "Hverfisgata", "Bankastræti", "Túngata"])} ${
        r.int(1, 120)
      }`,
      `${r.pick(["Hringbraut", "Kirkjusandur", "Sólvallagata"])} ${r.int(1, 90)}, ${
        r.int(1, 4)
      }. hæð`,
    ]),
  id: (
    r,
    _p,
    dob,
  ) => [
    "kennitala",
    `${p2(dob.getUTCDate())}${p2(dob.getUTCMonth() + 1)}${String(dob.getUTCFullYear()).slice(2)}-${
      r.digits(3)
    }${dob.getUTCFullYear() >= 2000 ? 0 : 9}`,
  ],
  dobFmt: [F.dmyDotShort, F.longDMY],
  mail: ["simnet.is", "gmail.com", "internet.is"],
  iban: ["IS", 22],
  currency: "ISK",
});

const CCS = Object.keys(C);

// ---------------- value helpers ----------------
interface Ctx {
  r: R;
  b: DocBuilder;
}
function person(r: R, cc?: string, sex?: "m" | "f"): Person {
  const c = C[cc ?? r.pick(CCS)];
  return c.person(r, sex ?? (r.chance(0.5) ? "m" : "f"));
}
function people(r: R, n: number, cc?: string): Person[] {
  const out: Person[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (out.length < n && guard++ < 200) {
    const p = person(r, cc);
    const k1 = p.given.toLowerCase(), k2 = p.family.toLowerCase();
    if (seen.has(k1) || seen.has(k2) || (p.nick && seen.has(p.nick.toLowerCase()))) continue;
    seen.add(k1);
    seen.add(k2);
    if (p.nick) seen.add(p.nick.toLowerCase());
    out.push(p);
  }
  return out;
}
const full = (p: Person): Part => N(p.full);
const first = (p: Person): Part => N(p.given);
const sur = (p: Person): Part => N(p.family);
const hon = (p: Person): Part => p.honor;
const nick = (p: Person): Part => N(p.nick ?? p.given);
/** a natural short reference in running text */
function ref(r: R, p: Person): Part {
  const opts: Part[] = [first(p), hon(p), first(p)];
  if (p.nick) opts.push(nick(p));
  return r.pick(opts);
}
/** formal short reference */
function fref(r: R, p: Person): Part {
  return r.chance(0.75) ? hon(p) : sur(p);
}
function initials(p: Person): Part {
  if (p.family === p.given) return N(p.given);
  return N(p.western ? `${p.given[0]}. ${p.family}` : `${p.family} ${p.given[0]}.`);
}
function he(p: Person, cap = false): string {
  const s = p.sex === "m" ? "he" : "she";
  return cap ? s[0].toUpperCase() + s.slice(1) : s;
}
function his(p: Person, cap = false): string {
  const s = p.sex === "m" ? "his" : "her";
  return cap ? s[0].toUpperCase() + s.slice(1) : s;
}
function him(p: Person): string {
  return p.sex === "m" ? "him" : "her";
}
function dobDate(r: R, min = 1958, max = 2003): Date {
  return new Date(Date.UTC(r.int(min, max), r.int(0, 11), r.int(1, 28)));
}
function dob(r: R, p: Person, d?: Date): Part {
  return E("DATE", r.pick(C[p.cc].dobFmt)(d ?? dobDate(r)));
}
function phone(r: R, p: Person): Part {
  return E("PHONE", C[p.cc].phone(r));
}
function addr(r: R, p: Person): Part {
  return E("ADDRESS", C[p.cc].address(r));
}
function city(r: R, p: Person): string {
  return r.pick(C[p.cc].cities);
}
function nid(r: R, p: Person, d?: Date): [string, Part] {
  const [label, v] = C[p.cc].id(r, p, d ?? dobDate(r));
  return [label, E("ID", v)];
}
const CORP = [
  "meridianfreight.com",
  "lumenforge.io",
  "kestrel-labs.com",
  "northwind-health.org",
  "atlasgrid.net",
  "blueharbor.co",
  "sabretooth-analytics.com",
  "orbitalcargo.com",
];
function email(r: R, p: Person, corp?: string): Part {
  const g = p.ascii[0].toLowerCase().replace(/[^a-z]/g, ""),
    f = p.ascii[1].toLowerCase().replace(/[^a-z]/g, "");
  const dom = corp ?? r.pick(C[p.cc].mail);
  let local: string;
  if (!f) local = r.pick([`${g}${r.int(70, 99)}`, `${g}.${r.int(1, 999)}`]);
  else {
    local = r.pick([
      `${g}.${f}`,
      `${g[0]}${f}`,
      `${f}.${g}`,
      `${g}_${f}${r.int(1, 99)}`,
      `${g}${f[0]}`,
      `${f}${g}${r.int(80, 2001)}`,
    ]);
  }
  if (r.chance(0.08)) local = local.toUpperCase().slice(0, 1) + local.slice(1);
  return E("EMAIL", `${local}@${dom}`);
}
function card(r: R): Part {
  const kind = r.int(0, 9);
  if (kind === 0) {
    const body = `3${r.pick(["4", "7"])}${r.digits(12)}`;
    const n = body + luhnDigit(body);
    return E("CARD", r.chance(0.6) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n);
  }
  const body = kind < 6 ? `4${r.digits(14)}` : `5${r.int(1, 5)}${r.digits(13)}`;
  const n = body + luhnDigit(body);
  const g = n.match(/.{4}/g)!;
  return E("CARD", r.pick([g.join(" "), g.join("-"), n, g.join(" ")]));
}
function mod97(s: string): number {
  let m = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) m = (m * 10 + Number(d)) % 97;
  }
  return m;
}
function iban(r: R, p?: Person): Part {
  const spec = (p && C[p.cc].iban) ??
    r.pick(
      [["PL", 24], ["PT", 21], ["HU", 24], ["FI", 14], ["GR", 23], ["TR", 22], ["AE", 19], [
        "DE",
        18,
      ], ["GB", 0]] as [string, number][],
    );
  let [cc, len] = spec;
  let bban: string;
  if (cc === "GB") bban = `${r.pick(["NWBK", "BARC", "LOYD", "HBUK"])}${r.digits(14)}`;
  else if (cc === "BR") bban = `${r.digits(23)}${r.pick(["C", "P"])}1`;
  else if (cc === "TR") bban = `${r.digits(5)}0${r.digits(16)}`;
  else bban = r.digits(len);
  len = bban.length;
  const chk = p2(98 - mod97(`${bban}${cc}00`));
  const raw = `${cc}${chk}${bban}`;
  return E("IBAN", r.chance(0.55) ? raw.match(/.{1,4}/g)!.join(" ") : raw);
}
function ip(r: R): Part {
  return E("IP", r.chance(0.85) ? r.f.internet.ipv4() : r.f.internet.ipv6());
}
function profileUrl(r: R, p: Person): Part {
  const g = p.ascii[0].toLowerCase().replace(/[^a-z]/g, ""),
    f = p.ascii[1].toLowerCase().replace(/[^a-z]/g, "") || "id";
  return E(
    "URL",
    r.pick([
      `https://www.linkedin.com/in/${g}-${f}-${r.f.string.alphanumeric(6).toLowerCase()}`,
      `linkedin.com/in/${g}${f}`,
      `https://github.com/${g}${f[0]}${r.int(1, 99)}`,
      `https://${g}${f}.dev`,
      `https://www.researchgate.net/profile/${p.ascii[0].replace(/ /g, "-")}-${
        p.ascii[1].replace(/ /g, "-") || "X"
      }`,
      `https://x.com/${g}_${f}`,
    ]),
  );
}
const money = (r: R, cur: string) =>
  `${cur} ${r.int(20, 9000).toLocaleString("en-US")}.${p2(r.int(0, 99))}`;
function day(r: R): string {
  return `${r.int(1, 28)} ${MONTHS[r.int(0, 11)]} ${r.pick([2024, 2025])}`;
}
function span(r: R): string {
  const m = MONTHS[r.int(0, 11)], a = r.int(1, 14);
  return `${a}–${a + r.int(3, 14)} ${m} ${r.pick([2024, 2025])}`;
}
const PASS: Record<string, (r: R) => string> = {
  zh: (r) => `E${r.digits(8)}`,
  ja: (r) => `T${r.pick(["K", "R", "Z"])}${r.digits(7)}`,
  ko: (r) => `M${r.digits(8)}`,
  vi: (r) => `C${r.digits(7)}`,
  in: (r) => `${r.pick(["K", "M", "P", "Z"])}${r.digits(7)}`,
  ar: (r) => `${r.pick(["N", "P"])}${r.digits(7)}`,
  fa: (r) => `${r.pick(["K", "Y"])}${r.digits(8)}`,
  tr: (r) => `U${r.digits(8)}`,
  ru: (r) => `${r.int(70, 77)} ${r.digits(7)}`,
  uk: (r) => `${r.upper(2)}${r.digits(6)}`,
  gr: (r) => `${r.upper(2)}${r.digits(7)}`,
  ng: (r) => `A${r.digits(8)}`,
  gh: (r) => `G${r.digits(7)}`,
  ke: (r) => `AK${r.digits(7)}`,
  et: (r) => `EP${r.digits(7)}`,
  ph: (r) => `P${r.digits(7)}${r.upper(1)}`,
  id: (r) => `${r.pick(["B", "C", "X"])}${r.digits(7)}`,
  br: (r) => `${r.upper(2)}${r.digits(6)}`,
  mx: (r) => `G${r.digits(8)}`,
  pt: (r) => `C${r.digits(6)}`,
  pl: (r) => `${r.upper(2)}${r.digits(7)}`,
  hu: (r) => `${r.upper(2)}${r.digits(7)}`,
  fi: (r) => `${r.pick(["FP", "FN", "XP"])}${r.digits(7)}`,
  is: (r) => `A${r.digits(7)}`,
};
const passport = (r: R, p: Person): Part => E("ID", PASS[p.cc](r));
function time(r: R): string {
  return `${p2(r.int(6, 21))}:${r.pick(["00", "15", "30", "45", "10", "50"])}`;
}
const ROLES = [
  "Data Analyst",
  "Site Reliability Engineer",
  "Procurement Lead",
  "Senior Accountant",
  "Warehouse Supervisor",
  "UX Researcher",
  "Field Technician",
  "Account Manager",
  "QA Engineer",
  "Regional Sales Manager",
  "Clinical Coordinator",
  "Logistics Planner",
  "HR Business Partner",
  "Backend Developer",
];
const COMPANIES = [
  "Meridian Freight",
  "Lumenforge",
  "Kestrel Labs",
  "Northwind Health",
  "Atlas Grid Energy",
  "Blue Harbor Insurance",
  "Sabretooth Analytics",
  "Orbital Cargo",
  "Tamarind Foods",
  "Silverline Telecom",
];

// ---------------- templates ----------------
type Tpl = (r: R, b: DocBuilder) => Part[];

const incidentReport: Tpl = (r, b) => {
  const [inj, sup, wit] = people(r, 3);
  const d = dobDate(r, 1965, 2002);
  const site = city(r, inj);
  const [lbl, idv] = nid(r, inj, d);
  return w`INCIDENT REPORT — ${site} distribution centre
Ref: INC-${String(r.int(2024, 2025))}-${r.digits(5)} | Date of incident: ${day(r)}, approx. ${
    time(r)
  }
Reported by: ${full(sup)} (Shift Supervisor)
Injured person: ${full(inj)}, DOB ${dob(r, inj, d)}, ${lbl} ${idv}
Contact: ${phone(r, inj)} / home: ${addr(r, inj)}, ${site}

Summary: While moving pallet #${r.digits(6)} with the ${
    r.pick(["Toyota 8FBE15", "Linde E20", "Jungheinrich ETV 214"])
  }, ${first(inj)} slipped near dock ${r.int(1, 14)} and struck ${
    his(inj)
  } left wrist on the racking. ${hon(sup)} applied first aid and arranged transport to ${
    r.pick(C[inj.cc].landmarks.filter((x) => !/Airport/.test(x)))
  }. ${full(wit)} witnessed the fall and gave a statement; ${
    ref(r, wit)
  } says the floor had been mopped about 20 minutes earlier with no sign out.
Corrective action: wet-floor signage check added to the ${time(r)} round. ${
    sur(inj)
  } expected back on light duties in ${r.int(3, 14)} days.`;
};

const perfReview: Tpl = (r, b) => {
  const [emp, mgr, peer] = people(r, 3);
  const role = r.pick(ROLES);
  return w`Annual performance review — FY${r.pick(["2024", "2025", "24/25"])}
Employee: ${full(emp)} (${role}, employee no. ${r.nz(6)})
Reviewer: ${full(mgr)}

${first(emp)} had a strong year. ${He(emp)} led the migration of the ${
    r.pick(["billing ledger", "warehouse scanner fleet", "customer portal", "payroll exports"])
  } to the new platform and cut month-end close from ${r.int(6, 9)} to ${
    r.int(2, 5)
  } days. Peer feedback from ${full(peer)} highlights that ${
    ref(r, emp)
  } is "the person everyone goes to when the numbers don't add up."
Areas to develop: delegating more, and documenting decisions — ${
    ref(r, peer)
  } noted twice that handovers were verbal only.
Rating: ${
    r.pick(["Exceeds expectations", "Meets expectations (high)", "Outstanding"])
  }. Recommended for a ${r.int(4, 12)}% merit increase effective 1 ${r.pick(MONTHS)}.
Signed: ${initials(mgr)}, ${day(r)}`;
};
function He(p: Person) {
  return he(p, true);
}

const customerStory: Tpl = (r, b) => {
  const cc = r.pick(CCS);
  const [cust, am] = people(r, 2);
  const c0 = people(r, 1, cc)[0];
  const co = r.pick([
    "Pacific Rim Textiles",
    "Savanna Agro Exports",
    "Nordic Fjord Seafood",
    "Andes Coffee Traders",
    "Golden Lotus Hotels",
    "Sahel Solar",
    "Baltic Amber Logistics",
  ]);
  return w`Customer story: how ${co} cut invoice disputes by ${r.int(20, 70)}%
When ${full(c0)}, head of finance at ${co} in ${city(r, c0)}, first called us in ${
    r.pick(MONTHS)
  } ${r.pick([2023, 2024])}, ${his(c0)} team was reconciling ${
    r.int(2, 15)
  },000 invoices a month by hand. "We had three spreadsheets and nobody trusted any of them," says ${
    sur(c0)
  }.
Our account manager ${full(am)} set up a pilot with the Reconcile Pro module in six weeks. ${
    ref(r, am)
  } remembers the kickoff: "${
    first(c0)
  } brought printouts of every disputed invoice from the previous quarter."
Today the team handles twice the volume with the same headcount, and ${
    first(c0)
  } has become one of our most active community members. Want to talk to ${
    him(c0)
  } directly? Reach out to ${first(am)} at ${email(r, am, "lumenforge.io")}.
${r.chance(0.5) ? w`Also quoted: ${full(cust)}, AP clerk.` : ""}`;
};

const itinerary: Tpl = (r, b) => {
  const t = person(r);
  const host = person(r);
  const d = dobDate(r, 1960, 2000);
  const [lbl, idv] = r.chance(0.7) ? ["Passport", passport(r, t)] as [string, Part] : nid(r, t, d);
  const hc = r.pick(C[host.cc].cities);
  b.known.push(t.full);
  return w`TRAVEL ITINERARY — ${full(t)}
${lbl}: ${idv}   DOB: ${dob(r, t, d)}
Mobile (WhatsApp): ${phone(r, t)}

${day(r)}
  ${time(r)}  Car pickup at ${addr(r, t)}, ${city(r, t)}
  ${time(r)}  Flight ${r.pick(["EK", "QR", "TK", "LH", "ET", "SQ", "KL"])} ${
    r.int(10, 999)
  } to ${hc}, seat ${r.int(3, 48)}${r.pick(["A", "C", "D", "K"])}, booking ref ${r.upper(6)}
  ${time(r)}  Met on arrival by ${full(host)} (${phone(r, host)})
${day(r)}
  09:30  Site visit with ${ref(r, host)} and the plant team
  19:00  Dinner hosted by ${fref(r, host)}, ${
    r.pick(["Hotel Marriott lobby", "Novotel restaurant", "the Hilton rooftop bar"])
  }
Emergency contact: ${full(person(r, t.cc))}, ${phone(r, t)}
Notes: ${first(t)} is vegetarian; please confirm with the hotel (confirmation no. ${r.digits(9)}).`;
};

const registration: Tpl = (r, b) => {
  const p = person(r);
  const event = r.pick([
    "Global Supply Chain Summit 2025",
    "AfriTech Connect",
    "Asia-Pacific Nursing Forum",
    "OpenData Week Lisbon",
    "FinOps Days",
    "Women in Engineering Meetup",
  ]);
  b.known.push(p.full);
  const sep = r.pick([": ", " - ", ":\t", " | "]);
  const d = dobDate(r, 1970, 2003);
  const showId = r.chance(0.5);
  return w`Registration confirmation #REG-${r.digits(6)} — ${event}
Full name${sep}${full(p)}
Badge name${sep}${nick(p)}
Email${sep}${email(r, p)}
Phone${sep}${phone(r, p)}
${
    showId
      ? w`Date of birth${sep}${dob(r, p, d)}
ID / passport${sep}${E("ID", C[p.cc].id(r, p, d)[1])}
`
      : ""
  }Organisation${sep}${r.pick(COMPANIES)}
Country${sep}${C[p.cc].country}
Ticket${sep}${r.pick(["Full conference pass", "Day 2 only", "Student", "Speaker"])} (${
    money(r, "EUR")
  })
Dietary${sep}${r.pick(["halal", "vegetarian", "none", "no pork", "gluten-free"])}
Payment: card ending ${r.digits(4)}, authorised ${day(r)}`;
};

const referenceLetter: Tpl = (r, b) => {
  const [cand, ref0] = people(r, 2);
  const role = r.pick(ROLES);
  const yrs = r.int(2, 7);
  return w`To whom it may concern,

I am pleased to recommend ${full(cand)}, who worked under my supervision as a ${role} at ${
    r.pick(COMPANIES)
  } in ${city(r, ref0)} for ${yrs} years.
${hon(cand)} joined us as a graduate and quickly became the most reliable member of the team. ${
    He(cand)
  } rebuilt our vendor onboarding process and trained eleven new colleagues. When our previous lead ${
    full(person(r))
  } left, ${first(cand)} stepped in without being asked.
I would rehire ${first(cand)} without hesitation. Please feel free to contact me on ${
    phone(r, ref0)
  } or at ${email(r, ref0)}.

Yours faithfully,
${full(ref0)}
${
    r.pick([
      "Director of Operations",
      "Head of Finance",
      "Chief Nursing Officer",
      "Engineering Manager",
    ])
  }`;
};

const teamIntro: Tpl = (r, b) => {
  const ps = people(r, r.int(3, 4));
  const lead = person(r);
  b.known.push(...ps.map((p) => p.full));
  const lines: Part[] = [];
  for (const p of ps) {
    const role = r.pick(ROLES);
    lines.push(w`• ${full(p)} — ${role}, based in ${city(r, p)}. ${
      r.pick([
        w`${first(p)} joins us from ${r.pick(COMPANIES)} and loves trail running.`,
        w`Most people call ${him(p)} ${nick(p)}; ${he(p)} will own the ${
          r.pick(["EMEA", "APAC", "LATAM"])
        } dashboards.`,
        w`${hon(p)} has ${r.int(3, 15)} years in ${
          r.pick(["freight", "payments", "clinical research", "retail"])
        }.`,
        w`You can reach ${first(p)} on ${phone(r, p)}.`,
      ])
    }
`);
  }
  return w`Subject: Please welcome our new ${
    r.pick(["Data Platform", "Customer Operations", "Finance Shared Services", "Field Service"])
  } team members

Hi all,

Delighted to introduce the people joining this ${r.pick(MONTHS)}:
${lines}
Onboarding buddy assignments are in the tracker (ticket OPS-${
    r.digits(4)
  }). Please say hello at Thursday's ${time(r)} stand-up.
— ${first(lead)}`;
};

const condolence: Tpl = (r, b) => {
  const [col, sender] = people(r, 2);
  const deceasedRel = r.pick(["father", "mother", "grandmother", "husband", "wife", "brother"]);
  const dec = person(r, col.cc, ["father", "husband", "brother"].includes(deceasedRel) ? "m" : "f");
  return w`Dear ${ref(r, col)},

All of us in the ${
    r.pick(["Accra", "Osaka", "Lisbon", "Nairobi", "Bengaluru", "Kraków"])
  } office were so sorry to hear of the passing of your ${deceasedRel}, ${full(dec)}. ${
    r.pick([
      w`I remember ${first(dec)} visiting us at the summer picnic and telling stories about ${
        C[dec.cc].country
      }.`,
      w`From everything you shared, ${first(dec)} was a remarkable person.`,
    ])
  }
Please take all the time you need — ${
    full(person(r))
  } will cover your accounts, and your leave has been approved through ${
    day(r)
  }. We have sent flowers to ${addr(r, col)}${r.chance(0.5) ? `, ${city(r, col)}` : ""}.
With deepest sympathy,
${first(sender)} and the team`;
};

const congrats: Tpl = (r, b) => {
  const [p, sender] = people(r, 2);
  const kind = r.int(0, 2);
  if (kind === 0) {
    const baby = person(r, p.cc);
    return w`Congratulations ${first(p)}!! 🎉
We just heard the news — welcome to the world, little ${first(baby)}! Born ${
      dob(r, baby, dobDate(r, 2024, 2025))
    } at ${
      r.pick(C[p.cc].landmarks.filter((x) => !/Airport/.test(x)).concat(["the city hospital"]))
    }, ${r.pick(["3.2", "2.9", "3.6", "3.4"])} kg. The team has put together a small gift that ${
      full(sender)
    } will drop off at ${addr(r, p)} this weekend.
Take care of yourselves, and send photos when you can!
— everyone in ${r.pick(["Finance", "Ops", "the Tuesday book club"])}`;
  }
  if (kind === 1) {
    const spouse = person(r);
    return w`Dear ${full(p)} and ${full(spouse)},
Warmest congratulations on your wedding! ${first(spouse)}, we've heard so much about you from ${
      ref(r, p)
    }. We wish you both a lifetime of happiness.
Love,
${first(sender)}, ${full(person(r))} and all your colleagues at ${r.pick(COMPANIES)}`;
  }
  return w`Team,
Please join me in congratulating ${full(p)} on ${his(p)} promotion to ${
    r.pick(["Senior", "Principal", "Lead"])
  } ${r.pick(ROLES)}, effective ${day(r)}. ${first(p)} has been with us since ${
    r.int(2012, 2021)
  } and many of you know ${him(p)} as ${nick(p)}. ${He(p)} will now report directly to ${
    hon(sender)
  }.
Cake in the ${r.pick(["3rd", "5th", "12th"])} floor kitchen at ${time(r)}!`;
};

const statusReport: Tpl = (r, b) => {
  const ps = people(r, 4);
  const proj = r.pick([
    "Project Kilimanjaro",
    "ERP Wave 2",
    "Data Lake Phase III",
    "Mobile App Relaunch",
    "Plant 7 Automation",
    "Project Aurora",
  ]);
  return w`${proj} — weekly status (${day(r)})
Overall: ${r.pick(["AMBER", "GREEN", "RED"])}  |  Budget used: ${r.int(30, 95)}%  |  Go-live: ${
    r.pick(MONTHS)
  } ${r.pick([2025, 2026])}
Sponsor: ${full(ps[0])}   PM: ${full(ps[1])}

Done this week
- Integration tests for the ${
    r.pick(["SAP", "Oracle", "Salesforce", "Dynamics 365"])
  } connector passed (${r.int(88, 99)}% of ${r.int(300, 900)} cases). Thanks ${first(ps[2])}!
- Cutover rehearsal #${r.int(1, 3)} completed in ${r.int(5, 14)}h.
Risks / issues
- R-${r.int(10, 60)}: vendor SME ${full(ps[3])} is on leave until ${day(r)}; ${
    initials(ps[2])
  } covering.
- I-${r.int(10, 60)}: test server ${ip(r)} keeps timing out — ${ref(r, ps[1])} raised ticket INC${
    r.digits(7)
  }.
Next week
- ${sur(ps[2])} to finalise the data mapping; ${first(ps[3])} to sign off UAT scripts on return.`;
};

const caseNotes: Tpl = (r, b) => {
  const c = r.pick(CCS);
  const [cl, wk, rel] = people(r, 3, c);
  const d = dobDate(r, 1950, 2005);
  const [lbl, idv] = nid(r, cl, d);
  return w`CASE NOTE — File ${r.upper(2)}-${r.digits(5)}
Client: ${full(cl)}   DOB: ${dob(r, cl, d)}   ${lbl}: ${idv}
Address: ${addr(r, cl)}, ${city(r, cl)}   Tel: ${phone(r, cl)}
Worker: ${full(wk)}

${day(r)} — Home visit. ${first(cl)} was alert and oriented, living with ${his(cl)} ${
    r.pick(["daughter", "son", "sister", "nephew"])
  } ${full(rel)}. ${first(rel)} reports ${first(cl)} has missed two clinic appointments since ${
    r.pick(MONTHS)
  } because the bus route changed. Discussed transport voucher scheme; ${first(cl)} agreed to apply.
${first(rel)} can be reached on ${phone(r, rel)} (after ${time(r)}).
Plan: ${initials(wk)} to submit voucher form; review in ${r.int(2, 6)} weeks. Risk level: ${
    r.pick(["low", "moderate"])
  }.`;
};

const visaLetter: Tpl = (r, b) => {
  const v = person(r);
  const host = person(r, r.pick(["pt", "pl", "hu", "fi", "gr", "is"]));
  const d = dobDate(r, 1960, 2000);
  return w`INVITATION LETTER

${day(r)}
To: Consular Section, Embassy of ${C[host.cc].country}, ${city(r, v)}

We hereby invite ${full(v)}, born ${dob(r, v, d)}, holder of passport no. ${
    passport(r, v)
  }, residing at ${addr(r, v)}, ${city(r, v)}, ${C[v.cc].country}, to visit our offices in ${
    city(r, host)
  } on ${span(r)} for technical training on the ${
    r.pick(["XR-400 turbine controller", "ClinicOne EHR rollout", "SAP S/4 finance module"])
  }.
All travel and accommodation costs for ${hon(v)} will be covered by ${r.pick(COMPANIES)}.
For questions, please contact the undersigned at ${email(r, host, r.pick(CORP))} or ${
    phone(r, host)
  }.

${full(host)}
HR Manager`;
};

const leaveRequest: Tpl = (r, b) => {
  const [emp, mgr] = people(r, 2);
  const reason = r.pick([
    `attend my sister's wedding in ${city(r, emp)}`,
    "take my father for surgery",
    "move house",
    "complete my driving test and family matters",
    `travel home for ${r.pick(["Eid", "Diwali", "Lunar New Year", "Tết", "Christmas", "Timkat"])}`,
  ]);
  return w`From: ${full(emp)} <${email(r, emp, r.pick(CORP))}>
To: ${full(mgr)}
Subject: Leave request ${span(r)}

Hi ${ref(r, mgr)},
I'd like to request ${r.int(3, 15)} days of annual leave to ${reason}. ${
    full(person(r))
  } has agreed to cover my tickets, and I'll hand over the ${
    r.pick(["Q3 forecast", "vendor audit", "release checklist"])
  } before I go.
While away I can be reached on my personal number ${phone(r, emp)} in an emergency.
Thanks,
${nick(emp)}

> Approved — enjoy, ${first(emp)}. ${first(mgr)}`;
};

const complaint: Tpl = (r, b) => {
  const [cust, agent] = people(r, 2);
  const ord = `${r.pick(["ORD", "SO", "#"])}${r.digits(8)}`;
  return w`Ticket #${r.digits(6)} — Delivery complaint (priority: high)
Customer: ${full(cust)}
Email: ${email(r, cust)}   Phone: ${phone(r, cust)}
Delivery address on file: ${addr(r, cust)}, ${city(r, cust)}

Message from customer:
"Order ${ord} (${
    r.pick([
      "Samsung Galaxy Tab S9",
      "Dyson V15 Detect",
      "Philips Airfryer XXL",
      "Lenovo ThinkPad E14",
      "iPhone 15 case x2",
    ])
  }, ${money(r, C[cust.cc].currency)}) was marked delivered on ${day(r)} at ${
    time(r)
  } but nothing arrived. The photo shows a different gate. My neighbour ${
    full(person(r, cust.cc))
  } did not receive it either. Please refund to the card I used (${card(r)})."

Agent notes (${first(agent)}): courier GPS shows drop-off ${r.int(1, 4)}.${
    r.int(1, 9)
  } km away. Called ${hon(cust)} at ${
    time(r)
  }, no answer; left voicemail. Escalated to courier claims team.`;
};

const expense: Tpl = (r, b) => {
  const [emp, appr] = people(r, 2);
  const cur = C[emp.cc].currency;
  return w`Expense reimbursement — claim EXP-${r.digits(6)}
Claimant: ${full(emp)} (cost centre ${r.digits(4)})
Approver: ${full(appr)}
Items:
  ${day(r)}  Taxi ${city(r, emp)} airport → office        ${money(r, cur)}
  ${day(r)}  Hotel ${r.pick(["Ibis", "Radisson Blu", "Holiday Inn Express", "Mercure"])}, ${
    r.int(1, 4)
  } nights  ${money(r, cur)}
  ${day(r)}  Client dinner (${r.int(3, 8)} pax)            ${money(r, cur)}
Pay to: ${iban(r, emp)}${r.chance(0.5) ? w` (account holder: ${full(emp)})` : ""}
Note from approver: OK except the minibar line — ${ref(r, emp)}, please resubmit without it. — ${
    initials(appr)
  }`;
};

const minutes: Tpl = (r, b) => {
  const ps = people(r, r.int(4, 5));
  b.known.push(...ps.map((p) => p.full));
  const att = ps.map((p, i) => [i ? ", " : "", full(p)]);
  return w`Minutes — ${
    r.pick(["Regional Ops Sync", "Steering Committee", "Safety Committee", "Product Council"])
  }, ${day(r)}, ${time(r)} (${r.pick(["Teams", "Zoom", "Room 4.12"])})
Attendees: ${att}
Apologies: ${full(person(r))}

1. Q${r.int(1, 4)} numbers — ${first(ps[0])} presented volumes (+${r.int(2, 19)}% YoY in ${
    city(r, ps[0])
  }). ${hon(ps[1])} questioned the returns figure.
2. Hiring — ${ref(r, ps[2])} has ${r.int(2, 6)} offers out; two candidates withdrew.
3. AOB — ${first(ps[3])} reminded everyone that the ${
    r.pick(["Kyiv", "Lagos", "Manila", "Jakarta"])
  } office closes ${day(r)}.
Actions:
  [${initials(ps[1])}] circulate revised returns analysis by Friday
  [${first(ps[2])}] update headcount plan
  [${sur(ps[3])}] book venue for offsite`;
};

const itAccess: Tpl = (r, b) => {
  const [u, mgr] = people(r, 2);
  const corp = r.pick(CORP);
  return w`IT SERVICE REQUEST RITM${r.digits(7)}
Requested for: ${full(u)} (${email(r, u, corp)})
Manager approval: ${full(mgr)} — approved ${day(r)}
Request: VPN + read access to the ${
    r.pick(["finance-prod", "hr-analytics", "scada-historian", "crm-eu"])
  } database.
Source IP(s) to whitelist: ${ip(r)}${r.chance(0.5) ? w`, ${ip(r)}` : ""}
Justification (from ${first(u)}): working remotely from ${city(r, u)} for ${
    r.int(2, 8)
  } weeks; home router at ${r.pick(["the same address as in Workday", "my new flat"])}.
Fulfiller note: MFA token re-enrolled; ${ref(r, u)} confirmed by phone (${phone(r, u)}) at ${
    time(r)
  }.`;
};

const roster: Tpl = (r, b) => {
  const ps = people(r, r.int(4, 6));
  b.known.push(...ps.map((p) => p.full));
  const sep = r.pick([" | ", "\t", " ; ", ", "]);
  const rows: Part[] = ps.map((p) =>
    w`${full(p)}${sep}${phone(r, p)}${sep}${
      r.pick(["Sat 08:00-12:00", "Sat 12:00-16:00", "Sun 09:00-13:00", "Sun 13:00-17:00"])
    }${sep}${r.pick(["registration desk", "food stall", "first aid", "parking", "kids' corner"])}
`
  );
  return w`Volunteer roster — ${
    r.pick([
      "Community Harvest Festival",
      "City Marathon water station 3",
      "Refugee welcome day",
      "Temple open day",
      "Charity fun run",
    ])
  }
Name${sep}Mobile${sep}Shift${sep}Role
${rows}Coordinator: ${full(person(r))} — call if you can't make your shift. ${
    first(ps[0])
  } has the keys to the storage room.`;
};

const alumni: Tpl = (r, b) => {
  const ps = people(r, 3);
  const items: Part[] = ps.map((p) =>
    r.pick([
      w`${full(p)} (Class of ${r.int(1995, 2020)}) has been appointed ${
        r.pick(["CFO", "Head of Research", "Country Director", "Chief Engineer"])
      } at ${r.pick(COMPANIES)} in ${city(r, p)}. Connect with ${him(p)}: ${profileUrl(r, p)}
`,
      w`${full(p)} published ${his(p)} first novel this spring. ${first(p)} writes that ${
        he(p)
      } still misses the canteen's Friday curry! ${profileUrl(r, p)}
`,
      w`Congratulations to ${full(p)} and family on the arrival of twins. ${hon(p)} now lives in ${
        city(r, p)
      }.
`,
    ])
  );
  return w`ALUMNI NEWS — ${r.pick(["Spring", "Autumn", "Winter"])} edition
${items}Send your updates to the alumni office (alumni@${
    r.pick(["ucl-alumni.org", "intl-school.edu", "mba-network.org"])
  }). Reunion dinner: ${day(r)}, ${time(r)}, tickets ${money(r, "USD")}.`;
};

const tenancyRef: Tpl = (r, b) => {
  const [ten, land] = people(r, 2, r.pick(CCS));
  const rent = money(r, C[ten.cc].currency);
  return w`Landlord reference

Tenant: ${full(ten)}
Property let: ${addr(r, ten)}, ${city(r, ten)}
Tenancy: ${r.pick(MONTHS)} ${r.int(2018, 2022)} – ${r.pick(MONTHS)} ${
    r.int(2023, 2025)
  }, monthly rent ${rent}

${
    hon(ten)
  } was an excellent tenant: rent always on time, the flat was left in very good condition, and ${
    he(ten)
  } reported a leaking boiler promptly. Neighbours knew ${him(ten)} as ${
    nick(ten)
  } and had no complaints.
I would let to ${first(ten)} again. Contact: ${full(land)}, ${phone(r, land)}.`;
};

const speakerBio: Tpl = (r, b) => {
  const p = person(r);
  b.known.push(p.full);
  return w`Speaker bio — ${r.pick(["Track B", "Keynote", "Lightning talks"])}, ${
    r.pick([
      "PyCon Africa",
      "DevFest Manila",
      "RustConf EU",
      "Data Innovation Summit",
      "KubeCon Asia",
    ])
  }
${full(p)} is a ${r.pick(["staff engineer", "researcher", "product lead", "data scientist"])} at ${
    r.pick(COMPANIES)
  } in ${city(r, p)}, working on ${
    r.pick([
      "low-latency payment routing",
      "crop-yield forecasting",
      "Bahasa and Swahili speech models",
      "open-source observability tooling",
    ])
  }. Before that, ${first(p)} spent ${r.int(3, 9)} years at ${
    r.pick(["the World Bank", "Nokia", "Infosys", "Andela", "Grab"])
  }.
In ${his(p)} talk "${
    r.pick([
      "Shipping on Fridays",
      "Your Dashboard Is Lying",
      "Small Models, Big Wins",
      "Latency Budgets",
    ])
  }", ${hon(p)} will share lessons from ${r.int(3, 40)} production incidents.
Find ${him(p)} at ${profileUrl(r, p)}${r.chance(0.5) ? w` or ${profileUrl(r, p)}` : ""}.`;
};

const scholarship: Tpl = (r, b) => {
  const st = person(r);
  const parent = person(r, st.cc);
  const d = dobDate(r, 2002, 2008);
  const [lbl, idv] = nid(r, st, d);
  return w`SCHOLARSHIP AWARD NOTIFICATION

Dear ${full(st)},
On behalf of the ${
    r.pick(["Horizon Foundation", "Unity STEM Trust", "Meridian Futures Fund"])
  }, we are delighted to award you the ${
    r.pick(["Engineering Excellence", "First-Generation", "STEM Access"])
  } Scholarship for the ${r.pick(["2025/26", "2026/27"])} academic year, worth ${money(r, "USD")}.
Our records: date of birth ${dob(r, st, d)}; ${lbl} ${idv}; guardian ${full(parent)} (${
    phone(r, parent)
  }).
Funds will be paid to the account ${iban(r, st)} once the signed acceptance form is returned.
Congratulations, ${first(st)} — we look forward to meeting you at the welcome ceremony on ${
    day(r)
  }.`;
};

const emergencyContact: Tpl = (r, b) => {
  const emp = person(r);
  const nok = person(r, emp.cc);
  const d = dobDate(r);
  return w`EMPLOYEE PERSONAL DETAILS UPDATE
Name: ${full(emp)}    Preferred name: ${nick(emp)}
Date of birth: ${dob(r, emp, d)}
Home address: ${addr(r, emp)}, ${city(r, emp)}
Personal mobile: ${phone(r, emp)}   Personal email: ${email(r, emp)}
Emergency contact: ${full(nok)} (${
    r.pick(["spouse", "mother", "brother", "partner", "cousin"])
  }) — ${phone(r, nok)}
Bank account for salary: ${iban(r, emp)}
Comments: ${first(emp)} moved in ${
    r.pick(MONTHS)
  }; old address should be removed from the payroll system.`;
};

const wire: Tpl = (r, b) => {
  const [ben, req] = people(r, 2);
  return w`Hi finance team,

Please process an urgent supplier payment today:
Beneficiary: ${full(ben)}${r.chance(0.5) ? " (sole trader)" : ""}
Beneficiary address: ${addr(r, ben)}, ${city(r, ben)}, ${C[ben.cc].country}
IBAN: ${iban(r, ben)}
BIC: ${r.upper(4)}${r.pick(["PL", "PT", "HU", "FI", "GR", "TR", "AE", "IS"])}${r.upper(2)}
Amount: ${money(r, "EUR")}   Reference: INV-${r.digits(5)}
${first(ben)} has confirmed the details by phone (${phone(r, ben)}). Invoice attached.

Thanks,
${full(req)}`;
};

const patientReferral: Tpl = (r, b) => {
  const pt = person(r);
  const [doc1, doc2] = people(r, 2, pt.cc);
  const d = dobDate(r, 1940, 2010);
  const [lbl, idv] = nid(r, pt, d);
  const rel = r.pick(["son", "daughter", pt.sex === "m" ? "wife" : "husband"]);
  return w`REFERRAL LETTER
From: ${r.pick(["Dr. ", "Dr "])}${full(doc1)}, ${
    r.pick(["Family Medicine", "General Practice"])
  }, ${city(r, pt)}
To: ${r.pick(["Dr. ", ""])}${full(doc2)}, ${
    r.pick(["Cardiology", "Endocrinology", "Orthopaedics", "Dermatology"])
  }, ${r.pick(C[pt.cc].landmarks.filter((x) => !/Airport/.test(x)))}

Re: ${full(pt)}, DOB ${dob(r, pt, d)}, ${lbl} ${idv}
Tel: ${phone(r, pt)}

Thank you for seeing ${hon(pt)}, a ${r.int(25, 80)}-year-old ${
    pt.sex === "m" ? "man" : "woman"
  } with ${
    r.pick([
      "exertional chest tightness",
      "poorly controlled type 2 diabetes (HbA1c 9.1%)",
      "right knee pain after a fall",
      "a changing pigmented lesion on the back",
    ])
  }. Current meds: ${r.pick(["metformin 1g BD", "amlodipine 5mg OD", "ibuprofen PRN", "none"])}. ${
    first(pt)
  } prefers appointments after ${time(r)}; ${his(pt)} ${rel} ${
    first(person(r, pt.cc, ["son", "husband"].includes(rel) ? "m" : "f"))
  } usually accompanies.
Kind regards, ${sur(doc1)}`;
};

const groupChat: Tpl = (r, b) => {
  const ps = people(
    r,
    3,
    r.pick(["ng", "ph", "br", "mx", "in", "pl", "gr", "ru", "hu", "id", "uk", "gh"]),
  );
  const [a, bb, c] = ps;
  const ts = () => `[${p2(r.int(8, 22))}:${p2(r.int(0, 59))}]`;
  return w`(pasted from our WhatsApp group "${
    r.pick(["Ops Squad", "Sunday Football", "Flat 4 crew", "Q3 launch"])
  }")
${ts()} ${full(a)}: has anyone seen ${nick(bb)}'s laptop charger
${ts()} ${full(c)}: lol ${nick(a)} it's in the meeting room
${ts()} ${full(bb)}: thanks ${nick(c)} 🙏 also can someone send me ${first(a)}'s new number?
${ts()} ${full(c)}: ${phone(r, a)}
${ts()} ${full(a)}: btw the client ${full(person(r))} wants the deck by ${time(r)} tomorrow
${ts()} ${full(bb)}: ok I'll ping ${ref(r, c)} in the morning`;
};

const farewell: Tpl = (r, b) => {
  const p = person(r);
  const ws = people(r, 4);
  const msgs: Part[] = ws.map((x) =>
    w`"${
      r.pick([
        w`${nick(p)}, the office won't be the same without you!`,
        w`Good luck in ${city(r, p)}, ${first(p)}. Keep in touch!`,
        w`Thank you for everything, ${hon(p)}.`,
        w`Who will fix the printer now?! Miss you ${first(p)}.`,
      ])
    }" — ${r.pick([first(x), full(x), initials(x)])}
`
  );
  return w`Farewell card for ${full(p)} (last day ${day(r)})
${msgs}P.S. Forwarding address for the gift hamper: ${addr(r, p)}, ${city(r, p)}.`;
};

const hotelComplaint: Tpl = (r, b) => {
  const g = person(r);
  const mgr = person(r);
  return w`Guest relations log — ${
    r.pick(["Harbour View Hotel", "Grand Plaza Suites", "Sunset Beach Resort", "Riverside Inn"])
  }, room ${r.int(101, 1820)}
Guest: ${full(g)} (loyalty no. ${r.digits(9)}), arrival ${day(r)}, ${r.int(2, 7)} nights, rate ${
    money(r, "USD")
  }/night
Issue: AC not working; ${hon(g)} moved to room ${r.int(101, 1820)} at ${time(r)}. ${
    He(g)
  } also reported a charge of ${money(r, "USD")} on card ${card(r)} that ${
    he(g)
  } does not recognise.
Action: duty manager ${
    full(mgr)
  } waived one night and apologised in person. Follow-up email sent to ${email(r, g)}; ${
    first(g)
  } said ${he(g)} is satisfied.
Home address for the refund cheque: ${addr(r, g)}.`;
};

const templates: Tpl[] = [
  incidentReport,
  perfReview,
  customerStory,
  itinerary,
  registration,
  referenceLetter,
  teamIntro,
  condolence,
  congrats,
  statusReport,
  caseNotes,
  visaLetter,
  leaveRequest,
  complaint,
  expense,
  minutes,
  itAccess,
  roster,
  alumni,
  tenancyRef,
  speakerBio,
  scholarship,
  emergencyContact,
  wire,
  patientReferral,
  groupChat,
  farewell,
  hotelComplaint,
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N_DOCS = 308;
  for (let i = 0; i < N_DOCS; i++) {
    const f = new Faker({ locale: [en, base] });
    f.seed(770_000 + i * 31);
    const r = new R(f);
    const b = new DocBuilder();
    const parts = templates[i % templates.length](r, b);
    emit(b, parts);
    out.push(b.done());
  }
  return out;
}
