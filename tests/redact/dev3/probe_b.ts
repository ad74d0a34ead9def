// probe_b: structured / semi-structured pastes (JSON, CSV, YAML, logs, HTML, SQL, vCard, iCal,
// mail headers, URLs, git trailers, ticket exports ...). Deterministic (fixed faker seeds).
import { type Doc, DocBuilder } from "../_corpus.ts";
import { base, de, en, en_GB, en_US, es, Faker, fr, it, nl } from "@faker-js/faker";

type Loc = "us" | "gb" | "de" | "fr" | "es" | "nl" | "it";
const LOCS: { code: Loc; def: Faker["rawDefinitions"]; cc: string }[] = [
  { code: "us", def: en_US, cc: "US" },
  { code: "gb", def: en_GB, cc: "GB" },
  { code: "de", def: de, cc: "DE" },
  { code: "fr", def: fr, cc: "FR" },
  { code: "es", def: es, cc: "ES" },
  { code: "nl", def: nl, cc: "NL" },
  { code: "it", def: it, cc: "IT" },
];
const FREEMAIL: Record<Loc, string[]> = {
  us: ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
  gb: ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "sky.com"],
  de: ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de"],
  fr: ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
  es: ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net"],
  nl: ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
  it: ["libero.it", "virgilio.it", "gmail.com", "tiscali.it", "alice.it"],
};

interface P {
  first: string;
  last: string;
  full: string;
}

const ascii = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]/g, "");

class Gen {
  f: Faker;
  loc: Loc;
  cc: string;
  constructor(seed: number, l: (typeof LOCS)[number]) {
    this.f = new Faker({ locale: [l.def, en, base] });
    this.f.seed(seed);
    this.loc = l.code;
    this.cc = l.cc;
  }
  pick<T>(xs: readonly T[]): T {
    return this.f.helpers.arrayElement(xs as T[]);
  }
  int(a: number, b: number) {
    return this.f.number.int({ min: a, max: b });
  }
  chance(p: number) {
    return this.f.datatype.boolean({ probability: p });
  }
  person(): P {
    const first = this.f.person.firstName();
    const last = this.f.person.lastName();
    return { first, last, full: `${first} ${last}` };
  }
  email(p: P, domain?: string): string {
    const a = ascii(p.first), l = ascii(p.last);
    const fm = this.pick(FREEMAIL[this.loc]);
    if (domain) {
      return this.pick([
        `${a}.${l}@${domain}`,
        `${a[0]}${l}@${domain}`,
        `${a}@${domain}`,
        `${l}.${a}@${domain}`,
      ]);
    }
    return this.pick([
      `${a}.${l}@${fm}`,
      `${a}${l}${this.int(1, 99)}@${fm}`,
      `${l}.${a}@${fm}`,
      `${a[0]}.${l}@${fm}`,
      this.f.internet.email({ firstName: p.first, lastName: p.last }),
      `${a}_${l}@${fm}`,
    ]);
  }
  domain(): string {
    return this.f.internet.domainName();
  }
  phone(): string {
    const ph = this.f.phone.number({
      style: this.pick(["human", "national", "international"] as const),
    });
    return ph;
  }
  card(): string {
    const raw = this.f.finance.creditCardNumber(
      this.pick(["visa", "mastercard", "visa", "discover"]),
    );
    const d = raw.replace(/\D/g, "");
    const sep = this.pick(["", " ", "-", " "]);
    return sep === "" ? d : d.match(/.{1,4}/g)!.join(sep);
  }
  iban(): string {
    const cc = this.loc === "us" ? this.pick(["DE", "GB", "FR"]) : this.cc;
    return this.f.finance.iban({ formatted: this.chance(0.5), countryCode: cc });
  }
  ip(): string {
    return this.chance(0.8) ? this.f.internet.ipv4() : this.f.internet.ipv6();
  }
  digits(n: number, nonzeroFirst = true) {
    let s = nonzeroFirst ? String(this.int(1, 9)) : "";
    while (s.length < n) s += String(this.int(0, 9));
    return s;
  }
  /** National id / SSN / passport, country-appropriate. Returns [label, value]. */
  id(): [string, string] {
    const L = "ABCDEFGHJKLMNPRSTWXYZ";
    switch (this.loc) {
      case "us": {
        const s = `${this.int(100, 665)}-${this.digits(2, true)}-${this.digits(4, true)}`;
        return this.chance(0.8) ? ["ssn", s] : ["ssn", s.replace(/-/g, "")];
      }
      case "gb": {
        const pre = this.pick(["AB", "CE", "JK", "NP", "SR", "WL", "YZ", "HT", "PR", "TM"]);
        const n = this.digits(6, false), suf = this.pick(["A", "B", "C", "D"]);
        return [
          "ni_number",
          this.chance(0.5)
            ? `${pre} ${n.slice(0, 2)} ${n.slice(2, 4)} ${n.slice(4)} ${suf}`
            : `${pre}${n}${suf}`,
        ];
      }
      case "de": {
        if (this.chance(0.6)) {
          const n = this.digits(11);
          return [
            "steuer_id",
            this.chance(0.5)
              ? `${n.slice(0, 2)} ${n.slice(2, 5)} ${n.slice(5, 8)} ${n.slice(8)}`
              : n,
          ];
        }
        let s = this.pick(["L", "T", "C", "F"]);
        for (let i = 0; i < 8; i++) s += this.pick([..."CFGHJKLMNPRTVWXYZ0123456789"]);
        return ["ausweis_nr", s];
      }
      case "fr": {
        const body = `${this.int(1, 2)}${this.digits(2, false)}${
          String(this.int(1, 12)).padStart(2, "0")
        }${String(this.int(1, 95)).padStart(2, "0")}${this.digits(3, false)}${
          this.digits(3, false)
        }`;
        const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, "0");
        const spaced = `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${
          body.slice(7, 10)
        } ${body.slice(10, 13)} ${key}`;
        return ["num_secu", this.chance(0.5) ? spaced : body + key];
      }
      case "es": {
        if (this.chance(0.75)) {
          const n = this.digits(8, false);
          return ["dni", `${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(n) % 23]}`];
        }
        const p = this.int(0, 2), n = this.digits(7, false);
        return ["nie", `${"XYZ"[p]}${n}${"TRWAGMYFPDXBNJZSQVHLCKE"[Number(`${p}${n}`) % 23]}`];
      }
      case "nl": {
        for (;;) {
          const n = this.digits(9);
          let s = 0;
          for (let i = 0; i < 8; i++) s += Number(n[i]) * (9 - i);
          s -= Number(n[8]);
          if (s % 11 === 0) {
            return [
              "bsn",
              this.chance(0.3) ? `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6)}` : n,
            ];
          }
        }
      }
      case "it": {
        let s = "";
        for (let i = 0; i < 6; i++) s += this.pick([..."BCDFGLMNPRSTVZ"]);
        s += this.digits(2, false) + this.pick([..."ABCDEHLMPRST"]) +
          String(this.int(1, 71)).padStart(2, "0");
        s += this.pick([..."ADFHLMRZ"]) + this.digits(3, false) + this.pick([...L]);
        return ["codice_fiscale", s];
      }
    }
  }
  passport(): string {
    return this.loc === "us" || this.loc === "gb"
      ? this.digits(9)
      : `${this.pick(["C", "F", "X", "Y"])}${this.pick(["A", "K", "R"])}${this.digits(7, false)}`;
  }
  dobParts() {
    const d = this.f.date.birthdate({
      mode: "age",
      min: 18,
      max: 80,
      refDate: "2025-06-01T00:00:00Z",
    });
    return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
  }
  dobIso(): string {
    const { y, m, d } = this.dobParts();
    return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  }
  dobLocal(): string {
    const { y, m, d } = this.dobParts();
    const mm = String(m).padStart(2, "0"), dd = String(d).padStart(2, "0");
    switch (this.loc) {
      case "us":
        return this.pick([`${m}/${d}/${y}`, `${mm}/${dd}/${y}`]);
      case "de":
        return `${dd}.${mm}.${y}`;
      case "nl":
        return `${dd}-${mm}-${y}`;
      default:
        return `${dd}/${mm}/${y}`;
    }
  }
  address(): string {
    return this.f.location.streetAddress(this.chance(0.35));
  }
  city() {
    return this.f.location.city();
  }
  zip() {
    return this.f.location.zipCode();
  }
  company() {
    return this.f.company.name();
  }
  handle(p: P) {
    const a = ascii(p.first), l = ascii(p.last);
    return this.pick([`${a}${l}`, `${a}-${l}`, `${a[0]}${l}`, `${a}${l}${this.int(1, 99)}`]);
  }
  personalUrl(p: P): string {
    const a = ascii(p.first), l = ascii(p.last);
    return this.pick([
      `https://www.linkedin.com/in/${a}-${l}-${this.f.string.alphanumeric(6).toLowerCase()}`,
      `https://github.com/${this.handle(p)}`,
      `https://${a}${l}.${this.pick(["com", "dev", "me", "net"])}`,
      `https://x.com/${this.handle(p)}`,
      `https://about.me/${a}.${l}`,
      `https://www.xing.com/profile/${p.first.replace(/\s/g, "")}_${p.last.replace(/\s/g, "")}`,
    ]);
  }
  orderNo() {
    return this.pick(["ORD", "SO", "INV", "PO"]) + "-" + this.digits(this.int(5, 8));
  }
  price() {
    return (this.int(300, 250000) / 100).toFixed(2);
  }
  ts() {
    return this.f.date.between({ from: "2023-01-01T00:00:00Z", to: "2025-06-30T00:00:00Z" })
      .toISOString();
  }
  day() {
    return this.ts().slice(0, 10);
  }
  product() {
    return this.f.commerce.productName();
  }
  uuid() {
    return this.f.string.uuid();
  }
  hex(n: number) {
    return this.f.string.hexadecimal({ length: n, casing: "lower", prefix: "" });
  }
  initials(p: P) {
    return `${p.first[0]}. ${p.last}`;
  }
}

