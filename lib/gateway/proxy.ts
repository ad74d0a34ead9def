import type { Clock, TimerHandle } from "../clock.ts";
import { UpstreamError } from "../errors.ts";
import { upstreamFailure } from "./upstream_error.ts";

/** Timeouts of one upstream call, in ms. */
export interface Timeouts {
  /** TCP connect, checked by a probe when the upstream has not answered lately. */
  connectMs: number;
  /** From sending the request to the response headers (a non-streamed chat waits for the whole answer). */
  headersMs: number;
  /** Longest silence between two body chunks. */
  idleMs: number;
}

/**
 * Per-service defaults. Audio calls follow CONTRACTS §11.6 (no timeout under
 * 300 s / 600 s); a non-streamed chat can take minutes on a big model.
 */
export const DEFAULT_TIMEOUTS: Record<string, Timeouts> = {
  vllm: { connectMs: 3_000, headersMs: 600_000, idleMs: 300_000 },
  asr: { connectMs: 3_000, headersMs: 330_000, idleMs: 330_000 },
  diarize: { connectMs: 3_000, headersMs: 630_000, idleMs: 630_000 },
  tts: { connectMs: 3_000, headersMs: 120_000, idleMs: 60_000 },
  embed: { connectMs: 3_000, headersMs: 120_000, idleMs: 60_000 },
  qdrant: { connectMs: 3_000, headersMs: 60_000, idleMs: 60_000 },
};

const FALLBACK_TIMEOUTS: Timeouts = { connectMs: 3_000, headersMs: 120_000, idleMs: 60_000 };

/** The timeouts of `service`. */
export function timeoutsFor(service: string): Timeouts {
  return DEFAULT_TIMEOUTS[service] ?? FALLBACK_TIMEOUTS;
}

/** Opens and closes a TCP connection, or rejects; injectable so tests need no sockets. */
export type ConnectProbe = (hostname: string, port: number) => Promise<void>;

/** The real probe: a plain TCP connect. */
export const tcpConnect: ConnectProbe = async (hostname, port) => {
  const conn = await Deno.connect({ hostname, port });
  conn.close();
};

/** How long a good answer from an upstream spares the next requests the connect probe. */
const FRESH_MS = 10_000;

/**
 * Remembers which upstreams answered lately. fetch() has no connect timeout,
 * and a Spark that drops SYNs would hold a request for the kernel's ~2 min of
 * retries; a probe raced against the fetch turns that into a quick 504. Warm
 * upstreams skip the probe, so steady traffic pays nothing for it.
 */
export class Reachability {
  #seen = new Map<string, number>();
  #clock: Clock;
  readonly probe: ConnectProbe;

  constructor(clock: Clock, probe: ConnectProbe = tcpConnect) {
    this.#clock = clock;
    this.probe = probe;
  }

  /** True when `origin` answered within the last few seconds. */
  fresh(origin: string): boolean {
    const at = this.#seen.get(origin);
    return at !== undefined && this.#clock.now() - at < FRESH_MS;
  }

  /** Records an answer from `origin`. */
  mark(origin: string): void {
    this.#seen.set(origin, this.#clock.now());
  }

  /** Forgets `origin` after a failure, so the next call probes again. */
  forget(origin: string): void {
    this.#seen.delete(origin);
  }
}

/** What {@link forward} needs. */
export interface ProxyDeps {
  fetch: typeof fetch;
  clock: Clock;
  reachability?: Reachability;
}

/** One upstream call. */
export interface ForwardInit {
  /** Service name for errors and `source` (`vllm`, `tts`, …). */
  service: string;
  /** Full upstream URL. */
  url: string;
  method?: string;
  /** The client's headers; only an allow-list is passed on. */
  headers?: HeadersInit;
  /** Replaces the client's Content-Type (e.g. for a body the gateway serialised). */
  contentType?: string;
  body?: BodyInit | null;
  /** The client's signal: when it aborts, the upstream call is aborted. */
  signal?: AbortSignal;
  timeouts?: Partial<Timeouts>;
  /** Called once when the call is over: body consumed, failed or cancelled. */
  onDone?: () => void;
  /**
   * Read the whole body before returning (JSON answers the gateway rewrites).
   * A body that breaks off then fails the call (502) instead of reaching the
   * client short; `idleMs` bounds the whole read.
   */
  whole?: boolean;
}

