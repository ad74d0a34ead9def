import type { MiddlewareHandler } from "hono";
import { extname, join } from "node:path";

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".map": "application/json",
  ".woff2": "font/woff2",
};

/** File names served from `static/`: a flat folder, no path segments, no dot files. */
const NAME_REGEXP = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Serves `dir`'s files at `/static/<name>` from memory with an ETag. Hono's
 * serveStatic resolves paths against the working directory, which breaks
 * for `deno compile` binaries started elsewhere; this resolves against the
 * folder it is given (next to the entry module) and reads each file once.
 */
export function staticFiles(dir: string): MiddlewareHandler {
  const cache = new Map<string, { body: Uint8Array; etag: string; type: string } | null>();
  return async function staticFiles(c, next) {
    const name = c.req.path.slice("/static/".length);
    if (!NAME_REGEXP.test(name) || name.includes("..")) return next();
    let entry = cache.get(name);
    if (entry === undefined) {
      try {
        const body = await Deno.readFile(join(dir, name));
        const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", body));
        const etag = `"${btoa(String.fromCharCode(...digest.slice(0, 12)))}"`;
        entry = { body, etag, type: TYPES[extname(name)] ?? "application/octet-stream" };
      } catch {
        entry = null; // absent file: a normal 404, remembered so probes cost nothing
      }
      cache.set(name, entry);
    }
    if (entry === null) return next();
    if (c.req.header("if-none-match") === entry.etag) {
      return c.body(null, 304, { ETag: entry.etag });
    }
    return c.body(entry.body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": entry.type,
      ETag: entry.etag,
      "Cache-Control": "no-cache",
    });
  };
}
