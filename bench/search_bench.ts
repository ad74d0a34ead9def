/**
 * Hybrid search bench, against the fake Qdrant and fake spark-embed on
 * loopback (`deno task bench search`):
 * 1. controller overhead of a hybrid query through the app (total minus the
 *    upstream time the controller measured), p50, against the upstream time;
 * 2. indexing 1,000 documents of ~2 KB: docs/s and upstream calls, against
 *    the batching bound docs/16 + a constant;
 * 3. recall@10 of hybrid, dense-only and sparse-only on a generated corpus
 *    with known relevant documents (hybrid must not lose to either).
 */
import { percentile, report } from "./_report.ts";
import { searchEnv } from "../tests/_search_env.ts";
import { seededRandom } from "../tests/_random.ts";

const BENCH = "search";

const rand = seededRandom(42);
const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ne",
  "ru",
  "ta",
  "vo",
  "zi",
  "pe",
  "sa",
  "do",
  "gu",
  "fi",
  "be",
  "ho",
];
/** Pseudo-words, drawn Zipf-like so some are everywhere and most are rare. */
const FILLER = Array.from({ length: 400 }, (_, i) => {
  const r = seededRandom(i + 1);
  return Array.from({ length: 2 + (i % 3) }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)])
    .join("");
});
const zipf = () => FILLER[Math.min(FILLER.length - 1, Math.floor(FILLER.length * rand() ** 3))];
function sentence(n: number): string {
  const words = Array.from({ length: n }, zipf);
  return words[0][0].toUpperCase() + words.join(" ").slice(1) + ".";
}

// The fake embedder's synonym groups (tests/sim/services/embed.ts): meaning without shared words.
const GROUPS = [
  ["car", "automobile", "vehicle"],
  ["doctor", "physician", "clinician"],
  ["invoice", "bill", "receipt"],
  ["customer", "client", "buyer"],
  ["meeting", "appointment", "session"],
  ["price", "cost", "fee"],
  ["contract", "agreement", "deal"],
  ["cancel", "terminate", "quit"],
  ["ship", "deliver", "shipment"],
  ["bug", "defect", "fault"],
  ["happy", "satisfied", "pleased"],
  ["angry", "upset", "annoyed"],
];

// --- 1. Overhead of a hybrid query -------------------------------------------------------------
{
  await using env = await searchEnv();
  await env.call("PUT", "/api/search/collections/bench", {});
  const docs = Array.from({ length: 200 }, (_, i) => ({
    id: `d${i}`,
    text: Array.from({ length: 4 }, () => sentence(12)).join(" "),
  }));
  await env.call("POST", "/api/search/collections/bench/documents", { documents: docs });
  const overhead: number[] = [];
  const upstream: number[] = [];
  const totals: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 300; i++) {
    const query = `${zipf()} ${zipf()} ${zipf()}`;
    const t0 = performance.now();
    const res = await env.call("POST", "/api/search/collections/bench/query", { query, limit: 10 });
    const total = performance.now() - t0;
    if (res.status !== 200) throw new Error(`query failed: ${res.status}`);
    if (i < 20) continue; // warm-up
    overhead.push(total - res.body.timings.upstream_ms);
    upstream.push(res.body.timings.upstream_ms);
    totals.push(total);
  }
  // The direct baseline: the same hybrid batch query sent straight to Qdrant.
  const embedded = await env.deps.search.embedder.embed(["kalo mine"], 1024);
  for (let i = 0; i < 200; i++) {
    const body = {
      searches: [{
        prefetch: [{ query: embedded[0], using: "dense", limit: 40 }, {
          query: { indices: [1, 2, 3], values: [1, 1, 1] },
          using: "sparse",
          limit: 40,
        }],
        query: { fusion: "rrf" },
        limit: 10,
        with_payload: true,
      }],
    };
    const t0 = performance.now();
    const r = await fetch(`${env.qdrant.url}/collections/bench/points/query/batch`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    await r.arrayBuffer();
    direct.push(performance.now() - t0);
  }
  report(
    BENCH,
    "hybrid query controller overhead p50",
    percentile(overhead, 50),
    "ms",
    "upstream time p50",
    percentile(upstream, 50),
    { target: "≤ 5 ms" },
  );
  report(
    BENCH,
    "hybrid query through the controller p50 (embed + Qdrant + app)",
    percentile(totals, 50),
    "ms",
    "direct Qdrant query p50",
    percentile(direct, 50),
  );
}

