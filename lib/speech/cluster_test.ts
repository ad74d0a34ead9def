import { deepEqual, equal } from "node:assert/strict";
import { clusterFingerprints, cosineDistance } from "./cluster.ts";

Deno.test("cosineDistance() is 0 for parallel and 1 for orthogonal vectors", () => {
  equal(cosineDistance([1, 2], [2, 4]) < 1e-12, true);
  equal(cosineDistance([1, 0], [0, 1]), 1);
  equal(cosineDistance([0, 0], [0, 1]), 1);
});

Deno.test("clusterFingerprints() uses average linkage (pinned)", () => {
  // a–b and b–c are close, a–c far: single linkage would chain all three,
  // average linkage keeps c apart because its mean distance to {a, b} is 0.75.
  const a = [1, 0];
  const b = [Math.cos(0.9), Math.sin(0.9)];
  const c = [Math.cos(1.8), Math.sin(1.8)];
  const items = [a, b, c].map((vector, i) => ({ chunk: i, label: "Speaker_0", vector }));
  equal(cosineDistance(a, b) < 0.7 && cosineDistance(b, c) < 0.7, true);
  deepEqual(clusterFingerprints(items, 0.7), [0, 0, 1]);
});

Deno.test("clusterFingerprints() never merges two labels of the same chunk", () => {
  const items = [
    { chunk: 0, label: "Speaker_0", vector: [1, 0] },
    { chunk: 0, label: "Speaker_1", vector: [1, 0.01] },
  ];
  deepEqual(clusterFingerprints(items), [0, 1]);
});

Deno.test("clusterFingerprints() honours the threshold", () => {
  const items = [
    { chunk: 0, label: "Speaker_0", vector: [1, 0] },
    { chunk: 1, label: "Speaker_0", vector: [1, 1] },
  ];
  deepEqual(clusterFingerprints(items, 0.2), [0, 1]);
  deepEqual(clusterFingerprints(items, 0.3), [0, 0]);
});
