/**
 * One JSON round trip to an upstream service (Qdrant or spark-embed), with
 * a timeout, time accounting and the mapping of failures to the shared
 * error classes: unreachable or 429/503 → BusyError (503 + Retry-After),
 * timeout → 504, 404 → NotFoundError, 409 → ConflictError, other 4xx keep
 * their status, 5xx → 502. Upstream bodies are never passed on raw: only a
 * message pulled out of a known error shape, cut to a sane length.
 */
import { BusyError, ConflictError, NotFoundError, UpstreamError } from "../errors.ts";

/** Counts upstream calls and the time spent in them (for `timings` and the bench). */
export class UpstreamMeter {
  calls = 0;
  ms = 0;
  byService: Record<string, { calls: number; ms: number }> = {};

  /** Adds one finished call. */
  add(service: string, ms: number): void {
    this.calls++;
    this.ms += ms;
    const s = this.byService[service] ??= { calls: 0, ms: 0 };
    s.calls++;
    s.ms += ms;
  }
}

/** Longest upstream message passed on. */
const MAX_MESSAGE = 300;
/** Retry-After when an upstream is unreachable or says nothing. */
const RETRY_AFTER_S = 5;

/** Pulls a message out of Qdrant's `{"status":{"error"}}` or FastAPI's `{"detail"}` bodies. */
export function upstreamText(body: string): string | null {
  let o: unknown;
  try {
    o = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof o !== "object" || o === null) return null;
  const r = o as Record<string, unknown>;
  const pick = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
  const status = r.status as Record<string, unknown> | string | undefined;
  let msg = typeof status === "object" && status !== null ? pick(status.error) : null;
  msg ??= pick(r.detail);
  if (msg === null && Array.isArray(r.detail)) {
    msg = r.detail.map((d) => {
      const item = (d ?? {}) as Record<string, unknown>;
      const loc = Array.isArray(item.loc) ? item.loc.filter((p) => p !== "body").join(".") : "";
      return `${loc ? `${loc}: ` : ""}${pick(item.msg) ?? "invalid"}`;
    }).join("; ");
  }
  if (msg === null && typeof r.error === "object" && r.error !== null) {
    msg = pick((r.error as Record<string, unknown>).message);
  }
  msg ??= pick(r.error) ?? pick(r.message);
  if (msg === null) return null;
  return msg.length > MAX_MESSAGE ? `${msg.slice(0, MAX_MESSAGE)}…` : msg;
}

/** Options of {@link requestJson}. */
export interface RequestOptions {
  service: "qdrant" | "embed";
  fetch: typeof fetch;
  timeoutMs: number;
  method: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  meter?: UpstreamMeter;
}

/** Sends one request and returns the parsed JSON body of a 2xx answer; throws mapped errors. */
export async function requestJson(url: URL, opts: RequestOptions): Promise<unknown> {
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  const started = performance.now();
  const label = opts.service === "qdrant" ? "Qdrant" : "spark-embed";
  let res: Response;
  let text: string;
  try {
    res = await opts.fetch(url, {
      method: opts.method,
      headers: {
        accept: "application/json",
        ...(opts.body === undefined ? {} : { "content-type": "application/json" }),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal,
    });
    text = await res.text();
  } catch (err) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    if (timeout.aborted) {
      throw new UpstreamError(opts.service, `${label} did not answer within ${opts.timeoutMs} ms`, {
        timeout: true,
        cause: err,
      });
    }
    throw new BusyError(`${label} is unreachable; retry later`, {
      retryAfterS: RETRY_AFTER_S,
      source: `upstream:${opts.service}`,
      cause: err,
    });
  } finally {
    opts.meter?.add(opts.service, performance.now() - started);
  }
  if (res.ok) {
    try {
      return text === "" ? null : JSON.parse(text);
    } catch (err) {
      throw new UpstreamError(opts.service, `${label} sent a body that is not JSON`, {
        upstreamStatus: res.status,
        cause: err,
      });
    }
  }
  const message = upstreamText(text) ?? `${label} answered HTTP ${res.status}`;
  if (res.status === 404) throw new NotFoundError(message);
  if (res.status === 409) throw new ConflictError(message);
  if (res.status === 429 || res.status === 503) {
    const after = Number(res.headers.get("retry-after"));
    throw new BusyError(`${label} is busy: ${message}`, {
      retryAfterS: Number.isFinite(after) && after > 0 ? after : RETRY_AFTER_S,
      source: `upstream:${opts.service}`,
    });
  }
  if (res.status === 408 || res.status === 504) {
    throw new UpstreamError(opts.service, message, { upstreamStatus: res.status, timeout: true });
  }
  if (res.status >= 400 && res.status < 500) {
    // Qdrant's 422 is a validation error of what we sent on the caller's behalf: a 400 for them.
    const passStatus = res.status === 422 ? 400 : res.status;
    throw new UpstreamError(opts.service, message, { upstreamStatus: res.status, passStatus });
  }
  throw new UpstreamError(opts.service, message, { upstreamStatus: res.status });
}
