import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { UpstreamError } from "../errors.ts";
import { FakeClock, flushMicrotasks } from "../../tests/fakes.ts";
import { clientResponseHeaders, forward, Reachability, upstreamRequestHeaders } from "./proxy.ts";

/** A fetch that hangs until its signal aborts, recording that signal. */
function hangingFetch() {
  const signals: AbortSignal[] = [];
  const fn = ((_url: string, init: RequestInit) => {
    signals.push(init.signal!);
    return new Promise((_, reject) => {
      init.signal!.addEventListener("abort", () => reject(init.signal!.reason), { once: true });
    });
  }) as unknown as typeof fetch;
  return { fn, signals };
}

const URL_ = "http://127.0.0.1:9/v1/x";

Deno.test("forward() fails with a 504-type error when no headers come in time", async () => {
  const clock = new FakeClock();
  const { fn } = hangingFetch();
  let done = 0;
  const p = forward({ fetch: fn, clock }, {
    service: "vllm",
    url: URL_,
    timeouts: { headersMs: 1_000 },
    onDone: () => done++,
  });
  await clock.advance(1_000);
  await rejects(
    p,
    (e) => e instanceof UpstreamError && e.timeout && /answer within 1 s/.test(e.message),
  );
  equal(done, 1);
});

Deno.test("forward() gives up after connectMs when the connect probe hangs", async () => {
  const clock = new FakeClock();
  const { fn } = hangingFetch();
  const reachability = new Reachability(clock, () => new Promise(() => {}));
  const p = forward({ fetch: fn, clock, reachability }, {
    service: "tts",
    url: URL_,
    timeouts: { connectMs: 3_000 },
  });
  await clock.advance(3_000);
  await rejects(
    p,
    (e) => e instanceof UpstreamError && e.timeout && /connect within 3 s/.test(e.message),
  );
});

Deno.test("forward() skips the probe for an upstream that answered lately", async () => {
  const clock = new FakeClock();
  let probes = 0;
  const reachability = new Reachability(clock, () => (probes++, Promise.resolve()));
  const fetchOk = (() => Promise.resolve(new Response("{}"))) as unknown as typeof fetch;
  await (await forward({ fetch: fetchOk, clock, reachability }, { service: "embed", url: URL_ }))
    .text();
  await (await forward({ fetch: fetchOk, clock, reachability }, { service: "embed", url: URL_ }))
    .text();
  equal(probes, 1);
  await clock.advance(10_000);
  await (await forward({ fetch: fetchOk, clock, reachability }, { service: "embed", url: URL_ }))
    .text();
  equal(probes, 2);
});

Deno.test("forward() aborts the upstream call when the client goes away", async () => {
  const clock = new FakeClock();
  const { fn, signals } = hangingFetch();
  const client = new AbortController();
  const p = forward({ fetch: fn, clock }, { service: "vllm", url: URL_, signal: client.signal });
  await flushMicrotasks();
  client.abort(new Error("client left"));
  await rejects(p, /client left/);
  ok(signals[0].aborted);
});

Deno.test("forward() cuts a body that stalls longer than idleMs", async () => {
  const clock = new FakeClock();
  const fetchStall = ((_u: string, init: RequestInit) => {
    const body = new ReadableStream({
      start(c) {
        c.enqueue(new Uint8Array([1]));
        init.signal!.addEventListener("abort", () => c.error(init.signal!.reason));
      },
    });
    return Promise.resolve(new Response(body));
  }) as unknown as typeof fetch;
  let done = 0;
  const res = await forward({ fetch: fetchStall, clock }, {
    service: "tts",
    url: URL_,
    timeouts: { idleMs: 500 },
    onDone: () => done++,
  });
  const reader = res.body!.getReader();
  equal((await reader.read()).value?.[0], 1);
  const next = reader.read();
  await clock.advance(500);
  await rejects(next, (e) => e instanceof UpstreamError && e.timeout);
  equal(done, 1);
});

Deno.test("forward() calls onDone once when the client cancels the body", async () => {
  const clock = new FakeClock();
  const fetchSlow =
    (() =>
      Promise.resolve(new Response(new ReadableStream({ pull() {} })))) as unknown as typeof fetch;
  let done = 0;
  const res = await forward({ fetch: fetchSlow, clock }, {
    service: "vllm",
    url: URL_,
    onDone: () => done++,
  });
  await res.body!.cancel();
  await res.body!.cancel().catch(() => {});
  equal(done, 1);
  equal(clock.pending, 0, "no timer left behind");
});

Deno.test("forward() maps an upstream error answer and releases", async () => {
  const clock = new FakeClock();
  const fetch404 = (() =>
    Promise.resolve(
      Response.json({ error: { message: "The model `x` does not exist." } }, { status: 404 }),
    )) as unknown as typeof fetch;
  let done = 0;
  await rejects(
    forward({ fetch: fetch404, clock }, { service: "vllm", url: URL_, onDone: () => done++ }),
    (e) => e instanceof UpstreamError && e.passStatus === 404 && /does not exist/.test(e.message),
  );
  equal(done, 1);
});

Deno.test("upstreamRequestHeaders() passes only an allow-list", () => {
  const h = upstreamRequestHeaders({
    authorization: "Bearer secret",
    cookie: "a=b",
    "content-type": "application/json",
    connection: "keep-alive",
    "x-request-id": "r1",
  });
  deepEqual(h, {
    "content-type": "application/json",
    "x-request-id": "r1",
    "accept-encoding": "identity",
  });
});

Deno.test("clientResponseHeaders() drops hop-by-hop headers and marks SSE unbuffered", () => {
  const h = clientResponseHeaders(
    new Headers({
      "content-type": "text/event-stream",
      connection: "keep-alive, x-private",
      "keep-alive": "timeout=5",
      "x-private": "1",
      "transfer-encoding": "chunked",
      "set-cookie": "a=b",
      "x-request-id": "r1",
    }),
  );
  for (const name of ["connection", "keep-alive", "x-private", "transfer-encoding", "set-cookie"]) {
    equal(h.get(name), null, name);
  }
  equal(h.get("x-accel-buffering"), "no");
  equal(h.get("x-request-id"), "r1");
});

Deno.test("clientResponseHeaders() keeps end-to-end headers and drops a stale length", () => {
  const h = clientResponseHeaders(
    new Headers([
      ["Content-Type", "application/json"],
      ["Content-Encoding", "gzip"],
      ["Content-Length", "123"],
      ["Connection", "X-Private"],
      ["X-Private", "1"],
      ["Vary", "a"],
      ["Vary", "b"],
      ["Retry-After", "3"],
    ]),
  );
  deepEqual([...h], [
    ["content-type", "application/json"],
    ["retry-after", "3"],
    ["vary", "a, b"],
  ]);
  const plain = clientResponseHeaders(new Headers({ "content-length": "5", server: "uvicorn" }));
  deepEqual([...plain], [["content-length", "5"], ["server", "uvicorn"]]);
});
