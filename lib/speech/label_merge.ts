/**
 * Label merge (CONTRACTS.md §7.3): ASR words + diarizer turns (+ an optional
 * meeting-app timeline, + an optional mic channel) → speaker-attributed
 * blocks. Pure: plain data in, plain data out.
 *
 * Differences from WhisperX's max-overlap rule (§7.2), each fixing a known
 * pitfall: zero-length and gap words take the turn holding their midpoint or
 * the nearest turn edge within 0.5 s; a word straddling two turns goes to the
 * turn covering the larger part of it (ties go to the previous word's speaker,
 * which keeps a sentence together); words are assigned one by one and
 * regrouped, so a segment never hides a change of speaker; names come from
 * overlap voting over the whole call rather than per word.
 *
 * Cost: O((words + turns + timeline) · log) — one sort each and sweeps with
 * a small active set, instead of WhisperX's words × turns scan.
 *
 * @module
 */
import { joinWords } from "./normalize.ts";
import type { MergedSegment, SpeakerWord, TimelineSpan, Turn, VadSpan, Word } from "./types.ts";

/** A mic-channel word with the energy of both channels over its window (dBFS). */
export interface MicWord extends Word {
  micDb?: number;
  systemDb?: number;
}

/** Dual-channel input: the local user's mic words. */
export interface DualChannel {
  micWords: readonly MicWord[];
  selfName: string;
  /** Spans where the user spoke; when given, mic words outside them are dropped. */
  selfVad?: readonly VadSpan[];
}

/** Tuning knobs, all with the contract's defaults. */
export interface MergeOptions {
  /** Gap words take the nearest turn edge within this distance (s). */
  nearestS?: number;
  /** A silence longer than this starts a new block (s). */
  blockGapS?: number;
  /** A timeline name must cover this share of a speaker's talk time. */
  nameCoverage?: number;
  /** Mic energy must exceed the expected bleed by this much to count as the user (dB). */
  bleedMarginDb?: number;
  /** Mic/system coupling used when the call has too few words to estimate it (dB). */
  defaultCouplingDb?: number;
  /** Slack around `self_vad` spans (s): VAD edges are coarse. */
  vadSlackS?: number;
}

/** Everything label merge takes. */
export interface MergeInput {
  /** Single channel: all words; dual channel: the system channel's words. */
  words: readonly Word[];
  /** Diarizer turns with (global) labels; may overlap. */
  turns: readonly Turn[];
  timeline?: readonly TimelineSpan[];
  dual?: DualChannel;
  options?: MergeOptions;
}

/** The merged transcript. */
export interface MergeResult {
  segments: MergedSegment[];
  words: SpeakerWord[];
  /** Final names in order of first appearance. */
  speakers: string[];
  /** Diarizer label → final name. */
  names: Record<string, string>;
}

/** The speaker of a word that no turn explains. */
export const UNKNOWN = "Unknown";

const DEFAULTS = {
  nearestS: 0.5,
  blockGapS: 1.5,
  nameCoverage: 0.5,
  bleedMarginDb: 3,
  defaultCouplingDb: -20,
  vadSlackS: 0.25,
};