type T = (g: Gen, b: DocBuilder) => void;

// ---------------------------------------------------------------- templates

const crmJsonPretty: T = (g, b) => {
  const p = g.person();
  const [idk, idv] = g.id();
  b.text(`{\n  "customer": {\n    "id": "CUS-${g.digits(6)}",\n    "name": "`).ent("PERSON", p.full)
    .text(`",\n    "email": "`)
    .ent("EMAIL", g.email(p)).text(`",\n    "phone": "`).ent("PHONE", g.phone()).text(`",\n`);
  if (g.chance(0.5)) b.text(`    "${idk}": "`).ent("ID", idv).text(`",\n`);
  if (g.chance(0.5)) b.text(`    "date_of_birth": "`).ent("DATE", g.dobIso()).text(`",\n`);
  b.text(`    "address": {\n      "line1": "`).ent("ADDRESS", g.address()).text(
    `",\n      "city": "${g.city()}",\n      "postal_code": "${g.zip()}",\n      "country": "${g.cc}"\n    },\n    "segment": "${
      g.pick(["smb", "enterprise", "consumer"])
    }"\n  },\n  "last_order": { "number": "${g.orderNo()}", "total": ${g.price()}, "currency": "EUR", "created": "${g.ts()}" }\n}`,
  );
  if (g.chance(0.4)) {
    b.text(`\n\ncan you tell me why this customer's record fails schema validation?`);
  } else b.text(`\n`);
};

