import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { BusyError } from "../errors.ts";
import type { Clock } from "../clock.ts";
import type { Config } from "../config/mod.ts";

/** Limits and time source of one admission queue. */
export interface AdmissionOptions {
  /** Requests served at once. */
  concurrency: number;
  /** Requests allowed to wait; beyond that, callers get a BusyError. */
  queue: number;
  clock: Clock;
}

/** A snapshot of one queue, for `/metrics` and the dashboard. */
export interface AdmissionStats {
  name: string;
  inFlight: number;
  queued: number;
  concurrency: number;
  queue: number;
  servedTotal: number;
  rejectedTotal: number;
  /** Smoothed service time of recent requests; null before the first one finished. */
  avgServiceMs: number | null;
}

/** Called with how long a request waited for its slot (ms). */
type WaitObserver = (waitMs: number) => void;

interface Waiter {
  enqueuedAt: number;
  grant: (release: () => void) => void;
  reject: (err: unknown) => void;
}

/** Weight of the newest sample in the service-time average (an EWMA reacts to load changes). */
const EWMA_WEIGHT = 0.2;
/** Retry-After bounds, in seconds: never 0 (clients would spin), never absurdly long. */
const MIN_RETRY_S = 1;
const MAX_RETRY_S = 600;

/**
 * A bounded concurrency limit with a bounded FIFO queue in front of one
 * upstream service. Slots are handed over directly from a releasing request
 * to the oldest waiter, so a newcomer can never overtake the queue.
 */
export class Admission {
  readonly name: string;
  #concurrency: number;
  #queueLimit: number;
  #clock: Clock;
  #inFlight = 0;
  #waiters: Waiter[] = [];
  #served = 0;
  #rejected = 0;
  #avgServiceMs: number | null = null;
  #closed = false;
  /** Set by {@link Admissions} to feed the wait-time histogram. */
  onWait: WaitObserver | undefined;
  /** Set by {@link Admissions} to count rejections. */
  onReject: (() => void) | undefined;

  constructor(name: string, opts: AdmissionOptions) {
    this.name = name;
    this.#concurrency = Math.max(1, opts.concurrency);
    this.#queueLimit = Math.max(0, opts.queue);
    this.#clock = opts.clock;
  }

