/**
 * `/api/search` against the fake Qdrant and fake spark-embed: round trip,
 * re-indexing, filters, rerank, the path-injection guard, and failures
 * (Qdrant down, embed down, a failed upsert batch).
 */
import { deepEqual, equal, match, notEqual, ok } from "node:assert/strict";
import { chunkId } from "../lib/search/mod.ts";
import { type Json, searchEnv } from "./_search_env.ts";
import { fakeRerankLogit } from "./sim/services/embed.ts";

const LONG = [
  "Alice renewed the enterprise contract for another year.",
  "The renewal includes priority support and a dedicated account manager.",
  "Pricing stayed flat because the customer committed to three years.",
  "Bob will send the signed agreement to legal on Friday.",
  "The team also discussed the shipping delays that affected the last order.",
  "Delivery is expected to improve after the warehouse move in spring.",
].join(" ");

const DOCS = [
  { id: "renewal", text: LONG, payload: { source: "crm", year: 2025 } },
  {
    id: "billing",
    text: "The invoice for March is overdue and the bill was sent twice.",
    payload: { source: "mail", year: 2024 },
  },
  {
    id: "garden",
    text: "Tomatoes grow best in full sun with regular watering.",
    payload: { source: "crm", year: 2023 },
  },
];

function small(c: { search: { chunkSize: number; chunkOverlap: number } }) {
  c.search.chunkSize = 140;
  c.search.chunkOverlap = 40;
}

function pointsOf(
  env: { qdrant: { collections: Map<string, { points: Map<string, { payload: Json }> }> } },
  name: string,
) {
  return [...(env.qdrant.collections.get(name)?.points.values() ?? [])];
}

