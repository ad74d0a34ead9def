/**
 * Normalised "shadow" views of a text with an offset map back to the
 * original, so detectors can run on a cleaned-up view while the masks land
 * on the exact original characters.
 */
import { remove as confusableSkeleton } from "confusables";
import * as heModule from "he";

// he is a UMD bundle: Deno exposes it either as the namespace or as `default`.
const he = ((heModule as unknown as { default?: typeof heModule }).default ?? heModule) as {
  decode(s: string): string;
};

/** A text whose every UTF-16 unit knows the original range `[start, end)` it came from. */
export interface MappedText {
  text: string;
  start: Int32Array;
  end: Int32Array;
}

/** The identity view of `text`. */
export function identity(text: string): MappedText {
  const start = new Int32Array(text.length);
  const end = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { text, start, end };
}

/** Maps a range of a view back to the original text. */
export function toOriginal(view: MappedText, from: number, to: number): [number, number] {
  if (to <= from) return [view.start[from] ?? 0, view.start[from] ?? 0];
  return [view.start[from], view.end[to - 1]];
}

class Builder {
  #parts: string[] = [];
  #start: number[] = [];
  #end: number[] = [];
  push(s: string, from: number, to: number): void {
    this.#parts.push(s);
    for (let i = 0; i < s.length; i++) {
      this.#start.push(from);
      this.#end.push(to);
    }
  }
  build(): MappedText {
    return {
      text: this.#parts.join(""),
      start: Int32Array.from(this.#start),
      end: Int32Array.from(this.#end),
    };
  }
}

// Invisible characters that split a value without showing: zero-width, joiners, bidi controls,
// soft hyphen, word joiner, BOM, variation selectors, tag characters.
const INVISIBLE_REGEXP =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFE00-\uFE0F]|\uDB40[\uDC00-\uDDEF]/;
const ENTITY_REGEXP = /^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const PERCENT_REGEXP = /^%[0-9A-Fa-f]{2}/;
const DECIMAL_DIGIT_REGEXP = /^\p{Nd}$/u;
const LATIN_OR_COMMON_REGEXP = /^[\x20-\x7E]+$/;

function digitValue(cp: number): number {
  // Unicode decimal digits come in contiguous runs of ten starting at a zero.
  let v = 0;
  while (v < 9 && DECIMAL_DIGIT_REGEXP.test(String.fromCodePoint(cp - v - 1))) v++;
  return v;
}

function foldChar(ch: string): string {
  if (ch.charCodeAt(0) < 0x80) return ch;
  const cp = ch.codePointAt(0)!;
  if (DECIMAL_DIGIT_REGEXP.test(ch)) return String(digitValue(cp));
  const nfkc = ch.normalize("NFKC");
  if (LATIN_OR_COMMON_REGEXP.test(nfkc)) return nfkc;
  // Homoglyphs (Cyrillic а, Greek ο, Cherokee Ꭺ…) fold to their Latin skeleton when it is ASCII;
  // real letters with diacritics stay (the folded view strips those for matching).
  // Latin letters with diacritics (ß, é) are real letters, not disguises.
  if (/\p{Script=Latin}/u.test(nfkc)) return nfkc.normalize("NFC");
  const skeleton = confusableSkeleton(nfkc);
  if (LATIN_OR_COMMON_REGEXP.test(skeleton)) return skeleton;
  return nfkc.normalize("NFC");
}

/**
 * The detection shadow: invisible characters removed, HTML entities and
 * %-escapes decoded, NFKC, full-width and other-script digits as ASCII,
 * homoglyphs as their Latin skeleton, spoken digit runs as digits.
 */
const PERCENT_RUN_REGEXP = /^(?:%[0-9A-Fa-f]{2}){1,12}/;
// Inside a form-encoded value: "=" after the last white space.
const FORM_VALUE_REGEXP = /=[^\s=]*$/;

export function shadowOf(original: string): MappedText {
  const b = new Builder();
  const n = original.length;
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c === 0x26 /* & */) {
      const m = ENTITY_REGEXP.exec(original.slice(i, i + 40));
      if (m) {
        const decoded = he.decode(m[0]);
        if (decoded !== m[0]) {
          for (const ch of decoded) b.push(foldChar(ch), i, i + m[0].length);
          i += m[0].length;
          continue;
        }
      }
    } else if (c === 0x25 /* % */) {
      // A run of %-escapes is UTF-8 ("Mungu%C3%ADa"); each character it decodes to maps back to
      // its own escapes. Runs that are not valid UTF-8 decode byte by byte where printable.
      const run = PERCENT_RUN_REGEXP.exec(original.slice(i, i + 36))?.[0] ?? "";
      let decoded: string | undefined;
      try {
        decoded = run.length > 3 ? decodeURIComponent(run) : undefined;
      } catch {
        decoded = undefined;
      }
      // Control characters stay escaped (they decode byte by byte below, or not at all).
      if (decoded !== undefined && ![...decoded].some((ch) => ch < " " || ch === "\u007F")) {
        let at = i;
        for (const ch of decoded) {
          const bytes = new TextEncoder().encode(ch).length;
          b.push(foldChar(ch), at, at + bytes * 3);
          at += bytes * 3;
        }
        i = at;
        continue;
      }
      const m = PERCENT_REGEXP.exec(original.slice(i, i + 3));
      if (m) {
        const code = parseInt(m[0].slice(1), 16);
        if (code >= 0x20 && code < 0x7F) {
          b.push(String.fromCharCode(code), i, i + 3);
          i += 3;
          continue;
        }
      }
    } else if (
      c === 0x2B /* + */ && /\p{L}/u.test(original[i - 1] ?? "") &&
      /[\p{L}%]/u.test(original[i + 1] ?? "") &&
      FORM_VALUE_REGEXP.test(original.slice(Math.max(0, i - 60), i))
    ) {
      // A form-encoded value ("last_name=van+Ginneken"): "+" is a space.
      b.push(" ", i, i + 1);
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const len = ch.length;
    if (cp >= 0x80 && INVISIBLE_REGEXP.test(ch)) {
      i += len;
      continue;
    }
    if (cp >= 0x0300 && cp <= 0x036F && i > 0) {
      // A combining mark joins the previous letter in the shadow (keeps words whole).
      b.push(ch, i, i + len);
      i += len;
      continue;
    }
    b.push(foldChar(ch), i, i + len);
    i += len;
  }
  return spokenDigits(b.build());
}

