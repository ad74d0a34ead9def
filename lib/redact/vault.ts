/**
 * The vault: per-handle token↔value mappings, kept only encrypted
 * (AES-GCM, a non-extractable per-process key, the handle as associated
 * data) and only in memory, with a sliding TTL on the injected Clock.
 */
import type { Clock } from "../clock.ts";
import { NotFoundError } from "../errors.ts";

/** One handle's mapping, as it exists only while decrypted inside a call. */
export interface Mapping {
  /** `[TYPE_N]` → original text. */
  byToken: Record<string, string>;
  /** `TYPE\u0000value` → `[TYPE_N]`. */
  byValue: Record<string, string>;
  /** Last index used per type. */
  counters: Record<string, number>;
}

/** Options for {@link Vault}. */
export interface VaultOptions {
  clock: Clock;
  /** How long a handle lives after its last scrub; default 24 h. */
  ttlMs?: number;
  /** Most handles kept; the oldest are dropped first. Default 10,000. */
  maxHandles?: number;
}

interface Sealed {
  owner: string | null;
  expiresAt: number;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const HANDLE_REGEXP = /^rh_[A-Za-z0-9_-]{22}$/;

/** The default handle lifetime. */
export const VAULT_TTL_MS = 24 * 60 * 60 * 1000;

/** In-memory encrypted mapping store keyed by 128-bit random handles. */
export class Vault {
  #clock: Clock;
  #ttlMs: number;
  #max: number;
  #key: Promise<CryptoKey>;
  #sealed = new Map<string, Sealed>();
  #locks = new Map<string, Promise<unknown>>();

  constructor(opts: VaultOptions) {
    this.#clock = opts.clock;
    this.#ttlMs = opts.ttlMs ?? VAULT_TTL_MS;
    this.#max = opts.maxHandles ?? 10_000;
    this.#key = crypto.subtle.generateKey({ name: "AES-GCM", length: 256 }, false, [
      "encrypt",
      "decrypt",
    ]);
  }

  /** Number of live handles (for tests and metrics; no contents). */
  get size(): number {
    this.#sweep();
    return this.#sealed.size;
  }

  /** A new empty handle owned by `owner` (a token hash, or null when auth is off). */
  async create(owner: string | null): Promise<string> {
    this.#sweep();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    const handle = "rh_" + btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-")
      .replace(/\//g, "_").replace(/=+$/, "");
    await this.#seal(handle, owner, { byToken: {}, byValue: {}, counters: {} });
    while (this.#sealed.size > this.#max) {
      this.#sealed.delete(this.#sealed.keys().next().value!);
    }
    return handle;
  }

  /**
   * Runs `fn` on the decrypted mapping of `handle` and stores the result
   * re-encrypted; calls on one handle run one at a time. Unknown, expired
   * and foreign handles all fail the same way (no oracle).
   */
  update<T>(handle: string, owner: string | null, fn: (m: Mapping) => T): Promise<T> {
    return this.#serial(handle, async () => {
      const mapping = await this.#open(handle, owner);
      const result = fn(mapping);
      await this.#seal(handle, owner, mapping);
      return result;
    });
  }

  /** The decrypted mapping of `handle`, read-only use (does not extend the TTL). */
  read(handle: string, owner: string | null): Promise<Mapping> {
    return this.#serial(handle, () => this.#open(handle, owner));
  }

  #sweep(): void {
    const now = this.#clock.now();
    for (const [h, s] of this.#sealed) if (s.expiresAt <= now) this.#sealed.delete(h);
  }

  async #open(handle: string, owner: string | null): Promise<Mapping> {
    this.#sweep();
    const sealed = HANDLE_REGEXP.test(handle) ? this.#sealed.get(handle) : undefined;
    if (!sealed || sealed.owner !== owner) {
      throw new NotFoundError("Unknown or expired redaction handle");
    }
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: sealed.iv, additionalData: new TextEncoder().encode(handle) },
      await this.#key,
      sealed.data,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as Mapping;
  }

  async #seal(handle: string, owner: string | null, mapping: Mapping): Promise<void> {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(handle) },
      await this.#key,
      new TextEncoder().encode(JSON.stringify(mapping)),
    );
    this.#sealed.delete(handle);
    this.#sealed.set(handle, { owner, expiresAt: this.#clock.now() + this.#ttlMs, iv, data });
  }

  #serial<T>(handle: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.#locks.get(handle) ?? Promise.resolve();
    const next = prev.then(fn, fn);
    const settled = next.then(() => {}, () => {});
    this.#locks.set(handle, settled);
    void settled.then(() => {
      if (this.#locks.get(handle) === settled) this.#locks.delete(handle);
    });
    return next;
  }
}
