/**
 * Synthetic PII corpora, generated offline from fixed seeds with faker.
 * Each document records every entity it contains (type, value, offsets) so
 * recall and leaks can be measured exactly. `clean` documents contain no PII.
 */
import { base, de, en, en_GB, en_US, es, Faker, fr, nl } from "@faker-js/faker";

/** One planted entity. */
export interface Planted {
  type: "PERSON" | "EMAIL" | "PHONE" | "CARD" | "IBAN" | "IP" | "ID" | "URL" | "DATE" | "ADDRESS";
  value: string;
  start: number;
  end: number;
}

/** A generated document. */
export interface Doc {
  text: string;
  entities: Planted[];
  /** Full names to pass as `known` (the attendees), when the template has them. */
  known: string[];
}

/** Builds a document piece by piece, recording entity offsets. */
export class DocBuilder {
  #parts: string[] = [];
  #len = 0;
  entities: Planted[] = [];
  known: string[] = [];
  text(s: string): this {
    this.#parts.push(s);
    this.#len += s.length;
    return this;
  }
  ent(type: Planted["type"], value: string): this {
    this.entities.push({ type, value, start: this.#len, end: this.#len + value.length });
    return this.text(value);
  }
  done(): Doc {
    return { text: this.#parts.join(""), entities: this.entities, known: this.known };
  }
}

/** The values a generator draws from, per document. */
export interface Draw {
  f: Faker;
  first(): string;
  last(): string;
  email(first: string, last: string): string;
  phone(): string;
  card(): string;
  iban(): string;
  ip(): string;
  ssn(): string;
  url(): string;
  dob(): string;
  address(): string;
  pick<T>(xs: readonly T[]): T;
}

/** A seeded faker for `locales`, with helpers. */
export function draw(seed: number, locales: Faker["rawDefinitions"][]): Draw {
  const f = new Faker({ locale: [...locales, en, base] });
  f.seed(seed);
  const d: Draw = {
    f,
    first: () => f.person.firstName(),
    last: () => f.person.lastName(),
    email: (first, last) => f.internet.email({ firstName: first, lastName: last }),
    phone: () => f.phone.number(),
    card: () => f.finance.creditCardNumber(),
    iban: () => f.finance.iban({ formatted: f.datatype.boolean() }),
    ip: () => (f.datatype.boolean({ probability: 0.75 }) ? f.internet.ipv4() : f.internet.ipv6()),
    ssn: () =>
      `${f.string.numeric({ length: 3, exclude: ["0"] })}-${f.string.numeric(2)}-${
        f.string.numeric(4)
      }`,
    url: () => `${f.internet.url()}/${f.lorem.slug(2)}`,
    dob: () => {
      const dt = f.date.birthdate();
      return f.helpers.arrayElement([
        `${dt.getUTCMonth() + 1}/${dt.getUTCDate()}/${dt.getUTCFullYear()}`,
        dt.toISOString().slice(0, 10),
        `${dt.getUTCDate()} ${MONTHS[dt.getUTCMonth()]} ${dt.getUTCFullYear()}`,
        `${MONTHS[dt.getUTCMonth()]} ${dt.getUTCDate()}, ${dt.getUTCFullYear()}`,
      ]);
    },
    address: () => f.location.streetAddress(f.datatype.boolean()),
    pick: (xs) => f.helpers.arrayElement(xs as unknown[]) as never,
  };
  return d;
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

/** A template writes one document. */
export type Template = (d: Draw, b: DocBuilder) => void;

/** Generates `n` documents from `templates` and `locales`, starting at `seed`. */
export function corpus(
  templates: readonly Template[],
  locales: Faker["rawDefinitions"][],
  n: number,
  seed: number,
): Doc[] {
  const docs: Doc[] = [];
  for (let i = 0; i < n; i++) {
    // One locale per document (faker falls back to en for what a locale lacks).
    const d = draw(seed + i, [locales[i % locales.length]]);
    const b = new DocBuilder();
    templates[i % templates.length](d, b);
    docs.push(b.done());
  }
  return docs;
}

/** Locales of the dev corpus. */
export const DEV_LOCALES = [en_US, en_GB, de, fr];
/** Locales of the held-out corpus (frozen; see corpus_heldout.ts). */
export const HELDOUT_LOCALES = [en_GB, de, fr, es, nl, en_US];
