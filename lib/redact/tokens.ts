/**
 * The token grammar: what `/scrub` writes (`[PERSON_1]`) and every mangled
 * form `/rehydrate` accepts back. The same scanner neutralises token-shaped
 * input in `/scrub`, so whatever `/rehydrate` would restore was written by us.
 */

/** Entity types the detectors emit. `TOKEN` holds token-shaped input, kept verbatim. */
export const BUILTIN_TYPES = [
  "PERSON",
  "EMAIL",
  "URL",
  "PHONE",
  "CARD",
  "IBAN",
  "IP",
  "ID",
  "DATE",
  "ADDRESS",
  "ENTITY",
  "TOKEN",
] as const;

/** A type name callers may use for known entities. */
export const TYPE_NAME_REGEXP = /^[A-Z][A-Z0-9]{1,19}$/;

/** Formats the canonical token. */
export function formatToken(type: string, index: number): string {
  return `[${type}_${index}]`;
}

/** One token-shaped occurrence in a text. */
export interface TokenHit {
  start: number;
  end: number;
  /** Canonical form, `[TYPE_N]`. */
  token: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const OPEN = String.raw`(?:\\{0,2}\[|\\u005[bB])`;
const CLOSE = String.raw`(?:\\{0,2}\]|\\u005[dD])`;
const SEP = String.raw`(?:\s{0,3}(?:\\{0,2}_|-|\s)\s{0,3})`;

/**
 * Builds the scanner for `types`: `[TYPE_N]` in any case, with inner spaces,
 * markdown (`\[PERSON\_1\]`) or JSON (`\u005b`) escapes, `-` or space
 * instead of `_`; bare `TYPE_N`/`TYPE-N` in any case; bare `TYPE N` in upper
 * case only (lower-case "phone 2" is prose). Digits never continue
 * (`PERSON_1` is not in `PERSON_10`), so matches sit on token boundaries.
 */
export function tokenScanner(types: Iterable<string>): (text: string) => TokenHit[] {
  const list = [...new Set(types)].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const alt = list.join("|");
  const bracketed = new RegExp(
    `${OPEN}\\s{0,3}(${alt})${SEP}?(\\d{1,6})\\s{0,3}${CLOSE}`,
    "gi",
  );
  const bare = new RegExp(
    `(?<![A-Za-z0-9_\\\\])(${alt})(?:\\\\{0,2}_|-)(\\d{1,6})(?![0-9A-Za-z]|_\\d)`,
    "gi",
  );
  const spaced = new RegExp(`(?<![A-Za-z0-9_])(${alt}) (\\d{1,6})(?![0-9A-Za-z]|_\\d)`, "g");
  return (text) => {
    const hits: TokenHit[] = [];
    const taken = (s: number, e: number) => hits.some((h) => s < h.end && e > h.start);
    for (const re of [bracketed, bare, spaced]) {
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const s = m.index, e = m.index + m[0].length;
        if (taken(s, e)) continue;
        hits.push({ start: s, end: e, token: formatToken(m[1].toUpperCase(), Number(m[2])) });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  };
}

// Anything that looks like a token of any type (for reporting unresolved ones and for
// neutralising input): upper-case type words, optional sub-words, a number, in brackets.
const GENERIC_REGEXP =
  /\\{0,2}\[\s{0,3}[A-Z][A-Za-z0-9]{1,20}(?:(?:\\{0,2}_|[ -])[A-Za-z0-9]{1,20}){0,3}(?:\\{0,2}_|[ -])\d{1,6}\s{0,3}\\{0,2}\]|(?<![A-Za-z0-9_])[A-Z][A-Z0-9]{1,20}(?:_[A-Z0-9]{1,20}){0,3}_\d{1,6}(?![0-9A-Za-z])/g;

/** Token-shaped text of any type (`[PERSONNE_1]`, `[PERSON_1_2]`, `FOO_3`). */
export function genericTokens(text: string): { start: number; end: number }[] {
  return [...text.matchAll(GENERIC_REGEXP)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
}
