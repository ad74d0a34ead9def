/**
 * The one door to the Sparks' shells. Everything in `lib/` that runs a
 * command on a host goes through a `CommandRunner`; the real one speaks SSH
 * (`SshRunner`), tests use a fake or the real one against simulated Sparks.
 */
import { HostUnreachableError } from "../errors.ts";

/** A remote command: an argv array (quoted by `shell.ts`) or a script for `bash -c`. */
export type Command = { argv: readonly string[] } | { script: string };

/** Options for one command. */
export interface RunOptions {
  /** Kill the command and resolve with `timedOut: true` after this long. */
  timeoutMs?: number;
  /** Aborting kills the remote command (the channel is closed). */
  signal?: AbortSignal;
  /** Streaming output, as it arrives (UTF-8 text, may split lines). */
  onStdout?: (chunk: string) => void;
  onStderr?: (chunk: string) => void;
  /** Bytes for the command's stdin; when absent stdin is closed at once (EOF). */
  stdin?: string;
  /**
   * Collect output into the result's `stdout`/`stderr` (default true). Long-
   * lived streams (`docker logs -f`) set false and read only the callbacks,
   * so an open log view does not grow the controller's memory.
   */
  keepOutput?: boolean;
}

/** What a command did. A failed command is a value, not an exception. */
export interface RunResult {
  /** Exit code; null when the command was killed by a signal or never finished. */
  code: number | null;
  /** Signal name when killed by one (e.g. `TERM`). */
  signal: string | null;
  stdout: string;
  stderr: string;
  /** True when `timeoutMs` ran out. */
  timedOut: boolean;
  /** True when `signal` aborted it. */
  aborted: boolean;
}

/**
 * Why a host cannot be reached. `unknown-host-key` and `host-key-changed`
 * carry the fingerprint the host presented so the UI can ask the owner.
 */
export type ConnectFailure =
  | { kind: "not-configured" }
  | { kind: "unreachable"; message: string }
  | { kind: "timeout"; message: string }
  | { kind: "auth-failed"; message: string }
  | { kind: "unknown-host-key"; fingerprint: string }
  | { kind: "host-key-changed"; expected: string; presented: string };

/** The state of the connection to one host, for the dashboard and the connectivity log. */
export type ConnectionState =
  | { state: "connected"; sinceMs: number; fingerprint: string }
  | { state: "connecting"; sinceMs: number }
  | { state: "disconnected"; sinceMs: number; failure: ConnectFailure };

/**
 * Thrown by `run()` when the host cannot be reached; `failure` says why.
 * It is a {@link HostUnreachableError}, so routes answer 503 without knowing about SSH.
 */
export class HostConnectError extends HostUnreachableError {
  override name = "HostConnectError";
  readonly failure: ConnectFailure;
  constructor(hostId: string, failure: ConnectFailure, opts: { cause?: unknown } = {}) {
    super(hostId, `Cannot reach "${hostId}": ${describeFailure(failure)}`, { cause: opts.cause });
    this.failure = failure;
  }
}

/** A plain-English sentence for a connect failure (shown to the owner). */
export function describeFailure(f: ConnectFailure): string {
  switch (f.kind) {
    case "not-configured":
      return "this Spark has no address or user yet";
    case "unreachable":
      return `the Spark did not answer (${f.message})`;
    case "timeout":
      return `the Spark took too long to answer (${f.message})`;
    case "auth-failed":
      return "the Spark refused the controller's SSH key";
    case "unknown-host-key":
      return `the Spark presented a key that has not been trusted yet (${f.fingerprint})`;
    case "host-key-changed":
      return `the Spark's identity changed: expected ${f.expected}, it presented ${f.presented}. ` +
        "This can mean the Spark was reinstalled, or that something is impersonating it";
  }
}

/** Runs commands on hosts by id. */
export interface CommandRunner {
  /** Runs one command; throws {@link HostConnectError} when the host cannot be reached. */
  run(hostId: string, command: Command, opts?: RunOptions): Promise<RunResult>;
  /** The connection state of a host. */
  state(hostId: string): ConnectionState;
  /** Subscribes to connection state changes (connect, drop, failure); returns unsubscribe. */
  onStateChange(listener: (hostId: string, state: ConnectionState) => void): () => void;
  /** Closes every connection. */
  close(): Promise<void>;
}
