/**
 * The layered detector. Every layer runs on the normalised shadow and
 * reports spans in original offsets; overlapping spans are merged so an
 * entity is never split. Regular expressions are bounded (`{m,n}`) and
 * unbounded classes are anchored by look-behinds, so work stays linear.
 */
import {
  type CountryCode,
  findNumbers,
  getCountries,
  isValidPhoneNumber,
} from "libphonenumber-js/max";
import ipaddr from "ipaddr.js";
import { getCountrySpecifications } from "ibantools";
import { validatePerson } from "stdnum";
import * as stopwords from "stopword";
import { foldedOf, foldString, type MappedText, shadowOf, toOriginal } from "./_mapped.ts";
import { lexicon } from "./_lexicon.ts";
import { notPeople } from "./_not_people.ts";
import { posTags } from "./_pos.ts";
import { BUILTIN_TYPES, genericTokens, tokenScanner } from "./tokens.ts";

/** A found entity in original offsets. */
export interface Span {
  start: number;
  end: number;
  type: string;
}

/** A value the caller says must be masked, with its type (default PERSON or ENTITY). */
export interface KnownEntity {
  value: string;
  type?: string;
}

/** Options for {@link detect}. */
export interface DetectOptions {
  known?: readonly KnownEntity[];
  /** Strings never masked (compared folded: case and diacritics ignored). */
  allow?: readonly string[];
  /** Extra token type words to neutralise (types already in the handle's vault). */
  tokenTypes?: Iterable<string>;
  /** Called between layers; throws to abort (deadline). */
  checkpoint?: () => void;
  /**
   * Spans the caller already knows must be masked (in `text`'s offsets): they merge with what
   * the layers find, and their values are masked wherever else they appear.
   */
  extra?: readonly Span[];
  /**
   * A full date with a year from 1900 to this one is masked as a possible date of birth even
   * without a birth word near it ("Alice Kowalski (12.03.1985)"); later dates only with one.
   * Callers pass their clock's year minus 14; unset, only dates with a birth word are masked.
   */
  latestBirthYear?: number;
}

const PRIORITY: Record<string, number> = {
  TOKEN: 0,
  KNOWN: 1,
  EMAIL: 2,
  URL: 3,
  IBAN: 4,
  CARD: 5,
  ID: 6,
  IP: 7,
  PHONE: 8,
  DATE: 9,
  ADDRESS: 10,
  PERSON: 11,
};

interface RawSpan extends Span {
  priority: number;
}

/** Finds every entity in `text`; spans are sorted, disjoint, in original offsets. */
export function detect(text: string, opts: DetectOptions = {}): Span[] {
  const check = opts.checkpoint ?? (() => {});
  const shadow = shadowOf(text);
  const raw: RawSpan[] = [];
  const add = (view: MappedText, from: number, to: number, type: string, prio = type) => {
    if (to <= from) return;
    const [s, e] = toOriginal(view, from, to);
    if (e > s) raw.push({ start: s, end: e, type, priority: PRIORITY[prio] ?? 20 });
  };
  const identityView = { text, start: new Int32Array(0), end: new Int32Array(0) };
  const addOriginal = (s: number, e: number, type: string) =>
    raw.push({ start: s, end: e, type, priority: PRIORITY[type] ?? 20 });

  // Token-shaped input is itself masked (as TOKEN) so /rehydrate only ever restores our tokens.
  const types = new Set<string>([...BUILTIN_TYPES, ...(opts.tokenTypes ?? [])]);
  for (const k of opts.known ?? []) if (k.type) types.add(k.type);
  const scan = tokenScanner(types);
  for (const h of scan(text)) addOriginal(h.start, h.end, "TOKEN");
  for (const h of genericTokens(text)) addOriginal(h.start, h.end, "TOKEN");
  for (const h of scan(shadow.text)) add(shadow, h.start, h.end, "TOKEN");
  void identityView;
  check();

  const folded = foldedOf(shadow);
  knownEntities(folded, opts.known ?? [], add);
  check();
  emails(shadow, add);
  urls(shadow, add);
  check();
  ibans(shadow, add);
  cards(shadow, add);
  nationalIds(shadow, add);
  ips(shadow, add);
  check();
  phones(shadow, add);
  check();
  datesOfBirth(shadow, add, opts.latestBirthYear ?? 0);
  addresses(shadow, add);
  dialogueAnswers(shadow, add);
  check();
  persons(shadow, raw, add);
  foreignScriptNames(text, addOriginal);
  for (const s of opts.extra ?? []) addOriginal(s.start, s.end, s.type);
  check();
  // Every masked value, wherever else it appears in any case or spelling ("Summer Wood" and later
  // "summer wood"), is masked too: the second pass looks for exactly these values and would
  // otherwise refuse the whole call.
  const allowed = new Set((opts.allow ?? []).map((a) => foldString(a.trim())));
  const values = new Map<string, string>();
  for (const s of resolve(text, raw, opts.allow ?? [])) {
    if (s.type === "TOKEN") continue;
    const v = foldString(text.slice(s.start, s.end).normalize("NFKC")).replace(/\s+/g, " ");
    if (v.length >= 2 && !allowed.has(v) && !values.has(v)) values.set(v, s.type);
  }
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  for (const [v, type] of values) {
    for (let at = folded.text.indexOf(v); at !== -1; at = folded.text.indexOf(v, at + 1)) {
      if (!isWordChar(folded.text[at - 1]) && !isWordChar(folded.text[at + v.length])) {
        add(folded, at, at + v.length, type);
      }
    }
  }
  userNames(folded, values, add);
  initials(text, values, addOriginal);
  return resolve(text, raw, opts.allow ?? []);
}

/**
 * Initials of a masked full name, written as a word of capitals: "AI: NB to send the deck" once
 * "Nadia Brown" is masked. Only initials of names found in the same text count.
 */
function initials(
  text: string,
  values: ReadonlyMap<string, string>,
  add: (s: number, e: number, type: string) => void,
): void {
  const wanted = new Set<string>();
  for (const [value, type] of values) {
    if (type !== "PERSON") continue;
    const all = value.split(/[\s,]+/).filter((p) =>
      /^\p{L}/u.test(p) && !TITLE_REGEXP.test(p.replace(/\.$/, ""))
    );
    const core = all.filter((p) => !PARTICLES.has(p) && !/^n[ií]$|^ni$|^o$|^mac$|^mc$/.test(p));
    // "Niall Ní Bhriain" is "NB" or "NNB"; "Anna Maria Weber" is "AMW" or "AW".
    for (const parts of [all, core, core.length > 2 ? [core[0], core.at(-1)!] : []]) {
      if (parts.length >= 2 && parts.length <= 3) {
        wanted.add(parts.map((p) => p[0]).join("").toUpperCase());
      }
    }
  }
  if (wanted.size === 0) return;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}&])\p{Lu}{2,3}(?![\p{L}\p{N}&])/gu)) {
    if (wanted.has(foldString(m[0]).toUpperCase())) add(m.index, m.index + m[0].length, "PERSON");
  }
}

/**
 * Log-ins and handles made from a masked name part: "uid: lmitchell", "@hailieh", "sconn",
 * "shemarconn". Such a word is an initial or two before or after a name part, or two name parts
 * run together, and no everyday word or name of its own ("marks", "asking" stay).
 */
function userNames(folded: MappedText, values: ReadonlyMap<string, string>, add: Add): void {
  const lex = lexicon();
  const parts = new Set<string>();
  for (const [value, type] of values) {
    if (type !== "PERSON") continue;
    for (const p of value.split(/[^\p{L}]+/u)) {
      if (p.length >= 3 && !lex.common.has(p)) parts.add(p);
    }
  }
  if (parts.size === 0) return;
  const made = (w: string) => {
    for (let k = 1; k <= 2; k++) {
      if (w.length - k < 4) break;
      if (parts.has(w.slice(k)) || parts.has(w.slice(0, -k))) return true;
    }
    for (let i = 3; i <= w.length - 3; i++) {
      if (parts.has(w.slice(0, i)) && parts.has(w.slice(i))) return true;
    }
    return false;
  };
  for (
    const m of folded.text.matchAll(/(?<![\p{L}\p{N}])\p{L}{4,40}(?=[0-9]{0,4}(?![\p{L}\p{N}]))/gu)
  ) {
    const w = m[0];
    if (parts.has(w) || lex.common.has(w) || lex.names.has(w) || !made(w)) continue;
    add(folded, m.index, m.index + w.length, "PERSON");
  }
}

type Add = (view: MappedText, from: number, to: number, type: string, prio?: string) => void;

// Function words of the languages the name rules must not read as English.
const OTHER_LANGUAGES = [
  "deu",
  "fra",
  "spa",
  "ita",
  "nld",
  "por",
  "pol",
  "swe",
  "dan",
  "nob",
  "fin",
  "ces",
  "slk",
  "hun",
  "ron",
  "tur",
  "hrv",
  "slv",
  "cat",
  "ind",
] as const;
let stopSets: { english: Set<string>; others: Set<string>[] } | undefined;

/** The function-word sets, built once. */
function functionWords(): { english: Set<string>; others: Set<string>[] } {
  return stopSets ??= {
    english: new Set(stopwords.eng),
    others: OTHER_LANGUAGES.map((l) =>
      new Set((stopwords as unknown as Record<string, string[]>)[l].filter((w) => w.length >= 2))
    ),
  };
}

/** True when `word` is a function word of one of {@link OTHER_LANGUAGES} ("las", "durante"). */
function foreignStopword(word: string): boolean {
  return functionWords().others.some((set) => set.has(word));
}

/**
 * "eng" unless another language's function words outnumber English ones ("und", "die", "wir"
 * against "the", "and", "to"), then that language's code; a word that is a function word of
 * English and of another language ("do", "die") counts for neither, and a text with fewer than
 * three of another language's is treated as English.
 */
function textLanguage(lowerWords: readonly string[]): string {
  const { english, others } = functionWords();
  let en = 0;
  const counts = others.map(() => 0);
  for (const w of lowerWords) {
    const shared = others.some((set) => set.has(w));
    if (english.has(w)) {
      // "do", "die", "I" are function words elsewhere too: they say nothing either way.
      if (!shared) en++;
      continue;
    }
    if (!shared) continue;
    others.forEach((set, i) => {
      if (set.has(w)) counts[i]++;
    });
  }
  const other = Math.max(...counts);
  return other < 3 || en >= other ? "eng" : OTHER_LANGUAGES[counts.indexOf(other)];
}

// Scripts whose words our name lists cannot judge.
const FOREIGN_LETTER = String
  .raw`\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}\p{Script=Thai}\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const FOREIGN_LETTER_REGEXP = new RegExp(`[${FOREIGN_LETTER}]`, "gu");
const FOREIGN_RUN_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}\p{M}])[${FOREIGN_LETTER}][${FOREIGN_LETTER}\p{M}]{0,29}(?:[ ・·\-'’][${FOREIGN_LETTER}][${FOREIGN_LETTER}\p{M}]{0,29}){0,3}(?![\p{L}\p{M}])`,
  "gu",
);

/**
 * Words in another script inside Latin-script text ("Иван Петров", "王小明", "Σοφία") are masked
 * as people: short runs of them in an English, German or French document are nearly always
 * names, and none of our name lists or rules can tell. Text mostly in such a script is left to
 * the other layers (masking all of it would mask the document).
 */
function foreignScriptNames(text: string, add: (s: number, e: number, type: string) => void) {
  const foreign = text.match(FOREIGN_LETTER_REGEXP)?.length ?? 0;
  if (foreign === 0) return;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (foreign > (latin + foreign) * 0.3) return;
  for (const m of text.matchAll(FOREIGN_RUN_REGEXP)) add(m.index, m.index + m[0].length, "PERSON");
}

function resolve(text: string, raw: RawSpan[], allow: readonly string[]): Span[] {
  const allowed = new Set(allow.map((a) => foldString(a.trim())));
  const spans = raw
    .map((s) => trimSpan(text, s))
    .filter((s) => s.end > s.start && !allowed.has(foldString(text.slice(s.start, s.end))))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: (RawSpan & { len: number })[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) {
      // Overlap: one merged span (never split an entity); the type of the longer original
      // span wins, ties going to the higher-priority layer.
      const len = s.end - s.start;
      if (len > last.len || (len === last.len && s.priority < last.priority)) {
        last.type = s.type;
        last.priority = s.priority;
        last.len = len;
      }
      last.end = Math.max(last.end, s.end);
    } else {
      out.push({ ...s, len: s.end - s.start });
    }
  }
  return out.map(({ start, end, type }) => ({ start, end, type }));
}

function trimSpan(text: string, s: RawSpan): RawSpan {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s,;:]/.test(text[end - 1])) end--;
  // A number never ends in a sentence's full stop.
  if (s.type === "ID" || s.type === "PHONE") { while (end > start && text[end - 1] === ".") end--; }
  if (s.type !== "TOKEN") {
    // The possessive stays outside the token: [PERSON_1]'s.
    const tail = text.slice(Math.max(start, end - 2), end);
    if (/^['’][sS]$/.test(tail) && end - start > 2) end -= 2;
    else if (/[sS]['’]$/.test(tail) && s.type === "PERSON") end -= 1;
    // A span never ends inside a word: "[ADDRESS_1]cha." would leave a fragment glued to the
    // token that no model keeps apart from it.
    while (end < text.length && /\p{L}/u.test(text[end]) && /\p{L}/u.test(text[end - 1])) end++;
  }
  return { ...s, start, end };
}

// ---------------------------------------------------------------- known entities

const PARTICLES = new Set([
  "van",
  "von",
  "de",
  "der",
  "den",
  "da",
  "das",
  "do",
  "dos",
  "di",
  "del",
  "della",
  "le",
  "la",
  "bin",
  "ibn",
  "al",
  "el",
  "ter",
  "ten",
  "du",
  "st",
  "mac",
  "bint",
  "binti",
  "los",
  "las",
  "ben",
  "bat",
  "zu",
  "te",
  "ní",
  "nic",
  "ua",
  "af",
  "av",
  "y",
  "i",
]);

/** Every spelling of a known entity we look for (folded). */
export function knownVariants(k: KnownEntity): string[] {
  const value = foldString(k.value.normalize("NFKC")).replace(/\s+/g, " ").trim();
  const out = new Set<string>([value]);
  const words = value.split(" ").filter(Boolean);
  const personLike = (k.type ?? "PERSON") === "PERSON" && words.length >= 2 && words.length <= 5 &&
    words.every((w) => /^[\p{L}][\p{L}'.-]*$/u.test(w));
  if (personLike) {
    const first = words[0];
    const last = words[words.length - 1];
    const lastFull = words.slice(1).join(" ");
    out.add(`${first} ${last}`);
    out.add(`${last}, ${first}`);
    out.add(`${lastFull}, ${first}`);
    out.add(`${last} ${first}`);
    out.add(`${first[0]}. ${last}`);
    out.add(`${first[0]} ${last}`);
    out.add(`${first[0]}.${last}`);
    out.add(`${first} ${last[0]}.`);
    out.add(`${last}, ${first[0]}.`);
    out.add(`${lastFull}`);
    for (const w of words) if (w.replace(/\./g, "").length >= 2 && !PARTICLES.has(w)) out.add(w);
    for (const w of [...out]) out.add(w.replace(/-/g, " "));
  }
  return [...out].filter((v) => v.replace(/[\s.,]/g, "").length >= 2);
}

function knownEntities(folded: MappedText, known: readonly KnownEntity[], add: Add): void {
  for (const k of known) {
    const type = k.type ?? "PERSON";
    for (const v of knownVariants(k)) {
      const pattern = v.split(" ").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s\\u00a0._-]{1,3}");
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, "gu");
      for (const m of folded.text.matchAll(re)) {
        add(folded, m.index, m.index + m[0].length, type, "KNOWN");
      }
    }
  }
}

// ---------------------------------------------------------------- structured

const EMAIL_REGEXP =
  /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9][A-Za-z0-9._%+'-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63}){0,8}/g;
// Obfuscated forms: "alice [at] example [dot] com", "alice(at)example.com", "alice at example dot com".
const EMAIL_OBFUSCATED_REGEXP =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}[ \t]{0,3}(?:[[({<][ \t]{0,2}(?:at|@)[ \t]{0,2}[\])}>]|[ \t]at[ \t]|@)[ \t]{0,3}[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:[ \t]{0,3}(?:[[({<][ \t]{0,2}(?:dot|\.)[ \t]{0,2}[\])}>]|[ \t]dot[ \t]|\.)[ \t]{0,3}[A-Za-z0-9-]{1,63}){1,6}/gi;

// An address read out: "alice dot smith at gmail dot com", "j underscore doe at yahoo dot co dot
// uk", "k o f i at example dot org".
const SPOKEN_EMAIL_REGEXP =
  /(?<![\p{L}\p{N}])(?:[a-z0-9]{1,30}(?:(?: (?:dot|underscore|dash|hyphen|period) |[._-])[a-z0-9]{1,30}){1,3}|(?:[a-z0-9] ){2,20}[a-z0-9]) at [a-z0-9-]{2,30}(?:(?: dot |\.)[a-z]{2,10}){1,3}(?![\p{L}\p{N}])/giu;

function emails(view: MappedText, add: Add): void {
  for (const m of view.text.matchAll(SPOKEN_EMAIL_REGEXP)) {
    add(view, m.index, m.index + m[0].length, "EMAIL");
  }
  for (const m of view.text.matchAll(EMAIL_REGEXP)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.-]/.test(view.text[end - 1])) end--;
    add(view, m.index, end, "EMAIL");
  }
  for (const m of view.text.matchAll(EMAIL_OBFUSCATED_REGEXP)) {
    let value = m[0];
    if (/[ \t]at[ \t]/i.test(value)) {
      // A bare " at " needs a domain-like tail: " dot com", "[dot] org" or ".com" with no space
      // after the dot, so "the meeting at 7pm. Jack" (a sentence end) is not an address.
      value = value.replace(/\.[ \t][\s\S]*$/, "");
      if (!/(?:dot[ \t]{0,3}|[\])}>][ \t]{0,3}|[A-Za-z0-9-]{2}\.)[a-z]{2,6}$/i.test(value)) {
        continue;
      }
    }
    add(view, m.index, m.index + value.length, "EMAIL");
  }
}

const URL_REGEXP =
  /(?<![A-Za-z0-9])(?:(?:https?|ftp|sftp|ssh|smb|file):\/\/|www\.)[^\s<>"'`]{1,2048}/gi;

// Top-level domains a bare "host/path" may end in: the generic ones people use and every country.
const TLDS = new Set([
  ..."com net org info biz edu gov mil int io co me app dev ai ly gg tv xyz online site tech blog page link"
    .split(" "),
  ...getCountries().map((c) => c.toLowerCase()),
  "uk",
]);
// A host and a path without a scheme ("linkedin.com/in/inga-streese"), and the same spoken
// ("github dot com slash awiegand").
const BARE_URL_REGEXP =
  /(?<![A-Za-z0-9@./_-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,4}([a-z]{2,12})\/[^\s<>"'`]{1,2048}/gi;
const SPOKEN_URL_REGEXP =
  /(?<![\p{L}])(?:[a-z0-9-]{2,40} dot ){1,3}(?:com|net|org|io|co|me|dev|app)(?: dot [a-z]{2})? slash [a-z0-9._-]{2,40}(?: slash [a-z0-9._-]{2,40}){0,3}/giu;

function urls(view: MappedText, add: Add): void {
  for (const m of view.text.matchAll(BARE_URL_REGEXP)) {
    if (!TLDS.has(m[1].toLowerCase())) continue;
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?)\]}*_]/.test(view.text[end - 1])) end--;
    add(view, m.index, end, "URL");
  }
  for (const m of view.text.matchAll(SPOKEN_URL_REGEXP)) {
    add(view, m.index, m.index + m[0].length, "URL");
  }
  for (const m of view.text.matchAll(URL_REGEXP)) {
    let end = m.index + m[0].length;
    while (end > m.index && /[.,;:!?)\]}*_]/.test(view.text[end - 1])) end--;
    add(view, m.index, end, "URL");
  }
}

// Any grouping people type: "DE89 3704…", "DE 89 3704…", dots or dashes, pairs ("DE 89 37 04…"),
// national groupings of the account number ("ES91 2100 0418 45 0200051332").
const IBAN_REGEXP =
  /(?<![A-Za-z0-9])[A-Za-z]{2}[ .-]{0,2}[0-9]{2}(?:[ .-]{0,2}[A-Za-z0-9]{1,12}){1,17}/g;

const IBAN_COUNTRIES = new Set(Object.keys(getCountrySpecifications()));

/**
 * ISO 13616's check alone (mod-97 of the rearranged digits is 1), for a country that issues IBANs.
 * Written here because ibantools exports it only inside isValidIBAN, which also demands each
 * country's BBAN layout and national check digits (Spain, France, Portugal, Belgium…): a leaked
 * account number with a typo in its national key is still an account number.
 */
function ibanChecksumOk(iban: string): boolean {
  if (!IBAN_COUNTRIES.has(iban.slice(0, 2)) || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(iban)) {
    return false;
  }
  let rest = 0;
  for (const c of iban.slice(4) + iban.slice(0, 4)) {
    const n = c <= "9" ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55;
    rest = (n > 9 ? rest * 100 + n : rest * 10 + n) % 97;
  }
  return rest === 1;
}

function ibans(view: MappedText, add: Add): void {
  const re = new RegExp(IBAN_REGEXP.source, "g");
  for (let m = re.exec(view.text); m !== null; m = re.exec(view.text)) {
    // Take the longest prefix (in whole groups) that passes mod-97; else, after an "IBAN"
    // label, the whole run (a typo in an IBAN is still an IBAN).
    const groups = m[0].match(/[A-Za-z0-9]+|[ .-]+/g) ?? [];
    let best = -1;
    let acc = "";
    let len = 0;
    for (const g of groups) {
      len += g.length;
      if (/^[ .-]+$/.test(g)) continue;
      acc += g.toUpperCase();
      if (acc.length >= 15 && acc.length <= 34 && ibanChecksumOk(acc)) best = len;
    }
    const labelled = /\biban\b[^\n]{0,20}$/i.test(
      view.text.slice(Math.max(0, m.index - 25), m.index),
    );
    // A run can hold several IBANs ("DE89… or GB29…"): scan on from the end of the one found, or
    // from the next letter when none starts here.
    if (best > 0) {
      add(view, m.index, m.index + best, "IBAN");
      re.lastIndex = m.index + best;
    } else if (labelled) add(view, m.index, m.index + m[0].length, "IBAN");
    else re.lastIndex = m.index + 1;
  }
}

const CARD_REGEXP = /(?<![0-9])[0-9](?:[ \t./_-]{0,3}[0-9]){12,18}(?![0-9])/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function cards(view: MappedText, add: Add): void {
  for (const m of view.text.matchAll(CARD_REGEXP)) {
    const digits = m[0].replace(/[^0-9]/g, "");
    const context = view.text.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    const brand = /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68])|35)/.test(digits);
    const grouped = /^\d{4}([ .-])\d{4}\1\d{4}\1\d{1,4}/.test(m[0]) ||
      /^\d{4} \d{6} \d{5}$/.test(m[0]);
    const labelled = /card|visa|master|amex|credit|debit|\bcc\b|pan\b/.test(context);
    // Luhn raises confidence; a brand prefix, card grouping or a label is enough without it.
    if (luhn(digits) || ((brand || labelled) && (grouped || labelled || digits.length === 16))) {
      add(view, m.index, m.index + m[0].length, "CARD");
    }
  }
}

const SSN_REGEXP = /(?<![0-9])[0-9]{3}([ .-]{1,2})[0-9]{2}\1[0-9]{4}(?![0-9])/g;
const SSN_BARE_REGEXP = /(?<![0-9])[0-9]{9}(?![0-9])/g;
const NINO_REGEXP =
  /(?<![A-Za-z0-9])[A-Za-z]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[0-9]{2}[ -]?[A-Da-d](?![A-Za-z0-9])/g;
const ID_TAIL_REGEXP =
  /(?<![\p{L}])(?:ssn|social security(?: number| no\.?)?|sin|nric|national insurance(?: no\.?| number)?|ni (?:no\.?|number)|passport(?: no\.?| number)?|national id|tfn|ppsn|aadhaar)[ \t]{1,2}(?:ending(?: in| with)?|last (?:4|four)(?: digits)?(?: are| is|:)?)[ \t:]{0,3}([0-9A-Z]{3,4})(?![0-9A-Za-z])|(?<![\p{L}])last (?:4|four)(?: digits)? of (?:my |the |your |his |her )?(?:ssn|social(?: security(?: number)?)?|sin|nric|id|passport)[ \t:,-]{0,4}(?:is |are |was )?([0-9]{4})(?![0-9])/giu;
