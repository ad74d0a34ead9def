/**
 * Label merge: speed on a 3-hour meeting (30,000 words, 3,000 turns) and
 * word-level speaker error on synthetic meetings with known truth, each
 * against a straightforward WhisperX-style max-overlap implementation
 * (O(words × turns), zero-length and gap words unassigned, every mic word
 * the user's) run on the same input in the same process.
 *
 * Run: `deno task bench label_merge`.
 */
import { mergeLabels, type MicWord } from "../lib/speech/label_merge.ts";
import type { Turn, Word } from "../lib/speech/types.ts";
import { percentile, report } from "./_report.ts";
import { seededRandom } from "../tests/_random.ts";

interface TruthWord extends Word {
  truth: string;
  /** A remote word echoed into the mic: should not be attributed to anyone. */
  echo?: boolean;
}

interface Meeting {
  words: TruthWord[];
  turns: Turn[];
  mic: (MicWord & { truth: string; echo?: boolean })[];
}

/**
 * A meeting of `turnsN` turns among `speakers` people. Words sit on the 80 ms
 * grid; ~8% are zero-length; the diarizer's turns are the true turns with
 * jittered edges (words near an edge fall outside), occasional interjections
 * overlapping a long turn, and a few turns split by short gaps. With `dual`,
 * speaker "Me" talks on the mic, and remote words bleed into it as echoes.
 */
function makeMeeting(seed: number, turnsN: number, speakers: number, dual: boolean): Meeting {
  const rand = seededRandom(seed);
  const words: TruthWord[] = [];
  const turns: Turn[] = [];
  const mic: Meeting["mic"] = [];
  let t = 0;
  const grid = (x: number) => Math.round(x / 0.08) * 0.08;
  for (let i = 0; i < turnsN; i++) {
    const isMe = dual && rand() < 0.2;
    const spk = isMe ? "Me" : `S${Math.floor(rand() * speakers)}`;
    const start = t;
    const n = 4 + Math.floor(rand() * 14);
    for (let k = 0; k < n; k++) {
      const len = rand() < 0.08 ? 0 : 0.16 + Math.floor(rand() * 5) * 0.08;
      const w = { word: `w${words.length}`, start: grid(t), end: grid(t + len), truth: spk };
      if (isMe) mic.push({ ...w, micDb: -20, systemDb: -90 });
      else {
        words.push(w);
        if (dual && rand() < 0.5) {
          // Echo: the remote word heard again through the mic at −30 dB.
          mic.push({ ...w, truth: "", echo: true, micDb: -40, systemDb: -10 });
        }
      }
      t += len + 0.08 + (rand() < 0.1 ? 0.4 : 0);
    }
    const end = t;
    if (!isMe) {
      const jitter = () => (rand() - 0.5) * 0.5;
      turns.push({ start: Math.max(0, start + jitter()), end: end + jitter(), speaker: spk });
      if (rand() < 0.15) {
        // An interjection by someone else inside this turn (overlapping speech).
        const other = `S${(Number(spk.slice(1)) + 1) % speakers}`;
        const at = start + (end - start) * rand();
        turns.push({ start: at, end: at + 0.3, speaker: other });
      }
    }
    if (isMe && dual && rand() < 0.3) {
      // A quiet "mm-hm" from the user under loud remote speech: kept by energy.
      mic.push({
        word: "mm-hm",
        start: grid(t),
        end: grid(t + 0.24),
        truth: "Me",
        micDb: -34,
        systemDb: -10,
      });
    }
    t += 0.3 + rand() * 2.5;
  }
  return { words, turns, mic };
}

/** WhisperX's assign_word_speakers, written the obvious way (§7.2), plus its naive dual channel. */
function whisperxStyle(m: Meeting, dual: boolean): Map<TruthWord, string | undefined> {
  const out = new Map<TruthWord, string | undefined>();
  const sorted = [...m.turns].sort((a, b) => a.start - b.start);
  for (const w of m.words) {
    const score = new Map<string, number>();
    for (const t of sorted) {
      const ov = Math.min(t.end, w.end) - Math.max(t.start, w.start);
      if (ov > 0) score.set(t.speaker, (score.get(t.speaker) ?? 0) + ov);
    }
    let best: string | undefined;
    let bestScore = 0;
    for (const [s, v] of score) {
      if (v > bestScore) {
        best = s;
        bestScore = v;
      }
    }
    out.set(w, best);
  }
  if (dual) { for (const w of m.mic) out.set(w, "Me"); }
  return out;
}

function ours(m: Meeting, dual: boolean): Map<TruthWord, string | undefined> {
  const result = mergeLabels({
    words: m.words,
    turns: m.turns,
    dual: dual ? { micWords: m.mic, selfName: "Me" } : undefined,
  });
  // Map back by (word, start, channel); names are Unknown_N, so translate via majority label.
  const out = new Map<TruthWord, string | undefined>();
  const key = (w: Word, mic: boolean) => `${mic ? "m" : "s"}|${w.word}|${w.start}`;
  const got = new Map<string, string>();
  for (const w of result.words) got.set(key(w, w.source === "mic_channel"), w.speaker);
  const back = new Map(Object.entries(result.names).map(([label, name]) => [name, label]));
  for (const w of m.words) {
    const name = got.get(key(w, false));
    out.set(w, name === undefined ? undefined : back.get(name) ?? name);
  }
  if (dual) {
    for (const w of m.mic) {
      out.set(w, got.get(key(w, true)) === "Me" ? "Me" : undefined);
    }
  }
  return out;
}

function errorRate(attributed: Map<TruthWord, string | undefined>): number {
  let wrong = 0;
  let total = 0;
  for (const [w, spk] of attributed) {
    total++;
    if (w.echo ? spk !== undefined : spk !== w.truth) wrong++;
  }
  return total === 0 ? 0 : wrong / total;
}

// Speed: a 3-hour meeting, 30,000 words and 3,000 turns.
const big = makeMeeting(42, 3_000, 8, false);
big.words.length = Math.min(big.words.length, 30_000);
big.turns.length = Math.min(big.turns.length, 3_000);
const RUNS = 15;
const timeOf = (fn: () => unknown) => {
  for (let i = 0; i < 3; i++) fn(); // warm up the JIT before measuring
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
};
const oursMs = timeOf(() => mergeLabels({ words: big.words, turns: big.turns }));
const baseMs = timeOf(() => whisperxStyle(big, false));
report(
  "label_merge",
  `merge ${big.words.length} words / ${big.turns.length} turns (p50 of ${RUNS})`,
  oursMs,
  "ms",
  "whisperx-style O(words×turns)",
  baseMs,
  { target: "≤ 50 ms" },
);

// Accuracy: 20 single-channel and 20 dual-channel synthetic meetings.
for (const dual of [false, true]) {
  let oursErr = 0;
  let baseErr = 0;
  const N = 20;
  for (let s = 0; s < N; s++) {
    const m = makeMeeting(1000 + s, 120, 5, dual);
    oursErr += errorRate(ours(m, dual));
    baseErr += errorRate(whisperxStyle(m, dual));
  }
  report(
    "label_merge",
    `word-level speaker error, ${
      dual ? "dual channel with bleed" : "single channel"
    } (${N} meetings)`,
    (100 * oursErr) / N,
    "%",
    "whisperx-style",
    (100 * baseErr) / N,
    { target: "lower than baseline" },
  );
}