/** Request headers passed upstream. An allow-list: the client's bearer token or cookies must never reach a Spark. */
const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "user-agent", "x-request-id"];

/** Hop-by-hop (RFC 9110 §7.6.1) and headers that no longer describe the body we send on. */
const DROPPED_RESPONSE_HEADERS = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
  "set-cookie",
  "content-encoding",
  "alt-svc",
]);

/** Cap on an upstream error body read for its message. */
const MAX_ERROR_BODY = 64 * 1024;

/**
 * Builds the headers sent upstream from the client's. A plain record, not a
 * Headers object: fetch copies whatever it is given, and copying a Headers
 * object costs it about twice as much (measured, lib/gateway/README.md).
 */
export function upstreamRequestHeaders(
  incoming: HeadersInit | undefined,
  contentType?: string,
): Record<string, string> {
  // A Headers object (the usual case) is read as is: copying it costs more than the filter.
  const from = incoming instanceof Headers ? incoming : new Headers(incoming);
  const out: Record<string, string> = {};
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = name === "content-type" && contentType ? contentType : from.get(name);
    if (value !== null) out[name] = value;
  }
  // We pass bodies through untouched; fetch would decode gzip but keep the length.
  out["accept-encoding"] = "identity";
  return out;
}

/** Builds the headers sent to the client from the upstream's, in one pass over them. */
export function clientResponseHeaders(upstream: Headers): Headers {
  const listed = upstream.get("connection");
  // Headers named in Connection are hop-by-hop too.
  const dropped = listed === null ? DROPPED_RESPONSE_HEADERS : new Set([
    ...DROPPED_RESPONSE_HEADERS,
    ...listed.split(",").map((name) => name.trim().toLowerCase()),
  ]);
  // A decoded body no longer has the encoded length.
  const encoded = upstream.has("content-encoding");
  const out = new Headers();
  for (const [name, value] of upstream) {
    if (dropped.has(name) || (encoded && name === "content-length")) continue;
    out.append(name, value);
  }
  if ((out.get("content-type") ?? "").startsWith("text/event-stream")) {
    out.set("x-accel-buffering", "no");
    out.set("cache-control", "no-cache");
  }
  return out;
}

/** Why an internal abort happened, so errors say timeout vs. client. */
class TimeoutReason extends Error {
  override name = "TimeoutReason";
}

/**
 * Calls an upstream and returns its response with a streaming body that
 * follows the client: chunks are passed on as they arrive; a client
 * disconnect aborts the upstream call; silence longer than `idleMs` errors
 * the body (the client connection is cut, never cleanly ended). Non-2xx
 * answers throw the mapped error (BusyError or UpstreamError), with the body
 * read only for its message.
 */
