/**
 * The real {@link CommandRunner}: one persistent ssh2 connection per host,
 * host keys pinned by SHA256 fingerprint, channels capped per connection.
 * See README.md beside this file for the state machine and its rules.
 */
import { type Client, type ClientChannel, type ConnectConfig, newClient } from "./_ssh2.ts";
import { type Clock, systemClock } from "../clock.ts";
import type { HostConfig } from "../config/mod.ts";
import { type Logger, silentLogger } from "../log.ts";
import { Backoff, type BackoffPolicy, DEFAULT_BACKOFF } from "./_backoff.ts";
import { Semaphore } from "./_semaphore.ts";
import { sshFingerprint } from "./fingerprint.ts";
import {
  type Command,
  type CommandRunner,
  type ConnectFailure,
  type ConnectionState,
  HostConnectError,
  type RunOptions,
  type RunResult,
} from "./runner.ts";
import { remoteCommand } from "./shell.ts";

/** The part of a host's config the runner needs to reach it. */
export type SshTarget = Pick<
  HostConfig,
  "id" | "address" | "sshPort" | "sshUser" | "hostKeyFingerprint"
>;

/** OpenSSH allows 10 sessions per connection (MaxSessions); stay below it. */
export const MAX_CHANNELS_PER_HOST = 8;

/** Options for {@link SshRunner}. */
export interface SshRunnerOptions {
  /** The hosts as configured now; read on every command so config changes apply. */
  hosts: () => readonly SshTarget[];
  /** Path of the controller's private key (OpenSSH format), read at each connect. */
  privateKeyPath: () => string;
  clock?: Clock;
  log?: Logger;
  /** Handshake deadline. Default 10 s. */
  connectTimeoutMs?: number;
  /** Keepalive probe interval; a dead peer is noticed after interval × countMax. Default 5 s. */
  keepaliveIntervalMs?: number;
  /** Unanswered keepalives before the connection counts as dead. Default 3. */
  keepaliveCountMax?: number;
  /** Channels open at once per host. Default {@link MAX_CHANNELS_PER_HOST}. */
  maxChannels?: number;
  /** Reconnect backoff. Default 0.5 s doubling to 30 s. */
  backoff?: BackoffPolicy;
  /** How long a cancelled channel may take to close before its slot is freed anyway. */
  closeGraceMs?: number;
}

/** The outcome of {@link testConnection} or {@link SshRunner.testConnection}. */
export type ConnectionTestResult =
  | { ok: true; fingerprint: string; latencyMs: number }
  | { ok: false; failure: ConnectFailure };

/** The outcome of {@link probeHostKey}. */
export type HostKeyProbe =
  | { ok: true; fingerprint: string }
  | { ok: false; failure: ConnectFailure };

/** Something that can try a host's settings before they are saved (the settings page). */
export interface ConnectionTester {
  /** Connects with `target`'s settings, runs `true`, disconnects; never throws for a bad host. */
  testConnection(target: SshTarget): Promise<ConnectionTestResult>;
}

interface Conn {
  client: Client;
  sem: Semaphore;
  fingerprint: string;
  dropped: boolean;
  /** Called with the failure when the connection drops under running commands. */
  inflight: Set<(failure: ConnectFailure) => void>;
  closed: Promise<void>;
}

interface HostEntry {
  /** Identity of the settings the connection was made with; a change reconnects. */
  key: string;
  conn: Conn | null;
  connecting: Promise<Conn> | null;
  backoff: Backoff;
  lastFailure: ConnectFailure | null;
}

/** Channel-open attempts before a refused session is reported (5, 10, 20, 40, 80 ms apart). */
const OPEN_RETRIES = 5;

const SESSION_ENDED: ConnectFailure = { kind: "unreachable", message: "connection closed" };

/** Runs commands over SSH; see the module doc. */
export class SshRunner implements CommandRunner, ConnectionTester {
  #opts: Required<Omit<SshRunnerOptions, "clock" | "log">>;
  #clock: Clock;
  #log: Logger;
  #entries = new Map<string, HostEntry>();
  #states = new Map<string, ConnectionState>();
  #listeners = new Set<(hostId: string, state: ConnectionState) => void>();
  #closed = false;
  #bornMs: number;

