/**
 * Shapes shared by the speech domain. Upstream services use float seconds;
 * the merged transcript uses integer milliseconds (CONTRACTS.md §1).
 *
 * @module
 */

/** One recognised word, times in seconds. `start === end` is allowed (zero-length words). */
export interface Word {
  word: string;
  start: number;
  end: number;
}

/** One transcript segment, times in seconds. */
export interface TranscriptSegment {
  start: number;
  end: number;
  text: string;
}

/** The one internal transcript shape every parakeet variant is normalised to. */
export interface Transcript {
  text: string;
  /** Seconds; from the decoded audio when the upstream omits it. */
  duration: number | null;
  /** ISO 639-1 code, e.g. `en`. */
  language: string;
  words: Word[];
  segments: TranscriptSegment[];
}

/** One diarizer turn, times in seconds, raw chunk-local label. Turns may overlap. */
export interface Turn {
  start: number;
  end: number;
  speaker: string;
  /** The label as the diarizer spelt it, when it differs from `speaker`. */
  raw?: string;
}

/** A normalised diarizer answer. */
export interface Diarization {
  duration: number | null;
  turns: Turn[];
  /** Labels in order of first appearance. */
  speakers: string[];
  /** One 192-d vector per label (only from diarize-chunk). */
  fingerprints: Record<string, number[]>;
  models: Record<string, string>;
}

/** A visual active-speaker cue from a meeting app, in seconds. */
export interface TimelineSpan {
  start: number;
  end: number;
  name: string;
  confidence?: number;
}

/** A span where the local user spoke (dual channel). */
export interface VadSpan {
  start: number;
  end: number;
}

/** One block of the merged transcript (CONTRACTS.md §7.4). */
export interface MergedSegment {
  start_ms: number;
  end_ms: number;
  speaker: string;
  text: string;
  source?: "mic_channel";
}

/** A word with its final speaker (returned when the caller asks for words). */
export interface SpeakerWord extends Word {
  speaker: string;
  source?: "mic_channel";
}
