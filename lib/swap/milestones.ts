/**
 * vLLM startup milestones (CONTRACTS.md §2.5) and failure signatures (§2.7)
 * in container log lines, mapped to a phase and a percentage. Matching is by
 * substring because lines carry `(APIServer pid=N) INFO 07-01 …` prefixes
 * that change between versions.
 */

/** Loading phases, in the order vLLM reaches them. */
export const PHASES = [
  "starting",
  "weights",
  "compiling",
  "kv_cache",
  "cuda_graphs",
  "server",
  "ready",
] as const;

/** One of {@link PHASES}. */
export type LoadPhase = typeof PHASES[number];

/** Plain-English names of the phases, for the progress bar. */
export const PHASE_LABELS: Readonly<Record<LoadPhase, string>> = {
  starting: "Starting vLLM",
  weights: "Loading weights",
  compiling: "Compiling",
  kv_cache: "Sizing the KV cache",
  cuda_graphs: "Capturing CUDA graphs",
  server: "Starting the API server",
  ready: "Ready",
};

/** What one log line says. */
export type LogSignal =
  | { kind: "progress"; phase: LoadPhase; percent: number }
  | { kind: "failure"; reason: FailureReason; line: string };

/** Failure classes the owner gets a sentence for. */
export type FailureReason =
  | "init_failed"
  | "engine_dead"
  | "out_of_memory"
  | "nccl"
  | "gpu_fault";

/** A sentence for each failure class. */
export const FAILURE_TEXT: Readonly<Record<FailureReason, string>> = {
  init_failed: "vLLM could not start the engine (often out of memory)",
  engine_dead: "The vLLM engine died",
  out_of_memory: "The GPU ran out of memory",
  nccl: "The link between the Sparks failed (NCCL error)",
  gpu_fault: "The GPU reported a fault (Xid)",
};

const WEIGHTS_REGEXP = /Loading safetensors[^:]*:\s*(\d{1,3})%/;

/**
 * The signal in one log line, or null. Percentages are overall progress of
 * a load: weights take 5–60 % (their own percentage scaled), the rest are
 * fixed steps, so the bar never runs backwards between milestones.
 */
export function parseLogLine(line: string): LogSignal | null {
  // Failures first: a failure line may also mention a milestone word.
  if (line.includes("Engine core initialization failed")) {
    return { kind: "failure", reason: "init_failed", line };
  }
  if (line.includes("EngineCore encountered a fatal error") || line.includes("EngineDeadError")) {
    return { kind: "failure", reason: "engine_dead", line };
  }
  if (line.includes("NV_ERR_NO_MEMORY") || line.includes("CUDA out of memory")) {
    return { kind: "failure", reason: "out_of_memory", line };
  }
  if (/\bNCCL error\b/i.test(line) || line.includes("ncclInternalError")) {
    return { kind: "failure", reason: "nccl", line };
  }
  if (/\bXid\b/.test(line)) return { kind: "failure", reason: "gpu_fault", line };

  if (line.includes("Application startup complete.")) {
    return { kind: "progress", phase: "server", percent: 99 };
  }
  if (
    line.includes("Starting vLLM API server") || line.includes("Starting vLLM server on") ||
    line.includes("Available routes are:")
  ) return { kind: "progress", phase: "server", percent: 96 };
  if (line.includes("init engine (profile, create kv cache, warmup model) took")) {
    return { kind: "progress", phase: "cuda_graphs", percent: 93 };
  }
  if (line.includes("Graph capturing finished")) {
    return { kind: "progress", phase: "cuda_graphs", percent: 90 };
  }
  if (line.includes("Capturing CUDA graph")) {
    return { kind: "progress", phase: "cuda_graphs", percent: 80 };
  }
  if (
    line.includes("Available KV cache memory") || line.includes("GPU KV cache size") ||
    line.includes("Maximum concurrency for")
  ) return { kind: "progress", phase: "kv_cache", percent: 75 };
  if (line.includes("torch.compile takes")) {
    return { kind: "progress", phase: "compiling", percent: 70 };
  }
  if (line.includes("Model loading took")) {
    return { kind: "progress", phase: "compiling", percent: 62 };
  }
  const w = WEIGHTS_REGEXP.exec(line);
  if (w) {
    const p = Math.min(100, Number(w[1]));
    return { kind: "progress", phase: "weights", percent: Math.round(5 + p * 0.55) };
  }
  if (line.includes("non-default args: {")) {
    return { kind: "progress", phase: "starting", percent: 3 };
  }
  return null;
}

/** Progress of a load across nodes: phase and percent never go backwards. */
export interface LoadProgress {
  phase: LoadPhase;
  percent: number;
}

/** The progress after a signal; pure, monotonic. */
export function advance(progress: LoadProgress, signal: LogSignal | null): LoadProgress {
  if (!signal || signal.kind !== "progress") return progress;
  if (signal.percent <= progress.percent) return progress;
  return { phase: signal.phase, percent: signal.percent };
}

/** The first progress of a load, before any milestone. */
export const START_PROGRESS: LoadProgress = { phase: "starting", percent: 0 };
