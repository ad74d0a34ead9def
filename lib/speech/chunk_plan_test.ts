import { deepEqual, equal } from "node:assert/strict";
import { owns, ownTurns, ownWords, planChunks } from "./chunk_plan.ts";

Deno.test("planChunks() uses 150 s bodies and 15 s margins, none outside the file", () => {
  const plan = planChunks(400);
  deepEqual(plan.map((c) => [c.start, c.bodyStart, c.bodyEnd, c.end]), [
    [0, 0, 150, 165],
    [135, 150, 300, 315],
    [285, 300, 400, 400],
  ]);
});

Deno.test("planChunks() keeps a short file in one chunk", () => {
  deepEqual(planChunks(150).map((c) => [c.start, c.end]), [[0, 150]]);
  equal(planChunks(150.01).length, 2);
  equal(planChunks(0).length, 0);
});

Deno.test("owns() gives a midpoint on a body edge to the later chunk, the file end to the last", () => {
  const [a, b] = planChunks(300);
  equal(owns(a, 150, false), false);
  equal(owns(b, 150, true), true);
  equal(owns(b, 300, true), true);
});

Deno.test("ownWords() and ownTurns() shift by the chunk start and clip turns to the body", () => {
  const [, b] = planChunks(300);
  deepEqual(
    ownWords(b, [{ word: "x", start: 1, end: 2 }, { word: "y", start: 20, end: 21 }], true),
    [
      { word: "y", start: 155, end: 156 },
    ],
  );
  deepEqual(ownTurns(b, [{ start: 5, end: 40, speaker: "Speaker_0" }], true), [
    { start: 150, end: 175, speaker: "Speaker_0" },
  ]);
});

Deno.test("planChunks() snaps cut starts to the 80 ms grid when asked", () => {
  deepEqual(planChunks(400, { gridS: 0.08 }).map((c) => c.start), [0, 134.96, 284.96]);
});
