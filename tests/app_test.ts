import { deepEqual, equal, match, ok } from "node:assert/strict";
import { z } from "zod";
import { createApp } from "../app.ts";
import { validate } from "../lib/http/validation.ts";
import { hashPassword } from "../lib/http/sessions.ts";
import type { Config } from "../lib/config/mod.ts";
import { fakeDeps } from "./fakes.ts";

const HOST = { host: "localhost" };

/** The real app plus one JSON route that records whether its handler ran. */
function appWithProbe(configure?: (c: Config) => void) {
  const deps = fakeDeps({ configure });
  const app = createApp(deps);
  const calls: unknown[] = [];
  app.post("/api/probe", validate("json", z.object({ name: z.string().min(1) })), (c) => {
    calls.push(c.req.valid("json"));
    return c.json({ ok: true });
  });
  return { app, calls, deps };
}

Deno.test("GET /healthz answers 200 JSON without any Spark configured", async () => {
  const { app, deps } = appWithProbe();
  const res = await app.request("/healthz", { headers: HOST });
  equal(res.status, 200);
  equal(res.headers.get("content-type"), "application/json");
  equal((await res.json()).status, "ok");
  await deps.close();
});

Deno.test("GET / renders the dashboard with the layout and an island marker", async () => {
  const { app, deps } = appWithProbe();
  const res = await app.request("/", { headers: HOST });
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /^text\/html/);
  const html = await res.text();
  match(html, /^<!doctype html>/);
  match(html, /data-island="LiveStatus"/);
  match(html, /Not configured yet/);
  match(res.headers.get("content-security-policy") ?? "", /script-src 'self'/);
  equal(res.headers.get("strict-transport-security"), null, "no HSTS on a plain-HTTP LAN service");
  await deps.close();
});

