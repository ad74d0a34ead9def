/**
 * Long-audio chunking (CONTRACTS.md §6): bodies of 150 s with a 15 s margin
 * on each side (none outside the file). Results from a chunk are shifted by
 * the chunk start and kept only when the chunk's body owns their midpoint,
 * so every word and turn lands in exactly one chunk.
 *
 * @module
 */
import type { Turn, Word } from "./types.ts";

/** One chunk: what is sent (`start`–`end`) and what it owns (`bodyStart`–`bodyEnd`). */
export interface Chunk {
  index: number;
  /** Cut start in the file, seconds (body start minus margin, ≥ 0). */
  start: number;
  /** Cut end in the file, seconds (body end plus margin, ≤ duration). */
  end: number;
  bodyStart: number;
  bodyEnd: number;
}

/** Chunking parameters. */
export interface ChunkOptions {
  bodyS?: number;
  marginS?: number;
  /**
   * Snap cut starts down to this grid (s). Parakeet's timestamps sit on an
   * 80 ms grid counted from the start of what it was sent; cuts on the file's
   * own grid make neighbouring chunks report the same times for a word in
   * their shared margin, so exactly one of them owns it. 0 = no snapping.
   */
  gridS?: number;
}

/** Default body length (s). */
export const CHUNK_BODY_S = 150;
/** Default margin on each side (s). */
export const CHUNK_MARGIN_S = 15;

/** Plans chunks over `durationS`. A file no longer than one body is one chunk without margins. */
export function planChunks(durationS: number, opts: ChunkOptions = {}): Chunk[] {
  const body = opts.bodyS ?? CHUNK_BODY_S;
  const margin = opts.marginS ?? CHUNK_MARGIN_S;
  const grid = opts.gridS ?? 0;
  const snap = (t: number) =>
    grid > 0 ? Math.round(Math.floor(t / grid + 1e-9) * grid * 1e6) / 1e6 : t;
  if (!(durationS > 0)) return [];
  if (!(body > 0) || margin < 0) throw new RangeError("Chunk body must be > 0 and margin ≥ 0");
  const count = Math.max(1, Math.ceil(durationS / body - 1e-9));
  const out: Chunk[] = [];
  for (let i = 0; i < count; i++) {
    const bodyStart = i * body;
    const bodyEnd = i === count - 1 ? durationS : (i + 1) * body;
    out.push({
      index: i,
      start: Math.max(0, snap(bodyStart - margin)),
      end: Math.min(durationS, bodyEnd + margin),
      bodyStart,
      bodyEnd,
    });
  }
  return out;
}

/**
 * True when `chunk`'s body owns the midpoint `mid` (file seconds). Bodies are
 * half-open `[start, end)`, except the last, which also owns its end.
 */
export function owns(chunk: Chunk, mid: number, isLast: boolean): boolean {
  return mid >= chunk.bodyStart && (mid < chunk.bodyEnd || (isLast && mid <= chunk.bodyEnd));
}

/** Rounds to microseconds so that one time reached from two chunk offsets compares equal. */
function micro(t: number): number {
  return Math.round(t * 1e6) / 1e6;
}

/** Shifts chunk-local words to file time and keeps those whose midpoint the body owns. */
export function ownWords(chunk: Chunk, words: readonly Word[], isLast: boolean): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const shifted = { ...w, start: micro(w.start + chunk.start), end: micro(w.end + chunk.start) };
    if (owns(chunk, (shifted.start + shifted.end) / 2, isLast)) out.push(shifted);
  }
  return out;
}

/**
 * Shifts chunk-local turns to file time and clips them to the body. The
 * clipped part is what the chunk owns (its midpoint is in the body by
 * construction): a turn crossing a body edge is split between the two
 * chunks instead of losing the part on the far side of the edge, and the
 * margins are never counted twice.
 */
export function ownTurns(chunk: Chunk, turns: readonly Turn[], _isLast: boolean): Turn[] {
  const out: Turn[] = [];
  for (const t of turns) {
    const start = Math.max(micro(t.start + chunk.start), chunk.bodyStart);
    const end = Math.min(micro(t.end + chunk.start), chunk.bodyEnd);
    if (end > start || (end === start && t.end === t.start)) out.push({ ...t, start, end });
  }
  return out;
}
