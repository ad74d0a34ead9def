import { deepEqual, equal, match, ok } from "node:assert/strict";
import type { Hono } from "hono";
import { createApp } from "../app.ts";
import type { Config } from "../lib/config/mod.ts";
import { v1FastPath } from "../routes/v1/fast.ts";
import { fakeDeps, recordingFetch } from "./fakes.ts";
import { pointAt } from "./_gateway_env.ts";

const TOKEN = "alice-token-0123456789";
const CHAT = JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }] });
const ANSWER =
  '{"id":"c1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"hello"}}]}';
const REASONING =
  '{"id":"c2","choices":[{"index":0,"message":{"role":"assistant","content":"x","reasoning":"r"}}]}';
const SSE = 'data: {"choices":[{"delta":{"content":"a"}}]}\n\ndata: [DONE]\n\n';

/** The controller in front of a recording fake vLLM; `answer` picks the upstream's reply. */
function setup(
  answer: (req: Request) => Response = () => json(ANSWER),
  configure?: (c: Config) => void,
) {
  const upstream = recordingFetch(answer);
  const deps = fakeDeps({
    fetch: upstream,
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
      configure?.(c);
    },
  });
  return { app: createApp(deps), upstream, deps };
}

const json = (text: string, status = 200) =>
  new Response(text, { status, headers: { "content-type": "application/json" } });

/**
 * A POST as a LAN client sends it. With `length` the body has a declared
 * Content-Length (what HTTP clients send, and what the fast path needs);
 * without it the body is a stream of unknown length, which Hono's chain serves.
 */
function request(
  path: string,
  body: string,
  opts: { length?: boolean; headers?: Record<string, string> } = {},
): Request {
  const headers = new Headers({ "content-type": "application/json", ...opts.headers });
  if (opts.length !== false) {
    if (!headers.has("content-length")) {
      headers.set("content-length", String(new TextEncoder().encode(body).byteLength));
    }
    return new Request(`http://localhost${path}`, { method: "POST", headers, body });
  }
  const stream = new Response(body).body!;
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers,
    body: stream,
    duplex: "half",
  } as RequestInit);
}

/** Status, headers (sorted, no date) and body of a response. */
async function snapshot(res: Response) {
  const headers = [...res.headers].filter(([k]) => k !== "date").sort();
  return { status: res.status, headers, body: await res.text() };
}

/** What the upstream received: method, URL, headers and body text. */
async function sent(req: Request) {
  return {
    method: req.method,
    url: req.url,
    headers: [...req.headers].sort(),
    body: await req.text(),
  };
}

for (
  const [name, path, body, answer] of [
    ["a chat answer", "/v1/chat/completions", CHAT, () => json(ANSWER)],
    ["a chat answer with reasoning", "/v1/chat/completions", CHAT, () => json(REASONING)],
    [
      "a streamed chat",
      "/v1/chat/completions",
      JSON.stringify({ model: "m", messages: [{ role: "user", content: "hi" }], stream: true }),
      () => new Response(SSE, { headers: { "content-type": "text/event-stream" } }),
    ],
    ["a text completion", "/v1/completions", '{"model":"m","prompt":"Once"}', () => json(ANSWER)],
    ["an upstream failure", "/v1/chat/completions", CHAT, () => json('{"detail":"boom"}', 500)],
    ["an upstream 400", "/v1/chat/completions", CHAT, () => json('{"message":"bad"}', 400)],
  ] as const
) {
  Deno.test(`the fast path answers ${name} exactly like Hono's chain`, async () => {
    const { app, upstream, deps } = setup(answer);
    const fast = await snapshot(await app.fetch(request(path, body)));
    const chain = await snapshot(await app.fetch(request(path, body, { length: false })));
    deepEqual(fast, chain);
    equal(upstream.calls.length, 2);
    const [a, b] = await Promise.all(upstream.calls.map(sent));
    deepEqual(a, b, "the upstream saw the same request both ways");
    equal(a.body, body, "the client's JSON text is forwarded as is");
    ok(fast.headers.some(([k, v]) => k === "x-content-type-options" && v === "nosniff"));
    await deps.close();
  });
}

Deno.test("the fast path passes the upstream's answer and the security headers", async () => {
  const { app, deps } = setup();
  const res = await app.fetch(request("/v1/chat/completions", CHAT));
  equal(res.status, 200);
  equal(await res.text(), ANSWER);
  equal(res.headers.get("x-frame-options"), "DENY");
  equal(res.headers.get("cross-origin-resource-policy"), "same-origin");
  await deps.close();
});

Deno.test("an upstream failure on the fast path gets the OpenAI envelope", async () => {
  const { app, deps } = setup(() => json('{"detail":"boom"}', 500));
  const res = await app.fetch(request("/v1/chat/completions", CHAT));
  equal(res.status, 502);
  equal(res.headers.get("x-content-type-options"), "nosniff");
  const { error } = await res.json();
  equal(error.source, "upstream:vllm");
  equal(error.type, "server_error");
  await deps.close();
});

