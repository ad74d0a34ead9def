import { join } from "node:path";
import { Registry } from "prom-client";
import { type Clock, systemClock } from "./clock.ts";
import { ConfigStore, loadConfig } from "./config/mod.ts";
import { EventBus } from "./events/mod.ts";
import { createLogger, type Logger } from "./log.ts";
import { openStore, type Store } from "./store/mod.ts";
import { Sessions } from "./http/sessions.ts";
import { VERSION } from "./version.ts";

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
  const store = openStore(join(opts.dataDir, "spark-control.db"));
  const events = new EventBus({ now: () => clock.now() });
  const metrics = new Registry();
  const deps: Deps = {
    version: VERSION,
    dataDir: opts.dataDir,
    staticDir: opts.staticDir,
    config,
    store,
    events,
    clock,
    log,
    fetch: opts.fetch ?? fetch,
    metrics,
    sessions: new Sessions(() => clock.now()),
    snapshot: () => baseSnapshot(deps),
    start: () => Promise.resolve(),
    close: () => {
      events.close();
      store.close();
      return Promise.resolve();
    },
  };
  return deps;
}

/** The part of the snapshot the foundation knows about: version, config problems, hosts. */
export function baseSnapshot(deps: Pick<Deps, "version" | "config">): Record<string, unknown> {
  const config = deps.config.get();
  return {
    version: deps.version,
    configProblems: deps.config.problems,
    hosts: config.hosts.map((h) => ({
      id: h.id,
      label: h.label,
      configured: h.address !== "" && h.sshUser !== "",
    })),
  };
}
