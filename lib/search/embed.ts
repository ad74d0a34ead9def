/**
 * spark-embed as the search module uses it (CONTRACTS.md §9): dense
 * embeddings in batches and rerank, each call admitted through the
 * gateway's `embed` queue so indexing shares the limit with `/v1/embeddings`.
 * Answers are parsed tolerantly (OpenAI, Cohere/Jina and bare-array rerank
 * shapes) and checked strictly (count, order, dimension, finite numbers).
 */
import { UpstreamError } from "../errors.ts";
import { requestJson, type UpstreamMeter } from "./_http.ts";
import { buildUrl } from "./names.ts";

/** Something that runs a call under an admission limit (the gateway's `Admission`). */
export interface Admit {
  run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
}

/** Options for {@link EmbedClient}. */
export interface EmbedClientOptions {
  base: () => string;
  fetch: typeof fetch;
  timeoutMs: number;
  model: string;
  /** The gateway's embed queue; calls run directly without one. */
  admission?: () => Admit | undefined;
}

/** One rerank result: input position and raw score (a logit for bge-reranker). */
export interface RerankResult {
  index: number;
  score: number;
}

/** Per-call options. */
export interface EmbedCallOptions {
  signal?: AbortSignal;
  meter?: UpstreamMeter;
}

function bad(message: string): UpstreamError {
  return new UpstreamError("embed", `spark-embed sent an unexpected answer: ${message}`);
}

/** A client for spark-embed's `/v1/embeddings` and `/v1/rerank`. */
export class EmbedClient {
  #opts: EmbedClientOptions;

  constructor(opts: EmbedClientOptions) {
    this.#opts = opts;
  }

  #admit<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const admission = this.#opts.admission?.();
    return admission ? admission.run(fn, signal) : fn();
  }

  async #post(path: string[], body: unknown, opts: EmbedCallOptions): Promise<unknown> {
    const url = buildUrl(this.#opts.base(), path);
    return await this.#admit(
      () =>
        requestJson(url, {
          service: "embed",
          fetch: this.#opts.fetch,
          timeoutMs: this.#opts.timeoutMs,
          method: "POST",
          body,
          signal: opts.signal,
          meter: opts.meter,
        }),
      opts.signal,
    );
  }

  /** Embeds `texts` in one call; vectors come back in input order, each of length `dim`. */
  async embed(texts: string[], dim: number, opts: EmbedCallOptions = {}): Promise<number[][]> {
    const body = await this.#post(
      ["v1", "embeddings"],
      { input: texts, model: this.#opts.model },
      opts,
    );
    const data = (body as { data?: unknown } | null)?.data;
    if (!Array.isArray(data) || data.length !== texts.length) {
      throw bad(
        `expected ${texts.length} embeddings, got ${Array.isArray(data) ? data.length : "none"}`,
      );
    }
    const out = new Array<number[]>(texts.length);
    data.forEach((item, pos) => {
      const d = item as { index?: unknown; embedding?: unknown };
      const index = typeof d.index === "number" ? d.index : pos;
      const v = d.embedding;
      if (
        !Number.isInteger(index) || index < 0 || index >= texts.length || out[index] !== undefined
      ) {
        throw bad(`embedding index ${String(d.index)} is out of range or repeated`);
      }
      if (
        !Array.isArray(v) || v.length !== dim ||
        !v.every((x) => typeof x === "number" && Number.isFinite(x))
      ) {
        throw bad(
          `embedding ${index} is not ${dim} finite numbers (got ${
            Array.isArray(v) ? v.length : typeof v
          })`,
        );
      }
      out[index] = v;
    });
    return out;
  }

  /** Scores `documents` against `query`; results sorted by descending score. */
  async rerank(
    query: string,
    documents: string[],
    opts: EmbedCallOptions = {},
  ): Promise<RerankResult[]> {
    const body = await this.#post(["v1", "rerank"], {
      query,
      documents,
      top_n: documents.length,
      return_documents: false,
    }, opts);
    const list = Array.isArray(body)
      ? body
      : (body as { results?: unknown; data?: unknown } | null)?.results ??
        (body as { data?: unknown } | null)?.data;
    if (!Array.isArray(list)) throw bad("rerank answer has no results");
    const out = list.map((r) => {
      const item = r as { index?: unknown; relevance_score?: unknown; score?: unknown };
      const score = item.relevance_score ?? item.score;
      if (
        typeof item.index !== "number" || !Number.isInteger(item.index) || item.index < 0 ||
        item.index >= documents.length || typeof score !== "number" || !Number.isFinite(score)
      ) {
        throw bad("rerank result without a valid index and score");
      }
      return { index: item.index, score };
    });
    return out.sort((a, b) => b.score - a.score);
  }
}
