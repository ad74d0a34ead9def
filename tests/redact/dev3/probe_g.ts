// probe_g: MIXED validation set in the style of an outside evaluator using faker + templates.
// 48 short templates (1–6 lines): support tickets, HR notes, doctor's notes, delivery notices,
// invoice queries, meeting recaps, chat lines, CRM records, form dumps, log lines, JSON, CSV,
// e-mails with signatures, lower-case voicemail transcripts … ~70 % English (en_US/GB/AU/IN plus
// pl/pt_BR/sv people writing English), ~30 % German/French/Spanish/Dutch/Italian.
// Deterministic: one fixed faker seed per document.
import { type Doc, DocBuilder, type Planted } from "../_corpus.ts";
import {
  base,
  de,
  en,
  en_AU,
  en_GB,
  en_IN,
  en_US,
  es,
  Faker,
  fr,
  it,
  nl,
  pl,
  pt_BR,
  sv,
} from "@faker-js/faker";

type Ty = Planted["type"];
type Part = string | [Ty, string];
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

function w(b: DocBuilder, ...parts: Part[]) {
  for (const p of parts) {
    if (typeof p === "string") b.text(p);
    else b.ent(p[0], p[1]);
  }
}

type Loc =
  | "en_US"
  | "en_GB"
  | "en_AU"
  | "en_IN"
  | "pl"
  | "pt_BR"
  | "sv"
  | "de"
  | "fr"
  | "es"
  | "nl"
  | "it";
const FAKER: Record<Loc, Faker["rawDefinitions"]> = {
  en_US,
  en_GB,
  en_AU,
  en_IN,
  pl,
  pt_BR,
  sv,
  de,
  fr,
  es,
  nl,
  it,
};
const IBAN_CC: Record<Loc, string> = {
  en_US: "GB",
  en_GB: "GB",
  en_AU: "GB",
  en_IN: "GB",
  pl: "PL",
  pt_BR: "BR",
  sv: "SE",
  de: "DE",
  fr: "FR",
  es: "ES",
  nl: "NL",
  it: "IT",
};

const MONTHS: Record<string, string[]> = {
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
};

const EN_NICK: [string, string][] = [
  ["William", "Bill"],
  ["Robert", "Bob"],
  ["Elizabeth", "Liz"],
  ["Katherine", "Kate"],
  ["Margaret", "Peggy"],
  ["Richard", "Rick"],
  ["Jennifer", "Jen"],
  ["Christopher", "Chris"],
  ["Michael", "Mike"],
  ["Rebecca", "Becky"],
  ["Anthony", "Tony"],
  ["Patricia", "Trish"],
  ["Nicholas", "Nick"],
  ["Samantha", "Sam"],
  ["Thomas", "Tom"],
  ["Jonathan", "Jon"],
  ["Deborah", "Debbie"],
  ["Alexander", "Alex"],
  ["Victoria", "Vicky"],
  ["Daniel", "Danny"],
];

const pad = (n: number) => String(n).padStart(2, "0");
const ascii = (s: string) =>
  s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ł/g, "l").replace(/Ł/g, "L");
const slug = (s: string) => ascii(s).toLowerCase().replace(/[^a-z0-9]+/g, "");

interface Person {
  first: string;
  last: string;
  nick: string; // what friends call them (nickname or first name)
}

