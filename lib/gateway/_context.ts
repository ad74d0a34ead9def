import type { Clock } from "../clock.ts";
import type { Config } from "../config/mod.ts";
import type { Admissions } from "./admission.ts";
import type { Reachability } from "./proxy.ts";

/** Waits until `model` can take requests; `undefined` means "ready now" (no waiting at all). */
export type AwaitModelReady = (
  model: string | undefined,
  signal: AbortSignal,
) => Promise<void> | undefined;

/** The gateway's shared state, on `deps.gateway`. */
export interface Gateway {
  admissions: Admissions;
  /**
   * Hook for chat requests that arrive during a model swap. Defaults to
   * "ready now"; the swap issue replaces it with a wait on its state machine.
   * While it is pending, streamed chats get SSE keep-alive comments and
   * non-streamed ones wait up to `config.gateway.swapWaitMs`, then get 503.
   */
  awaitModelReady: AwaitModelReady;
  /** Which upstreams answered lately (spares warm upstreams the connect probe). */
  reachability: Reachability;
  /** Fails queued requests and stops following the config. */
  close(): void;
}

/** What the gateway's service functions need; `Deps` satisfies it. */
export interface GatewayDeps {
  config: { get(): Config };
  fetch: typeof fetch;
  clock: Clock;
  gateway: Gateway;
}

/** One client request as the gateway sees it. */
export interface ClientRequest {
  /** The client's headers (an allow-list goes upstream). */
  headers: Headers;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
}
