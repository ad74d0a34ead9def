import { deepEqual, equal } from "node:assert/strict";
import { FakeClock, recordingFetch } from "../../tests/fakes.ts";
import { probeService } from "./probes.ts";

const METRICS =
  `vllm:num_requests_running{model_name="m"} 2\nvllm:kv_cache_usage_perc{model_name="m"} 0.5\n`;

Deno.test("probeService() reads vLLM's model, context length, version and metrics when healthy", async () => {
  const clock = new FakeClock();
  const fetch = recordingFetch((req) => {
    const path = new URL(req.url).pathname;
    if (path === "/health") return new Response(null, { status: 200 });
    if (path === "/v1/models") {
      return Response.json({ data: [{ id: "org/model-a", max_model_len: 32768 }] });
    }
    if (path === "/version") return Response.json({ version: "0.11.0" });
    return new Response(METRICS);
  });
  const probe = await probeService("vllm", "http://127.0.0.1:8888", { fetch, clock });
  equal(probe.result.ok, true);
  deepEqual(
    [probe.vllm?.model, probe.vllm?.maxModelLen, probe.vllm?.version, probe.vllm?.numbers?.running],
    ["org/model-a", 32768, "0.11.0", 2],
  );
});

Deno.test("probeService() calls an engine-dead vLLM (503) an HTTP failure", async () => {
  const fetch = recordingFetch(() => new Response(null, { status: 503 }));
  const probe = await probeService("vllm", "http://127.0.0.1:8888", {
    fetch,
    clock: new FakeClock(),
  });
  equal(probe.result.ok, false);
  if (!probe.result.ok) equal(probe.result.reason, "http");
  equal(fetch.calls.length, 1, "no detail requests after a failed health check");
});

Deno.test("probeService() reports a refused connection as refused", async () => {
  const fetch = recordingFetch(() =>
    Promise.reject(new TypeError("error sending request: Connection refused (os error 111)"))
  );
  const probe = await probeService("qdrant", "http://127.0.0.1:6333", {
    fetch,
    clock: new FakeClock(),
  });
  equal(probe.result.ok ? "ok" : probe.result.reason, "refused");
});

Deno.test("probeService() words a reset connection plainly, not as the raw fetch error", async () => {
  const fetch = recordingFetch(() =>
    Promise.reject(
      new TypeError("fetch failed", {
        cause: new Error("Connection reset by peer (os error 104)"),
      }),
    )
  );
  const probe = await probeService("tts", "http://127.0.0.1:8880", {
    fetch,
    clock: new FakeClock(),
  });
  deepEqual(
    probe.result.ok ? null : [probe.result.reason, probe.result.message],
    ["error", "the connection was cut (reset)"],
  );
});

Deno.test("probeService() times out on the injected clock, with no real waiting", async () => {
  const clock = new FakeClock();
  const fetch = recordingFetch((req) =>
    new Promise((_, reject) =>
      req.signal.addEventListener("abort", () => reject(req.signal.reason))
    )
  );
  const pending = probeService("tts", "http://127.0.0.1:8880", { fetch, clock }, {
    softMs: 100,
    hardMs: 1_000,
  });
  await clock.advance(1_000);
  const probe = await pending;
  equal(probe.result.ok ? "ok" : probe.result.reason, "timeout");
});

Deno.test("probeService() marks an answer slower than softMs as slow (busy, not down)", async () => {
  const clock = new FakeClock();
  const fetch = recordingFetch(async () => {
    await clock.sleep(300);
    return new Response("{}");
  });
  const pending = probeService("tts", "http://127.0.0.1:8880", { fetch, clock }, {
    softMs: 200,
    hardMs: 1_000,
  });
  await clock.advance(300);
  const probe = await pending;
  equal(probe.result.ok && probe.result.slow, true);
});

Deno.test("probeService() tries parakeet's /healthz when /health is missing", async () => {
  const fetch = recordingFetch((req) =>
    new Response(null, { status: new URL(req.url).pathname === "/healthz" ? 200 : 404 })
  );
  const probe = await probeService("asr", "http://127.0.0.1:8000", {
    fetch,
    clock: new FakeClock(),
  });
  equal(probe.result.ok, true);
  deepEqual(fetch.calls.map((r) => new URL(r.url).pathname), ["/health", "/healthz"]);
});
