/**
 * The matrix-bridge bot's controller: status from `docker inspect`, the
 * restart/stop/start actions, logs, and the update (one at a time, hard
 * 25-minute cap on the injected clock, fail-loud). See README.md.
 */
import type { Clock, TimerHandle } from "../clock.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { type CommandRunner, HostConnectError, type RunResult } from "../cluster/mod.ts";
import { type Logger, silentLogger } from "../log.ts";
import {
  actionCommand,
  type BridgeAction,
  type BridgeSettings,
  inspectCommand,
  logsCommand,
  type Phase,
  PHASES,
  updateScript,
  validateBridgeSettings,
} from "./commands.ts";
import {
  type BotStatus,
  detectPhase,
  explainFailure,
  parseInspect,
  PHASE_WORDS,
} from "./phases.ts";
import { LineSplitter } from "../cluster/mod.ts";

/** The hard cap on one update (issue 10). */
export const UPDATE_CAP_MS = 25 * 60 * 1000;

/** Status re-checks after an action, so a fast restart (or a crash right after) shows up. */
export const RECHECK_AFTER_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000];

/** Lines kept from the current update (older ones are dropped from the replay, not the log). */
export const MAX_UPDATE_LINES = 5_000;

/** The event type published on the bus for the tile. */
export const BRIDGE_EVENT = "matrix-bridge";

/** An update, as the tile and the API show it. */
export interface UpdateView {
  id: string;
  state: "running" | "succeeded" | "failed";
  startedAtMs: number;
  endedAtMs: number | null;
  /** The phase running now, or the last one reached. */
  phase: Phase | null;
  /** Phases finished, in order. */
  done: Phase[];
  /** The phase that failed, when `state` is `failed`. */
  failedPhase: Phase | null;
  /** Plain-English reason, when `state` is `failed`. */
  error: string | null;
  /** True when the old container was never touched (failure before `recreate`). */
  oldContainerUntouched: boolean | null;
  lineCount: number;
}

/** What a subscriber to the update stream receives. */
export type UpdateEvent =
  | { type: "line"; line: string; n: number }
  | { type: "phase"; phase: Phase }
  | { type: "done"; update: UpdateView };

/** Timing of the `healthy` phase. */
export interface HealthTiming {
  /** Between `docker inspect` polls while waiting for the new container. */
  pollMs: number;
  /** The new container must stay up (same id and start time) this long. */
  settleMs: number;
  /** Give up waiting for a running container after this long. */
  timeoutMs: number;
}

/** Defaults: a bot restarting in a loop is caught by the settle check. */
export const DEFAULT_HEALTH: HealthTiming = { pollMs: 2_000, settleMs: 10_000, timeoutMs: 180_000 };

/** Options of {@link MatrixBridge}. */
export interface MatrixBridgeOptions {
  /** Runs commands as the bot's user on its host (hostId = `settings().hostId`). */
  runner: CommandRunner;
  /** The bot's settings as configured now (read on every call, so changes apply at once). */
  settings: () => BridgeSettings;
  clock: Clock;
  /** Receives status and update changes for the dashboard. */
  publish?: (type: string, data: unknown) => void;
  log?: Logger;
  capMs?: number;
  recheckAfterMs?: readonly number[];
  health?: Partial<HealthTiming>;
  /** Per-command deadline for inspect/actions/logs. Default 60 s. */
  commandTimeoutMs?: number;
}

/** Drives the bot container; see the module doc. */
export class MatrixBridge {
  #o: MatrixBridgeOptions;
  #health: HealthTiming;
  #log: Logger;
  #status: BotStatus | null = null;
  #update: UpdateView | null = null;
  #lines: string[] = [];
  #listeners = new Set<(e: UpdateEvent) => void>();
  #rechecks: TimerHandle[] = [];
  #actionBusy = false;
  #abort: AbortController | null = null;
  #running: Promise<void> | null = null;
  #seq = 0;

  constructor(opts: MatrixBridgeOptions) {
    this.#o = opts;
    this.#health = { ...DEFAULT_HEALTH, ...opts.health };
    this.#log = opts.log ?? silentLogger;
  }

  /** True when a bot user is configured (blank user = feature off, tile hidden). */
  enabled(): boolean {
    return this.#o.settings().user.trim() !== "";
  }

  /** The last status seen (null before the first check). */
  lastStatus(): BotStatus | null {
    return this.#status;
  }

  /** The running or last update, if any. */
  update(): UpdateView | null {
    return this.#update ? { ...this.#update, done: [...this.#update.done] } : null;
  }