// --- 2. Indexing 1,000 documents of ~2 KB -------------------------------------------------------
{
  await using env = await searchEnv();
  await env.call("PUT", "/api/search/collections/bulk", {});
  const docs = Array.from({ length: 1000 }, (_, i) => {
    let text = "";
    while (text.length < 2000) text += (text ? " " : "") + sentence(10 + Math.floor(rand() * 10));
    return { id: `doc-${i}`, text, payload: { source: i % 2 ? "crm" : "mail" } };
  });
  const before = env.qdrant.requests.length + env.embed.requests.length;
  let upstreamMs = 0;
  let chunks = 0;
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += 100) {
    const r = await env.call("POST", "/api/search/collections/bulk/documents", {
      documents: docs.slice(i, i + 100),
    });
    if (r.status !== 200) {
      throw new Error(`indexing failed: ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
    }
    upstreamMs += r.body.timings.upstream_ms;
    chunks += r.body.chunks;
  }
  const seconds = (performance.now() - t0) / 1000;
  const calls = env.qdrant.requests.length + env.embed.requests.length - before;
  report(
    BENCH,
    `indexing 1000 docs (${chunks} chunks) throughput`,
    docs.length / seconds,
    "docs/s",
    "upstream-bound docs/s",
    docs.length / (upstreamMs / 1000),
  );
  report(
    BENCH,
    "indexing 1000 docs upstream calls",
    calls,
    "calls",
    "bound docs/16+10",
    1000 / 16 + 10,
    { target: "ratio ≤ 1" },
  );
}

// --- 3. Retrieval quality ----------------------------------------------------------------------
{
  await using env = await searchEnv();
  await env.call("PUT", "/api/search/collections/quality", {});
  // Each document has a unique code word and a unique combination of three synonym groups.
  const combos: number[][] = [];
  for (let a = 0; a < GROUPS.length; a++) {
    for (let b = a + 1; b < GROUPS.length; b++) {
      for (let c = b + 1; c < GROUPS.length; c++) combos.push([a, b, c]);
    }
  }
  const docs = combos.slice(0, 200).map((combo, i) => {
    const code = `zq${1000 + i}`;
    const concept = combo.map((g) => GROUPS[g][0]).join(" ");
    return {
      id: `q${i}`,
      code,
      combo,
      text: `${sentence(14)} Reference ${code} about ${concept}. ${sentence(14)}`,
    };
  });
  await env.call("POST", "/api/search/collections/quality/documents", {
    documents: docs.map(({ id, text }) => ({ id, text })),
  });
  // Half the queries paraphrase (other members of the groups: dense wins); half name the
  // code among common words (keyword wins); every query has exactly one relevant document.
  const queries = docs.slice(0, 120).map((d, i) =>
    i % 2 === 0
      ? {
        relevant: d.id,
        text: `${d.combo.map((g) => GROUPS[g][1 + (i % 2)]).join(" ")} ${zipf()}`,
      }
      : {
        relevant: d.id,
        text: `${d.code} ${
          Array.from({ length: 8 }, () => FILLER[Math.floor(rand() * 12)]).join(" ")
        }`,
      }
  );
  const recall: Record<string, number> = {};
  for (const mode of ["hybrid", "dense", "sparse"] as const) {
    let found = 0;
    for (const q of queries) {
      const r = await env.deps.search.query("quality", { query: q.text, limit: 10, mode });
      if (r.hits.some((h) => h.doc_id === q.relevant)) found++;
    }
    recall[mode] = found / queries.length;
  }
  report(BENCH, "recall@10 hybrid", recall.hybrid, "", "dense-only", recall.dense, {
    target: "ratio ≥ 1",
  });
  report(BENCH, "recall@10 hybrid", recall.hybrid, "", "sparse-only", recall.sparse, {
    target: "ratio ≥ 1",
  });
  if (recall.hybrid < recall.dense || recall.hybrid < recall.sparse) {
    throw new Error(
      `hybrid recall ${recall.hybrid} below dense ${recall.dense} or sparse ${recall.sparse}`,
    );
  }
}
