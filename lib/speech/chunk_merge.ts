/**
 * Stitches per-chunk results into one file-time transcript and one set of
 * turns with global speaker labels (CONTRACTS.md §6, §7.3.3, §7.3.6). Pure.
 *
 * @module
 */
import { type Chunk, ownTurns, ownWords } from "./chunk_plan.ts";
import { CLUSTER_THRESHOLD, clusterFingerprints, type FingerprintItem } from "./cluster.ts";
import type { Diarization, Turn, Word } from "./types.ts";

/** What one chunk produced, in chunk-local seconds. */
export interface ChunkResult {
  chunk: Chunk;
  words: readonly Word[];
  diarization: Diarization;
}

/** The stitched result, in file seconds. */
export interface StitchedResult {
  words: Word[];
  /** Turns relabelled `Speaker_<global id>`. */
  turns: Turn[];
  /** `"<chunk>:<local label>"` → global label. */
  mapping: Record<string, string>;
}

/**
 * Shifts and keeps words and turns by midpoint ownership, then maps each
 * chunk-local label to a global one by clustering fingerprints. A label
 * without a fingerprint gets its own global speaker (it cannot be matched).
 */
export function stitchChunks(
  results: readonly ChunkResult[],
  threshold = CLUSTER_THRESHOLD,
): StitchedResult {
  const sorted = [...results].sort((a, b) => a.chunk.index - b.chunk.index);
  const last = sorted.length - 1;
  const items: FingerprintItem[] = [];
  for (const r of sorted) {
    for (const label of r.diarization.speakers) {
      const vector = r.diarization.fingerprints[label];
      if (vector && vector.length > 0) items.push({ chunk: r.chunk.index, label, vector });
    }
  }
  const ids = clusterFingerprints(items, threshold);
  const mapping: Record<string, string> = {};
  let nextId = ids.reduce((m, id) => Math.max(m, id + 1), 0);
  items.forEach((it, k) => mapping[`${it.chunk}:${it.label}`] = `Speaker_${ids[k]}`);
  const words: Word[] = [];
  const turns: Turn[] = [];
  sorted.forEach((r, k) => {
    words.push(...ownWords(r.chunk, r.words, k === last));
    for (const t of ownTurns(r.chunk, r.diarization.turns, k === last)) {
      const key = `${r.chunk.index}:${t.speaker}`;
      mapping[key] ??= `Speaker_${nextId++}`;
      turns.push({ start: t.start, end: t.end, speaker: mapping[key] });
    }
  });
  words.sort((a, b) => a.start - b.start || a.end - b.end);
  turns.sort((a, b) => a.start - b.start || a.end - b.end);
  return { words, turns, mapping };
}
