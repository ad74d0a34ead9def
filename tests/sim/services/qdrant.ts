/**
 * A fake Qdrant (CONTRACTS.md §10) holding named dense and sparse vectors in
 * memory. It answers in Qdrant's envelopes (`{"result","status":"ok","time"}`
 * and `{"status":{"error"},"time"}`) with its error messages and statuses,
 * checks names strictly on create and only for `/` and NUL elsewhere (as
 * Qdrant does), and logs every raw request target (via the shared harness)
 * so tests can prove that nothing like `..`, `%2e`, `\`, `?` or `#` arrived.
 *
 * Routes: `/`, `/healthz`, `/readyz`; collections list, create, get, delete,
 * `exists`, payload `index`; points upsert (`wait`), get, retrieve, delete
 * (ids or filter), scroll, count, query (prefetch, RRF with k and weights,
 * DBSF, filters, limit/offset/score_threshold/with_payload) and query/batch.
 * Profiles: `1.19` (default: `/points/search` is gone → 404), `1.18`
 * (legacy `/points/search` works), `1.10` (no DBSF, no `{"rrf":{…}}`).
 *
 * Run as a process: `deno run -A tests/sim/services/qdrant.ts --port 0`.
 *
 * @module
 */
import {
  type FakeService,
  type FakeServiceOptions,
  rawTarget,
  runAsMain,
  startFakeService,
} from "./_common.ts";

type Id = number | string;
interface Sparse {
  indices: number[];
  values: number[];
}
interface Point {
  id: Id;
  version: number;
  vectors: Record<string, number[] | Sparse>;
  payload: Record<string, unknown>;
}
interface VectorParams {
  size: number;
  distance: "Cosine" | "Dot" | "Euclid" | "Manhattan";
}
interface Collection {
  name: string;
  /** null name key "" means one unnamed vector. */
  vectors: Record<string, VectorParams>;
  unnamed: boolean;
  sparse: Record<string, { modifier: "idf" | "none" }>;
  points: Map<string, Point>;
  payloadSchema: Record<string, { data_type: string; points: number }>;
  opId: number;
  rawConfig: { vectors: unknown; sparse_vectors?: unknown };
}
interface Scored {
  point: Point;
  score: number;
}