  /** Lines of the running or last update so far, oldest first. */
  updateLines(): string[] {
    return [...this.#lines];
  }

  /** Subscribes to update lines, phases and the end; returns unsubscribe. */
  subscribe(listener: (e: UpdateEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves when the running update (if any) has finished. */
  async settled(): Promise<void> {
    await this.#running;
  }

  /** Looks at the container now (`docker inspect`) and publishes the result. */
  async checkStatus(signal?: AbortSignal): Promise<BotStatus> {
    const s = this.#settings();
    let status: BotStatus;
    try {
      const r = await this.#o.runner.run(s.hostId, inspectCommand(s.container), {
        timeoutMs: this.#o.commandTimeoutMs ?? 60_000,
        signal,
      });
      status = parseInspect(r, this.#o.clock.now());
    } catch (err) {
      if (!(err instanceof HostConnectError)) throw err;
      status = {
        state: "unknown",
        startedAt: null,
        id: null,
        checkedAtMs: this.#o.clock.now(),
        message: err.message,
      };
    }
    this.#status = status;
    this.#publish();
    return status;
  }

  /** Restarts, stops or starts the container; answers with the status right after. */
  async act(action: BridgeAction): Promise<{ result: RunResult; status: BotStatus }> {
    const s = this.#settings();
    if (this.#update?.state === "running") {
      throw new ConflictError("An update of the bot is running; wait until it has finished");
    }
    if (this.#actionBusy) throw new ConflictError("Another action on the bot is still running");
    this.#actionBusy = true;
    try {
      this.#log.info("matrix-bridge action", { action, hostId: s.hostId, container: s.container });
      const result = await this.#o.runner.run(s.hostId, actionCommand(action, s.container), {
        timeoutMs: this.#o.commandTimeoutMs ?? 60_000,
      });
      if (result.code !== 0) {
        const why = (result.stderr || result.stdout).trim().slice(0, 300) ||
          `docker ${action} exited with ${result.code}`;
        const status = await this.checkStatus();
        this.#scheduleRechecks();
        throw new ConflictError(`Could not ${action} the bot: ${why}`, { cause: status });
      }
      const status = await this.checkStatus();
      this.#scheduleRechecks();
      return { result, status };
    } finally {
      this.#actionBusy = false;
    }
  }

  /** The last `tail` lines of the bot's own log. */
  async logs(tail = 200): Promise<string[]> {
    const s = this.#settings();
    const r = await this.#o.runner.run(s.hostId, logsCommand(s.container, tail), {
      timeoutMs: this.#o.commandTimeoutMs ?? 60_000,
    });
    if (r.code !== 0) {
      throw new ConflictError(`Could not read the bot's log: ${r.stderr.trim().slice(0, 300)}`);
    }
    // docker logs writes the container's stderr to stderr; show both, in arrival order per stream.
    return (r.stdout + r.stderr).split("\n").filter((l) => l !== "");
  }

  /**
   * Starts an update in the background and returns its view at once.
   * Throws `ConflictError` (409) while another update or action runs.
   */
  startUpdate(): UpdateView {
    const s = this.#settings();
    // Validate before anything runs: a bad name is a 400 and nothing ran.
    updateScript(s);
    if (this.#update?.state === "running") {
      throw new ConflictError("An update of the bot is already running");
    }
    if (this.#actionBusy) throw new ConflictError("Another action on the bot is still running");
    this.#lines = [];
    const update: UpdateView = {
      id: `${this.#o.clock.now().toString(36)}-${++this.#seq}`,
      state: "running",
      startedAtMs: this.#o.clock.now(),
      endedAtMs: null,
      phase: null,
      done: [],
      failedPhase: null,
      error: null,
      oldContainerUntouched: null,
      lineCount: 0,
    };
    this.#update = update;
    this.#abort = new AbortController();
    this.#running = this.#runUpdate(update, s, this.#abort).catch((err) => {
      // #runUpdate turns every failure into a failed view; this is a last guard.
      this.#log.error("matrix-bridge update crashed", { err });
    });
    this.#publish();
    return this.update()!;
  }

  /** Stops timers and any running update (shutdown). */
  async close(): Promise<void> {
    for (const t of this.#rechecks) t.cancel();
    this.#rechecks = [];
    this.#abort?.abort(new Error("the controller is shutting down"));
    await this.#running;
  }

  #settings(): BridgeSettings {
    const s = this.#o.settings();
    if (s.user.trim() === "") {
      throw new NotFoundError(
        "The matrix-bridge bot is not set up: enter its Spark user in Settings to turn it on",
      );
    }
    return validateBridgeSettings(s);
  }

  #publish(): void {
    this.#o.publish?.(BRIDGE_EVENT, { status: this.#status, update: this.update() });
  }

  #emit(e: UpdateEvent): void {
    for (const l of this.#listeners) {
      try {
        l(e);
      } catch (err) {
        this.#log.warn("matrix-bridge listener failed", { err });
      }
    }
  }

  #scheduleRechecks(): void {
    for (const t of this.#rechecks) t.cancel();
    this.#rechecks = (this.#o.recheckAfterMs ?? RECHECK_AFTER_MS).map((ms) =>
      this.#o.clock.setTimeout(() => {
        this.checkStatus().catch((err) =>
          this.#log.warn("matrix-bridge re-check failed", { err: String(err) })
        );
      }, ms)
    );
  }

  #line(update: UpdateView, line: string): void {
    const phase = detectPhase(line);
    if (phase) {
      this.#enter(update, phase);
      return;
    }
    update.lineCount++;
    this.#lines.push(line);
    if (this.#lines.length > MAX_UPDATE_LINES) this.#lines.shift();
    this.#emit({ type: "line", line, n: update.lineCount });
  }

  #enter(update: UpdateView, phase: Phase): void {
    if (update.phase === phase) return;
    if (update.phase && !update.done.includes(update.phase)) update.done.push(update.phase);
    update.phase = phase;
    this.#emit({ type: "phase", phase });
    this.#publish();
  }

  async #runUpdate(update: UpdateView, s: BridgeSettings, abort: AbortController): Promise<void> {
    const clock = this.#o.clock;
    const capMs = this.#o.capMs ?? UPDATE_CAP_MS;
    let capped = false;
    const cap = clock.setTimeout(() => {
      capped = true;
      abort.abort(new Error("update cap reached"));
    }, capMs);
    const fail = (error: string) => {
      update.state = "failed";
      update.failedPhase = update.phase;
      update.error = error;
      const i = update.phase ? PHASES.indexOf(update.phase) : -1;
      update.oldContainerUntouched = i < PHASES.indexOf("recreate");
    };
    this.#log.info("matrix-bridge update started", { id: update.id, hostId: s.hostId });
    try {
      const before = await this.checkStatus(abort.signal);
      // One splitter per stream: stdout and stderr chunks interleave, and a
      // shared buffer would splice a line of one into a line of the other.
      const stdout = new LineSplitter();
      const stderr = new LineSplitter();
      const emit = (lines: string[]) => lines.forEach((l) => this.#line(update, l));
      const r = await this.#o.runner.run(s.hostId, { script: updateScript(s) }, {
        signal: abort.signal,
        onStdout: (chunk) => emit(stdout.push(chunk)),
        onStderr: (chunk) => emit(stderr.push(chunk)),
      });
      emit(stdout.flush());
      emit(stderr.flush());
      if (capped) {
        fail(capMessage(capMs, update.phase));
      } else if (r.aborted) {
        fail("The update was stopped because the controller is shutting down.");
      } else if (r.code !== 0) {
        fail(explainFailure(update.phase, this.#lines));
      } else {
        this.#enter(update, "healthy");
        const health = await this.#waitHealthy(before, abort.signal);
        if (health === null) {
          update.done.push("healthy");
          update.state = "succeeded";
        } else {
          fail(capped ? capMessage(capMs, update.phase) : health);
        }
      }
    } catch (err) {
      if (capped) fail(capMessage(capMs, update.phase));
      else if (err instanceof HostConnectError) {
        fail(`The update stopped: the connection to the Spark failed (${err.message}).`);
      } else fail(`The update stopped: ${err instanceof Error ? err.message : String(err)}`);
    } finally {
      cap.cancel();
      update.endedAtMs = clock.now();
      this.#abort = null;
      this.#log.info("matrix-bridge update ended", {
        id: update.id,
        state: update.state,
        failedPhase: update.failedPhase,
      });
      this.#emit({ type: "done", update: this.update()! });
      // Show the bot's real state after the update, whatever happened.
      await this.checkStatus().catch((err) =>
        this.#log.warn("matrix-bridge status check failed", { err: String(err) })
      );
      this.#scheduleRechecks();
    }
  }

  /** Null when the new container runs and stays up; otherwise why not. */
  async #waitHealthy(before: BotStatus, signal: AbortSignal): Promise<string | null> {
    const clock = this.#o.clock;
    const { pollMs, settleMs, timeoutMs } = this.#health;
    const deadline = clock.now() + timeoutMs;
    const isNew = (st: BotStatus) =>
      st.id !== before.id || st.startedAt !== before.startedAt || before.state !== "running";
    while (true) {
      const st = await this.checkStatus(signal);
      if (st.state === "running" && isNew(st)) {
        await clock.sleep(settleMs, signal);
        const again = await this.checkStatus(signal);
        if (again.state === "running" && again.id === st.id && again.startedAt === st.startedAt) {
          return null;
        }
        return `The new version of the bot started but did not stay up (Docker says "${again.state}"` +
          `${again.startedAt !== st.startedAt ? ", it restarted" : ""}); check View logs.`;
      }
      if (st.state === "exited" || st.state === "dead" || st.state === "missing") {
        return `The new version of the bot is not running (Docker says "${st.state}"); check View logs.`;
      }
      if (clock.now() >= deadline) {
        return `The new version of the bot did not start within ${
          Math.round(timeoutMs / 1000)
        } s ` +
          `(Docker says "${st.state}"); check View logs.`;
      }
      await clock.sleep(pollMs, signal);
    }
  }
}

function capMessage(capMs: number, phase: Phase | null): string {
  return `The update took longer than ${Math.round(capMs / 60_000)} minutes and was stopped` +
    (phase ? ` during ${PHASE_WORDS[phase]}` : "") + ".";
}
