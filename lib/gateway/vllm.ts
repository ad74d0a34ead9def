import { BusyError, UpstreamError } from "../errors.ts";
import type { ClientRequest, GatewayDeps } from "./_context.ts";
import { callUpstream, postJson } from "./call.ts";
import { containsAscii, dataEvent, eventData, mapSse } from "./sse.ts";

/** Interval of SSE keep-alive comments while a chat waits for a model swap. */
export const KEEPALIVE_MS = 10_000;

type Json = Record<string, unknown>;

const utf8 = new TextDecoder();

/**
 * Adds the missing twin of `reasoning` / `reasoning_content` on a message or
 * delta. Current vLLM sends `reasoning`, builds before 2026 `reasoning_content`
 * (CONTRACTS §3); clients written for either name keep working.
 */
export function twinReasoning(part: Json): void {
  const has = (k: string) => part[k] !== undefined && part[k] !== null;
  if (has("reasoning") && !has("reasoning_content")) part.reasoning_content = part.reasoning;
  else if (has("reasoning_content") && !has("reasoning")) part.reasoning = part.reasoning_content;
}

/** Applies {@link twinReasoning} to every choice's `message` and `delta` of a chat body or chunk. */
export function normalizeReasoning(body: unknown): unknown {
  if (typeof body !== "object" || body === null) return body;
  const choices = (body as Json).choices;
  if (!Array.isArray(choices)) return body;
  for (const choice of choices) {
    if (typeof choice !== "object" || choice === null) continue;
    for (const key of ["message", "delta"]) {
      const part = (choice as Json)[key];
      if (typeof part === "object" && part !== null) twinReasoning(part as Json);
    }
  }
  return body;
}

/** Rewrites one SSE event; events without reasoning are passed on byte for byte. */
export function normalizeReasoningEvent(event: string): string {
  if (!event.includes('"reasoning')) return event;
  const data = eventData(event);
  if (data === null || data === "[DONE]") return event;
  try {
    return dataEvent(normalizeReasoning(JSON.parse(data))).slice(0, -2);
  } catch {
    return event; // Not JSON: pass it on untouched rather than drop it.
  }
}

/** The closing events a client sees when vLLM breaks off mid-stream (OpenAI SDKs raise them). */
function streamFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : "vllm stream broke off";
  return dataEvent({
    error: {
      message,
      type: "server_error",
      param: null,
      code: err instanceof UpstreamError && err.timeout ? "gateway_timeout" : "bad_gateway",
      source: err instanceof BusyError ? err.source : "upstream:vllm",
    },
  }) + "data: [DONE]\n\n";
}

/** `GET /v1/models` from vLLM, passed through (no queue: it must answer while chats wait). */
export function listModels(deps: GatewayDeps, client: ClientRequest): Promise<Response> {
  return callUpstream(deps, client, { kind: "vllm", path: "/v1/models", admit: false });
}

/**
 * Proxies a chat or text completion to vLLM through its admission queue.
 * Streamed answers pass chunk by chunk with the reasoning twin added;
 * non-streamed ones are rewritten whole. During a model swap the request
 * waits for readiness: streamed ones with keep-alive comments, others up to
 * `swapWaitMs` before a 503.
 */
export async function proxyCompletion(
  deps: GatewayDeps,
  client: ClientRequest,
  req: {
    path: "/v1/chat/completions" | "/v1/completions";
    body: Json;
    /** The client's JSON text of `body`, forwarded as is (no re-serialisation). */
    raw?: string;
  },
): Promise<Response> {
  const stream = req.body.stream === true;
  const model = typeof req.body.model === "string" ? req.body.model : undefined;
  const waiting = deps.gateway.awaitModelReady(model, client.signal);
  const send = async () => {
    const res = await postJson(deps, client, {
      kind: "vllm",
      path: req.path,
      json: req.body,
      raw: req.raw,
      whole: !stream,
    });
    return stream ? sseResponse(res) : await jsonResponse(res);
  };
  if (waiting === undefined) return await send();
  if (!stream) {
    await boundedWait(deps, waiting, client.signal);
    return await send();
  }
  return keepAliveUntil(deps, boundedWait(deps, waiting, client.signal), send);
}