/** Thrown inside handlers; becomes Qdrant's error envelope. */
class QdrantFail extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const DISTANCES = new Set(["Cosine", "Dot", "Euclid", "Manhattan"]);
const UUID_RE = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;
/** Qdrant's create-time rule: 1–255 characters without these. */
// deno-lint-ignore no-control-regex -- Qdrant refuses control characters in names on create
const STRICT_BAD = /[<>:"/\\|?*\u0000-\u001f]/;

/** The state a fake Qdrant keeps; tests may inspect it. */
export interface FakeQdrant extends FakeService {
  collections: Map<string, Collection>;
}

/** Options of {@link startFakeQdrant}. */
export type FakeQdrantOptions = FakeServiceOptions;

function envelope(result: unknown, startedMs: number, status = 200): Response {
  return new Response(
    JSON.stringify({ result, status: "ok", time: (performance.now() - startedMs) / 1000 }),
    { status, headers: { "content-type": "application/json" } },
  );
}

function failure(status: number, message: string, startedMs: number): Response {
  return new Response(
    JSON.stringify({ status: { error: message }, time: (performance.now() - startedMs) / 1000 }),
    { status, headers: { "content-type": "application/json" } },
  );
}

function notFoundCollection(name: string): QdrantFail {
  return new QdrantFail(404, `Not found: Collection \`${name}\` doesn't exist!`);
}

function badBody(msg: string): QdrantFail {
  return new QdrantFail(422, `Validation error in JSON body: [${msg}]`);
}

function formatError(msg: string): QdrantFail {
  return new QdrantFail(400, `Format error in JSON body: ${msg}`);
}

/** Normalises a point id: u64 or UUID (hyphenated, lower-case); anything else is a 400. */
function pointId(raw: unknown): { key: string; id: Id } {
  if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) {
    return { key: `n${raw}`, id: raw };
  }
  if (typeof raw === "string" && UUID_RE.test(raw)) {
    const hex = raw.replaceAll("-", "").toLowerCase();
    const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${
      hex.slice(20)
    }`;
    return { key: `u${id}`, id };
  }
  throw formatError(
    `value ${
      JSON.stringify(raw)
    } is not a valid point ID, valid values are either an unsigned integer or a UUID`,
  );
}

function isSparse(v: unknown): v is Sparse {
  return typeof v === "object" && v !== null && !Array.isArray(v) && "indices" in v;
}

function checkSparse(v: unknown, name: string): Sparse {
  const s = v as Sparse;
  if (!Array.isArray(s.indices) || !Array.isArray(s.values)) {
    throw badBody(`${name}: indices and values are required`);
  }
  if (s.indices.length !== s.values.length) {
    throw badBody(`${name}: indices and values must have the same length`);
  }
  if (new Set(s.indices).size !== s.indices.length) {
    throw badBody(`${name}: indices must be unique`);
  }
  if (s.indices.some((i) => !Number.isInteger(i) || i < 0 || i > 0xffffffff)) {
    throw formatError(`${name}: indices must be u32`);
  }
  return { indices: [...s.indices], values: [...s.values] };
}

function normalise(v: number[]): number[] {
  const n = Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return n === 0 ? v : v.map((x) => x / n);
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Payload values at a dotted key, arrays flattened (Qdrant's key semantics, `[]` suffix allowed). */
function valuesAt(payload: Record<string, unknown>, key: string): unknown[] {
  let current: unknown[] = [payload];
  for (const part of key.split(".")) {
    const name = part.endsWith("[]") ? part.slice(0, -2) : part;
    current = current.flatMap((v) => {
      if (typeof v !== "object" || v === null || Array.isArray(v)) return [];
      const next = (v as Record<string, unknown>)[name];
      return next === undefined ? [] : Array.isArray(next) ? next : [next];
    });
  }
  return current;
}

/** Evaluates Qdrant's filter subset on one point. */
function matches(filter: unknown, point: Point): boolean {
  if (filter === undefined || filter === null) return true;
  if (typeof filter !== "object" || Array.isArray(filter)) {
    throw formatError("filter must be an object");
  }
  const f = filter as Record<string, unknown>;
  const list = (v: unknown) => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
  const must = list(f.must);
  const should = list(f.should);
  const mustNot = list(f.must_not);
  if (!must.every((c) => condition(c, point))) return false;
  if (should.length > 0 && !should.some((c) => condition(c, point))) return false;
  if (mustNot.some((c) => condition(c, point))) return false;
  const min = f.min_should as { conditions?: unknown[]; min_count?: number } | undefined;
  if (min) {
    const hits = list(min.conditions).filter((c) => condition(c, point)).length;
    if (hits < (min.min_count ?? 1)) return false;
  }
  return true;
}

function condition(raw: unknown, point: Point): boolean {
  if (typeof raw !== "object" || raw === null) throw formatError("condition must be an object");
  const c = raw as Record<string, unknown>;
  if ("must" in c || "should" in c || "must_not" in c || "min_should" in c) {
    return matches(c, point);
  }
  if ("has_id" in c) {
    return list(c.has_id).some((id) => pointId(id).key === pointId(point.id).key);
  }
  if ("is_empty" in c) {
    const vs = valuesAt(point.payload, (c.is_empty as { key: string }).key);
    return vs.length === 0 || vs.every((v) => v === null);
  }
  if ("is_null" in c) {
    const key = (c.is_null as { key: string }).key;
    const top = key.split(".").reduce<unknown>(
      (
        o,
        k,
      ) => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[k] : undefined),
      point.payload,
    );
    return top === null;
  }
  if ("nested" in c) {
    const n = c.nested as { key: string; filter: unknown };
    return valuesAt(point.payload, n.key).some((obj) =>
      typeof obj === "object" && obj !== null &&
      matches(n.filter, { ...point, payload: obj as Record<string, unknown> })
    );
  }
  if (typeof c.key !== "string") {
    throw formatError("data did not match any variant of untagged enum Condition");
  }
  const values = valuesAt(point.payload, c.key);
  if ("match" in c) {
    const m = c.match as Record<string, unknown>;
    if ("value" in m) return values.some((v) => v === m.value);
    if ("any" in m) return values.some((v) => (m.any as unknown[]).includes(v));
    if ("except" in m) {
      return values.length === 0 || values.some((v) => !(m.except as unknown[]).includes(v));
    }
    if ("text" in m) {
      return values.some((v) =>
        typeof v === "string" && v.toLowerCase().includes(String(m.text).toLowerCase())
      );
    }
    throw formatError("match must have value, any, except or text");
  }
  if ("range" in c) {
    const r = c.range as Record<string, number | undefined>;
    return values.some((v) =>
      typeof v === "number" &&
      (r.gt === undefined || v > r.gt) && (r.gte === undefined || v >= r.gte) &&
      (r.lt === undefined || v < r.lt) && (r.lte === undefined || v <= r.lte)
    );
  }
  if ("values_count" in c) {
    const r = c.values_count as Record<string, number | undefined>;
    const n = values.length;
    return (r.gt === undefined || n > r.gt) && (r.gte === undefined || n >= r.gte) &&
      (r.lt === undefined || n < r.lt) && (r.lte === undefined || n <= r.lte);
  }
  throw formatError("data did not match any variant of untagged enum Condition");
}

function list(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

/** Qdrant's IDF: ln((N − n + 0.5) / (n + 0.5) + 1) over points that have the sparse vector. */
function idfOf(col: Collection, using: string, indices: number[]): Map<number, number> {
  let total = 0;
  const df = new Map<number, number>(indices.map((i) => [i, 0]));
  for (const p of col.points.values()) {
    const v = p.vectors[using];
    if (!isSparse(v)) continue;
    total++;
    for (const i of v.indices) if (df.has(i)) df.set(i, df.get(i)! + 1);
  }
  return new Map([...df].map(([i, n]) => [i, Math.log((total - n + 0.5) / (n + 0.5) + 1)]));
}

/** Starts the fake Qdrant on 127.0.0.1 (port 0 unless given). */
export async function startFakeQdrant(opts: FakeQdrantOptions = {}): Promise<FakeQdrant> {
  const collections = new Map<string, Collection>();

  function collection(name: string): Collection {
    const col = collections.get(name);
    if (!col) throw notFoundCollection(name);
    return col;
  }

  function legacyName(name: string): string {
    if (name.includes("/") || name.includes("\u0000") || name === "") {
      throw new QdrantFail(
        422,
        `Validation error in path parameters: [collection_name: must not contain "/" or NUL]`,
      );
    }
    return name;
  }

  function create(name: string, body: Record<string, unknown> | null): boolean {
    if (name.length < 1 || name.length > 255 || STRICT_BAD.test(name)) {
      throw new QdrantFail(
        422,
        `Validation error in path parameters: [collection_name: Collection name must not contain < > : " / \\ | ? * or control characters, and be 1-255 characters long]`,
      );
    }
    if (collections.has(name)) {
      throw new QdrantFail(409, `Wrong input: Collection \`${name}\` already exists!`);
    }
    const b = body ?? {};
    const vectors: Record<string, VectorParams> = {};
    let unnamed = false;
    const checkParams = (p: unknown, where: string): VectorParams => {
      const v = p as VectorParams;
      if (
        typeof v !== "object" || v === null || !Number.isInteger(v.size) || v.size < 1 ||
        v.size > 65536
      ) {
        throw badBody(`${where}.size: must be a positive integer`);
      }
      if (!DISTANCES.has(v.distance)) {
        throw badBody(`${where}.distance: unknown variant \`${String(v.distance)}\``);
      }
      return { size: v.size, distance: v.distance };
    };
    if (b.vectors !== undefined) {
      if (typeof b.vectors === "object" && b.vectors !== null && "size" in b.vectors) {
        vectors[""] = checkParams(b.vectors, "vectors");
        unnamed = true;
      } else if (typeof b.vectors === "object" && b.vectors !== null) {
        for (const [k, p] of Object.entries(b.vectors)) vectors[k] = checkParams(p, `vectors.${k}`);
      } else {
        throw badBody("vectors: invalid type");
      }
    }
    const sparse: Collection["sparse"] = {};
    if (b.sparse_vectors !== undefined && b.sparse_vectors !== null) {
      for (
        const [k, p] of Object.entries(
          b.sparse_vectors as Record<string, { modifier?: string } | null>,
        )
      ) {
        const modifier = p?.modifier ?? "none";
        if (modifier !== "idf" && modifier !== "none") {
          throw badBody(`sparse_vectors.${k}.modifier: unknown variant`);
        }
        sparse[k] = { modifier };
      }
    }
    collections.set(name, {
      name,
      vectors,
      unnamed,
      sparse,
      points: new Map(),
      payloadSchema: {},
      opId: 0,
      rawConfig: {
        vectors: unnamed ? vectors[""] : vectors,
        ...(Object.keys(sparse).length > 0 ? { sparse_vectors: sparse } : {}),
      },
    });
    return true;
  }

  function info(col: Collection): Record<string, unknown> {
    const points = col.points.size;
    return {
      status: "green",
      optimizer_status: "ok",
      indexed_vectors_count: 0,
      points_count: points,
      segments_count: 2,
      config: {
        params: {
          vectors: col.unnamed ? col.vectors[""] : col.vectors,
          shard_number: 1,
          replication_factor: 1,
          write_consistency_factor: 1,
          on_disk_payload: true,
          ...(Object.keys(col.sparse).length > 0 ? { sparse_vectors: col.sparse } : {}),
        },
        hnsw_config: {
          m: 16,
          ef_construct: 100,
          full_scan_threshold: 10000,
          max_indexing_threads: 0,
          on_disk: false,
        },
        optimizer_config: {
          deleted_threshold: 0.2,
          vacuum_min_vector_number: 1000,
          default_segment_number: 0,
          flush_interval_sec: 5,
        },
        wal_config: { wal_capacity_mb: 32, wal_segments_ahead: 0 },
        quantization_config: null,
        strict_mode_config: { enabled: false },
      },
      payload_schema: Object.fromEntries(
        Object.entries(col.payloadSchema).map(([k, v]) => [k, {
          ...v,
          points: [...col.points.values()].filter((p) => valuesAt(p.payload, k).length > 0).length,
        }]),
      ),
    };
  }

  function upsert(col: Collection, body: Record<string, unknown>): void {
    if (!Array.isArray(body.points)) {
      if (body.batch !== undefined) throw badBody("batch upserts are not simulated; send points");
      throw badBody("points: missing field `points`");
    }
    // Validate everything first: an upsert applies whole or not at all.
    const ready: Point[] = body.points.map((raw, i) => {
      const r = raw as { id?: unknown; vector?: unknown; payload?: unknown };
      const { id } = pointId(r.id);
      const vectors: Record<string, number[] | Sparse> = {};
      const given = Array.isArray(r.vector)
        ? { "": r.vector }
        : (r.vector ?? {}) as Record<string, unknown>;
      if (typeof given !== "object" || given === null) {
        throw formatError(`points[${i}].vector: invalid type`);
      }
      for (const [name, v] of Object.entries(given)) {
        const dense = col.vectors[name];
        const sparse = col.sparse[name];
        if (dense && Array.isArray(v)) {
          if (v.length !== dense.size) {
            throw new QdrantFail(
              400,
              `Wrong input: Vector dimension error: expected dim: ${dense.size}, got ${v.length}`,
            );
          }
          if (!v.every((x) => typeof x === "number" && Number.isFinite(x))) {
            throw formatError(`points[${i}].vector.${name}: not numbers`);
          }
          vectors[name] = dense.distance === "Cosine"
            ? normalise(v as number[])
            : [...v as number[]];
        } else if (sparse && isSparse(v)) {
          vectors[name] = checkSparse(v, `points[${i}].vector.${name}`);
        } else {
          throw new QdrantFail(400, `Wrong input: Not existing vector name error: ${name}`);
        }
      }
      const payload = r.payload ?? {};
      if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
        throw formatError(`points[${i}].payload: invalid type: expected a map`);
      }
      return {
        id,
        version: 0,
        vectors,
        payload: structuredClone(payload) as Record<string, unknown>,
      };
    });
    const op = ++col.opId;
    for (const p of ready) col.points.set(pointId(p.id).key, { ...p, version: op });
  }

  function selectPoints(col: Collection, body: Record<string, unknown>): Point[] {
    if (Array.isArray(body.points)) {
      const keys = new Set(body.points.map((id) => pointId(id).key));
      return [...col.points.entries()].filter(([k]) => keys.has(k)).map(([, p]) => p);
    }
    if (body.filter !== undefined) {
      return [...col.points.values()].filter((p) => matches(body.filter, p));
    }
    throw badBody("PointsSelector: expected points or filter");
  }

  function render(p: Point, score: number | null, withPayload: unknown, withVector: unknown) {
    const out: Record<string, unknown> = { id: p.id, version: p.version };
    if (score !== null) out.score = score;
    if (withPayload === true) out.payload = structuredClone(p.payload);
    else if (Array.isArray(withPayload)) {
      out.payload = Object.fromEntries(
        withPayload.filter((k) => k in p.payload).map((k) => [k, p.payload[k]]),
      );
    }
    if (withVector === true) out.vector = col2vector(p);
    return out;
  }

  function col2vector(p: Point): unknown {
    return "" in p.vectors && Object.keys(p.vectors).length === 1 ? p.vectors[""] : p.vectors;
  }

  function byId(a: Point, b: Point): number {
    const ka = typeof a.id === "number" ? a.id : Number.MAX_SAFE_INTEGER;
    const kb = typeof b.id === "number" ? b.id : Number.MAX_SAFE_INTEGER;
    return ka - kb || String(a.id).localeCompare(String(b.id));
  }

  /** Runs one (possibly nested) query; `filter` is inherited by prefetches. */
  function runQuery(
    col: Collection,
    q: Record<string, unknown>,
    inheritedFilter: unknown,
    profile: string,
    top: boolean,
  ): Scored[] {
    const filter = mergeFilters(inheritedFilter, q.filter);
    const limit = q.limit === undefined ? 10 : Number(q.limit);
    const offset = top && q.offset !== undefined ? Number(q.offset) : 0;
    if (!Number.isInteger(limit) || limit < 0) {
      throw badBody("limit: must be a non-negative integer");
    }
    const candidates = [...col.points.values()].filter((p) => matches(filter, p));
    const prefetch = list(q.prefetch) as Record<string, unknown>[];
    let query = q.query as unknown;
    if (typeof query === "object" && query !== null && "nearest" in query) {
      query = (query as { nearest: unknown }).nearest;
    }
    let scored: Scored[];
    let higherIsBetter = true;
    if (query === undefined || query === null) {
      if (prefetch.length > 0) {
        scored = runQuery(col, prefetch[0], filter, profile, false);
      } else {
        scored = candidates.sort(byId).map((point) => ({ point, score: 0 }));
      }
    } else if (
      typeof query === "object" && !Array.isArray(query) && ("fusion" in query || "rrf" in query)
    ) {
      const fq = query as { fusion?: string; rrf?: { k?: number; weights?: number[] } };
      if (fq.rrf !== undefined && profile === "1.10") throw badBody("query: unknown variant `rrf`");
      if (fq.fusion === "dbsf" && profile === "1.10") {
        throw badBody("query.fusion: unknown variant `dbsf`");
      }
      if (fq.fusion !== undefined && fq.fusion !== "rrf" && fq.fusion !== "dbsf") {
        throw badBody(
          `query.fusion: unknown variant \`${fq.fusion}\`, expected \`rrf\` or \`dbsf\``,
        );
      }
      const lists = prefetch.map((p) => runQuery(col, p, filter, profile, false));
      if (fq.fusion === "dbsf") scored = dbsf(lists);
      else {
        const weights = fq.rrf?.weights;
        if (weights !== undefined && weights.length !== lists.length) {
          throw badBody(`query.rrf.weights: expected ${lists.length} weights, one per prefetch`);
        }
        scored = rrf(lists, fq.rrf?.k ?? 2, weights);
      }
    } else {
      const using = typeof q.using === "string" ? q.using : "";
      // With prefetches, the main query rescores only the prefetched points.
      const pool = prefetch.length > 0
        ? unique(
          prefetch.flatMap((p) => runQuery(col, p, filter, profile, false)).map((s) => s.point),
        )
        : candidates;
      if (Array.isArray(query)) {
        const params = col.vectors[using];
        if (!params) {
          throw new QdrantFail(400, `Wrong input: Not existing vector name error: ${using}`);
        }
        if (query.length !== params.size) {
          throw new QdrantFail(
            400,
            `Wrong input: Vector dimension error: expected dim: ${params.size}, got ${query.length}`,
          );
        }
        const qv = params.distance === "Cosine" ? normalise(query as number[]) : query as number[];
        higherIsBetter = params.distance === "Cosine" || params.distance === "Dot";
        scored = pool.flatMap((point) => {
          const v = point.vectors[using];
          if (!Array.isArray(v)) return [];
          const score = params.distance === "Euclid"
            ? Math.sqrt(v.reduce((s, x, i) => s + (x - qv[i]) ** 2, 0))
            : params.distance === "Manhattan"
            ? v.reduce((s, x, i) => s + Math.abs(x - qv[i]), 0)
            : dot(v, qv);
          return [{ point, score }];
        });
      } else if (isSparse(query)) {
        const sq = checkSparse(query, "query");
        const params = col.sparse[using];
        if (!params) {
          throw new QdrantFail(400, `Wrong input: Not existing vector name error: ${using}`);
        }
        const idf = params.modifier === "idf" ? idfOf(col, using, sq.indices) : null;
        const weight = new Map(sq.indices.map((i, k) => [i, sq.values[k] * (idf?.get(i) ?? 1)]));
        scored = pool.flatMap((point) => {
          const v = point.vectors[using];
          if (!isSparse(v)) return [];
          let score = 0;
          let overlap = false;
          v.indices.forEach((i, k) => {
            const w = weight.get(i);
            if (w !== undefined) {
              score += w * v.values[k];
              overlap = true;
            }
          });
          return overlap ? [{ point, score }] : [];
        });
      } else {
        throw badBody("query: data did not match any variant of untagged enum QueryInterface");
      }
      scored.sort((a, b) => (higherIsBetter ? b.score - a.score : a.score - b.score));
    }
    if (q.score_threshold !== undefined && q.score_threshold !== null) {
      const t = Number(q.score_threshold);
      scored = scored.filter((s) => (higherIsBetter ? s.score >= t : s.score <= t));
    }
    return scored.slice(offset, offset + limit);
  }

  return Object.assign(
    await startFakeService("qdrant", (req, svc) => handle(req, svc), { profile: "1.19", ...opts }),
    { collections },
  ) as FakeQdrant;

  async function handle(req: Request, svc: FakeService): Promise<Response> {
    const started = performance.now();
    const target = rawTarget(req.url);
    const [rawPath, rawQuery = ""] = target.split("?", 2);
    const params = new URLSearchParams(rawQuery);
    let segs: string[];
    try {
      segs = rawPath.split("/").slice(1).map(decodeURIComponent);
    } catch {
      return new Response(null, { status: 404 });
    }
    try {
      const length = Number(req.headers.get("content-length") ?? 0);
      if (length > 32 * 1024 * 1024) throw new QdrantFail(413, "Payload too large");
      let body: Record<string, unknown> | null = null;
      if (req.method !== "GET" && req.method !== "DELETE") {
        const text = await req.text();
        if (text !== "") {
          try {
            body = JSON.parse(text);
          } catch (err) {
            throw formatError(err instanceof Error ? err.message : "malformed JSON");
          }
          if (typeof body !== "object" || body === null || Array.isArray(body)) {
            throw formatError("invalid type: expected a map");
          }
        }
      }
      const route = `${req.method} /${
        segs.map((s, i) => (i === 1 && segs[0] === "collections" ? "{name}" : s)).join("/")
      }`;
      const wait = params.get("wait") === "true";
      const opResult = (col: Collection) => ({
        operation_id: col.opId,
        status: wait ? "completed" : "acknowledged",
      });
      const name = segs[1] ?? "";
      switch (route) {
        case "GET /":
          return envelopeRaw({
            title: "qdrant - vector search engine",
            version: svc.profile === "1.10" ? "1.10.1" : `${svc.profile}.0`,
            commit: "0000000000000000000000000000000000000000",
          });
        case "GET /healthz":
        case "GET /readyz":
        case "GET /livez":
          return new Response(`${segs[0]} check passed`, {
            headers: { "content-type": "text/plain" },
          });
        case "GET /collections":
          return envelope(
            { collections: [...collections.keys()].map((n) => ({ name: n })) },
            started,
          );
        case "PUT /collections/{name}":
        case "POST /collections/{name}":
          if (req.method === "POST") break;
          return envelope(create(name, body), started);
        case "GET /collections/{name}":
          return envelope(info(collection(legacyName(name))), started);
        case "DELETE /collections/{name}":
          return envelope(collections.delete(legacyName(name)), started);
        case "GET /collections/{name}/exists":
          return envelope({ exists: collections.has(legacyName(name)) }, started);
        case "PUT /collections/{name}/index": {
          const col = collection(legacyName(name));
          const field = body?.field_name;
          if (typeof field !== "string" || field === "") throw badBody("field_name: missing");
          const schema = typeof body?.field_schema === "string"
            ? body.field_schema
            : (body?.field_schema as { type?: string } | undefined)?.type ?? "keyword";
          col.payloadSchema[field] = { data_type: schema, points: 0 };
          col.opId++;
          return envelope(opResult(col), started);
        }
        case "PUT /collections/{name}/points": {
          const col = collection(legacyName(name));
          upsert(col, body ?? {});
          return envelope(opResult(col), started);
        }
        case "POST /collections/{name}/points": {
          const col = collection(legacyName(name));
          const ids = list(body?.ids);
          const keys = ids.map((id) => pointId(id).key);
          const found = keys.flatMap((k) => (col.points.has(k) ? [col.points.get(k)!] : []));
          return envelope(
            found.map((p) =>
              render(p, null, body?.with_payload ?? true, body?.with_vector ?? false)
            ),
            started,
          );
        }
        case "POST /collections/{name}/points/delete": {
          const col = collection(legacyName(name));
          for (const p of selectPoints(col, body ?? {})) col.points.delete(pointId(p.id).key);
          col.opId++;
          return envelope(opResult(col), started);
        }
        case "POST /collections/{name}/points/count": {
          const col = collection(legacyName(name));
          const n = [...col.points.values()].filter((p) => matches(body?.filter, p)).length;
          return envelope({ count: n }, started);
        }
        case "POST /collections/{name}/points/scroll": {
          const col = collection(legacyName(name));
          const limit = Number(body?.limit ?? 10);
          const all = [...col.points.values()].filter((p) => matches(body?.filter, p)).sort(byId);
          let start = 0;
          if (body?.offset !== undefined && body.offset !== null) {
            const key = pointId(body.offset).key;
            start = Math.max(0, all.findIndex((p) => pointId(p.id).key === key));
          }
          const page = all.slice(start, start + limit);
          return envelope({
            points: page.map((p) =>
              render(p, null, body?.with_payload ?? true, body?.with_vector ?? false)
            ),
            next_page_offset: all[start + limit]?.id ?? null,
          }, started);
        }
        case "POST /collections/{name}/points/query": {
          const col = collection(legacyName(name));
          const q = body ?? {};
          const hits = runQuery(col, q, undefined, svc.profile, true);
          return envelope({
            points: hits.map((s) =>
              render(s.point, s.score, q.with_payload ?? false, q.with_vector ?? false)
            ),
          }, started);
        }
        case "POST /collections/{name}/points/query/batch": {
          const col = collection(legacyName(name));
          const searches = body?.searches;
          if (!Array.isArray(searches)) throw badBody("searches: missing field `searches`");
          return envelope(
            searches.map((q: Record<string, unknown>) => ({
              points: runQuery(col, q, undefined, svc.profile, true).map((s) =>
                render(s.point, s.score, q.with_payload ?? false, q.with_vector ?? false)
              ),
            })),
            started,
          );
        }
        case "POST /collections/{name}/points/search": {
          if (svc.profile !== "1.18" && svc.profile !== "1.10") break;
          const col = collection(legacyName(name));
          const b = body ?? {};
          const vec = b.vector as unknown;
          const named =
            typeof vec === "object" && vec !== null && !Array.isArray(vec) && "name" in vec
              ? vec as { name: string; vector: unknown }
              : { name: "", vector: vec };
          const hits = runQuery(
            col,
            {
              query: named.vector,
              using: named.name,
              filter: b.filter,
              limit: b.limit,
              offset: b.offset,
              score_threshold: b.score_threshold,
            },
            undefined,
            svc.profile,
            true,
          );
          return envelope(
            hits.map((s) =>
              render(s.point, s.score, b.with_payload ?? false, b.with_vector ?? false)
            ),
            started,
          );
        }
        default:
          if (
            req.method === "GET" && segs[0] === "collections" && segs[2] === "points" &&
            segs.length === 4
          ) {
            const col = collection(legacyName(name));
            const p = col.points.get(
              pointId(/^\d+$/.test(segs[3]) ? Number(segs[3]) : segs[3]).key,
            );
            if (!p) {
              throw new QdrantFail(404, `Not found: Point with id ${segs[3]} does not exists!`);
            }
            return envelope(render(p, null, true, true), started);
          }
      }
      // Actix answers unknown routes with an empty 404.
      return new Response(null, { status: 404 });
    } catch (err) {
      if (err instanceof QdrantFail) return failure(err.status, err.message, started);
      throw err;
    }
  }
}

