/**
 * The swap state machine (ARCHITECTURE.md §6), as pure decisions: given the
 * journal record of a swap and what the executor just observed, `plan()`
 * says what to do next. No I/O, no clock: time comes in as `nowMs`.
 *
 * A "leg" is stop → launch → load of one recipe. The swap itself runs one
 * leg (states `stopping`, `launching`, `loading`); a rollback runs a second
 * leg for the previous recipe inside `rolling_back`, tracked by
 * `record.rollback.phase`.
 */
import type { LaunchSpec } from "./launch.ts";
import { advance, type LoadProgress, START_PROGRESS } from "./milestones.ts";

/** Every state of a swap. */
export const SWAP_STATES = [
  "preflight",
  "draining",
  "stopping",
  "launching",
  "loading",
  "ready",
  "failed",
  "rolling_back",
  "rolled_back",
  "cancelled",
] as const;

/** One of {@link SWAP_STATES}. */
export type SwapState = typeof SWAP_STATES[number];

/** One preflight check; `host` null for cluster-wide checks. */
export interface PreflightCheck {
  name: "recipe" | "nodes" | "ssh" | "image" | "weights" | "memory" | "env";
  host: string | null;
  ok: boolean;
  message: string;
}

/** The phase of the rollback leg. */
export type LegPhase = "stopping" | "launching" | "loading";

/** The progress of the rollback leg. */
export interface RollbackLeg {
  phase: LegPhase;
  sinceMs: number;
  launchedMs: number | null;
  progress: LoadProgress;
}

/** A swap as the journal keeps it: everything needed to continue it after a restart. */
export interface SwapRecord {
  id: string;
  state: SwapState;
  /** What is being launched. */
  target: LaunchSpec;
  /** The model id `/v1/models` must list for the target to count as ready (null: any). */
  expectedModel: string | null;
  /** What served before (the rollback target); null when nothing served or it is unknown. */
  previous: LaunchSpec | null;
  previousModel: string | null;
  /** Hosts the target runs on (head first). */
  targetHosts: string[];
  /** Hosts the previous model ran on (head first). */
  previousHosts: string[];
  /** Every host the launcher may have a container on (for the stop check). */
  clusterHosts: string[];
  skipDrain: boolean;
  createdMs: number;
  updatedMs: number;
  /** When the current state was entered. */
  stateSinceMs: number;
  /** When the launch was dispatched (for `docker logs --since` and the load time). */
  launchedMs: number | null;
  readyMs: number | null;
  finishedMs: number | null;
  progress: LoadProgress;
  /** Expected load time learned from history; null when this recipe never loaded before. */
  etaMs: number | null;
  loadTimeoutMs: number;
  /** True once the old model has been stopped: from here a failure rolls back. */
  stopped: boolean;
  rollbackAttempted: boolean;
  rollback: RollbackLeg | null;
  cancelRequested: boolean;
  /** Why the swap failed (plain English). */
  error: string | null;
  /** Why the rollback failed, when it did. */
  rollbackError: string | null;
  checks: PreflightCheck[];
  /** The image ID the target was launched with (recorded for history). */
  imageId: string | null;
}

/** What a new swap is about; everything else starts empty. */
export type SwapRequestFields = Pick<
  SwapRecord,
  | "id"
  | "target"
  | "expectedModel"
  | "previous"
  | "previousModel"
  | "targetHosts"
  | "previousHosts"
  | "clusterHosts"
  | "skipDrain"
  | "etaMs"
  | "loadTimeoutMs"
>;

/** A swap as it is first journalled: in preflight, nothing done, no outcome yet. */
export function newSwapRecord(fields: SwapRequestFields, nowMs: number): SwapRecord {
  return {
    ...fields,
    state: "preflight",
    createdMs: nowMs,
    updatedMs: nowMs,
    stateSinceMs: nowMs,
    launchedMs: null,
    readyMs: null,
    finishedMs: null,
    progress: START_PROGRESS,
    stopped: false,
    rollbackAttempted: false,
    rollback: null,
    cancelRequested: false,
    error: null,
    rollbackError: null,
    checks: [],
    imageId: null,
  };
}

/** Per-state bounds, from config. */
export interface MachineBounds {
  drainMs: number;
  stopMs: number;
}

/** What the executor saw, one kind per state it acts in. */
export type Observation =
  | { kind: "preflight"; checks: PreflightCheck[]; imageId: string | null }
  | { kind: "drain"; running: number | null; waiting: number | null }
  | { kind: "stop"; containersOn: string[]; portOpen: boolean }
  | { kind: "dispatch"; ok: boolean; alreadyRunning: boolean; message: string }
  | {
    kind: "load";
    /** Target hosts whose container is gone. */
    containerGone: string[];
    /** Container up but no `vllm serve` process in it. */
    processGone: boolean;
    failure: { reason: string; line: string } | null;
    health: "refused" | "ok" | "unhealthy";
    modelListed: boolean;
    /** The furthest milestone seen so far on any node. */
    progress: LoadProgress;
  }
  | { kind: "none" };

