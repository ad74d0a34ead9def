import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";

/** How long a dashboard sign-in lasts. */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;

/** Hashes a dashboard password as `scrypt$<salt b64>$<hash b64>` (never stored in clear). */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32);
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`;
}

/** Checks a password against {@link hashPassword}'s output in constant time. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash) return false;
  const want = Buffer.from(hash, "base64");
  const got = scryptSync(password, Buffer.from(salt, "base64"), want.length);
  return timingSafeEqual(got, want);
}

/** In-memory dashboard sessions: a restart signs everyone out, which is the safe default. */
export class Sessions {
  #sessions = new Map<string, number>();
  #now: () => number;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  /** Starts a session; returns its 256-bit random id for the cookie. */
  create(): string {
    const id = randomBytes(32).toString("base64url");
    this.#sessions.set(id, this.#now() + SESSION_TTL_MS);
    return id;
  }

  /** True when `id` is a live session. */
  valid(id: string): boolean {
    const expires = this.#sessions.get(id);
    if (expires === undefined) return false;
    if (expires < this.#now()) {
      this.#sessions.delete(id);
      return false;
    }
    return true;
  }

  /** Ends one session. */
  end(id: string): void {
    this.#sessions.delete(id);
  }

  /** Ends every session (after a password change). */
  clear(): void {
    this.#sessions.clear();
  }
}