Deno.test("POST with malformed JSON → 400 envelope and the handler never runs", async () => {
  const { app, calls, deps } = appWithProbe();
  const res = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/json" },
    body: "{ nope",
  });
  equal(res.status, 400);
  const body = await res.json();
  equal(body.error.code, "bad_request");
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("POST with a schema violation → 400 with the zod issues in details", async () => {
  const { app, calls, deps } = appWithProbe();
  const res = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/json" },
    body: JSON.stringify({ name: "" }),
  });
  equal(res.status, 400);
  const body = await res.json();
  equal(body.error.details[0].path, "name");
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("POST with the wrong content type → 415 envelope", async () => {
  const { app, calls, deps } = appWithProbe();
  const res = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "text/plain" },
    body: JSON.stringify({ name: "x" }),
  });
  equal(res.status, 415);
  equal((await res.json()).error.code, "unsupported_media_type");
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("POST over the 5 MB JSON limit → 413, declared or streamed", async () => {
  const { app, calls, deps } = appWithProbe();
  const big = JSON.stringify({ name: "x".repeat(6 * 1024 * 1024) });
  const declared = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/json", "content-length": String(big.length) },
    body: big,
  });
  equal(declared.status, 413);
  equal((await declared.json()).error.code, "payload_too_large");
  const streamed = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/json" },
    body: new Blob([big]).stream(),
    duplex: "half",
  } as RequestInit);
  equal(streamed.status, 413);
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("cross-origin POST (JSON or form) → 403 and nothing runs", async () => {
  const { app, calls, deps } = appWithProbe();
  const json = await app.request("/api/probe", {
    method: "POST",
    headers: {
      ...HOST,
      "content-type": "application/json",
      origin: "http://evil.example",
      "sec-fetch-site": "cross-site",
    },
    body: JSON.stringify({ name: "x" }),
  });
  equal(json.status, 403);
  equal((await json.json()).error.code, "forbidden");
  const form = await app.request("/api/probe", {
    method: "POST",
    headers: {
      ...HOST,
      "content-type": "application/x-www-form-urlencoded",
      origin: "http://evil.example",
    },
    body: "name=x",
  });
  equal(form.status, 403);
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("same-origin and non-browser POSTs pass the origin check", async () => {
  const { app, calls, deps } = appWithProbe();
  const same = await app.request("http://localhost/api/probe", {
    method: "POST",
    headers: {
      ...HOST,
      "content-type": "application/json",
      origin: "http://localhost",
      "sec-fetch-site": "same-origin",
    },
    body: JSON.stringify({ name: "a" }),
  });
  equal(same.status, 200);
  const curl = await app.request("/api/probe", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/json" },
    body: JSON.stringify({ name: "b" }),
  });
  equal(curl.status, 200);
  deepEqual(calls, [{ name: "a" }, { name: "b" }]);
  await deps.close();
});

Deno.test("an unknown Host header → 421 (DNS-rebinding defence)", async () => {
  const { app, calls, deps } = appWithProbe();
  const res = await app.request("/api/probe", {
    method: "POST",
    headers: { host: "attacker.example", "content-type": "application/json" },
    body: JSON.stringify({ name: "x" }),
  });
  equal(res.status, 421);
  equal((await res.json()).error.code, "misdirected_request");
  deepEqual(calls, []);
  await deps.close();
});

Deno.test("configured allowedHosts and *.suffix patterns are served", async () => {
  const { app, deps } = appWithProbe((c) => {
    c.server.allowedHosts = ["controller.example", "*.home.arpa"];
  });
  equal(
    (await app.request("/healthz", { headers: { host: "controller.example:9999" } })).status,
    200,
  );
  equal((await app.request("/healthz", { headers: { host: "spark.home.arpa" } })).status, 200);
  equal(
    (await app.request("/healthz", { headers: { host: "home.arpa.evil.example" } })).status,
    421,
  );
  await deps.close();
});

Deno.test("unknown /v1 path → 404 in the OpenAI envelope with a source", async () => {
  const { app, deps } = appWithProbe();
  const res = await app.request("/v1/nope", { headers: HOST });
  equal(res.status, 404);
  const body = await res.json();
  deepEqual(Object.keys(body.error).sort(), ["code", "message", "param", "source", "type"]);
  equal(body.error.type, "not_found_error");
  equal(body.error.source, "controller");
  await deps.close();
});

Deno.test("API tokens, when set, guard /v1 and leave /healthz open", async () => {
  const token = "t".repeat(32);
  const { app, deps } = appWithProbe((c) => {
    c.auth.apiTokens = [token];
  });
  const denied = await app.request("/v1/nope", { headers: HOST });
  equal(denied.status, 401);
  equal((await denied.json()).error.type, "authentication_error");
  const wrong = await app.request("/v1/nope", {
    headers: { ...HOST, authorization: `Bearer ${"x".repeat(32)}` },
  });
  equal(wrong.status, 401);
  const allowed = await app.request("/v1/nope", {
    headers: { ...HOST, authorization: `Bearer ${token}` },
  });
  equal(allowed.status, 404, "past auth, the route itself is unknown");
  equal((await app.request("/healthz", { headers: HOST })).status, 200);
  await deps.close();
});

Deno.test("a dashboard password redirects pages to /login and a correct password signs in", async () => {
  const { app, deps } = appWithProbe((c) => {
    c.auth.dashboardPasswordHash = hashPassword("correct horse");
  });
  const page = await app.request("/", { headers: HOST });
  equal(page.status, 303);
  equal(page.headers.get("location"), "/login?next=%2F");
  const api = await app.request("/api/events", { headers: HOST });
  equal(api.status, 401);
  const bad = await app.request("/login", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/x-www-form-urlencoded" },
    body: "password=wrong&next=/",
  });
  equal(bad.status, 401);
  const good = await app.request("/login", {
    method: "POST",
    headers: { ...HOST, "content-type": "application/x-www-form-urlencoded" },
    body: "password=correct+horse&next=//evil.example",
  });
  equal(good.status, 303);
  equal(good.headers.get("location"), "/", "an off-site next= is not followed");
  const cookie = (good.headers.get("set-cookie") ?? "").split(";")[0];
  ok(cookie.startsWith("sc_session="));
  match(good.headers.get("set-cookie") ?? "", /HttpOnly/i);
  const after = await app.request("/", { headers: { ...HOST, cookie } });
  equal(after.status, 200);
  await deps.close();
});

Deno.test("/openapi.json is an OpenAPI 3.1 document listing the controller routes", async () => {
  const { app, deps } = appWithProbe();
  const res = await app.request("/openapi.json", { headers: HOST });
  equal(res.status, 200);
  const doc = await res.json();
  equal(doc.openapi, "3.1.0");
  ok(doc.paths["/healthz"]?.get);
  ok(doc.paths["/api/events"]?.get);
  await deps.close();
});

Deno.test("GET /static/client.js serves the built bundle with an ETag, and 304 on revalidation", async () => {
  const { app, deps } = appWithProbe();
  const res = await app.request("/static/style.css", { headers: HOST });
  equal(res.status, 200);
  match(res.headers.get("content-type") ?? "", /^text\/css/);
  const etag = res.headers.get("etag") ?? "";
  await res.body?.cancel();
  const again = await app.request("/static/style.css", {
    headers: { ...HOST, "if-none-match": etag },
  });
  equal(again.status, 304);
  equal((await app.request("/static/..%2fdeno.json", { headers: HOST })).status, 404);
  await deps.close();
});