/** Trims tokens and drops empty ones (§7.3.1); sorts by start. */
export function cleanWords<W extends Word>(words: readonly W[]): W[] {
  const out: W[] = [];
  for (const w of words) {
    const word = w.word.trim();
    if (word === "" || !Number.isFinite(w.start)) continue;
    const end = Number.isFinite(w.end) ? Math.max(w.start, w.end) : w.start;
    out.push({ ...w, word, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Binary heap of turn indices ordered by end time, for the sweep. */
class EndHeap {
  #items: number[] = [];
  constructor(private ends: readonly number[]) {}
  get items(): readonly number[] {
    return this.#items;
  }
  push(i: number): void {
    const a = this.#items;
    a.push(i);
    let k = a.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (this.ends[a[p]] <= this.ends[a[k]]) break;
      [a[p], a[k]] = [a[k], a[p]];
      k = p;
    }
  }
  peek(): number | undefined {
    return this.#items[0];
  }
  pop(): void {
    const a = this.#items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    let k = 0;
    while (true) {
      const l = 2 * k + 1;
      const r = l + 1;
      let m = k;
      if (l < a.length && this.ends[a[l]] < this.ends[a[m]]) m = l;
      if (r < a.length && this.ends[a[r]] < this.ends[a[m]]) m = r;
      if (m === k) break;
      [a[m], a[k]] = [a[k], a[m]];
      k = m;
    }
  }
}

/**
 * Assigns a diarizer label to every word (§7.3.2); `UNKNOWN` when no turn
 * is near. `words` must be sorted by start (see {@link cleanWords}).
 */
export function assignSpeakers(
  words: readonly Word[],
  turnsIn: readonly Turn[],
  nearestS = DEFAULTS.nearestS,
): string[] {
  const turns = [...turnsIn].filter((t) => t.end >= t.start).sort((a, b) =>
    a.start - b.start || a.end - b.end
  );
  const starts = turns.map((t) => t.start);
  const ends = turns.map((t) => t.end);
  // prefixMaxEnd[i] = index of the turn with the largest end among turns[0..i].
  const prefixMaxEnd: number[] = [];
  for (let i = 0; i < turns.length; i++) {
    const prev = prefixMaxEnd[i - 1];
    prefixMaxEnd.push(prev === undefined || ends[i] > ends[prev] ? i : prev);
  }
  // Speakers as small integers, so the per-word scoring allocates nothing.
  const ids = new Map<string, number>();
  const names: string[] = [];
  const spk = turns.map((t) => {
    let id = ids.get(t.speaker);
    if (id === undefined) {
      id = names.length;
      ids.set(t.speaker, id);
      names.push(t.speaker);
    }
    return id;
  });
  const score = new Float64Array(names.length);
  const firstTurn = new Int32Array(names.length);
  const touched: number[] = [];
  const heap = new EndHeap(ends);
  let next = 0;
  let previous = -1;
  const out: string[] = [];
  // Picks the best touched speaker: highest score; ties go to the previous
  // word's speaker, else to the speaker whose turn starts first (§7.2).
  const best = (): number => {
    let b = -1;
    for (const id of touched) {
      if (b < 0) b = id;
      else {
        const d = score[id] - score[b];
        if (
          d > 1e-9 ||
          (Math.abs(d) <= 1e-9 && b !== previous &&
            (id === previous || firstTurn[id] < firstTurn[b]))
        ) b = id;
      }
    }
    for (const id of touched) score[id] = 0;
    touched.length = 0;
    return b;
  };
  const touch = (i: number, value: number) => {
    const id = spk[i];
    if (score[id] === 0) {
      touched.push(id);
      firstTurn[id] = i;
    } else if (i < firstTurn[id]) firstTurn[id] = i;
    score[id] += value;
  };
  for (const w of words) {
    const a = w.start;
    const b = w.end;
    const mid = (a + b) / 2;
    // Every turn starting at or before the word's end joins the active set
    // (≤ so that a zero-length word at a turn start finds it); turns that
    // ended before the word's start leave it for good since starts only grow.
    while (next < turns.length && starts[next] <= b) heap.push(next++);
    while (heap.peek() !== undefined && ends[heap.peek()!] < a) heap.pop();
    const active = heap.items;
    let chosen = -1;
    if (b > a) {
      for (const i of active) {
        const ov = Math.min(ends[i], b) - Math.max(starts[i], a);
        // Float noise (1e-15 overlaps from 80 ms grids) is no overlap.
        if (ov > 1e-9) touch(i, ov);
      }
      chosen = best();
    }
    if (chosen < 0) {
      // Zero-length word or one in a gap: the turn holding the midpoint.
      for (const i of active) if (starts[i] <= mid && ends[i] >= mid) touch(i, 1);
      chosen = best();
    }
    let name = chosen >= 0 ? names[chosen] : undefined;
    if (name === undefined) name = nearestTurn(turns, starts, prefixMaxEnd, a, b, nearestS);
    out.push(name ?? UNKNOWN);
    if (name !== undefined) previous = ids.get(name)!;
  }
  return out;
}

function nearestTurn(
  turns: readonly Turn[],
  starts: readonly number[],
  prefixMaxEnd: readonly number[],
  a: number,
  b: number,
  limit: number,
): string | undefined {
  // Last turn starting before a: the latest end among them is the nearest edge before.
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const m = (lo + hi) >> 1;
    if (starts[m] < a) lo = m + 1;
    else hi = m;
  }
  let best: string | undefined;
  let bestD = Infinity;
  if (lo > 0) {
    const i = prefixMaxEnd[lo - 1];
    const d = a - turns[i].end;
    if (d >= 0 && d <= limit) {
      best = turns[i].speaker;
      bestD = d;
    }
  }
  // First turn starting at or after a (it does not overlap the word, or it would have won).
  const j = lo;
  if (j < starts.length) {
    const d = Math.max(0, starts[j] - b);
    if (d >= 0 && d <= limit && d < bestD) best = turns[j].speaker;
  }
  return best;
}

/** Talk time per label: the summed length of its turns. */
function talkTime(turns: readonly Turn[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of turns) out.set(t.speaker, (out.get(t.speaker) ?? 0) + (t.end - t.start));
  return out;
}

/**
 * Maps diarizer labels to timeline names by overlap voting (§7.3.4): sum of
 * overlap × confidence per (label, name); the best name wins when it covers
 * at least `coverage` of the label's talk time. Several labels may share a name.
 */
export function nameSpeakers(
  turnsIn: readonly Turn[],
  timelineIn: readonly TimelineSpan[],
  coverage = DEFAULTS.nameCoverage,
): Map<string, string> {
  const turns = [...turnsIn].sort((a, b) => a.start - b.start);
  const spans = timelineIn.filter((s) => s.end > s.start && s.name.trim() !== "")
    .sort((a, b) => a.start - b.start);
  const votes = new Map<string, Map<string, number>>();
  const spanEnds = spans.map((s) => s.end);
  const heap = new EndHeap(spanEnds);
  let next = 0;
  for (const t of turns) {
    while (next < spans.length && spans[next].start < t.end) heap.push(next++);
    while (heap.peek() !== undefined && spanEnds[heap.peek()!] <= t.start) heap.pop();
    for (const i of heap.items) {
      const s = spans[i];
      const ov = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (ov <= 0) continue;
      const weight = ov * clampConfidence(s.confidence);
      const byName = votes.get(t.speaker) ?? new Map<string, number>();
      byName.set(s.name.trim(), (byName.get(s.name.trim()) ?? 0) + weight);
      votes.set(t.speaker, byName);
    }
  }
  const talk = talkTime(turns);
  const out = new Map<string, string>();
  for (const [label, byName] of votes) {
    let bestName = "";
    let best = 0;
    for (const [name, v] of byName) {
      if (v > best || (v === best && name < bestName)) {
        bestName = name;
        best = v;
      }
    }
    const total = talk.get(label) ?? 0;
    if (total > 0 && best >= coverage * total) out.set(label, bestName);
  }
  return out;
}

function clampConfidence(c: number | undefined): number {
  if (c === undefined || !Number.isFinite(c)) return 1;
  return Math.min(1, Math.max(0, c));
}

/** Levels below this count as silence on a channel (dBFS). */
const SILENCE_DB = -60;

/**
 * Estimates mic←system coupling (dB) from mic words heard while the system
 * channel was active: bleed-only words sit at the low end of the mic−system
 * ratio, local speech above it, so a low quantile tracks the coupling.
 */
export function estimateCouplingDb(words: readonly MicWord[], fallback: number): number {
  const ratios: number[] = [];
  for (const w of words) {
    if (w.micDb === undefined || w.systemDb === undefined) continue;
    if (w.systemDb <= SILENCE_DB || w.micDb <= SILENCE_DB) continue;
    ratios.push(w.micDb - w.systemDb);
  }
  if (ratios.length < 4) return fallback;
  ratios.sort((a, b) => a - b);
  return ratios[Math.floor(ratios.length * 0.2)];
}

function normToken(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");
}

/**
 * Decides which mic words are the local user (§7.3.5): inside `self_vad`
 * when given, and not explained by bleed. A word is bleed when its mic
 * energy is no more than `margin` above the system energy seen through the
 * coupling — so a quiet local word under loud remote speech is kept (it adds
 * energy the bleed cannot explain), while an echo of a remote word is not.
 * Without levels, a mic word that repeats an overlapping system word is bleed.
 */
export function keepMicWords(
  micWords: readonly MicWord[],
  systemWords: readonly Word[],
  dual: Pick<DualChannel, "selfVad">,
  opts: MergeOptions = {},
): boolean[] {
  const margin = opts.bleedMarginDb ?? DEFAULTS.bleedMarginDb;
  const slack = opts.vadSlackS ?? DEFAULTS.vadSlackS;
  const coupling = estimateCouplingDb(
    micWords,
    opts.defaultCouplingDb ?? DEFAULTS.defaultCouplingDb,
  );
  const vad = dual.selfVad ? [...dual.selfVad].sort((a, b) => a.start - b.start) : undefined;
  const sys = [...systemWords].sort((a, b) => a.start - b.start);
  let sysFrom = 0;
  let vadFrom = 0;
  const order = micWords.map((_, i) => i).sort((a, b) => micWords[a].start - micWords[b].start);
  const keep = new Array<boolean>(micWords.length).fill(true);
  for (const i of order) {
    const w = micWords[i];
    const mid = (w.start + w.end) / 2;
    if (vad) {
      while (vadFrom < vad.length && vad[vadFrom].end + slack < mid) vadFrom++;
      // Spans are sorted by start, so the first candidates are the only ones that can hold mid.
      let inside = false;
      for (let k = vadFrom; k < vad.length && vad[k].start - slack <= mid; k++) {
        if (vad[k].end + slack >= mid) inside = true;
      }
      if (!inside) {
        keep[i] = false;
        continue;
      }
    }
    while (sysFrom < sys.length && sys[sysFrom].end < w.start - 0.5) sysFrom++;
    let echoed = false;
    const token = normToken(w.word);
    for (let k = sysFrom; k < sys.length && sys[k].start <= w.end + 0.5; k++) {
      if (token !== "" && normToken(sys[k].word) === token) echoed = true;
    }
    if (w.micDb !== undefined && w.systemDb !== undefined) {
      if (w.systemDb <= SILENCE_DB) continue; // nothing to bleed from: it is the user
      const expectedBleed = w.systemDb + coupling;
      const excess = w.micDb - expectedBleed;
      // An echoed token needs clearer evidence of a local voice.
      keep[i] = excess > (echoed ? 2 * margin : margin);
    } else if (echoed) {
      keep[i] = false;
    }
  }
  return keep;
}

/**
 * Groups attributed words into blocks (§7.3.7): a new block on a change of
 * speaker or source, or a silence gap longer than `gapS`.
 */
export function toBlocks(
  words: readonly SpeakerWord[],
  gapS = DEFAULTS.blockGapS,
): MergedSegment[] {
  const out: MergedSegment[] = [];
  let cur: SpeakerWord[] = [];
  let curEnd = -Infinity;
  const flush = () => {
    if (cur.length === 0) return;
    const first = cur[0];
    const seg: MergedSegment = {
      start_ms: Math.round(first.start * 1000),
      end_ms: Math.round(curEnd * 1000),
      speaker: first.speaker,
      text: joinWords(cur.map((w) => w.word)),
    };
    if (first.source) seg.source = first.source;
    out.push(seg);
    cur = [];
  };
  for (const w of words) {
    const first = cur[0];
    if (
      first && (w.speaker !== first.speaker || w.source !== first.source || w.start - curEnd > gapS)
    ) flush();
    if (cur.length === 0) curEnd = w.end;
    cur.push(w);
    curEnd = Math.max(curEnd, w.end);
  }
  flush();
  return out.sort((a, b) => a.start_ms - b.start_ms || a.end_ms - b.end_ms);
}

/** The whole label merge: assign, name, suppress bleed, interleave, block. */
export function mergeLabels(input: MergeInput): MergeResult {
  const opts = { ...DEFAULTS, ...input.options };
  const words = cleanWords(input.words);
  const labels = assignSpeakers(words, input.turns, opts.nearestS);
  const named = nameSpeakers(input.turns, input.timeline ?? [], opts.nameCoverage);
  const attributed: SpeakerWord[] = words.map((w, i) => ({
    word: w.word,
    start: w.start,
    end: w.end,
    speaker: labels[i],
  }));
  if (input.dual) {
    const mic = cleanWords(input.dual.micWords);
    const keep = keepMicWords(mic, words, input.dual, opts);
    const self = input.dual.selfName.trim() || "Me";
    mic.forEach((w, i) => {
      if (keep[i]) {
        attributed.push({
          word: w.word,
          start: w.start,
          end: w.end,
          speaker: self,
          source: "mic_channel",
        });
      }
    });
    // Interleave the channels by word start; a stable sort keeps each channel's order.
    attributed.sort((a, b) => a.start - b.start);
  }
  // Names: timeline votes, else Unknown_N by first appearance in the transcript.
  const names: Record<string, string> = {};
  let unknownN = 0;
  for (const w of attributed) {
    if (w.source === "mic_channel" || w.speaker === UNKNOWN) continue;
    if (names[w.speaker] === undefined) {
      names[w.speaker] = named.get(w.speaker) ?? `Unknown_${unknownN++}`;
    }
  }
  for (const w of attributed) {
    if (w.source !== "mic_channel" && w.speaker !== UNKNOWN) w.speaker = names[w.speaker];
  }
  const segments = toBlocks(attributed, opts.blockGapS);
  const speakers: string[] = [];
  for (const s of segments) if (!speakers.includes(s.speaker)) speakers.push(s.speaker);
  return { segments, words: attributed, speakers, names };
}
