import type { Clock, TimerHandle } from "../clock.ts";
import {
  type ConfigStore,
  type HostConfig,
  SERVICE_NAMES,
  type ServiceKind,
} from "../config/mod.ts";
import type { EventBus } from "../events/mod.ts";
import type { Logger } from "../log.ts";
import type { CommandRunner, ConnectionState } from "../cluster/runner.ts";
import { describeFailure } from "../cluster/runner.ts";
import type { ConnectivityLog } from "./connectivity.ts";
import { parseTelemetry, telemetryScript } from "../cluster/telemetry.ts";
import { HostConnectError } from "../cluster/runner.ts";
import type { DatabaseSync } from "node:sqlite";
import { appendHistory, type HardwareView, pointOf, rebooted } from "./hardware.ts";
import { DEFAULT_TIMING, probeService, type ProbeTiming, type VllmDetail } from "./probes.ts";
import { initialStatus, nextStatus, type ServiceStatus } from "./service_state.ts";
import { tokensPerSecond } from "./vllm_metrics.ts";

/** Services are probed this often, so an outage of 1.5 s is seen. */
export const SERVICE_PROBE_MS = 1_000;

/** The shortest pause between probe rounds, even after a slow round (no back-to-back storms). */
const MIN_PROBE_GAP_MS = 200;

/** Hosts' telemetry is read this often: one SSH round trip per host per poll. */
export const HARDWARE_POLL_MS = 5_000;

/** The slow Hugging Face cache size (`du -sb`) is read this rarely. */
export const HF_CACHE_POLL_MS = 10 * 60 * 1000;

/** What a service tile shows. */
export interface ServiceView {
  /** `<hostId>/<kind>`. */
  id: string;
  hostId: string;
  hostLabel: string;
  kind: ServiceKind;
  /** What the owner calls it ({@link SERVICE_NAMES}). */
  name: string;
  /** Base URL, or null for services without HTTP (the bot). */
  url: string | null;
  status: ServiceStatus;
  /** vLLM only: model, context, version, live numbers and tokens/s. */
  vllm: (VllmDetail & { tokensPerS: number | null }) | null;
}

/** What the dashboard shows for a host's SSH connection. */
export interface HostLinkView {
  hostId: string;
  label: string;
  configured: boolean;
  connection: "connected" | "connecting" | "disconnected" | "not_configured";
  sinceMs: number;
  why: string | null;
}

/** Everything the monitor needs from outside. */
export interface MonitorIO {
  config: ConfigStore;
  fetch: typeof fetch;
  clock: Clock;
  events: EventBus;
  log: Logger;
  connectivity: ConnectivityLog;
  runner: CommandRunner | null;
  /** True while a swap is loading vLLM on that host (refused = loading, not down). */
  swapLoading?: (hostId: string) => boolean;
  timing?: ProbeTiming;
  /** Where reboots are recorded (the `events` table); omitted in unit tests. */
  db?: DatabaseSync;
}

/**
 * Owns the service probe loop and the SSH connection watch. Every state
 * change is written to the connectivity log and published on the event bus.
 * `start()` begins polling on the injected clock; `stop()` ends it.
 */
export class Monitor {
  #io: MonitorIO;
  #services = new Map<string, ServiceView>();
  #hosts = new Map<string, HostLinkView>();
  #lastTokens = new Map<string, { atMs: number; total: number | null }>();
  #timer: TimerHandle | null = null;
  #hardwareTimer: TimerHandle | null = null;
  #hardware = new Map<string, HardwareView>();
  /** Hosts whose static identity (dgx-release) was read on the current connection. */
  #releaseRead = new Set<string>();
  #hfCacheAtMs = new Map<string, number>();
  #running = false;
  #unsubscribe: (() => void) | null = null;
  #unsubscribeConfig: (() => void) | null = null;

  constructor(io: MonitorIO) {
    this.#io = io;
    this.#syncConfig();
  }

