import type { Clock } from "../clock.ts";
import type { ServiceKind } from "../config/mod.ts";
import type { ProbeResult } from "./service_state.ts";
import { parseVllmMetrics, type VllmNumbers } from "./vllm_metrics.ts";

/** Probe timing: slower than `softMs` reads as busy, no answer by `hardMs` as a timeout. */
export interface ProbeTiming {
  softMs: number;
  hardMs: number;
}

/** Defaults: a loaded GB10 can take seconds to answer `/health`; that is busy, not down. */
export const DEFAULT_TIMING: ProbeTiming = { softMs: 1_500, hardMs: 5_000 };

/** What vLLM says about itself, beyond being alive. Unknown fields are null. */
export interface VllmDetail {
  model: string | null;
  maxModelLen: number | null;
  version: string | null;
  numbers: VllmNumbers | null;
}

/** A probe result plus service-specific detail. */
export interface ServiceProbe {
  result: ProbeResult;
  vllm?: VllmDetail;
}

/** The liveness path of each HTTP service (CONTRACTS.md; parakeet's is `/health`, `/healthz` on some builds). */
const HEALTH_PATHS: Partial<Record<ServiceKind, string[]>> = {
  vllm: ["/health"],
  asr: ["/health", "/healthz"],
  tts: ["/health"],
  // spark-embed documents no health route; any HTTP answer below 500 from its root means the
  // server is up, without spending a GPU call per second on a one-input embedding.
  embed: ["/"],
  qdrant: ["/healthz"],
};

/**
 * Probes one HTTP service. Never throws: every failure is a value saying
 * why (refused, timeout, HTTP status). For vLLM, a healthy probe also reads
 * `/v1/models`, `/version` and `/metrics` (each optional).
 */
export async function probeService(
  kind: ServiceKind,
  baseUrl: string,
  io: { fetch: typeof fetch; clock: Clock },
  timing: ProbeTiming = DEFAULT_TIMING,
): Promise<ServiceProbe> {
  const paths = HEALTH_PATHS[kind];
  const started = io.clock.now();
  if (!paths) {
    return {
      result: { ok: false, atMs: started, reason: "error", message: `no HTTP probe for ${kind}` },
    };
  }
  let last: ProbeResult | null = null;
  for (const path of paths) {
    const res = await timedFetch(`${baseUrl}${path}`, io, timing.hardMs);
    const atMs = io.clock.now();
    if (!res.ok) return { result: { ok: false, atMs, ...res.failure } };
    const status = res.response.status;
    await res.response.body?.cancel();
    const healthy = kind === "embed" ? status < 500 : status >= 200 && status < 300;
    if (healthy) {
      const latencyMs = atMs - started;
      const result: ProbeResult = { ok: true, atMs, latencyMs, slow: latencyMs > timing.softMs };
      if (kind !== "vllm") return { result };
      return { result, vllm: await vllmDetail(baseUrl, io, timing.hardMs) };
    }
    last = { ok: false, atMs, reason: "http", status, message: `HTTP ${status}` };
    if (status !== 404) break; // only a missing route is worth trying the next path for
  }
  return { result: last! };
}

async function vllmDetail(
  baseUrl: string,
  io: { fetch: typeof fetch; clock: Clock },
  hardMs: number,
): Promise<VllmDetail> {
  const [models, version, metrics] = await Promise.all([
    readJson(`${baseUrl}/v1/models`, io, hardMs),
    readJson(`${baseUrl}/version`, io, hardMs),
    readText(`${baseUrl}/metrics`, io, hardMs),
  ]);
  const first = (models as { data?: { id?: unknown; max_model_len?: unknown }[] } | null)?.data
    ?.[0];
  return {
    model: typeof first?.id === "string" ? first.id : null,
    maxModelLen: typeof first?.max_model_len === "number" ? first.max_model_len : null,
    version: typeof (version as { version?: unknown } | null)?.version === "string"
      ? (version as { version: string }).version
      : null,
    numbers: metrics === null ? null : parseVllmMetrics(metrics),
  };
}

async function readText(
  url: string,
  io: { fetch: typeof fetch; clock: Clock },
  hardMs: number,
): Promise<string | null> {
  const res = await timedFetch(url, io, hardMs);
  if (!res.ok) return null;
  if (!res.response.ok) {
    await res.response.body?.cancel();
    return null;
  }
  try {
    return await res.response.text();
  } catch {
    return null; // the body broke off mid-way: treat as unknown, the next probe tries again
  }
}

async function readJson(
  url: string,
  io: { fetch: typeof fetch; clock: Clock },
  hardMs: number,
): Promise<unknown> {
  const text = await readText(url, io, hardMs);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null; // not JSON: an unknown value, shown as n/a
  }
}

type Fetched =
  | { ok: true; response: Response }
  | { ok: false; failure: { reason: "refused" | "timeout" | "error"; message: string } };

/** fetch with a hard timeout on the injected clock; classifies failures. */
export async function timedFetch(
  url: string,
  io: { fetch: typeof fetch; clock: Clock },
  hardMs: number,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = io.clock.setTimeout(
    () => controller.abort(new DOMException("probe timed out", "TimeoutError")),
    hardMs,
  );
  try {
    const response = await io.fetch(url, { signal: controller.signal, redirect: "manual" });
    return { ok: true, response };
  } catch (err) {
    if (controller.signal.aborted) {
      return { ok: false, failure: { reason: "timeout", message: `${hardMs / 1000} s` } };
    }
    const cause = (err as { cause?: unknown })?.cause;
    const text = String((err as Error)?.message ?? err) + (cause ? `: ${String(cause)}` : "");
    if (/refused|ECONNREFUSED|os error 111/i.test(text)) {
      return { ok: false, failure: { reason: "refused", message: "connection refused" } };
    }
    // A service going away mid-request (the owner reads this on the tile, so say it plainly).
    if (/reset by peer|ECONNRESET|os error 104/i.test(text)) {
      return { ok: false, failure: { reason: "error", message: "the connection was cut (reset)" } };
    }
    return { ok: false, failure: { reason: "error", message: text.slice(0, 200) } };
  } finally {
    timer.cancel();
  }
}
