import { deepEqual, equal, match, ok } from "node:assert/strict";
import { FakeClock, FakeRunner } from "../../tests/fakes.ts";
import { HostConnectError } from "../cluster/runner.ts";
import { ConfigStore, defaultConfig } from "../config/mod.ts";
import { EventBus } from "../events/mod.ts";
import { silentLogger } from "../log.ts";
import { openStore } from "../store/mod.ts";
import { ConnectivityLog } from "./connectivity.ts";
import { Monitor } from "./monitor.ts";

const HEAD = await Deno.readTextFile(
  new URL("../cluster/testdata/telemetry_head.txt", import.meta.url),
);

function setup(runner: FakeRunner) {
  const config = defaultConfig();
  for (const [i, h] of config.hosts.entries()) {
    h.address = `192.0.2.${10 + i}`;
    h.sshUser = "spark";
  }
  const store = openStore(":memory:");
  const events = new EventBus();
  const seen: { type: string; data: unknown }[] = [];
  events.subscribe((e) => e && seen.push(e));
  const clock = new FakeClock(1_000_000);
  const monitor = new Monitor({
    config: new ConfigStore(config),
    fetch: () => Promise.reject(new TypeError("no HTTP in this test")),
    clock,
    events,
    log: silentLogger,
    connectivity: new ConnectivityLog(store.db),
    runner,
    db: store.db,
  });
  return { monitor, store, seen, clock };
}

Deno.test("Monitor.pollHardwareOnce() makes one SSH round trip per host and publishes each card", async () => {
  const runner = new FakeRunner(() => HEAD);
  const { monitor, store, seen } = setup(runner);
  try {
    await monitor.pollHardwareOnce();
    deepEqual(runner.calls.map((c) => c.hostId).sort(), ["spark1", "spark2"]);
    equal(monitor.hardware().length, 2);
    ok(monitor.hardware()[0].telemetry?.memory?.totalBytes);
    equal(seen.filter((e) => e.type === "hardware").length, 2);
    match(runner.calls[0].line, /@@release/, "static identity is read on the first poll");
    await monitor.pollHardwareOnce();
    ok(!runner.calls[2].line.includes("@@release"), "and not again on the same connection");
  } finally {
    store.close();
  }
});

Deno.test("Monitor.pollHardwareOnce() keeps one host's card live while the other is unreachable", async () => {
  const runner = new FakeRunner((call) => {
    if (call.hostId === "spark2") {
      throw new HostConnectError("spark2", { kind: "unreachable", message: "ECONNREFUSED" });
    }
    return HEAD;
  });
  const { monitor, store } = setup(runner);
  try {
    await monitor.pollHardwareOnce();
    const [one, two] = monitor.hardware();
    equal(one.error, null);
    ok(one.telemetry);
    match(two.error ?? "", /did not answer/);
    equal(two.telemetry, null);
  } finally {
    store.close();
  }
});

Deno.test("Monitor records a reboot when a host's uptime goes back to zero", async () => {
  let uptime = "86400.00 1000.00";
  const runner = new FakeRunner(() => HEAD.replace(/^\d+\.\d+ \d+\.\d+$/m, uptime));
  const { monitor, store, seen, clock } = setup(runner);
  try {
    await monitor.pollHardwareOnce();
    uptime = "12.00 10.00";
    await clock.advance(5_000);
    await monitor.pollHardwareOnce();
    const rows = store.db.prepare(
      "SELECT kind, subject FROM events WHERE kind = 'reboot' ORDER BY subject",
    ).all();
    deepEqual(rows.map((r) => r.subject), ["spark1", "spark2"]);
    ok(seen.some((e) => e.type === "host-event"));
  } finally {
    store.close();
  }
});