  constructor(opts: SshRunnerOptions) {
    this.#clock = opts.clock ?? systemClock;
    this.#log = opts.log ?? silentLogger;
    this.#opts = {
      hosts: opts.hosts,
      privateKeyPath: opts.privateKeyPath,
      connectTimeoutMs: opts.connectTimeoutMs ?? 10_000,
      keepaliveIntervalMs: opts.keepaliveIntervalMs ?? 5_000,
      keepaliveCountMax: opts.keepaliveCountMax ?? 3,
      maxChannels: Math.min(opts.maxChannels ?? MAX_CHANNELS_PER_HOST, 9),
      backoff: opts.backoff ?? DEFAULT_BACKOFF,
      closeGraceMs: opts.closeGraceMs ?? 5_000,
    };
    this.#bornMs = this.#clock.now();
  }

  /** Runs one command on `hostId`; see {@link CommandRunner.run}. */
  async run(hostId: string, command: Command, opts: RunOptions = {}): Promise<RunResult> {
    // Build the line first: a bad argv throws before anything touches the network.
    const line = remoteCommand(command);
    const target = this.#opts.hosts().find((h) => h.id === hostId);
    if (this.#closed) {
      throw new HostConnectError(hostId, {
        kind: "unreachable",
        message: "the controller is shutting down",
      });
    }
    if (!target || !hasAddress(target)) {
      throw new HostConnectError(hostId, { kind: "not-configured" });
    }

    // One cancel signal covers connecting, waiting for a channel and running.
    const cancel = new AbortController();
    let why: "timeout" | "abort" | null = null;
    const onAbort = () => {
      why ??= "abort";
      cancel.abort();
    };
    if (opts.signal?.aborted) return emptyResult({ aborted: true });
    opts.signal?.addEventListener("abort", onAbort, { once: true });
    const timer = opts.timeoutMs === undefined ? null : this.#clock.setTimeout(() => {
      why ??= "timeout";
      cancel.abort();
    }, opts.timeoutMs);
    try {
      const conn = await raceSignal(this.#connection(target), cancel.signal);
      const release = await conn.sem.acquire(cancel.signal);
      return await this.#exec(hostId, conn, line, opts, cancel.signal, release, () => why);
    } catch (err) {
      if (err instanceof HostConnectError || !cancel.signal.aborted) throw err;
      return emptyResult({ timedOut: why === "timeout", aborted: why === "abort" });
    } finally {
      timer?.cancel();
      opts.signal?.removeEventListener("abort", onAbort);
    }
  }

  /** The connection state of a host. */
  state(hostId: string): ConnectionState {
    return this.#states.get(hostId) ?? {
      state: "disconnected",
      sinceMs: this.#bornMs,
      failure: { kind: "unreachable", message: "not connected yet" },
    };
  }

  /** Subscribes to state changes; listeners run synchronously at the moment of change. */
  onStateChange(listener: (hostId: string, state: ConnectionState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Drops connections whose host settings changed or vanished (call on config
   * change). `run()` also checks lazily, so this only makes the drop prompt.
   */
  refresh(): void {
    const targets = new Map(this.#opts.hosts().map((h) => [h.id, h]));
    for (const [id, entry] of this.#entries) {
      const t = targets.get(id);
      if (!t || this.#keyOf(t) !== entry.key) {
        void this.#forget(id, entry, true);
      }
    }
  }

  /** Connects with `target`'s settings in a fresh connection, runs `true`, disconnects. */
  async testConnection(target: SshTarget): Promise<ConnectionTestResult> {
    if (!hasAddress(target)) return { ok: false, failure: { kind: "not-configured" } };
    const started = performance.now();
    let client: Client | null = null;
    try {
      const opened = await openClient(target, await this.#readKey(target.id), this.#connectOpts());
      client = opened.client;
      const conn: Conn = {
        client,
        sem: new Semaphore(1),
        fingerprint: opened.fingerprint,
        dropped: false,
        inflight: new Set(),
        closed: Promise.resolve(),
      };
      const r = await this.#exec(
        target.id,
        conn,
        "true",
        {},
        new AbortController().signal,
        () => {},
        () => null,
      );
      if (r.code !== 0) {
        return {
          ok: false,
          failure: { kind: "unreachable", message: `'true' exited with ${r.code}` },
        };
      }
      return { ok: true, fingerprint: opened.fingerprint, latencyMs: performance.now() - started };
    } catch (err) {
      if (err instanceof HostConnectError) return { ok: false, failure: err.failure };
      throw err;
    } finally {
      if (client) await endClient(client);
    }
  }

  /** Closes every connection; commands still running fail with `HostConnectError`. */
  async close(): Promise<void> {
    this.#closed = true;
    const waits: Promise<void>[] = [];
    for (const [id, entry] of this.#entries) waits.push(this.#forget(id, entry));
    await Promise.all(waits);
  }

  #keyOf(t: SshTarget): string {
    return JSON.stringify([
      t.address,
      t.sshPort,
      t.sshUser,
      t.hostKeyFingerprint,
      this.#opts.privateKeyPath(),
    ]);
  }

  #connectOpts() {
    return {
      readyTimeout: this.#opts.connectTimeoutMs,
      keepaliveInterval: this.#opts.keepaliveIntervalMs,
      keepaliveCountMax: this.#opts.keepaliveCountMax,
    };
  }

  #setState(hostId: string, state: ConnectionState): void {
    this.#states.set(hostId, state);
    for (const listener of this.#listeners) {
      try {
        listener(hostId, state);
      } catch (err) {
        this.#log.error("connection state listener failed", { hostId, err });
      }
    }
  }

  /**
   * Closes and forgets a host's connection; resolves when the socket is closed.
   * `announce` reports the drop now (settings changed); shutdown stays quiet.
   */
  #forget(hostId: string, entry: HostEntry, announce = false): Promise<void> {
    this.#entries.delete(hostId);
    const conn = entry.conn;
    if (!conn) return Promise.resolve();
    if (announce && !conn.dropped) {
      this.#setState(hostId, {
        state: "disconnected",
        sinceMs: this.#clock.now(),
        failure: { kind: "unreachable", message: "host settings changed" },
      });
    }
    conn.client.end();
    return conn.closed;
  }

  async #readKey(hostId: string): Promise<string> {
    const path = this.#opts.privateKeyPath();
    try {
      return await Deno.readTextFile(path);
    } catch (err) {
      throw new HostConnectError(hostId, {
        kind: "auth-failed",
        message: `cannot read the controller's private key (${(err as Error).name})`,
      }, { cause: err });
    }
  }

  /** The live connection to `target`, connecting (once, shared) when needed. */
  #connection(target: SshTarget): Promise<Conn> {
    const key = this.#keyOf(target);
    let entry = this.#entries.get(target.id);
    if (entry && entry.key !== key) {
      void this.#forget(target.id, entry, true);
      entry = undefined;
    }
    if (!entry) {
      entry = {
        key,
        conn: null,
        connecting: null,
        backoff: new Backoff(this.#opts.backoff),
        lastFailure: null,
      };
      this.#entries.set(target.id, entry);
    }
    if (entry.conn && !entry.conn.dropped) return Promise.resolve(entry.conn);
    if (entry.connecting) return entry.connecting;
    if (!entry.backoff.mayTry(this.#clock.now()) && entry.lastFailure) {
      // No reconnect storm: until the backoff passes, fail fast with the last reason.
      return Promise.reject(new HostConnectError(target.id, entry.lastFailure));
    }
    const e = entry;
    this.#setState(target.id, { state: "connecting", sinceMs: this.#clock.now() });
    e.connecting = this.#connect(target, e).finally(() => {
      e.connecting = null;
    });
    return e.connecting;
  }

  async #connect(target: SshTarget, entry: HostEntry): Promise<Conn> {
    try {
      const { client, fingerprint } = await openClient(
        target,
        await this.#readKey(target.id),
        this.#connectOpts(),
      );
      let closedResolve!: () => void;
      const conn: Conn = {
        client,
        sem: new Semaphore(this.#opts.maxChannels),
        fingerprint,
        dropped: false,
        inflight: new Set(),
        closed: new Promise((r) => (closedResolve = r)),
      };
      const onDrop = (failure: ConnectFailure) => {
        if (conn.dropped) return;
        conn.dropped = true;
        for (const fail of [...conn.inflight]) fail(failure);
        // Only report if this connection is still the host's current one.
        if (this.#entries.get(target.id)?.conn === conn) {
          this.#setState(target.id, { state: "disconnected", sinceMs: this.#clock.now(), failure });
        }
        this.#log.info("ssh connection dropped", { hostId: target.id, reason: failure.kind });
      };
      // Emitted the moment the peer goes away, so the connectivity log sees short outages.
      client.on("error", (err: Error & { level?: string }) => onDrop(classify(err)));
      client.on("end", () => onDrop(SESSION_ENDED));
      client.on("close", () => {
        onDrop(SESSION_ENDED);
        closedResolve();
      });
      if (this.#closed || this.#entries.get(target.id) !== entry) {
        // Closed or reconfigured while connecting: do not keep a stale connection.
        client.end();
        throw new HostConnectError(target.id, {
          kind: "unreachable",
          message: "connection superseded",
        });
      }
      entry.conn = conn;
      entry.lastFailure = null;
      entry.backoff.succeed();
      this.#setState(target.id, { state: "connected", sinceMs: this.#clock.now(), fingerprint });
      return conn;
    } catch (err) {
      const failure = err instanceof HostConnectError
        ? err.failure
        : { kind: "unreachable" as const, message: String(err) };
      entry.lastFailure = failure;
      entry.backoff.fail(this.#clock.now());
      this.#setState(target.id, { state: "disconnected", sinceMs: this.#clock.now(), failure });
      throw err instanceof HostConnectError
        ? err
        : new HostConnectError(target.id, failure, { cause: err });
    }
  }

  /** Runs `line` on an open connection; `release` frees the channel slot exactly once. */
  #exec(
    hostId: string,
    conn: Conn,
    line: string,
    opts: RunOptions,
    cancel: AbortSignal,
    release: () => void,
    why: () => "timeout" | "abort" | null,
  ): Promise<RunResult> {
    return new Promise<RunResult>((resolve, reject) => {
      const keep = opts.keepOutput !== false;
      let stdout = "";
      let stderr = "";
      let code: number | null = null;
      let signal: string | null = null;
      let done = false;
      let stream: ClientChannel | null = null;
      const outDecoder = new TextDecoder();
      const errDecoder = new TextDecoder();
      const finish = (settle: () => void) => {
        if (done) return;
        done = true;
        conn.inflight.delete(onDrop);
        cancel.removeEventListener("abort", onCancel);
        settle();
      };
      const onDrop = (failure: ConnectFailure) => {
        release();
        finish(() => reject(new HostConnectError(hostId, failure)));
      };
      const onCancel = () => {
        if (stream) closeChannel(stream);
        // A server that never confirms the close must not hold the slot forever.
        const grace = this.#clock.setTimeout(release, this.#opts.closeGraceMs);
        stream?.once("close", () => grace.cancel());
        if (!stream) grace.cancel();
        const w = why();
        finish(() =>
          resolve({
            code,
            signal,
            stdout,
            stderr,
            timedOut: w === "timeout",
            aborted: w === "abort",
          })
        );
      };
      conn.inflight.add(onDrop);
      cancel.addEventListener("abort", onCancel, { once: true });
      if (conn.dropped) return onDrop(SESSION_ENDED);
      if (cancel.aborted) return onCancel();
      const open = (attempt: number) =>
        conn.client.exec(line, (err, ch) => {
          if (err) {
            // sshd frees a session only after its main loop has seen our CLOSE, so
            // an OPEN right behind it can find MaxSessions still full. Retry briefly.
            if (!done && !conn.dropped && attempt < OPEN_RETRIES) {
              this.#clock.setTimeout(() => {
                if (!done && !conn.dropped) open(attempt + 1);
                else release();
              }, 5 * 2 ** attempt);
              return;
            }
            release();
            if (done) return;
            return finish(() =>
              reject(
                new HostConnectError(hostId, {
                  kind: "unreachable",
                  message: `the host refused a session (${err.message})`,
                }, { cause: err }),
              )
            );
          }
          stream = ch;
          ch.on("close", () => {
            release();
            if (keep) {
              stdout += outDecoder.decode();
              stderr += errDecoder.decode();
            }
            finish(() =>
              resolve({ code, signal, stdout, stderr, timedOut: false, aborted: false })
            );
          });
          if (done) {
            // Cancelled while the channel was opening: close it at once.
            closeChannel(ch);
            return;
          }
          ch.on("data", (chunk: Uint8Array) => {
            const text = outDecoder.decode(chunk, { stream: true });
            if (keep) stdout += text;
            if (text) opts.onStdout?.(text);
          });
          ch.stderr.on("data", (chunk: Uint8Array) => {
            const text = errDecoder.decode(chunk, { stream: true });
            if (keep) stderr += text;
            if (text) opts.onStderr?.(text);
          });
          ch.on("exit", (c: number | null, sig?: string) => {
            if (typeof c === "number") code = c;
            // ssh2 reports `SIGTERM`; the runner's contract (and OpenSSH's wire name) is `TERM`.
            else signal = sig ? sig.replace(/^SIG/, "") : null;
          });
          // stdin: the given bytes, else EOF at once, so a prompt (`Build now? [y/N]`) aborts.
          if (opts.stdin !== undefined) ch.end(opts.stdin);
          else ch.end();
        });
      open(0);
    });
  }
}

