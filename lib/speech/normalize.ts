/**
 * Parakeet and diarizer answers come in several variants (CONTRACTS.md §5,
 * §6). Everything here parses tolerantly and emits one strict shape; a
 * missing or `null` number never becomes 0.
 *
 * @module
 */
import type { Diarization, Transcript, TranscriptSegment, Turn, Word } from "./types.ts";

const PUNCTUATION = new Set([".", ",", ":", ";", "?", "!"]);

/**
 * Joins word tokens into text (CONTRACTS.md §7.5): trim each token, separate
 * by one space, attach `. , : ; ? !` to the preceding word. Works whether or
 * not the tokens carry leading spaces.
 */
export function joinWords(tokens: readonly string[]): string {
  let out = "";
  for (const raw of tokens) {
    const token = raw.trim();
    if (token === "") continue;
    if (out !== "" && !isPunctuation(token)) out += " ";
    out += token;
  }
  return out;
}

/** True for a token made only of sentence punctuation (`.`, `?!`, …). */
export function isPunctuation(token: string): boolean {
  if (token === "") return false;
  for (const ch of token) if (!PUNCTUATION.has(ch)) return false;
  return true;
}

const LANGUAGE_CODES: Record<string, string> = {
  english: "en",
  german: "de",
  french: "fr",
  spanish: "es",
  italian: "it",
  portuguese: "pt",
  dutch: "nl",
  polish: "pl",
  russian: "ru",
  ukrainian: "uk",
  swedish: "sv",
  danish: "da",
  finnish: "fi",
  czech: "cs",
  slovak: "sk",
  hungarian: "hu",
  romanian: "ro",
  bulgarian: "bg",
  croatian: "hr",
  slovenian: "sl",
  greek: "el",
  estonian: "et",
  latvian: "lv",
  lithuanian: "lt",
  maltese: "mt",
  japanese: "ja",
  chinese: "zh",
  korean: "ko",
};

/** A language name or code as an ISO 639-1 code; unknown names fall back to `fallback`. */
export function languageCode(value: unknown, fallback = "en"): string {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  const v = value.trim().toLowerCase();
  if (/^[a-z]{2}([-_][a-z]{2})?$/.test(v)) return v.slice(0, 2);
  return LANGUAGE_CODES[v] ?? fallback;
}

function num(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? value as Record<string, unknown>
    : null;
}

function parseWords(raw: unknown): Word[] {
  if (!Array.isArray(raw)) return [];
  const out: Word[] = [];
  for (const item of raw) {
    const w = record(item);
    if (!w) continue;
    const text = typeof w.word === "string" ? w.word : typeof w.text === "string" ? w.text : "";
    const start = num(w.start) ?? num(w.start_s);
    const end = num(w.end) ?? num(w.end_s);
    // Words without a start cannot be placed in time; WhisperX skips them too (§7.2).
    if (text.trim() === "" || start === null) continue;
    out.push({ word: text.trim(), start, end: Math.max(start, end ?? start) });
  }
  return out;
}

function parseSegments(raw: unknown): TranscriptSegment[] {
  if (!Array.isArray(raw)) return [];
  const out: TranscriptSegment[] = [];
  for (const item of raw) {
    const s = record(item);
    if (!s) continue;
    const start = num(s.start) ?? num(s.start_s);
    const end = num(s.end) ?? num(s.end_s);
    const text = typeof s.text === "string"
      ? s.text.trim()
      : typeof s.segment === "string"
      ? s.segment.trim()
      : "";
    if (start === null || end === null) continue;
    // The degraded build sends one dummy 0.0–0.0 segment: it carries no timing.
    if (start === 0 && end === 0) continue;
    out.push({ start, end: Math.max(start, end), text });
  }
  return out;
}

/**
 * Normalises any parakeet JSON answer (Spark build, OpenAI-exact, degraded,
 * NeMo raw) to the internal shape. `audioDuration` fills a missing duration.
 */
export function normalizeTranscript(
  raw: unknown,
  opts: { audioDuration?: number | null; language?: string } = {},
): Transcript {
  const body = record(raw) ?? {};
  const stamps = record(body.timestamps);
  const words = parseWords(body.words ?? stamps?.word);
  let segments = parseSegments(body.segments ?? stamps?.segment);
  const text = words.length > 0
    ? joinWords(words.map((w) => w.word))
    : typeof body.text === "string"
    ? joinWords(body.text.split(/\s+/))
    : "";
  if (segments.length === 0 && words.length > 0) segments = segmentsFromWords(words);
  const duration = num(body.duration) ?? opts.audioDuration ?? lastEnd(words, segments);
  return {
    text,
    duration,
    language: languageCode(body.language, languageCode(opts.language, "en")),
    words,
    segments: segments.map((s) => ({ ...s, text: s.text === "" ? textIn(words, s) : s.text })),
  };
}

