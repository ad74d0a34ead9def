import { deepEqual, equal, ok, throws } from "node:assert/strict";
import {
  BM25_DEFAULTS,
  documentVector,
  lexicalToSparse,
  queryVector,
  termIndex,
  terms,
} from "./sparse.ts";

Deno.test("termIndex() equals Python's abs(mmh3.hash(term)) (FastEmbed's BM25 hashing)", () => {
  // mmh3.hash("foo") == -156908512; mmh3.hash("hello") == 613153351
  equal(termIndex("foo"), 156908512);
  equal(termIndex("hello"), 613153351);
});

Deno.test("terms() lower-cases, drops stop words and stems with Porter2", () => {
  deepEqual(terms("The Runners were RUNNING quickly, and the cars!"), [
    "runner",
    "run",
    "quick",
    "car",
  ]);
  deepEqual(terms("Café naïve"), ["café", "naïv"]);
});

Deno.test("documentVector() gives sorted unique indices with BM25 term-frequency weights", () => {
  const v = documentVector("cats cats dogs");
  const cat = termIndex("cat");
  const dog = termIndex("dog");
  deepEqual(v.indices, [cat, dog].sort((a, b) => a - b));
  const { k, b, avgLen } = BM25_DEFAULTS;
  const norm = k * (1 - b + b * (3 / avgLen));
  const w = (tf: number) => (tf * (k + 1)) / (tf + norm);
  equal(v.values[v.indices.indexOf(cat)], w(2));
  equal(v.values[v.indices.indexOf(dog)], w(1));
  deepEqual(documentVector("the and of"), { indices: [], values: [] });
});

Deno.test("queryVector() weighs each distinct term 1", () => {
  const v = queryVector("cat cats CAT dog");
  equal(v.indices.length, 2);
  deepEqual(v.values, [1, 1]);
});

Deno.test("lexicalToSparse() drops special ids and non-positive weights, refuses text keys", () => {
  deepEqual(lexicalToSparse({ "0": 0.9, "3": 0.5, "17": 0.2, "5": 0.4, "9": 0 }), {
    indices: [5, 17],
    values: [0.4, 0.2],
  });
  throws(() => lexicalToSparse({ hello: 0.3 }));
  ok(true);
});
