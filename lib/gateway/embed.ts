import { UpstreamError } from "../errors.ts";
import type { ClientRequest, GatewayDeps } from "./_context.ts";
import { postJson } from "./call.ts";
import { encodeBase64 } from "./_base64.ts";

type Json = Record<string, unknown>;

/** One rerank hit, in spark-embed's shape. */
export interface RerankResult {
  index: number;
  /** The reranker's raw logit (can be negative): what existing clients expect. */
  relevance_score: number;
  /** sigmoid(relevance_score), 0..1; only with `normalize=true`. */
  normalized_score?: number;
  document?: { text: string };
}

/** `{"object":"rerank.result", …}` as the gateway answers it. */
export interface RerankResponse {
  object: "rerank.result";
  model: string | null;
  results: RerankResult[];
}

/** The logistic function: maps a reranker logit to 0..1. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Reads every rerank shape seen in the wild (CONTRACTS §9): spark-embed's
 * `{results:[{index, relevance_score}]}`, Cohere/Jina's with
 * `document:{text}` or a string document, `meta` and `usage`, and a bare
 * `[{index, score}]` array. Results come back sorted by score, best first.
 */
export function normalizeRerank(
  body: unknown,
  opts: { normalize?: boolean; model?: string | null } = {},
): RerankResponse {
  const list = Array.isArray(body) ? body : (body as Json | null)?.results;
  if (!Array.isArray(list)) {
    throw new UpstreamError("embed", "embed sent a rerank answer in an unknown shape");
  }
  const results: RerankResult[] = [];
  for (const item of list) {
    if (typeof item !== "object" || item === null) continue;
    const o = item as Json;
    const score = typeof o.relevance_score === "number"
      ? o.relevance_score
      : typeof o.score === "number"
      ? o.score
      : null;
    if (typeof o.index !== "number" || score === null) continue;
    const r: RerankResult = { index: o.index, relevance_score: score };
    if (opts.normalize) r.normalized_score = sigmoid(score);
    const doc = o.document;
    if (typeof doc === "string") r.document = { text: doc };
    else if (typeof doc === "object" && doc !== null && typeof (doc as Json).text === "string") {
      r.document = { text: (doc as Json).text as string };
    }
    results.push(r);
  }
  results.sort((a, b) => b.relevance_score - a.relevance_score);
  const model = !Array.isArray(body) && typeof (body as Json).model === "string"
    ? (body as Json).model as string
    : opts.model ?? null;
  return { object: "rerank.result", model, results };
}

/**
 * Encodes float embeddings as base64 float32 (little-endian), the format
 * the OpenAI SDKs ask for by default and decode themselves. spark-embed
 * only sends float arrays, so the gateway does the conversion.
 */
export function embeddingsAsBase64(body: Json): Json {
  const data = Array.isArray(body.data) ? body.data : [];
  for (const item of data) {
    const e = (item as Json)?.embedding;
    if (!Array.isArray(e)) continue;
    const floats = new Float32Array(e as number[]);
    (item as Json).embedding = encodeBase64(new Uint8Array(floats.buffer));
  }
  return body;
}

/** `/v1/embeddings` through spark-embed's queue; honours `encoding_format`. */
export async function embeddings(
  deps: GatewayDeps,
  client: ClientRequest,
  body: Json,
): Promise<Json> {
  const { encoding_format: format, ...rest } = body;
  const res = await postJson(deps, client, {
    kind: "embed",
    path: "/v1/embeddings",
    json: rest,
    whole: true,
  });
  const answer = await readJson(res);
  return format === "base64" ? embeddingsAsBase64(answer) : answer;
}

/** `/v1/rerank` through spark-embed's queue, normalised to `rerank.result`. */
export async function rerank(
  deps: GatewayDeps,
  client: ClientRequest,
  body: Json,
  opts: { normalize: boolean },
): Promise<RerankResponse> {
  const res = await postJson(deps, client, {
    kind: "embed",
    path: "/v1/rerank",
    json: body,
    whole: true,
  });
  const answer = await readJson(res);
  return normalizeRerank(answer, {
    normalize: opts.normalize,
    model: typeof body.model === "string" ? body.model : null,
  });
}

async function readJson(res: Response): Promise<Json> {
  try {
    return await res.json();
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    throw new UpstreamError("embed", "embed sent an answer that is not JSON", { cause: err });
  }
}
