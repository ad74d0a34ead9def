import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { ForbiddenError, PayloadTooLargeError } from "../errors.ts";
import type { Config } from "../config/mod.ts";
import { errorResponse } from "./errors.ts";

/** JSON and form bodies: 5 MB. */
export const JSON_BODY_LIMIT = 5 * 1024 * 1024;
/** Audio uploads: 200 MB of audio plus room for the multipart envelope. */
export const AUDIO_BODY_LIMIT = 200 * 1024 * 1024 + 64 * 1024;

/** Names and addresses the Host header may carry; `*.suffix` entries match any sub-name. */
export function defaultAllowedHosts(): string[] {
  const names = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);
  try {
    const host = Deno.hostname().toLowerCase();
    names.add(host);
    names.add(`${host}.local`);
  } catch {
    // Without --allow-sys the host name is unknown; addresses below still cover LAN access.
  }
  try {
    for (const nic of Deno.networkInterfaces()) names.add(nic.address.toLowerCase());
  } catch {
    // Same: no permission to list interfaces; the config's allowedHosts fills the gap.
  }
  return [...names];
}

/** Strips the port from a Host header value (`[::1]:9999` → `::1`). */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith("[")) return value.slice(1, value.indexOf("]"));
  const colon = value.lastIndexOf(":");
  return colon > -1 && value.indexOf(":") === colon ? value.slice(0, colon) : value;
}

/** True when `name` is in `allowed` (exact, or by a `*.suffix` pattern; `*` allows all). */
export function hostAllowed(name: string, allowed: readonly string[]): boolean {
  return hostMatcher(allowed)(name);
}

/**
 * Compiles an allow-list into a matcher: a set of exact names plus the
 * `*.suffix` patterns, so each request costs one lookup instead of a
 * lower-casing pass over every entry.
 */
export function hostMatcher(allowed: readonly string[]): (name: string) => boolean {
  const exact = new Set<string>();
  const suffixes: string[] = [];
  for (const entry of allowed) {
    const e = entry.toLowerCase();
    if (e === "*") return () => true;
    if (e.startsWith("*.")) suffixes.push(e.slice(1));
    exact.add(e);
    exact.add(hostName(e));
  }
  return (name) => exact.has(name) || suffixes.some((s) => name.endsWith(s));
}

/**
 * Compiles `allowed()` into a check of a Host header value (`null`, no
 * header, passes). The matcher is rebuilt only when `allowed()` returns a
 * different array (callers keep it stable per config).
 */
export function hostGate(allowed: () => readonly string[]): (header: string | null) => boolean {
  let list: readonly string[] | undefined;
  let matches: (name: string) => boolean = () => false;
  return (header) => {
    if (header === null) return true;
    const current = allowed();
    if (current !== list) {
      list = current;
      matches = hostMatcher(current);
    }
    return matches(hostName(header));
  };
}

/**
 * DNS-rebinding defence: a page on an attacker's domain that resolves to the
 * controller's address still sends its own name in Host, so only names the
 * owner uses are served (421 otherwise).
 */