  /**
   * Waits for a slot in FIFO order and returns its release function (safe to
   * call twice). Throws BusyError when the queue is full; rejects with the
   * signal's reason when it aborts while waiting, leaving the queue.
   */
  acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.#closed) {
      return Promise.reject(
        new BusyError(`The controller is shutting down; ${this.name} takes no new requests`, {
          retryAfterS: 5,
        }),
      );
    }
    const enqueuedAt = this.#clock.now();
    if (this.#inFlight < this.#concurrency && this.#waiters.length === 0) {
      this.onWait?.(0);
      return Promise.resolve(this.#grant());
    }
    if (this.#waiters.length >= this.#queueLimit) {
      this.#rejected++;
      this.onReject?.();
      const retryAfterS = this.retryAfterS();
      return Promise.reject(
        new BusyError(
          `${this.name} is busy: ${this.#inFlight} requests in flight and ${this.#waiters.length} waiting; retry in ${retryAfterS} s`,
          { retryAfterS },
        ),
      );
    }
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        const i = this.#waiters.indexOf(waiter);
        if (i >= 0) this.#waiters.splice(i, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        enqueuedAt,
        grant: (release) => {
          signal?.removeEventListener("abort", onAbort);
          this.onWait?.(this.#clock.now() - enqueuedAt);
          resolve(release);
        },
        reject: (err) => {
          signal?.removeEventListener("abort", onAbort);
          reject(err);
        },
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** acquire + run + release; the time `fn` takes feeds the Retry-After estimate. */
  async run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /**
   * Seconds a rejected caller should wait: the work ahead of it (in flight
   * plus queued plus itself) divided by the slots, at the observed average
   * service time. One second before anything has been measured.
   */
  retryAfterS(): number {
    if (this.#avgServiceMs === null) return MIN_RETRY_S;
    const ahead = this.#inFlight + this.#waiters.length + 1;
    const ms = (ahead / this.#concurrency) * this.#avgServiceMs;
    return Math.min(MAX_RETRY_S, Math.max(MIN_RETRY_S, Math.ceil(ms / 1000)));
  }

  /** Current counters and limits. */
  stats(): AdmissionStats {
    return {
      name: this.name,
      inFlight: this.#inFlight,
      queued: this.#waiters.length,
      concurrency: this.#concurrency,
      queue: this.#queueLimit,
      servedTotal: this.#served,
      rejectedTotal: this.#rejected,
      avgServiceMs: this.#avgServiceMs,
    };
  }

  /** New limits take effect at once; a larger limit admits waiters, a smaller one evicts nobody. */
  reconfigure(opts: { concurrency: number; queue: number }): void {
    this.#concurrency = Math.max(1, opts.concurrency);
    this.#queueLimit = Math.max(0, opts.queue);
    this.#drain();
  }

  /** Refuses new requests and fails every waiter with a BusyError; requests in flight finish. */
  close(): void {
    this.#closed = true;
    const waiters = this.#waiters.splice(0);
    for (const w of waiters) {
      w.reject(
        new BusyError(`The controller is shutting down; ${this.name} request not started`, {
          retryAfterS: 5,
        }),
      );
    }
  }

  #grant(): () => void {
    this.#inFlight++;
    const startedAt = this.#clock.now();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#inFlight--;
      this.#served++;
      const took = Math.max(0, this.#clock.now() - startedAt);
      this.#avgServiceMs = this.#avgServiceMs === null
        ? took
        : this.#avgServiceMs + EWMA_WEIGHT * (took - this.#avgServiceMs);
      this.#drain();
    };
  }

  #drain(): void {
    while (this.#inFlight < this.#concurrency && this.#waiters.length > 0) {
      const next = this.#waiters.shift()!;
      next.grant(this.#grant());
    }
  }
}

/** Limits for a service that has no entry in `config.gateway.queues`. */
export const DEFAULT_QUEUE = { concurrency: 16, queue: 256 } as const;

/** What {@link Admissions} needs from the config store. */
export interface QueueConfigSource {
  get(): Pick<Config, "gateway">;
  onChange(listener: (next: Config, previous: Config) => void): () => void;
}

/**
 * One {@link Admission} per upstream service name, built lazily from
 * `config.gateway.queues` and reconfigured when the config changes. Exports
 * queue depth, in-flight count, rejections and wait times on `metrics`.
 */
export class Admissions {
  #byName = new Map<string, Admission>();
  #config: QueueConfigSource;
  #clock: Clock;
  #unsubscribe: () => void;
  #waitSeconds: Histogram<"service"> | undefined;
  #rejected: Counter<"service"> | undefined;

  constructor(config: QueueConfigSource, opts: { clock: Clock; metrics?: Registry }) {
    this.#config = config;
    this.#clock = opts.clock;
    this.#unsubscribe = config.onChange(() => this.#reconfigureAll());
    if (opts.metrics) this.#registerMetrics(opts.metrics);
  }

  /** The queue of `service` (created on first use). */
  get(service: string): Admission {
    let admission = this.#byName.get(service);
    if (!admission) {
      admission = new Admission(service, { ...this.#limits(service), clock: this.#clock });
      admission.onWait = (ms) => this.#waitSeconds?.observe({ service }, ms / 1000);
      admission.onReject = () => this.#rejected?.inc({ service });
      this.#byName.set(service, admission);
    }
    return admission;
  }

  /** Stats of every queue used so far, plus the configured ones. */
  stats(): AdmissionStats[] {
    for (const name of Object.keys(this.#config.get().gateway.queues)) this.get(name);
    return [...this.#byName.values()].map((a) => a.stats());
  }

  /** Stops following the config and fails every waiting request (shutdown). */
  close(): void {
    this.#unsubscribe();
    for (const a of this.#byName.values()) a.close();
  }

  #limits(service: string): { concurrency: number; queue: number } {
    return this.#config.get().gateway.queues[service] ?? DEFAULT_QUEUE;
  }

  #reconfigureAll(): void {
    for (const [name, a] of this.#byName) a.reconfigure(this.#limits(name));
  }

  #registerMetrics(registry: Registry): void {
    const gauge = (name: string, help: string, pick: (s: AdmissionStats) => number) => {
      // `collect` reads the queues at scrape time, so the gauges can never go stale.
      // deno-lint-ignore no-this-alias -- prom-client calls collect() with the gauge as `this`
      const self = this;
      new Gauge({
        name,
        help,
        labelNames: ["service"],
        registers: [registry],
        collect() {
          this.reset();
          for (const s of self.stats()) this.set({ service: s.name }, pick(s));
        },
      });
    };
    gauge("spark_gateway_queue_depth", "Requests waiting for an upstream slot", (s) => s.queued);
    gauge("spark_gateway_in_flight", "Requests being served by the upstream", (s) => s.inFlight);
    gauge(
      "spark_gateway_concurrency",
      "Configured concurrent requests per upstream",
      (s) => s.concurrency,
    );
    gauge("spark_gateway_queue_limit", "Configured queue length per upstream", (s) => s.queue);
    this.#waitSeconds = new Histogram({
      name: "spark_gateway_wait_seconds",
      help: "Time a request waited in the admission queue",
      labelNames: ["service"],
      buckets: [0.001, 0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    });
    this.#rejected = new Counter({
      name: "spark_gateway_rejected_total",
      help: "Requests refused with 503 because the admission queue was full",
      labelNames: ["service"],
      registers: [registry],
    });
  }
}