function sseResponse(res: Response): Response {
  if (res.body === null || !(res.headers.get("content-type") ?? "").includes("event-stream")) {
    return res;
  }
  // Chunks without reasoning pass as the same bytes (normalizeReasoningEvent leaves them alone).
  const unchanged = (chunk: Uint8Array) => !containsAscii(chunk, '"reasoning');
  return new Response(mapSse(res.body, normalizeReasoningEvent, streamFailure, unchanged), {
    status: res.status,
    headers: res.headers,
  });
}

/**
 * A `reasoning` or `reasoning_content` key whose value is not null. Inside a JSON string
 * quotes are escaped, so text a model wrote cannot match.
 */
const REASONING_VALUE = /"reasoning(?:_content)?"\s*:(?!\s*null\s*[,}])/;

async function jsonResponse(res: Response): Promise<Response> {
  if (!(res.headers.get("content-type") ?? "").includes("json")) return res;
  // Read whole: a non-streamed answer must be complete or fail (502), never arrive cut short.
  const bytes = await res.bytes();
  const text = utf8.decode(bytes);
  // Answers without a reasoning value (most: vLLM sends `"reasoning": null` when there is
  // none, and a null gets no twin) go out byte for byte, without a parse and re-serialise,
  // and keep the headers (Content-Length included) that forward() already built.
  if (!REASONING_VALUE.test(text)) {
    return new Response(bytes, { status: res.status, headers: res.headers });
  }
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (err) {
    throw new UpstreamError("vllm", "vllm sent a broken JSON answer", { cause: err });
  }
  return new Response(JSON.stringify(normalizeReasoning(body)), { status: res.status, headers });
}

/** Waits for the model, but at most `swapWaitMs`; then 503 with a Retry-After. */
async function boundedWait(
  deps: GatewayDeps,
  waiting: Promise<void>,
  signal: AbortSignal,
): Promise<void> {
  const limitMs = deps.config.get().gateway.swapWaitMs;
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    await Promise.race([
      waiting,
      deps.clock.sleep(limitMs, ctrl.signal).then(() => {
        throw new BusyError(`The model is still loading after ${limitMs / 1000} s; retry later`, {
          retryAfterS: 30,
        });
      }),
    ]);
  } finally {
    signal.removeEventListener("abort", onAbort);
    ctrl.abort();
  }
}

/**
 * Answers 200 with an SSE stream at once, sends `: waiting` comments every
 * {@link KEEPALIVE_MS} until `ready` settles, then pipes the real stream. A
 * failure after the 200 is sent becomes an `error` event.
 */
function keepAliveUntil(
  deps: GatewayDeps,
  ready: Promise<void>,
  send: () => Promise<Response>,
): Response {
  const encoder = new TextEncoder();
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let timer: { cancel(): void } | undefined;
  let phase: Promise<void> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(out) {
      const tick = () => {
        out.enqueue(encoder.encode(": waiting for the model to load\n\n"));
        timer = deps.clock.setTimeout(tick, KEEPALIVE_MS);
      };
      tick();
      phase = ready.then(async () => {
        timer?.cancel();
        const res = await send();
        reader = res.body?.getReader();
      }).catch((err) => {
        timer?.cancel();
        try {
          out.enqueue(encoder.encode(streamFailure(err)));
          out.close();
        } catch {
          // The client already went away (its abort is what failed the wait).
        }
      });
    },
    async pull(out) {
      await phase;
      if (reader === undefined) return;
      const { done, value } = await reader.read();
      if (done) out.close();
      else out.enqueue(value);
    },
    cancel(reason) {
      timer?.cancel();
      return reader?.cancel(reason);
    },
  });
  return new Response(body, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      "x-accel-buffering": "no",
    },
  });
}