/** Plain text answers (`response_format=text`) as a transcript without timing. */
export function transcriptFromText(
  text: string,
  opts: { audioDuration?: number | null; language?: string } = {},
): Transcript {
  return {
    text: joinWords(text.split(/\s+/)),
    duration: opts.audioDuration ?? null,
    language: languageCode(opts.language, "en"),
    words: [],
    segments: [],
  };
}

function lastEnd(words: Word[], segments: TranscriptSegment[]): number | null {
  let end: number | null = null;
  for (const w of words) end = Math.max(end ?? 0, w.end);
  for (const s of segments) end = Math.max(end ?? 0, s.end);
  return end;
}

function textIn(words: Word[], seg: TranscriptSegment): string {
  return joinWords(
    words.filter((w) => (w.start + w.end) / 2 >= seg.start && (w.start + w.end) / 2 <= seg.end)
      .map((w) => w.word),
  );
}

/** Segments built from words: a new one after sentence punctuation or a pause > 1.5 s. */
export function segmentsFromWords(words: readonly Word[], maxGapS = 1.5): TranscriptSegment[] {
  const out: TranscriptSegment[] = [];
  let current: Word[] = [];
  const flush = () => {
    if (current.length === 0) return;
    out.push({
      start: current[0].start,
      end: current[current.length - 1].end,
      text: joinWords(current.map((w) => w.word)),
    });
    current = [];
  };
  for (const w of words) {
    const prev = current[current.length - 1];
    if (prev && w.start - prev.end > maxGapS) flush();
    current.push(w);
    if (/[.?!]$/.test(w.word)) flush();
  }
  flush();
  return out;
}

const LABEL_PATTERNS: [RegExp, (m: RegExpExecArray) => number][] = [
  [/^speaker[_ -]?(\d+)$/i, (m) => Number(m[1])],
];

/** A diarizer label's index (`Speaker_0`, `speaker_0`, `SPEAKER_00` → 0), or null. */
export function labelIndex(label: string): number | null {
  for (const [re, get] of LABEL_PATTERNS) {
    const m = re.exec(label.trim());
    if (m) return get(m);
  }
  return null;
}

/** The canonical spelling of a diarizer label: `Speaker_<n>`; unknown spellings are kept raw. */
export function canonicalLabel(label: string): string {
  const i = labelIndex(label);
  return i === null ? label : `Speaker_${i}`;
}

/**
 * Normalises a diarize / diarize-chunk answer: accepts `start_s`/`end_s` or
 * `start`/`end`, every label spelling, and fingerprints keyed by any spelling.
 */
export function normalizeDiarization(raw: unknown): Diarization {
  const body = record(raw) ?? {};
  const turns: Turn[] = [];
  for (const item of Array.isArray(body.segments) ? body.segments : []) {
    const s = record(item);
    if (!s) continue;
    const start = num(s.start_s) ?? num(s.start);
    const end = num(s.end_s) ?? num(s.end);
    const label = typeof s.speaker === "string"
      ? s.speaker
      : typeof s.label === "string"
      ? s.label
      : null;
    if (start === null || end === null || label === null || end < start) continue;
    const speaker = canonicalLabel(label);
    turns.push(speaker === label ? { start, end, speaker } : { start, end, speaker, raw: label });
  }
  turns.sort((a, b) => a.start - b.start || a.end - b.end);
  const speakers: string[] = [];
  const listed = Array.isArray(body.speakers_detected) ? body.speakers_detected : [];
  for (const t of turns) if (!speakers.includes(t.speaker)) speakers.push(t.speaker);
  for (const l of listed) {
    if (typeof l === "string" && !speakers.includes(canonicalLabel(l))) {
      speakers.push(canonicalLabel(l));
    }
  }
  const fingerprints: Record<string, number[]> = {};
  const fp = record(body.fingerprints) ?? {};
  for (const [label, vec] of Object.entries(fp)) {
    if (Array.isArray(vec) && vec.every((x) => typeof x === "number")) {
      fingerprints[canonicalLabel(label)] = vec as number[];
    }
  }
  const models: Record<string, string> = {};
  for (const [k, v] of Object.entries(record(body.models) ?? {})) {
    if (typeof v === "string") models[k] = v;
  }
  return { duration: num(body.duration), turns, speakers, fingerprints, models };
}

/** The diarize-chunk wire shape (CONTRACTS.md §6), for the passthrough routes. */
export function diarizationToWire(
  d: Diarization,
  withFingerprints: boolean,
): Record<string, unknown> {
  return {
    duration: d.duration,
    segments: d.turns.map((t) => ({
      start_s: t.start,
      end_s: t.end,
      speaker: t.speaker,
      ...(t.raw === undefined ? {} : { raw_speaker: t.raw }),
    })),
    speakers_detected: d.speakers,
    ...(withFingerprints ? { fingerprints: d.fingerprints } : {}),
    models: d.models,
  };
}
