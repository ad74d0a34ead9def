/**
 * The executor of hybrid search: collections, indexing and queries against
 * Qdrant and spark-embed. Decisions (chunks, batches, query plans, score
 * explanations) come from the pure modules beside it; this file only makes
 * the calls, in an order that keeps writes whole.
 */
import type { Config } from "../config/mod.ts";
import { ConflictError, InvalidInputError, NotFoundError, UpstreamError } from "../errors.ts";
import { resolveUpstream } from "../gateway/mod.ts";
import type { Logger } from "../log.ts";
import { UpstreamMeter } from "./_http.ts";
import { type Admit, EmbedClient } from "./embed.ts";
import {
  buildPoints,
  type DocumentInput,
  packBatches,
  type PreparedDoc,
  prepareDocuments,
  staleChunksFilter,
} from "./indexer.ts";
import { type CollectionLayout, createBody, type CreateSpec, layoutFrom } from "./layout.ts";
import { assertFilterKeys, assertName } from "./names.ts";
import { QdrantRest } from "./qdrant.ts";
import {
  applyRerank,
  explainHits,
  type Hit,
  planSearch,
  type QueryInput,
  type SearchPlan,
} from "./query.ts";
import { queryVector } from "./sparse.ts";

/** Time spent per stage of one call, in milliseconds. */
export interface Timings {
  total_ms: number;
  /** Time inside upstream calls (embed + qdrant + rerank). */
  upstream_ms: number;
  /** `total_ms − upstream_ms`: what the controller itself added. */
  controller_ms: number;
  upstream_calls: number;
  by_service: Record<string, { calls: number; ms: number }>;
}

/** What `GET /api/search/collections/:name` shows. */
export interface CollectionView {
  name: string;
  status: string | null;
  points_count: number | null;
  indexed_vectors_count: number | null;
  layout: CollectionLayout;
  config: unknown;
}

/** The result of an indexing request. */
export interface IndexResult {
  collection: string;
  indexed: { id: string; chunks: number }[];
  /** Documents that did not land (or landed with stale chunks left), with the reason. */
  failed: { id: string; error: string; stage: "upsert" | "cleanup" | "skipped" }[];
  chunks: number;
  timings: Timings;
}

/** The result of a query. */
export interface QueryResult {
  collection: string;
  hits: Hit[];
  plan: SearchPlan;
  timings: Timings;
}

/** Where the search service gets its settings, HTTP and upstream addresses. */
export interface SearchServiceOptions {
  config: () => Pick<Config, "search" | "hosts">;
  fetch: typeof fetch;
  /** `http://…` of the Qdrant and embed services (the gateway's resolver). */
  upstream: (kind: "qdrant" | "embed") => string;
  /** The gateway's `embed` admission queue. */
  embedAdmission?: () => Admit | undefined;
  log: Logger;
  /** Embed model id sent upstream. */
  embedModel?: string;
}

function timingsOf(startedMs: number, meter: UpstreamMeter): Timings {
  const total = performance.now() - startedMs;
  return {
    total_ms: round(total),
    upstream_ms: round(meter.ms),
    controller_ms: round(Math.max(0, total - meter.ms)),
    upstream_calls: meter.calls,
    by_service: Object.fromEntries(
      Object.entries(meter.byService).map(([k, v]) => [k, { calls: v.calls, ms: round(v.ms) }]),
    ),
  };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Runs `fn` over `items` with at most `limit` in flight; results in order; first error wins. */
async function mapLimit<T, R>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]);
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Hybrid search over Qdrant with spark-embed vectors and controller BM25. */
export class SearchService {
  readonly qdrant: QdrantRest;
  readonly embedder: EmbedClient;
  #opts: SearchServiceOptions;
  /** Layouts read from collection configs; dropped on create/delete and on errors. */
  #layouts = new Map<string, CollectionLayout>();

  constructor(opts: SearchServiceOptions) {
    this.#opts = opts;
    const timeoutMs = () => opts.config().search.timeoutMs;
    this.qdrant = new QdrantRest({
      base: () => opts.upstream("qdrant"),
      fetch: opts.fetch,
      get timeoutMs() {
        return timeoutMs();
      },
    });
    this.embedder = new EmbedClient({
      base: () => opts.upstream("embed"),
      fetch: opts.fetch,
      get timeoutMs() {
        return timeoutMs();
      },
      model: opts.embedModel ?? "BAAI/bge-m3",
      admission: opts.embedAdmission,
    });
  }

