/**
 * TELEMETRY_SCRIPT run by a real bash against the fixture root
 * (SPARK_ROOT) with fake tools on PATH, parsed end to end.
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { parseTelemetry, telemetryScript } from "../lib/cluster/telemetry.ts";

const testdata = new URL("../lib/cluster/testdata/", import.meta.url).pathname;

Deno.test("TELEMETRY_SCRIPT in bash against a fake root parses into live values", async () => {
  const script = telemetryScript({ cx7Interfaces: ["enp1s0f1np1", "enP2p1s0f1np1"] });
  const out = await new Deno.Command("bash", {
    args: ["--noprofile", "--norc", "-c", script],
    env: {
      SPARK_ROOT: `${testdata}root`,
      PATH: `${testdata}bin:/usr/bin:/bin`,
    },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  equal(out.code, 0, new TextDecoder().decode(out.stderr));
  const t = parseTelemetry(new TextDecoder().decode(out.stdout));
  equal(t.gpu.status, "ok");
  if (t.gpu.status === "ok") {
    equal(t.gpu.gpus[0].temperatureC, 41);
    equal(t.gpu.gpus[0].smClockMaxMhz, null);
  }
  equal(t.memory?.usedBytes, (128516440 - 23764376) * 1024);
  equal(t.thermal?.socC, 61.8);
  equal(t.nvmeC, 38.85);
  equal(t.nicC, 57);
  deepEqual(t.sys, { uptimeS: 482113.27, load1: 3.12, load5: 2.87, load15: 2.4 });
  deepEqual(t.links, [
    { iface: "enp1s0f1np1", operstate: "up", speedMbps: 200000, mtu: 9000, up: true },
    { iface: "enP2p1s0f1np1", operstate: null, speedMbps: null, mtu: null, up: false },
  ]);
  deepEqual(t.vpn, { address: "198.51.100.44", kind: "wireguard" });
  equal(t.vllm?.status, "running");
  equal(t.release?.otaVersion, "7.3.1");
  equal(t.release?.productName, "NVIDIA_DGX_Spark");
  ok(t.release?.kernel);
  ok(t.disk && t.disk.sizeBytes > 0);
});
