import { join } from "node:path";
import { Registry } from "prom-client";
import { type Clock, systemClock } from "./clock.ts";
import { ConfigStore, loadConfig } from "./config/mod.ts";
import { EventBus } from "./events/mod.ts";
import { createLogger, type Logger } from "./log.ts";
import { openStore, type Store } from "./store/mod.ts";
import { Sessions } from "./http/sessions.ts";
import { createGateway, type Gateway } from "./gateway/mod.ts";
import { SwapController } from "./swap/mod.ts";
import { type CommandRunner, probeHostKey, SshRunner } from "./cluster/mod.ts";
import { ConnectivityLog, Monitor, registerMonitorMetrics } from "./monitor/mod.ts";
import { clusterSnapshot } from "./snapshot.ts";
import { Redactor } from "./redact/mod.ts";
import { createSearch, type SearchService } from "./search/mod.ts";
import { type AudioDecoder, ffmpegDecoder } from "./speech/mod.ts";
import { VERSION } from "./version.ts";
import { type ControllerKeys, controllerKeys, defaultKeyPath } from "./keys/mod.ts";
import { botTarget, MatrixBridge } from "./matrix_bridge/mod.ts";
import type { SshCheck } from "./settings/mod.ts";

/**
 * Everything a route needs, built once in `main.ts` (real adapters) or in
 * `tests/fakes.ts` (fakes). Routes receive it as an argument: no singletons.
 */
export interface Deps {
  version: string;
  /** The data directory (config, sqlite, SSH key). */
  dataDir: string;
  /** Folder of built client assets served at `/static/`. */
  staticDir: string;
  config: ConfigStore;
  store: Store;
  events: EventBus;
  clock: Clock;
  log: Logger;
  /** HTTP to Spark services; injected so tests can point it anywhere. */
  fetch: typeof fetch;
  /** Prometheus registry behind `/metrics`. */
  metrics: Registry;
  sessions: Sessions;
  /** The one door to the Sparks' shells (real: `SshRunner`; tests: `FakeRunner`). */
  runner: CommandRunner;
  /** LAN API gateway: admission queues per upstream, model-readiness hook. */
  gateway: Gateway;
  /** Model swaps: recipes, the journalled state machine, discovery. */
  swap: SwapController;
  /** Service probes and SSH watch behind the dashboard tiles. */
  monitor: Monitor;
  /** Outages of hosts and services, in sqlite. */
  connectivity: ConnectivityLog;
  /** The redaction gateway behind `/scrub` and `/rehydrate` (owns the in-memory vault). */
  redact: Redactor;
  /** Hybrid search over Qdrant with spark-embed vectors (`/api/search`). */
  search: SearchService;
  /** Decodes non-WAV audio for chunking (real: ffmpeg on the host). */
  audioDecoder: AudioDecoder;
  /** The controller's own SSH key pair (created on first start). */
  keys: ControllerKeys;
  /** SSH checks for the settings page: see a host's key, try (unsaved) host settings. */
  sshCheck: SshCheck;
  /** The matrix-bridge bot container on its Spark (runs as the bot's own user). */
  matrixBridge: MatrixBridge;
  /** The dashboard snapshot sent first on every `/api/events` connection and by `/api/cluster`. */
  snapshot(): Record<string, unknown>;
  /** Starts background work (pollers); called by `main.ts`, not by app tests. */
  start(): Promise<void>;
  /** Stops background work and closes connections and the store. */
  close(): Promise<void>;
}

/** Options for {@link createDeps}. */
export interface CreateDepsOptions {
  dataDir: string;
  staticDir: string;
  env?: Record<string, string | undefined>;
  clock?: Clock;
  fetch?: typeof fetch;
  log?: Logger;
}

