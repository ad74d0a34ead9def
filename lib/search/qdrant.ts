/**
 * Qdrant's REST API (CONTRACTS.md §10), the calls spark-control makes.
 *
 * Why not `@qdrant/js-client-rest`: it sends through the global `fetch` with
 * an undici dispatcher and offers no fetch hook, so it could not go through
 * the controller's injected `fetch` (tests, time accounting), nor let us
 * check the final URL before a request leaves; its version probe would also
 * add a request per client. The bodies below follow its OpenAPI schema.
 *
 * Every name is checked by {@link assertName} and every URL by
 * {@link buildUrl} before anything is sent.
 */
import { UpstreamError } from "../errors.ts";
import { requestJson, type UpstreamMeter } from "./_http.ts";
import { assertName, buildUrl } from "./names.ts";
import type { SparseVector } from "./sparse.ts";

/** A point id: unsigned integer or UUID string. */
export type PointId = number | string;

/** A point as upserted. */
export interface PointStruct {
  id: PointId;
  vector: Record<string, number[] | SparseVector> | number[];
  payload?: Record<string, unknown>;
}

/** A scored point as returned by the Query API. */
export interface ScoredPoint {
  id: PointId;
  score: number;
  version?: number;
  payload?: Record<string, unknown> | null;
}

/** One Query API request body (a subset of Qdrant's `QueryRequest`). */
export interface QueryRequest {
  prefetch?: QueryRequest[];
  query?: unknown;
  using?: string;
  filter?: unknown;
  limit?: number;
  offset?: number;
  score_threshold?: number;
  with_payload?: boolean | string[];
  with_vector?: boolean;
}

/** Options for {@link QdrantRest}. */
export interface QdrantOptions {
  /** `http://<address>:<port>`; a function so config changes apply to the next call. */
  base: () => string;
  fetch: typeof fetch;
  timeoutMs: number;
  /** Sent as `api-key` when set. */
  apiKey?: string;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  meter?: UpstreamMeter;
}

/** The `result` of Qdrant's envelope; a missing `result` on a 2xx is an upstream fault. */
function result(body: unknown): unknown {
  if (typeof body === "object" && body !== null && "result" in body) {
    return (body as { result: unknown }).result;
  }
  throw new UpstreamError("qdrant", "Qdrant answered without a result");
}

/** The points of one query result (`{points:[…]}` or, on old builds, a bare list). */
function pointsOf(r: unknown): ScoredPoint[] {
  const list = Array.isArray(r) ? r : (r as { points?: unknown } | null)?.points;
  if (!Array.isArray(list)) {
    throw new UpstreamError("qdrant", "Qdrant's query result has no points");
  }
  return list as ScoredPoint[];
}

/** A thin, checked Qdrant REST client. */
export class QdrantRest {
  #opts: QdrantOptions;

  constructor(opts: QdrantOptions) {
    this.#opts = opts;
  }

