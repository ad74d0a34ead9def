import { deepEqual, equal } from "node:assert/strict";
import { applyRerank, explainHits, planSearch } from "./query.ts";

const LAYOUT = {
  dense: "dense",
  size: 2,
  distance: "Cosine",
  sparse: "sparse",
  sparseModifier: "idf",
};
const VECTORS = { dense: [1, 0], sparse: { indices: [4], values: [1] } };
const OPTS = { prefetchLimit: 40, rerankCandidates: 20 };

Deno.test("planSearch() sends the fused query and both explaining lists in one batch", () => {
  const filter = { must: [{ key: "source", match: { value: "crm" } }] };
  const { plan, searches } = planSearch(
    { query: "q", limit: 5, offset: 2, filter },
    LAYOUT,
    VECTORS,
    OPTS,
  );
  equal(searches.length, 3);
  deepEqual(plan.roles, ["main", "dense", "sparse"]);
  deepEqual(searches[0].query, { fusion: "rrf" });
  equal(searches[0].limit, 5);
  equal(searches[0].offset, 2);
  deepEqual(searches[0].filter, filter);
  for (const p of searches[0].prefetch!) {
    equal(p.limit, 40);
    deepEqual(p.filter, filter);
  }
  equal(searches[1].using, "dense");
  equal(searches[2].using, "sparse");
  equal(plan.rrf_k, 2);
});

Deno.test("planSearch() sends RRF parameters only when asked, and falls back to dense", () => {
  const withK = planSearch(
    { query: "q", limit: 5, rrfK: 60, weights: [2, 1] },
    LAYOUT,
    VECTORS,
    OPTS,
  );
  deepEqual(withK.searches[0].query, { rrf: { k: 60, weights: [2, 1] } });
  const noTerms = planSearch({ query: "the", limit: 5 }, LAYOUT, {
    dense: [1, 0],
    sparse: { indices: [], values: [] },
  }, OPTS);
  equal(noTerms.plan.effective_mode, "dense");
  equal(noTerms.searches.length, 1);
});

Deno.test("planSearch() with rerank fetches the candidate pool from offset 0", () => {
  const { plan, searches } = planSearch(
    { query: "q", limit: 3, offset: 2, rerank: true },
    LAYOUT,
    VECTORS,
    OPTS,
  );
  equal(plan.candidates, 20);
  equal(searches[0].limit, 20);
  equal(searches[0].offset, undefined);
});

Deno.test("explainHits() and applyRerank() explain and reorder", () => {
  const { plan } = planSearch({ query: "q", limit: 3 }, LAYOUT, VECTORS, OPTS);
  const p = (id: string, score: number, payload?: Record<string, unknown>) => ({
    id,
    score,
    payload,
  });
  const hits = explainHits(plan, [
    [p("a", 0.9, { text: "A", doc_id: "da", chunk: 0 }), p("b", 0.5, { content: "B" })],
    [p("b", 0.8), p("a", 0.7)],
    [p("a", 3.1)],
  ]);
  deepEqual(hits[0].scores, {
    dense: 0.7,
    sparse: 3.1,
    fused: 0.9,
    rerank: null,
    rerank_probability: null,
  });
  deepEqual(hits[0].ranks, { dense: 2, sparse: 1 });
  equal(hits[1].text, "B");
  equal(hits[1].chunk, null);
  const reranked = applyRerank(hits, [{ index: 1, score: 2 }, { index: 0, score: -1 }]);
  deepEqual(reranked.map((h) => h.id), ["b", "a"]);
  equal(reranked[1].score, -1);
});
