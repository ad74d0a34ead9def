import { deepEqual, equal } from "node:assert/strict";
import type { HostTelemetry } from "../cluster/telemetry.ts";
import {
  appendHistory,
  type HardwareView,
  HISTORY_MS,
  pointOf,
  rebooted,
  versionDrift,
} from "./hardware.ts";

function view(label: string, ota: string | null, driver: string | null): HardwareView {
  const telemetry = {
    gpu: driver === null ? { status: "unknown", reason: "x" } : {
      status: "ok",
      gpus: [{
        name: "NVIDIA GB10",
        utilizationPct: 5,
        temperatureC: 40,
        powerW: 4,
        smClockMhz: null,
        smClockMaxMhz: null,
        throttleReasons: null,
        driverVersion: driver,
      }],
    },
  } as unknown as HostTelemetry;
  return {
    hostId: label,
    label,
    atMs: 0,
    telemetry,
    error: null,
    history: [],
    release: {
      name: null,
      prettyName: null,
      swBuildVersion: null,
      otaVersion: ota,
      productName: null,
      kernel: null,
    },
  };
}

Deno.test("appendHistory() keeps exactly the last 15 minutes", () => {
  const p = (atMs: number) => ({ atMs, gpuUtilPct: 1, gpuTempC: 1, memUsedBytes: 1 });
  const h = appendHistory([p(0), p(1_000)], p(HISTORY_MS + 500));
  deepEqual(h.map((x) => x.atMs), [1_000, HISTORY_MS + 500]);
});

Deno.test("pointOf() carries null, never 0, for what the GPU did not report", () => {
  const t = {
    gpu: { status: "unknown", reason: "driver" },
    memory: null,
  } as unknown as HostTelemetry;
  deepEqual(pointOf(t, 7), { atMs: 7, gpuUtilPct: null, gpuTempC: null, memUsedBytes: null });
});

Deno.test("rebooted() sees uptime going backwards, not jitter or missing reads", () => {
  equal(rebooted(86_400, 30), true);
  equal(rebooted(100, 97), false);
  equal(rebooted(null, 30), false);
  equal(rebooted(100, 200), false);
});

Deno.test("versionDrift() flags different DGX OS and driver versions between Sparks", () => {
  deepEqual(
    versionDrift([view("Spark 1", "7.2.1", "580.95"), view("Spark 2", "7.2.1", "580.95")]),
    [],
  );
  deepEqual(
    versionDrift([view("Spark 1", "7.2.1", "580.95"), view("Spark 2", "7.1.0", "590.10")]),
    [
      "DGX OS differs between Sparks: Spark 1 7.2.1, Spark 2 7.1.0",
      "The NVIDIA driver differs between Sparks: Spark 1 580.95, Spark 2 590.10",
    ],
  );
  deepEqual(
    versionDrift([view("Spark 1", null, null), view("Spark 2", "7.1.0", null)]),
    [],
    "unknowns are not drift",
  );
});