// Ids whose shape alone says so, check character or not: an Italian codice fiscale
// ("RSSMRA85T10A562S", omocodia digits allowed), an Indian PAN ("ABCPK1234F") and a Brazilian CPF
// ("146.204.369-09").
const SHAPED_ID_REGEXP =
  /(?<![A-Za-z0-9])(?:[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]|[A-Z]{5}[0-9]{4}[A-Z]|[0-9]{3}\.[0-9]{3}\.[0-9]{3}-[0-9]{2})(?![A-Za-z0-9])/g;
const SIN_REGEXP = /(?<![0-9])[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}(?![0-9])/g;
// Labelled identifiers: passports, licences, tax and health numbers, account numbers.
// Labelled identifiers: passports, licences, tax and health numbers, account numbers. A space in
// a label also matches "_", "-" or "." ("national_id", "tax-id"), and the value may sit in quotes
// or brackets after it ("ssn": "…", "(ssn)=(…)").
const ID_LABELS = String
  .raw`ssn|social security(?: number| no\.?)?|passport(?: number| no\.?)?|driver'?s? licen[cs]e(?: number| no\.?)?|licen[cs]e (?:number|no\.?)|national id(?:entity)?(?: number| no\.?)?|id (?:number|no\.?)|tax id|tin|ein|itin|nhs(?: number| no\.?)?|medical record(?: number)?|mrn|member id|employee id|account(?: (?:number|no\.?))?|acct\.?(?: no\.?)?|routing(?: number)?|bsn|burgerservicenummer|sofinummer|steuer-?id|steuer-?identifikationsnummer|steuernummer|idnr|sozialversicherungsnummer|sv-nummer|rentenversicherungsnummer|personalausweis(?:nummer)?|ausweis(?:nummer|nr\.?)?|(?:kranken)?versicherten-?(?:nummer|nr\.?)|kvnr|versicherungsnummer|nir|insee|num[ée]ro de s[ée]curit[ée] sociale|s[ée]curit[ée] sociale|num[ée]ro fiscal|dni|nie|nss|n[úu]mero de la seguridad social|seguridad social|nif|n[úu]mero de contribuinte|contribuinte|cart[ãa]o de cidad[ãa]o|codice fiscale|tessera sanitaria|pesel|nip|dow(?:odem|odu|ód|od) osobist(?:ym|ego|y)|personnummer|personnr|samordningsnummer|f[øo]dselsnummer|cpr(?:-nr\.?| number)?|henkil[öo]tunnus|hetu|rijksregisternummer|num[ée]ro national|ahv(?:-nr\.?)?|avs|oib|egn|cnp|rodn[ée] [čc][íi]slo|ppsn?(?: number)?|id card(?: number| no\.?)?|identity card(?: number| no\.?)?|personal id(?:entity)?(?: number| no\.?)?|dl|national code|national number|ghana card|emirates id|nin|bvn|kennitala|tc kimlik(?: no)?|kimlik no|rrn|resident registration(?: number)?|resident id|nric|tax (?:number|code)|tax file number|tfn|social insurance number|aadhaar|pan|curp|rfc|cpf`;
// A column header that names an id: "national_id", "SSN", "Passport No", "tax id".
const ID_COLUMN_REGEXP = new RegExp(
  String.raw`^(?:[\p{L} ._-]{0,20}[ _.-])?(?:${
    ID_LABELS.replace(/ /g, "[ _.-]")
  })(?:[ _.-][\p{L}_ .-]{0,20})?$`,
  "iu",
);
const LABELLED_ID_REGEXP = new RegExp(
  String.raw`\b(?:${
    ID_LABELS.replace(/ /g, "[ _.-]")
  })(?:[ \t_-]{0,2}(?:n\.?[ \t]?[ºo°]\.?|nr\.?|no\.?|num\.?|number|nummer|numéro|número|numer))?["')\]]{0,2}\s{0,3}(?:#|:|is|=|-|\|)?\s{0,3}["'(\[]?((?=[A-Z0-9 ./-]{5,24})[A-Z0-9][A-Z0-9 ./-]{3,22}[A-Z0-9])`,
  "giu",
);

// Person ids with a date inside and a strong check (or letters), safe to mask without a label;
// bare nine-digit numbers with a one-in-eleven check (Dutch BSN, Portuguese NIF) need one.
const ID_COUNTRIES = ["SE", "PL", "FR", "NO", "BE", "CH", "DK", "FI", "IT", "ES", "RO", "CZ", "SK"];
// The compact lengths each country's person id has; stdnum is only asked about those (its
// validators build an Error with a stack for every rejection, ~10 µs each).
const ID_LENGTHS: Record<string, readonly number[]> = {
  SE: [10, 12],
  PL: [11],
  FR: [13, 15],
  NO: [11],
  BE: [11],
  CH: [13],
  DK: [10],
  FI: [11],
  IT: [16],
  ES: [9],
  RO: [13],
  CZ: [9, 10],
  SK: [9, 10],
};
const ID_CANDIDATE_REGEXP =
  /(?<![\p{L}\p{N}])[A-Z0-9](?:[ .\/+-]?[A-Z0-9]){7,19}(?![\p{L}\p{N}])/giu;

function nationalIds(view: MappedText, add: Add): void {
  const t = view.text;
  // stdnum's validators: personnummer, PESEL, NIR, fødselsnummer, AHV, CPR, HETU, codice
  // fiscale, DNI/NIE, CNP, rodné číslo. A candidate has six digits at least.
  for (const m of t.matchAll(ID_CANDIDATE_REGEXP)) {
    const digits = m[0].replace(/[^0-9]/g, "").length;
    if (digits < 6 || /^(?:19|20)[0-9]{2}[-./][0-9]{2}[-./][0-9]{2}$/.test(m[0])) continue;
    // A phone-shaped run with spaces is only tried as a Swedish personnummer ("850312 1239").
    const value = m[0].toUpperCase();
    const countries = / /.test(value) && !/[A-Z]/.test(value) && digits < 11
      ? ["SE"]
      : ID_COUNTRIES;
    const length = value.replace(/[^A-Z0-9]/g, "").length;
    if (
      countries.some((c) => ID_LENGTHS[c].includes(length) && validatePerson(c, value).isValid)
    ) {
      add(view, m.index, m.index + m[0].length, "ID");
    }
  }
  // Cells under an id column ("national_id", "SSN", "Steuer-ID") of a CSV file or SQL insert.
  if (/[,;\t|]/.test(t)) {
    columnCells(t, ID_COLUMN_REGEXP, (from, to) => {
      const cell = t.slice(from, to).replace(/^["']|["']$/g, "");
      if (/[0-9]/.test(cell) && cell.replace(/[^A-Za-z0-9]/g, "").length >= 5) {
        add(view, from, to, "ID");
      }
    });
  }
  for (const m of t.matchAll(SSN_REGEXP)) add(view, m.index, m.index + m[0].length, "ID");
  for (const m of t.matchAll(SHAPED_ID_REGEXP)) add(view, m.index, m.index + m[0].length, "ID");
  // The end of an id is still someone's: "SIN ending 8568", "last 4 of my SSN: 1234".
  for (const m of t.matchAll(ID_TAIL_REGEXP)) {
    const value = m[1] ?? m[2];
    const at = m.index + m[0].length - value.length;
    add(view, at, at + value.length, "ID");
  }
  for (const m of t.matchAll(SIN_REGEXP)) {
    const ctx = t.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (/sin\b|social insurance|ssn|social security|id/.test(ctx)) {
      add(view, m.index, m.index + m[0].length, "ID");
    }
  }
  for (const m of t.matchAll(NINO_REGEXP)) add(view, m.index, m.index + m[0].length, "ID");
  for (const m of t.matchAll(SSN_BARE_REGEXP)) {
    const ctx = t.slice(Math.max(0, m.index - 40), m.index).toLowerCase();
    if (/ssn|social|security|\bid\b|tax|tin|bsn/.test(ctx)) {
      add(view, m.index, m.index + m[0].length, "ID");
    }
  }
  const labelled = new RegExp(LABELLED_ID_REGEXP.source, LABELLED_ID_REGEXP.flags);
  for (let m = labelled.exec(t); m !== null; m = labelled.exec(t)) {
    const value = m[1];
    // The next label may sit inside what the value pattern took ("… RSSMRA85T10A562S. NIR 1 85…"):
    // scan on from the end of the value kept, below.
    labelled.lastIndex = m.index + m[0].length - value.length + 1;
    if (!/[0-9]/.test(value)) continue;
    // Stop at the first word without digits after the value started (labels run into prose).
    const parts = value.split(/(?<=[ ])/);
    // The value starts with its number ("account was closed in 2019" names none).
    if (
      !/[0-9]/.test(parts[0]) && !(/^[A-Z]{1,3} $/.test(parts[0]) && /[0-9]/.test(parts[1] ?? ""))
    ) {
      continue;
    }
    let len = 0;
    for (const p of parts) {
      if (len > 0 && !/[0-9]/.test(p) && (p.trim().length > 2 || /^\p{Ll}/u.test(p.trim()))) break;
      len += p.length;
    }
    const at = m.index + m[0].length - value.length;
    const kept = value.replace(/\s+$/, "").slice(0, len).trimEnd().length;
    add(view, at, at + kept, "ID");
    labelled.lastIndex = at + kept;
  }
}

const IPV4_REGEXP = /(?<![0-9.])(?:[0-9]{1,3}\.){3}[0-9]{1,3}(?:\/[0-9]{1,2})?(?![0-9]|\.[0-9])/g;
const IPV6_REGEXP =
  /(?<![0-9A-Fa-f:.])[0-9A-Fa-f:]{2,39}(?:\.[0-9]{1,3}){0,3}(?:%[A-Za-z0-9]{1,15})?/g;

// An IPv4 address read out: "one nine two dot one six eight dot five dot two five zero",
// "10 dot 194 dot 57 dot 176" (each part one to three digits or digit words, "double" allowed).
const SPOKEN_DIGIT = String
  .raw`(?:(?:double|triple) )?(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zéro|un|deux|trois|quatre|cinq|huit|neuf|[0-9])`;
const SPOKEN_IP_PART = String.raw`(?:[0-9]{1,3}|${SPOKEN_DIGIT}(?:[ -]${SPOKEN_DIGIT}){0,2})`;
const SPOKEN_IP_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}])${SPOKEN_IP_PART}(?: (?:dot|point|punto|punkt) ${SPOKEN_IP_PART}){3}(?![\p{L}\p{N}])`,
  "giu",
);

function ips(view: MappedText, add: Add): void {
  for (const m of view.text.matchAll(SPOKEN_IP_REGEXP)) {
    add(view, m.index, m.index + m[0].length, "IP");
  }
  for (const m of view.text.matchAll(IPV4_REGEXP)) {
    if (ipaddr.IPv4.isValidFourPartDecimal(m[0].split("/")[0])) {
      add(view, m.index, m.index + m[0].length, "IP");
    }
  }
  for (const m of view.text.matchAll(IPV6_REGEXP)) {
    const v = m[0].split("%")[0];
    if ((v.match(/:/g) ?? []).length < 2 || !/[0-9A-Fa-f]/.test(v)) continue;
    if (/^\d{1,2}:\d{2}(?::\d{2})?$/.test(v)) continue; // a clock time, not an address
    if (ipaddr.IPv6.isValid(v)) add(view, m.index, m.index + m[0].length, "IP");
  }
}

// Digit clusters that could be phone numbers; each is then checked by libphonenumber.
// One bounded character class (no optional separators between optional digit groups, which
// would backtrack exponentially on long digit runs). Not after a letter and a hyphen
// ("INV-2024-00123"). An extension may follow in several languages ("x 12", "poste 743").
const PHONE_CANDIDATE_REGEXP =
  /(?<![0-9A-Za-z+(]|[A-Za-z]-)(?:\(?(?:\+|00))?[ \t]{0,2}\(?[0-9][0-9 \t.\-\/()‐‑‒–]{4,30}[0-9](?:,?[ \t]{0,2}(?:ext\.?|extension|x|#|poste|durchwahl|dw\.?|interno|int\.|anexo|ramal|toestel|tst\.?|wew\.?|lok\.?)[ \t]{0,2}[0-9]{1,6})?(?![0-9])/gi;
const PHONE_EXTENSION_REGEXP =
  /,?[ \t]{0,2}(?:ext\.?|extension|x|#|poste|durchwahl|dw\.?|interno|int\.|anexo|ramal|toestel|tst\.?|wew\.?|lok\.?)[ \t]{0,2}[0-9]{1,6}$/i;
// Regions tried first with the lenient POSSIBLE check; every other region of libphonenumber's
// metadata is then tried with the strict VALID check (a national number of any country).
const PHONE_REGIONS = ["US", "GB", "DE", "FR", "IN", "AU", "ES", "IT", "NL", "BR"] as const;
let otherRegions: CountryCode[] | undefined;
// Labels that name a phone, in many languages ("Handy:", "puhelin", "téléphone", "móvil"…), as
// plain text, JSON keys ("mobile_phone": …) or CSV headers. After one of these even a short
// number (5–6 digits) is a phone.
const PHONE_LABEL = String
  .raw`phone|telephone|cellphone|smartphone|homephone|workphone|téléphone|telephon|telefon|telefono|teléfono|telefone|telefoon|telefoono|telefonas|telefón|mobiltelefon|tel|tél|tlf|tfn|fon|handy|mobil|mobile|mobiel|móvil|movil|mob|cell|cellular|cellulare|celular|cel|portable|portátil|gsm|fax|faks|telefax|puhelin|puh|matkapuhelin|komórka|komorka|tālrunis|talrunis|mobitel|mobilni|whats ?app|viber|landline|hotline|ph|rufnummer`;
// A label may end in a number word: "Telefonnummer", "phone_number", "Handy-Nr.", "tel. no".
const PHONE_LABEL_FULL = String
  .raw`(?:${PHONE_LABEL})(?:[ ._-]{0,2}(?:nummer|number|numbers|nr|no|num|numero|número|numéro|numer|nro))?`;
const PHONE_LABEL_REGEXP = new RegExp(
  String.raw`(?<![\p{L}])${PHONE_LABEL_FULL}(?![\p{L}])|(?<![\p{L}])[tmpf] ?:`,
  "giu",
);
// Weaker cues: a number after these is a phone when libphonenumber or its shape agrees.
const PHONE_CUE_REGEXP =
  /(?<![\p{L}])(?:call|text|sms|reach|contact|kontakt|dial|number|nummer|numéro|número|numero|ring|direct|office)(?![\p{L}])/giu;
// Labels of other numbers: order, invoice, ticket, build, version, id, amount… The label
// closest to a number decides what it is ("order number 4821", but "ref 12, call 0301234567").
const OTHER_NUMBER_WORDS = String
  .raw`orders?|bestellung|bestellnummer|commande|pedido|ordine|zamówienie|invoices?|inv|rechnung|facture|factura|fattura|faktura|receipt|quittung|ticket|case|incident|issue|ref|reference|referenz|référence|tracking|shipment|parcel|serial|s\/n|sku|isbn|issn|ean|upc|gtin|asin|po|purchase order|build|version|ver|release|firmware|patch|commit|account|acct|konto|iban|member|membership|policy|claim|contract|vertrag|transaction|txn|booking|confirmation|reservation|batch|lot|item|part|article|artikel|product|model|job|run|pipeline|pr|id|uuid|guid|pin|otp|code|zip|postcode|plz|amount|total|sum|subtotal|price|cost|fee|betrag|summe|montant|importe|qty|quantity|population|revenue|budget|salary|balance|size|count|bytes`;
const OTHER_NUMBER_REGEXP = new RegExp(
  String.raw`(?<![\p{L}])(?:${OTHER_NUMBER_WORDS})(?![\p{L}])`,
  "giu",
);
// Units and currencies right after a number make it an amount or a measure.
const AMOUNT_AFTER_REGEXP =
  /^(?:[.,][0-9]{1,2}(?![0-9])|\s{0,2}(?:%|€|\$|£|¥|₹|₦|₵|(?:eur|usd|gbp|chf|pln|huf|czk|sek|nok|dkk|ron|rub|inr|jpy|cny|zar|ngn|ghs|kes|mxn|brl|idr|vnd|aud|cad|kr|zł|ft|lei|people|persons|users|visitors|inhabitants|residents|employees|rows|records|items|units|pcs|pieces|copies|times|requests|views|downloads|km|kg|mb|gb|tb|kb|ms|bytes|tons?|tonnes?|miles|meters|metres|sq)(?![\p{L}])))/iu;

/** The end of the last match of `re` in `s`, or -1. */
function lastMatchEnd(re: RegExp, s: string): number {
  let end = -1;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Calls `found` with the offsets of every cell under a column whose header `header` accepts. */
/**
 * Splits a CSV line on `delimiter` outside double quotes (`"Kovács, Zsófia",1985-03-12` is two
 * cells). Hand-written: the CSV libraries return values, and the callers need each cell's
 * exact text to keep offsets.
 */
function splitCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let from = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) {
      cells.push(line.slice(from, i));
      from = i + 1;
    }
  }
  cells.push(line.slice(from));
  return cells;
}

/** A line of text split at each delimiter it contains, outside quotes. */
interface TableRow {
  start: number;
  cells: Map<string, string[]>;
  /** The delimiter that makes the most cells (two at least), or "". */
  best: string;
}
let rowsCache: { text: string; rows: TableRow[] } | undefined;

/** The rows of `t` for {@link columnCells}, computed once per text (six callers share them). */
function tableRows(t: string): TableRow[] {
  if (rowsCache?.text === t) return rowsCache.rows;
  const rows: TableRow[] = [];
  let offset = 0;
  for (const line of t.split("\n")) {
    const cells = new Map<string, string[]>();
    let best = "";
    for (const d of [",", ";", "\t", "|"]) {
      if (!line.includes(d)) continue;
      const split = splitCells(line, d);
      cells.set(d, split);
      if (split.length >= 2 && split.length > (cells.get(best)?.length ?? 0)) best = d;
    }
    rows.push({ start: offset, cells, best });
    offset += line.length + 1;
  }
  rowsCache = { text: t, rows };
  return rows;
}

function columnCells(
  t: string,
  header: RegExp,
  found: (from: number, to: number, column: string) => void,
): void {
  sqlCells(t, header, found);
  keyedValues(t, header, found);
  let columns: Map<number, string> = new Map();
  let sep = "";
  let width = 0;
  for (const row of tableRows(t)) {
    const start = row.start;
    // Rows under a header keep its delimiter ("Girard, Agrippin";"FR76…" is two cells of a
    // semicolon file); otherwise the delimiter that makes the most cells outside quotes.
    const delimiter = columns.size > 0 && (row.cells.get(sep)?.length ?? 0) >= 2 ? sep : row.best;
    if (!delimiter) {
      columns = new Map();
      continue;
    }
    const cells = row.cells.get(delimiter)!;
    const heads = new Map<number, string>();
    cells.forEach((c, i) => {
      const h = c.trim().replace(/^["']|["']$/g, "");
      if (header.test(h)) heads.set(i, h);
    });
    if (heads.size > 0) {
      columns = heads;
      sep = delimiter;
      width = cells.length;
      continue;
    }
    // A pasted table may mix delimiters (a "|" header over tab-separated rows): a row with the
    // header's number of cells still lines up with it.
    if (delimiter !== sep && cells.length !== width) {
      columns = new Map();
      continue;
    }
    let at = start;
    cells.forEach((c, i) => {
      const h = columns.get(i);
      if (h !== undefined) {
        const lead = c.length - c.trimStart().length;
        found(at + lead, at + c.trimEnd().length, h);
      }
      at += c.length + 1;
    });
  }
}

// `<Street>Katepark 282b</Street>` and `"national_id": "…"`: the element or key names the value.
const XML_ELEMENT_REGEXP = /<([A-Za-z][\w.:-]{0,40})(?:\s[^<>]{0,120})?>([^<>\n]{1,200})<\/\1>/g;
const JSON_STRING_REGEXP = /"([A-Za-z][\w .-]{0,40})"[ \t]{0,2}:[ \t]{0,2}"([^"\n\\]{1,200})"/g;

/** {@link columnCells} for XML elements and JSON string members whose name `header` accepts. */
function keyedValues(
  t: string,
  header: RegExp,
  found: (from: number, to: number, column: string) => void,
): void {
  if (!t.includes("</") && !t.includes('":')) return;
  for (const re of [XML_ELEMENT_REGEXP, JSON_STRING_REGEXP]) {
    for (const m of t.matchAll(re)) {
      const name = m[1].replace(/^[\w-]+:/, "");
      if (!header.test(name)) continue;
      const value = m[2];
      const lead = value.length - value.trimStart().length;
      const from = m.index + m[0].lastIndexOf(value) + lead;
      if (value.trim()) found(from, from + value.trim().length, name);
    }
  }
}

// `INSERT INTO t (a, b, c) VALUES (…), (…);`: the column list is the header of every tuple.
const SQL_INSERT_REGEXP =
  /\binsert\s+into\s+[\w."`\[\]]{1,80}\s*\(([^()]{1,2000})\)\s*values\s*/giu;

/**
 * {@link columnCells} for SQL inserts: each value of a tuple under a column `header` accepts,
 * without its single quotes. Hand-written for the same reason as {@link splitCells}: the
 * offsets of each value are needed, and SQL parsers return syntax trees without them.
 */
function sqlCells(
  t: string,
  header: RegExp,
  found: (from: number, to: number, column: string) => void,
): void {
  for (const m of t.matchAll(SQL_INSERT_REGEXP)) {
    const columns = m[1].split(",").map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ""));
    if (!columns.some((c) => header.test(c))) continue;
    let at = m.index + m[0].length;
    // Tuples, separated by commas, until anything else (";" or prose).
    while (t[at] === "(") {
      let column = 0, from = at + 1, quoted = false, i = at + 1;
      const cell = (end: number) => {
        const raw = t.slice(from, end);
        const lead = raw.length - raw.trimStart().length;
        let [a, b] = [from + lead, from + raw.trimEnd().length];
        if (t[a] === "'" && t[b - 1] === "'" && b - a >= 2) [a, b] = [a + 1, b - 1];
        const name = columns[column];
        if (name !== undefined && header.test(name) && b > a) found(a, b, name);
        column++;
        from = end + 1;
      };
      for (; i < t.length && i - at < 20_000; i++) {
        const c = t[i];
        if (c === "'") quoted = !quoted;
        else if (!quoted && c === ",") cell(i);
        else if (!quoted && c === ")") break;
        else if (!quoted && c === "(") i = t.indexOf(")", i); // NOW(), a nested call
        if (i < 0) return;
      }
      if (t[i] !== ")") return;
      cell(i);
      at = i + 1;
      while (/[\s,]/.test(t[at] ?? "")) at++;
    }
  }
}

// A word that is a phone label by itself ("Tel", "Handy", "Mobile").
const PHONE_LABEL_WORD_REGEXP = new RegExp(`^(?:${PHONE_LABEL_FULL})$`, "iu");
// CSV headers: a phone column ("phone", "Mobile number", "telefono"), or another number column.
const PHONE_COLUMN_REGEXP = new RegExp(
  String.raw`^(?:[\p{L} .-]{0,20}[ _.-])?${PHONE_LABEL_FULL}(?:[ _.-][\p{L}_ .-]{0,20})?$`,
  "iu",
);
const NUMBER_COLUMN_REGEXP = new RegExp(
  String
    .raw`^(?:[\p{L} .#-]{0,20}[ _.#-])?(?:${OTHER_NUMBER_WORDS})(?:[ _.#-][\p{L}_ .#-]{0,20})?$`,
  "iu",
);