  /** The default collection (`/api/search`). */
  get defaultCollection(): string {
    return this.#opts.config().search.collection;
  }

  /** Names of all collections. */
  listCollections(signal?: AbortSignal): Promise<string[]> {
    return this.qdrant.listCollections({ signal });
  }

  /** Creates a hybrid collection; 409 if it exists (existing collections are never reshaped). */
  async createCollection(
    name: string,
    spec: CreateSpec = {},
    signal?: AbortSignal,
  ): Promise<CollectionView> {
    assertName(name, "collection");
    const body = createBody(spec);
    if (await this.qdrant.collectionExists(name, { signal })) {
      throw new ConflictError(`Collection "${name}" already exists; it is left unchanged`);
    }
    this.#layouts.delete(name);
    await this.qdrant.createCollection(name, body, { signal });
    // Re-indexing deletes stale chunks by doc_id: an index keeps that filter fast.
    await this.qdrant.createPayloadIndex(name, "doc_id", "keyword", { signal });
    return await this.describeCollection(name, signal);
  }

  /** Size, status, vector layout and config of a collection. */
  async describeCollection(name: string, signal?: AbortSignal): Promise<CollectionView> {
    const info = await this.qdrant.getCollection(name, { signal });
    const layout = layoutFrom(info);
    this.#layouts.set(name, layout);
    const num = (v: unknown) => (typeof v === "number" ? v : null);
    return {
      name,
      status: typeof info.status === "string" ? info.status : null,
      points_count: num(info.points_count),
      indexed_vectors_count: num(info.indexed_vectors_count),
      layout,
      config: info.config ?? null,
    };
  }

  /** Deletes a collection; `confirm` must be true. */
  async deleteCollection(name: string, confirm: boolean, signal?: AbortSignal): Promise<void> {
    assertName(name, "collection");
    if (!confirm) {
      throw new InvalidInputError(
        `Deleting "${name}" removes all its points; repeat with confirm=true`,
        {
          param: "confirm",
        },
      );
    }
    this.#layouts.delete(name);
    if (!(await this.qdrant.collectionExists(name, { signal }))) {
      throw new NotFoundError(`Collection "${name}" does not exist`);
    }
    await this.qdrant.deleteCollection(name, { signal });
  }