Deno.test("a body the schema refuses, read by the fast path, still gets Hono's 400", async () => {
  const { app, upstream, deps } = setup();
  const res = await app.fetch(request("/v1/chat/completions", '{"model":"m","messages":[]}'));
  equal(res.status, 400);
  const { error } = await res.json();
  equal(error.type, "invalid_request_error");
  equal(error.param, "messages");
  match(error.message, /messages/);
  const broken = await app.fetch(request("/v1/chat/completions", '{"model":'));
  equal(broken.status, 400);
  equal((await broken.json()).error.message, "Malformed JSON in request body");
  equal(upstream.calls.length, 0);
  await deps.close();
});

Deno.test("host, token, origin, size and type checks still hold for the hot routes", async () => {
  const { app, upstream, deps } = setup(undefined, (c) => {
    c.auth.apiTokens = [TOKEN];
  });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const path = "/v1/chat/completions";
  const status = async (req: Request) => (await app.fetch(req)).status;
  equal(await status(request(path, CHAT)), 401, "no token");
  equal(await status(request(path, CHAT, { headers: { authorization: "Bearer wrong" } })), 401);
  equal(await status(request(path, CHAT, { headers: { ...auth, host: "evil.example" } })), 421);
  equal(
    await status(request(path, CHAT, { headers: { ...auth, origin: "http://evil.example" } })),
    403,
  );
  equal(
    await status(request(path, CHAT, { headers: { ...auth, "sec-fetch-site": "cross-site" } })),
    403,
  );
  equal(
    await status(request(path, CHAT, { headers: { ...auth, "content-type": "text/plain" } })),
    415,
  );
  const huge = request(path, CHAT, {
    headers: { ...auth, "content-length": String(6 * 1024 * 1024) },
  });
  equal(await status(huge), 413);
  equal(upstream.calls.length, 0, "nothing refused reached vLLM");
  equal(await status(request(path, CHAT, { headers: auth })), 200, "the right token passes");
  equal(upstream.calls.length, 1);
  equal(upstream.calls[0].headers.get("authorization"), null, "the token never goes upstream");
  await deps.close();
});

Deno.test("the fast path takes only requests every middleware passes untouched", async () => {
  const deps = fakeDeps({
    fetch: recordingFetch(() => json(ANSWER)),
    configure: (c) => {
      c.hosts = pointAt({ vllm: 8888 });
      c.auth.apiTokens = [TOKEN];
    },
  });
  const delegated: string[] = [];
  const slow = (req: Request) => {
    delegated.push(req.url);
    return new Response("chain");
  };
  const fetchFn = v1FastPath(deps, { fetch: slow } as unknown as Hono, {
    allowedHosts: () => ["localhost"],
    onError: (err) => {
      throw err;
    },
  });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const path = "/v1/chat/completions";
  const cases: [string, Request, boolean][] = [
    ["plain chat", request(path, CHAT, { headers: auth }), false],
    [
      "plain completion",
      request("/v1/completions", '{"model":"m","prompt":"x"}', { headers: auth }),
      false,
    ],
    ["allowed Host", request(path, CHAT, { headers: { ...auth, host: "localhost:9999" } }), false],
    [
      "JSON with charset",
      request(path, CHAT, {
        headers: { ...auth, "content-type": "application/json; charset=utf-8" },
      }),
      false,
    ],
    ["GET", new Request(`http://localhost${path}`, { headers: auth }), true],
    ["other route", request("/v1/embeddings", CHAT, { headers: auth }), true],
    ["query string", request(`${path}?x=1`, CHAT, { headers: auth }), true],
    ["no token", request(path, CHAT), true],
    ["foreign Host", request(path, CHAT, { headers: { ...auth, host: "evil.example" } }), true],
    ["Origin", request(path, CHAT, { headers: { ...auth, origin: "http://localhost" } }), true],
    [
      "Sec-Fetch-Site",
      request(path, CHAT, { headers: { ...auth, "sec-fetch-site": "same-origin" } }),
      true,
    ],
    ["no declared length", request(path, CHAT, { headers: auth, length: false }), true],
    [
      "over the limit",
      request(path, CHAT, { headers: { ...auth, "content-length": String(6 * 1024 * 1024) } }),
      true,
    ],
    ["not JSON", request(path, CHAT, { headers: { ...auth, "content-type": "text/plain" } }), true],
    [
      "JSON suffix type",
      request(path, CHAT, { headers: { ...auth, "content-type": "application/vnd.x+json" } }),
      true,
    ],
    ["schema refuses", request(path, '{"model":"m"}', { headers: auth }), true],
    ["malformed JSON", request(path, "{", { headers: auth }), true],
  ];
  for (const [name, req, expected] of cases) {
    delegated.length = 0;
    const res = await fetchFn(req);
    await res.body?.cancel();
    equal(delegated.length === 1, expected, `${name}: ${expected ? "Hono's chain" : "fast path"}`);
  }
  await deps.close();
});

Deno.test("the fast path mirrors every app-wide middleware (add new ones to routes/v1/fast.ts)", async () => {
  const { app, deps } = setup();
  const global = app.routes
    .filter((r) => r.method === "ALL" && r.path === "/*")
    .map((r) => r.handler.name);
  deepEqual(global, ["securityHeaders", "hostCheck", "auth", "sameOrigin", "bodyLimits"]);
  await deps.close();
});
