/**
 * A fake spark-embed (CONTRACTS.md §9): `POST /v1/embeddings` returns
 * 1024-d L2-normalised vectors built from a hashed bag of words (so texts
 * sharing words, or words from one synonym group, score higher), in input
 * order, with usage 0; `POST /v1/rerank` scores documents against the query
 * and answers sorted, honouring `top_n` and `return_documents`. Errors use
 * FastAPI's bodies (`{"detail": …}`).
 *
 * Profiles: `logit` (default: raw logits, may be negative), `sigmoid`
 * (scores in 0–1), `cohere` (`document: {text}`, `meta`, `usage`), `bare`
 * (rerank answers a bare `[{"index","score"}]` array).
 *
 * Run as a process: `deno run -A tests/sim/services/embed.ts --port 0`.
 *
 * @module
 */
import {
  type FakeService,
  type FakeServiceOptions,
  json,
  runAsMain,
  startFakeService,
} from "./_common.ts";

/** bge-m3's dense size. */
export const EMBED_DIM = 1024;

/** The model ids spark-embed reports. */
export const EMBED_MODEL = "BAAI/bge-m3";
/** The reranker's model id. */
export const RERANK_MODEL = "BAAI/bge-reranker-v2-m3";

/**
 * Words that mean the same thing share one feature, so the fake's dense
 * vectors find paraphrases that keyword search misses (as a real model would).
 */
const SYNONYMS: readonly (readonly string[])[] = [
  ["car", "automobile", "vehicle", "auto"],
  ["doctor", "physician", "clinician", "medic"],
  ["invoice", "bill", "receipt"],
  ["customer", "client", "buyer", "account"],
  ["meeting", "call", "appointment", "session"],
  ["price", "cost", "pricing", "quote", "fee"],
  ["contract", "agreement", "deal"],
  ["cancel", "terminate", "churn", "quit"],
  ["ship", "deliver", "delivery", "shipping", "shipment"],
  ["bug", "defect", "issue", "fault"],
  ["happy", "satisfied", "pleased", "glad"],
  ["angry", "upset", "frustrated", "annoyed"],
];
const CONCEPT = new Map<string, string>(
  SYNONYMS.flatMap((group) => group.map((w) => [w, `concept:${group[0]}`] as const)),
);

/** FNV-1a over UTF-16 units: stable, tiny, good enough to spread features. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Lower-cased word features of a text (crude plural folding so "cars" meets "car"). */
function features(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((w) => {
    const base = w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
    return CONCEPT.get(base) ?? base;
  });
}

