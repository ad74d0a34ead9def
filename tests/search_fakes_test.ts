/**
 * The fake Qdrant and fake spark-embed follow CONTRACTS.md §9–10: envelopes,
 * errors, name rules, RRF/DBSF arithmetic, profiles.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { EMBED_DIM, startFakeEmbed } from "./sim/services/embed.ts";
import { startFakeQdrant } from "./sim/services/qdrant.ts";

/** Makes a fake service disposable with `await using`. */
function closing<T extends { close(): Promise<void> }>(svc: T): T & AsyncDisposable {
  return Object.assign(svc, { [Symbol.asyncDispose]: () => svc.close() });
}

async function send(base: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text === "" ? null : JSON.parse(text) };
}

const HYBRID = {
  vectors: { dense: { size: 4, distance: "Cosine" } },
  sparse_vectors: { sparse: { modifier: "idf" } },
};

Deno.test("fake Qdrant: envelopes, exact errors and name rules", async () => {
  await using q = closing(await startFakeQdrant());
  const ok1 = await send(q.url, "PUT", "/collections/c1", HYBRID);
  equal(ok1.status, 200);
  equal(ok1.body.result, true);
  equal(ok1.body.status, "ok");
  equal(typeof ok1.body.time, "number");
  const dup = await send(q.url, "PUT", "/collections/c1", HYBRID);
  equal(dup.status, 409);
  deepEqual(Object.keys(dup.body).sort(), ["status", "time"]);
  equal(dup.body.status.error, "Wrong input: Collection `c1` already exists!");
  const missing = await send(q.url, "GET", "/collections/nope");
  equal(missing.status, 404);
  equal(missing.body.status.error, "Not found: Collection `nope` doesn't exist!");
  // Strict on create, legacy elsewhere: "a:b" cannot be created but is merely "not found" on GET.
  equal((await send(q.url, "PUT", "/collections/a%3Ab", HYBRID)).status, 422);
  equal((await send(q.url, "GET", "/collections/a%3Ab")).status, 404);
  equal((await send(q.url, "GET", "/collections/a%2Fb")).status, 422);
  deepEqual((await send(q.url, "GET", "/collections/c1/exists")).body.result, { exists: true });
  const dim = await send(q.url, "PUT", "/collections/c1/points?wait=true", {
    points: [{ id: 1, vector: { dense: [1, 2] } }],
  });
  equal(dim.status, 400);
  equal(dim.body.status.error, "Wrong input: Vector dimension error: expected dim: 4, got 2");
  const badId = await send(q.url, "PUT", "/collections/c1/points", {
    points: [{ id: "x", vector: {} }],
  });
  equal(badId.status, 400);
  match(badId.body.status.error, /^Format error in JSON body: /);
  const dupIdx = await send(q.url, "PUT", "/collections/c1/points", {
    points: [{ id: 2, vector: { sparse: { indices: [1, 1], values: [1, 2] } } }],
  });
  equal(dupIdx.status, 422);
  const ack = await send(q.url, "PUT", "/collections/c1/points", {
    points: [{ id: 3, vector: { dense: [1, 0, 0, 0] } }],
  });
  equal(ack.body.result.status, "acknowledged");
  deepEqual(q.requests.map((r) => r.target).slice(0, 2), ["/collections/c1", "/collections/c1"]);
});

