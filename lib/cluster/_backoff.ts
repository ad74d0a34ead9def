/**
 * Exponential backoff for reconnects. Pure: time comes in as numbers, so the
 * runner's "no reconnect storm" rule is tested without a clock.
 */

/** How reconnect delays grow. */
export interface BackoffPolicy {
  /** Delay after the first failure. */
  initialMs: number;
  /** Ceiling for the delay. */
  maxMs: number;
  /** Growth per consecutive failure. */
  factor: number;
  /** Fraction of the delay randomised (0 = none), so several hosts do not retry in lockstep. */
  jitter: number;
}

/** The runner's default: 0.5 s, 1 s, 2 s … capped at 30 s, ±20 %. */
export const DEFAULT_BACKOFF: BackoffPolicy = {
  initialMs: 500,
  maxMs: 30_000,
  factor: 2,
  jitter: 0.2,
};

/** The delay after `failures` consecutive failures (1 = the first); `random` in [0, 1). */
export function backoffDelay(
  failures: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  if (failures <= 0) return 0;
  const base = Math.min(policy.maxMs, policy.initialMs * policy.factor ** (failures - 1));
  const spread = base * policy.jitter * (random() * 2 - 1);
  return Math.max(0, Math.round(Math.min(policy.maxMs, base + spread)));
}

/** Tracks consecutive failures of one host and when the next attempt is allowed. */
export class Backoff {
  #failures = 0;
  #retryAtMs = 0;
  #policy: BackoffPolicy;
  #random: () => number;

  constructor(policy: BackoffPolicy = DEFAULT_BACKOFF, random: () => number = Math.random) {
    this.#policy = policy;
    this.#random = random;
  }

  /** Consecutive failures so far. */
  get failures(): number {
    return this.#failures;
  }

  /** Earliest time (ms) the next attempt may start. */
  get retryAtMs(): number {
    return this.#retryAtMs;
  }

  /** True when an attempt may start at `nowMs`. */
  mayTry(nowMs: number): boolean {
    return nowMs >= this.#retryAtMs;
  }

  /** Records a failure at `nowMs`; returns the delay before the next attempt. */
  fail(nowMs: number): number {
    this.#failures++;
    const delay = backoffDelay(this.#failures, this.#policy, this.#random);
    this.#retryAtMs = nowMs + delay;
    return delay;
  }

  /** Records a success: the next failure starts again from `initialMs`. */
  succeed(): void {
    this.#failures = 0;
    this.#retryAtMs = 0;
  }
}
