/**
 * The pure half of querying: the Query API requests for a hybrid, dense or
 * sparse search (sent together as one batch, so the dense and sparse lists
 * that explain the fused score cost no extra round trip), and the hits with
 * their scores explained.
 */
import type { CollectionLayout } from "./layout.ts";
import type { PointId, QueryRequest, ScoredPoint } from "./qdrant.ts";
import type { SparseVector } from "./sparse.ts";

/** Search modes. */
export type SearchMode = "hybrid" | "dense" | "sparse";

/** A query as the API takes it (validated by the route). */
export interface QueryInput {
  query: string;
  limit: number;
  offset?: number;
  mode?: SearchMode;
  filter?: Record<string, unknown>;
  fusion?: "rrf" | "dbsf";
  /** RRF's k (Qdrant's default is 2); sent only when set (Qdrant ≥ 1.15). */
  rrfK?: number;
  /** RRF weights for [dense, sparse]; sent only when set. */
  weights?: [number, number];
  scoreThreshold?: number;
  /** Rerank the top candidates through `/v1/rerank`; a number sets how many. */
  rerank?: boolean | number;
}

/** The explained scores of one hit; null where a stage did not run or did not see the hit. */
export interface HitScores {
  dense: number | null;
  sparse: number | null;
  fused: number | null;
  rerank: number | null;
  /** sigmoid(rerank): the reranker's logit shown as a probability. */
  rerank_probability: number | null;
}

/** One search hit. */
export interface Hit {
  id: PointId;
  /** The score the hits are ordered by (rerank, else fused, else dense or sparse). */
  score: number;
  text: string;
  payload: Record<string, unknown>;
  /** Chunk index within its document, or null for points indexed by other tools. */
  chunk: number | null;
  doc_id: string | null;
  scores: HitScores;
  /** 1-based ranks in the dense and sparse candidate lists. */
  ranks: { dense: number | null; sparse: number | null };
}

/** What ran: the plan, so callers can read scores right. */
export interface SearchPlan {
  mode: SearchMode;
  /** The mode actually used (hybrid falls back to dense when there is no sparse side). */
  effective_mode: SearchMode;
  fusion: "rrf" | "dbsf" | null;
  rrf_k: number | null;
  prefetch_limit: number;
  /** What the main query returns before rerank and offset. */
  candidates: number;
  rerank: boolean;
  /** Which batch entry is what. */
  roles: ("main" | "dense" | "sparse")[];
}

/** Builds the batch of Query API requests for `input`. */
export function planSearch(
  input: QueryInput,
  layout: CollectionLayout,
  vectors: { dense: number[] | null; sparse: SparseVector | null },
  opts: { prefetchLimit: number; rerankCandidates: number },
): { plan: SearchPlan; searches: QueryRequest[] } {
  const mode = input.mode ?? "hybrid";
  const hasSparse = layout.sparse !== null && vectors.sparse !== null &&
    vectors.sparse.indices.length > 0;
  let effective: SearchMode = mode;
  if (mode === "hybrid" && !hasSparse) effective = "dense";
  const offset = input.offset ?? 0;
  const rerank = input.rerank !== undefined && input.rerank !== false;
  const pool = rerank
    ? Math.max(
      input.limit + offset,
      typeof input.rerank === "number" ? input.rerank : opts.rerankCandidates,
    )
    : input.limit + offset;
  const prefetchLimit = Math.max(opts.prefetchLimit, pool);
  const filter = input.filter && Object.keys(input.filter).length > 0 ? input.filter : undefined;
  const withFilter = (q: QueryRequest): QueryRequest => (filter ? { ...q, filter } : q);
  const denseQ = (limit: number): QueryRequest =>
    withFilter({
      query: vectors.dense!,
      ...(layout.dense === "" ? {} : { using: layout.dense }),
      limit,
    });
  const sparseQ = (limit: number): QueryRequest =>
    withFilter({ query: vectors.sparse!, using: layout.sparse!, limit });
  // Rerank and offset are applied here, so the main query starts at 0 when reranking.
  const page = rerank ? { limit: pool } : { limit: input.limit, ...(offset > 0 ? { offset } : {}) };
  const finish = (q: QueryRequest): QueryRequest => ({
    ...q,
    ...page,
    with_payload: true,
    ...(input.scoreThreshold !== undefined ? { score_threshold: input.scoreThreshold } : {}),
  });
  const fusion = input.fusion ?? "rrf";
  let searches: QueryRequest[];
  let roles: SearchPlan["roles"];
  if (effective === "hybrid") {
    const fuse = fusion === "dbsf"
      ? { fusion: "dbsf" }
      : input.rrfK !== undefined || input.weights !== undefined
      ? {
        rrf: {
          ...(input.rrfK !== undefined ? { k: input.rrfK } : {}),
          ...(input.weights ? { weights: input.weights } : {}),
        },
      }
      : { fusion: "rrf" };
    const main = finish(
      withFilter({ prefetch: [denseQ(prefetchLimit), sparseQ(prefetchLimit)], query: fuse }),
    );
    // The explaining lists carry no payload: only ids and scores.
    searches = [main, { ...denseQ(prefetchLimit), with_payload: false }, {
      ...sparseQ(prefetchLimit),
      with_payload: false,
    }];
    roles = ["main", "dense", "sparse"];
  } else if (effective === "dense") {
    searches = [finish(denseQ(pool))];
    roles = ["dense"];
  } else {
    searches = [finish(sparseQ(pool))];
    roles = ["sparse"];
  }
  return {
    plan: {
      mode,
      effective_mode: effective,
      fusion: effective === "hybrid" ? fusion : null,
      rrf_k: effective === "hybrid" && fusion === "rrf" ? input.rrfK ?? 2 : null,
      prefetch_limit: prefetchLimit,
      candidates: pool,
      rerank,
      roles,
    },
    searches,
  };
}