  async #call(
    method: string,
    segments: string[],
    opts: CallOptions & { body?: unknown; query?: Record<string, string> } = {},
  ): Promise<unknown> {
    const url = buildUrl(this.#opts.base(), segments, opts.query);
    const body = await requestJson(url, {
      service: "qdrant",
      fetch: this.#opts.fetch,
      timeoutMs: this.#opts.timeoutMs,
      method,
      body: opts.body,
      headers: this.#opts.apiKey ? { "api-key": this.#opts.apiKey } : undefined,
      signal: opts.signal,
      meter: opts.meter,
    });
    return result(body);
  }

  /** Names of all collections. */
  async listCollections(opts: CallOptions = {}): Promise<string[]> {
    const r = await this.#call("GET", ["collections"], opts) as {
      collections?: { name: string }[];
    };
    return (r?.collections ?? []).map((c) => c.name);
  }

  /** `GET /collections/{name}`: status, counts and config. */
  async getCollection(name: string, opts: CallOptions = {}): Promise<Record<string, unknown>> {
    return await this.#call("GET", ["collections", assertName(name, "collection")], opts) as Record<
      string,
      unknown
    >;
  }

  /** True when the collection exists. */
  async collectionExists(name: string, opts: CallOptions = {}): Promise<boolean> {
    const r = await this.#call(
      "GET",
      ["collections", assertName(name, "collection"), "exists"],
      opts,
    );
    return (r as { exists?: boolean } | null)?.exists === true;
  }

  /** `PUT /collections/{name}`; Qdrant answers 409 when it exists. */
  async createCollection(name: string, body: unknown, opts: CallOptions = {}): Promise<void> {
    await this.#call("PUT", ["collections", assertName(name, "collection")], { ...opts, body });
  }

  /** `DELETE /collections/{name}`. */
  async deleteCollection(name: string, opts: CallOptions = {}): Promise<boolean> {
    return await this.#call("DELETE", ["collections", assertName(name, "collection")], opts) ===
      true;
  }

  /** Creates a payload index (`keyword`, `integer`, …) and waits for it. */
  async createPayloadIndex(
    name: string,
    field: string,
    schema: string,
    opts: CallOptions = {},
  ): Promise<void> {
    await this.#call("PUT", ["collections", assertName(name, "collection"), "index"], {
      ...opts,
      query: { wait: "true" },
      body: { field_name: field, field_schema: schema },
    });
  }

  /** Upserts points and waits until they are applied (all land or none). */
  async upsert(name: string, points: PointStruct[], opts: CallOptions = {}): Promise<void> {
    const r = await this.#call("PUT", ["collections", assertName(name, "collection"), "points"], {
      ...opts,
      query: { wait: "true" },
      body: { points },
    }) as { status?: string } | null;
    if (r?.status !== "completed") {
      throw new UpstreamError("qdrant", `Qdrant did not complete the upsert (status ${r?.status})`);
    }
  }

  /** Deletes points by a filter and waits. */
  async deleteByFilter(name: string, filter: unknown, opts: CallOptions = {}): Promise<void> {
    await this.#call("POST", ["collections", assertName(name, "collection"), "points", "delete"], {
      ...opts,
      query: { wait: "true" },
      body: { filter },
    });
  }

  /** Number of points (optionally matching a filter), exact. */
  async count(name: string, filter?: unknown, opts: CallOptions = {}): Promise<number> {
    const r = await this.#call("POST", [
      "collections",
      assertName(name, "collection"),
      "points",
      "count",
    ], {
      ...opts,
      body: { exact: true, ...(filter ? { filter } : {}) },
    }) as { count?: number } | null;
    return r?.count ?? 0;
  }

  /** `POST …/points/scroll`: one page of points. */
  async scroll(
    name: string,
    body: { filter?: unknown; limit?: number; offset?: PointId | null; with_payload?: boolean },
    opts: CallOptions = {},
  ): Promise<{ points: ScoredPoint[]; next_page_offset: PointId | null }> {
    const r = await this.#call("POST", [
      "collections",
      assertName(name, "collection"),
      "points",
      "scroll",
    ], {
      ...opts,
      body,
    }) as { points?: ScoredPoint[]; next_page_offset?: PointId | null };
    return { points: r?.points ?? [], next_page_offset: r?.next_page_offset ?? null };
  }

  /** `POST …/points/query`. */
  async query(name: string, body: QueryRequest, opts: CallOptions = {}): Promise<ScoredPoint[]> {
    return pointsOf(
      await this.#call("POST", ["collections", assertName(name, "collection"), "points", "query"], {
        ...opts,
        body,
      }),
    );
  }

  /** `POST …/points/query/batch`: several queries in one round trip, results in order. */
  async queryBatch(
    name: string,
    searches: QueryRequest[],
    opts: CallOptions = {},
  ): Promise<ScoredPoint[][]> {
    const r = await this.#call(
      "POST",
      ["collections", assertName(name, "collection"), "points", "query", "batch"],
      { ...opts, body: { searches } },
    );
    if (!Array.isArray(r) || r.length !== searches.length) {
      throw new UpstreamError(
        "qdrant",
        "Qdrant's batch query answered the wrong number of results",
      );
    }
    return r.map(pointsOf);
  }
}
