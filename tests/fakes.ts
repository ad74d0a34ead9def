/**
 * Fakes for app tests: an in-memory store, a fake clock, a recording fetch.
 * `fakeDeps()` builds a complete Deps whose parts tests can replace.
 */
import { Registry } from "prom-client";
import type { Clock, TimerHandle } from "../lib/clock.ts";
import { type Config, ConfigStore, defaultConfig } from "../lib/config/mod.ts";
import type { Deps } from "../lib/deps.ts";
import { EventBus } from "../lib/events/mod.ts";
import { silentLogger } from "../lib/log.ts";
import { openStore } from "../lib/store/mod.ts";
import { Sessions } from "../lib/http/sessions.ts";
import { createGateway } from "../lib/gateway/mod.ts";
import { SwapController } from "../lib/swap/mod.ts";
import { ConnectivityLog, Monitor, registerMonitorMetrics } from "../lib/monitor/mod.ts";
import { clusterSnapshot } from "../lib/snapshot.ts";
import { Redactor } from "../lib/redact/mod.ts";
import { createSearch } from "../lib/search/mod.ts";
import { ffmpegDecoder } from "../lib/speech/mod.ts";
import { VERSION } from "../lib/version.ts";
import type { ControllerKeys } from "../lib/keys/mod.ts";
import { MatrixBridge } from "../lib/matrix_bridge/mod.ts";
import {
  type Command,
  type CommandRunner,
  type ConnectFailure,
  type ConnectionState,
  HostConnectError,
  remoteCommand,
  type RunOptions,
  type RunResult,
} from "../lib/cluster/mod.ts";

/** A clock that only moves when the test calls `advance()`. */
export class FakeClock implements Clock {
  #now: number;
  #timers: { at: number; fn: () => void; id: number }[] = [];
  #nextId = 1;

  constructor(startMs = 1_700_000_000_000) {
    this.#now = startMs;
  }