  /** Starts probing every {@link SERVICE_PROBE_MS} and watching SSH connections. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#unsubscribe =
      this.#io.runner?.onStateChange((id, state) => this.#onConnection(id, state)) ?? null;
    this.#unsubscribeConfig = this.#io.config.onChange(() => this.#syncConfig());
    const loop = async () => {
      if (!this.#running) return;
      const startedMs = this.#io.clock.now();
      try {
        await this.probeOnce();
      } catch (err) {
        this.#io.log.error("service probe round failed", { error: err });
      }
      // Start to start: a round waits for its slowest probe (vLLM's several reads), and adding
      // that to the interval would let a dropped service go unseen for well over a second.
      // Rounds still never overlap: the next is scheduled only after this one settled.
      const elapsedMs = this.#io.clock.now() - startedMs;
      const delayMs = Math.max(MIN_PROBE_GAP_MS, SERVICE_PROBE_MS - elapsedMs);
      if (this.#running) this.#timer = this.#io.clock.setTimeout(loop, delayMs);
    };
    void loop();
    const hardwareLoop = async () => {
      if (!this.#running) return;
      try {
        await this.pollHardwareOnce();
      } catch (err) {
        this.#io.log.error("telemetry round failed", { error: err });
      }
      if (this.#running) {
        this.#hardwareTimer = this.#io.clock.setTimeout(hardwareLoop, HARDWARE_POLL_MS);
      }
    };
    void hardwareLoop();
  }

  /** Stops the loops. */
  stop(): void {
    this.#running = false;
    this.#timer?.cancel();
    this.#hardwareTimer?.cancel();
    this.#unsubscribe?.();
    this.#unsubscribeConfig?.();
  }

  /** Probes every HTTP service once, in parallel (each bounded by its timeout). */
  async probeOnce(): Promise<void> {
    const io = { fetch: this.#io.fetch, clock: this.#io.clock };
    await Promise.all([...this.#services.values()].map(async (view) => {
      const host = this.#host(view.hostId);
      const configured = host !== undefined && host.address !== "" && view.url !== null;
      if (!configured || view.url === null) {
        return this.#update(view, nextStatus(view.status, null, { configured }), null);
      }
      const probe = await probeService(view.kind, view.url, io, this.#io.timing ?? DEFAULT_TIMING);
      const status = nextStatus(view.status, probe.result, {
        configured,
        swapLoading: view.kind === "vllm" && (this.#io.swapLoading?.(view.hostId) ?? false),
        runningRequests: view.vllm?.numbers?.running ?? null,
      });
      let vllm = view.vllm;
      if (probe.vllm) {
        const total = probe.vllm.numbers?.generationTokensTotal ?? null;
        const sample = { atMs: probe.result.atMs, total };
        vllm = {
          ...probe.vllm,
          tokensPerS: tokensPerSecond(this.#lastTokens.get(view.id) ?? null, sample),
        };
        this.#lastTokens.set(view.id, sample);
      }
      this.#update(view, status, vllm);
    }));
  }

  /**
   * Reads every configured host's telemetry once, one SSH round trip each,
   * in parallel; a host that cannot be reached keeps its last reading and
   * says why, and never delays the others.
   */
  async pollHardwareOnce(): Promise<void> {
    const runner = this.#io.runner;
    if (!runner) return;
    await Promise.all(
      this.#io.config.get().hosts.filter((h) => h.address !== "" && h.sshUser !== "").map(
        async (host) => {
          const now = this.#io.clock.now();
          const view = this.#hardware.get(host.id) ??
            {
              hostId: host.id,
              label: host.label,
              atMs: null,
              telemetry: null,
              error: null,
              history: [],
              release: null,
            };
          const wantHfCache =
            now - (this.#hfCacheAtMs.get(host.id) ?? -Infinity) >= HF_CACHE_POLL_MS;
          const script = telemetryScript({
            release: !this.#releaseRead.has(host.id),
            hfCache: wantHfCache,
          });
          let next: HardwareView;
          try {
            const res = await runner.run(host.id, { script }, { timeoutMs: 15_000 });
            if (res.timedOut) throw new Error("the telemetry command timed out");
            const telemetry = parseTelemetry(res.stdout);
            const atMs = this.#io.clock.now();
            if (telemetry.release) this.#releaseRead.add(host.id);
            if (wantHfCache) this.#hfCacheAtMs.set(host.id, atMs);
            if (telemetry.hfCacheBytes === null && view.telemetry) {
              telemetry.hfCacheBytes = view.telemetry.hfCacheBytes;
            }
            if (rebooted(view.telemetry?.sys?.uptimeS, telemetry.sys?.uptimeS)) {
              this.#recordReboot(host.id, host.label, atMs);
            }
            next = {
              ...view,
              label: host.label,
              atMs,
              telemetry,
              error: null,
              history: appendHistory(view.history, pointOf(telemetry, atMs)),
              release: telemetry.release ?? view.release,
            };
          } catch (err) {
            next = {
              ...view,
              error: err instanceof HostConnectError
                ? describeFailure(err.failure)
                : (err as Error).message,
            };
          }
          this.#hardware.set(host.id, next);
          const point = next.history.at(-1);
          this.#io.events.publish("hardware", {
            ...next,
            history: undefined,
            point: next.error ? null : point,
          });
        },
      ),
    );
  }

  /** Every host's hardware card, in config order. */
  hardware(): HardwareView[] {
    return this.#io.config.get().hosts
      .map((h) => this.#hardware.get(h.id))
      .filter((v): v is HardwareView => v !== undefined);
  }

  #recordReboot(hostId: string, label: string, atMs: number): void {
    const message = `${label} restarted (its uptime went back to zero): a reboot or a power loss`;
    this.#io.db?.prepare(
      "INSERT INTO events (at_ms, kind, subject, message) VALUES (?, 'reboot', ?, ?)",
    )
      .run(atMs, hostId, message);
    this.#io.log.warn("host rebooted", { hostId });
    this.#io.events.publish("host-event", { kind: "reboot", hostId, atMs, message });
  }