/** What to do next. `goto` is written to the journal before the executor acts on it. */
export type Step =
  | { kind: "goto"; state: SwapState; patch: Partial<SwapRecord>; reason: string }
  | { kind: "update"; patch: Partial<SwapRecord> }
  | { kind: "wait"; ms: number }
  | { kind: "done" };

/** How often the executor polls while waiting, in milliseconds. */
export const POLL_MS = { drain: 1_000, stop: 500, load: 200 } as const;

/** States a swap never leaves. */
export function isTerminal(
  r: Pick<SwapRecord, "state" | "stopped" | "previous" | "rollbackAttempted">,
): boolean {
  if (r.state === "ready" || r.state === "rolled_back" || r.state === "cancelled") return true;
  if (r.state === "failed") return !needsRollback(r);
  return false;
}

function needsRollback(r: Pick<SwapRecord, "stopped" | "previous" | "rollbackAttempted">): boolean {
  return r.stopped && r.previous !== null && !r.rollbackAttempted;
}

/** True while the swap may still be cancelled (before the launch). */
export function cancellable(r: Pick<SwapRecord, "state">): boolean {
  return r.state === "preflight" || r.state === "draining" || r.state === "stopping";
}

/** True when a model listed by `/v1/models` is the one a swap waits for. */
export function modelMatches(
  expected: string | null,
  listed: readonly { id: string; root?: string | null }[],
): boolean {
  if (listed.length === 0) return false;
  if (expected === null) return true;
  return listed.some((m) => m.id === expected || m.root === expected);
}

function fail(error: string, nowMs: number): Step {
  return { kind: "goto", state: "failed", patch: { error, finishedMs: nowMs }, reason: error };
}

/**
 * Decides the next step of a swap. Pure and total: every (state,
 * observation) pair has an answer, and an observation of the wrong kind
 * for the state means "observe again" (a wait of 0).
 */
export function plan(r: SwapRecord, obs: Observation, nowMs: number, bounds: MachineBounds): Step {
  const inState = nowMs - r.stateSinceMs;
  switch (r.state) {
    case "preflight": {
      if (r.cancelRequested) return cancelled(nowMs);
      if (obs.kind !== "preflight") return { kind: "wait", ms: 0 };
      const failed = obs.checks.filter((c) => !c.ok);
      if (failed.length > 0) {
        const error = `Preflight failed, nothing was stopped: ${
          failed.map((c) => c.message).join("; ")
        }`;
        return {
          kind: "goto",
          state: "failed",
          patch: { checks: obs.checks, error, finishedMs: nowMs },
          reason: error,
        };
      }
      return {
        kind: "goto",
        state: r.skipDrain ? "stopping" : "draining",
        patch: { checks: obs.checks, imageId: obs.imageId },
        reason: r.skipDrain ? "preflight passed; drain skipped on request" : "preflight passed",
      };
    }
    case "draining": {
      if (r.cancelRequested) return cancelled(nowMs);
      if (obs.kind !== "drain") return { kind: "wait", ms: 0 };
      if (obs.running === null) {
        return goto("stopping", "nothing is serving, so there is nothing to drain");
      }
      if (obs.running + (obs.waiting ?? 0) === 0) return goto("stopping", "no requests in flight");
      if (inState >= bounds.drainMs) {
        return goto(
          "stopping",
          `drain bound of ${
            Math.round(bounds.drainMs / 1000)
          } s reached with ${obs.running} running`,
        );
      }
      return { kind: "wait", ms: POLL_MS.drain };
    }
    case "stopping": {
      if (r.cancelRequested) {
        return {
          kind: "goto",
          state: "failed",
          patch: { error: "Cancelled by the owner while stopping", stopped: true },
          reason: "cancelled while stopping: the previous model is relaunched",
        };
      }
      if (obs.kind !== "stop") return { kind: "wait", ms: 0 };
      if (obs.containersOn.length === 0 && !obs.portOpen) {
        return { kind: "goto", state: "launching", patch: { stopped: true }, reason: "stopped" };
      }
      if (inState >= bounds.stopMs) {
        const still = obs.containersOn.length > 0
          ? `the container is still running on ${obs.containersOn.join(", ")}`
          : "something still answers on the vLLM port";
        return {
          kind: "goto",
          state: "failed",
          patch: { error: `Could not stop the old model: ${still}`, stopped: true },
          reason: "stop did not complete",
        };
      }
      return { kind: "wait", ms: POLL_MS.stop };
    }
    case "launching": {
      if (obs.kind !== "dispatch") return { kind: "wait", ms: 0 };
      if (!obs.ok) return fail(`Launch failed: ${obs.message}`, nowMs);
      return {
        kind: "goto",
        state: "loading",
        patch: { launchedMs: r.launchedMs ?? nowMs, progress: START_PROGRESS },
        reason: obs.alreadyRunning ? "launch was already dispatched (re-adopted)" : "dispatched",
      };
    }
    case "loading": {
      if (obs.kind !== "load") return { kind: "wait", ms: 0 };
      const launched = r.launchedMs ?? r.stateSinceMs;
      const verdict = judgeLoad(obs, nowMs - launched, r.loadTimeoutMs);
      if (verdict.kind === "ready") {
        return {
          kind: "goto",
          state: "ready",
          patch: { readyMs: nowMs, finishedMs: nowMs, progress: { phase: "ready", percent: 100 } },
          reason: "vLLM answers and lists the model",
        };
      }
      if (verdict.kind === "failed") return fail(verdict.error, nowMs);
      const progress = advance(r.progress, { kind: "progress", ...obs.progress });
      if (progress.percent !== r.progress.percent) return { kind: "update", patch: { progress } };
      return { kind: "wait", ms: POLL_MS.load };
    }
    case "failed": {
      if (!needsRollback(r)) return { kind: "done" };
      return {
        kind: "goto",
        state: "rolling_back",
        patch: {
          rollbackAttempted: true,
          rollback: {
            phase: "stopping",
            sinceMs: nowMs,
            launchedMs: null,
            progress: START_PROGRESS,
          },
          finishedMs: null,
        },
        reason: "relaunching the previous model",
      };
    }
    case "rolling_back":
      return planRollback(r, obs, nowMs, bounds);
    case "ready":
    case "rolled_back":
    case "cancelled":
      return { kind: "done" };
  }
}