const ticketsJsonMin: T = (g, b) => {
  const n = g.int(2, 4);
  b.text(g.pick(["here's the API response:\n", "", "GET /api/v2/tickets?status=open returned\n"]));
  b.text(`{"data":[`);
  for (let i = 0; i < n; i++) {
    const a = g.person(), r = g.person();
    if (i) b.text(",");
    b.text(
      `{"id":${g.int(1000, 99999)},"title":"${
        g.pick([
          "Printer offline",
          "VPN drops hourly",
          "Refund not received",
          "Cannot reset password",
          "Invoice total wrong",
          "Dashboard slow",
        ])
      }","status":"${g.pick(["open", "pending", "in_progress"])}","assignee":{"name":"`,
    )
      .ent("PERSON", a.full).text(`","email":"`).ent("EMAIL", g.email(a, "helpdesk." + g.domain()))
      .text(`"},"reporter":"`)
      .ent("EMAIL", g.email(r)).text(`","created_at":"${g.ts()}","priority":${g.int(1, 4)}}`);
  }
  b.text(`],"meta":{"page":1,"per_page":25,"total":${n}}}`);
  if (g.chance(0.5)) b.text(`\nwhy is meta.total wrong when I filter by assignee?`);
};

const csvUnquoted: T = (g, b) => {
  const sep = g.pick([",", ",", "\t"]);
  b.text(
    ["id", "first_name", "last_name", "email", "phone", "city", "signup_date", "plan"].join(sep) +
      "\n",
  );
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    b.text(`${g.int(100, 9999)}${sep}`).ent("PERSON", p.first).text(sep).ent("PERSON", p.last).text(
      sep,
    )
      .ent("EMAIL", g.email(p)).text(sep).ent("PHONE", g.phone()).text(
        `${sep}${g.city()}${sep}${g.day()}${sep}${g.pick(["free", "pro", "team", "enterprise"])}\n`,
      );
  }
  b.text(g.pick(["", "dedupe these by email please", "which rows have invalid phone numbers?"]));
};

const csvSemicolonQuoted: T = (g, b) => {
  const de = g.loc === "de" || g.loc === "nl";
  b.text(
    de
      ? `"Kundennr";"Name";"IBAN";"Strasse";"Ort";"Betrag";"Faellig"\n`
      : `"customer_no";"name";"iban";"street";"city";"amount";"due"\n`,
  );
  const n = g.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    const nm = g.chance(0.4) ? `${p.last}, ${p.first}` : p.full;
    b.text(`"${g.digits(6)}";"`).ent("PERSON", nm).text(`";"`).ent("IBAN", g.iban()).text(`";"`)
      .ent("ADDRESS", g.address())
      .text(`";"${g.city()}";"${g.price().replace(".", ",")}";"${g.day()}"\n`);
  }
  b.text(
    g.pick([
      "",
      "Excel zeigt die IBANs als Zahlen an, wie verhindere ich das?",
      "SEPA import rejects this file, what's wrong?",
    ]),
  );
};

const yamlOncall: T = (g, b) => {
  b.text(
    `# on-call rotation for ${
      g.pick(["payments", "search", "platform", "billing"])
    } (generated ${g.day()})\nservice: ${
      g.pick(["checkout-api", "indexer", "edge-proxy", "ledger"])
    }\nescalation_timeout: ${g.int(5, 30)}m\noncall:\n`,
  );
  const n = g.int(2, 3);
  const ps: P[] = [];
  for (let i = 0; i < n; i++) {
    const p = g.person();
    ps.push(p);
    b.text(`  - name: `).ent("PERSON", p.full).text(`\n    email: `).ent(
      "EMAIL",
      g.email(p, g.domain()),
    ).text(`\n    phone: "`)
      .ent("PHONE", g.phone()).text(
        `"\n    shift: ${g.pick(["mon-wed", "thu-sun", "weekend", "weekdays"])}\n`,
      );
  }
  b.text(`manager:\n  name: `);
  const m = g.person();
  b.ent("PERSON", `${m.first} ${m.last}`).text(`\n  slack: "@`).ent(
    "PERSON",
    m.first.toLowerCase().replace(/\s/g, ""),
  ).text(`"\n`);
  if (g.chance(0.5)) {
    b.text(`# TODO `).ent("PERSON", ps[0].first).text(
      ` leaves in ${g.pick(["March", "Q3", "two weeks"])}, replace\n`,
    );
  }
};

const kvLog: T = (g, b) => {
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    const lvl = g.pick(["info", "warn", "error", "debug"]);
    b.text(
      `ts=${g.ts()} level=${lvl} svc=${g.pick(["auth", "api-gw", "billing", "notifier"])} req_id=${
        g.hex(12)
      } `,
    );
    const k = g.int(0, 3);
    if (k === 0) {
      b.text(`msg="login ok" user=`).ent("EMAIL", g.email(p)).text(` src_ip=`).ent("IP", g.ip())
        .text(` latency_ms=${g.int(4, 900)}\n`);
    } else if (k === 1) {
      b.text(`msg="sms sent" to="`).ent("PHONE", g.phone()).text(
        `" template=otp_v${g.int(1, 4)} cost=0.0${g.int(1, 9)}\n`,
      );
    } else if (k === 2) {
      b.text(`msg="profile updated" actor_name="`).ent("PERSON", p.full).text(
        `" field=shipping_address new="`,
      ).ent("ADDRESS", g.address()).text(`"\n`);
    } else {b.text(`msg="payment declined" card=`).ent("CARD", g.card()).text(
        ` amount=${g.price()} reason=${
          g.pick(["insufficient_funds", "do_not_honor", "expired_card"])
        } client=`,
      ).ent("IP", g.ip()).text(`\n`);}
  }
};

const javaStack: T = (g, b) => {
  const p = g.person();
  const e = g.email(p);
  b.text(
    `${g.ts().replace("T", " ").slice(0, 23)} ERROR [http-nio-8080-exec-${g.int(1, 40)}] c.a.${
      g.pick(["account", "billing", "crm"])
    }.UserService - lookup failed for `,
  )
    .ent("EMAIL", e).text(
      `\n${
        g.pick(["com.acme", "io.shopstack", "de.kundenportal"])
      }.account.UserNotFoundException: No active account for email='`,
    ).ent("EMAIL", e)
    .text(`' (name=`).ent("PERSON", p.full).text(`, phone=`).ent("PHONE", g.phone()).text(
      `)\n\tat com.acme.account.UserService.findByEmail(UserService.java:${
        g.int(40, 400)
      })\n\tat com.acme.account.AccountController.reset(AccountController.java:${
        g.int(20, 200)
      })\n\tat jdk.internal.reflect.GeneratedMethodAccessor${
        g.int(10, 99)
      }.invoke(Unknown Source)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)\nCaused by: org.hibernate.exception.ConstraintViolationException: duplicate key value violates unique constraint "users_ssn_key" Detail: Key (ssn)=(`,
    );
  b.ent("ID", g.id()[1]).text(`) already exists.\n\t... ${g.int(20, 80)} more\n`);
  if (g.chance(0.6)) {
    b.text(`\nwhy would it throw not found and then a duplicate key? only happens for some users`);
  }
};

