/**
 * What a service tile shows, decided from probes. Pure: the poller feeds it
 * probe results and the time.
 *
 * The rule that beats "/health blips while the GPU is busy": a refused
 * connection or an HTTP error is definitive (down at once), but a slow or
 * timed-out probe is what a GPU busy with a long request looks like, so it
 * shows `busy` until {@link DOWN_AFTER_TIMEOUTS} probes in a row time out —
 * and never `down` while vLLM last reported running requests.
 */

/** The states a tile can show. */
export type ServiceState = "up" | "busy" | "loading" | "down" | "unknown" | "not_configured";

/** Why a probe failed, in the words the tile uses. */
export type ProbeFailure =
  | { reason: "refused"; message: string }
  | { reason: "timeout"; message: string }
  | { reason: "http"; status: number; message: string }
  | { reason: "ssh-unreachable"; message: string }
  | { reason: "error"; message: string };

/** One probe of one service. */
export type ProbeResult =
  | { ok: true; atMs: number; latencyMs: number; slow: boolean }
  | ({ ok: false; atMs: number } & ProbeFailure);

/** A service's displayed status. */
export interface ServiceStatus {
  state: ServiceState;
  /** When the service entered `state`. */
  sinceMs: number;
  /** Why it is down (or busy), in plain English; null when up. */
  why: string | null;
  /** Consecutive timed-out probes (the busy → down debounce). */
  timeouts: number;
  /** Latency of the last successful probe. */
  latencyMs: number | null;
}

/** Timed-out probes in a row before a busy service counts as down. */
export const DOWN_AFTER_TIMEOUTS = 5;

/** Context the decision needs besides the probe. */
export interface StateContext {
  /** The service is configured on a configured host. */
  configured: boolean;
  /** A model swap is loading this service right now (refused = loading, not down). */
  swapLoading?: boolean;
  /** Requests vLLM reported running at its last answer (a busy GPU, not a dead one). */
  runningRequests?: number | null;
}

/** The status before any probe. */
export function initialStatus(nowMs: number, configured: boolean): ServiceStatus {
  return {
    state: configured ? "unknown" : "not_configured",
    sinceMs: nowMs,
    why: configured ? "not checked yet" : null,
    timeouts: 0,
    latencyMs: null,
  };
}

/** A sentence for a failed probe. */
export function describeProbeFailure(f: ProbeFailure): string {
  switch (f.reason) {
    case "refused":
      return "not accepting connections (connection refused)";
    case "timeout":
      return `not answering in time (${f.message})`;
    case "http":
      return `answered with HTTP ${f.status}`;
    case "ssh-unreachable":
      return `its Spark cannot be reached over SSH (${f.message})`;
    case "error":
      return f.message;
  }
}

/** Decides the next status from the previous one and a probe. */
export function nextStatus(
  prev: ServiceStatus,
  probe: ProbeResult | null,
  ctx: StateContext,
): ServiceStatus {
  const at = probe?.atMs ?? prev.sinceMs;
  const move = (
    state: ServiceState,
    why: string | null,
    extra: Partial<ServiceStatus> = {},
  ): ServiceStatus => ({
    ...prev,
    ...extra,
    state,
    why,
    sinceMs: state === prev.state ? prev.sinceMs : at,
  });
  if (!ctx.configured) return move("not_configured", null, { timeouts: 0, latencyMs: null });
  if (probe === null) return prev;
  if (probe.ok) {
    return probe.slow
      ? move("busy", "answering slowly (probably working on a long request)", {
        timeouts: 0,
        latencyMs: probe.latencyMs,
      })
      : move("up", null, { timeouts: 0, latencyMs: probe.latencyMs });
  }
  if (
    ctx.swapLoading &&
    (probe.reason === "refused" || probe.reason === "timeout" || probe.reason === "http")
  ) {
    return move("loading", "a model is loading", { timeouts: 0 });
  }
  if (probe.reason === "timeout") {
    const timeouts = prev.timeouts + 1;
    const wasAlive = prev.state === "up" || prev.state === "busy";
    const gpuBusy = (ctx.runningRequests ?? 0) > 0;
    if (wasAlive && (gpuBusy || timeouts < DOWN_AFTER_TIMEOUTS)) {
      return move("busy", "slow to answer (probably working on a long request)", { timeouts });
    }
    return move("down", describeProbeFailure(probe), { timeouts });
  }
  return move("down", describeProbeFailure(probe), { timeouts: 0 });
}