function goto(state: SwapState, reason: string): Step {
  return { kind: "goto", state, patch: {}, reason };
}

function cancelled(nowMs: number): Step {
  return {
    kind: "goto",
    state: "cancelled",
    patch: { finishedMs: nowMs, error: null },
    reason: "cancelled by the owner before anything was stopped",
  };
}

/** The verdict on a load observation. */
export function judgeLoad(
  obs: Extract<Observation, { kind: "load" }>,
  elapsedMs: number,
  timeoutMs: number,
): { kind: "ready" } | { kind: "failed"; error: string } | { kind: "loading" } {
  if (obs.health === "ok" && obs.modelListed) return { kind: "ready" };
  // The owner reads this sentence; the raw vLLM line stays in the record's log tails.
  if (obs.failure) return { kind: "failed", error: `${obs.failure.reason} while loading` };
  if (obs.containerGone.length > 0) {
    return {
      kind: "failed",
      error: `The vLLM container exited on ${obs.containerGone.join(", ")} during loading`,
    };
  }
  if (obs.processGone) {
    return { kind: "failed", error: "The container is up but no vLLM process runs in it" };
  }
  if (obs.health === "unhealthy") {
    return { kind: "failed", error: "vLLM started but its engine is not healthy (/health 503)" };
  }
  if (elapsedMs >= timeoutMs) {
    return {
      kind: "failed",
      error: `Loading took longer than ${Math.round(timeoutMs / 60_000)} min (timeout ${
        Math.round(timeoutMs / 1000)
      } s); a silent NCCL hang looks like this`,
    };
  }
  return { kind: "loading" };
}