/** Wires the real adapters together. */
export async function createDeps(opts: CreateDepsOptions): Promise<Deps> {
  await Deno.mkdir(opts.dataDir, { recursive: true, mode: 0o700 });
  const log = opts.log ?? createLogger();
  const loaded = await loadConfig(opts.dataDir, opts.env ?? {});
  if (!loaded.ok) {
    log.warn("config has problems; running with defaults", { problems: loaded.problems });
  }
  const config = new ConfigStore(loaded.config, {
    path: loaded.ok ? loaded.path : null,
    problems: loaded.ok ? [] : loaded.problems,
  });
  const clock = opts.clock ?? systemClock;
  const httpFetch = opts.fetch ?? fetch;
  const store = openStore(join(opts.dataDir, "spark-control.db"));
  const events = new EventBus({ now: () => clock.now() });
  const metrics = new Registry();
  const connectivity = new ConnectivityLog(store.db);
  const keys = controllerKeys(() => config.get().sshKeyPath || defaultKeyPath(opts.dataDir));
  // First start: create the key pair so the settings page can show it at once.
  await keys.publicKey().catch((err) =>
    log.warn("cannot create or read the controller's SSH key", { error: String(err) })
  );
  const runner = new SshRunner({
    hosts: () => config.get().hosts,
    // The controller's own key, never an agent: `sshKeyPath` or `<data>/ssh/id_ed25519`.
    privateKeyPath: () => keys.path(),
    clock,
    log,
  });
  // A changed address, port, user or pin drops that host's connection at once.
  config.onChange(() => runner.refresh());
  const sessions = new Sessions(() => clock.now());
  // A new (or removed) dashboard password signs everybody out, including anyone who knew the old one.
  config.onChange((next, prev) => {
    if (next.auth.dashboardPasswordHash !== prev.auth.dashboardPasswordHash) sessions.clear();
  });
  // The bot's commands log in as the bot's own user (no sudo on Spark 2): a runner of its own.
  const botRunner = new SshRunner({
    hosts: () => botTarget(config.get()),
    privateKeyPath: () => keys.path(),
    clock,
    log,
  });
  config.onChange(() => botRunner.refresh());
  const matrixBridge = new MatrixBridge({
    runner: botRunner,
    settings: () => config.get().matrixBridge,
    clock,
    publish: (type, data) => events.publish(type, data),
    log,
  });
  const monitor = new Monitor({
    config,
    fetch: httpFetch,
    clock,
    events,
    log,
    connectivity,
    runner,
    db: store.db,
    // Bound late: the swap controller is built below; the monitor only asks once started.
    swapLoading: () => deps.swap.vllmStopped(),
  });
  registerMonitorMetrics(metrics, monitor, connectivity);
  const deps: Deps = {
    version: VERSION,
    dataDir: opts.dataDir,
    staticDir: opts.staticDir,
    config,
    store,
    events,
    clock,
    log,
    fetch: httpFetch,
    metrics,
    sessions,
    runner,
    gateway: createGateway({ config, clock, metrics }),
    swap: new SwapController({
      runner,
      fetch: httpFetch,
      clock,
      config,
      db: store.db,
      events,
      log,
    }),
    monitor,
    connectivity,
    redact: new Redactor({ clock, log }),
    // Indexing and queries share the gateway's embed queue with /v1/embeddings.
    search: createSearch({
      config,
      fetch: httpFetch,
      log,
      admissions: { get: (name) => deps.gateway.admissions.get(name) },
    }),
    audioDecoder: ffmpegDecoder(),
    keys,
    sshCheck: {
      probeHostKey: (address, port, timeoutMs) => probeHostKey(address, port, timeoutMs),
      testConnection: (target) => runner.testConnection(target),
    },
    matrixBridge,
    snapshot: () => clusterSnapshot(deps),
    start: () => {
      monitor.start();
      // Re-adopt a swap the journal says is in flight, or discover what runs; never blocks start.
      deps.swap.resume().catch((err) => log.warn("swap resume failed", { error: String(err) }));
      return Promise.resolve();
    },
    close: async () => {
      await deps.swap.close();
      monitor.stop();
      deps.gateway.close();
      await matrixBridge.close();
      await runner.close();
      await botRunner.close();
      events.close();
      store.close();
    },
  };
  // Chats that arrive during a swap wait for the new model (lib/gateway's hook).
  deps.gateway.awaitModelReady = (model, signal) => deps.swap.awaitReady(model, signal);
  return deps;
}
