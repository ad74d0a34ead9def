import { deepEqual, equal } from "node:assert/strict";
import fc from "fast-check";
import { stitchChunks } from "./chunk_merge.ts";
import { planChunks } from "./chunk_plan.ts";
import {
  assignSpeakers,
  cleanWords,
  type MergeInput,
  mergeLabels,
  UNKNOWN,
} from "./label_merge.ts";
import { normalizeDiarization } from "./normalize.ts";
import type { Turn, Word } from "./types.ts";

const TESTDATA = new URL("./testdata/", import.meta.url);

function golden(name: string): Record<string, unknown> {
  return JSON.parse(Deno.readTextFileSync(new URL(name, TESTDATA)));
}

for (const entry of Deno.readDirSync(TESTDATA)) {
  if (!entry.name.endsWith(".json") || entry.name.startsWith("chunks_")) continue;
  const data = golden(entry.name);
  Deno.test(`mergeLabels() golden ${entry.name}: ${data.description}`, () => {
    const result = mergeLabels(data.input as MergeInput);
    const expected = data.expected as { segments: unknown; speakers: unknown };
    deepEqual(result.segments, expected.segments);
    deepEqual(result.speakers, expected.speakers);
  });
}

Deno.test("stitchChunks() + mergeLabels() golden chunks_six_speakers.json", () => {
  const data = golden("chunks_six_speakers.json") as {
    duration: number;
    threshold: number;
    chunks: { words: Word[]; diarization: unknown }[];
    expected: { mapping: unknown; turns: unknown; segments: unknown; speakers: unknown };
  };
  const plan = planChunks(data.duration);
  equal(plan.length, data.chunks.length);
  const stitched = stitchChunks(
    data.chunks.map((c, i) => ({
      chunk: plan[i],
      words: c.words,
      diarization: normalizeDiarization(c.diarization),
    })),
    data.threshold,
  );
  deepEqual(stitched.mapping, data.expected.mapping);
  deepEqual(stitched.turns, data.expected.turns);
  const merged = mergeLabels({ words: stitched.words, turns: stitched.turns });
  deepEqual(merged.segments, data.expected.segments);
  deepEqual(merged.speakers, data.expected.speakers);
});

/** WhisperX's rule, written the obvious way, as the reference for unambiguous words. */
function bruteForce(word: Word, turns: readonly Turn[]): string | undefined {
  const score = new Map<string, number>();
  for (const t of turns) {
    const ov = Math.min(t.end, word.end) - Math.max(t.start, word.start);
    if (ov > 1e-9) score.set(t.speaker, (score.get(t.speaker) ?? 0) + ov);
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return undefined;
  if (ranked.length > 1 && ranked[0][1] - ranked[1][1] < 1e-6) return undefined; // a tie
  return ranked[0][0];
}

Deno.test("assignSpeakers() agrees with the brute-force argmax wherever the argmax is unique", () => {
  const time = fc.integer({ min: 0, max: 2000 }).map((n) => n / 10);
  const turn = fc.tuple(time, fc.integer({ min: 1, max: 80 }), fc.integer({ min: 0, max: 5 }))
    .map(([s, len, spk]) => ({ start: s, end: s + len / 10, speaker: `Speaker_${spk}` }));
  const word = fc.tuple(time, fc.integer({ min: 1, max: 20 }))
    .map(([s, len]) => ({ word: "w", start: s, end: s + len / 10 }));
  fc.assert(
    fc.property(fc.array(turn, { maxLength: 40 }), fc.array(word, { maxLength: 60 }), (t, w) => {
      const words = cleanWords(w);
      const got = assignSpeakers(words, t);
      words.forEach((wd, i) => {
        const want = bruteForce(wd, t);
        if (want !== undefined) equal(got[i], want);
      });
    }),
    { numRuns: 300 },
  );
});

Deno.test("assignSpeakers() leaves a word more than 0.5 s from every turn Unknown", () => {
  const turns = [{ start: 0, end: 1, speaker: "Speaker_0" }];
  deepEqual(
    assignSpeakers(
      [{ word: "a", start: 1.5, end: 1.6 }, { word: "b", start: 1.51, end: 1.6 }],
      turns,
    ),
    ["Speaker_0", UNKNOWN],
  );
});

Deno.test("mergeLabels() keeps every non-empty word exactly once in a single channel", () => {
  const word = fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 30 }))
    .map(([s, len]) => ({ word: "x", start: s / 10, end: (s + len) / 10 }));
  fc.assert(
    fc.property(fc.array(word, { maxLength: 80 }), (words) => {
      const merged = mergeLabels({ words, turns: [{ start: 0, end: 250, speaker: "Speaker_0" }] });
      const joined = merged.segments.map((s) => s.text).join(" ").split(" ").filter(Boolean);
      equal(joined.length, words.length);
      for (let i = 1; i < merged.segments.length; i++) {
        equal(merged.segments[i - 1].start_ms <= merged.segments[i].start_ms, true);
      }
    }),
    { numRuns: 200 },
  );
});
