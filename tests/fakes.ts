/**
 * Fakes for app tests: an in-memory store, a fake clock, a recording fetch.
 * `fakeDeps()` builds a complete Deps whose parts tests can replace.
 */
import { Registry } from "prom-client";
import type { Clock, TimerHandle } from "../lib/clock.ts";
import { type Config, ConfigStore, defaultConfig } from "../lib/config/mod.ts";
import { baseSnapshot, type Deps } from "../lib/deps.ts";
import { EventBus } from "../lib/events/mod.ts";
import { silentLogger } from "../lib/log.ts";
import { openStore } from "../lib/store/mod.ts";
import { Sessions } from "../lib/http/sessions.ts";
import { VERSION } from "../lib/version.ts";

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

/** A complete Deps for app tests, in memory; override any part. */
export function fakeDeps(
  overrides: Partial<Deps> & { configure?: (c: Config) => void } = {},
): Deps {
  const config = defaultConfig();
  overrides.configure?.(config);
  const clock = overrides.clock ?? new FakeClock();
  const store = openStore(":memory:");
  const events = new EventBus({ now: () => clock.now() });
  const deps: Deps = {
    version: VERSION,
    dataDir: "/nonexistent",
    staticDir: new URL("../static/", import.meta.url).pathname,
    config: new ConfigStore(config),
    store,
    events,
    clock,
    log: silentLogger,
    fetch: () => Promise.reject(new TypeError("fakeDeps: no fetch configured")),
    metrics: new Registry(),
    sessions: new Sessions(() => clock.now()),
    snapshot: () => baseSnapshot(deps),
    start: () => Promise.resolve(),
    close: () => {
      events.close();
      store.close();
      return Promise.resolve();
    },
    ...overrides,
  };
  return deps;
}
