import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { type FakeService, startFakeService } from "./services/_common.ts";

async function echoService(): Promise<FakeService> {
  return await startFakeService("echo", async (req) => {
    const body = req.body ? await req.text() : "";
    return new Response(`echo:${body}:${"x".repeat(64)}`, {
      headers: { "content-type": "text/plain" },
    });
  });
}

Deno.test("startFakeService() logs the raw request target, dots and all", async () => {
  const svc = await echoService();
  try {
    const conn = await Deno.connect({ hostname: "127.0.0.1", port: svc.port });
    await conn.write(
      new TextEncoder().encode(
        "GET /collections/../points/%2e%2e/q?x=1 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n",
      ),
    );
    const buf = new Uint8Array(4096);
    await conn.read(buf);
    conn.close();
    equal(svc.requests[0].target, "/collections/../points/%2e%2e/q?x=1");
  } finally {
    await svc.close();
  }
});

Deno.test("startFakeService() counts body bytes and answers injected statuses count times", async () => {
  const svc = await echoService();
  try {
    svc.setFault({ kind: "status", status: 503, retryAfterS: 7, count: 1 });
    const r1 = await fetch(svc.url + "/a", { method: "POST", body: "hello" });
    equal(r1.status, 503);
    equal(r1.headers.get("retry-after"), "7");
    await r1.body?.cancel();
    const r2 = await fetch(svc.url + "/a", { method: "POST", body: "hello" });
    equal(r2.status, 200);
    ok((await r2.text()).startsWith("echo:hello:"));
    deepEqual(svc.requests.map((r) => r.bodyBytes), [5, 5]);
  } finally {
    await svc.close();
  }
});

Deno.test("startFakeService() control API sets faults and profiles over HTTP", async () => {
  const svc = await echoService();
  try {
    const r = await fetch(svc.url + "/__sim/profile", {
      method: "POST",
      body: JSON.stringify({ profile: "flat-errors" }),
    });
    await r.body?.cancel();
    equal(svc.profile, "flat-errors");
    const f = await fetch(svc.url + "/__sim/fault", {
      method: "POST",
      body: JSON.stringify({ kind: "refuse" }),
    });
    await f.body?.cancel();
    // The listener closes right after answering; hold() resolves once that change is done.
    await svc.hold("noop", false);
    equal(svc.listening, false);
    await rejects(fetch(svc.url + "/x"));
    svc.setFault(null);
    await svc.hold("noop", false);
    const back = await fetch(svc.url + "/x");
    equal(back.status, 200);
    await back.body?.cancel();
    const log = await (await fetch(svc.url + "/__sim/requests")).json();
    ok(log.length >= 1);
  } finally {
    await svc.close();
  }
});

Deno.test("startFakeService() reset-mid-body aborts the body after the headers", async () => {
  const svc = await echoService();
  try {
    svc.setFault({ kind: "reset-mid-body" });
    const res = await fetch(svc.url + "/a");
    equal(res.status, 200);
    await rejects(res.text());
  } finally {
    await svc.close();
  }
});

Deno.test("startFakeService() hang waits until the client aborts", async () => {
  const svc = await echoService();
  try {
    svc.setFault({ kind: "hang" });
    const ctl = new AbortController();
    const pending = fetch(svc.url + "/a", { signal: ctl.signal });
    // Wait for the request to arrive, then abort it.
    await svc.nextRequest();
    ctl.abort();
    await rejects(pending);
  } finally {
    await svc.close();
  }
});

Deno.test("startFakeService() refuses non-loopback addresses", async () => {
  await rejects(startFakeService("x", () => new Response(), { hostname: "0.0.0.0" }), RangeError);
});