const SPOKEN: Record<string, string> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  niner: "9",
  // Spanish, German and French digits, read out in calls ("nueve cero seis", "null eins vier").
  cero: "0",
  uno: "1",
  una: "1",
  dos: "2",
  tres: "3",
  cuatro: "4",
  cinco: "5",
  seis: "6",
  siete: "7",
  ocho: "8",
  nueve: "9",
  null: "0",
  eins: "1",
  zwei: "2",
  zwo: "2",
  drei: "3",
  vier: "4",
  fünf: "5",
  sechs: "6",
  sieben: "7",
  acht: "8",
  neun: "9",
  zéro: "0",
  un: "1",
  deux: "2",
  trois: "3",
  quatre: "4",
  cinq: "5",
  sept: "7",
  huit: "8",
  neuf: "9",
};
// Every digit word above, longest first so "sechs" is not read as "six".
const DIGIT_WORDS = Object.keys(SPOKEN).filter((w) => w !== "o").sort((a, b) => b.length - a.length)
  .join("|");
// A run of three or more digit words ("four one five …", "double five"); bounded, no nesting
// of unbounded quantifiers, so it stays linear.
const SPOKEN_RUN_REGEXP = new RegExp(
  String
    .raw`(?<![\p{L}])(?:(?:double|triple|doble|doppel)[ ,-]{1,3})?(?:${DIGIT_WORDS})(?:[ ,.…-]{1,4}(?:(?:double|triple|doble|doppel)[ ,-]{1,3})?(?:${DIGIT_WORDS}|o|\d)){2,40}(?![\p{L}])`,
  "giu",
);
const SPOKEN_WORD_REGEXP = new RegExp(
  String.raw`(?:(double|triple|doble|doppel)[ ,-]{1,3})?(${DIGIT_WORDS}|o|\d)(?![\p{L}])`,
  "giu",
);

const SPOKEN_HINT_REGEXP = new RegExp(String.raw`(?<![\p{L}])(?:${DIGIT_WORDS})(?![\p{L}])`, "iu");

function spokenDigits(view: MappedText): MappedText {
  const text = view.text;
  if (!SPOKEN_HINT_REGEXP.test(text)) return view;
  const b = new Builder();
  let last = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) b.push(text[k], view.start[k], view.end[k]);
  };
  for (const run of text.matchAll(SPOKEN_RUN_REGEXP)) {
    const words = run[0].match(/\p{L}+|\d/gu) ?? [];
    const digitWords = words.filter((w) => !/^(?:double|triple|doble|doppel)$/i.test(w)).length;
    // Require at least four digits so "one or two" prose stays prose.
    if (digitWords < 4) continue;
    copy(last, run.index);
    for (const w of run[0].matchAll(SPOKEN_WORD_REGEXP)) {
      const at = run.index + w.index;
      const digit = /^\d$/.test(w[2]) ? w[2] : SPOKEN[w[2].toLowerCase()];
      const times = w[1] ? (/^(?:double|doble|doppel)$/i.test(w[1]) ? 2 : 3) : 1;
      const [s, e] = toOriginal(view, at, at + w[0].length);
      b.push(digit.repeat(times) + " ", s, e);
    }
    last = run.index + run[0].length;
  }
  if (last === 0) return view;
  copy(last, text.length);
  return b.build();
}

/**
 * The matching view of a shadow: lower case and diacritics stripped, so
 * "ZOË", "Zoe" and "zoë" compare equal. Offsets still map to the original.
 */
export function foldedOf(view: MappedText): MappedText {
  const b = new Builder();
  const t = view.text;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x80) {
      b.push(c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : t[i], view.start[i], view.end[i]);
      continue;
    }
    const folded = foldString(t[i]);
    b.push(folded, view.start[i], view.end[i]);
  }
  return b.build();
}

/** Lower case with diacritics stripped and typographic apostrophes made plain (for comparisons). */
export function foldString(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/ß/g, "ss").replace(/[øØ]/g, "o").replace(/[łŁ]/g, "l").replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** The text as detectors and the leak check compare it: shadow, then folded. */
export function comparable(text: string): string {
  return foldedOf(shadowOf(text)).text;
}