export async function forward(deps: ProxyDeps, init: ForwardInit): Promise<Response> {
  const t = { ...timeoutsFor(init.service), ...init.timeouts };
  const ctrl = new AbortController();
  const url = new URL(init.url);
  const origin = url.origin;
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    timer?.cancel();
    init.signal?.removeEventListener("abort", onClientAbort);
    init.onDone?.();
  };
  const onClientAbort = () => ctrl.abort(init.signal?.reason);
  if (init.signal?.aborted) {
    finish();
    throw init.signal.reason;
  }
  init.signal?.addEventListener("abort", onClientAbort, { once: true });
  let timer: TimerHandle | undefined;
  const arm = (ms: number, what: string) => {
    timer?.cancel();
    timer = deps.clock.setTimeout(() => ctrl.abort(new TimeoutReason(what)), ms);
  };

  const reach = deps.reachability;
  const probing = reach && !reach.fresh(origin);
  if (probing) {
    const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const probeTimer = deps.clock.setTimeout(
      () => ctrl.abort(new TimeoutReason(`connect within ${t.connectMs / 1000} s`)),
      t.connectMs,
    );
    reach.probe(host, port).then(
      () => probeTimer.cancel(),
      (err) => {
        probeTimer.cancel();
        ctrl.abort(err);
      },
    );
  }

  arm(t.headersMs, `answer within ${t.headersMs / 1000} s`);
  let res: Response;
  try {
    res = await deps.fetch(init.url, {
      method: init.method ?? "GET",
      headers: upstreamRequestHeaders(init.headers, init.contentType),
      body: init.body ?? null,
      signal: ctrl.signal,
      redirect: "manual",
      ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
    } as RequestInit);
  } catch (err) {
    finish();
    reach?.forget(origin);
    throw fetchFailure(init.service, origin, ctrl.signal, init.signal, err);
  }
  reach?.mark(origin);

  if (res.status >= 300) {
    let text = "";
    try {
      text = await readCapped(res, MAX_ERROR_BODY);
    } catch {
      // The error body itself broke off: the status alone still says what happened.
    }
    finish();
    throw upstreamFailure(init.service, res.status, text, res.headers.get("retry-after"));
  }

  const headers = clientResponseHeaders(res.headers);
  if (res.body === null) {
    finish();
    return new Response(null, { status: res.status, headers });
  }
  if (init.whole) {
    arm(t.idleMs, `send its answer within ${t.idleMs / 1000} s`);
    try {
      const bytes = await res.arrayBuffer();
      headers.set("content-length", String(bytes.byteLength));
      return new Response(bytes, { status: res.status, statusText: res.statusText, headers });
    } catch (err) {
      throw fetchFailure(init.service, origin, ctrl.signal, init.signal, err);
    } finally {
      finish();
    }
  }
  const reader = res.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(out) {
      arm(t.idleMs, `send data within ${t.idleMs / 1000} s`);
      try {
        const { done: end, value } = await reader.read();
        if (end) {
          finish();
          out.close();
        } else {
          out.enqueue(value);
        }
      } catch (err) {
        finish();
        out.error(fetchFailure(init.service, origin, ctrl.signal, init.signal, err));
      }
    },
    cancel(reason) {
      finish();
      ctrl.abort(reason);
      return reader.cancel(reason).catch(() => {
        // Already aborted: nothing more to release.
      });
    },
  }, { highWaterMark: 0 });
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}

/** Reads at most `limit` bytes of a body as text, then drops the rest. */
async function readCapped(res: Response, limit: number): Promise<string> {
  if (res.body === null) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {
    // The rest of an error body is not needed.
  });
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) all.set(c, (at += c.byteLength) - c.byteLength);
  return new TextDecoder().decode(all.subarray(0, limit));
}

/** Turns a fetch or body failure into the error the client sees. */
function fetchFailure(
  service: string,
  origin: string,
  internal: AbortSignal,
  client: AbortSignal | undefined,
  err: unknown,
): unknown {
  if (client?.aborted) return client.reason ?? err;
  if (internal.aborted && internal.reason instanceof TimeoutReason) {
    return new UpstreamError(
      service,
      `${service} at ${origin} did not ${internal.reason.message}`,
      { timeout: true, cause: err },
    );
  }
  const reason = internal.aborted ? internal.reason : err;
  const detail = reason instanceof Error ? reason.message : String(reason);
  // Deno's fetch says "fetch failed" and keeps the socket error in `cause`.
  const full = `${detail} ${reason instanceof Error ? String(reason.cause ?? "") : ""}`;
  const refused = /refused|ECONNREFUSED/i.test(full);
  return new UpstreamError(
    service,
    refused
      ? `${service} at ${origin} refused the connection (not running or still loading)`
      : `${service} at ${origin} failed: ${detail.slice(0, 200)}`,
    { cause: reason },
  );
}