Deno.test("/api/search: create, index, query and delete a collection round trip", async () => {
  await using env = await searchEnv({ configure: small });
  const created = await env.call("PUT", "/api/search/collections/notes", {});
  equal(created.status, 201);
  deepEqual(created.body.layout, {
    dense: "dense",
    size: 1024,
    distance: "Cosine",
    sparse: "sparse",
    sparseModifier: "idf",
  });
  const put = env.qdrant.requests.find((r) =>
    r.method === "PUT" && r.target === "/collections/notes"
  );
  ok(put, "Qdrant saw the create");
  equal((await env.call("PUT", "/api/search/collections/notes", {})).status, 409);

  const indexed = await env.call("POST", "/api/search/collections/notes/documents", {
    documents: DOCS,
  });
  equal(indexed.status, 200);
  deepEqual(indexed.body.failed, []);
  deepEqual(indexed.body.indexed.map((d: Json) => d.id), ["renewal", "billing", "garden"]);
  ok(indexed.body.indexed[0].chunks > 1, "the long document was chunked");
  equal(indexed.body.chunks, indexed.body.indexed.reduce((s: number, d: Json) => s + d.chunks, 0));

  const info = await env.call("GET", "/api/search/collections/notes");
  equal(info.status, 200);
  equal(info.body.points_count, indexed.body.chunks);
  equal(info.body.config.params.vectors.dense.size, 1024);

  const q = await env.call("POST", "/api/search/collections/notes/query", {
    query: "overdue invoice",
    limit: 3,
  });
  equal(q.status, 200);
  equal(q.body.hits[0].doc_id, "billing");
  equal(q.body.hits[0].chunk, 0);
  match(q.body.hits[0].text, /invoice for March/);
  equal(q.body.hits[0].payload.source, "mail");
  equal(q.body.hits[0].payload.text, undefined, "text is not repeated inside payload");
  const s = q.body.hits[0].scores;
  ok(s.dense > 0 && s.sparse > 0 && s.fused > 0, `every stage explained: ${JSON.stringify(s)}`);
  equal(s.rerank, null);
  equal(q.body.hits[0].score, s.fused);
  equal(q.body.plan.fusion, "rrf");
  equal(q.body.plan.effective_mode, "hybrid");
  // RRF with Qdrant's k = 2: rank 1 in both lists gives 1/2 + 1/2.
  if (q.body.hits[0].ranks.dense === 1 && q.body.hits[0].ranks.sparse === 1) equal(s.fused, 1);
  ok(q.body.timings.upstream_calls >= 2);

  const refused = await env.call("DELETE", "/api/search/collections/notes");
  equal(refused.status, 400);
  equal(refused.body.error.code, "bad_request");
  ok(env.qdrant.collections.has("notes"), "nothing deleted without confirm");
  equal((await env.call("DELETE", "/api/search/collections/notes?confirm=true")).status, 200);
  equal(env.qdrant.collections.has("notes"), false);
  const gone = await env.call("GET", "/api/search/collections/notes");
  equal(gone.status, 404);
  match(gone.body.error.message, /doesn't exist/);
});

Deno.test("/api/search: dense and sparse modes rank by their own scores", async () => {
  await using env = await searchEnv({ configure: small });
  await env.call("PUT", "/api/search/collections/notes", {});
  await env.call("POST", "/api/search/collections/notes/documents", { documents: DOCS });
  // "automobile" shares no word with any document; "bill" matches billing by keyword.
  const sparse = await env.call("POST", "/api/search/collections/notes/query", {
    query: "bill",
    mode: "sparse",
  });
  equal(sparse.body.hits.length, 1);
  equal(sparse.body.hits[0].doc_id, "billing");
  equal(sparse.body.hits[0].scores.dense, null);
  equal(sparse.body.hits[0].scores.fused, null);
  const dense = await env.call("POST", "/api/search/collections/notes/query", {
    query: "receipt",
    mode: "dense",
    limit: 1,
  });
  // The fake embedder puts invoice, bill and receipt in one concept: meaning without the keyword.
  equal(dense.body.hits[0].doc_id, "billing");
  const none = await env.call("POST", "/api/search/collections/notes/query", {
    query: "receipt",
    mode: "sparse",
  });
  deepEqual(none.body.hits, []);
});

Deno.test("/api/search: re-indexing a document replaces its chunks", async () => {
  await using env = await searchEnv({ configure: small });
  await env.call("PUT", "/api/search/collections/notes", {});
  const first = await env.call("POST", "/api/search/collections/notes/documents", {
    documents: [DOCS[0], DOCS[1]],
  });
  const oldChunks = first.body.indexed[0].chunks;
  ok(oldChunks >= 3);
  const again = await env.call("POST", "/api/search/collections/notes/documents", {
    documents: [{
      id: "renewal",
      text: "Alice cancelled the renewal.",
      payload: { source: "crm" },
    }],
  });
  equal(again.status, 200);
  deepEqual(again.body.indexed, [{ id: "renewal", chunks: 1 }]);
  const renewal = pointsOf(env, "notes").filter((p) => p.payload.doc_id === "renewal");
  equal(renewal.length, 1, "stale chunks 1.. were removed");
  equal(renewal[0].payload.text, "Alice cancelled the renewal.");
  ok(
    env.qdrant.collections.get("notes")!.points.has(`u${chunkId("renewal", 0)}`),
    "chunk 0 kept its stable id",
  );
  equal(
    pointsOf(env, "notes").filter((p) => p.payload.doc_id === "billing").length,
    1,
    "other documents untouched",
  );
  const q = await env.call("POST", "/api/search/collections/notes/query", {
    query: "warehouse move",
    mode: "sparse",
  });
  deepEqual(q.body.hits, [], "old text is no longer searchable");
});

Deno.test("/api/search: filters narrow every stage; bad filter keys never reach Qdrant", async () => {
  await using env = await searchEnv({ configure: small });
  await env.call("PUT", "/api/search/collections/notes", {});
  await env.call("POST", "/api/search/collections/notes/documents", { documents: DOCS });
  const q = await env.call("POST", "/api/search/collections/notes/query", {
    query: "invoice overdue contract",
    limit: 10,
    filter: {
      must: [{ key: "source", match: { value: "crm" } }],
      must_not: [{ key: "year", range: { lt: 2024 } }],
    },
  });
  equal(q.status, 200);
  ok(q.body.hits.length > 0);
  for (const h of q.body.hits) {
    equal(h.payload.source, "crm");
    equal(h.doc_id, "renewal");
  }
  const before = env.qdrant.requests.length;
  for (const key of ["a/b", "../x", "so urce", "x?y", "", "ｓource"]) {
    const bad = await env.call("POST", "/api/search/collections/notes/query", {
      query: "invoice",
      filter: { should: [{ key, match: { value: "crm" } }] },
    });
    equal(bad.status, 400, `key ${JSON.stringify(key)}`);
  }
  equal(env.qdrant.requests.length, before, "no request for a bad filter key");
  equal(
    env.embed.requests.filter((r) => r.target === "/v1/embeddings").length,
    2,
    "only the good queries embedded",
  );
});

Deno.test("/api/search: rerank reorders the candidates by the reranker's logits", async () => {
  await using env = await searchEnv({ configure: small });
  await env.call("PUT", "/api/search/collections/notes", {});
  await env.call("POST", "/api/search/collections/notes/documents", { documents: DOCS });
  const query = "priority support for the customer account";
  const q = await env.call("POST", "/api/search/collections/notes/query", {
    query,
    limit: 3,
    rerank: 10,
  });
  equal(q.status, 200);
  equal(env.embed.requests.filter((r) => r.target === "/v1/rerank").length, 1);
  equal(q.body.plan.rerank, true);
  const scores = q.body.hits.map((h: Json) => h.scores.rerank);
  deepEqual(scores, [...scores].sort((a: number, b: number) => b - a), "descending rerank scores");
  for (const h of q.body.hits) {
    equal(h.score, h.scores.rerank);
    equal(h.scores.rerank, fakeRerankLogit(query, h.text), "the reranker's score for that text");
    ok(Math.abs(h.scores.rerank_probability - 1 / (1 + Math.exp(-h.scores.rerank))) < 1e-12);
    ok(h.scores.fused !== null, "fused score kept for explanation");
  }
  equal(q.body.hits.length, 3);
});

/** Names that must never reach Qdrant: raw, encoded, control, look-alikes (≥ 30). */
const INJECTION = [
  "..",
  ".",
  "../points",
  "..%2fpoints",
  "%2e%2e",
  ".%2E",
  "%2E.",
  "%2e%2e%2fpoints",
  "..%5cpoints",
  "a/b",
  "a\\b",
  "..\\points",
  "\\\\server\\share",
  "/absolute",
  "a?wait=true",
  "x#frag",
  "a%3Fb",
  "a%2Fb",
  "a%00b",
  "a b",
  "a\u0000b",
  "a\nb",
  "a\rb",
  "a\tb",
  "\u001f",
  "crm\u2215chunks",
  "crm\uff0fchunks",
  "\u2024\u2024",
  "\uff0e\uff0e",
  "ｃｒｍ_chunks",
  "crm_chunks\u200b",
  "сrm_chunks",
  "-leading",
  "_leading",
  "",
  "a".repeat(64),
  "a:b",
  "a*b",
  "a|b",
  "<a>",
  "a.b",
  "a;b",
  "crm_chunks/points/delete",
];

Deno.test("the Qdrant path-injection guard refuses every payload before any request", async () => {
  ok(INJECTION.length >= 30);
  await using env = await searchEnv();
  const s = env.deps.search;
  for (const name of INJECTION) {
    for (
      const attempt of [
        () => s.createCollection(name),
        () => s.describeCollection(name),
        () => s.deleteCollection(name, true),
        () => s.indexDocuments(name, [{ text: "hello" }]),
        () => s.query(name, { query: "hello", limit: 3 }),
        () => s.deleteDocument(name, "d1"),
      ]
    ) {
      await attempt().then(
        () => ok(false, `accepted ${JSON.stringify(name)}`),
        (err) => equal(err.name, "InvalidInputError", `${JSON.stringify(name)}: ${err}`),
      );
    }
    // The same names as vector names in a create body.
    const bad = await env.call("PUT", "/api/search/collections/fine", { dense_name: name });
    equal(bad.status, 400, `dense_name ${JSON.stringify(name)}`);
  }
  deepEqual(env.qdrant.requests, [], "the fake Qdrant saw no request at all");
  deepEqual(env.embed.requests, []);
});

Deno.test("/api/search/collections/:name answers 400 for injected names, encoded and double-encoded", async () => {
  await using env = await searchEnv();
  // Encode every character that is not a safe name character, dots included, so the router
  // sees one segment; a second encoding delivers the percent-encoded form itself.
  const once = (s: string) =>
    [...s].map((
      ch,
    ) => (/[A-Za-z0-9_-]/.test(ch)
      ? ch
      : [...new TextEncoder().encode(ch)].map((b) =>
        `%${b.toString(16).toUpperCase().padStart(2, "0")}`
      ).join(""))
    ).join("");
  let tried = 0;
  for (const name of INJECTION.filter((n) => n !== "")) {
    for (const seg of [once(name), once(once(name))]) {
      const path = `/api/search/collections/${seg}`;
      const responses = [
        await env.call("GET", path),
        await env.call("PUT", path, {}),
        await env.call("DELETE", `${path}?confirm=true`),
        await env.call("POST", `${path}/documents`, { documents: [{ text: "hello" }] }),
        await env.call("POST", `${path}/query`, { query: "hello" }),
      ];
      for (const r of responses) {
        // A segment of only (encoded) dots is collapsed by URL parsing before routing: 404, no call.
        const dotsOnly = /^(\.|%2E)+$/i.test(seg);
        ok(r.status === 400 || (dotsOnly && r.status === 404), `${seg}: ${r.status}`);
        if (r.status === 400) equal(r.body.error.code, "bad_request");
        tried++;
      }
    }
  }
  ok(tried >= 300);
  deepEqual(env.qdrant.requests.map((r) => r.target), [], "no request reached the fake Qdrant");
});

Deno.test("/api/search: Qdrant down answers 503 with Retry-After in the plain envelope", async () => {
  await using env = await searchEnv();
  env.qdrant.setFault({ kind: "refuse" });
  await env.qdrant.hold("fault", true);
  const r = await env.call("POST", "/api/search/collections/notes/query", { query: "hello" });
  equal(r.status, 503);
  ok(Number(r.headers.get("retry-after")) >= 1);
  equal(r.body.error.code, "service_unavailable");
  match(r.body.error.message, /Qdrant is unreachable/);
  env.qdrant.setFault(null);
  await env.qdrant.hold("fault", false);
  // Qdrant's own 503 keeps its Retry-After.
  env.qdrant.setFault({
    kind: "status",
    status: 503,
    retryAfterS: 7,
    body: { status: { error: "overloaded" }, time: 0 },
  });
  const busy = await env.call("GET", "/api/search/collections/notes");
  equal(busy.status, 503);
  equal(busy.headers.get("retry-after"), "7");
  match(busy.body.error.message, /overloaded/);
});

Deno.test("/api/search: embed down answers 503 and writes nothing", async () => {
  await using env = await searchEnv({ configure: small });
  await env.call("PUT", "/api/search/collections/notes", {});
  await env.call("POST", "/api/search/collections/notes/documents", { documents: [DOCS[1]] });
  const before = structuredClone(pointsOf(env, "notes").map((p) => p.payload));
  const writesBefore = env.qdrant.requests.filter((r) => r.method !== "GET").length;
  env.embed.setFault({ kind: "refuse" });
  await env.embed.hold("fault", true);
  const r = await env.call("POST", "/api/search/collections/notes/documents", {
    documents: [{ ...DOCS[1], text: "A new version of the billing note." }, DOCS[0]],
  });
  equal(r.status, 503);
  ok(r.headers.get("retry-after"));
  match(r.body.error.message, /spark-embed is unreachable/);
  equal(
    env.qdrant.requests.filter((x) => x.method !== "GET").length,
    writesBefore,
    "no write reached Qdrant",
  );
  deepEqual(pointsOf(env, "notes").map((p) => p.payload), before);
});

Deno.test("/api/search: a failed upsert batch is reported per document; earlier batches stay whole", async () => {
  let upserts = 0;
  await using env = await searchEnv({
    configure: (c) => {
      small(c);
      c.search.upsertBatch = 1; // one document per batch (documents are never split)
    },
    wrapFetch: (inner) => (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (init?.method === "PUT" && url.pathname.endsWith("/points") && ++upserts === 2) {
        return Promise.resolve(
          new Response(
            JSON.stringify({ status: { error: "Service internal error: disk full" }, time: 0 }),
            { status: 500 },
          ),
        );
      }
      return inner(input, init);
    },
  });
  await env.call("PUT", "/api/search/collections/notes", {});
  const r = await env.call("POST", "/api/search/collections/notes/documents", { documents: DOCS });
  equal(r.status, 207);
  deepEqual(r.body.indexed.map((d: Json) => d.id), ["renewal"]);
  deepEqual(r.body.failed.map((d: Json) => [d.id, d.stage]), [["billing", "upsert"], [
    "garden",
    "skipped",
  ]]);
  match(r.body.failed[0].error, /disk full/);
  const docs = new Set(pointsOf(env, "notes").map((p) => p.payload.doc_id));
  deepEqual([...docs], ["renewal"]);
  equal(pointsOf(env, "notes").length, r.body.indexed[0].chunks, "the landed document is whole");
});

Deno.test("/api/search: the predecessor route searches the default collection", async () => {
  await using env = await searchEnv({ configure: (c) => (c.search.collection = "crm_chunks") });
  await env.call("PUT", "/api/search/collections/crm_chunks", {});
  await env.call("POST", "/api/search/collections/crm_chunks/documents", { documents: DOCS });
  const post = await env.call("POST", "/api/search", { q: "overdue invoice", top_k: 1 });
  equal(post.status, 200);
  equal(post.body.collection, "crm_chunks");
  equal(post.body.hits.length, 1);
  equal(post.body.hits[0].doc_id, "billing");
  const get = await env.call("GET", "/api/search?q=tomatoes%20sun&limit=2");
  equal(get.status, 200);
  equal(get.body.hits[0].doc_id, "garden");
});

Deno.test("/api/search: an existing collection with other vector names is used as it is", async () => {
  await using env = await searchEnv();
  // Created by another tool: an unnamed 1024-d vector and a sparse vector called "bm25".
  const res = await fetch(`${env.qdrant.url}/collections/legacy`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      vectors: { size: 1024, distance: "Cosine" },
      sparse_vectors: { bm25: { modifier: "idf" } },
    }),
  });
  await res.body?.cancel();
  const info = await env.call("GET", "/api/search/collections/legacy");
  deepEqual(info.body.layout, {
    dense: "",
    size: 1024,
    distance: "Cosine",
    sparse: "bm25",
    sparseModifier: "idf",
  });
  const idx = await env.call("POST", "/api/search/collections/legacy/documents", {
    documents: [DOCS[1], DOCS[2]],
  });
  equal(idx.status, 200);
  const q = await env.call("POST", "/api/search/collections/legacy/query", { query: "tomatoes" });
  equal(q.body.hits[0].doc_id, "garden");
  ok(q.body.hits[0].scores.sparse > 0);
  equal((await env.call("PUT", "/api/search/collections/legacy", {})).status, 409);
  notEqual(env.qdrant.collections.get("legacy")!.rawConfig.vectors, undefined);
  equal(env.qdrant.requests.filter((r) => r.method === "DELETE").length, 0, "never recreated");
});