/** ssh2's channel internals used by {@link closeChannel}; not in its public types. */
interface ChannelInternals {
  outgoing?: { id: number; state: string };
  _client?: { _protocol?: { signal(id: number, name: string): void } };
}

function closeChannel(ch: ClientChannel): void {
  // OpenSSH (>= 7.9) delivers a `signal` request to a non-root user's command;
  // closing alone would leave a non-tty command running on the host. ssh2's
  // public `signal()` is a no-op once stdin has been ended (we always end it),
  // so send the request through its protocol object directly.
  const inner = ch as unknown as ChannelInternals;
  try {
    // After our stdin EOF the outgoing state is "eof"; the channel is still open.
    const out = inner.outgoing;
    if (out && (out.state === "open" || out.state === "eof")) {
      inner._client?._protocol?.signal(out.id, "TERM");
    }
  } catch {
    // The channel may already be closing; signalling is best effort, close() follows.
  }
  ch.close();
}

function hasAddress(t: SshTarget): boolean {
  return t.address !== "" && t.sshUser !== "";
}

function emptyResult(extra: Partial<RunResult>): RunResult {
  return {
    code: null,
    signal: null,
    stdout: "",
    stderr: "",
    timedOut: false,
    aborted: false,
    ...extra,
  };
}

function raceSignal<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** Maps an ssh2/socket error to a failure the owner can act on. */
function classify(err: Error & { level?: string; code?: string }): ConnectFailure {
  if (err.level === "client-authentication") return { kind: "auth-failed", message: err.message };
  if (err.level === "client-timeout" || /timed out/i.test(err.message)) {
    return { kind: "timeout", message: err.message };
  }
  const byCode: Record<string, string> = {
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset",
    EHOSTUNREACH: "no route to host",
    ENETUNREACH: "network unreachable",
    ETIMEDOUT: "connection timed out",
  };
  if (err.code === "ETIMEDOUT") return { kind: "timeout", message: byCode.ETIMEDOUT };
  return { kind: "unreachable", message: (err.code && byCode[err.code]) ?? err.message };
}