Deno.test("fake Qdrant: RRF uses k = 2 by default, weights and k when given; DBSF", async () => {
  await using q = closing(await startFakeQdrant());
  await send(q.url, "PUT", "/collections/c", HYBRID);
  const points = [
    { id: 1, vector: { dense: [1, 0, 0, 0], sparse: { indices: [7], values: [1] } } },
    { id: 2, vector: { dense: [0.9, 0.1, 0, 0] } },
    { id: 3, vector: { dense: [0, 1, 0, 0], sparse: { indices: [7, 8], values: [0.5, 2] } } },
  ];
  equal(
    (await send(q.url, "PUT", "/collections/c/points?wait=true", { points })).body.result.status,
    "completed",
  );
  const prefetch = [
    { query: [1, 0, 0, 0], using: "dense", limit: 10 }, // 1, 2, 3
    { query: { indices: [8], values: [1] }, using: "sparse", limit: 10 }, // 3
  ];
  const rrf = await send(q.url, "POST", "/collections/c/points/query", {
    prefetch,
    query: { fusion: "rrf" },
  });
  const scores = Object.fromEntries(
    rrf.body.result.points.map((p: { id: number; score: number }) => [p.id, p.score]),
  );
  deepEqual(scores, { 1: 1 / 2, 2: 1 / 3, 3: 1 / 4 + 1 / 2 });
  const weighted = await send(q.url, "POST", "/collections/c/points/query", {
    prefetch,
    query: { rrf: { k: 60, weights: [2, 1] } },
    limit: 1,
    with_payload: true,
  });
  // Point 3: rank 3 of dense with weight 2, rank 1 of sparse: 1/(3/2 + 59) + 1/(1 + 59).
  deepEqual(weighted.body.result.points.map((p: { id: number }) => p.id), [3]);
  ok(Math.abs(weighted.body.result.points[0].score - (1 / 60.5 + 1 / 60)) < 1e-12);
  deepEqual(weighted.body.result.points[0].payload, {});
  const dbsf = await send(q.url, "POST", "/collections/c/points/query", {
    prefetch,
    query: { fusion: "dbsf" },
  });
  equal(dbsf.body.result.points.find((p: { id: number }) => p.id === 3).score > 0.5, true);
  const filtered = await send(q.url, "POST", "/collections/c/points/query", {
    prefetch,
    query: { fusion: "rrf" },
    filter: { must_not: [{ has_id: [3] }] },
    offset: 1,
  });
  deepEqual(
    filtered.body.result.points.map((p: { id: number }) => p.id),
    [2],
    "filter reaches prefetches",
  );
  equal((await send(q.url, "POST", "/collections/c/points/count", {})).body.result.count, 3);
});

Deno.test("fake Qdrant: /points/search is gone in 1.19 and works in 1.18", async () => {
  for (const [profile, status] of [["1.19", 404], ["1.18", 200]] as const) {
    await using q = closing(await startFakeQdrant({ profile }));
    await send(q.url, "PUT", "/collections/c", { vectors: { size: 2, distance: "Dot" } });
    const res = await send(q.url, "POST", "/collections/c/points/search", {
      vector: [1, 0],
      limit: 1,
    });
    equal(res.status, status, profile);
  }
});

Deno.test("fake spark-embed: unit vectors in input order, usage 0, similar texts closer", async () => {
  await using e = closing(await startFakeEmbed());
  const res = await send(e.url, "POST", "/v1/embeddings", {
    input: ["the red car", "a red automobile", "tomato soup"],
    model: "BAAI/bge-m3",
  });
  equal(res.status, 200);
  deepEqual(res.body.usage, { prompt_tokens: 0, total_tokens: 0 });
  deepEqual(res.body.data.map((d: { index: number }) => d.index), [0, 1, 2]);
  const [a, b, c] = res.body.data.map((d: { embedding: number[] }) => d.embedding);
  equal(a.length, EMBED_DIM);
  ok(Math.abs(a.reduce((s: number, x: number) => s + x * x, 0) - 1) < 1e-9);
  const dot = (x: number[], y: number[]) => x.reduce((s, v, i) => s + v * y[i], 0);
  ok(dot(a, b) > dot(a, c));
  const empty = await send(e.url, "POST", "/v1/embeddings", { input: [] });
  equal(empty.status, 400);
  equal(typeof empty.body.detail, "string");
  const missing = await send(e.url, "POST", "/v1/embeddings", {});
  equal(missing.status, 422);
  deepEqual(missing.body.detail[0].loc, ["body", "input"]);
});

Deno.test("fake spark-embed: rerank sorted with top_n and documents; sigmoid profile", async () => {
  await using e = closing(await startFakeEmbed());
  const body = {
    query: "red car",
    documents: ["soup", "red car for sale", "a car"],
    top_n: 2,
    return_documents: true,
  };
  const res = await send(e.url, "POST", "/v1/rerank", body);
  equal(res.body.object, "rerank.result");
  deepEqual(res.body.results.map((r: { index: number }) => r.index), [1, 2]);
  equal(res.body.results[0].document, "red car for sale");
  ok(res.body.results[0].relevance_score > 1, "raw logit");
  e.setProfile("sigmoid");
  const sig = await send(e.url, "POST", "/v1/rerank", { ...body, top_n: 3 });
  ok(
    sig.body.results.every((r: { relevance_score: number }) =>
      r.relevance_score > 0 && r.relevance_score < 1
    ),
  );
  ok(sig.body.results.at(-1).relevance_score < 0.5, "an unrelated document stays below one half");
});