class G {
  f: Faker;
  loc: Loc;
  constructor(seed: number, loc: Loc) {
    this.loc = loc;
    this.f = new Faker({ locale: [FAKER[loc], en, base] });
    this.f.seed(seed);
  }
  pick<T>(xs: readonly T[]): T {
    return this.f.helpers.arrayElement(xs as T[]);
  }
  chance(p: number): boolean {
    return this.f.datatype.boolean({ probability: p });
  }
  int(a: number, b: number): number {
    return this.f.number.int({ min: a, max: b });
  }
  get lang(): string {
    return this.loc.startsWith("en") || ["pl", "pt_BR", "sv"].includes(this.loc) ? "en" : this.loc;
  }
  get usDates(): boolean {
    return this.loc === "en_US";
  }
  person(sex?: "male" | "female"): Person {
    if (this.lang === "en" && this.loc !== "en_IN" && this.chance(0.25)) {
      const [first, nick] = this.pick(EN_NICK);
      return { first, last: this.f.person.lastName(), nick };
    }
    const first = this.f.person.firstName(sex);
    return { first, last: this.f.person.lastName(sex), nick: first };
  }
  /** A full-name mention in one of the forms people actually type. */
  full(p: Person): string {
    const k = this.int(0, 11);
    if (k <= 4) return `${p.first} ${p.last}`;
    if (k === 5) return `${p.last}, ${p.first}`;
    if (k === 6) return `${p.first[0]}. ${p.last}`;
    if (k === 7) return `${p.last.toUpperCase()} ${p.first}`;
    if (k === 8) return `${p.first.toLowerCase()} ${p.last.toLowerCase()}`;
    if (k === 9) {
      return `${p.first} ${this.f.string.alpha({ length: 1, casing: "upper" })}. ${p.last}`;
    }
    if (k === 10) return `${p.nick} ${p.last}`;
    return `${p.last} ${p.first}`;
  }
  email(p: Person): string {
    const k = this.int(0, 5);
    const fn = slug(p.first), ln = slug(p.last);
    if (k <= 2) {
      return this.f.internet.email({ firstName: ascii(p.first), lastName: ascii(p.last) });
    }
    const dom = this.pick([
      "gmail.com",
      "outlook.com",
      "yahoo.co.uk",
      "icloud.com",
      "proton.me",
      "gmx.de",
      "web.de",
      "hotmail.fr",
      "live.nl",
      "libero.it",
      "wp.pl",
      "uol.com.br",
      "telia.com",
    ]);
    if (k === 3) return `${fn}.${ln}@${this.pick([dom, slug(this.f.company.name()) + ".com"])}`;
    if (k === 4) return `${fn[0]}${ln}${this.int(1, 99)}@${dom}`;
    return `${ln}.${fn[0]}@${slug(this.f.company.name()).slice(0, 14)}.${
      this.pick(["com", "co.uk", "de", "fr", "io", "nl", "it", "es"])
    }`;
  }
  phone(): string {
    const k = this.int(0, 5);
    if (k <= 2) return this.f.phone.number();
    if (k === 3) return this.f.phone.number({ style: "international" });
    const intl = this.f.phone.number({ style: "international" });
    // hand-made regrouping: +44 7700 900 123 / 0044-… style
    const ccLen = intl.startsWith("+1") ? 2 : 3;
    const cc = intl.slice(0, ccLen), rest = intl.slice(ccLen);
    return this.chance(0.5)
      ? `${cc} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`
      : `00${cc.slice(1)}-${rest.slice(0, 4)}-${rest.slice(4)}`;
  }
  card(): string {
    const raw = this.f.finance.creditCardNumber(
      this.pick(["visa", "mastercard", "amex", "discover", "visa"]),
    );
    const digits = raw.replace(/\D/g, "");
    const k = this.int(0, 3);
    if (k === 0) return raw;
    if (k === 1) return digits;
    if (k === 2 && digits.length === 16) return digits.replace(/(\d{4})(?=\d)/g, "$1 ");
    return raw.replace(/-/g, " ");
  }
  iban(cc?: string): string {
    const v = this.f.finance.iban({
      formatted: this.chance(0.6),
      countryCode: cc ?? IBAN_CC[this.loc],
    });
    return this.chance(0.1) ? v.toLowerCase() : v;
  }
  ip(): string {
    return this.chance(0.8) ? this.f.internet.ipv4() : this.f.internet.ipv6();
  }
  dob(): string {
    const dt = this.f.date.birthdate({ mode: "age", min: 18, max: 85 });
    const d = dt.getUTCDate(), m = dt.getUTCMonth(), y = dt.getUTCFullYear();
    const M = MONTHS[this.lang][m];
    switch (this.lang) {
      case "de":
        return this.pick([`${pad(d)}.${pad(m + 1)}.${y}`, `${d}. ${M} ${y}`, `${d}.${m + 1}.${y}`]);
      case "fr":
        return this.pick([`${pad(d)}/${pad(m + 1)}/${y}`, `${d} ${M} ${y}`]);
      case "es":
        return this.pick([
          `${pad(d)}/${pad(m + 1)}/${y}`,
          `${d} de ${M} de ${y}`,
          `${d}-${m + 1}-${y}`,
        ]);
      case "nl":
        return this.pick([`${pad(d)}-${pad(m + 1)}-${y}`, `${d} ${M} ${y}`]);
      case "it":
        return this.pick([`${pad(d)}/${pad(m + 1)}/${y}`, `${d} ${M} ${y}`]);
    }
    if (this.loc === "sv") return `${y}-${pad(m + 1)}-${pad(d)}`;
    if (this.loc === "pl") {
      return this.pick([`${pad(d)}.${pad(m + 1)}.${y}`, `${y}-${pad(m + 1)}-${pad(d)}`]);
    }
    if (this.usDates) {
      return this.pick([
        `${m + 1}/${d}/${y}`,
        `${pad(m + 1)}/${pad(d)}/${y}`,
        `${M} ${d}, ${y}`,
        `${M.slice(0, 3)} ${d} ${y}`,
        `${y}-${pad(m + 1)}-${pad(d)}`,
      ]);
    }
    const th = d % 10 === 1 && d !== 11
      ? "st"
      : d % 10 === 2 && d !== 12
      ? "nd"
      : d % 10 === 3 && d !== 13
      ? "rd"
      : "th";
    return this.pick([
      `${pad(d)}/${pad(m + 1)}/${y}`,
      `${d} ${M} ${y}`,
      `${d}${th} ${M} ${y}`,
      `${pad(d)}-${pad(m + 1)}-${y}`,
      `${d} ${M.slice(0, 3)} ${y}`,
    ]);
  }
  address(): string {
    let a = this.f.location.streetAddress(this.chance(0.4));
    if (this.loc === "en_GB" && this.chance(0.3)) a = `Flat ${this.int(1, 22)}, ${a}`;
    if (this.chance(0.08)) a = a.toLowerCase();
    return a;
  }
  /** Personal profile / homepage link. */
  url(p: Person): string {
    const fn = slug(p.first), ln = slug(p.last);
    return this.pick([
      `https://www.linkedin.com/in/${fn}-${ln}-${this.f.string.alphanumeric(6).toLowerCase()}/`,
      `linkedin.com/in/${fn}${ln}`,
      `https://github.com/${fn[0]}${ln}${this.int(1, 99)}`,
      `https://${fn}${ln}.dev`,
      `https://calendly.com/${fn}-${ln}/30min`,
      `https://www.facebook.com/${fn}.${ln}.${this.int(10, 999)}`,
      `https://x.com/${fn}_${ln.slice(0, 5)}`,
      `https://www.instagram.com/${fn}.${ln}${this.int(1, 99)}/`,
    ]);
  }
  /** [label, value] national identifier for the person's locale. */
  natId(): [string, string] {
    const n = (k: number) => this.f.string.numeric({ length: k, allowLeadingZeros: true });
    const L = (k: number) => this.f.string.alpha({ length: k, casing: "upper" });
    switch (this.loc) {
      case "en_US":
        return this.pick<[string, string]>([
          ["SSN", `${this.int(100, 899)}-${n(2)}-${n(4)}`],
          ["SSN", `${this.int(100, 899)} ${n(2)} ${n(4)}`],
          ["social", `${this.int(100, 899)}${n(6)}`],
          ["passport no.", `${this.int(1, 9)}${n(8)}`],
          ["DL#", `${L(1)}${n(3)}-${n(4)}-${n(4)}`],
        ]);
      case "en_GB":
        return this.pick<[string, string]>([
          ["NI number", `${L(2)} ${n(2)} ${n(2)} ${n(2)} ${this.pick(["A", "B", "C", "D"])}`],
          ["NINO", `${L(2)}${n(6)}${this.pick(["A", "B", "C", "D"])}`],
          ["NHS no", `${n(3)} ${n(3)} ${n(4)}`],
          ["passport", `${n(9)}`],
        ]);
      case "en_AU":
        return this.pick<[string, string]>([
          ["TFN", `${n(3)} ${n(3)} ${n(3)}`],
          ["Medicare", `${this.int(2, 6)}${n(3)} ${n(5)} ${this.int(1, 9)}`],
          ["passport", `${L(2)}${n(7)}`],
        ]);
      case "en_IN":
        return this.pick<[string, string]>([
          ["Aadhaar", `${this.int(2, 9)}${n(3)} ${n(4)} ${n(4)}`],
          ["PAN", `${L(3)}P${L(1)}${n(4)}${L(1)}`],
          ["passport", `${L(1)}${n(7)}`],
        ]);
      case "pl":
        return ["PESEL", `${n(2)}${pad(this.int(1, 12))}${pad(this.int(1, 28))}${n(5)}`];
      case "pt_BR":
        return ["CPF", this.chance(0.7) ? `${n(3)}.${n(3)}.${n(3)}-${n(2)}` : n(11)];
      case "sv":
        return [
          "personnummer",
          `${this.int(50, 99)}${pad(this.int(1, 12))}${pad(this.int(1, 28))}-${n(4)}`,
        ];
      case "de":
        return this.pick<[string, string]>([
          [
            "Steuer-ID",
            this.chance(0.5)
              ? `${this.int(1, 9)}${n(10)}`
              : `${this.int(1, 9)}${n(1)} ${n(3)} ${n(3)} ${n(3)}`,
          ],
          ["Personalausweis-Nr.", `${L(1)}${n(2)}${L(1)}${n(2)}${L(1)}${n(2)}`],
          [
            "SV-Nummer",
            `${n(2)} ${pad(this.int(1, 28))}${pad(this.int(1, 12))}${n(2)} ${L(1)} ${n(3)}`,
          ],
        ]);
      case "fr":
        return [
          "n° de sécurité sociale",
          this.chance(0.5)
            ? `${this.int(1, 2)} ${n(2)} ${pad(this.int(1, 12))} ${n(2)} ${n(3)} ${n(3)} ${n(2)}`
            : `${this.int(1, 2)}${n(2)}${pad(this.int(1, 12))}${n(10)}`,
        ];
      case "es":
        return this.pick<[string, string]>([
          ["DNI", `${n(8)}${L(1)}`],
          ["DNI", `${n(8)}-${L(1)}`],
          ["NIE", `${this.pick(["X", "Y", "Z"])}${n(7)}${L(1)}`],
        ]);
      case "nl":
        return [
          "BSN",
          this.chance(0.7)
            ? `${this.int(1, 9)}${n(8)}`
            : `${this.int(1, 9)}${n(3)}.${n(2)}.${n(3)}`,
        ];
      case "it":
        return ["codice fiscale", `${L(6)}${n(2)}${L(1)}${n(2)}${L(1)}${n(3)}${L(1)}`];
    }
  }
  // ---- non-PII fillers ----
  city(): string {
    return this.f.location.city();
  }
  company(): string {
    return this.f.company.name();
  }
  product(): string {
    return this.f.commerce.productName();
  }
  price(): string {
    const v = this.f.commerce.price({ min: 5, max: 2500 });
    return this.lang === "en"
      ? `${this.pick(["$", "£", "A$", "₹", "€"])}${v}`
      : `${v.replace(".", ",")} €`;
  }
  order(): string {
    return this.pick([
      `#${this.int(100000, 999999)}`,
      `ORD-${this.int(2021, 2025)}-${this.int(1000, 99999)}`,
      `${this.f.string.alpha({ length: 2, casing: "upper" })}${this.int(10000000, 99999999)}`,
      `INV${this.int(10000, 99999)}`,
    ]);
  }
  time(): string {
    return this.lang === "en" && this.chance(0.5)
      ? `${this.int(1, 12)}:${this.pick(["00", "15", "30", "45"])} ${
        this.pick(["am", "pm", "AM", "PM"])
      }`
      : `${pad(this.int(7, 19))}:${this.pick(["00", "15", "30", "45"])}`;
  }
  /** An ordinary (non-birth) date, recent or soon. */
  date(): string {
    const dt = this.chance(0.5) ? this.f.date.recent({ days: 60 }) : this.f.date.soon({ days: 60 });
    const d = dt.getUTCDate(), m = dt.getUTCMonth(), y = dt.getUTCFullYear();
    if (this.lang === "de") return `${pad(d)}.${pad(m + 1)}.${y}`;
    if (this.lang !== "en") {
      return this.pick([`${pad(d)}/${pad(m + 1)}/${y}`, `${d} ${MONTHS[this.lang][m]}`]);
    }
    if (this.usDates) return this.pick([`${m + 1}/${d}/${y}`, `${MONTHS.en[m]} ${d}`]);
    return this.pick([
      `${pad(d)}/${pad(m + 1)}/${y}`,
      `${d} ${MONTHS.en[m].slice(0, 3)}`,
      `${y}-${pad(m + 1)}-${pad(d)}`,
    ]);
  }
  isoTs(): string {
    return this.f.date.recent({ days: 10 }).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

type Tpl = (g: G, b: DocBuilder) => void;

// ====================================================================================
// English templates
// ====================================================================================
const EN: Tpl[] = [
  // 1 support ticket
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Ticket ${g.order()} — can't log in\nFrom: `,
      P(g.full(p)),
      " <",
      E(g.email(p)),
      ">\n",
      `hi, locked out since ${g.time()} this morning after the 2FA reset. phone on the account is `,
      PH(g.phone()),
      ` but I changed carriers. pls help, I need the ${g.product()} invoice today\n`,
      P(p.nick),
    );
  },
  // 2 HR note
  (g, b) => {
    const p = g.person(), m = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "HR note – ",
      P(`${p.last}, ${p.first}`),
      ` (emp E${g.int(10000, 99999)})\n`,
      `Start date ${g.date()}, Logistics, ${g.city()} site. DOB `,
      D(g.dob()),
      `; ${lab} `,
      I(id),
      ".\n",
      "Home: ",
      A(g.address()),
      `, ${g.city()}. Line manager: `,
      P(`${m.first[0]}. ${m.last}`),
      ".",
    );
  },
  // 3 doctor's note
  (g, b) => {
    const p = g.person(), doc = g.person();
    w(
      b,
      "To whom it may concern,\n",
      P(`${g.pick(["Mr", "Ms", "Mrs", "Mx"])} ${p.first} ${p.last}`),
      " (DOB ",
      D(g.dob()),
      `) attended the surgery on ${g.date()} and is unfit for work until ${g.date()} due to a lower back injury.\n`,
      "Dr ",
      P(doc.last),
      `, ${
        g.pick(["Riverside Medical Practice", "Parkview Health Centre", "Elm Tree Surgery"])
      } · tel `,
      PH(g.phone()),
    );
  },
  // 4 delivery notice
  (g, b) => {
    const p = g.person(), dr = g.person("male");
    w(
      b,
      `Your parcel ${g.order()} is out for delivery today between ${g.time()} and ${g.time()}.\n`,
      "Recipient: ",
      P(g.full(p)),
      ", ",
      A(g.address()),
      `, ${g.city()} ${g.f.location.zipCode()}\n`,
      "Your driver ",
      P(dr.first),
      " will ring ",
      PH(g.phone()),
      " if nobody answers the door.",
    );
  },
  // 5 invoice query
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Re: invoice ${g.order()} (${g.price()})\n`,
      `hey, we got charged twice for the ${g.product()}?? the card was `,
      C(g.card()),
      ". can you refund to our account instead: ",
      IB(g.iban()),
      "\n— ",
      P(g.full(p)),
      `, ${g.company()}`,
    );
  },
  // 6 meeting recap (known)
  (g, b) => {
    const a = g.person(), c = g.person(), d = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`, `${d.first} ${d.last}`);
    w(
      b,
      `Recap – Q${g.int(1, 4)} planning (${g.time()})\nAttendees: `,
      P(`${a.first} ${a.last}`),
      ", ",
      P(`${c.first} ${c.last}`),
      ", ",
      P(`${d.first} ${d.last}`),
      "\n- ",
      P(c.first),
      " to send the deck to ",
      P(d.first),
      " by Friday\n- ",
      P(a.first),
      ` to chase ${g.company()} re pricing (${g.price()}/seat)\nNext sync ${g.date()}`,
    );
  },
  // 7 chat lines
  (g, b) => {
    const a = g.person(), c = g.person("female"), d = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`, `${d.first} ${d.last}`);
    w(
      b,
      `[${g.time()}] `,
      P(a.nick.toLowerCase()),
      ": anyone have ",
      P(c.first),
      "'s mobile? need to move the 3pm\n[",
      g.time(),
      "] ",
      P(d.nick),
      ": ",
      PH(g.phone()),
      " - she prefers whatsapp tho",
    );
  },
  // 8 CRM record
  (g, b) => {
    const p = g.person();
    w(
      b,
      "Contact: ",
      P(`${p.last}, ${p.first}`),
      `\nAccount: ${g.company()} | Stage: Demo booked\n`,
      "Email: ",
      E(g.email(p)),
      " | Mobile: ",
      PH(g.phone()),
      "\nLinkedIn: ",
      U(g.url(p)),
      `\nLast touch ${g.date()} — wants ${g.product()} pricing for ${g.int(20, 400)} seats`,
    );
  },
  // 9 form submission
  (g, b) => {
    const p = g.person();
    w(
      b,
      "New submission: Contact us form\n",
      "First name: ",
      P(p.first),
      "\nLast name: ",
      P(p.last),
      "\nEmail: ",
      E(g.email(p)),
      "\nPhone: ",
      PH(g.phone()),
      `\nMessage: Hi, the ${g.product()} I ordered (${g.order()}) arrived broken. Please call after ${g.time()}.`,
    );
  },
  // 10 log lines
  (g, b) => {
    const p = g.person();
    w(
      b,
      `${g.isoTs()} INFO  auth.login ok user=`,
      E(g.email(p).toLowerCase()),
      " ip=",
      IPa(g.ip()),
      ` ua="Mozilla/5.0" sid=${g.f.string.hexadecimal({ length: 16, prefix: "" })}\n`,
      `${g.isoTs()} WARN  auth.login failed user=`,
      E(g.email(g.person())),
      " ip=",
      IPa(g.ip()),
      " reason=bad_password attempts=3",
    );
  },
  // 11 JSON record
  (g, b) => {
    const p = g.person();
    const [, id] = g.natId();
    w(
      b,
      `{"id": ${g.int(1000, 99999)}, "name": "`,
      P(`${p.first} ${p.last}`),
      `", "email": "`,
      E(g.email(p)),
      `", "phone": "`,
      PH(g.phone()),
      `",\n "dob": "`,
      D(g.dob()),
      `", "address": {"line1": "`,
      A(g.address()),
      `", "city": "${g.city()}"}, "tax_id": "`,
      I(id),
      `", "plan": "pro", "created": "${g.isoTs()}"}`,
    );
  },
  // 12 CSV with header
  (g, b) => {
    w(b, "first_name,last_name,email,phone,city,signup\n");
    const n = g.int(2, 4);
    for (let i = 0; i < n; i++) {
      const p = g.person();
      w(
        b,
        P(p.first),
        ",",
        P(p.last),
        ",",
        E(g.email(p)),
        ",",
        PH(g.phone().replace(/,/g, "")),
        `,${g.city().replace(/,/g, "")},${g.date().replace(/,/g, "")}\n`,
      );
    }
  },
  // 13 e-mail with signature
  (g, b) => {
    const to = g.person(), me = g.person();
    b.known.push(`${to.first} ${to.last}`, `${me.first} ${me.last}`);
    const withUrl = g.chance(0.4);
    w(
      b,
      "Hi ",
      P(to.nick),
      `,\n\nThanks for turning the ${g.product()} quote around so fast — ${g.price()} works for us, PO to follow.\n\nBest,\n`,
      P(`${me.first} ${me.last}`),
      `\n${g.f.person.jobTitle()} | ${g.company()}\nM: `,
      PH(g.phone()),
      " | ",
      E(g.email(me)),
    );
    if (withUrl) w(b, "\n", U(g.url(me)));
  },
  // 14 voicemail transcript (lower case)
  (g, b) => {
    const p = g.person();
    w(
      b,
      "voicemail transcript: hi this is ",
      P(`${p.first} ${p.last}`.toLowerCase()),
      ` um calling about claim ${g.order().toLowerCase()} ` +
        "my date of birth is ",
      D(g.dob().toLowerCase()),
      " uh you can reach me on ",
      PH(g.phone()),
      " after five thanks bye",
    );
  },
  // 15 security alert
  (g, b) => {
    const p = g.person();
    w(
      b,
      "Hi ",
      P(p.first),
      `, we noticed a new sign-in to your account from ${g.city()} (IP `,
      IPa(g.ip()),
      `) on ${g.date()} at ${g.time()}.\nIf this wasn't you, reset your password and contact security@${
        slug(g.company())
      }.com.`,
    );
  },
  // 16 rental application
  (g, b) => {
    const p = g.person(), r = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "Rental application — Unit 3B\nApplicant: ",
      P(g.full(p)),
      ` | ${lab}: `,
      I(id),
      "\nCurrent address: ",
      A(g.address()),
      `\nEmployer: ${g.company()}, income ${g.price()}/mo\nReference: `,
      P(`${r.first} ${r.last}`),
      " ",
      PH(g.phone()),
    );
  },
  // 17 slack request
  (g, b) => {
    const a = g.person(), c = g.person();
    b.known.push(`${a.first} ${a.last}`);
    w(
      b,
      "@",
      P(a.nick.toLowerCase()),
      " can you add ",
      P(`${c.first} ${c.last}`),
      " to #billing-eu? starts monday, email is ",
      E(g.email(c)),
      " 🙏",
    );
  },
  // 18 bank transfer request
  (g, b) => {
    const p = g.person();
    w(
      b,
      `please send ${g.price()} to `,
      P(g.full(p)),
      " — IBAN ",
      IB(g.iban()),
      ` ref "${g.pick(["march rent", "deposit", "flat 2 share", "invoice " + g.order()])}". cheers`,
    );
  },
  // 19 chargeback dispute
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Dispute ${g.order()}: cardholder `,
      P(p.last.toUpperCase() + " " + p.first.toUpperCase()),
      " says she never received ",
      `${g.product()} (${g.price()}). Card `,
      C(g.card()),
      `, exp ${pad(g.int(1, 12))}/${g.int(26, 30)}. Billing addr `,
      A(g.address()),
      ".",
    );
  },
  // 20 recruiting note
  (g, b) => {
    const p = g.person(), rec = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "Candidate: ",
      P(`${p.first} ${p.last}`),
      " — ",
      U(g.url(p)),
      `\nPhone screen done (`,
      P(rec.first),
      "), strong on TypeScript, wants hybrid. ",
      E(g.email(p)),
      ` / `,
      PH(g.phone()),
      `\nVisa sponsorship needed, ${lab} `,
      I(id),
    );
  },
  // 21 IT access request
  (g, b) => {
    const p = g.person();
    w(
      b,
      "Please allowlist ",
      IPa(g.ip()),
      " and ",
      IPa(g.ip()),
      " on the VPN for ",
      P(`${slug(p.first)}.${slug(p.last)}`),
      ` (contractor, ${g.company()}) until ${g.date()}. Ticket ${g.order()}.`,
    );
  },
  // 22 calendar invite (known)
  (g, b) => {
    const a = g.person(), c = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`);
    w(
      b,
      "Invitation: 1:1 ",
      P(a.first),
      " / ",
      P(c.first),
      `\nWhen: ${g.date()} ${g.time()}–${g.time()}\nWhere: Zoom (link in description)\nGuests: `,
      E(g.email(a)),
      ", ",
      E(g.email(c)),
      "\nOrganizer: ",
      P(`${a.first} ${a.last}`),
    );
  },
  // 23 insurance claim
  (g, b) => {
    const p = g.person(), t = g.person();
    w(
      b,
      "Policyholder: ",
      P(g.full(p)),
      ", DOB ",
      D(g.dob()),
      `\nPolicy POL-${g.int(100000, 999999)} / claim ${g.order()}\n`,
      "Incident at ",
      A(g.address()),
      ` on ${g.date()}. Third party: `,
      P(`${t.first} ${t.last}`),
      ", tel ",
      PH(g.phone()),
    );
  },
  // 24 sms
  (g, b) => {
    const a = g.person(), c = g.person();
    w(
      b,
      "hey its ",
      P(a.nick),
      " 🙂 new number btw ",
      PH(g.phone()),
      ". tell ",
      P(c.nick),
      ` im running late, there by ${g.time()}`,
    );
  },
  // 25 pharmacy refill
  (g, b) => {
    const p = g.person(), doc = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "Refill request: ",
      P(`${p.last.toUpperCase()} ${p.first}`),
      " dob ",
      D(g.dob()),
      ` ${lab} `,
      I(id),
      `\nAtorvastatin 20mg x90, prescriber Dr. `,
      P(doc.last),
      `. Pickup at the ${g.city()} branch after ${g.time()}.`,
    );
  },
  // 26 shipping label
  (g, b) => {
    const p = g.person();
    w(
      b,
      "SHIP TO:\n",
      P(`${p.first} ${p.last}`.toUpperCase()),
      "\n",
      A(g.address().toUpperCase()),
      `\n${g.city().toUpperCase()} ${g.f.location.zipCode()}\n`,
      "TEL ",
      PH(g.phone()),
      `\nREF ${g.order()}  WT 2.4KG`,
    );
  },
  // 27 expense line
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Expense claim — `,
      P(`${p.first[0]}. ${p.last}`),
      `: taxi to airport ${g.price()}, hotel ${g.price()} (${g.city()}).\n`,
      "Paid on personal card ",
      C(g.card()),
      "; please reimburse to ",
      IB(g.iban()),
      ".",
    );
  },
  // 28 school pickup note
  (g, b) => {
    const kid = g.person(), aunt = g.person("female"), par = g.person();
    w(
      b,
      "Hi Mrs ",
      P(g.f.person.lastName()),
      ", ",
      P(kid.first),
      " will be collected today by her aunt ",
      P(`${aunt.first} ${aunt.last}`),
      " (",
      PH(g.phone()),
      `) at ${g.time()}. Thanks, `,
      P(par.nick),
    );
  },
  // 29 maintenance request
  (g, b) => {
    const p = g.person();
    w(
      b,
      "Leak under the kitchen sink again!! ",
      A(g.address()),
      ". It's ",
      P(g.full(p)),
      " — please call ",
      PH(g.phone()),
      ` before ${g.time()}, I work nights.`,
    );
  },
  // 30 standup notes (known)
  (g, b) => {
    const ps = [g.person(), g.person(), g.person(), g.person()];
    for (const p of ps) b.known.push(`${p.first} ${p.last}`);
    w(
      b,
      `standup ${g.date()}\n`,
      P(ps[0].first),
      ": finished the CSV export, PR up\n",
      P(ps[1].first),
      ": blocked on ",
      P(ps[2].last),
      "'s review\n",
      P(ps[3].first),
      ` OOO til ${g.date()}, `,
      P(ps[2].first),
      " covering on-call",
    );
  },
  // 31 KYC update
  (g, b) => {
    const p = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "KYC update for ",
      P(`${p.first} ${p.last}`),
      `: ${lab} `,
      I(id),
      ", mobile ",
      PH(g.phone()),
      ", DOB ",
      D(g.dob()),
      ". Address proof (utility bill) shows ",
      A(g.address()),
      ".",
    );
  },
  // 32 git commit
  (g, b) => {
    const p = g.person(), c = g.person();
    b.known.push(`${p.first} ${p.last}`, `${c.first} ${c.last}`);
    w(
      b,
      `commit ${g.f.git.commitSha()}\nAuthor: `,
      P(`${p.first} ${p.last}`),
      " <",
      E(g.email(p)),
      `>\nDate:   ${g.f.git.commitDate()}\n\n    fix(billing): round VAT per line (reported by `,
      P(c.first),
      ")",
    );
  },
  // 33 error log with PII
  (g, b) => {
    const p = g.person();
    w(
      b,
      `${g.isoTs()} ERROR payments ValidationError: IBAN "`,
      IB(g.iban()),
      `" rejected for customer_email=`,
      E(g.email(p)),
      ` amount=${g.price()} req_id=${g.f.string.uuid()}`,
    );
  },
  // 34 customer review reply
  (g, b) => {
    const p = g.person();
    w(
      b,
      "Thanks so much ",
      P(p.first),
      `! Sorry the ${g.product()} was late. We've refunded shipping (${g.price()}) — if anything else comes up, ask for `,
      P(g.person().nick),
      ` at our ${g.city()} store.`,
    );
  },
  // 35 gym membership form (key=value)
  (g, b) => {
    const p = g.person(), em = g.person();
    w(
      b,
      "member_name=",
      P(`${p.first} ${p.last}`),
      " | dob=",
      D(g.dob()),
      " | addr=",
      A(g.address()),
      " | emergency_contact=",
      P(`${em.first} ${em.last}`),
      " ",
      PH(g.phone()),
      ` | plan=annual ${g.price()}`,
    );
  },
];
// ====================================================================================
// German / French / Spanish / Dutch / Italian templates
// ====================================================================================
const DE: Tpl[] = [
  // Krankmeldung
  (g, b) => {
    const p = g.person(), boss = g.person();
    b.known.push(`${p.first} ${p.last}`, `${boss.first} ${boss.last}`);
    w(
      b,
      "Hallo Frau ",
      P(boss.last),
      ",\nich bin leider seit gestern krank, die AU reiche ich nach. Erreichbar unter ",
      PH(g.phone()),
      ".\nViele Grüße\n",
      P(`${p.first} ${p.last}`),
    );
  },
  // Zustellung
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Ihre Sendung ${g.order()} wird am ${g.date()} zwischen ${g.time()} und ${g.time()} Uhr zugestellt an:\n`,
      P(g.full(p)),
      "\n",
      A(g.address()),
      `\n${g.f.location.zipCode()} ${g.city()}`,
    );
  },
  // SEPA-Mandat
  (g, b) => {
    const p = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "SEPA-Lastschriftmandat\nKontoinhaber: ",
      P(`${p.last}, ${p.first}`),
      "\nIBAN: ",
      IB(g.iban()),
      "\nGeb.-Datum: ",
      D(g.dob()),
      `  ${lab}: `,
      I(id),
      `\nBetrag: ${g.price()} monatlich`,
    );
  },
  // Ticket
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Ticket ${g.order()}: Kunde `,
      P(`${p.first} ${p.last}`),
      " (",
      E(g.email(p)),
      ") meldet, dass der Login seit ",
      g.date(),
      " nicht geht. Letzte IP ",
      IPa(g.ip()),
      ". Rückruf an ",
      PH(g.phone()),
      " erbeten.",
    );
  },
];
const FR: Tpl[] = [
  // certificat médical
  (g, b) => {
    const p = g.person(), doc = g.person();
    w(
      b,
      "Je soussigné Dr ",
      P(`${doc.first} ${doc.last}`),
      ", certifie avoir examiné ",
      P(`${g.pick(["M.", "Mme"])} ${p.last.toUpperCase()} ${p.first}`),
      ", né(e) le ",
      D(g.dob()),
      `, ce jour, et prescris un arrêt de travail jusqu'au ${g.date()}.`,
    );
  },
  // réclamation facture
  (g, b) => {
    const p = g.person();
    w(
      b,
      `Bonjour,\nj'ai été débitée deux fois pour la commande ${g.order()} (${g.price()}). Carte `,
      C(g.card()),
      ".\nMerci de rembourser sur mon IBAN ",
      IB(g.iban()),
      "\nCordialement,\n",
      P(`${p.first} ${p.last}`),
      "\n",
      PH(g.phone()),
    );
  },
  // compte rendu (known)
  (g, b) => {
    const a = g.person(), c = g.person(), d = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`, `${d.first} ${d.last}`);
    w(
      b,
      `Compte rendu réunion du ${g.date()}\nPrésents : `,
      P(`${a.first} ${a.last}`),
      ", ",
      P(`${c.first} ${c.last}`),
      ", ",
      P(`${d.first} ${d.last}`),
      "\n- ",
      P(c.first),
      ` relance ${g.company()} pour le devis\n- `,
      P(d.last),
      " envoie le planning avant vendredi",
    );
  },
];
const ES: Tpl[] = [
  // aviso de entrega
  (g, b) => {
    const p = g.person(), r = g.person("male");
    w(
      b,
      `Tu pedido ${g.order()} llega hoy. Destinatario: `,
      P(g.full(p)),
      ", ",
      A(g.address()),
      `, ${g.city()}.\nEl repartidor `,
      P(r.first),
      " te llamará al ",
      PH(g.phone()),
      ".",
    );
  },
  // consulta factura con DNI
  (g, b) => {
    const p = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      `Hola, os escribo por la factura ${g.order()} de ${g.price()}. Está a nombre de `,
      P(`${p.first} ${p.last}`),
      `, ${lab} `,
      I(id),
      ", pero el correo correcto es ",
      E(g.email(p)),
      ". Gracias!",
    );
  },
  // nota de voz (minúsculas)
  (g, b) => {
    const p = g.person(), c = g.person();
    w(
      b,
      "transcripción: hola soy ",
      P(`${p.first}`.toLowerCase()),
      " eh te llamo porque ",
      P(c.first.toLowerCase()),
      " no me ha pasado la dirección nueva, es ",
      A(g.address().toLowerCase()),
      " vale? llámame al ",
      PH(g.phone()),
      " un beso",
    );
  },
];
const NL: Tpl[] = [
  // klachtformulier
  (g, b) => {
    const p = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "Klachtformulier\nNaam: ",
      P(g.full(p)),
      `\n${lab}: `,
      I(id),
      "\nGeboortedatum: ",
      D(g.dob()),
      "\nRekening: ",
      IB(g.iban()),
      `\nOmschrijving: ${g.product()} defect na 2 weken.`,
    );
  },
  // chat
  (g, b) => {
    const a = g.person(), c = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`);
    w(
      b,
      `[${g.time()}] `,
      P(a.first),
      ": heeft iemand het adres van ",
      P(c.first),
      "? \n[",
      g.time(),
      "] ",
      P(g.person().first),
      ": ",
      A(g.address()),
      `, ${g.city()}. bel eerst even, `,
      PH(g.phone()),
    );
  },
];
const IT: Tpl[] = [
  // richiesta assistenza
  (g, b) => {
    const p = g.person();
    const [lab, id] = g.natId();
    w(
      b,
      "Buongiorno, sono ",
      P(`${p.first} ${p.last}`),
      `, ${lab} `,
      I(id),
      `. Il ${g.product()} (ordine ${g.order()}) non si accende.\n`,
      "Potete richiamarmi al ",
      PH(g.phone()),
      " o scrivermi a ",
      E(g.email(p)),
      "? Grazie",
    );
  },
  // verbale (known)
  (g, b) => {
    const a = g.person(), c = g.person();
    b.known.push(`${a.first} ${a.last}`, `${c.first} ${c.last}`);
    w(
      b,
      `Verbale riunione ${g.date()}\nPresenti: `,
      P(`${a.first} ${a.last}`),
      ", ",
      P(`${c.first} ${c.last}`),
      "\n",
      P(a.first),
      ` prepara il budget (${g.price()}); `,
      P(c.last),
      ` sente ${g.company()} entro ${g.date()}.`,
    );
  },
];

const EN_LOCS: Loc[] = [
  "en_US",
  "en_GB",
  "en_AU",
  "en_IN",
  "en_US",
  "en_GB",
  "pl",
  "pt_BR",
  "sv",
  "en_US",
];
const FOREIGN: [Loc, Tpl][] = [
  ...DE.map((t): [Loc, Tpl] => ["de", t]),
  ...FR.map((t): [Loc, Tpl] => ["fr", t]),
  ...ES.map((t): [Loc, Tpl] => ["es", t]),
  ...NL.map((t): [Loc, Tpl] => ["nl", t]),
  ...IT.map((t): [Loc, Tpl] => ["it", t]),
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  let ei = 0, fi = 0;
  for (let i = 0; i < 300; i++) {
    const b = new DocBuilder();
    if (i % 10 < 7) {
      const t = EN[ei % EN.length];
      const loc = EN_LOCS[(ei + 2 * Math.floor(ei / EN.length)) % EN_LOCS.length];
      t(new G(97_000 + i, loc), b);
      ei++;
    } else {
      const [loc, t] = FOREIGN[fi % FOREIGN.length];
      t(new G(97_000 + i, loc), b);
      fi++;
    }
    out.push(b.done());
  }
  return out;
}
