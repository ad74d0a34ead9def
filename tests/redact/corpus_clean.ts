/** Clean business text: no personal data at all, for the false-positive rate. */
import { base, en, Faker } from "@faker-js/faker";

const SENTENCES = [
  (f: Faker) =>
    `Revenue grew ${f.number.int({ min: 2, max: 40 })}% to $${f.number.int({ min: 1, max: 900 })},${
      f.string.numeric(3)
    },000 in Q${f.number.int({ min: 1, max: 4 })}.`,
  (f: Faker) =>
    `The ${f.commerce.productName()} launch moves to ${f.date.month()} ${
      f.number.int({ min: 1, max: 28 })
    }.`,
  (f: Faker) =>
    `Please review the ${f.commerce.department()} budget before the board meeting on Monday.`,
  (f: Faker) =>
    `We shipped ${
      f.number.int({ min: 100, max: 99999 })
    } units of ${f.commerce.product()} last quarter.`,
  (f: Faker) =>
    `Action items: update the roadmap, close ticket ${f.string.alphanumeric(3).toUpperCase()}-${
      f.number.int({ min: 10, max: 9999 })
    }, and refresh the pricing page.`,
  (f: Faker) => `Will the ${f.company.buzzNoun()} migration be ready by ${f.date.weekday()}?`,
  (f: Faker) =>
    `Our ${f.company.catchPhrase().toLowerCase()} strategy reduced churn by ${
      f.number.float({ min: 0.5, max: 9, fractionDigits: 1 })
    } points.`,
  (f: Faker) =>
    `Version ${f.system.semver()} fixes the export bug; build ${
      f.string.numeric(4)
    } is on staging.`,
  (f: Faker) =>
    `The meeting is at ${f.number.int({ min: 1, max: 12 })}:${
      f.helpers.arrayElement(["00", "15", "30", "45"])
    } in room ${f.number.int({ min: 100, max: 600 })}.`,
  (f: Faker) =>
    `Summary: costs were $${f.finance.amount()} over plan, mostly ${f.commerce.department().toLowerCase()} travel.`,
];

/** `n` clean paragraphs from `seed`. */
export function cleanCorpus(n: number, seed = 5000): string[] {
  const f = new Faker({ locale: [en, base] });
  f.seed(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(Array.from({ length: 5 }, () => f.helpers.arrayElement(SENTENCES)(f)).join(" "));
  }
  return out;
}
