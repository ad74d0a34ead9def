import { deepEqual, equal, match, ok } from "node:assert/strict";
import { Validator } from "@seriousme/openapi-schema-validator";
import { createApp } from "../app.ts";
import { fakeDeps } from "./fakes.ts";

/** Hono's `/a/:id` (or `/a/:id{re}`) in OpenAPI's spelling, `/a/{id}`. */
function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z0-9_]+)(\{[^}]*\})?\??/g, "{$1}");
}

/** Paths that are not API: built assets and the description itself. */
const NOT_API = new Set(["/static/*", "/openapi.json", "/docs", "/*"]);

Deno.test("/openapi.json is a valid OpenAPI 3 document", async () => {
  const deps = fakeDeps();
  const res = await createApp(deps).request("/openapi.json");
  equal(res.status, 200);
  const doc = await res.json();
  match(doc.openapi, /^3\./);
  const result = await new Validator().validate(doc);
  deepEqual(result.errors, undefined);
  ok(result.valid);
  await deps.close();
});

Deno.test("/openapi.json lists every mounted route except pages and assets", async () => {
  const deps = fakeDeps();
  const app = createApp(deps);
  const doc = await (await app.request("/openapi.json")).json();
  const documented = new Set(
    Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap((
      [path, item],
    ) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)),
  );
  // A page is a path whose GET answers HTML; a form POST to a page path is part of that page.
  const pages = new Set<string>();
  for (const r of app.routes) {
    if (r.method !== "GET" || NOT_API.has(r.path) || r.path.includes(":")) continue;
    const res = await app.request(r.path, { headers: { accept: "text/html" } });
    if ((res.headers.get("content-type") ?? "").startsWith("text/html")) pages.add(r.path);
    await res.body?.cancel();
  }
  const missing = new Set<string>();
  for (const r of app.routes) {
    if (r.method === "ALL" || NOT_API.has(r.path) || pages.has(r.path)) continue;
    const key = `${r.method} ${openApiPath(r.path)}`;
    if (!documented.has(key)) missing.add(key);
  }
  deepEqual([...missing], [], "routes missing from /openapi.json");
  for (const key of ["POST /v1/chat/completions", "GET /v1/models", "POST /v1/rerank"]) {
    ok(documented.has(key), key);
  }
  await deps.close();
});

Deno.test("/docs renders the reference from the document, with no external assets", async () => {
  const deps = fakeDeps();
  const res = await createApp(deps).request("/docs");
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /text\/html/);
  const html = await res.text();
  match(html, /\/v1\/chat\/completions/);
  match(html, /Rerank documents against a query/);
  ok(!/(src|href)="(https?:)?\/\//.test(html), "every asset is served by the controller");
  await deps.close();
});

Deno.test("/docs shows the document's `inline code` as code, not as literal backticks", async () => {
  const deps = fakeDeps();
  const html = await (await createApp(deps).request("/docs")).text();
  match(html, /<code>\/v1<\/code> is OpenAI-compatible/);
  ok(!html.includes("`"), "no literal backtick reaches the page");
  await deps.close();
});