const htmlTable: T = (g, b) => {
  b.text(
    `<table class="staff">\n  <tr><th>Name</th><th>Role</th><th>Email</th><th>Phone</th></tr>\n`,
  );
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    const e = g.email(p, g.domain());
    b.text(`  <tr><td>`).ent("PERSON", p.full).text(
      `</td><td>${g.f.person.jobTitle()}</td><td><a href="mailto:`,
    ).ent("EMAIL", e).text(`">`).ent("EMAIL", e)
      .text(`</a></td><td><a href="tel:`);
    const ph = g.phone();
    b.ent("PHONE", ph.replace(/[^\d+]/g, "")).text(`">`).ent("PHONE", ph).text(`</td></tr>\n`);
  }
  b.text(`</table>\n`);
  b.text(
    g.pick([
      "<p>Office: " + g.city() + ", open 9:00–17:30</p>\n",
      "",
      "<!-- make this responsive on mobile? -->\n",
    ]),
  );
};

const markdownTable: T = (g, b) => {
  b.text(g.pick(["## Team contacts\n\n", "Project stakeholders:\n\n", ""]));
  b.text(`| Name | Role | Email | Phone |\n|------|------|-------|-------|\n`);
  const n = g.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    b.text(`| `).ent("PERSON", g.chance(0.3) ? `${p.first[0]}. ${p.last}` : p.full).text(
      ` | ${g.pick(["PM", "Tech lead", "QA", "Designer", "Sponsor", "Backend"])} | `,
    )
      .ent("EMAIL", g.email(p, g.domain())).text(` | `).ent("PHONE", g.phone()).text(` |\n`);
  }
  b.text(`\nRelease ${g.int(1, 9)}.${g.int(0, 20)} planned for ${g.day()}.`);
};

const sqlInsert: T = (g, b) => {
  const q = (s: string) => s.replace(/'/g, "''");
  b.text(
    `INSERT INTO customers (first_name, last_name, email, phone, ${
      g.loc === "us" ? "ssn" : "national_id"
    }, birth_date, street, city, created_at) VALUES\n`,
  );
  const n = g.int(2, 4);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    b.text(`  ('`).ent("PERSON", q(p.first)).text(`', '`).ent("PERSON", q(p.last)).text(`', '`).ent(
      "EMAIL",
      g.email(p),
    ).text(`', '`).ent("PHONE", g.phone()).text(`', '`)
      .ent("ID", g.id()[1]).text(`', '`).ent("DATE", g.dobIso()).text(`', '`).ent(
        "ADDRESS",
        q(g.address()),
      ).text(`', '${q(g.city())}', NOW())${i === n - 1 ? ";" : ","}\n`);
  }
  b.text(
    g.pick([
      "",
      "-- ERROR: value too long for type character varying(20)\n",
      "-- postgres says syntax error near line 3??\n",
    ]),
  );
};

const vcard: T = (g, b) => {
  const p = g.person();
  const e = g.email(p);
  b.text(`BEGIN:VCARD\nVERSION:3.0\nN:`).ent("PERSON", p.last).text(`;`).ent("PERSON", p.first)
    .text(`;;;\nFN:`).ent("PERSON", p.full).text(
      `\nORG:${g.company()}\nTITLE:${g.f.person.jobTitle()}\nTEL;TYPE=CELL:`,
    )
    .ent("PHONE", g.phone()).text(`\nEMAIL;TYPE=INTERNET:`).ent("EMAIL", e).text(
      `\nADR;TYPE=HOME:;;`,
    ).ent("ADDRESS", g.address()).text(`;${g.city()};;${g.zip()};${g.cc}\n`);
  if (g.chance(0.5)) b.text(`BDAY:`).ent("DATE", g.dobIso()).text(`\n`);
  if (g.chance(0.5)) b.text(`URL:`).ent("URL", g.personalUrl(p)).text(`\n`);
  b.text(`REV:${g.ts().replace(/[-:]/g, "").slice(0, 15)}Z\nEND:VCARD\n`);
};

const ical: T = (g, b) => {
  const org = g.person();
  const n = g.int(2, 4);
  const ps = Array.from({ length: n }, () => g.person());
  b.known.push(org.full, ...ps.map((p) => p.full));
  const d = g.day().replace(/-/g, "");
  b.text(
    `BEGIN:VCALENDAR\nPRODID:-//${
      g.pick([
        "Google Inc//Google Calendar 70.9054//EN",
        "Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
      ])
    }\nBEGIN:VEVENT\nDTSTART:${d}T${g.int(7, 16)}0000Z\nDTEND:${d}T${g.int(17, 19)}0000Z\nSUMMARY:${
      g.pick([
        "Quarterly review",
        "Kickoff " + g.company(),
        "1:1",
        "Design sync",
        "Contract negotiation",
      ])
    }\nLOCATION:${g.pick(["Room 4.12", "Teams", "Zoom", g.city() + " office"])}\nORGANIZER;CN=`,
  )
    .ent("PERSON", org.full).text(`:mailto:`).ent("EMAIL", g.email(org, "corp." + g.domain())).text(
      `\n`,
    );
  for (const p of ps) {
    const quoted = g.chance(0.4);
    b.text(
      `ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=${
        g.pick(["ACCEPTED", "NEEDS-ACTION", "TENTATIVE"])
      };CN=${quoted ? '"' : ""}`,
    )
      .ent("PERSON", quoted ? `${p.last}, ${p.first}` : p.full).text(`${quoted ? '"' : ""}:mailto:`)
      .ent("EMAIL", g.email(p)).text(`\n`);
  }
  b.text(`DESCRIPTION:Hi all\\, agenda attached. `).ent("PERSON", ps[0].first).text(
    ` please bring the numbers for ${g.product()}.\nEND:VEVENT\nEND:VCALENDAR\n`,
  );
};