  async #layout(
    name: string,
    meter: UpstreamMeter,
    signal?: AbortSignal,
  ): Promise<CollectionLayout> {
    const cached = this.#layouts.get(name);
    if (cached) return cached;
    const layout = layoutFrom(await this.qdrant.getCollection(name, { signal, meter }));
    this.#layouts.set(name, layout);
    return layout;
  }

  /** Removes every chunk of one document. */
  async deleteDocument(name: string, docId: string, signal?: AbortSignal): Promise<void> {
    assertName(name, "collection");
    await this.qdrant.deleteByFilter(name, { must: [{ key: "doc_id", match: { value: docId } }] }, {
      signal,
    });
  }

  /**
   * Indexes documents: chunk, sparse-weight and embed everything first (so
   * an embed failure writes nothing), then upsert whole documents per batch
   * and remove chunks left over from longer earlier versions. A failed batch
   * stops the run; the result lists which documents did not land.
   */
  async indexDocuments(
    name: string,
    docs: DocumentInput[],
    signal?: AbortSignal,
  ): Promise<IndexResult> {
    const started = performance.now();
    const meter = new UpstreamMeter();
    assertName(name, "collection");
    const cfg = this.#opts.config().search;
    const prepared = prepareDocuments(docs, { size: cfg.chunkSize, overlap: cfg.chunkOverlap });
    const layout = await this.#layout(name, meter, signal);
    const chunks = prepared.flatMap((d) => d.chunks);
    const batches: typeof chunks[] = [];
    for (let i = 0; i < chunks.length; i += cfg.embedBatch) {
      batches.push(chunks.slice(i, i + cfg.embedBatch));
    }
    const vectors = await mapLimit(
      batches,
      4,
      (b) => this.embedder.embed(b.map((c) => c.text), layout.size, { signal, meter }),
    );
    const dense = new Map<string, number[]>();
    batches.forEach((b, i) => b.forEach((c, j) => dense.set(c.id, vectors[i][j])));

    const indexed: IndexResult["indexed"] = [];
    const failed: IndexResult["failed"] = [];
    let firstError: unknown = null;
    for (const batch of packBatches(prepared, cfg.upsertBatch)) {
      if (firstError !== null) {
        for (const d of batch) {
          failed.push({
            id: d.docId,
            error: "not attempted after an earlier failure",
            stage: "skipped",
          });
        }
        continue;
      }
      try {
        await this.qdrant.upsert(name, buildPoints(batch, dense, layout), { signal, meter });
      } catch (err) {
        firstError = err;
        this.#forgetOnError(name, err);
        for (const d of batch) failed.push({ id: d.docId, error: messageOf(err), stage: "upsert" });
        continue;
      }
      try {
        await this.qdrant.deleteByFilter(name, staleChunksFilter(batch), { signal, meter });
        for (const d of batch) indexed.push({ id: d.docId, chunks: d.chunks.length });
      } catch (err) {
        firstError = err;
        for (const d of batch) {
          failed.push({
            id: d.docId,
            error: `new chunks written, old extra chunks not removed: ${messageOf(err)}`,
            stage: "cleanup",
          });
        }
      }
    }
    if (indexed.length === 0 && firstError !== null) throw firstError;
    if (failed.length > 0) {
      this.#opts.log.warn("search indexing partly failed", {
        collection: name,
        indexed: indexed.length,
        failed: failed.length,
      });
    }
    return {
      collection: name,
      indexed,
      failed,
      chunks: chunks.length,
      timings: timingsOf(started, meter),
    };
  }

  #forgetOnError(name: string, err: unknown): void {
    // A collection deleted or reshaped behind our back: read its layout again next time.
    if (
      err instanceof NotFoundError || (err instanceof UpstreamError && err.passStatus !== undefined)
    ) {
      this.#layouts.delete(name);
    }
  }

  /** Runs a hybrid, dense or sparse query, optionally reranked, with explained scores. */
  async query(name: string, input: QueryInput, signal?: AbortSignal): Promise<QueryResult> {
    const started = performance.now();
    const meter = new UpstreamMeter();
    assertName(name, "collection");
    assertFilterKeys(input.filter);
    const cfg = this.#opts.config().search;
    const mode = input.mode ?? "hybrid";
    const layout = await this.#layout(name, meter, signal);
    if (mode === "sparse" && layout.sparse === null) {
      throw new InvalidInputError(`Collection "${name}" has no sparse vector; use mode dense`, {
        param: "mode",
      });
    }
    const sparse = mode === "dense" ? null : queryVector(input.query);
    const needDense = mode !== "sparse";
    const dense = needDense
      ? (await this.embedder.embed([input.query], layout.size, { signal, meter }))[0]
      : null;
    if (mode === "sparse" && sparse!.indices.length === 0) {
      return {
        collection: name,
        hits: [],
        plan: planSearch(input, layout, { dense, sparse }, cfg).plan,
        timings: timingsOf(started, meter),
      };
    }
    const { plan, searches } = planSearch(input, layout, { dense, sparse }, cfg);
    let results;
    try {
      results = await this.qdrant.queryBatch(name, searches, { signal, meter });
    } catch (err) {
      this.#forgetOnError(name, err);
      throw err;
    }
    let hits = explainHits(plan, results);
    if (plan.rerank && hits.length > 0) {
      const ranked = await this.embedder.rerank(input.query, hits.map((h) => h.text), {
        signal,
        meter,
      });
      hits = applyRerank(hits, ranked);
    }
    if (plan.rerank) hits = hits.slice(input.offset ?? 0, (input.offset ?? 0) + input.limit);
    return { collection: name, hits, plan, timings: timingsOf(started, meter) };
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Re-exported for callers that only need the prepared shape. */
export type { PreparedDoc };

/** Builds the search service from the controller's parts: live config, fetch, embed admission queue. */
export function createSearch(opts: {
  config: { get(): Pick<Config, "search" | "hosts"> };
  fetch: typeof fetch;
  log: Logger;
  admissions?: { get(service: string): Admit };
}): SearchService {
  return new SearchService({
    config: () => opts.config.get(),
    fetch: opts.fetch,
    log: opts.log,
    upstream: (kind) => resolveUpstream(opts.config.get(), kind).base,
    embedAdmission: () => opts.admissions?.get("embed"),
  });
}