interface ClientTimeouts {
  readyTimeout: number;
  keepaliveInterval: number;
  keepaliveCountMax: number;
}

/**
 * Opens an authenticated connection, verifying the host key against the pin.
 * Rejects with a {@link HostConnectError} saying why.
 */
function openClient(
  target: SshTarget,
  privateKey: string,
  timeouts: ClientTimeouts,
): Promise<{ client: Client; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const client = newClient();
    let presented: string | null = null;
    let refusal: ConnectFailure | null = null;
    let failure: ConnectFailure | null = null;
    let cause: unknown;
    let ready = false;
    client.on("ready", () => {
      ready = true;
      resolve({ client, fingerprint: presented ?? "" });
    });
    client.on("error", (err: Error & { level?: string }) => {
      if (ready || failure) return;
      failure = refusal ?? classify(err);
      cause = err;
      client.end();
    });
    // Reject only once the socket is closed, so nothing outlives the failed attempt.
    client.on("close", () => {
      if (!ready) {
        reject(new HostConnectError(target.id, refusal ?? failure ?? SESSION_ENDED, { cause }));
      }
    });
    const config: ConnectConfig = {
      host: target.address,
      port: target.sshPort,
      username: target.sshUser,
      privateKey,
      // Never an agent: the controller authenticates with its own key only.
      agent: undefined,
      tryKeyboard: false,
      ...timeouts,
      hostVerifier: (key: Uint8Array) => {
        presented = sshFingerprint(key);
        const pinned = target.hostKeyFingerprint;
        if (pinned === null) {
          // Trust on first use is the owner's decision, never ours.
          refusal = { kind: "unknown-host-key", fingerprint: presented };
          return false;
        }
        if (pinned !== presented) {
          refusal = { kind: "host-key-changed", expected: pinned, presented };
          return false;
        }
        return true;
      },
    };
    try {
      client.connect(config);
      // TCP_NODELAY: without it each small exec waits on Nagle + delayed ACK (~40-90 ms).
      client.setNoDelay(true);
    } catch (err) {
      // ssh2 throws synchronously for a malformed key; nothing was opened.
      const message = err instanceof Error ? err.message : String(err);
      reject(new HostConnectError(target.id, { kind: "auth-failed", message }, { cause: err }));
    }
  });
}