  now(): number {
    return this.#now;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const timer = { at: this.#now + Math.max(0, ms), fn, id: this.#nextId++ };
    this.#timers.push(timer);
    return { cancel: () => void (this.#timers = this.#timers.filter((t) => t !== timer)) };
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const handle = this.setTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, ms);
      const onAbort = () => {
        handle.cancel();
        reject(signal?.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Number of timers waiting to fire. */
  get pending(): number {
    return this.#timers.length;
  }

  /** Moves time forward, firing due timers in order (and letting their promises settle). */
  async advance(ms: number): Promise<void> {
    const target = this.#now + ms;
    while (true) {
      this.#timers.sort((a, b) => a.at - b.at || a.id - b.id);
      const next = this.#timers[0];
      if (!next || next.at > target) break;
      this.#timers.shift();
      this.#now = next.at;
      next.fn();
      await flushMicrotasks();
    }
    this.#now = target;
    await flushMicrotasks();
  }
}

/** Lets pending promise callbacks run. */
export async function flushMicrotasks(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** A fetch that records calls and answers from a handler. */
export function recordingFetch(
  handler: (req: Request) => Response | Promise<Response>,
): typeof fetch & { calls: Request[] } {
  const calls: Request[] = [];
  const fn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req = new Request(input, init);
    calls.push(req.clone());
    return await handler(req);
  }) as typeof fetch & { calls: Request[] };
  fn.calls = calls;
  return fn;
}

/** One command a {@link FakeRunner} received. */
export interface FakeRunCall {
  hostId: string;
  command: Command;
  /** The exact line the real runner would send (quoted argv, or `bash -c '…'`). */
  line: string;
  opts: RunOptions;
}

/** A fake answer: stdout text, part of a result, or a thrown `HostConnectError`. */
export type FakeRunAnswer = string | Partial<RunResult>;

/** Answers a recorded call; may be async, may throw (e.g. `HostConnectError`). */
export type FakeRunHandler = (call: FakeRunCall) => FakeRunAnswer | Promise<FakeRunAnswer>;

/** The fingerprint a {@link FakeRunner} host reports while connected. */
export const FAKE_FINGERPRINT = `SHA256:${"A".repeat(43)}`;

/**
 * A `CommandRunner` that records every call and answers from a handler.
 * Assert on `calls` (what the code asked for), not on what the handler said.
 */
export class FakeRunner implements CommandRunner {
  /** Every call, in order. */
  readonly calls: FakeRunCall[] = [];
  #handler: FakeRunHandler;
  #states = new Map<string, ConnectionState>();
  #down = new Map<string, ConnectFailure>();
  #listeners = new Set<(hostId: string, state: ConnectionState) => void>();

  constructor(handler: FakeRunHandler = () => ({})) {
    this.#handler = handler;
  }

  /**
   * Answers by the first rule whose pattern matches the command line; a
   * line no rule matches exits 127 like an unknown command.
   */
  static scripted(
    rules: [RegExp | string, FakeRunAnswer | FakeRunHandler][],
  ): FakeRunner {
    return new FakeRunner((call) => {
      for (const [pattern, answer] of rules) {
        const hit = typeof pattern === "string"
          ? call.line.includes(pattern)
          : pattern.test(call.line);
        if (hit) return typeof answer === "function" ? answer(call) : answer;
      }
      return { code: 127, stderr: `fake: no rule for: ${call.line}\n` };
    });
  }

  /** The command lines sent to `hostId` (or to every host). */
  lines(hostId?: string): string[] {
    return this.calls.filter((c) => hostId === undefined || c.hostId === hostId).map((c) => c.line);
  }

  async run(hostId: string, command: Command, opts: RunOptions = {}): Promise<RunResult> {
    // Like the real runner: a bad argv throws before anything is recorded as sent.
    const line = remoteCommand(command);
    const down = this.#down.get(hostId);
    if (down) throw new HostConnectError(hostId, down);
    const call = { hostId, command, line, opts };
    this.calls.push(call);
    if (opts.signal?.aborted) {
      return { code: null, signal: null, stdout: "", stderr: "", timedOut: false, aborted: true };
    }
    const answer = await this.#handler(call);
    const part = typeof answer === "string" ? { stdout: answer } : answer;
    const result: RunResult = {
      code: 0,
      signal: null,
      stdout: "",
      stderr: "",
      timedOut: false,
      aborted: false,
      ...part,
    };
    if (result.stdout) opts.onStdout?.(result.stdout);
    if (result.stderr) opts.onStderr?.(result.stderr);
    return result;
  }

  state(hostId: string): ConnectionState {
    return this.#states.get(hostId) ??
      { state: "connected", sinceMs: 0, fingerprint: FAKE_FINGERPRINT };
  }

  /** Sets a host's state and notifies listeners, as a real drop or reconnect would. */
  setState(hostId: string, state: ConnectionState): void {
    this.#states.set(hostId, state);
    if (state.state === "disconnected") this.#down.set(hostId, state.failure);
    else this.#down.delete(hostId);
    for (const listener of this.#listeners) listener(hostId, state);
  }

  onStateChange(listener: (hostId: string, state: ConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** A fixed controller key for app tests (no file is read or written). */
export const FAKE_KEYS: ControllerKeys = {
  path: () => "/nonexistent/ssh/id_ed25519",
  publicKey: () =>
    Promise.resolve({
      path: "/nonexistent/ssh/id_ed25519",
      publicKey:
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEzE0lSqhWvbT8aHmoyInCmESzpb69PuLcE5/mK+hD85 spark-control",
      fingerprint: "SHA256:Dnyqx5BEaTnlWdPp6oUzp1eYCu3Uymx1d65loiE9/90",
      created: false,
    }),
};

/** A complete Deps for app tests, in memory; override any part. */
export function fakeDeps(
  overrides: Partial<Deps> & { configure?: (c: Config) => void } = {},
): Deps {
  const config = defaultConfig();
  overrides.configure?.(config);
  const clock = overrides.clock ?? new FakeClock();
  const store = openStore(":memory:");
  const events = new EventBus({ now: () => clock.now() });
  const configStore = overrides.config ?? new ConfigStore(config);
  const metrics = overrides.metrics ?? new Registry();
  const connectivity = new ConnectivityLog(store.db);
  const fetchFn = overrides.fetch ??
    (() => Promise.reject(new TypeError("fakeDeps: no fetch configured")));
  const runner = overrides.runner ?? new FakeRunner();
  const deps: Deps = {
    version: VERSION,
    dataDir: "/nonexistent",
    staticDir: new URL("../static/", import.meta.url).pathname,
    config: configStore,
    store,
    events,
    clock,
    log: silentLogger,
    fetch: fetchFn,
    metrics,
    sessions: new Sessions(() => clock.now()),
    runner,
    swap: new SwapController({
      runner,
      fetch: fetchFn,
      clock,
      config: configStore,
      db: store.db,
      events,
      log: silentLogger,
    }),
    // No TCP connect probe: fake upstreams answer (or refuse) through fetch itself.
    gateway: createGateway({
      config: configStore,
      clock,
      metrics,
      connect: () => Promise.resolve(),
    }),
    connectivity,
    monitor: new Monitor({
      config: configStore,
      fetch: fetchFn,
      clock,
      events,
      log: silentLogger,
      connectivity,
      runner,
      db: store.db,
      swapLoading: () => deps.swap.vllmStopped(),
    }),
    redact: new Redactor({ clock }),
    search: createSearch({
      config: configStore,
      fetch: fetchFn,
      log: silentLogger,
      admissions: { get: (name) => deps.gateway.admissions.get(name) },
    }),
    audioDecoder: ffmpegDecoder(),
    keys: FAKE_KEYS,
    sshCheck: {
      probeHostKey: () => Promise.resolve({ ok: true, fingerprint: FAKE_FINGERPRINT }),
      testConnection: () =>
        Promise.resolve({ ok: true, fingerprint: FAKE_FINGERPRINT, latencyMs: 1 }),
    },
    matrixBridge: new MatrixBridge({
      runner,
      settings: () => configStore.get().matrixBridge,
      clock,
      publish: (type, data) => events.publish(type, data),
    }),
    snapshot: () => clusterSnapshot(deps),
    start: () => Promise.resolve(),
    close: async () => {
      await deps.matrixBridge.close();
      await deps.swap.close();
      deps.monitor.stop();
      deps.gateway.close();
      events.close();
      store.close();
    },
    ...overrides,
  };
  deps.gateway.awaitModelReady = (model, signal) => deps.swap.awaitReady(model, signal);
  if (!overrides.metrics) registerMonitorMetrics(metrics, deps.monitor, deps.connectivity);
  return deps;
}