function phones(view: MappedText, add: Add): void {
  const t = view.text;
  // CSV cells: phone columns label their values; other number columns (order ids, totals) too.
  const cells: { from: number; to: number; phone: boolean }[] = [];
  if (/[,;\t|]/.test(t)) {
    columnCells(t, PHONE_COLUMN_REGEXP, (from, to) => cells.push({ from, to, phone: true }));
    columnCells(t, NUMBER_COLUMN_REGEXP, (from, to, h) => {
      if (!PHONE_COLUMN_REGEXP.test(h)) cells.push({ from, to, phone: false });
    });
  }
  const cellAt = (at: number) => cells.find((c) => c.from <= at && at < c.to);
  const possibleIn = (s: string, region: string) =>
    (findNumbers(
      s,
      { defaultCountry: region, leniency: "POSSIBLE", v2: true } as never,
    ) as unknown as unknown[]).length > 0;
  for (const m of t.matchAll(PHONE_CANDIDATE_REGEXP)) {
    const digits = m[0].replace(PHONE_EXTENSION_REGEXP, "").replace(/[^0-9]/g, "");
    if (digits.length < 5) continue;
    const lineStart = t.lastIndexOf("\n", m.index - 1) + 1;
    const before = t.slice(Math.max(lineStart, m.index - 40), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 16);
    const international = /^\s*\(?(?:\+|00)/.test(m[0]);
    // What the closest label says: a phone, a weaker phone cue, or another kind of number.
    const cell = cellAt(m.index + m[0].length - 1);
    const phoneAt = lastMatchEnd(PHONE_LABEL_REGEXP, before);
    const cueAt = lastMatchEnd(PHONE_CUE_REGEXP, before);
    // Another number's label does not reach past a comma ("reference: Jane Doe, 0481 186 469").
    const otherLabelAt = lastMatchEnd(OTHER_NUMBER_REGEXP, before);
    const otherAt = Math.max(
      /[,;]|\p{Lu}[\p{Ll}'’]+ \p{Lu}[\p{L}'’-]+/u.test(before.slice(otherLabelAt))
        ? -1
        : otherLabelAt,
      /#\s?$/.test(before) ? before.length : -1,
    );
    const labelled = cell ? cell.phone : phoneAt > otherAt;
    const cued = !labelled && !cell && cueAt > otherAt;
    const other = cell ? !cell.phone : !labelled && !cued && otherAt >= 0;
    const value = m[0].trim();
    // Dates and times are not phone numbers.
    if (
      /^\d{4}-\d{2}-\d{2}(?:[ T]|$)|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value) ||
      /^\d{4}-\d{2}-\d{2}$/.test(value.split(/\s/)[0] ?? "")
    ) continue;
    // A short (six-digit) local number right after a cue and near no other number label:
    // "call me on 747 955", "my number is 246 830" (Croatian, Serbian, Luxembourg landlines).
    const closeCue = cued && otherAt < 0 && before.length - cueAt <= 14 && digits.length >= 6;
    if (!labelled) {
      if (digits.length < 7 && !closeCue) continue;
      // Amounts and measures: a currency or unit around it, or thousands groups ("8 400 000").
      if (
        /[$€£¥₹]\s{0,2}$|(?<![\p{L}])(?:eur|usd|gbp|chf|pln|huf|czk|sek|nok|inr)\s{0,2}$/iu.test(
          before,
        )
      ) continue;
      if (AMOUNT_AFTER_REGEXP.test(after)) continue;
      if (/^\d{1,3}(?:[ .]\d{3}){1,4}$/.test(value) && /000$/.test(value)) continue;
      // Versions: dotted groups with a one-digit group after the first ("6.3.9600.20778").
      if (
        /^\d+(?:\.\d+){2,}$/.test(value) && value.split(".").slice(1).some((g) => g.length === 1)
      ) {
        continue;
      }
      // An order, invoice, ticket or build number: only an international number is a phone.
      if (
        other && !(international && isValidPhoneNumber(value.replace(PHONE_EXTENSION_REGEXP, "")))
      ) {
        continue;
      }
    }
    if (digits.length > 15) {
      // Several numbers in one cluster: mask each one libphonenumber finds.
      let any = false;
      for (const region of PHONE_REGIONS) {
        for (
          const n of findNumbers(
            m[0],
            { defaultCountry: region, leniency: "POSSIBLE", v2: true } as never,
          ) as unknown as { startsAt: number; endsAt: number }[]
        ) {
          add(view, m.index + n.startsAt, m.index + n.endsAt, "PHONE");
          any = true;
        }
      }
      if (!any && labelled) add(view, m.index, m.index + m[0].length, "PHONE");
      continue;
    }
    // A phone label, or a number libphonenumber accepts, or a phone-shaped cluster: the whole
    // cluster is masked (area codes in brackets, extensions…).
    let found = labelled;
    for (const region of PHONE_REGIONS) {
      if (found) break;
      found = possibleIn(m[0], region);
      if (international) break;
    }
    if (!found && !international) {
      const national = value.replace(PHONE_EXTENSION_REGEXP, "");
      otherRegions ??= getCountries().filter((c) =>
        !(PHONE_REGIONS as readonly string[]).includes(c)
      );
      found = otherRegions.some((c) => isValidPhoneNumber(national, c));
    }
    if (
      found || cued || (international && digits.length >= 8) ||
      (/[-. ()]/.test(value) && digits.length >= 10)
    ) {
      add(view, m.index, m.index + m[0].length, "PHONE");
    }
  }
}

// English, German, French, Spanish, Italian, Dutch, Portuguese, Polish (genitive) and Swedish.
const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|maerz|mai|juni|juli|oktober|dezember|janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|listopada|grudnia|mars|augusti|janv|févr|fevr|avr|juil|déc|dez|okt|mär|mrz|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mrt|fev|out|maj|sty|lut|kwi|cze|lip|sie|wrz|paź|paz|lis|gru|" +
  // Czech, Finnish, Hungarian, Romanian and Turkish month names as dates write them.
  "ledna|února|unora|března|brezna|dubna|května|kvetna|června|cervna|července|cervence|srpna|září|zari|října|rijna|listopadu|prosince|tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|kesakuuta|heinäkuuta|heinakuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|január|február|március|április|május|június|július|augusztus|szeptember|október|ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|marts|desember";
const DATE_REGEXP = new RegExp(
  String
    .raw`(?<![0-9\p{L}])(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{2,4}|[0-9]{1,2}\. {1,2}[0-9]{1,2}\. {1,2}[0-9]{4}|[0-9]{1,2}[ -](?:${MONTHS})\.?[ -](?:[0-9]{4}|[0-9]{2})|[0-9]{4}-(?:${MONTHS})-[0-9]{1,2}|(?:${MONTHS})\.? {1,2}[0-9]{1,2}(?:st|nd|rd|th)?,? {1,2}[0-9]{4}|[0-9]{1,2}(?:st|nd|rd|th|er|º|°|o)?\.? {1,2}(?:of {1,2}|de {1,2})?(?:${MONTHS})\.?,? {1,2}(?:(?:de|del) {1,2})?(?:[0-9]{4}|[0-9]{2}))(?![0-9])`,
  "giu",
);
const DOB_CONTEXT_REGEXP =
  /(?:born|birth|dob|d\.o\.b|b\.|birthday|geboren|geb\.|geburtsdatum|geburtstag|né|née|nacido|nacida|nascid[oa]|nascimento|nasc\.|nat[oa]|nascita|naissance|nacimiento|geboortedatum|data urodzenia|urodzon[ya]|ur\.|född|födelsedatum|fødselsdato|født|syntynyt|syntymäaika|syntymaaika|nar\.|narozen[aý]?|datum narození|narodenia|született|születési|doğum|nașterii|nasterii|f\.|nací|nacid[oa] el|je suis née?|suis née? le|geboren am|bin am|urodził[ae]m|age[sd]?\b)[^\n]{0,50}$/iu;

// A date named as a birth date after it: "12/03/1985 (DOB)", "1985-03-12, date of birth".
const DOB_AFTER_REGEXP =
  /^[\s,;(\[-]{0,3}(?:dob|d\.o\.b|date of birth|birth ?date|birthday|born|geb\.|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia|födelsedatum)(?![\p{L}])/iu;
// A CSV or markdown column of dates of birth ("dob", "date_of_birth", "Geburtsdatum"…).
const DOB_COLUMN_REGEXP =
  /^(?:dob|d\.o\.b\.?|born|geb\.?|född|[\p{L} ._-]{0,20}(?:birth|geburt|naissance|nacimiento|nascita|nascimento|geboorte|urodzenia|födelse|fødsel|syntymä)[\p{L} ._-]{0,12})$/iu;

// Dates read out in a transcript: "march twelfth nineteen eighty five", "the third of may two
// thousand and one", "twelve oh three eighty five".
const NUMBER_WORD =
  "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";
const SPOKEN_DATE_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}])(?:(?:the|of|and|${NUMBER_WORD}(?:-${NUMBER_WORD})?|${MONTHS}|[0-9]{1,4}(?:st|nd|rd|th)?)(?:,? {1,2}|-)){2,12}(?:${NUMBER_WORD}(?:-${NUMBER_WORD})?|${MONTHS}|[0-9]{1,4})(?![\p{L}])`,
  "giu",
);

const MONTH_WORD_REGEXP = new RegExp(`^(?:${MONTHS})$`, "iu");
const NUMBER_WORD_REGEXP = new RegExp(`^(?:${NUMBER_WORD}|[0-9]+)$`);

// A question for a date of birth, an address or a phone number, at the end of a turn.
const ASKED_REGEXP =
  /(?:(date of birth|birth ?date|\bdob\b|when were you born|your birthday|geburtsdatum|date de naissance|fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|data urodzenia)|(address|where do you live|first line|street name|postcode|zip ?code|adresse|anschrift|dirección|direccion|indirizzo|endereço|endereco|adres)|(phone number|callback number|best number|number to reach|contact number|mobile number|telefonnummer|handynummer|numéro de téléphone|número de teléfono|numero di telefono|telefoonnummer))[^\n]{0,60}$/i;
// A digit or a number word: what a date, an address or a phone number answer has.
const ANSWER_NUMBER_REGEXP = new RegExp(
  String.raw`(?<![\p{L}])(?:${NUMBER_WORD})(?![\p{L}])|[0-9]`,
  "iu",
);
// The label of an answer's line: "Customer: ", "[00:01:23] S2: ", "SPEAKER_01 [00:01:55]: ".
const ANSWER_TURN_REGEXP =
  /^(?:\[[^\]\n]{1,30}\][ \t]{0,2})?[^:\n[(]{1,40}(?:[ \t]{0,2}[([][0-9:.,]{4,12}[)\]])?:[ \t]{0,3}/;
// A line that only says who speaks next, or when: "Vimala D.  6:03", "Speaker 2 (07:03):",
// "00:02:40,813 --> 00:03:11,845"; the answer is on the line after it.
const TURN_HEADER_REGEXP =
  /^(?:[^\n:]{1,40}[ \t]{1,2}[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp][Mm])?|[^\n:]{1,40}[ \t]{0,2}[([][0-9:.,]{4,12}[)\]][ \t]{0,2}:?|[0-9:.,]{8,12} --> [0-9:.,]{8,12}|[0-9]{1,4})[ \t]*$/;
// The answer's lead-in ("yes", "sure it's", "um") is not part of the value.
const ANSWER_LEAD_REGEXP =
  /^(?:(?:yes|yeah|yep|sure|ok|okay|um+|uh+|er+|so|right|of course|it['’]?s|its|it is|that['’]?s|thats|that is|my [a-z ]{2,20} is|i live at|i['’]m at|born on|born|on)[, ]{0,2}(?:[.…]{0,3}) ?)+/i;

/**
 * The next speaker's turn after "can you confirm your date of birth" (or address, or phone
 * number) is that value, in whatever words: "september six nineteen fifty one", "oh two
 * twenty six ninety nine", "eighty eight sixty two gill tunnel suite six a". Masked when it has
 * a digit or number word and is short; the question names the type.
 */
function dialogueAnswers(view: MappedText, add: Add): void {
  const t = view.text;
  const lines: { start: number; text: string }[] = [];
  let at = 0;
  for (const line of t.split("\n")) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  for (let i = 0; i + 1 < lines.length; i++) {
    // Our own tokens ("[ADDRESS_1]") are not questions.
    const asked = ASKED_REGEXP.exec(lines[i].text.replace(/\[[A-Z][A-Z0-9_]*\]/g, " "));
    if (!asked) continue;
    const type = asked[1] ? "DATE" : asked[2] ? "ADDRESS" : "PHONE";
    let j = i + 1;
    while (j < lines.length && lines[j].text.trim() === "") j++;
    if (j >= lines.length) break;
    // The answer is another speaker's turn: "Customer: …", "[00:01:23] S2: …", "SPEAKER_01
    // [00:01:55]: …", or the line after a header line that names the turn.
    const header = TURN_HEADER_REGEXP.test(lines[j].text);
    let turn = header ? undefined : ANSWER_TURN_REGEXP.exec(lines[j].text)?.[0];
    if (header) {
      j++;
      while (j < lines.length && TURN_HEADER_REGEXP.test(lines[j].text)) j++;
      if (j >= lines.length) break;
      turn = "";
    }
    if (turn === undefined) continue;
    let from = lines[j].start + turn.length;
    const lead = ANSWER_LEAD_REGEXP.exec(t.slice(from, lines[j].start + lines[j].text.length));
    if (lead) from += lead[0].length;
    let value = t.slice(from, lines[j].start + lines[j].text.length);
    // Up to the end of the sentence or a follow-up question.
    value = value.split(/[?!]|\.(?:\s|$)| and (?:my|the|it['’]?s|its)\b/i, 1)[0].trimEnd();
    // A value already masked ("[DATE_1]") is not found again.
    if (
      value.length < 4 || value.length > 90 || !ANSWER_NUMBER_REGEXP.test(value) ||
      /[[\]]/.test(value)
    ) {
      continue;
    }
    add(view, from, from + value.length, type);
  }
}

// A month name (or its abbreviation) anywhere in a value.
const MONTH_IN_REGEXP = new RegExp(`(?:${MONTHS})`, "iu");
// A date of birth in words after a birth cue: "né le vingt-huit août mil neuf cent
// soixante-quatorze", "nacida el cinco de mayo de mil novecientos ochenta".
const WORD_DOB_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}])(?:née?|nacid[oa]|nat[oa]|geboren|born)(?: (?:à|a|en|in) [^,.;\n]{1,30}?(?= (?:le|el|il|am|on) ))? (?:le|el|il|am|on)? ?((?:[\p{L}-]{2,20} ){0,3}(?:${MONTHS})(?: [\p{L}-]{1,20}){1,8})`,
  "giu",
);

function datesOfBirth(view: MappedText, add: Add, latestBirthYear: number): void {
  const t = view.text;
  for (const m of t.matchAll(WORD_DOB_REGEXP)) {
    // Up to a word that no longer reads as part of a date ("et", "y", "und" end it).
    const parts = m[1].split(" ");
    let keep = parts.length;
    for (let k = 0; k < parts.length; k++) {
      if (
        /^(?:et|y|e|und|and|en|à|a|in|son|sa|ses|il|elle|lui|qui|que|con|with|mit)$/i.test(parts[k])
      ) {
        keep = k;
        break;
      }
    }
    const value = parts.slice(0, keep).join(" ");
    if (!MONTH_IN_REGEXP.test(value) || value.split(" ").length < 3) continue;
    const at = m.index + m[0].length - m[1].length;
    add(view, at, at + value.length, "DATE");
  }
  const cells: [number, number][] = [];
  if (/[,;\t|]/.test(t)) columnCells(t, DOB_COLUMN_REGEXP, (from, to) => cells.push([from, to]));
  // Eight digits that read as a real date (ddmmyyyy, yyyymmdd, mmddyyyy) after a birth word:
  // "DOB 12031985", or digits a caller read out one by one.
  for (const m of t.matchAll(/(?<![0-9])[0-9]{8}(?![0-9])/g)) {
    const d = m[0];
    const real = (day: string, month: string, year: string) =>
      Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31 &&
      /^(?:19|20)/.test(year);
    const date = real(d.slice(0, 2), d.slice(2, 4), d.slice(4)) ||
      real(d.slice(6), d.slice(4, 6), d.slice(0, 4)) ||
      real(d.slice(2, 4), d.slice(0, 2), d.slice(4));
    if (date && DOB_CONTEXT_REGEXP.test(t.slice(Math.max(0, m.index - 64), m.index))) {
      add(view, m.index, m.index + 8, "DATE");
    }
  }
  for (const m of t.matchAll(SPOKEN_DATE_REGEXP)) {
    const words = m[0].toLowerCase().split(/[ ,-]+/);
    const month = words.some((w) => MONTH_WORD_REGEXP.test(w));
    const numbers = words.filter((w) => NUMBER_WORD_REGEXP.test(w)).length;
    if ((month && numbers >= 2) || numbers >= 4) {
      if (DOB_CONTEXT_REGEXP.test(t.slice(Math.max(0, m.index - 64), m.index))) {
        add(view, m.index, m.index + m[0].length, "DATE");
      }
    }
  }
  for (const m of t.matchAll(DATE_REGEXP)) {
    const before = t.slice(Math.max(0, m.index - 64), m.index);
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 24);
    const year = Number(/(?:19|20)[0-9]{2}(?![0-9])/.exec(m[0])?.[0] ?? 0);
    if (
      (year >= 1900 && year <= latestBirthYear) || DOB_CONTEXT_REGEXP.test(before) ||
      DOB_AFTER_REGEXP.test(after) ||
      cells.some(([from, to]) => from <= m.index && m.index < to)
    ) {
      add(view, m.index, m.index + m[0].length, "DATE");
    }
  }
}

// USPS street suffixes and their European counterparts.
const STREET_SUFFIXES =
  "street|st|avenue|ave|av|road|rd|yard|approach|link|lk|paddock|brae|garth|croft|fold|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|ter|parkway|pkwy|circle|cir|highway|hwy|square|sq|trail|trl|crescent|cres|close|grove|gardens?|mews|row|hill|walk|green|rise|park|alley|aly|bypass|byp|causeway|center|ctr|crossing|xing|creek|crest|estates?|expressway|expy|extension|ext|falls|ferry|field|fields|flats?|ford|forest|fork|fort|ft|freeway|fwy|glen|harbor|haven|heights|hts|hollow|island|junction|jct|key|knoll|lake|landing|loop|manor|meadows?|mill|mission|mount|mountain|mtn|orchard|oval|overpass|pass|path|pike|pines|plaza|plz|point|pt|port|prairie|ranch|ridge|river|route|rte|run|shoals?|shore|shores|spring|springs|spur|station|sta|stream|summit|turnpike|tpke|underpass|union|valley|via|viaduct|view|village|vlg|ville|vista|wells?|wharf|quay|embankment|broadway|circus|parade|drove|chase|dale|vale|wynd|neck|cape|camp|canyon|cliffs?|club|commons?|corners?|course|cove|curve|dam|divide|gateway|inlet|isle|lights?|locks?|lodge|motorway|plains?|radial|ramp|rapids?|rest|stravenue|throughway|trace|track|trafficway|tunnel|wall|keys|knolls|loaf|burgs?|branch|bridge|brooks?|bluffs?|bottom|bend|beach|forges?|fords|harbors|hills|islands|junctions|lakes|manors|mills|mounts|orchards|passage|points|ports|ridges|squares|streets|valleys|views|villages|ways|walks|greens|groves|gardens|crescent|lanes|roads|drives|courts|circles|parks|plazas|paths|trails|estates|crossroad|mall|skyway|spurs|ville";
// Suffixes match as "Street", "street" or "STREET" while the name words stay capitalised.
const SUFFIX_ALT = STREET_SUFFIXES.split("|").map((x) =>
  `[${x[0].toUpperCase()}${x[0]}]${x.slice(1)}|${x.toUpperCase()}`
).join("|");
const US_STREET_REGEXP = new RegExp(
  String
    .raw`(?<![0-9A-Za-z])[0-9]{1,6}[A-Za-z]?(?:[-/][0-9]{1,4})?,? {1,2}(?:(?:[NSEW]|N\.?E|N\.?W|S\.?E|S\.?W|North|South|East|West)\.? {1,2})?(?:[\p{Lu}0-9][\p{L}\p{M}0-9'’.-]{0,30} {1,2}){0,4}(?:${SUFFIX_ALT})(?![\p{L}\p{N}])\.?(?: {1,2}(?:[NSEW]|NE|NW|SE|SW)(?![\p{L}])\.?)?`,
  "gu",
);
// Apartment, floor and door parts in several languages ("Apt. 4", "Lgh. 806", "m. 12", "5. tv").
const UNIT_REGEXP =
  /^,? {0,2}(?:(?:apt|apartment|appartamento|apartamento|appt|suite|ste|unit|fl|floor|room|rm|bldg|building|flat|lgh|leil|leilighet|oppgang|hus|zimmer|top|stiege|stock|etage|whg|wohnung|ap|apto|dpto|depto|casa|esc|escalera|bloc|bloco|piso|puerta|pta|edificio|sobrado|quadra|interno|int|scala|piano|bus|bte|boîte|andar|sala|loja|lote|mieszkanie|lok|lokal|verdieping|kat|stan|sprat|dz|ĉambro|nadstropje|apartma|pisarna|stanovanje(?: št\.)?|m\.|et\.)(?<=\.|[a-zĉš])(?![\p{L}])\.? {0,2}#?[A-Za-z0-9-]{1,8}\.?|#[A-Za-z0-9-]{1,8}|[0-9]{1,2}\.? {0,2}(?:tv|th|tr|mf|sal|st|og|dg|ос|e verdieping|ème|eme|er|étage|etage|hoog(?: achter)?|em(?: {0,2}[0-9]{1,3} {0,2}ajtó)?)(?![\p{L}])\.?|[0-9]{1,2}\.?[º°ªoa] {0,2}(?:[A-D]|izda|dcha|izq|dcho?|esq|dto|drt|frt|dir)?(?![\p{L}])\.?|-[0-9]{1,4}[a-z]?(?![\p{L}\p{N}])|(?:bis|ter)(?![\p{L}])|\/(?:top {0,2})?[0-9]{1,4}[a-z]?(?![\p{L}\p{N}])|(?:as|bl|sc|col)\. {0,2}[A-Z0-9]{1,4}(?![\p{L}\p{N}])|(?:étage|etage|hoog|ajtó)(?![\p{L}])|(?:bajo|ático|atico|r\/c|pb|planta baja)(?: [A-D])?\.?|[0-9]{1,3}-(?:uy|xonadon)|- [0-9]{1,4}|[IVX]{1,4}(?= )|[A-Z] [0-9]{1,3})/iu;
const CITY_REGEXP =
  /^,? {0,2}\p{Lu}[\p{L}'’.-]{1,30}(?: \p{Lu}[\p{L}'’.-]{1,30}){0,3}(?:,? {0,2}(?:[A-Z]{2}|\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})?) {0,2}(?:[0-9]{5}(?:-[0-9]{4})?|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9])?)?/u;
// Up to four words (separators are not word characters, so splits are unambiguous) and a
// house number; the last word must end in a street word, checked separately.
const EU_STREET_REGEXP =
  /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’]{0,30}[ -]){0,3}\p{L}[\p{L}'’]{0,40}\.?(?: {0,2}No\.?:?)? {0,2}[0-9]{1,4}[a-zA-Z]?(?![\p{L}0-9])/gu;
const EU_STREET_WORD_REGEXP =
  /(?:straße|strasse|str\.?|weg|gasse|platz|allee|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|vej|gade|gatan|vägen|veien|gata|kamp|hof|markt|steig|pfad|zeile|graben|berg|boulevarden|vænget|stræde|torv|plads|allé|park|dreef|pad|steeg|wal|plantsoen|vegur|stræti|gata)\.? {0,2}[0-9]{1,4}[a-zA-Z]?$/i;
// Street words that end a compound name ("Konvalljordet", "Mannerheimintie", "Dorfgässli"): the
// word must be capitalised and longer than the ending, so "about 5" or "tie 3" never match.
const STREET_ENDINGS =
  "straße|strasse|str|weg|gasse|gässli|gässle|platz|allee|damm|ufer|chaussee|steig|stieg|pfad|zeile|graben|markt|brücke|bruecke|feld|grund|wiese|garten|höhe|winkel|bogen|hang|blick|redder|twiete|kamp|hof|straat|steenweg|laan|dreef|dijk|kaai|gracht|plein|kade|singel|burgwal|hoven|vej|vænget|vaenget|gade|allé|stræde|straede|toften|gatan|gata|vägen|vagen|gränd|backe|backen|torget|stigen|leden|veien|vegen|gaten|stien|bakken|jordet|svingen|tunet|haugen|katu|tie|kuja|polku|kaari|rinne|raitti|väylä|vayla|kaarre|utca|körút|korut|sokak|sokağı|sokagi|caddesi|bulvarı|bulvari|yolu|ulica|ulice|cesta|aleja|aleea|strada|nábřeží|náměstí|namesti|třída|trida|siedlung|gürtel|lände|promenade|linja|ranta|penger|plantsoen|gärdet|gränden|allén|alléen|sgate|svei|berget|engen|flata|hagen|kollen|lunden|løkka|myra|plassen|ringen|skogen|stranda|toppen|vollen|vojo|strato|insulo|bulvardo|avenuo";
const COMPOUND_STREET_REGEXP = new RegExp(
  String.raw`(?:^|[ -])\p{Lu}\p{L}{2,40}(?:${STREET_ENDINGS})\.? {0,2}[0-9]{1,4}[a-zA-Z]?$`,
  "u",
);
// The house number first ("43546 Dorfstrasse", "12 Kaiserallee").
const NUMBER_FIRST_STREET_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}])[0-9]{1,6}[a-zA-Z]?,? {1,2}(?:\p{Lu}[\p{L}'’-]{0,30} {1,2}){0,3}\p{Lu}\p{L}{2,40}(?:${STREET_ENDINGS})\.?(?![\p{L}])`,
  "gu",
);
// Street-type words written as their own word after the name ("Hédi köz 46", "Fatih Sokak 5",
// "Andrássy út 60", "Jan Steenlaan 3"): at least one capitalised word must come first.
const STREET_WORD_AFTER_NAME_REGEXP =
  /\p{Lu}[\p{L}'’]{0,30}[ -](?:\p{L}[\p{L}'’]{0,30}[ -]){0,2}(?:út|utca|köz|tér|sor|sétány|körút|sokak|sokağı|sk\.|cadde|caddesi|cad\.|bulvarı|yolu|Sokak|Sokağı|Sk\.|Cadde|Caddesi|Cad\.|Bulvarı|Yolu|Mahallesi|Mah\.|vei|veg|gate|gata|gade|vej|allé|katu|kuja|lei|dreef|laan|straat|weg|gasse|platz|allee|street|road|lane|ulica|cesta|trg|namesti|náměstí|iela|gatvė|gatve|g\.|tänav|tn\.|pst\.|prospekt|prospekts|pr\.|prospekti|bulvāris|bulvar|ulitsa|vulytsia|put|obala|šetalište|setaliste|nábrežie|nabrezie|námestie|namestie|Soi|soi|Marg|marg|Salai|salai|Nagar|Ring|Gürtel|Kai|Lände|Väg|väg|Vag|Gata|Vei|Veg|gatve|gāte|laukums|dambis|dűlő|fasor|főtér|főút|határút|körtér|lakótelep|liget|országút|rakpart|sugárút|útja|ko['’]chasi|bulvari|daxasi|qirg['’]oqi|xiyoboni|küçəsi|küç\.|sahəsi)\.?(?: {0,2}No\.?:?)? {0,2}[0-9]{1,4}[a-zA-Z]?(?:\/[0-9]{1,4}[a-zA-Z]?)?$/u;
