import { equal, match, ok } from "node:assert/strict";
import { createApp } from "../app.ts";
import { fakeDeps, FakeRunner } from "./fakes.ts";

const HOST = { host: "localhost" };

function withTts(): { deps: ReturnType<typeof fakeDeps>; server: Deno.HttpServer<Deno.NetAddr> } {
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    () => Response.json({ status: "healthy" }),
  );
  const deps = fakeDeps({
    fetch,
    configure(c) {
      c.hosts[1].address = "127.0.0.1";
      c.hosts[1].sshUser = "spark";
      c.hosts[1].services = [{ kind: "tts", port: server.addr.port, container: "kokoro" }];
    },
  });
  return { deps, server };
}

Deno.test("GET /api/cluster returns the snapshot with probed service states", async () => {
  const { deps, server } = withTts();
  try {
    await deps.monitor.probeOnce();
    const res = await createApp(deps).request("/api/cluster", { headers: HOST });
    equal(res.status, 200);
    const body = await res.json();
    const tts = body.services.find((s: { id: string }) => s.id === "spark2/tts");
    equal(tts.status.state, "up");
    equal(
      body.services.find((s: { id: string }) => s.id === "spark1/vllm").status.state,
      "not_configured",
    );
  } finally {
    await server.shutdown();
    await deps.close();
  }
});

Deno.test("GET /metrics exposes service up/down and state gauges in Prometheus text", async () => {
  const { deps, server } = withTts();
  try {
    await deps.monitor.probeOnce();
    const res = await createApp(deps).request("/metrics", { headers: HOST });
    equal(res.status, 200);
    match(res.headers.get("content-type") ?? "", /^text\/plain/);
    const text = await res.text();
    match(text, /spark_service_up\{service="spark2\/tts",host="spark2",kind="tts"\} 1/);
    match(text, /spark_service_state\{service="spark1\/vllm",state="not_configured"\} 1/);
  } finally {
    await server.shutdown();
    await deps.close();
  }
});

Deno.test("GET / renders the service tiles with plain-English names and states", async () => {
  const { deps, server } = withTts();
  try {
    await deps.monitor.probeOnce();
    const html = await (await createApp(deps).request("/", { headers: HOST })).text();
    match(html, /Text to speech \(Kokoro\)/);
    match(html, /data-service="spark2\/tts" data-state="up"/);
    ok(html.includes('data-island="ConnectivityPanel"'));
  } finally {
    await server.shutdown();
    await deps.close();
  }
});

Deno.test("GET /metrics exposes per-host GPU and memory numbers, and no series for unreported ones", async () => {
  const head = await Deno.readTextFile(
    new URL("../lib/cluster/testdata/telemetry_head.txt", import.meta.url),
  );
  // Spark 2's GB10 reports [N/A] for power: that series must be absent, not 0.
  const na = head.replace(
    /^NVIDIA GB10, .*$/m,
    "NVIDIA GB10, 12, 48, [N/A], [N/A], [N/A], [N/A], 580.95.05",
  );
  const deps = fakeDeps({
    runner: new FakeRunner((call) => (call.hostId === "spark1" ? head : na)),
    configure(c) {
      c.hosts.forEach((h, i) => {
        h.address = `192.0.2.${10 + i}`;
        h.sshUser = "spark";
      });
    },
  });
  try {
    await deps.monitor.pollHardwareOnce();
    const text = await (await createApp(deps).request("/metrics", { headers: HOST })).text();
    match(text, /spark_gpu_utilization_percent\{host="spark1"\} 87/);
    match(text, /spark_gpu_power_watts\{host="spark1"\} 41\.27/);
    ok(
      !/spark_gpu_power_watts\{host="spark2"\}/.test(text),
      "no power series for a GPU that does not report it",
    );
    match(text, /spark_memory_available_bytes\{host="spark2"\} \d+/);
  } finally {
    await deps.close();
  }
});