/** The fake's embedding of `text`: deterministic, unit length, similar texts closer. */
export function fakeEmbedding(text: string): number[] {
  const v = new Float64Array(EMBED_DIM);
  for (const f of features(text)) {
    // Each feature lands on three signed dimensions, which keeps collisions mild.
    for (let k = 0; k < 3; k++) {
      const h = fnv1a(f, 0x811c9dc5 ^ (k * 0x9e3779b9));
      v[h % EMBED_DIM] += (h & 0x80000000) === 0 ? 1 : -1;
    }
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  if (norm === 0) {
    // No words at all: still a unit vector, as the real model always returns one.
    v[0] = 1;
    norm = 1;
  }
  const inv = 1 / Math.sqrt(norm);
  return Array.from(v, (x) => x * inv);
}

/** Cosine of two unit vectors. */
function dot(a: readonly number[], b: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** The fake reranker's raw logit for (query, document): about −6 for unrelated, up to +6. */
export function fakeRerankLogit(query: string, document: string): number {
  return Math.round((12 * dot(fakeEmbedding(query), fakeEmbedding(document)) - 6) * 1e4) / 1e4;
}

/** A FastAPI 422 body for one failing field. */
function validationError(loc: (string | number)[], msg: string, type: string, input: unknown) {
  return json({ detail: [{ type, loc, msg, input }] }, 422);
}

/** Reads a JSON body like FastAPI does: malformed JSON is a 422 `json_invalid`. */
async function readJson(
  req: Request,
): Promise<{ ok: true; body: unknown } | { ok: false; res: Response }> {
  const text = await req.text();
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (err) {
    return {
      ok: false,
      res: validationError(["body", 0], "JSON decode error", "json_invalid", {
        error: err instanceof Error ? err.message : String(err),
      }),
    };
  }
}

async function embeddings(req: Request, svc: FakeService): Promise<Response> {
  const parsed = await readJson(req);
  if (!parsed.ok) return parsed.res;
  const body = parsed.body as Record<string, unknown> | null;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return validationError(["body"], "Input should be a valid dictionary", "dict_type", body);
  }
  const input = body.input;
  if (input === undefined) {
    return validationError(["body", "input"], "Field required", "missing", body);
  }
  const inputs = typeof input === "string" ? [input] : input;
  if (!Array.isArray(inputs) || inputs.some((s) => typeof s !== "string")) {
    return validationError(
      ["body", "input"],
      "Input should be a valid string",
      "string_type",
      input,
    );
  }
  if (inputs.length === 0 || inputs.some((s) => s === "")) {
    return json({
      detail: "input must be a non-empty string or a non-empty list of non-empty strings",
    }, 400);
  }
  svc.stats.embedCalls = (svc.stats.embedCalls ?? 0) + 1;
  svc.stats.embedInputs = (svc.stats.embedInputs ?? 0) + inputs.length;
  return json({
    object: "list",
    data: (inputs as string[]).map((text, index) => ({
      object: "embedding",
      index,
      embedding: fakeEmbedding(text),
    })),
    model: typeof body.model === "string" && body.model !== "" ? body.model : EMBED_MODEL,
    usage: { prompt_tokens: 0, total_tokens: 0 },
  });
}

async function rerank(req: Request, svc: FakeService): Promise<Response> {
  const parsed = await readJson(req);
  if (!parsed.ok) return parsed.res;
  const body = parsed.body as Record<string, unknown> | null;
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return validationError(["body"], "Input should be a valid dictionary", "dict_type", body);
  }
  if (typeof body.query !== "string") {
    return body.query === undefined
      ? validationError(["body", "query"], "Field required", "missing", body)
      : validationError(
        ["body", "query"],
        "Input should be a valid string",
        "string_type",
        body.query,
      );
  }
  const docs = body.documents;
  if (docs === undefined) {
    return validationError(["body", "documents"], "Field required", "missing", body);
  }
  if (!Array.isArray(docs) || docs.some((d) => typeof d !== "string")) {
    return validationError(
      ["body", "documents"],
      "Input should be a valid list of strings",
      "list_type",
      docs,
    );
  }
  if (body.query === "" || docs.length === 0) {
    return json({ detail: "query and documents must not be empty" }, 400);
  }
  const topN = body.top_n ?? null;
  if (topN !== null && (typeof topN !== "number" || !Number.isInteger(topN) || topN < 1)) {
    return validationError(
      ["body", "top_n"],
      "Input should be greater than or equal to 1",
      "greater_than_equal",
      topN,
    );
  }
  svc.stats.rerankCalls = (svc.stats.rerankCalls ?? 0) + 1;
  const query = body.query;
  const returnDocs = body.return_documents === true;
  const sigmoid = svc.profile === "sigmoid";
  const scored = (docs as string[]).map((text, index) => {
    const logit = fakeRerankLogit(query, text);
    return { index, text, score: sigmoid ? 1 / (1 + Math.exp(-logit)) : logit };
  });
  // Stable sort: equal scores keep input order, as a sorted() in Python would.
  scored.sort((a, b) => b.score - a.score);
  const top = scored.slice(0, topN === null ? scored.length : (topN as number));
  if (svc.profile === "bare") return json(top.map((r) => ({ index: r.index, score: r.score })));
  const cohere = svc.profile === "cohere";
  return json({
    ...(cohere ? { id: `rerank-${fnv1a(query).toString(16)}` } : { object: "rerank.result" }),
    model: RERANK_MODEL,
    results: top.map((r) => ({
      index: r.index,
      relevance_score: r.score,
      ...(returnDocs ? { document: cohere ? { text: r.text } : r.text } : {}),
    })),
    ...(cohere ? { meta: { billed_units: { search_units: 1 } }, usage: { total_tokens: 0 } } : {}),
  });
}

/** Starts the fake spark-embed on 127.0.0.1 (port 0 unless given). */
export function startFakeEmbed(opts: FakeServiceOptions = {}): Promise<FakeService> {
  return startFakeService("spark-embed", (req, svc) => {
    const path = new URL(req.url).pathname;
    const route = path === "/v1/embeddings" || path === "/embeddings"
      ? embeddings
      : path === "/v1/rerank" || path === "/rerank"
      ? rerank
      : null;
    if (route === null) return json({ detail: "Not Found" }, 404);
    if (req.method !== "POST") {
      return json({ detail: "Method Not Allowed" }, 405, { allow: "POST" });
    }
    return route(req, svc);
  }, { profile: "logit", ...opts });
}

if (import.meta.main) await runAsMain(startFakeEmbed);
