/**
 * The LAN API gateway: admission queues in front of every upstream Spark
 * service, upstream URL resolution (private addresses only), and a streaming
 * reverse proxy that maps upstream failures to errors the OpenAI envelope
 * can carry. Service adapters for vLLM, Kokoro and spark-embed sit on top.
 *
 * @module
 */
import type { Registry } from "prom-client";
import type { Clock } from "../clock.ts";
import { Admissions, type QueueConfigSource } from "./admission.ts";
import type { Gateway } from "./_context.ts";
import { type ConnectProbe, Reachability } from "./proxy.ts";

export {
  Admission,
  type AdmissionOptions,
  Admissions,
  type AdmissionStats,
  DEFAULT_QUEUE,
  type QueueConfigSource,
} from "./admission.ts";
export type { AwaitModelReady, ClientRequest, Gateway, GatewayDeps } from "./_context.ts";
export { callUpstream, postJson, type UpstreamCall } from "./call.ts";
export {
  clientResponseHeaders,
  type ConnectProbe,
  DEFAULT_TIMEOUTS,
  forward,
  type ForwardInit,
  type ProxyDeps,
  Reachability,
  tcpConnect,
  type Timeouts,
  timeoutsFor,
  upstreamRequestHeaders,
} from "./proxy.ts";
export { isPrivateAddress, resolveUpstream, type Upstream } from "./upstream.ts";
export { upstreamFailure, upstreamMessage } from "./upstream_error.ts";
export { dataEvent, eventData, mapSse, splitEvents } from "./sse.ts";
export {
  KEEPALIVE_MS,
  listModels,
  normalizeReasoning,
  normalizeReasoningEvent,
  proxyCompletion,
  twinReasoning,
} from "./vllm.ts";
export { listVoices, MAX_SPEECH_BYTES, normalizeVoices, synthesize, type Voice } from "./kokoro.ts";
export {
  embeddings,
  embeddingsAsBase64,
  normalizeRerank,
  rerank,
  type RerankResponse,
  type RerankResult,
  sigmoid,
} from "./embed.ts";
export { fixWavSizes } from "./wav.ts";

/** Builds the gateway state from the live config. */
export function createGateway(
  opts: { config: QueueConfigSource; clock: Clock; metrics?: Registry; connect?: ConnectProbe },
): Gateway {
  const admissions = new Admissions(opts.config, { clock: opts.clock, metrics: opts.metrics });
  return {
    admissions,
    awaitModelReady: () => undefined,
    reachability: new Reachability(opts.clock, opts.connect),
    close: () => admissions.close(),
  };
}