const mailHeaders: T = (g, b) => {
  const f = g.person(), t = g.person(), c = g.person();
  b.known.push(f.full, t.full, c.full);
  const dom = g.domain();
  b.text(`From: "`).ent("PERSON", g.chance(0.5) ? f.full : `${f.last}, ${f.first}`).text(`" <`).ent(
    "EMAIL",
    g.email(f, dom),
  ).text(`>\nTo: `)
    .ent("PERSON", t.full).text(` <`).ent("EMAIL", g.email(t)).text(`>\nCc: `).ent(
      "EMAIL",
      g.email(c, dom),
    ).text(
      `\nSubject: Re: ${
        g.pick(["invoice " + g.orderNo(), "contract renewal", "your application", "delivery delay"])
      }\nDate: ${
        g.f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toUTCString()
      }\nMessage-ID: <${g.hex(16)}@mail.${dom}>\nX-Originating-IP: [`,
    )
    .ent("IP", g.f.internet.ipv4()).text(`]\n\nHi `).ent("PERSON", t.first).text(
      `,\n\n${
        g.pick(["thanks for the quick reply.", "see attached.", "following up on our call."])
      } Please call me on `,
    ).ent("PHONE", g.phone()).text(
      `.\n\n${g.pick(["Best", "Cheers", "Mit freundlichen Grüßen", "Cordialement", "Saludos"])},\n`,
    )
    .ent("PERSON", f.first).text(`\n`);
  if (g.chance(0.5)) b.text(`\n(can you translate this thread to English and summarise it?)`);
};

const urlsQuery: T = (g, b) => {
  const p = g.person();
  const e = g.email(p);
  const enc = e.replace("@", "%40");
  const nm = `${p.first}+${p.last}`.replace(/ /g, "+");
  const host = g.pick(["crm.internal", "admin." + g.domain(), "portal." + g.domain()]);
  b.text(
    g.pick([
      "this link 404s for me:\n",
      "Clicking the unsubscribe link gives a 500:\n",
      "",
      "broken redirect:\n",
    ]),
  );
  const k = g.int(0, 2);
  if (k === 0) {
    b.text(`https://${host}/contacts/search?email=`).ent("EMAIL", enc).text(`&name=`).ent(
      "PERSON",
      nm,
    ).text(`&page=2&sort=created_desc\n`);
  } else if (k === 1) {
    b.text(`https://${host}/unsubscribe?u=`).ent("EMAIL", e).text(
      `&list=newsletter-${g.int(1, 20)}&utm_source=email&utm_campaign=spring_sale\n`,
    );
  } else {b.text(`https://${host}/reset?token=${g.hex(32)}&email=`).ent("EMAIL", enc).text(
      `&redirect=%2Fdashboard\n`,
    );}
  if (g.chance(0.6)) {
    b.text(`and the callback: https://${host}/cb?phone=`).ent(
      "PHONE",
      g.phone().replace(/ /g, "%20"),
    ).text(`&lang=${g.loc}\n`);
  }
  if (g.chance(0.4)) b.text(`user's profile: `).ent("URL", g.personalUrl(p)).text(`\n`);
};

const gitCommit: T = (g, b) => {
  const a = g.person(), s = g.person(), c = g.person();
  b.known.push(a.full, c.full);
  const ae = g.email(a);
  b.text(`commit ${g.hex(40)}\nAuthor: `).ent("PERSON", a.full).text(` <`).ent("EMAIL", ae).text(
    `>\nDate:   ${
      g.f.date.recent({ days: 30, refDate: "2025-06-01T00:00:00Z" }).toUTCString()
    }\n\n    ${
      g.pick([
        "fix(auth): handle expired refresh tokens",
        "feat: add CSV export",
        "chore: bump deps",
        "fix race in cache invalidation",
      ])
    }\n\n    ${
      g.pick([
        "Closes #" + g.int(10, 999) + ".",
        "Reported by customer support.",
        "See discussion in PR.",
      ])
    }\n\n    Signed-off-by: `,
  )
    .ent("PERSON", a.full).text(` <`).ent("EMAIL", ae).text(`>\n    Co-authored-by: `).ent(
      "PERSON",
      c.full,
    ).text(` <`)
    .ent(
      "EMAIL",
      g.chance(0.5)
        ? `${g.int(1000000, 99999999)}+${g.handle(c)}@users.noreply.github.com`
        : g.email(c),
    ).text(`>\n`);
  if (g.chance(0.6)) {
    b.text(`    Reviewed-by: `).ent("PERSON", s.full).text(` <`).ent(
      "EMAIL",
      g.email(s, g.domain()),
    ).text(`>\n`);
  }
  b.text(
    g.pick([
      "",
      "\nhow do I squash this with the previous commit but keep the trailers?",
      "\nDCO check fails on this one, why?",
    ]),
  );
};