/** The chunk text of a point: ours is `text`; other tools used `content`, `page_content`, `chunk_text`. */
export function textOf(payload: Record<string, unknown>): string {
  for (const k of ["text", "content", "page_content", "chunk_text", "document"]) {
    if (typeof payload[k] === "string") return payload[k] as string;
  }
  return "";
}

/** Turns the batch results into hits with explained scores, in the main list's order. */
export function explainHits(plan: SearchPlan, results: ScoredPoint[][]): Hit[] {
  const byRole = new Map(plan.roles.map((r, i) => [r, results[i] ?? []]));
  const rankMap = (list: ScoredPoint[] | undefined) =>
    new Map((list ?? []).map((p, i) => [String(p.id), { score: p.score, rank: i + 1 }]));
  const dense = rankMap(byRole.get("dense"));
  const sparse = rankMap(byRole.get("sparse"));
  const main = byRole.get("main") ?? byRole.get("dense") ?? byRole.get("sparse") ?? [];
  return main.map((p) => {
    const payload = { ...(p.payload ?? {}) };
    const text = textOf(payload);
    delete payload.text;
    const d = dense.get(String(p.id));
    const s = sparse.get(String(p.id));
    const chunk = typeof payload.chunk === "number" ? payload.chunk : null;
    return {
      id: p.id,
      score: p.score,
      text,
      payload,
      chunk,
      doc_id: typeof payload.doc_id === "string" ? payload.doc_id : null,
      scores: {
        dense: d?.score ?? null,
        sparse: s?.score ?? null,
        fused: plan.effective_mode === "hybrid" ? p.score : null,
        rerank: null,
        rerank_probability: null,
      },
      ranks: { dense: d?.rank ?? null, sparse: s?.rank ?? null },
    };
  });
}

/** Reorders hits by rerank scores (results index into `hits`); unscored hits go last in their order. */
export function applyRerank(
  hits: Hit[],
  results: readonly { index: number; score: number }[],
): Hit[] {
  const scored = new Map(results.map((r) => [r.index, r.score]));
  const withScores = hits.map((h, i) => {
    const r = scored.get(i);
    if (r === undefined) return h;
    return {
      ...h,
      score: r,
      scores: { ...h.scores, rerank: r, rerank_probability: 1 / (1 + Math.exp(-r)) },
    };
  });
  const ranked = withScores.filter((h) => h.scores.rerank !== null)
    .sort((a, b) => b.scores.rerank! - a.scores.rerank!);
  return [...ranked, ...withScores.filter((h) => h.scores.rerank === null)];
}