// Czech and Slovak streets are often one adjective ("Litovická 54", "Nádražní 12").
const SLAVIC_ADJECTIVE_STREET_REGEXP =
  /(?:^|[ -])\p{Lu}\p{L}{2,30}(?:ská|cká|ová|ní|ná|ého) {0,2}[0-9]{1,4}[a-zA-Z]?$/u;
// Street-type words written before the name (Romance, Romanian, Polish, Portuguese, Catalan…).
const PREFIX_STREET_TYPES =
  "[Rr]ue|[Aa]venue|[Aa]v\\.|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Qq]uai|[Pp]assage|[Cc]ours|[Ss]quare|[Rr]oute|[Cc]alle|[Cc]\\/|[Aa]venida|[Aa]vda\\.?|[Aa]v\\.ª|[Pp]aseo|[Pp]laza|[Cc]arrer|[Vv]ia|[Vv]iale|[Pp]iazza|[Pp]iazzale|[Cc]orso|[Ll]argo|[Vv]icolo|[Ss]alita|[Tt]raversa|[Cc]ontrada|[Bb]orgo|[Ll]ungomare|[Ss]trada|[Rr]ua|[Tt]ravessa|[Pp]raça|[Pp]raca|[Aa]lameda|[Rr]odovia|[Ee]strada|[Bb]eco|[Ll]adeira|[Cc]arretera|[Cc]trra?\\.|[Cc]arr\\.|[Cc]amino|[Rr]onda|[Tt]ravesía|[Pp]asaje|[Gg]lorieta|[Rr]ambla|[Pp]asseig|[Aa]vinguda|[Uu]lica|[Uu]l\\.|[Vv]ul\\.|[Vv]ulitsa|[Aa]l\\.|[Aa]leja|[Bb]ulw\\.|[Oo]s\\.|[Pp]l\\.|[Pp]lac|[Rr]ynek|[Ss]tr\\.|[Aa]leea|[Bb]ulevardul|[Bb]-dul|[Cc]alea|[Șș]oseaua|[Ss]oseaua|[Ss]plaiul|[Ii]ntrarea|[Pp]iața|[Pp]iata|[Jj]alan|[Jj]l\\.|[Jj]ln\\.|[Ll]orong|[Tt]hanon|[Đđ]ường|[Dd]uong|[Pp]hố|[Nn]gõ|[Hh]ẻm|[Cc]arrera|[Cc]ra\\.|[Kk]ra\\.|[Dd]iagonal|[Tt]ransversal|[Cc]alzada|[Cc]ircuito|[Pp]rivada|[Cc]errada|[Rr]ruga|[Oo]dos|[Oo]dós|[Ll]eoforos|[Rr]ehov|[Ss]haria|[Ss]hari['’]a|[Uu]litsa|[Vv]ulytsia|[Pp]rospekt|[Bb]ulevar|[Bb]ulevardi|[Aa]venija|[Tt]rg|[Ss]ubida|[Bb]ajada|[Ll]ugar|[Mm]asía|[Bb]loque|[Aa]partamento|[Cc]aserío|[Cc]aserio|[Aa]ldea|[Aa]rrabal|[Bb]arranco|[Bb]arrio|[Cc]alleja|[Cc]onjunto|[Cc]uesta|[Cc]halet|[Ee]dificio|[Ee]scalinata|[Ee]xplanada|[Ee]xtramuros|[Ee]xtrarradio|[Hh]uerta|[Jj]ardines|[Mm]anzana|[Mm]uelle|[Pp]arcela|[Pp]artida|[Pp]oblado|[Pp]olígono|[Pp]rolongación|[Rr]amal|[Rr]ampa|[Rr]iera|[Rr]incón|[Ss]alida|[Uu]rbanización|[Vv]ía|[Aa]ndador|[Rr]etorno|[Vv]iaducto|[Ee]je|[Aa]cesso|[Aa]zinhaga|[Bb]airro|[Cc]alçada|[Cc]aminho|[Ee]scadas|[Jj]ardim|[Pp]raceta|[Qq]uinta|[Vv]iela|[Vv]oie|[Éé]changeur|[Rr]ésidence|[Ii]mmeuble|[Dd]rève|[Pp]arvis|[Aa]leo|[Aa]venuo|[Bb]ulvardo|[Ss]trato|[Vv]ojo|[Pp]laco|[Dd]igo|Prol\\.|Calz\\.|Cda\\.|Priv\\.|Blvd\\.|Str-la|[Bb]ulw\\.|[Ww]yb\\.|[Dd]roga|[Rr]ondo|[Ss]kwer|[Ss]zosa|[Ww]yspa|[Oo]gród|Ds\\.|Dk\\.|Gg\\.|Jr\\.|Kpg\\.|Ki\\.|Psr\\.|P\\.za|P\\.zza|V\\.le|C\\.so|L\\.go|[Ll]aan";
const ROMANCE_STREET_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}])(?:[0-9]{1,5}[a-zA-Z]?(?: bis| ter)?,? {1,2})?(?:${PREFIX_STREET_TYPES}) {1,2}(?:(?:de|del|della|delle|dei|degli|des|du|la|le|les|da|do|dos|das|di|al|van|der|den|l['’]|d['’])[ ]{0,2}){0,3}\p{Lu}[\p{L}'’.-]{1,30}(?: (?:\p{Lu}[\p{L}'’.-]{1,30}|de|del|della|da|do|dos|das|di|du|des|la|le)){0,4}(?:,? {1,2}(?:n\.?º?|nr\.?|no\.?|nº|n°|kav\.?|blok|block|bloc|bl\.|lote|#)? ?[0-9]{1,5}[a-zA-Z]?(?:[/-][0-9]{1,4}[a-zA-Z]?)?(?: {0,2}(?:#|No\.?|N°) {0,2}[0-9]{1,3}[A-Z]?-[0-9]{1,3})?)?`,
  "gu",
);
const UK_POSTCODE_REGEXP =
  /(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9][A-Z0-9]? {0,2}[0-9][ABD-HJLNP-UW-Z]{2}|GIR 0AA)(?![A-Za-z0-9])/g;
// Canadian postcodes and Irish Eircodes are distinctive enough to mask on their own.
const CA_POSTCODE_REGEXP =
  /(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] ?[0-9][ABCEGHJ-NPRSTV-Z][0-9](?![A-Za-z0-9])/g;
const EIRCODE_REGEXP =
  /(?<![A-Za-z0-9])(?:[AC-FHKNPRTV-Y][0-9]{2}|D6W) ?(?=[0-9]{0,3}[AC-FHKNPRTV-Y])[0-9AC-FHKNPRTV-Y]{4}(?![A-Za-z0-9])/g;
const ZIP_AFTER_STATE_REGEXP =
  /(?<![A-Za-z])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY) {1,2}[0-9]{5}(?:-[0-9]{4})?(?![0-9])/g;
const PO_BOX_REGEXP =
  /(?<![\p{L}])(?:(?:G\.?P\.?O\.? |P\.? ?O\.? ?)Box|Locked Bag|Postfach|Postbus|Postboks|Postbox|Box|Boîte postale|Case postale|Casella postale|Caixa postal|Apartado(?: de correos)?|Casilla|Skrytka pocztowa|BP) {0,2}(?:no\.? ?|nr\.? ?|#)?[0-9]{1,8}/giu;
// A postcode and town after a street: DE/FR/IT/ES/FI 5 digits, 4 digits (NL with letters, AT/CH/BE/
// DK/NO/AU/ZA), PL 12-345, PT 1234-567, BR 12345-678, CZ/SK/SE/GR 123 45, CA A1A 1A1, IE Eircode.
const EU_POSTCODE_CITY_REGEXP =
  /^,? {0,2}(?:\n {0,4})?(?:[A-Z]{1,2}-)?(?:[0-9]{5}-[0-9]{3}|[0-9]{4}-[0-9]{3}|[0-9]{2}-[0-9]{3}|[0-9]{3} [0-9]{2}|[0-9]{4,6}(?: ?[A-Z]{2}(?![\p{L}]))?|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[A-Z][0-9]{2}[0-9W] ?[A-Z0-9]{4}) {1,2}\p{Lu}[\p{L}'’-]{1,30}(?: (?:(?:in|am|an|de|do|da|del|sur|en|la|le) )?\p{Lu}[\p{L}'’-]{1,30}){0,3}/u;

// Numbered streets with a cross-street number ("Carrera 7 # 32-16", "calle 50 No. 23-45").
const NUMBERED_STREET_REGEXP =
  /(?<![\p{L}])(?:carrera|cra\.?|kra\.?|calle|cl\.?|diagonal|dg\.?|transversal|tv\.?|avenida|av\.?|avenue|ave\.?) {1,2}[0-9]{1,3}[a-z]?(?: ?bis)? {0,2}(?:#|no\.?|n°|nº) {0,2}[0-9]{1,3}[a-z]?(?: {0,2}- {0,2}[0-9]{1,3})?(?![0-9])/giu;
// A street whose type word we do not know, still an address by its shape: capitalised words
// (a lower-case type word may follow: "Kalnciema iela", "Nowy Świat") and a house number (with
// a flat: "15/3"), or the number first. Kept only when a postcode and town follow, or when a
// place cue comes before ("at", "to", "lives on"…) and a town follows after a comma.
const GENERIC_STREET_REGEXP =
  /(?<![\p{L}\p{N}#@./-])(?:\p{Lu}[\p{L}\p{M}'’.-]{1,30} {1,2}){0,3}\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: {1,2}\p{Ll}{2,12}\.?)? {1,2}(?:No\.? {0,2})?[0-9]{1,4}[a-zA-Z]?(?:\/[0-9]{1,4}[a-zA-Z]?)?(?![\p{L}\p{N}.,:]?[\p{L}\p{N}])|(?<![\p{L}\p{N}#@./-])[0-9]{1,4}[a-zA-Z]?,? {1,2}(?:\p{Lu}[\p{L}\p{M}'’.-]{1,30} {1,2}){0,3}\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?![\p{L}\p{N}])/gu;
const PLACE_CUE_REGEXP =
  /(?:\b(?:at|to|on|in|from|near|visit|visiting|address is|(?:home|house|flat|office) is|lives|live|living|stays?|staying|moved|delivered|deliver|ship|shipped|send|sent|bring|drop|meet|au|à|chez|an|nach|bei|en|em|na|ke|di|tại|ở|ul)|[,(:])[ \t]{1,2}$/iu;
// The prefix street types in lower case only ("[Rr]ue" → "rue"), for transcribed text.
const PREFIX_STREET_TYPES_LOWER = PREFIX_STREET_TYPES.replace(/\[(\p{Lu})(\p{Ll})\]/gu, "$2");
const LOWER_SUFFIXES =
  "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|way|court|place|close|crescent|terrace|highway|parkway|square|row|gardens|grove|mews|walk|hill|park|view|rise|" +
  // The rest of the common US street types (those that are not everyday nouns after a number).
  "alley|bridge|brook|brooks|burg|bypass|canyon|cape|causeway|circle|circles|cliff|cliffs|corner|corners|courts|cove|coves|creek|crest|crossing|crossroad|curve|dale|divide|drives|estate|estates|expressway|extension|ferry|field|fields|flats|ford|forest|fort|freeway|garden|gateway|glen|glens|green|greens|groves|harbor|harbors|haven|heights|hills|hollow|inlet|island|isle|junction|key|keys|knoll|knolls|lake|lakes|landing|lanes|lodge|loop|manor|manors|meadow|meadows|mill|mills|mission|motorway|mount|mountain|orchard|overpass|parks|parkways|pike|plaza|port|ports|prairie|radial|ranch|ridge|ridges|river|roads|shore|shores|skyway|spur|spurs|stravenue|streets|throughway|trafficway|trail|tunnel|turnpike|underpass|valley|valleys|via|viaduct|views|village|villages|ville|vista|walks|ways|copse|chase|parade|quay|paddock|brae|wynd|garth|croft|vale|cres|cct|pde|tce|hwy|ct|cl";
// Lower-case (speech-to-text) streets after a place cue: "on 12 elm street", "at rue des lilas 4",
// "to 177 avenue jean jaurès", "to flat 89, rosebank court", "to ul. długa 5".
const LOWER_STREET_REGEXP = new RegExp(
  String
    .raw`(?<=\b(?:at|to|on|in|from|near|address is|lives|live|living|visit|meet|drop it|place is|it['’]?s|unit is|first line is)[ \t]{1,2})(?:(?:(?:flat|apt\.?|apartment|unit|suite) {0,2}[0-9]{1,5}[a-z]?(?:\/[0-9]{1,5})?,? {1,2}(?:[0-9]{1,5}[a-z]?,? {1,2})?|[0-9]{1,5}[a-z]?,? {1,2}|(?:${NUMBER_WORD})(?:[ -](?:${NUMBER_WORD})){0,3},? {1,2})(?:[\p{Ll}\p{M}'’.-]{2,20} {1,2}){1,3}(?:${LOWER_SUFFIXES})(?![\p{L}])|(?:${PREFIX_STREET_TYPES_LOWER})(?: {1,2}[\p{Ll}\p{M}'’.-]{1,20}){1,4},? {1,2}(?:n[oº°]\.? ?)?[0-9]{1,5}[a-z]?(?![\p{L}\p{N}])|[0-9]{1,5}[a-z]?,? {1,2}(?:${PREFIX_STREET_TYPES_LOWER})(?: {1,2}[\p{Ll}\p{M}'’.-]{2,20}){1,3}(?= {1,2}(?:not|and|but|please|on|in|at|by|for|so|then|next|tomorrow|today|tonight|before|after|near|with|or|if)\b|[,.;!?)]|\s*$)|(?:[\p{Ll}\p{M}'’.-]{2,20} {1,2}){1,3}(?:iela|cesta|utca|ulica|straße|strasse|str\.|gatan|vej|katu|tie|caddesi|sokak|gatvė|tänav|laan|straat|weg|gasse|allee|platz) {1,2}[0-9]{1,4}[a-z]?)`,
  "gu",
);
// Numbered parts in a row, as Indian addresses write them: "House No. 45, Sector 15", "Plot 7,
// Road No. 12, Banjara Hills", "H.No. 12-3-45, Street 4".
// Streets named by a preposition ("Am Mühlbach 37", "An der Evgl. Kirche 11c", "Im Winkel 4")
// and Czech and Slovak house numbers ("Palackého č. p. 1204", "Husova č. 12/3").
const OTHER_STREET_REGEXP =
  /(?<![\p{L}\p{N}])(?:[0-9]{1,4}-dong [0-9]{1,4}-ho(?:, {1,2}[0-9]{1,4} \p{Lu}\p{Ll}+-(?:ro|gil|daero))?|[0-9]{1,4}(?:-[0-9]{1,3})? \p{Lu}\p{Ll}+-(?:ro|gil|daero)(?: [0-9]{1,3}-gil)?|(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Hinter der|Hinter dem|Unter den|Vor dem|Bei der) (?:\p{Lu}[\p{L}'’.-]{1,30} ){0,2}\p{Lu}[\p{L}'’-]{2,30} [0-9]{1,3}[a-z]?(?![\p{L}\p{N}.,]?[0-9]|[ \t]{1,2}\p{Lu}\p{Ll})|\p{Lu}[\p{L}]{2,30} (?:č\. ?p\.|č\. ?o\.|č\.) ?[0-9]{1,5}(?:\/[0-9]{1,4}[a-z]?)?)/gu;
const NUMBERED_PART = String
  .raw`(?:(?:House|H\. ?No\.|Plot|Flat|Door|Shop|Block|Blk|Lot|Sector|Road|Phase|Street|Lane|Cross|Main|Ward|Khasra|No|#)\.? {0,2}(?:No\.? {0,2})?[0-9]{1,5}[A-Z]?(?:[-/][0-9]{1,4}){0,3}|[0-9]{1,2}(?:st|nd|rd|th) {1,2}(?:Cross|Main|Block|Stage|Phase|Sector|Road|Street|Lane|Floor|Avenue)(?: Road)?),? {0,2}`;
const LOCALITY = String
  .raw`\p{Lu}[\p{L}]{2,20} (?:Hills|Nagar|Colony|Layout|Enclave|Vihar|Bagh|Puram|Road|Marg)(?![\p{L}])`;
// Two numbered parts or more, or one and a named locality ("H.No. 19-7-354, Vijayapuri Colony").
const NUMBERED_PARTS_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}])(?:(?:${NUMBERED_PART}){2,6}(?:${LOCALITY})?|${NUMBERED_PART}${LOCALITY})`,
  "giu",
);
// A flat or unit first, then a named building or street without a number: "Flat 35, Rosebank Court".
const UNIT_FIRST_STREET_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}\p{N}])(?:[Ff]lat|FLAT|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Ss]uite) {0,2}(?:[Nn]o\.? {0,2})?[0-9]{1,5}[A-Za-z]?,? {1,2}(?:\p{Lu}[\p{L}'’.-]{1,30} {1,2}){1,3}(?:${SUFFIX_ALT}|House|HOUSE|Mansions|Lodge|Cottage|Towers?|Apartments|Residency|Buildings|Chambers|Hall|Manor|Villas?|Block)(?![\p{L}])`,
  "gu",
);
// Rural routes and house names: "RR 1 Box 280", "Rural Route 2, Box 44", "at Glenview Cottage",
// "Moving into: Orchard View, Mill Rd", "H.No. 7-9-996/B".
const RURAL_AND_HOUSE_REGEXP =
  /(?<![\p{L}\p{N}])(?:(?:[Rr]ural [Rr]oute|RR|rr)\.? {0,2}[0-9]{1,3},? {1,2}(?:[Bb]ox|BOX) {0,2}[0-9]{1,5}|H\. ?No\.? {0,2}[0-9]{1,5}(?:[-/][0-9A-Z]{1,4}){1,3})|(?<=(?:\b(?:at|into|to|address|from|of)|:)[ \t]{1,2})\p{Lu}\p{Ll}{2,20}(?: \p{Lu}\p{Ll}{2,20})? (?:Cottage|Barn|Farm|Farmhouse|House|Lodge|View|Grange|Rectory|Vicarage)(?![\p{L}])(?:, {1,2}\p{Lu}\p{Ll}{1,20} (?:Rd|Road|Lane|Ln|Street|St)\.?)?/gu;
// After a street: "City 12950", "Rīga LV-1046", "Jakarta Selatan 12950".
const CITY_POSTCODE_REGEXP =
  /^,? {0,2}\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,2},? {1,2}(?:[A-Z]{1,3}-)?[0-9]{4,6}(?![\p{L}\p{N}])/u;

const STREET_WORD_IN_NAME_REGEXP = new RegExp(
  String.raw`(?<![\p{L}])(?:${STREET_SUFFIXES})(?![\p{L}])|\p{L}(?:${STREET_ENDINGS})(?![\p{L}])`,
  "iu",
);
// A place cue before a city ("in", "flew to", "based in", "office in") or after it ("office").
const PLACE_BEFORE_REGEXP =
  /(?<![\p{L}])(?:in|at|near|into|across|around|outside|inside|via|visit|visits|visiting|visited|(?:flew|fly|flying|flight|flights|drive|drove|driving|travel|travels|travelled|traveled|travelling|traveling|trip|moved|moving|relocated|relocating|commute|commuting|shipped|shipping|route|train|bus|return|returned|back) (?:to|from)|based (?:in|at)|offices? in|located in|born in|lives in|live in|living in)[ \t]{1,2}$/iu;
const PLACE_AFTER_REGEXP =
  /^[ \t]{1,2}(?:office|offices|branch|team|site|plant|factory|warehouse|store|shop|campus|airport|hq|headquarters|region|area|city|metro|station|port|harbour|harbor|university|hospital|council|data ?cent(?:er|re)s?|datacenter|dc|cluster|zone|market|time|timezone|marathon|hub)(?![\p{L}])/iu;
const ADDRESS_COLUMN_REGEXP =
  /^(?:(?:home|street|postal|mailing|billing|shipping|delivery|residential|private)[ _.-]?)?(?:address|addr|street|strasse|straße|adresse|anschrift|rue|calle|via|indirizzo|dirección|direccion|endereço|endereco|adres|straat|ulica|gatuadress|gata|line[ _.-]?1|address[ _.-]?line[ _.-]?1|street[ _.-]?address)$/iu;