function planRollback(r: SwapRecord, obs: Observation, nowMs: number, bounds: MachineBounds): Step {
  const leg = r.rollback ?? {
    phase: "stopping" as const,
    sinceMs: r.stateSinceMs,
    launchedMs: null,
    progress: START_PROGRESS,
  };
  const inPhase = nowMs - leg.sinceMs;
  const rollbackFailed = (why: string): Step => ({
    kind: "goto",
    state: "failed",
    patch: { rollbackError: why, finishedMs: nowMs },
    reason: `rollback failed: ${why}`,
  });
  const next = (phase: LegPhase, patch: Partial<RollbackLeg> = {}): Step => ({
    kind: "update",
    patch: { rollback: { ...leg, phase, sinceMs: nowMs, ...patch } },
  });
  switch (leg.phase) {
    case "stopping":
      if (obs.kind !== "stop") return { kind: "wait", ms: 0 };
      if (obs.containersOn.length === 0 && !obs.portOpen) return next("launching");
      if (inPhase >= bounds.stopMs) return rollbackFailed("the failed model could not be stopped");
      return { kind: "wait", ms: POLL_MS.stop };
    case "launching":
      if (obs.kind !== "dispatch") return { kind: "wait", ms: 0 };
      if (!obs.ok) return rollbackFailed(`relaunch failed: ${obs.message}`);
      return next("loading", { launchedMs: leg.launchedMs ?? nowMs, progress: START_PROGRESS });
    case "loading": {
      if (obs.kind !== "load") return { kind: "wait", ms: 0 };
      // The previous model loaded before, so give it the same bound as the swap.
      const verdict = judgeLoad(obs, nowMs - (leg.launchedMs ?? leg.sinceMs), r.loadTimeoutMs);
      if (verdict.kind === "ready") {
        return {
          kind: "goto",
          state: "rolled_back",
          patch: {
            finishedMs: nowMs,
            rollback: { ...leg, progress: { phase: "ready", percent: 100 } },
          },
          reason: "the previous model serves again",
        };
      }
      if (verdict.kind === "failed") return rollbackFailed(verdict.error);
      const progress = advance(leg.progress, { kind: "progress", ...obs.progress });
      if (progress.percent !== leg.progress.percent) {
        return { kind: "update", patch: { rollback: { ...leg, progress } } };
      }
      return { kind: "wait", ms: POLL_MS.load };
    }
  }
}

/** What the executor must do in the current state: the side effect and the observation. */
export type Activity =
  | { kind: "preflight" }
  | { kind: "drain" }
  | { kind: "stop"; spec: LaunchSpec | null }
  | { kind: "launch"; spec: LaunchSpec }
  | {
    kind: "load";
    spec: LaunchSpec;
    expectedModel: string | null;
    hosts: string[];
    sinceMs: number;
  }
  | { kind: "none" };

/** The activity for a record's state (and rollback phase). */
export function activity(r: SwapRecord): Activity {
  switch (r.state) {
    case "preflight":
      return { kind: "preflight" };
    case "draining":
      return { kind: "drain" };
    case "stopping":
      return { kind: "stop", spec: r.previous };
    case "launching":
      return { kind: "launch", spec: r.target };
    case "loading":
      return {
        kind: "load",
        spec: r.target,
        expectedModel: r.expectedModel,
        hosts: r.targetHosts,
        sinceMs: r.launchedMs ?? r.stateSinceMs,
      };
    case "rolling_back": {
      const leg = r.rollback;
      if (!leg || leg.phase === "stopping") return { kind: "stop", spec: r.target };
      if (!r.previous) return { kind: "none" };
      if (leg.phase === "launching") return { kind: "launch", spec: r.previous };
      return {
        kind: "load",
        spec: r.previous,
        expectedModel: r.previousModel,
        hosts: r.previousHosts,
        sinceMs: leg.launchedMs ?? leg.sinceMs,
      };
    }
    default:
      return { kind: "none" };
  }
}

/** Load-time estimate and timeout for a recipe, learned from its earlier successful loads. */
export interface LoadEstimate {
  /** Median of the recent loads; null without history. */
  etaMs: number | null;
  timeoutMs: number;
}

/** Bounds of the learned load timeout, from config. */
export interface TimeoutBounds {
  /** Used when a recipe has no history (first runs may download and compile). */
  defaultMs: number;
  minMs: number;
  maxMs: number;
}

/**
 * ETA = median of the last five successful loads; timeout = twice the
 * slowest of them plus two minutes, clamped to the configured bounds. Loads
 * vary (page cache, compile cache), so one slow run should not make the
 * next look stuck, and one fast run should not make a normal one fail.
 */
export function estimateLoad(historyMs: readonly number[], bounds: TimeoutBounds): LoadEstimate {
  const recent = historyMs.filter((n) => Number.isFinite(n) && n > 0).slice(-5);
  if (recent.length === 0) return { etaMs: null, timeoutMs: bounds.defaultMs };
  const sorted = [...recent].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const slowest = sorted[sorted.length - 1];
  const timeoutMs = Math.min(bounds.maxMs, Math.max(bounds.minMs, slowest * 2 + 120_000));
  return { etaMs: Math.round(median), timeoutMs };
}

/** Milliseconds left until the expected end of the load (0 when overdue, null when unknown). */
export function remainingMs(
  r: Pick<SwapRecord, "etaMs" | "launchedMs">,
  nowMs: number,
): number | null {
  if (r.etaMs === null) return null;
  if (r.launchedMs === null) return r.etaMs;
  return Math.max(0, r.launchedMs + r.etaMs - nowMs);
}