  /** The services, in config order. */
  services(): ServiceView[] {
    return [...this.#services.values()];
  }

  /** The hosts' SSH links. */
  hosts(): HostLinkView[] {
    return [...this.#hosts.values()];
  }

  #host(id: string): HostConfig | undefined {
    return this.#io.config.get().hosts.find((h) => h.id === id);
  }

  /** Rebuilds the service list from config, keeping the status of services that stay. */
  #syncConfig(): void {
    const now = this.#io.clock.now();
    const next = new Map<string, ServiceView>();
    const hosts = new Map<string, HostLinkView>();
    for (const host of this.#io.config.get().hosts) {
      const hostConfigured = host.address !== "" && host.sshUser !== "";
      hosts.set(
        host.id,
        this.#hosts.get(host.id) ?? {
          hostId: host.id,
          label: host.label,
          configured: hostConfigured,
          connection: hostConfigured ? "connecting" : "not_configured",
          sinceMs: now,
          why: hostConfigured ? null : "no address or user yet",
        },
      );
      for (const service of host.services) {
        if (service.kind === "bot") continue; // the matrix-bridge tile shows the bot (docker state only)
        const id = `${host.id}/${service.kind}`;
        const url = service.port !== null && host.address !== ""
          ? `http://${urlHost(host.address)}:${service.port}`
          : null;
        const old = this.#services.get(id);
        next.set(id, {
          id,
          hostId: host.id,
          hostLabel: host.label,
          kind: service.kind,
          name: SERVICE_NAMES[service.kind],
          url,
          status: old && old.url === url
            ? old.status
            : initialStatus(now, host.address !== "" && url !== null),
          vllm: old && old.url === url ? old.vllm : null,
        });
      }
    }
    this.#services = next;
    this.#hosts = hosts;
  }

  #update(view: ServiceView, status: ServiceStatus, vllm: ServiceView["vllm"]): void {
    const before = JSON.stringify([view.status.state, view.status.why, view.vllm]);
    const changedState = view.status.state !== status.state;
    const wasDown = view.status.state === "down";
    view.status = status;
    view.vllm = vllm;
    if (changedState) {
      if (status.state === "down") {
        this.#io.connectivity.down("service", view.id, status.sinceMs, status.why ?? "down");
      } else if (wasDown) {
        this.#io.connectivity.up("service", view.id, status.sinceMs);
      }
      if (changedState && (status.state === "down" || wasDown)) {
        this.#io.events.publish("connectivity", { outages: this.#io.connectivity.recent(20) });
      }
    }
    if (JSON.stringify([status.state, status.why, vllm]) !== before) {
      this.#io.events.publish("service", view);
    }
  }

  #onConnection(hostId: string, state: ConnectionState): void {
    const view = this.#hosts.get(hostId);
    if (!view) return;
    const now = state.sinceMs;
    const prev = view.connection;
    view.connection = state.state;
    view.sinceMs = now;
    view.why = state.state === "disconnected" ? describeFailure(state.failure) : null;
    if (state.state !== "connected") this.#releaseRead.delete(hostId);
    if (state.state === "disconnected" && prev !== "disconnected") {
      this.#io.connectivity.down("host", hostId, now, view.why ?? "disconnected");
      this.#io.events.publish("connectivity", { outages: this.#io.connectivity.recent(20) });
    } else if (state.state === "connected" && prev === "disconnected") {
      this.#io.connectivity.up("host", hostId, now);
      this.#io.events.publish("connectivity", { outages: this.#io.connectivity.recent(20) });
    }
    this.#io.events.publish("host", view);
  }
}

/** IPv6 literals need brackets in URLs. */
function urlHost(address: string): string {
  return address.includes(":") ? `[${address}]` : address;
}