function envelopeRaw(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { "content-type": "application/json" } });
}

function mergeFilters(a: unknown, b: unknown): unknown {
  if (a === undefined || a === null) return b;
  if (b === undefined || b === null) return a;
  return { must: [a, b] };
}

function unique(points: Point[]): Point[] {
  const seen = new Set<Id>();
  return points.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** RRF: rank p (0-based) scores 1 / ((p+1)/w + k − 1), summed over lists; ties keep first-seen order. */
export function rrf(lists: Scored[][], k: number, weights?: number[]): Scored[] {
  const acc = new Map<Id, Scored>();
  lists.forEach((l, li) => {
    const w = weights?.[li] ?? 1;
    l.forEach((s, p) => {
      const add = 1 / ((p + 1) / w + k - 1);
      const cur = acc.get(s.point.id);
      if (cur) cur.score += add;
      else acc.set(s.point.id, { point: s.point, score: add });
    });
  });
  return [...acc.values()].sort((a, b) => b.score - a.score);
}

/** DBSF: per list (s − (μ − 3σ)) / 6σ (one item or no spread → 0.5), summed. */
export function dbsf(lists: Scored[][]): Scored[] {
  const acc = new Map<Id, Scored>();
  for (const l of lists) {
    const n = l.length;
    const mean = l.reduce((s, x) => s + x.score, 0) / Math.max(1, n);
    const sd = Math.sqrt(l.reduce((s, x) => s + (x.score - mean) ** 2, 0) / Math.max(1, n));
    for (const s of l) {
      const v = n <= 1 || sd === 0 ? 0.5 : (s.score - (mean - 3 * sd)) / (6 * sd);
      const cur = acc.get(s.point.id);
      if (cur) cur.score += v;
      else acc.set(s.point.id, { point: s.point, score: v });
    }
  }
  return [...acc.values()].sort((a, b) => b.score - a.score);
}

if (import.meta.main) await runAsMain(startFakeQdrant);
