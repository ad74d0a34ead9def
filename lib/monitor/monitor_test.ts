import { deepEqual, equal, ok } from "node:assert/strict";
import { FakeClock } from "../../tests/fakes.ts";
import { ConfigStore, defaultConfig } from "../config/mod.ts";
import { EventBus } from "../events/mod.ts";
import { silentLogger } from "../log.ts";
import { openStore } from "../store/mod.ts";
import { ConnectivityLog } from "./connectivity.ts";
import { Monitor } from "./monitor.ts";

function serveTts(port = 0): Deno.HttpServer<Deno.NetAddr> {
  return Deno.serve(
    { hostname: "127.0.0.1", port, onListen() {} },
    () => Response.json({ status: "healthy" }),
  );
}

Deno.test("Monitor records a service outage from refused to recovered, with its duration", async () => {
  let server = serveTts();
  const port = server.addr.port;
  const config = defaultConfig();
  config.hosts[1].address = "127.0.0.1";
  config.hosts[1].services = [{ kind: "tts", port, container: "kokoro" }];
  const clock = new FakeClock(1_000);
  const store = openStore(":memory:");
  const events = new EventBus();
  const published: string[] = [];
  events.subscribe((e) => e && published.push(e.type));
  const connectivity = new ConnectivityLog(store.db);
  const monitor = new Monitor({
    config: new ConfigStore(config),
    fetch,
    clock,
    events,
    log: silentLogger,
    connectivity,
    runner: null,
  });
  try {
    await monitor.probeOnce();
    const tts = () => monitor.services().find((s) => s.id === "spark2/tts")!;
    equal(tts().status.state, "up");
    equal(monitor.services().find((s) => s.id === "spark1/vllm")?.status.state, "not_configured");

    await server.shutdown();
    await clock.advance(1_000);
    await monitor.probeOnce();
    equal(tts().status.state, "down");
    equal(tts().status.why, "not accepting connections (connection refused)");
    ok(connectivity.open("service", "spark2/tts"));

    server = serveTts(port);
    await clock.advance(1_500);
    await monitor.probeOnce();
    equal(tts().status.state, "up");
    const [outage] = connectivity.recent();
    deepEqual([outage.subject, outage.endedMs! - outage.startedMs], ["spark2/tts", 1_500]);
    ok(published.includes("service") && published.includes("connectivity"));
  } finally {
    monitor.stop();
    await server.shutdown();
    store.close();
  }
});
