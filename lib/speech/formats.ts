/**
 * `response_format` and `timestamp_granularities` of the OpenAI transcription
 * contract, rendered from the one internal transcript shape.
 *
 * @module
 */
import { InvalidInputError } from "../errors.ts";
import type { Transcript, TranscriptSegment } from "./types.ts";

/** Formats `/v1/audio/transcriptions` answers in. */
export const RESPONSE_FORMATS = ["json", "text", "srt", "vtt", "verbose_json"] as const;
/** One of {@link RESPONSE_FORMATS}. */
export type ResponseFormat = typeof RESPONSE_FORMATS[number];

/** Timestamp granularities a caller may ask for. */
export type Granularity = "word" | "segment";

/** Parses `response_format`; absent means `json`. */
export function parseResponseFormat(value: string | null | undefined): ResponseFormat {
  const v = (value ?? "").trim().toLowerCase();
  if (v === "") return "json";
  if ((RESPONSE_FORMATS as readonly string[]).includes(v)) return v as ResponseFormat;
  throw new InvalidInputError(
    `response_format must be one of ${RESPONSE_FORMATS.join(", ")}; got "${value}"`,
    { param: "response_format" },
  );
}

/**
 * Parses every spelling of `timestamp_granularities`: repeated
 * `timestamp_granularities[]` fields, one JSON list, or `"segment,word"`.
 */
export function parseGranularities(values: readonly string[]): Set<Granularity> {
  const out = new Set<Granularity>();
  for (const value of values) {
    let items: unknown[] = [value];
    const trimmed = value.trim();
    if (trimmed.startsWith("[")) {
      try {
        const parsed = JSON.parse(trimmed);
        items = Array.isArray(parsed) ? parsed : [trimmed];
      } catch (cause) {
        throw new InvalidInputError("timestamp_granularities is not a valid JSON list", {
          param: "timestamp_granularities",
          cause,
        });
      }
    }
    for (const item of items) {
      for (const part of String(item).split(/[\s,]+/)) {
        const p = part.trim().toLowerCase().replace(/^["']|["']$/g, "");
        if (p === "") continue;
        if (p !== "word" && p !== "segment") {
          throw new InvalidInputError(
            `timestamp_granularities may contain "word" and "segment"; got "${part}"`,
            { param: "timestamp_granularities" },
          );
        }
        out.add(p);
      }
    }
  }
  return out;
}

/** The body and content type of a transcription answer. */
export interface Rendered {
  contentType: string;
  body: string;
}

/**
 * Renders a transcript. `verbose_json` follows OpenAI: no granularity →
 * segments only, `word` → words only, both → both. `json` is `{text}`, plus
 * the granularities asked for (the Spark build answered them too; OpenAI
 * would 400, which would break predecessor clients).
 */
export function renderTranscript(
  t: Transcript,
  format: ResponseFormat,
  granularities: ReadonlySet<Granularity>,
): Rendered {
  const json = (value: unknown): Rendered => ({
    contentType: "application/json",
    body: JSON.stringify(value),
  });
  const segs = t.segments.map((s, id) => ({ id, start: s.start, end: s.end, text: s.text }));
  switch (format) {
    case "json":
      return json({
        text: t.text,
        ...(granularities.has("word") ? { words: t.words } : {}),
        ...(granularities.has("segment") ? { segments: segs } : {}),
      });
    case "verbose_json": {
      const words = granularities.has("word");
      const segments = granularities.has("segment") || !words;
      return json({
        task: "transcribe",
        language: t.language,
        duration: t.duration,
        text: t.text,
        ...(words ? { words: t.words } : {}),
        ...(segments ? { segments: segs } : {}),
      });
    }
    case "text":
      return { contentType: "text/plain; charset=utf-8", body: t.text + "\n" };
    case "srt":
      return { contentType: "text/plain; charset=utf-8", body: toSrt(cues(t)) };
    case "vtt":
      return { contentType: "text/vtt; charset=utf-8", body: toVtt(cues(t)) };
  }
}

function cues(t: Transcript): TranscriptSegment[] {
  if (t.segments.length > 0) return t.segments.filter((s) => s.text !== "");
  if (t.text === "") return [];
  return [{ start: 0, end: t.duration ?? 0, text: t.text }];
}

/** `HH:MM:SS<sep>mmm` for subtitles. */
export function timestamp(seconds: number, sep: "," | "."): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${pad(h)}:${pad(m)}:${pad(s)}${sep}${pad(ms % 1000, 3)}`;
}

/** SubRip subtitles from segments. */
export function toSrt(segments: readonly TranscriptSegment[]): string {
  return segments.map((s, i) =>
    `${i + 1}\n${timestamp(s.start, ",")} --> ${timestamp(s.end, ",")}\n${s.text}\n`
  ).join("\n");
}

/** WebVTT subtitles from segments. */
export function toVtt(segments: readonly TranscriptSegment[]): string {
  return "WEBVTT\n\n" +
    segments.map((s) => `${timestamp(s.start, ".")} --> ${timestamp(s.end, ".")}\n${s.text}\n`)
      .join("\n");
}