const jiraExport: T = (g, b) => {
  const rep = g.person(), as = g.person(), cust = g.person();
  b.known.push(rep.full, as.full);
  const key = `${g.pick(["SUP", "OPS", "CS", "BILL"])}-${g.int(100, 9999)}`;
  b.text(
    `[${key}] ${
      g.pick([
        "Customer charged twice",
        "Address change not saved",
        "Account locked after password reset",
        "Wrong VAT on invoice",
      ])
    }\nStatus: ${g.pick(["Open", "In Progress", "Waiting for customer"])}    Priority: ${
      g.pick(["Major", "Minor", "Critical"])
    }\nReporter: `,
  )
    .ent("PERSON", rep.full).text(`\nAssignee: `).ent(
      "PERSON",
      g.chance(0.5) ? as.full : `${as.first[0]}. ${as.last}`,
    ).text(
      `\nCreated: ${g.day()}    Components: ${
        g.pick(["Billing", "Web", "Mobile"])
      }\n\nDescription:\nCustomer `,
    )
    .ent("PERSON", cust.full).text(` (`).ent("EMAIL", g.email(cust)).text(`, tel `).ent(
      "PHONE",
      g.phone(),
    ).text(`) reports that `);
  const k = g.int(0, 2);
  if (k === 0) {
    b.text(
      `the card ending in ${
        g.digits(4, false)
      } was charged twice for ${g.orderNo()} (${g.price()} EUR). Full card on file: `,
    ).ent("CARD", g.card()).text(`.\n`);
  } else if (k === 1) {
    b.text(`the new delivery address `).ent("ADDRESS", g.address()).text(
      `, ${g.city()} is not saved.\n`,
    );
  } else {b.text(`login from `).ent("IP", g.ip()).text(
      ` locked the account. DOB for verification: `,
    ).ent("DATE", g.dobLocal()).text(`.\n`);}
  b.text(`\nComments:\n${g.day()} `).ent("PERSON", as.first).text(`: called `).ent(
    "PERSON",
    cust.last,
  ).text(`, waiting for screenshot.\n`);
};

const paymentWebhook: T = (g, b) => {
  const p = g.person();
  b.text(
    `webhook payload we got from the PSP (event ${
      g.pick(["charge.failed", "payment_intent.succeeded", "charge.dispute.created"])
    }):\n{\n  "id": "evt_${g.f.string.alphanumeric(24)}",\n  "amount": ${
      g.int(500, 90000)
    },\n  "currency": "${g.pick(["eur", "usd", "gbp"])}",\n  "billing_details": {\n    "name": "`,
  )
    .ent("PERSON", p.full.toUpperCase()).text(`",\n    "email": "`).ent("EMAIL", g.email(p)).text(
      `",\n    "address": { "line1": "`,
    ).ent("ADDRESS", g.address()).text(
      `", "city": "${g.city()}", "postal_code": "${g.zip()}" }\n  },\n  "payment_method_details": {\n    "card": { "number": "`,
    )
    .ent("CARD", g.card().replace(/[ -]/g, "")).text(
      `", "exp_month": ${g.int(1, 12)}, "exp_year": ${g.int(2026, 2031)}, "brand": "${
        g.pick(["visa", "mastercard"])
      }" }\n  },\n  "client_ip": "`,
    )
    .ent("IP", g.ip()).text(
      `",\n  "metadata": { "order": "${g.orderNo()}", "sku": "${
        g.f.string.alphanumeric(8).toUpperCase()
      }" }\n}\n`,
    );
  b.text(
    g.pick([
      "",
      "why is the full PAN in there?? we're not supposed to get that",
      "how do I verify the signature in node?",
    ]),
  );
};

const xmlPayload: T = (g, b) => {
  const p = g.person();
  const [idk, idv] = g.id();
  b.text(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Application id="APP-${
      g.digits(7)
    }" submitted="${g.ts()}">\n  <Applicant>\n    <GivenName>`,
  ).ent("PERSON", p.first)
    .text(`</GivenName>\n    <FamilyName>`).ent("PERSON", p.last).text(
      `</FamilyName>\n    <BirthDate>`,
    ).ent("DATE", g.dobIso()).text(`</BirthDate>\n    <Identifier type="${idk}">`)
    .ent("ID", idv).text(`</Identifier>\n    <Contact email="`).ent("EMAIL", g.email(p)).text(
      `" mobile="`,
    ).ent("PHONE", g.phone()).text(`"/>\n    <Address>\n      <Street>`)
    .ent("ADDRESS", g.address()).text(
      `</Street>\n      <City>${g.city()}</City>\n    </Address>\n  </Applicant>\n  <Loan amount="${
        g.int(5, 300) * 1000
      }" termMonths="${g.pick([12, 24, 36, 60, 120])}"/>\n  <Payout iban="`,
    )
    .ent("IBAN", g.iban()).text(`"/>\n</Application>\n`);
  b.text(g.pick(["", "XSD validation fails on BirthDate, what format does xs:date expect?"]));
};

const httpDump: T = (g, b) => {
  const p = g.person();
  const e = g.email(p);
  const ip = g.f.internet.ipv4();
  const ph = g.phone();
  b.text(
    `POST /api/v1/signup HTTP/1.1\nHost: ${
      g.pick(["app.", "api.", "www."])
    }${g.domain()}\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)\nContent-Type: application/x-www-form-urlencoded\nX-Forwarded-For: `,
  )
    .ent("IP", ip).text(
      `, 10.0.${g.int(0, 9)}.${g.int(1, 250)}\nCookie: session=${g.hex(24)}\n\nfirst_name=`,
    ).ent("PERSON", encodeURIComponent(p.first).replace(/%20/g, "+")).text(`&last_name=`)
    .ent("PERSON", encodeURIComponent(p.last).replace(/%20/g, "+")).text(`&email=`).ent(
      "EMAIL",
      encodeURIComponent(e),
    ).text(`&phone=`).ent("PHONE", encodeURIComponent(ph))
    .text(
      `&plan=${g.pick(["basic", "pro"])}&accept_tos=on\n\nHTTP/1.1 ${
        g.pick(["422 Unprocessable Entity", "500 Internal Server Error", "409 Conflict"])
      }\n{"error":"${g.pick(["email already registered", "phone invalid", "internal"])}"}\n`,
    );
};

const ldif: T = (g, b) => {
  const n = g.int(1, 3);
  const dc = g.pick(["dc=example,dc=org", "dc=corp,dc=local", "dc=acme,dc=de"]);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    const uid = `${ascii(p.first)[0]}${ascii(p.last)}`;
    b.text(`dn: cn=`).ent("PERSON", p.full).text(
      `,ou=people,${dc}\nobjectClass: inetOrgPerson\ncn: `,
    ).ent("PERSON", p.full).text(`\nsn: `).ent("PERSON", p.last).text(`\ngivenName: `)
      .ent("PERSON", p.first).text(`\nuid: ${uid}\nmail: `).ent(
        "EMAIL",
        g.email(p, dc.split(",")[1].slice(3) === "local" ? "corp.local" : g.domain()),
      ).text(`\ntelephoneNumber: `)
      .ent("PHONE", g.phone()).text(`\ndepartmentNumber: ${g.int(100, 999)}\n\n`);
  }
  b.text(g.pick(["", "ldapadd: Invalid syntax (21) — which attribute is wrong?"]));
};

