import { type Config, SERVICE_NAMES, type ServiceKind } from "../config/mod.ts";
import type { Command, CommandRunner, RunResult } from "../cluster/runner.ts";
import { LineSplitter } from "../cluster/mod.ts";

/** A container whose `docker logs` the dashboard may follow. */
export interface LogSource {
  /** `<hostId>.<kind>`: URL-safe (host ids are `[a-z][a-z0-9-]*`, so the dot is unambiguous). */
  id: string;
  hostId: string;
  kind: ServiceKind;
  container: string;
  /** Plain English, for the viewer's picker. */
  label: string;
}

/** What `:service` of `/api/logs/:service` must look like before it is even looked up. */
export const LOG_SOURCE_ID_REGEXP = /^[a-z][a-z0-9-]{0,31}\.[a-z]{1,16}$/;

/** Lines of history sent before following (`docker logs --tail`). */
export const LOG_TAIL_LINES = 200;

/** Log streams open at once per host: each holds one of the host's few SSH channels. */
export const MAX_LOG_STREAMS_PER_HOST = 3;

/** A stream ends after this many characters so a chatty container cannot grow memory without bound. */
export const LOG_STREAM_MAX_CHARS = 16 * 1024 * 1024;

/** Longer lines are cut (a binary blob in a log must not become one giant frame). */

/**
 * The allow-list of log sources: every configured service with a container,
 * plus vLLM on every configured host (multi-node recipes run the vLLM
 * container on the workers too, and its errors often show there first).
 * Container names come from the validated config, never from a request.
 */
export function logSources(config: Config): LogSource[] {
  const out: LogSource[] = [];
  for (const host of config.hosts) {
    if (host.address === "" || host.sshUser === "") continue;
    const seen = new Set<ServiceKind>();
    const add = (kind: ServiceKind, container: string) => {
      if (seen.has(kind)) return;
      seen.add(kind);
      out.push({
        id: `${host.id}.${kind}`,
        hostId: host.id,
        kind,
        container,
        label: `${SERVICE_NAMES[kind]} on ${host.label}`,
      });
    };
    const vllm = host.services.find((s) => s.kind === "vllm");
    add("vllm", vllm?.container ?? config.vllm.container);
    for (const s of host.services) {
      if (s.container) add(s.kind, s.container);
    }
  }
  return out;
}

/** The argv that follows a container's log; the name is an allow-listed config value. */
export function followCommand(container: string, tail = LOG_TAIL_LINES): Command {
  return { argv: ["docker", "logs", "--follow", "--tail", String(tail), container] };
}

/** One batch of log lines; `stream` says whether docker wrote them to stdout or stderr. */
export interface LogBatch {
  stream: "out" | "err";
  lines: string[];
}

/** How a followed log ended. */
export type LogEnd =
  | { reason: "stopped"; code: number | null }
  | { reason: "aborted" }
  | { reason: "limit" };

/**
 * Follows `source`'s container log on its host until `signal` aborts (the
 * remote command is killed: the runner closes the channel), the container
 * stops, or {@link LOG_STREAM_MAX_CHARS} have passed. Throws what the runner
 * throws when the host cannot be reached.
 */
export async function followLogs(
  runner: CommandRunner,
  source: LogSource,
  opts: { signal: AbortSignal; onBatch: (batch: LogBatch) => void; maxChars?: number },
): Promise<LogEnd> {
  const limit = new AbortController();
  const signal = AbortSignal.any([opts.signal, limit.signal]);
  const maxChars = opts.maxChars ?? LOG_STREAM_MAX_CHARS;
  let chars = 0;
  const out = new LineSplitter();
  const err = new LineSplitter();
  const feed = (stream: "out" | "err", splitter: LineSplitter, chunk: string) => {
    if (limit.signal.aborted) return;
    chars += chunk.length;
    const lines = splitter.push(chunk);
    if (lines.length > 0) opts.onBatch({ stream, lines });
    if (chars > maxChars) limit.abort();
  };
  const res: RunResult = await runner.run(source.hostId, followCommand(source.container), {
    signal,
    keepOutput: false, // lines go to the browser; the runner must not collect a follow-forever stream
    onStdout: (c) => feed("out", out, c),
    onStderr: (c) => feed("err", err, c),
  });
  for (const [stream, splitter] of [["out", out], ["err", err]] as const) {
    const lines = splitter.flush();
    if (lines.length > 0 && !res.aborted) opts.onBatch({ stream, lines });
  }
  if (limit.signal.aborted) return { reason: "limit" };
  if (res.aborted) return { reason: "aborted" };
  return { reason: "stopped", code: res.code };
}

/** Counts open log streams per host, to keep SSH channels free for telemetry and swaps. */
export class LogStreamLimiter {
  #open = new Map<string, number>();
  readonly #max: number;

  constructor(max = MAX_LOG_STREAMS_PER_HOST) {
    this.#max = max;
  }

  /** Takes a slot on `hostId`; returns the release function, or null when all are taken. */
  acquire(hostId: string): (() => void) | null {
    const n = this.#open.get(hostId) ?? 0;
    if (n >= this.#max) return null;
    this.#open.set(hostId, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#open.set(hostId, (this.#open.get(hostId) ?? 1) - 1);
    };
  }
}