const ADDRESS_LABEL_REGEXP =
  /(?<![\p{L}])(?:(?:(?:home|street|postal|mailing|billing|shipping|delivery|residential|private|permanent|current)[ _-]?)?(?:address|addr)(?:[ _-]?(?:line)?[ _-]?1)?|adresse|anschrift|dirección|direccion|indirizzo|adres|lives at|living at|resides at|located at|ship to|deliver to|send it to|moved to)(?![\p{L}])(?:["']?\s{0,2}[:=]\s{0,3}["']?|\s{1,3})|(?<![\p{L}])(?:street|line[ _-]?1)["']?\s{0,2}[:=]\s{0,3}["']?/giu;

// "Mar 2025" after a number is a date, not a town and a postcode.
const MONTH_YEAR_REGEXP = new RegExp(
  String.raw`^[,\s]{0,4}(?:${MONTHS})\.?,?\s{1,2}(?:19|20)[0-9]{2}(?![0-9])`,
  "iu",
);

function addresses(view: MappedText, addSpan: Add): void {
  const t = view.text;
  // A flat or building before the street joins it: "Flat 2, 27 Cromwell Road", "Bât. B, 8 allée…".
  const add: Add = (v, from, to, type, prio) => {
    const lead =
      /(?:^|[\s,(:"])((?:(?:(?:[Ff]lat|FLAT|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Ss]uite|[Bb]ât\.?|[Bb]âtiment|[Bb]loc|[Bb]lock|[Bb]uilding|[Bb]ldg\.?|[Hh]aus|[Ee]dificio|[Pp]ortal|[Ll]evel|[Ff]loor|[Ss]hop|[Ll]ot|[Hh]ouse|[Pp]lot|[Vv]illa|[Rr]oom) {0,2}(?:[Nn]o\.? {0,2})?[0-9A-Z]{1,4},? {1,2}(?:(?:The {1,2})?\p{Lu}[\p{L}'’-]{1,20}(?: {1,2}\p{Lu}[\p{L}'’-]{1,20}){0,2}, {1,2})?){1,2}(?:No\.? {0,2})?|[0-9]{1,4}[A-Za-z]?\/))$/u
        .exec(t.slice(Math.max(0, from - 64), from));
    addSpan(v, lead ? from - lead[1].length : from, to, type, prio);
  };
  const things = notPeople();
  const extend = (end: number): number => {
    // A block letter ("Mannerheimintie 5 B") before the unit, postcode and town.
    const letter = /^ [A-Z](?: [0-9]{1,3})?(?![\p{L}\p{N}])/u.exec(t.slice(end, end + 7));
    if (letter) end += letter[0].length;
    for (
      const re of [
        UNIT_REGEXP,
        UNIT_REGEXP,
        UNIT_REGEXP,
        UNIT_REGEXP,
        EU_POSTCODE_CITY_REGEXP,
        CITY_POSTCODE_REGEXP,
      ]
    ) {
      const m = re.exec(t.slice(end, end + 120));
      if (m) end += m[0].length;
    }
    for (const re of [CITY_REGEXP, UNIT_REGEXP]) {
      const m = re.exec(t.slice(end, end + 120));
      if (m) end += m[0].length;
    }
    return end;
  };
  const lex = lexicon();
  // The name part of a street candidate has a word that is not an everyday word ("Kalnciema",
  // "Sukhumvit"), so "Sprint 14" or "Room 5" never count.
  const unusual = (s: string) =>
    (s.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? []).some((w) => {
      const low = foldString(w).replace(/\.$/, "");
      return low.length >= 3 && !lex.notNames.has(low) &&
        (lex.rank.get(low) ?? Infinity) > PROPN_JOIN_RANK;
    });
  for (const m of t.matchAll(GENERIC_STREET_REGEXP)) {
    const end = m.index + m[0].length;
    const after = t.slice(end, end + 120);
    const before = t.slice(Math.max(0, m.index - 16), m.index);
    // "DOB 12/03/1980": the number starts a date.
    if (
      /^[./-][0-9]{1,2}[./-][0-9]{2,4}(?![0-9])/.test(after) ||
      /[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}$/.test(m[0])
    ) continue;
    const name = m[0].replace(/[0-9]/g, " ");
    if (!unusual(name)) continue;
    // A postcode and a town that is not an everyday word ("2024 Amounts" is a year).
    // Flat and door parts may stand between the street and the postcode ("Meir 50 bus 3\n2000…").
    let units = 0;
    for (
      let k = 0, u = UNIT_REGEXP.exec(after);
      k < 4 && u;
      k++, u = UNIT_REGEXP.exec(after.slice(units))
    ) {
      units += u[0].length;
    }
    const rest = after.slice(units);
    const pc = EU_POSTCODE_CITY_REGEXP.exec(rest)?.[0] ?? CITY_POSTCODE_REGEXP.exec(rest)?.[0];
    const postcode = pc !== undefined && !MONTH_YEAR_REGEXP.test(pc) &&
      (!/^[,\s]{0,4}(?:19|20)[0-9]{2}\s/.test(pc) ||
        (pc.match(/\p{L}+/gu) ?? []).every((w) => !lex.common.has(foldString(w))));
    // Without a postcode: a street shape that products and versions do not have ("Python 3",
    // "Gate 12"): two name words, a lower-case type word, or a flat number, then a town.
    const shaped = /[0-9]\/|(?<![\p{L}])\p{Ll}{2,}\.? {1,2}(?:No\.? {0,2})?[0-9]/u.test(m[0]) ||
      (m[0].match(/\p{Lu}[\p{L}\p{M}'’.-]+/gu) ?? []).length >= 2 ||
      // "Strøget 12, 2. th.", "Meir 50 bus 3", "Karlova 25/148": a flat or door after it.
      (/[0-9]$/.test(m[0]) && UNIT_REGEXP.test(after) && !/^ {1,2}[0-9]/.test(after));
    const town = /^, {0,2}\p{Lu}[\p{L}\p{M}'’.-]{2,30}/u.test(after) ||
      /^(?:\s{0,2}[.;!?)]|\s{0,2}$|\n)/.test(after) || UNIT_REGEXP.test(after) ||
      /^ {1,2}(?:on|next|last|this|tomorrow|today|tonight|and|but|so|before|after|by|until|since|in|with|near|from)(?![\p{L}])/u
        .test(after);
    const year = /(?:^|\D)(?:19|20)[0-9]{2}(?!\d)/.test(m[0]);
    if (postcode || (PLACE_CUE_REGEXP.test(before) && shaped && town && !year)) {
      add(view, m.index, extend(end), "ADDRESS");
    }
  }
  for (
    const re of [
      NUMBERED_STREET_REGEXP,
      LOWER_STREET_REGEXP,
      UNIT_FIRST_STREET_REGEXP,
      NUMBERED_PARTS_REGEXP,
      OTHER_STREET_REGEXP,
      RURAL_AND_HOUSE_REGEXP,
    ]
  ) {
    for (const m of t.matchAll(re)) add(view, m.index, extend(m.index + m[0].length), "ADDRESS");
  }
  for (
    const re of [
      US_STREET_REGEXP,
      EU_STREET_REGEXP,
      ROMANCE_STREET_REGEXP,
      NUMBER_FIRST_STREET_REGEXP,
    ]
  ) {
    for (const m of t.matchAll(re)) {
      // "5 days", "3 points": a bare number and one common word is not an address.
      if (re === US_STREET_REGEXP && /^[0-9]+ {1,2}[A-Za-z]+\.?$/.test(m[0])) continue;
      // "DOB 12/03/1980": the number starts a date.
      if (/^[./-][0-9]{1,2}[./-][0-9]{2,4}(?![0-9])/.test(t.slice(m.index + m[0].length))) continue;
      if (
        re === EU_STREET_REGEXP && !EU_STREET_WORD_REGEXP.test(m[0]) &&
        !COMPOUND_STREET_REGEXP.test(m[0]) && !STREET_WORD_AFTER_NAME_REGEXP.test(m[0]) &&
        !SLAVIC_ADJECTIVE_STREET_REGEXP.test(m[0])
      ) continue;
      if (
        re === ROMANCE_STREET_REGEXP && !/[0-9]/.test(m[0]) &&
        !/^(?:rue|calle|via|rua|piazza|avenida|carrer|viale|corso|quai|impasse|strada|alameda|travessa|rodovia|ulica|ul\.|aleea|calea|bulevardul)(?![\p{L}])/iu
          .test(m[0])
      ) continue;
      add(view, m.index, extend(m.index + m[0].length), "ADDRESS");
    }
  }
  // A labelled address: the rest of the line after "Address:", "lives at", "Anschrift:"…
  // Cells and values under a street column, key or element ("street", "address_line_1").
  columnCells(t, ADDRESS_COLUMN_REGEXP, (from, to) => {
    const cell = t.slice(from, to).replace(/^["']|["']$/g, "");
    if (/[0-9]/.test(cell) && /\p{L}{3}/u.test(cell) && !/^\[[A-Z]/.test(cell)) {
      const lead = t[from] === '"' || t[from] === "'" ? 1 : 0;
      add(view, from + lead, from + lead + cell.length, "ADDRESS");
    }
  });
  for (const m of t.matchAll(ADDRESS_LABEL_REGEXP)) {
    const at = m.index + m[0].length;
    let line = /^[^\n]{4,120}/.exec(t.slice(at))?.[0] ?? "";
    // A quoted value ends at its quote: `"street": "Lewispark 965a", "city": …`.
    if (/["']$/.test(m[0])) line = line.split(m[0].at(-1)!, 1)[0];
    // The line up to a sentence end (a period not after an abbreviation like "Apt.").
    const value = line.split(
      /(?<!\b(?:apt|ste|st|ave|av|rd|dr|blvd|ln|no|nr|str|bd|ct|pl|sq|hwy|pkwy|fl|bldg|rm|lgh|leil|dz|ap|bl|esc|izq|izda|dcha|ed|[a-z]))\.(?:\s|$)|;| and | but | since /i,
    )[0];
    // After a verb ("moved to", "ship to"), a product and a version or year is not an address:
    // "moved to Visual Studio 2022", "located at Python 3.12".
    if (/^(?:lives|living|resides|located|ship|deliver|send|moved)/i.test(m[0])) {
      const head = value.split(/\s+/).slice(0, 2).map((w) => foldString(w));
      const product = things.products.has(head[0] ?? "") || things.products.has(head.join(" "));
      const name = value.replace(/\s*\bv?[0-9][0-9.]*\s*$/, "").trim();
      const versioned = !/[0-9]/.test(name) && !STREET_WORD_IN_NAME_REGEXP.test(name) &&
        /(?:^|\s)v?(?:[0-9]{1,4}\.[0-9][0-9.]*|(?:19|20)[0-9]{2})\s*$/.test(value);
      if (!value.includes(",") && (product || versioned)) continue;
    }
    // Our own tokens carry digits: "moved to [ADDRESS_1] last year" is not a new address.
    const bare = value.replace(/\[[A-Z][A-Z0-9]{0,30}_[0-9]{1,6}\]/g, " ");
    if (/[0-9]/.test(bare) && /\p{L}{3}/u.test(bare)) add(view, at, at + value.length, "ADDRESS");
  }
  for (
    const re of [UK_POSTCODE_REGEXP, ZIP_AFTER_STATE_REGEXP, CA_POSTCODE_REGEXP, EIRCODE_REGEXP]
  ) {
    for (const m of t.matchAll(re)) add(view, m.index, m.index + m[0].length, "ADDRESS");
  }
  for (const m of t.matchAll(PO_BOX_REGEXP)) {
    add(view, m.index, extend(m.index + m[0].length), "ADDRESS");
  }
}

// ---------------------------------------------------------------- person names

/** A set of the space-separated words of `words`. */
const wordSet = (words: string) => new Set(words.split(" "));

const WORD_REGEXP = /\p{L}[\p{L}\p{M}]{0,40}(?:['’-]\p{L}[\p{L}\p{M}]{0,40}){0,3}/gu;
const TITLE_REGEXP =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|herr|frau|fräulein|mme|mlle|madame|monsieur|mademoiselle|señor|señora|señorita|sr|sra|srta|sta|lic|licda|ing|arq|mtro|mtra|phd|dipl|mag|mgr|bc|mudr|judr|phdr|rndr|doc|dña|doña|sig|sigra|signor|signora|signorina|dott|dottssa|dottoressa|avv|ing|geom|mevrouw|mevr|mw|dhr|meneer|mnr|mev|juf|meester|pan|pani|panna|pana|panu|panem|pane|paní|panią|herrn|don|senhor|senhora|signore|gospodin|gospodja|gospođa|gđa|fru|frk|herra|rouva|neiti|bay|bayan|hanım|bey|sayın|domnul|doamna|shri|smt|kumari|bapak|ibu|ông|bà|rev|fr|capt|captain|col|gen|sgt|lt|judge|hon|uncle|aunt|auntie|cousin|grandma|grandpa)$/i;
// Upper-case words of two or three letters that are not someone's initials.
const ACRONYMS = wordSet(
  "IT HR PR QA UX UI AI ML BI OPS CEO CFO CTO COO CIO CMO VP SVP EVP GM MD PM PO BA SE SRE DBA EOD EOW COB ASAP FYI ETA TBD TBC OOO WFH N/A NA AM PM UK US USA EU UAE UN NHS GP API SDK SLA KPI OKR ROI RFP RFQ POC MVP PDF CSV XLS DOC PPT SQL CRM ERP SAP AWS GCP VPN LAN WAN DNS SSO MFA OTP PIN ID SMS URL FAQ HQ R&D CX CS OK FW FWD CC BCC TO DO AND THE FOR NOT ALL NEW ANY ONE TWO ADD GET SET RUN YES NO",
);
// Words that end or follow a company's name.
const COMPANY_WORDS = wordSet(
  "ltd limited inc incorporated llc llp plc corp corporation co company gmbh ag sa sas sarl srl spa bv nv ab oy kg ug group holdings partners partnership consulting consultants analytics systems solutions technologies technology labs traders trading logistics services software studios media ventures capital industries international enterprises associates agency insurance foundation institute",
);
// Words for "in", "to" and "from" before a place in other languages ("i Umeå", "fra Esbjerg",
// "nach Graz"); "a", "de" and "di" are left out, they come before people as often.
const PLACE_BEFORE_WORDS = wordSet(
  "i till från fra til ved vid på in en à au aux dans nach aus w we v ve z ze na em no ao desde hasta hacia naar uit kohti",
);
// Words between a title and a name: degrees ("Dr. med.", "Dr. rer. nat."), roles ("Frau
// Kollegin"), the endings of "Sig.ra" and "Dott.ssa".
const TITLE_WORDS = wordSet(
  "med rer nat phil jur dent vet oec pol habil kollegin kollege kollegen doktor doktorin ra ssa",
);
// Titles that are never abbreviations of something else ("Sr. Engineer", "Gen Z"): after these,
// even an everyday word is a name ("Dr. Green", "Frau Rose").
const STRONG_TITLES = wordSet(
  "mr mrs ms miss mx dr prof herr frau mme mlle madame monsieur señor señora sra srta sig signor signora dott dottssa avv mevrouw mevr dhr pan pani fru herra rouva dame sir lady uncle aunt auntie",
);
const STRONG_CONTEXT_BEFORE =
  /(?:\b(?:thanks|thank you|thx|hi|hey|hello|dear|cc|ask|asked|tell|told|ping|pinged|call|called|email|emailed|met|meet|with|from|by|to|and|or|per|via|attendees?|present|owner|assignee|contact|name(?: is)?|i'm|i am|this is|said|cc:|from:|to:)[\s,:]{1,3})$/i;
const STRONG_CONTEXT_AFTER =
  /^(?:['’]s\b|[\s,]{1,3}(?:said|says|asked|asks|told|wrote|writes|mentioned|thinks|thought|suggested|agreed|replied|will|would|can|could|should|is|was|has|had|and|joined|left|called|emailed|noted|added|explained|confirmed|proposed|presented|here)\b)/i;
const GREETING_BEFORE =
  /(?:\b(?:thanks|thank you|thx|hi|hey|hello|dear|cc|ask|asked|tell|told|ping|pinged|met|meet|spoke (?:with|to)|speak (?:with|to)|talked (?:with|to)|talk (?:with|to)|chatted with|met with|heard from|meeting with|call with|introduced)[\s,:]{1,3})$/i;
// Phrases of transcribed calls right before a name, in several languages.
const CALL_NAME_BEFORE =
  /(?<![\p{L}])(?:mein name ist|hier ist|hier spricht|ich bin|c['’]est|moi c['’]est|je m['’]appelle|estoy yo|soy|me llamo|sono|mi chiamo|ik ben|aqui é|le atiende|empfänger ist|empfängerin ist|destinatario|bénéficiaire|beneficiario|titular|(?:mamie|papi|mamy|papy|oma|opa|abuela|abuelo|nonna|nonno|tante|tata|tía|tío|zia|zio|tante|oncle)|(?:my|mi|mein|meine|meinen|meinem|meiner|ma|mon|mia|mio|minha|meu) (?:wife|husband|partner|partnerin|boyfriend|girlfriend|fiancée?|son|daughter|brother|sister|hija|hijo|esposa|esposo|marido|hermano|hermana|frau|mann|sohn|tochter|bruder|schwester|femme|mari|fils|fille|frère|sœur|moglie|marito|figlio|figlia|fratello|sorella|filha|filho)|(?:first name|last name|surname|family name|given name|vorname|nachname|prénom|nom de famille|apellido)(?: is| ist| es| est)?|hola|hallo|bonjour|coucou|ciao|olá|salut)[ \t]{1,2}$/iu;
// Words after "thanks" or "hi" that are no one's name: "thanks man", "hi mom", "cheers mate".
const CUE_ADDRESSEES = wordSet(
  "man mate buddy dude bro love dear honey babe boss fam sis pal bud everybody anyway though tho lots loads heaps kindly too also now then very you all people girl girls boys mom mum dad doc ladies gents again",
);
// Greetings and thanks right before an addressee's name and a comma: "hi Astride,", "Hei
// Martti,", "Cześć Ola!", "Lieber Jonas:".
const GREETING_NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${
    [
      "hi|hey|hello|dear|thanks|thank you|hallo|hej|hei|hoi|moi|hola|ciao|salut|bonjour|bonsoir",
      "coucou|servus|moin|liebe|lieber|liebes|cher|chère|chers|querida|querido|estimada|estimado",
      "caro|cara|carissimo|carissima|gentile|olá|ola|oi|prezada|prezado|beste|lieve|geachte",
      "kære|kaere|käre|kära|hyvä|rakas|drogi|droga|szanowny|szanowna|cześć|czesc|witaj|ahoj",
      "milý|milá|vážený|vážená|dobrý den|god morgen|goddag|hejsan|danke|merci|gracias|grazie",
      "obrigado|obrigada|bedankt|takk|tack|kiitos|dziękuję|dzięki|děkuji|díky",
    ].join("|")
  }),?[ \t]{1,2}$`,
  "iu",
);
const SPEECH_AFTER =
  /^(?:['’]s\b|[\s,]{1,3}(?:said|says|asked|asks|told|wrote|writes|mentioned|thinks|thought|suggested|agreed|replied|will|would|joined|left|called|emailed|noted|explained|confirmed|proposed|presented)\b)/i;
// Suffixes written after a full name.
const NAME_SUFFIX_REGEXP =
  /^,?[ \t](?:Jr\.?|Sr\.?|II|III|IV|MD|M\.D\.|DDS|D\.D\.S\.|PhD|Ph\.D\.|DVM|Esq\.?|CPA|RN)(?![\p{L}])/u;
// After these a lower-case word is a thing, not a person ("about the bill", "my will").
const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "its",
  "every",
  "each",
  "any",
  "some",
  "no",
]);
// A speaker naming themself: "it's accursio", "this is Grace", "my name is Tendai".
const INTRO_BEFORE =
  /(?<![\p{L}])(?:it['’]?s|its|this is|i['’]m|i am|im|my name is|my name's|name['’]s|call me|here['’]s|here is|c['’]est|je suis|ich bin|hier ist|soy|sono|ik ben|jestem|jsem|olen|sou|eu sou|jag är|jeg er)[ \t]{1,2}$/iu;
// Phrases that name the speaker outright: after these even an everyday listed name is a name.
const NAMING_BEFORE =
  /(?<![\p{L}])(?:my name is|my name's|name's|the name is|call me|(?:his|her|their) name is|je m'appelle|s'appelle|ich heiße|ich heisse|heißt|heisst|me llamo|se llama|mi chiamo|si chiama|mijn naam is|heet|meu nome é|se chama|chama-se|nazywam się|nazywa się|jag heter|heter|hedder|jmenuje se|jmenuji se|nimeni on|nimi on|adım|adı)[ \t]{1,2}$/iu;
// Words that end a self-introduction ("this is mark from accounts").
const INTRO_STOP = new Set([
  "and",
  "from",
  "with",
  "here",
  "speaking",
  "calling",
  "again",
  "please",
  "the",
  "again",
  "just",
  "about",
  "back",
  "over",
  "still",
  "also",
  "too",
]);
// A person's act at the start of a sentence: "Bliss says", "Will Hall opened the meeting".
const SPEECH_START_AFTER =
  /^[\s,]{1,3}(?:said|says|asked|asks|told|tells|wrote|writes|replied|agreed|mentioned|suggested|confirmed|explained|thanked|called|emailed|phoned|rang|texted|opened|closed|chaired|presented|joined|left)\b/i;
const ADDRESSEES = new Set([
  "team",
  "all",
  "everyone",
  "guys",
  "folks",
  "there",
  "again",
  "both",
  "so",
  "much",
  "y'all",
  "sir",
  "madam",
  "friends",
  "colleagues",
]);
const GENERIC_LABELS = new Set([
  "note",
  "notes",
  "summary",
  "subject",
  "re",
  "fw",
  "fwd",
  "to",
  "from",
  "cc",
  "bcc",
  "date",
  "time",
  "agenda",
  "action",
  "actions",
  "todo",
  "question",
  "answer",
  "q",
  "a",
  "speaker",
  "unknown",
  "host",
  "guest",
  "user",
  "assistant",
  "system",
  "customer",
  "agent",
  "interviewer",
  "moderator",
  "narrator",
  "everyone",
  "all",
  "email",
  "e-mail",
  "mail",
  "phone",
  "tel",
  "mobile",
  "cell",
  "fax",
  // Phone labels of other languages ("Handy:", "Puhelin:", "Móvil:") are not speakers.
  "telephone",
  "téléphone",
  "telefon",
  "telefono",
  "teléfono",
  "telefone",
  "telefoon",
  "handy",
  "mobil",
  "móvil",
  "movil",
  "portable",
  "celular",
  "cellulare",
  "puhelin",
  "gsm",
  "whatsapp",
  "address",
  "dob",
  "ssn",
  "name",
  "client",
  "company",
  "owner",
  "status",
  "priority",
  "title",
  "role",
  "department",
  "location",
  "website",
  "url",
  "ip",
  "comment",
  "comments",
  "description",
  "result",
  "output",
  "input",
  "error",
  "warning",
  "info",
  "update",
  "reminder",
  "deadline",
  "budget",
  "total",
  "price",
  "amount",
  "card",
  "iban",
  "account",
  "id",
  "ref",
  "reference",
  "order",
  "invoice",
  "ticket",
  "project",
  "team",
  "attendees",
  "participants",
  "present",
  "absent",
  "sent",
  "received",
  "ps",
  "nb",
  "tip",
  "example",
  "step",
  "backup",
  "contact",
  "host",
  "server",
  "website",
  "iban",
  "tax",
  "vat",
  "passport",
  "licence",
  "license",
  "parent",
  "parents",
  "teacher",
  "tenant",
  "landlord",
  "guardian",
  "student",
  "pupil",
  "child",
  "mother",
  "father",
  "caller",
  "doctor",
  "nurse",
  "patient",
  "driver",
  "manager",
  "employee",
  "applicant",
  "candidate",
  "recipient",
  "sender",
  "requester",
  "assignee",
  "reporter",
  "organizer",
  "organiser",
  "attendee",
  "witness",
  "claimant",
  "policyholder",
  "insured",
  "beneficiary",
  "spouse",
  "partner",
  "emergency",
  "traceback",
  "stack",
  "trace",
  "exception",
  "debug",
  "log",
  "warn",
  "fatal",
  "file",
  "line",
  "path",
  "signed",
  "approved",
  "reviewer",
  "author",
  "editor",
  "owner",
  "supplier",
  "vendor",
  "buyer",
  "seller",
  "landlady",
  "agency",
  "school",
  "clinic",
  "hospital",
  "office",
]);

// Words ranked below this in spoken frequency are rare enough to be a name part next to a name.
const RARE_RANK = 15_000;
// A proper-noun tag joins a name only for words less frequent than this ("Thanks", "Call" never).
const PROPN_JOIN_RANK = 3_000;
const FUNCTION_TAGS = new Set(["DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "PUNCT"]);
const PLACE_PREPOSITIONS = new Set([
  "in",
  "at",
  "near",
  "into",
  "inside",
  "outside",
  "around",
  "across",
  "throughout",
  "towards",
  "via",
  "of",
]);

// Mentions that address a group, not a person.
const MENTION_STOP = new Set([
  "here",
  "channel",
  "everyone",
  "all",
  "team",
  "admins",
  "admin",
  "devs",
  "ops",
  "oncall",
  "support",
  "channel",
  "group",
  "bot",
]);
// Labels of a list of people: "Present: A, B and C", "Participants: …", "Cc: …".
const PERSON_LIST_REGEXP =
  /(?<![\p{L}])(?:attendees|participants|present|invited|invitees|cc|bcc|members|panel|panelists|speakers|guests|reviewers|approvers|assignees|owners|signatories|witnesses|teilnehmer|anwesend|présents|presents|participantes|asistentes|partecipanti|presenti|deelnemers|aanwezig|uczestnicy|osallistujat|deltagare|deltakere|deltagere)[ \t]{0,2}:[ \t]{0,3}([^\n]{2,300})/giu;

// Field labels whose value is a person.
const PERSON_FIELD_LABELS = String
  .raw`full name|first name|last name|surname|given name|customer(?: name)?|client(?: name)?|contact(?: person)?|emergency contact|next of kin|employee|manager|line manager|supervisor|assignee|owner|reporter|requester|recipient|sender|patient|applicant|tenant|landlord|guest|passenger|attendee|signed|signature|attn|attention|c\/o|care of|name|nom|nombre|nome|vorname|nachname|naam|navn|namn|nimi|imię|nazwisko|ansprechpartner|kunde|cliente|contatto|contacto|interlocuteur|alunno\/a|alunno|alunna|studente|paziente|schüler|schülerin|patientin|élève|étudiant|étudiante|alumno|alumna|paciente|leerling|uczeń|uczennica|pacjent|pacjentka|elev|oppilas|potilas|žák|žákyně|pacient|pacientka|mieter|mieterin|vermieter|vermieterin|inquilino|inquilina|locataire|bailleur|conduttore|locatore|c\.a\.|z\. ?hd\.?|à l'attention de|a la atención de|t\.a\.v\.|t\.n\.v\.|bearbeiter|bearbeiterin|sachbearbeiter|sachbearbeiterin|aufgenommen|gez\.|firmado|fdo\.|signé|firmato|podpis`;
// A space in a label also matches "_", "-" or "." ("first_name=", "contact-person:").
const PERSON_FIELD_REGEXP = new RegExp(
  String.raw`(?<![\p{L}])(?:${
    PERSON_FIELD_LABELS.replace(/ /g, "[ _.-]")
  })["']?[ \t]{0,2}[:=][ \t]{0,3}["']?`,
  "giu",
);
const PERSON_JSON_REGEXP =
  /"(?:[a-z_]*name|customer|client|contact|employee|manager|owner|assignee|author|recipient|sender|patient|applicant|tenant|guest|passenger|attendee|person|user|from|to|cc)"[ \t]{0,2}:[ \t]{0,2}"([^"\n\\]{2,80})"/giu;
const CLOSING_REGEXP =
  /(?<![\p{L}])(?:best(?: regards| wishes)?|kind regards|warm regards|regards|many thanks|thanks(?: again)?|thank you|cheers|sincerely|yours(?: sincerely| truly| faithfully)?|respectfully|cordially|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|gruß|cordialement|bien à vous|saludos(?: cordiales)?|atentamente|cordiali saluti|distinti saluti|met vriendelijke groet(?:en)?|groeten|med vänliga hälsningar|vänliga hälsningar|med venlig hilsen|med vennlig hilsen|ystävällisin terveisin|pozdrawiam|z poważaniem|s pozdravem|atenciosamente|cumprimentos|abraços|abraço|beijos|grüße|lg|vg|un saluto|saluti|un abbraccio|besos|un beso|bisous|bises|groetjes|hälsningar|mvh|hilsen|terveisin|pozdrowienia|zdravím|üdv|üdvözlettel|sevgiler|saygılarımla)[ \t]{0,2}[,!.]?[ \t]{0,2}(?:\n[ \t]{0,4}|(?=\p{Lu}\p{Ll}))/giu;
const PERSON_COLUMN_REGEXP =
  /^(?:[a-z_ ]*name|customer|client|contact|employee|manager|owner|assignee|author|recipient|sender|patient|applicant|tenant|guest|passenger|attendee|person|nom|nombre|nome|naam|navn|namn|nimi)$/i;

interface Word {
  start: number;
  end: number;
  /** End without a possessive 's. */
  stem: number;
  text: string;
  lower: string;
  cap: boolean;
  upper: boolean;
  name: boolean;
  first: boolean;
  common: boolean;
  /** A place or product name ("Lisbon", "Jenkins"): a person only with a person cue. */
  thing: boolean;
  person: boolean;
}

function persons(view: MappedText, raw: RawSpan[], add: Add): void {
  const lex = lexicon();
  const things = notPeople();
  const t = view.text;
  const words: Word[] = [];
  for (const m of t.matchAll(WORD_REGEXP)) {
    let text = m[0];
    if (/['’][sS]$/.test(text) && text.length > 3) text = text.slice(0, -2);
    const lower = foldString(text);
    const parts = lower.split("-");
    const isName = (w: string) => lex.names.has(w);
    const name = lex.names.has(lower) || (parts.length > 1 && parts.every(isName));
    words.push({
      start: m.index,
      end: m.index + m[0].length,
      stem: m.index + text.length,
      text,
      lower,
      cap: /^\p{Lu}/u.test(text),
      upper: text.length > 1 && text === text.toUpperCase(),
      name,
      first: lex.firstNames.has(lower),
      // A capitalised word with diacritics is not the English word it folds to: "Germán" is a
      // name, "German" a language; "Renée", "José" likewise.
      common: /^\p{Lu}/u.test(text) &&
          text.normalize("NFD") !== text.normalize("NFD").replace(/\p{M}/gu, "")
        ? false
        : parts.length > 1
        ? parts.every((p) => lex.common.has(p))
        // English function words count as everyday words although subtitles capitalise them
        // ("How do I…", "What", "When").
        : lex.common.has(lower) || (functionWords().english.has(lower) && lower !== "will"),
      // A first name that is also a place or product ("Austin", "Ruby") stays a person; a city
      // that is also a surname ("Santos", "Hamilton") only with a place cue (below).
      thing: (things.products.has(lower) || things.countries.has(lower)) &&
        !lex.firstNames.has(lower),
      person: false,
    });
  }
  // Cities with a place cue: "in Lisbon", "flew to Porto", "our Lisbon office", "Lisbon,
  // Portugal", and cities listed with such a city ("Lisbon and Porto offices").
  const cityAt = (w: Word | undefined) =>
    w !== undefined && w.cap && things.cities.has(w.lower) && !lex.firstNames.has(w.lower);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!cityAt(w)) continue;
    const before = t.slice(Math.max(0, w.start - 30), w.start);
    const after = t.slice(w.stem, w.stem + 30);
    if (PLACE_BEFORE_REGEXP.test(before) || PLACE_AFTER_REGEXP.test(after)) w.thing = true;
    else {
      const m = /^,[ \t]{1,2}(\p{Lu}[\p{L}]{2,30})/u.exec(after);
      if (m && things.countries.has(foldString(m[1]))) w.thing = true;
    }
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.thing || !cityAt(w)) continue;
      // "Lisbon and Porto": the words are adjacent across a conjunction or a comma.
      const listed = (a: Word | undefined, b: Word | undefined) =>
        a !== undefined && b !== undefined && b.thing && cityAt(b) &&
        /^(?:, {1,2}| {1,2}(?:and|or|&|und|et|y|e) {1,2}|, {1,2}(?:and|or) {1,2})$/.test(
          t.slice(a.end, b.start),
        );
      const nextCity = words.slice(i + 1, i + 3).find((x) => cityAt(x));
      const prevCity = words.slice(Math.max(0, i - 2), i).reverse().find((x) => cityAt(x));
      if (listed(w, nextCity) || (prevCity !== undefined && listed(prevCity, w))) {
        w.thing = true;
      }
    }
  }
  // Multi-word places and products ("San Francisco", "Rio de Janeiro", "Visual Studio").
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap) continue;
    let phrase = words[i].lower;
    for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
      if (!/^[ \t]{1}$/.test(t.slice(words[j - 1].end, words[j].start))) break;
      phrase += ` ${words[j].lower}`;
      if (things.phrases.has(phrase)) {
        for (let k = i; k <= j; k++) words[k].thing = true;
      }
    }
  }
  // Months, days and greetings are never people; an accented spelling ("Germán") is not those.
  const notName = (w: Word) => lex.notNames.has(w.lower) && (w.common || !w.cap);
  // English or not: most rules below read English cues, and in German, French or Spanish text
  // capitalised nouns and function words that census lists carry as surnames ("Las", "Durante",
  // "Freitag") would pass for names. In text whose lower-case words are mostly not English, only
  // listed first names, full names, titles, labels and structure make a person.
  // Only words written in lower case count, and not name particles ("dos Santos", "van Dijk").
  const language = textLanguage(
    words.filter((w, i) => !w.cap && !(PARTICLES.has(w.lower) && words[i + 1]?.cap)).map((w) =>
      w.lower
    ),
  );
  const english = language === "eng";
  // Part-of-speech tags (wink-nlp's bundled model) for the proper-noun rules in the grow passes.
  const pos = posTags(t);
  const tagOf = (w: Word | undefined) => (w ? pos.get(w.start) : undefined);
  const rankOf = (w: Word) => lex.rank.get(w.lower) ?? Infinity;
  const gap = (a: Word, b: Word) => t.slice(a.end, b.start);
  const adjacent = (a: Word | undefined, b: Word | undefined) =>
    a !== undefined && b !== undefined && /^[ \t]{1,2}$/.test(gap(a, b)) && a.stem === a.end;
  // In other languages, where nouns may be capitalised, a word in no list joins a person only
  // as the word right after a listed first name: "Ana Schwennen", "Ombline DENIS".
  // The same holds for a first name after an upper-case surname ("CAVALLI Illuminato") and for a
  // capitalised word right before a found surname ("Ombline [Denis]").
  const joinable = (w: Word) =>
    w.text.length >= 2 && !notName(w) && !w.thing && !foreignStopword(w.lower) &&
    (!lex.common.has(w.lower) || rankOf(w) > 5_000) && !TITLE_REGEXP.test(w.text);
  const surnameAfter = (prev: Word | undefined, w: Word, next?: Word) =>
    joinable(w) && (
      (prev !== undefined && adjacent(prev, w) && prev.person &&
        ((prev.first && !prev.upper) || (prev.upper && !w.upper))) ||
      (next !== undefined && adjacent(w, next) && next.person && !w.upper &&
        (!next.first || !lex.names.has(w.lower)))
    );
  const wordStarting = new Map(words.map((w) => [w.start, w]));
  // A word that may be a name where a cue says so: no place or product, no month or greeting, no
  // generic label ("Note", "Subject").
  const properWord = (w: Word) => !w.thing && !notName(w) && !GENERIC_LABELS.has(w.lower);
  const sentenceStart = (w: Word) =>
    /(?:^|[.!?:;]\s{0,3}|\n[ \t]{0,6}|[-–—•*>] {1,2})$/.test(
      t.slice(Math.max(0, w.start - 6), w.start),
    );
  const lineStart = (w: Word) =>
    /(?:^|\n)[ \t>*_-]{0,6}\[?$/.test(t.slice(Math.max(0, w.start - 8), w.start));

  // Seeds.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    // Short all-caps words are acronyms (IBAN, AMY-as-a-heading is rare); labels catch "BOB:".
    if (w.upper && w.text.length <= 4) continue;
    const nameNext = (x: Word | undefined) => x !== undefined && x.cap && x.name && !x.upper;
    if (
      w.cap && w.name && !w.common && !w.thing && w.text.length >= 2 &&
      !TITLE_REGEXP.test(w.text) &&
      (english || w.first || (adjacent(words[i - 1], w) && nameNext(words[i - 1])) ||
        (adjacent(w, words[i + 1]) && nameNext(words[i + 1])) ||
        // Mid-sentence, a listed surname that is no function word there ("…que Moreau appelle");
        // not in German, where every noun is capitalised ("Damen und Herren", "bis Freitag").
        (language !== "deu" && !foreignStopword(w.lower) && !things.cities.has(w.lower) &&
          !/(?:^|[.!?:;]\s{1,3}|\n[\s>*_-]{0,6})$/.test(
            t.slice(Math.max(0, w.start - 8), w.start),
          )))
    ) {
      w.person = true;
    } else if (
      english && !w.cap && w.first && !w.common && w.text.length >= 3 &&
      !(words[i - 1] && DETERMINERS.has(words[i - 1].lower) && adjacent(words[i - 1], w))
    ) w.person = true;
    // A title, then maybe particles or title words: "Mr Weizsäcker", "Mr von Weizsäcker", "Sra.
    // de la Fuente", "Dr. med. Ewald", "Frau Kollegin Boxhammer", "Sig.ra Rossi".
    let p = i - 1;
    while (
      p > i - 4 && words[p] &&
      ((PARTICLES.has(words[p].lower) && !words[p].cap) || TITLE_WORDS.has(words[p].lower) ||
        /^\p{Lu}$/u.test(words[p].text)) &&
      /^\.?[ \t]{1,2}$/.test(gap(words[p], words[p + 1]))
    ) p--;
    const prev = words[p];
    if (
      prev && TITLE_REGEXP.test(prev.text) && /^\.?[ \t]{1,2}$/.test(gap(prev, words[p + 1])) &&
      w.cap &&
      w.text.length >= 2 && !TITLE_REGEXP.test(w.text) &&
      (!w.common || STRONG_TITLES.has(prev.lower))
    ) {
      w.person = true;
    }
  }
  // Runs of two to four capitalised words that are not everyday words ("Meggie Swaniawski").
  for (let i = 0; i < words.length; i++) {
    let j = i;
    // Each word is unusual or a name; at least one is unusual, or it is "First Last" mid-sentence.
    const fits = (w: Word) =>
      w.cap && !w.upper && !w.thing && (!w.common || w.name) && !TITLE_REGEXP.test(w.text);
    while (
      j + 1 < words.length && fits(words[j]) && fits(words[j + 1]) &&
      adjacent(words[j], words[j + 1])
    ) j++;
    const run = words.slice(i, j + 1);
    const midSentence = !/(?:^|[.!?:]\s{1,3}|\n\s{0,6})$/.test(
      t.slice(Math.max(0, words[i].start - 8), words[i].start),
    );
    // "Will Hall opened the meeting": two listed names at a sentence start, doing something.
    const acting = j === i + 1 && (run[0].first || rankOf(run[0]) > 1_500) && run[0].name &&
      run[1].name &&
      SPEECH_START_AFTER.test(t.slice(run[1].stem, run[1].stem + 16));
    const ok = english
      ? run.some((w) => !w.common) || (run[0].first && run.every((w) => w.name) && midSentence) ||
        acting
      : run.every((w) => w.name) && run.some((w) => w.first);
    if (j > i && j - i <= 3 && ok) { for (const w of run) w.person = true; }
    i = j;
  }
  // All-caps full names led by a listed first name ("PENNY CASH", "AIGERIM NURLANOVNA").
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (
      a.upper && b.upper && a.first && a.text.length >= 3 && b.text.length >= 2 &&
      adjacent(a, b) && (b.name || !b.common) && !TITLE_REGEXP.test(b.text)
    ) {
      a.person = true;
      b.person = true;
    }
  }
  // Speaker labels: "Alice:", "[Bob]", "alice smith:" at line start, after a chat time stamp
  // ("[09:15] Bob:", "[12/03/24, 09:15] Bob:", "12/03/24, 09:15 - Bob:"), with a role ("Dawn (IT
  // Support):", "[Landlord - Melody]") or as a Discord header ("misty — Today at 3:56 PM").
  // An everyday word ("Skip:", "Will:") is a speaker when it labels two lines or more and
  // another label of the same text is a person.
  const labelCounts = new Map<string, number>();
  const everydayLabels: { at: number; text: string; low: string }[] = [];
  const labels: { at: number; text: string; low: string; listed: boolean }[] = [];
  let personLabels = 0;
  const markLabel = (at: number, label: string) => {
    for (const w of words) {
      if (w.start >= at && w.end <= at + label.length && !TITLE_REGEXP.test(w.text)) {
        w.person = true;
      }
    }
  };
  for (
    const m of t.matchAll(
      /(?:(?:^|\n)[ \t>*_-]{0,6}|\[(?:[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4},? {1,2})?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?\][ \t]{1,2}|(?:^|\n)[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4},? {1,2}[0-9]{1,2}:[0-9]{2}(?: ?[AaPp]\.? ?[Mm]\.?)? [-–] )(\[?)([\p{L}][\p{L}\p{M}'’. -]{0,40}?)(\]|:|\s\([0-9:]{4,8}\)\s{0,2}:|\s{1,2}\[[0-9:]{4,8}\]\s{0,2}:?|\s\([\p{L}][\p{L} .&/-]{1,30}\)\s{0,2}:|\s{1,2}[—–-]\s(?=Today|Yesterday|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4})|[ \t]{1,2}(?=[0-9]{1,2}[:.][0-9]{2}[ \t]?(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$)))/gu,
    )
  ) {
    if (m[1] === "[" && m[3] !== "]") continue;
    const whole = m[2];
    const wholeAt = m.index + m[0].indexOf(whole, m[0].indexOf(m[1] || whole[0]));
    // "Landlord - Melody": each side on its own.
    let pieceAt = wholeAt;
    for (const piece of whole.split(/(?<=\s[-–]\s)|(?=\s[-–]\s)/)) {
      const at = pieceAt + (piece.length - piece.trimStart().length);
      pieceAt += piece.length;
      const label = piece.trim();
      if (label === "" || label === "-" || label === "–") continue;
      const labelWords = label.split(/\s+/);
      if (labelWords.length > 4) continue;
      const low = labelWords.map((x) => foldString(x).replace(/\.$/, ""));
      if (low.some((x) => GENERIC_LABELS.has(x)) || /\d/.test(label)) continue;
      // Name-shaped words only: "Alice", "alice", "O'Neil"; not "SSN" or "DOB".
      if (
        !labelWords.every((x) =>
          /^(?:\p{Lu}[\p{Ll}\p{M}'’.-]+|\p{Ll}[\p{Ll}\p{M}'’.-]*|\p{Lu}\.?)$/u.test(x)
        )
      ) continue;
      const key = low.join(" ");
      labelCounts.set(key, (labelCounts.get(key) ?? 0) + 1);
      if (low.every((x) => lex.common.has(x) && !lex.names.has(x))) {
        if (low.length === 1) everydayLabels.push({ at, text: label, low: key });
        continue;
      }
      // A form field in another language ("Data di nascita:", "Lieu de naissance:"): several
      // words, none a listed name, one an everyday word.
      if (
        low.length >= 2 && !low.some((x) => lex.names.has(x)) &&
        low.some((x) => x.length >= 2 && lex.common.has(x))
      ) continue;
      personLabels++;
      // A chat time stamp before the label makes it a speaker in any language.
      const stamped = /^\n?\[?[0-9]/.test(m[0]);
      const listed = stamped ||
        low.some((x) => x.length >= 3 && lex.names.has(x) && !foreignStopword(x));
      labels.push({ at, text: label, low: key, listed });
    }
  }
  // In other languages a form field ("Datum vystavení:", "Novidades:") looks like a speaker: a
  // label with no listed name is a speaker only when it labels two lines or more.
  for (const l of labels) {
    if (english || l.listed || (labelCounts.get(l.low) ?? 0) >= 2) markLabel(l.at, l.text);
  }
  for (const l of everydayLabels) {
    if (personLabels > 0 && (labelCounts.get(l.low) ?? 0) >= 2) markLabel(l.at, l.text);
  }
  // The subject slot of an English question or modal: "did Wolf send…", "will Crooks sign…": a
  // capitalised listed name (an everyday word or not) between an auxiliary and a lower-case verb.
  // Double-barrelled capitalised words mid-sentence are names too ("Gusikowski-DuBuque").
  for (let i = 0; english && i < words.length; i++) {
    const w = words[i];
    if (!w.cap || w.upper || w.thing || notName(w) || TITLE_REGEXP.test(w.text)) continue;
    const before = t.slice(Math.max(0, w.start - 12), w.start);
    const next = words[i + 1];
    if (
      w.name &&
      /(?<![\p{L}])(?:did|does|do|will|would|can|could|should|has|had|may|might|must)[ \t]{1,2}$/iu
        .test(before) &&
      next !== undefined && adjacent(w, next) && !next.cap &&
      ["VERB", "AUX"].includes(tagOf(next) ?? "")
    ) w.person = true;
    // At a line or sentence start both halves must be listed names ("- Wisoky-Oberbrunner will").
    const bothListed = w.lower.split("-").every((x) => lex.names.has(x));
    if (
      /^\p{Lu}\p{Ll}+-\p{Lu}[\p{L}]+$/u.test(w.text) &&
      ((!lineStart(w) && !/(?:^|[.!?]\s{1,3})$/.test(before)) || bothListed) &&
      w.lower.split("-").every((x) => !lex.common.has(x)) &&
      w.lower.split("-").some((x) => lex.names.has(x))
    ) w.person = true;
  }
  // Surnames whose ending says so ("Vokounová", "Sieradzki", "Kowalczyk", "Shevchenko"), and an
  // initial before a surname ("N. Franke") or after it ("Blom, A."), in any language.
  for (const w of words) {
    if (
      !w.person && w.cap && !w.upper && w.text.length >= 6 && joinable(w) &&
      !things.cities.has(w.lower) && !sentenceStart(w) &&
      /(?:ová|ské|ská|cká|ský|cký|ski|ska|cki|cka|skiego|skiej|skiemu|ską|ckiego|ckiej|ckiemu|cką|wicz|wicza|wiczowi|czyk|czyka|enko|aitė|ienė|ytė)$/u
        .test(
          w.text.toLowerCase(),
        )
    ) w.person = true;
  }
  // A rare everyday word counts as a surname after an initial ("D. Parkin"), a frequent one not
  // ("A. Team").
  const initialled = (w: Word) =>
    (english || lex.names.has(w.lower) || w.lower.split("-").every((x) => lex.names.has(x))) &&
    (joinable(w) || (rankOf(w) > 3_000 && !notName(w) && !w.thing && !foreignStopword(w.lower)));
  for (
    const m of t.matchAll(
      /(?<![\p{L}\p{N}.])(\p{Lu})\. ?(\p{Lu}[\p{Ll}\p{M}'’-]{2,30})(?![\p{L}.])|(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}\p{M}'’-]{2,30}), (\p{Lu})\.(?![\p{L}])/gu,
    )
  ) {
    const surname = wordStarting.get(m.index + m[0].indexOf(m[2] ?? m[3]));
    if (surname !== undefined && initialled(surname) && !GENERIC_LABELS.has(surname.lower)) {
      surname.person = true;
      add(view, m.index, m.index + m[0].length, "PERSON");
    }
  }
  // Structure that says "this is a person" whatever the words are.
  // Upper-case surnames in forms count ("Pacjent: SIKORSKA Beata"); short acronyms do not.
  const markRange = (from: number, to: number) => {
    for (const w of words) {
      if (
        w.start >= from && w.end <= to && !TITLE_REGEXP.test(w.text) &&
        (!w.upper || (w.text.length >= 3 && !ACRONYMS.has(w.text)))
      ) w.person = true;
    }
  };
  // @mentions ("@kwabena", "@Obiageli") and IRC nicks ("<kairat>") are people's handles; channel
  // words ("@here") and package scopes ("@scope/pkg") are not.
  for (
    const m of t.matchAll(
      /(?<![\p{L}\p{N}_.@-])@([\p{L}][\p{L}\p{N}_-]{1,30})(?![\p{L}\p{N}_@\/(-]|\.[\p{L}])|(?<=(?:^|\n)[ \t]{0,4}(?:\[?[0-9:]{4,8}\]?[ \t]{1,2})?)<([\p{L}][\p{L}\p{N}_.-]{1,30})>(?=[ \t]{1,2}[^\s<])/gu,
    )
  ) {
    const handle = m[1] ?? m[2];
    if (MENTION_STOP.has(handle.toLowerCase())) continue;
    const at = m.index + m[0].indexOf(handle);
    for (const w of words) if (w.start >= at && w.end <= at + handle.length) w.person = true;
  }
  // Cues in conversation that make even an everyday word a name, when it is a listed first name:
  // "thanks, rob", "ty chase 🫡", "uncle rob", "mrs. wood", "this is ransom speaking", "is this
  // penny?", "summer said". In English text only (these cue words are English).
  if (english) {
    const cue = (re: RegExp, listed: (w: Word) => boolean) => {
      for (const m of t.matchAll(re)) {
        const w = wordStarting.get(m.index + m[0].length - m[1].length);
        if (
          w !== undefined && !w.person && w.text === m[1] && listed(w) &&
          !ADDRESSEES.has(w.lower) && !CUE_ADDRESSEES.has(w.lower)
        ) w.person = true;
      }
    };
    const first = (w: Word) => lex.firstNames.has(w.lower);
    // A listed name of any kind that is not a pronoun or the like ("she said").
    const listed = (w: Word) =>
      lex.names.has(w.lower) && (lex.rank.get(w.lower) ?? Infinity) > 150 &&
      !FUNCTION_TAGS.has(tagOf(w) ?? "");
    cue(
      /(?<![\p{L}])(?:thanks|thank you|thx|ty|cheers|hi|hey|hiya|hello|bye|morning|good morning|night|good night)(?: so much| a lot| again)?[ \t]{0,2},?[ \t]{1,2}(\p{L}{3,})(?=[ \t]*(?:[,.!?;:)]|$|\n|\p{Extended_Pictographic}))/giu,
      (w) => first(w) || listed(w) || (w.cap && !w.common && !w.thing && !notName(w)),
    );
    // After a reply word only a listed first name counts ("ok sounds good penny," but not "great
    // job!").
    cue(
      /(?<![\p{L}])(?:sounds good|ok|okay|sure|yes|yep|great|perfect|cool|noted|congrats|welcome back)[ \t]{0,2},?[ \t]{1,2}(\p{L}{3,})(?=[ \t]*(?:[,.!?;:)]|$|\n|\p{Extended_Pictographic}))/giu,
      (w) => first(w) && rankOf(w) > 1_000,
    );
    cue(
      /(?<![\p{L}])(?:mrs|mr|ms|mx|uncle|aunt|auntie|cousin)\.?[ \t]{1,2}(\p{Ll}{3,})/gu,
      (w) => lex.names.has(w.lower) || !lex.common.has(w.lower),
    );
    // "katheryn from procurement": a name, or a word in no list, before "from" and a department.
    cue(
      /(?<![\p{L}])(\p{Ll}{3,})(?=[ \t]{1,2}from[ \t]{1,2}(?:the[ \t]{1,2})?(?:procurement|purchasing|accounting|accounts|finance|hr|legal|sales|marketing|support|ops|operations|it|engineering|design|product|admin|reception|billing|payroll|security|facilities|compliance|logistics|customer service|[a-z]{2,20}[ \t]team)(?![\p{L}]))/gu,
      (w) =>
        (lex.names.has(w.lower) || !lex.common.has(w.lower)) && !FUNCTION_TAGS.has(tagOf(w) ?? ""),
    );
    // "dr rogahn", "with dr king-paucek": after a lower-case "dr", a word that is no everyday one.
    cue(
      /(?<![\p{L}])(?:dr|doctor|prof|professor)\.?[ \t]{1,2}(\p{Ll}{3,}(?:-\p{Ll}{2,})?)/gu,
      (w) => w.lower.split("-").every((x) => !lex.common.has(x)),
    );
    cue(
      /(?<![\p{L}])(?:this is|it['’]?s|i['’]?m|is this)[ \t]{1,2}(\p{L}{3,})(?=[ \t]{1,2}(?:speaking|calling|here|how can i|how may i)(?![\p{L}])|[ \t]*\?)/giu,
      listed,
    );
    cue(
      /(?<!(?<![\p{L}])(?:the|a|an|my|our|your|this|that|in|of|for|since|until|last|next|early|late|mid)[ \t]{1,2})(?<![\p{L}])(\p{Ll}{3,})(?=[ \t]{1,2}(?:said|says|asked|told|replied|texted|emailed|mentioned|was asking|is asking)(?![\p{L}]))/gu,
      listed,
    );
  }
  // A listed first name that is also an everyday word, capitalised alone mid-sentence between
  // lower-case words, and a proper noun to the tagger: "is Joy coming?", "I'll send Hope round".
  for (let i = 1; english && i < words.length; i++) {
    const [prev, w, next] = [words[i - 1], words[i], words[i + 1]];
    if (
      w.person || !w.cap || w.upper || !w.common || !w.first || w.thing || notName(w) ||
      TITLE_REGEXP.test(w.text) || GENERIC_LABELS.has(w.lower) || ADDRESSEES.has(w.lower)
    ) continue;
    const lowerBefore = adjacent(prev, w) && !prev.cap && /^[ \t]{1,2}$/.test(gap(prev, w));
    const lowerAfter = next === undefined || !adjacent(w, next) ||
      (!next.cap && /^[ \t]{1,2}$/.test(gap(w, next)));
    const tag = tagOf(w);
    // A proper noun to the tagger, or an object or subject of a verb ("send Sunny round", "is
    // Rob coming").
    const slot = ["VERB", "AUX", "ADP"].includes(tagOf(prev) ?? "") &&
      ["NOUN", "ADJ", "VERB"].includes(tag ?? "");
    if (lowerBefore && lowerAfter && (tag === "PROPN" || slot)) w.person = true;
  }
  // A name with an age in brackets: "Wolfi (28) und Lena (31)".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(\p{Lu}\p{Ll}{2,20}) \((?:[1-9][0-9]?)(?: ?(?:j|y|yo|ans|años|anni|jaar|år|lat|let|v)\.?)?\)/gu,
    )
  ) {
    const w = wordStarting.get(m.index);
    if (
      w !== undefined && properWord(w) &&
      (!w.common || w.first)
    ) w.person = true;
  }
  // In a language that does not capitalise nouns (French, Spanish, Polish, Swedish…), a
  // capitalised word mid-sentence is a proper noun; one that is no place, product, month,
  // everyday English word or function word is taken for a name: "il contatto di Ulfa",
  // "confirmamos Quique y yo", "Gosia ma nowy numer" after a chat label.
  if (!english && language !== "deu" && language !== "nld") {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (
        w.person || !w.cap || w.upper || w.text.length < 3 || w.thing || notName(w) ||
        things.cities.has(w.lower) || foreignStopword(w.lower) || lex.common.has(w.lower) ||
        GENERIC_LABELS.has(w.lower) ||
        TITLE_REGEXP.test(w.text) || MONTH_WORD_REGEXP.test(w.text) || /[0-9]/.test(w.text)
      ) continue;
      // Not at the start of a line, a sentence or a chat message.
      if (sentenceStart(w) || lineStart(w)) continue;
      // Not a place after "in" or "from" ("i Umeå", "fra Esbjerg"), not a department signing
      // off ("Hälsningar, Ekonomiavdelningen", "HR-afdelingen").
      const prev = words[i - 1], next = words[i + 1];
      if (adjacent(prev, w) && PLACE_BEFORE_WORDS.has(prev!.lower)) continue;
      if (
        /^\p{Lu}{2,}-/u.test(w.text) ||
        /^,[ \t]{0,2}$/.test(t.slice(Math.max(0, w.start - 3), w.start).trimStart()) &&
          /^[ \t.!]*(?:\n|$)/.test(t.slice(w.end, w.end + 4))
      ) {
        continue;
      }
      // Not part of a longer proper name ("Banco Santander", "Torre Eiffel").
      if ((adjacent(prev, w) && prev!.cap) || (adjacent(w, next) && next!.cap && !next!.person)) {
        continue;
      }
      w.person = true;
    }
  }
  // Relations: "my neighbour Eloá", "our landlord Strosin", "Annapurna (Zoe's mum)", and an
  // upper-case surname before a found first name in a roster ("DARE, Alexander").
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)[ \t]{1,2}(?:neighbou?r|friend|colleague|wife|husband|partner|son|daughter|mum|mom|mother|dad|father|sister|brother|cousin|aunt|uncle|grandma|grandpa|grandmother|grandfather|boss|manager|landlord|landlady|tenant|flatmate|roommate|doctor|dentist|lawyer|accountant|nanny|babysitter|cleaner|plumber|electrician|niece|nephew|fiancée?|girlfriend|boyfriend)[ \t]{1,2}(\p{Lu}\p{Ll}{1,20})/gu,
    )
  ) {
    const w = wordStarting.get(m.index + m[0].length - m[1].length);
    if (w !== undefined && !w.thing && !notName(w) && (!w.common || w.first)) w.person = true;
  }
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20}) \((?:[^()\n]{0,30}['’]s )?(?:mum|mom|mother|dad|father|wife|husband|partner|son|daughter|sister|brother|grandma|grandpa|aunt|uncle|nanny|friend|neighbou?r|boss|assistant|carer|guardian)\)/gu,
    )
  ) {
    const w = wordStarting.get(m.index);
    if (w !== undefined && !w.thing && !notName(w) && (!w.common || w.first)) w.person = true;
  }
  for (let i = 0; i + 1 < words.length; i++) {
    const [w, next] = [words[i], words[i + 1]];
    if (
      w.upper && w.text.length >= 3 && !w.person && next.person && next.first &&
      /^,[ \t]{1,2}$/.test(gap(w, next)) && !GENERIC_LABELS.has(w.lower) && !w.thing &&
      !notName(w)
    ) w.person = true;
  }
  // Initials in notes: "Logged by: PK", "AI: NB to send the deck", "- JB & KS will check",
  // "(owner: MH)". Business acronyms ("IT to fix", "by EOD", "cc HR") are not people.
  for (
    const m of t.matchAll(
      /(?:(?<![\p{L}])(?:by|owner|owners|assignee|assigned to|ai|action|actions|cc|per|initials|ask|ping|with)[ \t]{0,2}:?[ \t]{1,2}|(?:^|\n)[ \t]{0,4}(?:[-*•]|[0-9]{1,2}[.)])?[ \t]{0,2}(?:AI:|Action:)?[ \t]{0,2}|[.!?][ \t]{1,2}|:[ \t]{1,2})(\p{Lu}{2,3}(?:[ \t]{0,2}[/&+,][ \t]{0,2}\p{Lu}{2,3}){0,3})(?=[ \t]{1,2}(?:to|will|and|&|\+|–|-|\/|said|says|asked|told|[0-9]{1,2}\/[0-9]{1,2}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?![\p{L}])|['’]s[ \t]|[ \t]*(?:[.,;)]|$|\n))/giu,
    )
  ) {
    let at = m.index + m[0].length - m[1].length;
    for (const part of m[1].split(/([ \t]{0,2}[/&+,][ \t]{0,2})/)) {
      const byCue = /(?:by|owner|assignee|initials)[ \t]{0,2}:?[ \t]{1,2}$/i.test(
        m[0].slice(0, m[0].length - m[1].length),
      );
      if (
        /^\p{Lu}{2,3}$/u.test(part) && (!ACRONYMS.has(part) || (byCue && /^(?:AM|PM)$/.test(part)))
      ) {
        add(view, at, at + part.length, "PERSON");
      }
      at += part.length;
    }
  }
  // A name beside a phone number: "+40 744 123 456 (Nicu)", "Curier: Brăduț 0744 123 456".
  const phoneSide = (w: Word | undefined) =>
    w !== undefined && w.cap && !w.upper && !w.thing && !notName(w) && !w.common &&
    !foreignStopword(w.lower) && !GENERIC_LABELS.has(w.lower) && !TITLE_REGEXP.test(w.text) &&
    !PHONE_LABEL_WORD_REGEXP.test(w.text);
  for (
    const m of t.matchAll(
      /[0-9][ \t]{0,2}\((\p{Lu}\p{Ll}{1,20})\)|(?:^|\n|:[ \t]{0,2})(\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20})?)[ \t]{1,2}(?=\+?[0-9][0-9 ()./-]{6,18}[0-9](?![0-9]))/gu,
    )
  ) {
    const name = m[1] ?? m[2];
    const at = m.index + m[0].lastIndexOf(name);
    const named = name.split(" ").map((_, k, a) =>
      wordStarting.get(at + a.slice(0, k).join(" ").length + (k > 0 ? 1 : 0))
    );
    if (named.every(phoneSide)) { for (const w of named) w!.person = true; }
  }
  // "Rajnold Madej, zam. …", "Tom Brettschneider, geb. …": a name, a comma, then born or
  // living at.
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(\p{Lu}\p{Ll}{1,20} \p{Lu}\p{Ll}{1,25}),[ \t]{1,2}(?:ur\.|urodzon[ya]|zam\.|zamieszkał[ya]?|nar\.|narozen[aý]?|bytem|geb\.|geboren|wohnhaft|né|née|demeurant|domicilié[e]?|nato|nata|residente|nacid[oa]|domiciliad[oa]|nascid[oa]|morador[a]?|född|født|syntynyt|born|residing|resident)(?![\p{L}])/gu,
    )
  ) {
    const a = wordStarting.get(m.index), b = a && words[words.indexOf(a) + 1];
    if (a && b && [a, b].every((w) => !w.thing && !notName(w) && !foreignStopword(w.lower))) {
      a.person = true;
      b.person = true;
    }
  }
  // Whom to contact in other languages: "Contacter Karamba au …", "chiama Fede", "ruf Basti an".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:contacter|appeler|appelez|chiamare|chiama|chiamate|contattare|contatta|llamar a|llama a|llamad a|contactar a|contacta a|ligar para|ligue para|fale com|ruf|ruft|bel|zadzwoń do|napisz do|zavolej|volejte|soita|ring til|ringa|sunați|sunati|hívd|hívja)[ \t]{1,2}(\p{Lu}\p{Ll}{1,20})(?![\p{L}])/giu,
    )
  ) {
    const w = wordStarting.get(m.index + m[0].length - m[1].length);
    if (phoneSide(w)) w!.person = true;
  }
  // A title, an upper-case surname, then the first name, as French forms write it: "M. DUFOUR
  // Christodule", "Mme LE ROUX Amélien"; and account or card holders: "cardholder BATZ LOYAL".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sr\.?|Sra\.?|Herr|Frau|Sig\.?|Sig\.ra)[ \t]{1,2}((?:\p{Lu}{2,}[ -]){1,2}\p{Lu}[\p{L}\p{M}]+)|(?:cardholder|card holder|account holder|account name|beneficiary|payee|titular|titulaire|inhaber|kontoinhaber|intestatario|intestataria)[ \t]{0,2}:?[ \t]{1,2}((?:\p{Lu}[\p{L}'’-]+[ \t]?){1,3}))/gu,
    )
  ) {
    const value = (m[1] ?? m[2]).trimEnd();
    const at = m.index + m[0].lastIndexOf(value);
    for (const w of words) {
      if (w.start >= at && w.end <= at + value.length && !w.thing && !GENERIC_LABELS.has(w.lower)) {
        w.person = true;
      }
    }
  }
  // Sign-offs and asides that name someone: "— Taewoo", "— T. al-Zahrani" on a line's end,
  // "Lihua and the team", "Kolya, please resubmit", "notes (Mingyu):", and Arabic surnames
  // ("al-Zahrani", "bint Saeed").
  for (
    const m of t.matchAll(
      /(?:^|\n|["”»][ \t]{0,2})[ \t]{0,4}[—–][ \t]{0,2}(\p{Lu}[\p{L}\p{M}'’.-]{1,30}(?: (?:al-|el-|bin |bint |ibn |de |van )?\p{Lu}[\p{L}\p{M}'’.-]{1,30}){0,2})[ \t]*(?=\n|$)|(?<![\p{L}])(\p{Lu}\p{Ll}{1,20})(?:,? (?:and|&) (?:the team|all your colleagues|family|the family|kids|everyone)|, please(?![\p{L}]))|\((\p{Lu}\p{Ll}{1,20})\):/gu,
    )
  ) {
    const value = m[1] ?? m[2] ?? m[3];
    const at = m.index + m[0].indexOf(value);
    const inside = words.filter((w) => w.start >= at && w.end <= at + value.length);
    const nameLike = (w: Word) =>
      properWord(w) && !ADDRESSEES.has(w.lower) &&
      (!w.common || w.first || rankOf(w) > 5_000 || /^(?:al|el)-/.test(w.lower));
    if (inside.length > 0 && inside.filter((w) => w.cap).every(nameLike)) {
      for (const w of inside) if (!PARTICLES.has(w.lower)) w.person = true;
    }
  }
  for (const w of words) {
    if (!w.person && /^(?:al|el|as|ash|az|ad)-\p{Lu}\p{Ll}{2,}$/u.test(w.text)) w.person = true;
  }
  // Transcribed calls in any language: a lower-case name after "soy", "mein name ist", "hier
  // ist", "c'est", "hola", "my wife"… ("hola soy miguel eh", "mein name ist kim koester",
  // "coucou c'est adéodat", "mi hija adela"), and a surname right after it. Such a word is a
  // listed first name, or in no list and no function word; the cue words are specific enough.
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.person || w.cap || w.text.length < 3) continue;
    const before = t.slice(Math.max(0, w.start - 24), w.start);
    const cued = (!english && (INTRO_BEFORE.test(before) || NAMING_BEFORE.test(before))) ||
      CALL_NAME_BEFORE.test(before);
    if (!cued) continue;
    // A listed first name may also be a function word elsewhere ("kim" is Turkish for "who").
    const nameish = (x: Word) =>
      !x.cap && x.text.length >= 3 && !CUE_ADDRESSEES.has(x.lower) && !INTRO_STOP.has(x.lower) &&
      (x.first ||
        (!lex.common.has(x.lower) && !foreignStopword(x.lower) &&
          !FUNCTION_TAGS.has(tagOf(x) ?? "")));
    if (!nameish(w)) continue;
    w.person = true;
    // The surname: a listed name, or a word of four letters or more in no list.
    const next = words[i + 1];
    if (next && adjacent(w, next) && nameish(next) && (next.name || next.text.length >= 4)) {
      next.person = true;
    }
  }
  // WebVTT voice tags name the speaker: "<v jacobo puga fernández>", "<v Roger Bingham>".
  for (const m of t.matchAll(/<v(?:\.[\w-]{1,20})? ([^<>\n]{2,60})>/gu)) {
    const at = m.index + m[0].indexOf(m[1]);
    for (const w of words) {
      if (w.start >= at && w.end <= at + m[1].length && !GENERIC_LABELS.has(w.lower)) {
        w.person = true;
      }
    }
  }
  // Lower-case titles in any language before a word that is no everyday one: "herr uhlemann",
  // "señora pulido", "madame lefèvre"; and "jairo and i", "rameshwar he runs", "con tomás".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:herr|frau|señor|señora|sr\.|sra\.|don|doña|monsieur|madame|mme|signor|signora|pan|pani|meneer|mevrouw)(?:[ \t]{1,2}(?:dr|prof)\.?)?[ \t]{1,2}(\p{Ll}{3,}(?:-\p{Ll}{2,})?)|(?<![\p{L}])(\p{Ll}{3,})(?= (?:and|&) (?:i|me)(?![\p{L}])| (?:y yo|und ich|et moi|e io|en ik)(?![\p{L}]))/gu,
    )
  ) {
    const value = m[1] ?? m[2];
    const w = wordStarting.get(m.index + m[0].length - value.length);
    if (
      w !== undefined && !w.person &&
      (w.first || w.name || !lex.common.has(w.lower)) && !foreignStopword(w.lower) &&
      !FUNCTION_TAGS.has(tagOf(w) ?? "")
    ) w.person = true;
  }
  // A name on its own line above the signer's role: "Becker\nVorsitzende Richterin am
  // Landgericht", "Maria Rossi\nAvvocato".
  for (
    const m of t.matchAll(
      /(?<=^|\n)[ \t]{0,4}(\p{Lu}[\p{Ll}\p{M}'’-]{1,25}(?: \p{Lu}[\p{Ll}\p{M}'’-]{1,25}){0,2})[ \t]*\n[ \t]{0,4}(?:[\p{L}.]{1,20} ){0,2}(?:Richter|Richterin|Rechtsanwalt|Rechtsanwältin|Notar|Notarin|Oberarzt|Oberärztin|Chefarzt|Chefärztin|Facharzt|Fachärztin|Ärztin|Arzt|Geschäftsführer|Geschäftsführerin|Avocat|Avocate|Notaire|Médecin|Juge|Abogado|Abogada|Notario|Notaria|Médico|Médica|Juez|Jueza|Avvocato|Avvocata|Notaio|Medico|Giudice|Advocaat|Notaris|Rechter|Adwokat|Radca|Lekarz|Lekarka|Sędzia|Notariusz|Judge|Attorney|Solicitor|Barrister|Physician)(?![\p{L}])/gu,
    )
  ) {
    const at = m.index + m[0].indexOf(m[1]);
    const inside = words.filter((w) => w.start >= at && w.end <= at + m[1].length);
    if (
      inside.every((w) => properWord(w) && (!w.common || w.name))
    ) {
      for (const w of inside) w.person = true;
    }
  }
  // A birth name: "Anna Schmidt, geb. Bauer", "Marie Dupont née Martin".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:geb\.|geborene|née|nee|de soltera|nata)[ \t]{1,2}(\p{Lu}\p{Ll}{1,25}(?:-\p{Lu}\p{Ll}{1,25})?)(?![\p{L}])/gu,
    )
  ) {
    const w = wordStarting.get(m.index + m[0].length - m[1].length);
    if (w !== undefined && !w.thing && !notName(w) && !things.cities.has(w.lower)) w.person = true;
  }
  // "con iván negrón verduzco", "mit leonie", "avec mathilde": after "with", a lower-case listed
  // first name that is no everyday word, and the lower-case surnames after it.
  for (const m of t.matchAll(/(?<![\p{L}])(?:con|mit|avec|com|met|with)[ \t]{1,2}(\p{Ll}{3,})/gu)) {
    const i = words.indexOf(wordStarting.get(m.index + m[0].length - m[1].length)!);
    const w = words[i];
    if (!w || w.person || !w.first || lex.common.has(w.lower) || foreignStopword(w.lower)) continue;
    w.person = true;
    for (let k = i + 1; k <= i + 3 && k < words.length; k++) {
      const x = words[k];
      if (
        !adjacent(words[k - 1], x) || x.cap || foreignStopword(x.lower) || lex.common.has(x.lower)
      ) {
        break;
      }
      if (!(x.name || x.text.length >= 5)) break;
      x.person = true;
    }
  }
  // Turkish writes a case ending after a proper noun with an apostrophe: "Fatoş'a", "Zeyno'ya",
  // "Memo'nun"; a place takes one too ("İzmir'de"), so cities and countries are left out.
  if (language === "tur") {
    for (const w of words) {
      if (
        !w.person && w.cap && !w.upper && properWord(w) &&
        !things.cities.has(w.lower.split(/['’]/)[0]) &&
        /^\p{Lu}\p{Ll}{1,20}['’](?:a|e|ya|ye|ı|i|u|ü|yı|yi|yu|yü|ın|in|un|ün|nın|nin|nun|nün|da|de|ta|te|dan|den|tan|ten|la|le|yla|yle)$/u
          .test(w.text)
      ) w.person = true;
    }
  }
  // Nicknames: "many of you know him as Andryusha", "goes by Bodya", "aka Kolya".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:known as|know (?:him|her|them) as|goes by|go by|nicknamed|aka|a\.k\.a\.)[ \t]{1,2}(\p{Lu}\p{Ll}{1,20})(?![\p{L}])/gu,
    )
  ) {
    const w = wordStarting.get(m.index + m[0].length - m[1].length);
    if (w !== undefined && properWord(w)) w.person = true;
  }
  // Whom to contact: "text Kiz.", "call Esse re: the invoice", "ping Tertuliano about it".
  for (
    const m of t.matchAll(
      /(?<![\p{L}])(?:call|text|ring|ask|ping|email|e-mail|message|phone|contact|remind|invite|cc)[ \t]{1,2}(\p{Lu}\p{Ll}{1,20})(?=[ \t]*(?:[,.!?;:)]|$|\n)|[ \t]{1,2}(?:re:|re |about|on|at|for|to|if|when|before|after|tomorrow|today|tonight)(?![\p{L}]))/gu,
    )
  ) {
    const w = wordStarting.get(m.index + m[0].length - m[1].length);
    if (
      w !== undefined && !w.thing && !notName(w) && (!w.common || w.first || rankOf(w) > 5_000) &&
      !GENERIC_LABELS.has(w.lower) && !ADDRESSEES.has(w.lower)
    ) w.person = true;
  }
  // Spelled-out names in transcripts: "s-m-i-t-h", "a d e r i n s o l a", "o-'-c-o-n-n-e-r";
  // the word they spell is a name wherever it stands ("misty murazik m-u-r-a-z-i-k").
  const spelled = new Set<string>();
  for (
    const m of t.matchAll(
      /(?<![\p{L}\p{N}'’-])[\p{L}'’](?:(?:-{1,3}|\.? )[\p{L}'’]){3,40}\.?(?![\p{L}\p{N}'’-])/gu,
    )
  ) {
    if (/\p{L}.*\p{L}.*\p{L}/u.test(m[0])) {
      add(view, m.index, m.index + m[0].length, "PERSON");
      for (const part of m[0].split(/ ?-{2,3} ?| {2}/)) {
        spelled.add(part.replace(/[^\p{L}'’]/gu, "").toLowerCase());
      }
      spelled.add(m[0].replace(/[^\p{L}]/gu, "").toLowerCase());
    }
  }
  for (const w of words) if (spelled.has(w.lower)) w.person = true;
  // A value is name-shaped: one to four words of letters (initials, particles, hyphens allowed),
  // at least one of them not a frequent everyday word ("Finance Team" is not a person).
  const nameShaped = (value: string) => {
    const parts = value.trim().split(/\s+/);
    if (parts.length < 1 || parts.length > 4) return false;
    if (!parts.every((x) => /^\p{L}[\p{L}\p{M}'’.-]{0,40}$/u.test(x))) return false;
    // "The Marketing Team", "Our Sales Desk": a very frequent word is never part of a name here.
    if (parts.some((x) => (lex.rank.get(foldString(x)) ?? Infinity) < 300)) return false;
    return parts.some((x) => {
      const low = foldString(x).replace(/\.$/, "");
      return low.length >= 2 && !GENERIC_LABELS.has(low) &&
        (lex.names.has(low) || (lex.rank.get(low) ?? Infinity) > PROPN_JOIN_RANK);
    });
  };
  // Two or three capitalised words led by a listed first name, the others listed names: "Faith
  // Long", "Will Frost", even when they are everyday words.
  const firstLed = (value: string) => {
    const parts = value.trim().split(/\s+/);
    return parts.length >= 2 && parts.length <= 3 &&
      parts.every((x) => /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(x)) &&
      lex.firstNames.has(foldString(parts[0])) &&
      parts.slice(1).every((x) => lex.names.has(foldString(x)));
  };
  // Labelled fields: "Customer: Noemi Destro", "Emergency contact: …", "Attn: …".
  for (const m of t.matchAll(PERSON_FIELD_REGEXP)) {
    const at = m.index + m[0].length;
    const value = /^[^\n,;|(<"'&]{2,60}/.exec(t.slice(at))?.[0].replace(/[\s.]+$/, "") ?? "";
    if (value && nameShaped(value) && /^\p{Lu}/u.test(value)) markRange(at, at + value.length);
  }
  // Lists of people: each item ("Wren Castle (guest)", "dana mrazova") that is name-shaped. Lower
  // case is allowed here (transcribed minutes) when a word is a listed or rare word.
  for (const m of t.matchAll(PERSON_LIST_REGEXP)) {
    let at = m.index + m[0].length - m[1].length;
    for (const item of m[1].split(/(,|;| and | und | et | y | e | en | i | og | och | & )/)) {
      const value = item.replace(/\([^)]{0,40}\)?/g, "").trim().replace(/[.]+$/, "");
      const lead = item.indexOf(value);
      if (value && nameShaped(value) && lead >= 0) {
        // A word in no everyday list, or capitalised words led by a first name ("Grace Church");
        // "Finance and Legal" or "Platform Team" are not people.
        const parts = value.split(/\s+/).map((x) => foldString(x));
        const rare = parts.some((x) => !lex.common.has(x) && (lex.names.has(x) || x.length >= 3));
        const firstLed = /^\p{Lu}\S*\s+\p{Lu}/u.test(value) && lex.firstNames.has(parts[0]);
        if (rare || firstLed) markRange(at + lead, at + lead + value.length);
      }
      at += item.length;
    }
  }
  // A display name before an address in angle brackets: "Rose Baker <rose@…>", "\"Bob\" <…>".
  for (
    const m of t.matchAll(
      /(?<=^|[\n,;:]|[:,;][ \t]{1,2}|^[ \t]{1,4})"?([^\n<>",;:]{2,60}?)"?[ \t]{0,2}<[^\n<>@]{1,64}@[^\n<>]{1,80}>/gu,
    )
  ) {
    const value = m[1].trim();
    const at = m.index + m[0].indexOf(value);
    if (value && nameShaped(value)) markRange(at, at + value.length);
  }
  // JSON keys that hold a person: {"customer": "…", "full_name": "…"}.
  for (const m of t.matchAll(PERSON_JSON_REGEXP)) {
    const at = m.index + m[0].length - m[1].length - 1;
    if (nameShaped(m[1])) markRange(at, at + m[1].length);
  }
  // CSV/TSV columns whose header names a person.
  columnCells(t, PERSON_COLUMN_REGEXP, (from, to) => {
    // A quoted cell ("Kovács, Zsófia") is judged without its quotes.
    if (t[from] === '"' && t[to - 1] === '"') [from, to] = [from + 1, to - 1];
    // "Girard, Agrippin" is judged as "Girard Agrippin".
    if (nameShaped(t.slice(from, to).replace(/, /, " "))) markRange(from, to);
  });
  // A closing ("Best,", "Kind regards,") then a line of one to four words: the signer.
  for (const m of t.matchAll(CLOSING_REGEXP)) {
    const at = m.index + m[0].length;
    let line = /^[^\n]{2,60}/.exec(t.slice(at))?.[0].trimEnd() ?? "";
    // On the closing's own line the name ends at a comma or bracket: "Gruß Lenya Bringmann, Tel.".
    // There it takes a first name in front, or two name-shaped words without function words
    // ("Saludos, Dirección" and "Grüßen, Ihr Vertriebsteam" are signed by no one).
    const inline = !m[0].includes("\n");
    if (inline) line = line.split(/[,;(]| [-–—] /, 1)[0].trimEnd();
    const inlineOk = (value: string) =>
      firstLed(value) ||
      (value.split(/\s+/).length >= 2 &&
        !value.split(/\s+/).some((x) => foreignStopword(foldString(x))));
    // In other languages a department signs too ("Kundeservice", "Departamento de Logística"):
    // there the signer needs a listed name.
    const capitalisedPair = (value: string) => {
      const parts = value.split(/\s+/);
      return parts.length >= 2 && parts.length <= 4 && parts.every((x) =>
        /^\p{Lu}\p{Ll}/u.test(x)
      ) &&
        !parts.some((x) => foreignStopword(foldString(x)));
    };
    const listedName = (value: string) =>
      value.split(/[\s-]+/).some((x) => {
        const low = foldString(x);
        return low.length >= 3 && lex.names.has(low) && !foreignStopword(low);
      });
    if (
      line && (nameShaped(line) || firstLed(line)) && /^\p{Lu}/u.test(line) &&
      (!inline || inlineOk(line)) && (english || listedName(line) || capitalisedPair(line))
    ) {
      markRange(at, at + line.length);
    }
  }
  // "Frost, Will" or "Cash, Penny" on a line of its own or after a label: a listed surname, a
  // comma, then a listed first name, then the end of the value.
  for (
    const m of t.matchAll(
      /(?<=(?:^|\n)[ \t>*_-]{0,4}|[:|;][ \t]{0,3})(\p{Lu}[\p{L}\p{M}'’-]{1,30}), (\p{Lu}[\p{L}\p{M}'’-]{1,30})(?=[ \t]{0,3}(?:$|\n|[-–—|;(]|,[ \t]))/gu,
    )
  ) {
    const [last, first] = [foldString(m[1]), foldString(m[2])];
    const place = things.countries.has(first) || things.cities.has(last);
    const lastOk = lex.names.has(last) ||
      (!lex.common.has(last) && !things.products.has(last) && !foreignStopword(last));
    if (lastOk && lex.firstNames.has(first) && !lex.notNames.has(last) && !place) {
      markRange(m.index, m.index + m[0].length);
    }
  }
  // A line of two to four capitalised words right above a street address: an addressee.
  const addressStarts = new Set<number>();
  addresses(view, (_v, from) => void addressStarts.add(from));
  for (const m of t.matchAll(/(?<=^|\n)[ \t]{0,4}(\p{Lu}[^\n\d]{2,60})\n[ \t]{0,4}(?=\S)/gu)) {
    const next = m.index + m[0].length;
    const value = m[1].trimEnd();
    if (!addressStarts.has(next) || value.split(/\s+/).length < 2) continue;
    if (!value.split(/\s+/).every((x) => /^\p{Lu}/u.test(x) || PARTICLES.has(x.toLowerCase()))) {
      continue;
    }
    const at = m.index + m[0].indexOf(m[1]);
    if (nameShaped(value)) markRange(at, at + value.length);
  }

  // Names in e-mail local parts (john.smith@…) seed those words document-wide.
  const emailParts = new Set<string>();
  const strong = (x: string) => lex.firstNames.has(x) || (lex.names.has(x) && !lex.common.has(x));
  const firstAndRare = (a: string, b: string) => lex.firstNames.has(a) && !lex.common.has(b);
  const nameShapes: [RegExp, (a: string, b: string) => boolean][] = [
    // "john.smith@": a first name (or an unusual name) next to another word makes both name parts.
    [
      /(?<![A-Za-z0-9._%+-])([A-Za-z]{2,30})[._-]([A-Za-z]{2,30})(?:[._-][A-Za-z]{2,30})?@/g,
      (a, b) => strong(a) || strong(b),
    ],
    // The same shape as a user name in logs, paths and handles: "user=kofi.boateng",
    // "/home/amara.diallo/". Both parts need three letters, one a first name and the other a word
    // in no everyday list ("max.value" or "app.py" are code).
    [
      /(?<![A-Za-z0-9._%+-])([A-Za-z]{3,30})[._]([A-Za-z]{3,30})(?![A-Za-z0-9@(]|\.[A-Za-z])/g,
      (a, b) => firstAndRare(a, b) || firstAndRare(b, a),
    ],
  ];
  for (const [shape, names] of nameShapes) {
    for (const m of t.matchAll(shape)) {
      const [a, b] = [m[1].toLowerCase(), m[2].toLowerCase()];
      if (names(a, b)) {
        emailParts.add(a);
        emailParts.add(b);
      }
    }
  }
  for (const w of words) {
    if (emailParts.has(w.lower) && (w.cap || !lex.common.has(w.lower)) && !w.upper) w.person = true;
  }

  // Grow: a weak name (a name that is also a common word) or an unknown capitalised word next to
  // a person word joins it; context words make a lone weak name a person.
  // Two rounds of grow-then-propagate: a name found late (by propagation) can still pull in its
  // neighbours ("June Deckow" once "Deckow" is known from an e-mail address).
  for (let round = 0; round < 2; round++) {
    for (let pass = 0; pass < 2; pass++) {
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        if (w.person || (!english && !w.cap)) continue;
        // A lower-case word after "the", "my", "this"… is a thing: "the doc is ready".

        const prev = words[i - 1], next = words[i + 1];
        const nearPerson = (adjacent(prev, w) && prev!.person) ||
          (adjacent(w, next) && next!.person);
        const monthName = /^(?:april|may|june|july|august)$/.test(w.lower) && adjacent(w, next) &&
          next!.person && next!.cap;
        // A place or product ("Lisbon", "Jenkins") is a person only with a person cue: next to a
        // person ("Maria Lisbon"), after a greeting or "spoke with", before a speech verb.
        if (w.thing) {
          const before = t.slice(Math.max(0, w.start - 24), w.start);
          const after = t.slice(w.stem, w.stem + 16);
          if (
            (w.cap && nearPerson && w.name) || GREETING_BEFORE.test(before) ||
            (!/^['’]s\b/.test(after) && SPEECH_AFTER.test(after))
          ) {
            w.person = true;
          }
          continue;
        }
        // A capitalised word next to a name that the model calls a proper noun, or a rare word
        // that is not a function word ("Astride Kowalczyk", "Til Brandt"): a name in no list.
        if (
          english && w.cap && !w.upper && nearPerson && w.text.length >= 2 &&
          !TITLE_REGEXP.test(w.text) && !GENERIC_LABELS.has(w.lower) && !ADDRESSEES.has(w.lower) &&
          !notName(w)
        ) {
          const tag = tagOf(w);
          if (
            (tag === "PROPN" && rankOf(w) > PROPN_JOIN_RANK) ||
            (rankOf(w) > RARE_RANK && !FUNCTION_TAGS.has(tag ?? ""))
          ) {
            w.person = true;
            continue;
          }
        }
        if (
          w.cap && nearPerson &&
          (english ? !w.common || w.name || monthName : w.name || surnameAfter(prev, w, next)) &&
          !TITLE_REGEXP.test(w.text)
        ) {
          w.person = true;
          continue;
        }
        if (
          !w.cap && nearPerson && w.name && !w.common && w.text.length >= 3 &&
          ((prev?.person && !prev.cap) || (next?.person && !next.cap))
        ) {
          w.person = true;
          continue;
        }
        // A listed first name, even an everyday word, right before a lower-case surname already
        // found: "misty murazik", "this is summer okafor".
        if (
          english && !w.cap && w.first && w.text.length >= 3 && adjacent(w, next) &&
          next!.person && !next!.cap && !ADDRESSEES.has(w.lower) &&
          !(prev && DETERMINERS.has(prev.lower) && adjacent(prev, w))
        ) {
          w.person = true;
          continue;
        }
        // Two lower-case listed names side by side ("ayodele okafor"): a transcribed full name.
        if (
          !w.cap && w.name && !w.common && w.text.length >= 3 &&
          ((adjacent(prev, w) && !prev!.cap && prev!.name && !prev!.common &&
            prev!.text.length >= 3) ||
            (adjacent(w, next) && !next!.cap && next!.name && !next!.common &&
              next!.text.length >= 3))
        ) {
          w.person = true;
          continue;
        }
        // Coordination with a person: "oyinlola and Bartholomew", "Chidi or [person]".
        if (
          !w.common && (w.name || !w.cap) && w.text.length >= 3 && !/[0-9]/.test(w.text) &&
          !TITLE_REGEXP.test(w.text)
        ) {
          const after2 = words[i + 2], before2 = words[i - 2];
          const conj = (x: Word | undefined) =>
            x !== undefined && /^(?:and|or|und|et|y|e|en|og|och|i)$/.test(x.lower);
          if (
            (conj(next) && after2?.person && /^[ \t]{1,2}$/.test(gap(w, next!)) &&
              /^[ \t]{1,2}$/.test(gap(next!, after2))) ||
            (conj(prev) && before2?.person && /^[ \t]{1,2}$/.test(gap(prev!, w)) &&
              /^[ \t]{1,2}$/.test(gap(before2, prev!)))
          ) {
            w.person = true;
            continue;
          }
        }
        // "Chandini & [person]", "[person] & Harit": a capitalised word joined to a person by "&".
        if (w.cap && !w.upper && !w.common && !w.thing && !notName(w) && w.text.length >= 3) {
          if (
            (next?.person && /^ {1,2}& {1,2}$/.test(gap(w, next))) ||
            (prev?.person && /^ {1,2}& {1,2}$/.test(gap(prev, w)))
          ) {
            w.person = true;
            continue;
          }
        }
        // A speaker naming themself: a name-list word, or any word that is not an everyday one.
        if (
          w.text.length >= 3 && !w.upper && !TITLE_REGEXP.test(w.text) &&
          !GENERIC_LABELS.has(w.lower) && !notName(w) &&
          (!w.common || (w.cap && (w.first || w.name)) || (w.first && rankOf(w) > 1_500)) &&
          !/[0-9]/.test(w.text) &&
          INTRO_BEFORE.test(t.slice(Math.max(0, w.start - 16), w.start))
        ) {
          w.person = true;
          continue;
        }
        // "my name is penny cash": after a naming phrase any listed name counts, everyday or not,
        // and a listed surname right after such a name joins it ("this is will frost from…").
        if (
          !w.upper && w.text.length >= 3 && (w.first || w.name || (w.cap && !w.common)) &&
          !notName(w) && !GENERIC_LABELS.has(w.lower) && !INTRO_STOP.has(w.lower) &&
          NAMING_BEFORE.test(t.slice(Math.max(0, w.start - 16), w.start))
        ) {
          w.person = true;
          continue;
        }
        if (
          !w.cap && w.name && w.text.length >= 3 && !INTRO_STOP.has(w.lower) && !notName(w) &&
          adjacent(prev, w) && prev!.person && !prev!.cap &&
          INTRO_BEFORE.test(t.slice(Math.max(0, prev!.start - 16), prev!.start))
        ) {
          w.person = true;
          continue;
        }
        // A first name that is also a word, acting at a sentence start: "Bliss says", "Miles rang".
        if (
          w.cap && !w.upper && w.common && !notName(w) &&
          (w.first || (w.name && rankOf(w) > 1_500)) &&
          SPEECH_START_AFTER.test(t.slice(w.stem, w.stem + 16))
        ) {
          w.person = true;
          continue;
        }
        // Lower-case (transcribed) names: a listed name beside a word in no list at all
        // ("nicoletta rambaldi", "bibiana gualtieri"), or a surname that is also a rarer word
        // right after a lower-case first name ("mark moody", "pat castle").
        if (!w.cap && w.text.length >= 3 && /^\p{Ll}+$/u.test(w.text)) {
          const unknown = (x: Word) => !x.name && !x.common && /^\p{Ll}{3,}$/u.test(x.text);
          const listed = (x: Word) => !x.cap && x.name && !x.common && x.text.length >= 3;
          const pairs = (x: Word | undefined) =>
            x !== undefined && ((unknown(w) && listed(x)) || (listed(w) && unknown(x)));
          if ((adjacent(prev, w) && pairs(prev)) || (adjacent(w, next) && pairs(next))) {
            w.person = true;
            continue;
          }
          // A word in no list beside a lower-case person: "aigerim nurlanovna called".
          const lowerPerson = (x: Word | undefined) => x !== undefined && x.person && !x.cap;
          if (
            unknown(w) && ((adjacent(prev, w) && lowerPerson(prev)) ||
              (adjacent(w, next) && lowerPerson(next)))
          ) {
            w.person = true;
            continue;
          }
          if (
            adjacent(prev, w) && prev!.person && !prev!.cap && prev!.first && w.name &&
            rankOf(w) > 1_500 && ["NOUN", "PROPN", "ADJ"].includes(tagOf(w) ?? "")
          ) {
            w.person = true;
            continue;
          }
        }
        // Lower-case (ASR) words from the name lists that are not everyday words, in person context.
        // Unknown lower-case words (in no list at all) count only with a speech verb or greeting.
        const unknownLower = !w.cap && !w.name && !w.common &&
          /^\p{Ll}{3,}(?:-\p{Ll}{2,})?$/u.test(w.text);
        if (unknownLower) {
          const before = t.slice(Math.max(0, w.start - 24), w.start);
          const after = t.slice(w.stem, w.stem + 16);
          if (GREETING_BEFORE.test(before) || SPEECH_AFTER.test(after)) {
            w.person = true;
            continue;
          }
        }
        if (!w.cap && w.name && !w.common && w.text.length >= 3) {
          const before = t.slice(Math.max(0, w.start - 24), w.start);
          const after = t.slice(w.stem, w.stem + 16);
          // "the doc is ready": after an article a lower-case word is a thing.
          const article = /(?<![\p{L}])(?:the|a|an|this|that|these|those)[ \t]{1,2}$/iu.test(
            before,
          );
          if (
            !article && (STRONG_CONTEXT_BEFORE.test(before) || STRONG_CONTEXT_AFTER.test(after))
          ) {
            w.person = true;
            continue;
          }
        }
        // A greeting's addressee: "hi Astride,", "Dear Maxime:".
        if (w.cap && !w.upper && !GENERIC_LABELS.has(w.lower) && !ADDRESSEES.has(w.lower)) {
          const before = t.slice(Math.max(0, w.start - 16), w.start);
          if (
            GREETING_NAME_BEFORE.test(before) &&
            /^[,!:;]|^\s*\n|^\s*$/.test(t.slice(w.stem, w.stem + 2))
          ) {
            w.person = true;
            continue;
          }
        }
        // A surname after particles: "Hendrik de Vries", "J. van der Merwe".
        if (w.cap && !w.upper && !TITLE_REGEXP.test(w.text) && !notName(w)) {
          let k = i - 1;
          // Italian and Portuguese particles are often capitalised ("Iside Di Salvo").
          while (
            k >= i - 3 && words[k] && PARTICLES.has(words[k].lower) &&
            (!words[k].cap || (words[k].text.length <= 3 && !words[k].upper))
          ) k--;
          const head = words[k];
          if (
            k < i - 1 && head && adjacent(head, words[k + 1]) &&
            (head.person || /^\p{Lu}$/u.test(head.text)) &&
            words.slice(k + 1, i + 1).every((x, n, a) => n === 0 || adjacent(a[n - 1], x))
          ) {
            w.person = true;
            continue;
          }
        }
        // A proper noun in no list, in a person's place: right after a verb ("we invited
        // Oyelaran") or right before one ("Oyelaran approved"), not a modifier ("Vienna office")
        // and not after a place preposition ("in Vienna").
        if (
          w.cap && !w.upper && !w.common && !w.name && w.text.length >= 3 && !lineStart(w) &&
          english && tagOf(w) === "PROPN" && !GENERIC_LABELS.has(w.lower)
        ) {
          const nextTag = adjacent(w, next) ? tagOf(next) : undefined;
          const prevTag = adjacent(prev, w) ? tagOf(prev) : undefined;
          const modifier = nextTag === "NOUN" || nextTag === "PROPN";
          const place = prev !== undefined && PLACE_PREPOSITIONS.has(prev.lower);
          const verbAfter = /^[ \t]{1,2}$/.test(next ? gap(w, next) : "") &&
            (nextTag === "VERB" || nextTag === "AUX");
          if (!modifier && !place && (prevTag === "VERB" || verbAfter)) {
            w.person = true;
            continue;
          }
        }
        // An unknown capitalised word in person context, mid-sentence ("asked Devonte to").
        if (w.cap && !w.upper && !w.common && !w.name && w.text.length >= 3 && !lineStart(w)) {
          const before = t.slice(Math.max(0, w.start - 24), w.start);
          const after = t.slice(w.stem, w.stem + 16);
          const sentenceStart = /(?:^|[.!?]\s{1,3}|\n\s{0,3})$/.test(before);
          if (!sentenceStart && (STRONG_CONTEXT_BEFORE.test(before) || SPEECH_AFTER.test(after))) {
            w.person = true;
            continue;
          }
        }
        if (w.cap && w.name && w.common && !lineStart(w)) {
          const before = t.slice(Math.max(0, w.start - 24), w.start);
          const after = t.slice(w.stem, w.stem + 16);
          const sentenceStart = /(?:^|[.!?]\s{1,3}|\n\s{0,3})$/.test(before);
          if (
            !sentenceStart &&
            (STRONG_CONTEXT_BEFORE.test(before) || STRONG_CONTEXT_AFTER.test(after))
          ) {
            w.person = true;
          }
        }
      }
    }
    // Propagate: every part of every name, everywhere in the document.
    // An everyday word found as a name in lower case ("misty murazik") is masked in lower case
    // elsewhere too, unless it is a very frequent word ("will", "don").
    const parts = new Set<string>();
    const lowerParts = new Set<string>();
    for (const w of words) {
      if (w.person && w.lower.length >= 2 && !PARTICLES.has(w.lower)) {
        parts.add(w.lower);
        if (!w.cap && english && rankOf(w) > 800) lowerParts.add(w.lower);
      }
    }
    for (const w of words) {
      if (!w.person && parts.has(w.lower) && (w.cap || !w.common || lowerParts.has(w.lower))) {
        w.person = true;
      }
    }
  }
  // A month next to a day or year is a date, not a person ("3 Mar 2025", "Jan 12"): the name
  // lists carry "Mar", "Jan", "Mai"…
  const monthWord = MONTH_WORD_REGEXP;
  for (const w of words) {
    if (
      w.person && monthWord.test(w.text) &&
      (/[0-9][.,]? {1,2}$/.test(t.slice(Math.max(0, w.start - 4), w.start)) ||
        /^\.?,? {1,2}[0-9]/.test(t.slice(w.end, w.end + 5)))
    ) w.person = false;
  }
  // A run of capitalised words that ends in a company word, or is followed by one, names a
  // company, not a person: "Bluefield Analytics Ltd", "Northwind Traders". Runs led by a listed
  // first name stay ("Sarah Lee Consulting" still names Sarah Lee).
  for (let i = 0; i < words.length; i++) {
    if (!words[i].person || !words[i].cap) continue;
    let j = i;
    while (j + 1 < words.length && words[j + 1].cap && adjacent(words[j], words[j + 1])) j++;
    const run = words.slice(i, j + 1);
    const company = COMPANY_WORDS.has(words[j].lower) ||
      (j + 1 < words.length && adjacent(words[j], words[j + 1]) &&
        COMPANY_WORDS.has(words[j + 1].lower.replace(/\.$/, "")));
    if (company && !run[0].first && run.length <= 4) { for (const w of run) w.person = false; }
    i = j;
  }
  // Build spans: runs of person words joined by spaces, particles or initials, with the titles
  // before them ("Mrs. [PERSON_1]" would still say who, and some graders count "Mrs." as part of
  // the name).
  for (let i = 0; i < words.length; i++) {
    if (!words[i].person) continue;
    let j = i;
    while (true) {
      const n = words[j + 1];
      if (n && n.person && adjacent(words[j], n)) {
        j++;
        continue;
      }
      // "Smith, John": a lone non-first-name person word, a comma, then a first name.
      if (
        n && n.person && j === i && !words[i].first && n.first && n.cap &&
        /^,[ \t]{1,2}$/.test(gap(words[j], n)) &&
        !(words[j + 2]?.person && adjacent(n, words[j + 2]))
      ) {
        j++;
        continue;
      }
      // Particles (van der, de la, bin…) and initials ("J.") between two person words.
      let k = j + 1;
      let bridged = false;
      while (
        k <= j + 3 && words[k] && words[k + 1] && adjacent(words[k - 1], words[k]) &&
        !words[k].person && (PARTICLES.has(words[k].lower) || /^\p{Lu}$/u.test(words[k].text)) &&
        /^\.?[ \t]{1,2}$/.test(gap(words[k], words[k + 1]))
      ) {
        if (words[k + 1].person) {
          bridged = true;
          break;
        }
        k++;
      }
      if (bridged) {
        j = k + 1;
        continue;
      }
      break;
    }
    let start = words[i].start;
    // Leading particles are part of the surname: "Mr dos Santos", "von Weizsäcker, Friedrich".
    // Conjunction-like ones ("y", "i", "e") only join between two name words, above.
    let h = i;
    while (
      h > i - 3 && words[h - 1] && PARTICLES.has(words[h - 1].lower) &&
      words[h - 1].text.length >= 2 && !words[h - 1].person &&
      /^[ \t]{1,2}$/.test(gap(words[h - 1], words[h]))
    ) h--;
    start = words[h].start;
    const prev = words[h - 1];
    // A leading initial: "J. Smith".
    if (prev && /^\p{Lu}$/u.test(prev.text) && /^\.?[ \t]{1,2}$/.test(gap(prev, words[h]))) {
      start = prev.start;
      h--;
    }
    // Titles before the name: "Mrs. Paula Hintz", "Frau Prof. Lindqvist", "la Sra. Quispe".
    while (
      h > 0 && TITLE_REGEXP.test(words[h - 1].text) && !words[h - 1].upper &&
      /^\.?[ \t]{1,2}$/.test(gap(words[h - 1], words[h]))
    ) {
      h--;
      start = words[h].start;
    }
    let end = words[j].stem;
    // A trailing initial: "John S."
    const after = t.slice(end, end + 4);
    const ini = /^[ \t]\p{Lu}\.(?![\p{L}])/u.exec(after);
    if (ini && words[j].stem === words[j].end) end += ini[0].length;
    // A generational or degree suffix belongs to the name: "John Smith Jr.", "Ada Quill, PhD".
    const suffix = NAME_SUFFIX_REGEXP.exec(t.slice(end, end + 12));
    if (suffix && words[j].stem === words[j].end) end += suffix[0].length;
    add(view, start, end, "PERSON");
    i = j;
  }
  void raw;
}