const slackJson: T = (g, b) => {
  const a = g.person(), c = g.person();
  b.known.push(a.full, c.full);
  b.text(`[\n`);
  b.text(
    `  {"type":"message","ts":"${g.int(1690000000, 1720000000)}.${g.digits(6)}","user":"U0${
      g.f.string.alphanumeric(8).toUpperCase()
    }","user_profile":{"real_name":"`,
  )
    .ent("PERSON", a.full).text(`","display_name":"`).ent("PERSON", a.first.toLowerCase()).text(
      `"},"text":"<@U0${g.f.string.alphanumeric(8).toUpperCase()}> can you call `,
    )
    .ent("PERSON", c.first).text(` back on `).ent("PHONE", g.phone()).text(
      `? re ${g.orderNo()}"},\n`,
    );
  b.text(
    `  {"type":"message","ts":"${g.int(1690000000, 1720000000)}.${
      g.digits(6)
    }","user_profile":{"real_name":"`,
  ).ent("PERSON", c.full)
    .text(`","display_name":"`).ent("PERSON", `${c.first} ${c.last[0]}.`).text(
      `"},"text":"sure, also forwarding to `,
    ).ent("EMAIL", g.email(c, g.domain()))
    .text(` :thumbsup:"}\n]\n`);
  b.text(
    g.pick([
      "",
      "summarise this export for the weekly report",
      "convert this slack export to a CSV",
    ]),
  );
};

const packageJson: T = (g, b) => {
  const a = g.person(), c = g.person();
  b.text(
    `{\n  "name": "@${g.f.word.noun().toLowerCase()}/${g.f.lorem.slug(2)}",\n  "version": "${
      g.int(0, 4)
    }.${g.int(0, 20)}.${g.int(0, 9)}",\n  "license": "MIT",\n  "author": "`,
  )
    .ent("PERSON", a.full).text(` <`).ent("EMAIL", g.email(a)).text(`> (`).ent(
      "URL",
      g.personalUrl(a),
    ).text(`)",\n  "contributors": [\n    { "name": "`).ent("PERSON", c.full)
    .text(`", "email": "`).ent("EMAIL", g.email(c)).text(`", "url": "`).ent("URL", g.personalUrl(c))
    .text(`" }\n  ],\n  "dependencies": { "express": "^4.19.2", "zod": "^3.23.8" }\n}\n`);
  b.text(
    g.pick([
      "",
      "npm publish says the author field is invalid",
      "does this package.json look right?",
    ]),
  );
};

const hrYaml: T = (g, b) => {
  const p = g.person();
  const [idk, idv] = g.id();
  const mgr = g.person();
  b.text(`employee:\n  personnel_no: ${g.digits(6)}\n  full_name: "`).ent("PERSON", p.full).text(
    `"\n  dob: `,
  ).ent("DATE", g.chance(0.5) ? g.dobIso() : g.dobLocal())
    .text(`\n  ${idk}: "`).ent("ID", idv).text(`"\n  home_address: "`).ent("ADDRESS", g.address())
    .text(`"\n  city: ${g.city()}\n  private_phone: "`).ent("PHONE", g.phone())
    .text(`"\n  bank:\n    iban: `).ent("IBAN", g.iban()).text(
      `\n    bic: ${g.f.finance.bic()}\n  contract:\n    start: ${g.day()}\n    salary_band: ${
        g.pick(["E9", "E11", "L3", "IC4"])
      }\n    reports_to: `,
    )
    .ent("PERSON", g.chance(0.5) ? mgr.full : `${mgr.first[0]}. ${mgr.last}`).text(`\n`);
  if (g.chance(0.4)) b.text(`  passport: `).ent("ID", g.passport()).text(`\n`);
  b.text(g.pick(["", "convert to JSON please", "our HR tool import says line 4 is invalid"]));
};

const pyTraceback: T = (g, b) => {
  const p = g.person();
  const nmq = p.full.includes("'") ? `"${p.full}"` : `'${p.full}'`;
  const e = g.email(p);
  b.text(
    `Traceback (most recent call last):\n  File "/srv/app/billing/tasks.py", line ${
      g.int(20, 400)
    }, in charge_customer\n    resp = gateway.charge(card=customer['card'], amount=order.total)\n  File "/srv/app/billing/gateway.py", line ${
      g.int(20, 200)
    }, in charge\n    raise CardError(f"declined: {payload}")\nbilling.gateway.CardError: declined: {'name': `,
  )
    .text(nmq[0]).ent("PERSON", p.full).text(nmq[0] + `, 'email': '`).ent("EMAIL", e).text(
      `', 'card': '`,
    ).ent("CARD", g.card()).text(`', 'cvc': '${g.digits(3, false)}', 'ip': '`)
    .ent("IP", g.ip()).text(`', 'amount': Decimal('${g.price()}')}\n`);
  b.text(
    g.pick([
      "\nhow do I stop the payload ending up in sentry?",
      "",
      "\ncelery retries this forever, how to make it give up after 3?",
    ]),
  );
};

