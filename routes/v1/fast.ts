import { Context, type ErrorHandler, type Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { proxyCompletion } from "../../lib/gateway/mod.ts";
import {
  applySecurityHeaders,
  hostGate,
  JSON_BODY_LIMIT,
  tokenMatches,
} from "../../lib/http/security.ts";
import { ChatBody, CompletionBody } from "./chat.ts";

/** The hot calls and the schemas their Hono routes validate with. */
const HOT = new Map<string, z.ZodType<Record<string, unknown>>>([
  ["/v1/chat/completions", ChatBody],
  ["/v1/completions", CompletionBody],
]);

/** The media type of a Content-Type value, as Hono's validator reads it. */
const mediaType = (value: string | null) => (value ?? "").split(";", 1)[0].trim().toLowerCase();

/**
 * `app.fetch` with a short path in front for the two hot LAN calls, `POST
 * /v1/chat/completions` and `POST /v1/completions`. Why: on a small chat the
 * router, the five middlewares and the validator cost ~50–80 µs of CPU, about
 * half of what a bare Deno proxy hop costs (lib/gateway/README.md,
 * "Per-request cost").
 *
 * A request takes the short path only when every middleware would let it
 * through untouched: Host allowed (or absent), the API token right when
 * tokens are set, no `Origin` or `Sec-Fetch-Site` (not a browser), a declared
 * body length within the JSON limit, `Content-Type: application/json`, JSON
 * the route's schema accepts. Anything else goes to Hono's chain, which
 * answers exactly as before: the original request when the body is still
 * unread, otherwise a copy carrying the same text. Answers get the same
 * security headers, and errors go through the app's own `onError`.
 *
 * Keep it in step with `app.ts`: an app-wide middleware added there must be
 * mirrored here (tests/v1_fast_path_test.ts lists them and fails otherwise).
 */
export function v1FastPath(
  deps: Deps,
  app: Hono,
  opts: {
    /** The Host allow-list `hostCheck` uses. */
    allowedHosts: () => readonly string[];
    /** The app's `onError`. */
    onError: ErrorHandler;
  },
): Hono["fetch"] {
  const slow = app.fetch;
  const hostOk = hostGate(opts.allowedHosts);

  const completion = async (
    req: Request,
    path: "/v1/chat/completions" | "/v1/completions",
    schema: z.ZodType<Record<string, unknown>>,
    rest: unknown[],
  ): Promise<Response> => {
    let res: Response;
    try {
      const raw = await req.text().catch(() => {
        // What Hono's validator answers when the body cannot be read.
        throw new HTTPException(400, { message: "Malformed JSON in request body" });
      });
      let parsed: ReturnType<typeof schema.safeParse> | undefined;
      try {
        parsed = schema.safeParse(JSON.parse(raw));
      } catch {
        // Malformed JSON: Hono's chain answers it below.
      }
      if (!parsed?.success) {
        // The body is read: Hono gets an identical request carrying the same text.
        const copy = new Request(req.url, {
          method: req.method,
          headers: req.headers,
          body: raw,
          signal: req.signal,
        });
        return await slow(copy, ...rest);
      }
      const client = { headers: req.headers, signal: req.signal };
      res = await proxyCompletion(deps, client, { path, body: parsed.data, raw });
    } catch (err) {
      // Hono's compose hands Errors to onError and rethrows anything else.
      if (!(err instanceof Error)) throw err;
      res = await opts.onError(err, new Context(req, { path, env: undefined }));
    }
    applySecurityHeaders(res.headers);
    return res;
  };

  return (req, ...rest) => {
    if (req.method !== "POST") return slow(req, ...rest);
    const url = req.url;
    const path = url.slice(url.indexOf("/", url.indexOf("//") + 2));
    const schema = HOT.get(path);
    if (schema === undefined) return slow(req, ...rest);
    const h = req.headers;
    const declared = h.get("content-length");
    const tokens = deps.config.get().auth.apiTokens;
    const plain = hostOk(h.get("host")) &&
      (tokens.length === 0 || tokenMatches(h.get("authorization") ?? undefined, tokens)) &&
      !h.has("origin") && !h.has("sec-fetch-site") &&
      declared !== null && /^\d+$/.test(declared) && Number(declared) <= JSON_BODY_LIMIT &&
      !h.has("transfer-encoding") &&
      mediaType(h.get("content-type")) === "application/json";
    if (!plain) return slow(req, ...rest);
    return completion(req, path as "/v1/chat/completions" | "/v1/completions", schema, rest);
  };
}