export function hostCheck(allowed: () => readonly string[]): MiddlewareHandler {
  const passes = hostGate(allowed);
  return async function hostCheck(c, next) {
    const header = c.req.raw.headers.get("host");
    if (!passes(header)) {
      return c.json({
        error: {
          code: "misdirected_request",
          message: `Host "${hostName(header!)}" is not one of this controller's names`,
        },
      }, 421);
    }
    await next();
  };
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Same-origin check for every state-changing request, JSON included: Hono's
 * csrf() leaves JSON to the browser's preflight, but a LAN controller cannot
 * rely on that. Browsers send `Sec-Fetch-Site`; older ones send `Origin`.
 * Requests with neither (curl, LAN apps) are not from a browser and pass.
 */
export function sameOrigin(allowedOrigins: () => readonly string[]): MiddlewareHandler {
  return async function sameOrigin(c, next) {
    if (SAFE_METHODS.has(c.req.method)) return next();
    const headers = c.req.raw.headers;
    const site = headers.get("sec-fetch-site") ?? undefined;
    const origin = headers.get("origin") ?? undefined;
    // LAN apps and curl send neither header: they pass without parsing the URL.
    if (site === undefined && origin === undefined) return next();
    const url = new URL(c.req.url);
    const originOk = origin !== undefined && (origin === url.origin ||
      allowedOrigins().includes(origin) || origin === `${url.protocol}//${headers.get("host")}`);
    if (site !== undefined) {
      if (site !== "same-origin" && site !== "none" && !originOk) {
        return errorResponse(
          c,
          new ForbiddenError("Cross-site requests may not change the cluster"),
        );
      }
    } else if (origin !== undefined && origin !== "null" && !originOk) {
      return errorResponse(c, new ForbiddenError(`Origin ${origin} may not change the cluster`));
    } else if (origin === "null") {
      return errorResponse(
        c,
        new ForbiddenError("Opaque-origin requests may not change the cluster"),
      );
    }
    await next();
  };
}

/** Security headers for every response. No HSTS: the controller is served over plain HTTP on the LAN. */
export function securityHeaders(): MiddlewareHandler {
  return async function securityHeaders(c, next) {
    await next();
    applySecurityHeaders(c.res.headers);
  };
}

/** Sets the headers of {@link securityHeaders} on `h` (also used by the `/v1` fast path). */
export function applySecurityHeaders(h: Headers): void {
  h.set("X-Content-Type-Options", "nosniff");
  h.set("X-Frame-Options", "DENY");
  h.set("Referrer-Policy", "no-referrer");
  h.set("Cross-Origin-Opener-Policy", "same-origin");
  h.set("Cross-Origin-Resource-Policy", "same-origin");
  if ((h.get("content-type") ?? "").startsWith("text/html")) {
    h.set(
      "Content-Security-Policy",
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    );
  }
}

/** The body limit for a path: audio routes take 200 MB, everything else 5 MB. */
export function bodyLimitFor(path: string): number {
  return path.startsWith("/v1/audio/") ? AUDIO_BODY_LIMIT : JSON_BODY_LIMIT;
}

/**
 * Rejects bodies over the path's limit with 413: at once when Content-Length
 * says so, otherwise while streaming (the body is cut off at the limit).
 */
export function bodyLimits(limitFor: (path: string) => number = bodyLimitFor): MiddlewareHandler {
  return async function bodyLimits(c, next) {
    if (c.req.raw.body === null) return next();
    const limit = limitFor(c.req.path);
    const tooLarge = () => new PayloadTooLargeError(`Request body is larger than ${limit} bytes`);
    const headers = c.req.raw.headers;
    const declared = headers.get("content-length");
    if (declared !== null && Number(declared) > limit) return errorResponse(c, tooLarge());
    // The HTTP server frames a body by its declared length (and refuses one that
    // runs over), so a declared body within the limit needs no counting stream.
    if (declared !== null && /^\d+$/.test(declared) && !headers.has("transfer-encoding")) {
      return next();
    }
    let seen = 0;
    let exceeded = false;
    const counted = c.req.raw.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, ctrl) {
          seen += chunk.byteLength;
          if (seen > limit) {
            exceeded = true;
            ctrl.error(tooLarge());
          } else ctrl.enqueue(chunk);
        },
      }),
    );
    c.req.raw = new Request(c.req.raw, { body: counted, duplex: "half" } as RequestInit);
    await next();
    // Body parsers (Hono's JSON validator among them) report a failed stream as
    // malformed input; the real reason is the limit, so say that.
    if (exceeded) c.res = errorResponse(c, tooLarge());
  };
}

/** Which credential a path needs when auth is on. */
export function authScope(path: string): "token" | "session" | "public" {
  if (path === "/healthz" || path === "/login" || path.startsWith("/static/")) return "public";
  if (path === "/v1" || path.startsWith("/v1/") || path === "/scrub" || path === "/rehydrate") {
    return "token";
  }
  return "session";
}

/** Checks a bearer token in constant time against every configured token. */
export function tokenMatches(header: string | undefined, tokens: readonly string[]): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  if (!match) return false;
  const given = new TextEncoder().encode(match[1].trim());
  let ok = false;
  for (const token of tokens) {
    const want = new TextEncoder().encode(token);
    let diff = given.length ^ want.length;
    for (let i = 0; i < want.length; i++) diff |= want[i] ^ (given[i] ?? 0);
    ok = ok || diff === 0;
  }
  return ok;
}

/** Session cookie name of the optional dashboard password. */
export const SESSION_COOKIE = "sc_session";

/**
 * Optional auth, off by default. With API tokens set, `/v1`, `/scrub` and
 * `/rehydrate` need `Authorization: Bearer`; with a dashboard password set,
 * pages and `/api` need the session cookie (or a token, for scripts).
 */
export function auth(opts: {
  config: () => Config;
  sessionValid: (id: string) => boolean;
}): MiddlewareHandler {
  return async function auth(c, next) {
    const { apiTokens, dashboardPasswordHash } = opts.config().auth;
    const scope = authScope(c.req.path);
    if (scope === "public") return await next();
    const hasToken = apiTokens.length > 0 && tokenMatches(c.req.header("authorization"), apiTokens);
    if (scope === "token") {
      if (apiTokens.length === 0 || hasToken) return next();
      c.header("WWW-Authenticate", 'Bearer realm="spark-control"');
      return c.json(
        {
          error: {
            message: "Missing or wrong API token",
            type: "authentication_error",
            param: null,
            code: "unauthorized",
            source: "controller",
          },
        },
        401,
      );
    }
    if (dashboardPasswordHash === null || hasToken) return next();
    const session = getCookie(c, SESSION_COOKIE);
    if (session !== undefined && opts.sessionValid(session)) return next();
    if (c.req.method === "GET" && !c.req.path.startsWith("/api/")) {
      return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 303);
    }
    return c.json(
      { error: { code: "unauthorized", message: "Sign in to the dashboard first" } },
      401,
    );
  };
}