const accessLog: T = (g, b) => {
  const n = g.int(3, 6);
  for (let i = 0; i < n; i++) {
    const ip = g.ip();
    b.ent("IP", ip).text(
      ` - - [${g.int(10, 28)}/${g.pick(["Mar", "Apr", "Jun", "Oct"])}/2024:${g.int(10, 23)}:${
        g.int(10, 59)
      }:${g.int(10, 59)} +0000] "GET `,
    );
    const k = g.int(0, 2);
    if (k === 0) {
      const p = g.person();
      b.text(`/newsletter/confirm?email=`).ent("EMAIL", g.email(p).replace("@", "%40"));
    } else if (k === 1) {
      b.text(`/static/js/app.${g.hex(8)}.js`);
    } else {
      const p = g.person();
      b.text(`/api/users/lookup?q=`).ent("PERSON", `${p.first}%20${p.last}`.replace(/ /g, "%20"));
    }
    b.text(
      ` HTTP/1.1" ${g.pick([200, 200, 302, 404, 500])} ${g.int(200, 90000)} "-" "${
        g.pick(["curl/8.4.0", "Mozilla/5.0 (Macintosh)", "python-requests/2.31"])
      }"\n`,
    );
  }
  b.text(g.pick(["", "what's causing the 500s?", "is someone scraping us?"]));
};

const calendarJson: T = (g, b) => {
  const ps = Array.from({ length: g.int(2, 4) }, () => g.person());
  b.known.push(...ps.map((p) => p.full));
  b.text(
    `{"kind":"calendar#event","id":"${g.hex(26)}","summary":"${
      g.pick(["Interview", "Budget review", "Sprint planning", "Vendor call"])
    }","start":{"dateTime":"${g.ts()}"},"attendees":[`,
  );
  ps.forEach((p, i) => {
    if (i) b.text(",");
    b.text(`{"email":"`).ent("EMAIL", g.email(p)).text(`","displayName":"`).ent("PERSON", p.full)
      .text(
        `","responseStatus":"${g.pick(["accepted", "needsAction", "declined"])}"${
          i === 0 ? ',"organizer":true' : ""
        }}`,
      );
  });
  b.text(`],"description":"Dial-in `).ent("PHONE", g.phone()).text(`, PIN ${g.digits(6)}. `).ent(
    "PERSON",
    ps[1].first,
  ).text(` to present."}\n`);
  b.text(
    g.pick([
      "",
      "write a short invite text from this",
      "why does the API return 400 for this body?",
    ]),
  );
};

const envIni: T = (g, b) => {
  const p = g.person(), q = g.person();
  b.text(`# .env.production  (owner: `).ent("PERSON", p.full).text(
    `)\nAPP_NAME=${g.pick(["shopfront", "kundenportal", "facturation"])}\nDB_HOST=`,
  ).ent("IP", g.f.internet.ipv4()).text(`\nDB_PORT=5432\nADMIN_EMAIL=`)
    .ent("EMAIL", g.email(p, g.domain())).text(`\nALERT_SMS=`).ent("PHONE", g.phone()).text(
      `\nSUPPORT_CONTACT="`,
    ).ent("PERSON", q.full).text(` <`).ent("EMAIL", g.email(q)).text(
      `>"\nSMTP_PORT=587\nFEATURE_FLAGS=checkout_v2,new_search\nMAX_UPLOAD_MB=25\n`,
    );
  b.text(
    g.pick(["", "docker compose doesn't pick up SUPPORT_CONTACT, why?", "should this be in git?"]),
  );
};

const mailmergeCsvQuoted: T = (g, b) => {
  b.text(`"Salutation","First Name","Last Name","Email","Mobile","Date of Birth","Member since"\n`);
  const n = g.int(2, 5);
  for (let i = 0; i < n; i++) {
    const p = g.person();
    b.text(`"${g.pick(["Mr", "Ms", "Dr", "Mrs", "Mx"])}","`).ent("PERSON", p.first).text(`","`).ent(
      "PERSON",
      p.last,
    ).text(`","`).ent("EMAIL", g.email(p)).text(`","`)
      .ent("PHONE", g.phone()).text(`","`).ent("DATE", g.dobLocal()).text(`","${g.day()}"\n`);
  }
  b.text(
    g.pick([
      "",
      "Word mail merge shows the birthdays as numbers, help",
      "write a birthday email template using these columns",
    ]),
  );
};

const k8sManifest: T = (g, b) => {
  const p = g.person();
  b.text(
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${
      g.pick(["orders", "payments", "search"])
    }-api\n  labels:\n    team: ${
      g.pick(["core", "growth", "infra"])
    }\n  annotations:\n    owner: "`,
  )
    .ent("EMAIL", g.email(p, g.domain())).text(`"\n    oncall-phone: "`).ent("PHONE", g.phone())
    .text(`"\n    maintainer: `).ent("PERSON", g.chance(0.5) ? p.full : `${p.first[0]}. ${p.last}`)
    .text(
      `\nspec:\n  replicas: ${
        g.int(2, 6)
      }\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${
        g.int(1, 9)
      }.${g.int(0, 30)}.${
        g.int(0, 9)
      }\n          env:\n            - name: UPSTREAM_IP\n              value: "`,
    )
    .ent("IP", g.f.internet.ipv4()).text(`"\n`);
  b.text(g.pick(["", "pods stuck in CrashLoopBackOff", "how do I add resource limits here?"]));
};

const TEMPLATES: T[] = [
  crmJsonPretty,
  ticketsJsonMin,
  csvUnquoted,
  csvSemicolonQuoted,
  yamlOncall,
  kvLog,
  javaStack,
  htmlTable,
  markdownTable,
  sqlInsert,
  vcard,
  ical,
  mailHeaders,
  urlsQuery,
  gitCommit,
  jiraExport,
  paymentWebhook,
  xmlPayload,
  httpDump,
  ldif,
  slackJson,
  packageJson,
  hrYaml,
  pyTraceback,
  accessLog,
  calendarJson,
  envIni,
  mailmergeCsvQuoted,
  k8sManifest,
];

export function docs(): Doc[] {
  const out: Doc[] = [];
  const N = 300;
  for (let i = 0; i < N; i++) {
    const g = new Gen(0xb0b0 + i * 7919, LOCS[i % LOCS.length]);
    const b = new DocBuilder();
    TEMPLATES[i % TEMPLATES.length](g, b);
    const d = b.done();
    for (const e of d.entities) {
      if (d.text.slice(e.start, e.end) !== e.value) throw new Error(`bad offsets in doc ${i}`);
    }
    out.push(d);
  }
  return out;
}
