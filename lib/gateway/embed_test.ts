import { deepEqual, equal, ok, throws } from "node:assert/strict";
import { embeddingsAsBase64, normalizeRerank, sigmoid } from "./embed.ts";
import { normalizeVoices } from "./kokoro.ts";

Deno.test("normalizeRerank() reads spark-embed, Cohere/Jina and bare-array shapes", () => {
  const want = [{ index: 1, relevance_score: 2.5 }, { index: 0, relevance_score: -1 }];
  const shapes = [
    {
      object: "rerank.result",
      model: "m",
      results: [{ index: 0, relevance_score: -1 }, { index: 1, relevance_score: 2.5 }],
    },
    {
      results: [{ index: 1, relevance_score: 2.5, document: { text: "b" } }, {
        index: 0,
        relevance_score: -1,
        document: { text: "a" },
      }],
      meta: {},
      usage: {},
    },
    [{ index: 1, score: 2.5 }, { index: 0, score: -1 }],
  ];
  for (const s of shapes) {
    const r = normalizeRerank(s);
    equal(r.object, "rerank.result");
    deepEqual(r.results.map(({ index, relevance_score }) => ({ index, relevance_score })), want);
  }
  deepEqual(normalizeRerank(shapes[1]).results[0].document, { text: "b" });
  throws(() => normalizeRerank({ nope: true }), /unknown shape/);
});

Deno.test("normalizeRerank() adds sigmoid scores only when asked", () => {
  const body = { results: [{ index: 0, relevance_score: 0 }] };
  equal(normalizeRerank(body).results[0].normalized_score, undefined);
  equal(normalizeRerank(body, { normalize: true }).results[0].normalized_score, 0.5);
  ok(sigmoid(5) > 0.99 && sigmoid(-5) < 0.01);
});

Deno.test("embeddingsAsBase64() encodes float32 little-endian", () => {
  const out = embeddingsAsBase64({ data: [{ embedding: [1, -0.5] }] });
  const b64 = (out.data as { embedding: string }[])[0].embedding;
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  deepEqual([...new Float32Array(bytes.buffer)], [1, -0.5]);
});

Deno.test("normalizeVoices() reads strings and objects", () => {
  deepEqual(normalizeVoices({ voices: ["af_heart"] }), [{ id: "af_heart", name: "af_heart" }]);
  deepEqual(normalizeVoices({ voices: [{ id: "a", name: "A" }, { name: "b" }, 7] }), [
    { id: "a", name: "A" },
    { id: "b", name: "b" },
  ]);
});