/** Ends a client and waits for its socket to close. */
function endClient(client: Client): Promise<void> {
  return new Promise((resolve) => {
    client.once("close", () => resolve());
    client.end();
  });
}

/**
 * Connects to `address:port` far enough to see the host key and returns its
 * fingerprint, without authenticating (for the "trust this Spark?" prompt).
 */
export function probeHostKey(
  address: string,
  port: number,
  timeoutMs = 5_000,
): Promise<HostKeyProbe> {
  return new Promise((resolve) => {
    const client = newClient();
    let result: HostKeyProbe | null = null;
    client.on("error", (err: Error & { level?: string }) => {
      result ??= { ok: false, failure: classify(err) };
      client.end();
    });
    client.on("ready", () => {
      result ??= { ok: false, failure: { kind: "unreachable", message: "unexpected login" } };
      client.end();
    });
    // Answer once the socket is closed, so nothing outlives the probe.
    client.on("close", () => resolve(result ?? { ok: false, failure: SESSION_ENDED }));
    try {
      client.connect({
        host: address,
        port,
        username: "probe",
        agent: undefined,
        readyTimeout: timeoutMs,
        hostVerifier: (key: Uint8Array) => {
          result = { ok: true, fingerprint: sshFingerprint(key) };
          // Refuse: we only wanted to see the key; nothing authenticates.
          return false;
        },
      });
      client.setNoDelay(true);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      resolve({ ok: false, failure: { kind: "unreachable", message } });
    }
  });
}

/** Tests `target` with a one-off connection and key file (see {@link SshRunner.testConnection}). */
export function testConnection(
  target: SshTarget,
  privateKeyPath: string,
  opts: { clock?: Clock } = {},
): Promise<ConnectionTestResult> {
  const runner = new SshRunner({
    hosts: () => [target],
    privateKeyPath: () => privateKeyPath,
    clock: opts.clock,
  });
  return runner.testConnection(target).finally(() => runner.close());
}
