import { deepEqual, equal, match, ok, throws } from "node:assert/strict";
import {
  numberOrNull,
  parseDf,
  parseKeyValues,
  parseLinks,
  parseMeminfo,
  parseNvidiaSmi,
  parseTelemetry,
  parseThermal,
  parseUptimeLoad,
  parseVllmContainer,
  parseVpn,
  TELEMETRY_SCRIPT,
  telemetryScript,
} from "./telemetry.ts";

const fixture = (name: string) =>
  Deno.readTextFileSync(new URL(`./testdata/${name}`, import.meta.url));

Deno.test("parseTelemetry() reads every section of a healthy head node", () => {
  const t = parseTelemetry(fixture("telemetry_head.txt"));
  deepEqual(t.gpu, {
    status: "ok",
    gpus: [{
      name: "NVIDIA GB10",
      utilizationPct: 87,
      temperatureC: 63,
      powerW: 41.27,
      smClockMhz: 2405,
      smClockMaxMhz: 3003,
      throttleReasons: "0x0000000000000000",
      driverVersion: "580.95.05",
    }],
  });
  equal(t.memory?.totalBytes, 128516440 * 1024);
  equal(t.memory?.usedBytes, (128516440 - 23764376) * 1024);
  equal(t.memory?.cachedBytes, 22113472 * 1024);
  equal(t.thermal?.socC, 61.8);
  equal(t.nvmeC, 38.85);
  equal(t.nicC, 57);
  deepEqual(t.disk, {
    sizeBytes: 3936292794368,
    usedBytes: 1202591268864,
    availBytes: 2533641736192,
    mount: "/",
  });
  deepEqual(t.sys, { uptimeS: 482113.27, load1: 3.12, load5: 2.87, load15: 2.4 });
  deepEqual(t.release, {
    name: "DGX Spark",
    prettyName: "NVIDIA DGX Spark",
    swBuildVersion: "7.2.3",
    otaVersion: "7.3.1",
    productName: "NVIDIA_DGX_Spark",
    kernel: "6.11.0-1016-nvidia",
  });
  deepEqual(t.vpn, { address: "100.101.102.103", kind: "tailscale" });
  deepEqual(t.links, [
    { iface: "enp1s0f1np1", operstate: "up", speedMbps: 200000, mtu: 9000, up: true },
    { iface: "enP2p1s0f1np1", operstate: "up", speedMbps: 200000, mtu: 9000, up: true },
  ]);
  deepEqual(t.vllm, {
    status: "running",
    name: "vllm_node",
    statusText: "Up 3 hours",
    image: "vllm-node",
  });
  equal(t.hfCacheBytes, 412316860416);
});

Deno.test("parseTelemetry() keeps good sections when others fail", () => {
  const t = parseTelemetry(fixture("telemetry_degraded.txt"));
  equal(t.gpu.status, "unknown");
  if (t.gpu.status === "unknown") {
    match(t.gpu.reason, /couldn't communicate with the NVIDIA driver/);
  }
  equal(t.memory, null);
  equal(t.thermal?.socC, 47);
  equal(t.hwmon, null);
  equal(t.nvmeC, null);
  equal(t.disk, null);
  deepEqual(t.sys, { uptimeS: null, load1: 0, load5: 0.01, load15: 0.05 });
  deepEqual(t.links, [
    { iface: "enp1s0f1np1", operstate: "down", speedMbps: null, mtu: 9000, up: false },
    { iface: "enP2p1s0f1np1", operstate: "down", speedMbps: null, mtu: 1500, up: false },
  ]);
  deepEqual(t.vpn, { address: "198.51.100.44", kind: "wireguard" });
  equal(t.vllm?.status, "unknown");
  equal(t.release, null);
  equal(t.hfCacheBytes, null);
});

Deno.test("parseTelemetry() of garbage or nothing is all nulls and gpu unknown", () => {
  for (const text of ["", "no markers at all\n1 2 3", "@@gpu\n@@mem\nMemTotal: x kB\n"]) {
    const t = parseTelemetry(text);
    equal(t.gpu.status, "unknown");
    equal(t.memory, null);
    equal(t.disk, null);
    equal(t.sys, null);
  }
});

Deno.test("parseNvidiaSmi() maps [N/A], [Not Supported], N/A and empty to null, never 0", () => {
  const r = parseNvidiaSmi(fixture("nvidia_smi_na.csv"));
  equal(r.status, "ok");
  if (r.status !== "ok") return;
  deepEqual(r.gpus[0], {
    name: "NVIDIA GB10",
    utilizationPct: null,
    temperatureC: 41,
    powerW: null,
    smClockMhz: null,
    smClockMaxMhz: null,
    throttleReasons: null,
    driverVersion: "580.95.05",
  });
  equal(parseNvidiaSmi("bash: nvidia-smi: command not found").status, "unknown");
  equal(parseNvidiaSmi("").status, "unknown");
  equal(
    parseNvidiaSmi("NVIDIA GB10, 5 %, 40, 4.1 W, 208 MHz, 3003 MHz, 0x0, 580.95.05").status,
    "ok",
  );
});

Deno.test("numberOrNull() never turns a missing value into 0", () => {
  for (const raw of ["[N/A]", "[Not Supported]", "N/A", "", "  ", "abc", undefined]) {
    equal(numberOrNull(raw), null, JSON.stringify(raw));
  }
  equal(numberOrNull("0"), 0);
  equal(numberOrNull(" 4.63 "), 4.63);
});

Deno.test("parseMeminfo() needs MemTotal and leaves used null without MemAvailable", () => {
  equal(parseMeminfo("MemFree: 10 kB"), null);
  deepEqual(parseMeminfo("MemTotal: 100 kB\nMemFree: 10 kB"), {
    totalBytes: 102400,
    availableBytes: null,
    usedBytes: null,
    cachedBytes: null,
    buffersBytes: null,
    swapTotalBytes: null,
    swapFreeBytes: null,
  });
});

Deno.test("parseThermal() takes the hottest acpitz zone as the SoC", () => {
  equal(parseThermal("acpitz 40000\nacpitz 71500\ncpu 90000")?.socC, 71.5);
  equal(parseThermal("cpu 90000")?.socC, null);
  equal(parseThermal("cat: no such file"), null);
});

Deno.test("parseDf() and parseUptimeLoad() tolerate headers and partial output", () => {
  equal(parseDf("1B-blocks Used Avail Mounted on"), null);
  equal(parseDf("100 40 60 /srv/data dir")?.mount, "/srv/data dir");
  deepEqual(parseUptimeLoad("12.5 40.1"), {
    uptimeS: 12.5,
    load1: null,
    load5: null,
    load15: null,
  });
});

Deno.test("parseKeyValues() reads dgx-release quoting styles", () => {
  deepEqual(parseKeyValues(`A="x y"\nB='z'\nC=plain\n# comment\nlower=no`), {
    A: "x y",
    B: "z",
    C: "plain",
  });
});

Deno.test("parseVpn() reads tailscale and wg0 output, null when absent", () => {
  deepEqual(parseVpn("100.64.0.1\n"), { address: "100.64.0.1", kind: "tailscale" });
  deepEqual(parseVpn("7: wg0 inet 192.0.2.7/32 scope global wg0"), {
    address: "192.0.2.7",
    kind: "wireguard",
  });
  deepEqual(parseVpn(""), { address: null, kind: null });
  deepEqual(parseVpn("999.1.1.1"), { address: null, kind: null });
});

Deno.test("parseLinks() reports an unreadable speed as null and skips junk lines", () => {
  deepEqual(parseLinks("enp1s0f1np1 - - -\nrubbish"), [
    { iface: "enp1s0f1np1", operstate: null, speedMbps: null, mtu: null, up: false },
  ]);
  equal(parseLinks("")?.length ?? 0, 0);
});

Deno.test("parseVllmContainer() tells running, absent and docker errors apart", () => {
  equal(parseVllmContainer("").status, "absent");
  equal(parseVllmContainer("vllm_node Up 2 seconds (Paused) vllm-node:latest").status, "running");
  equal(parseVllmContainer("Cannot connect to the Docker daemon").status, "unknown");
});

Deno.test("TELEMETRY_SCRIPT reads files through SPARK_ROOT and never uses sudo or wg show", () => {
  for (const path of ["/proc/meminfo", "/proc/uptime", "/etc/dgx-release", "/sys/class/net/"]) {
    ok(TELEMETRY_SCRIPT.includes(`"\${SPARK_ROOT:-}"${path}`), path);
  }
  ok(!/\bsudo\b/.test(TELEMETRY_SCRIPT));
  ok(!/\bwg show\b/.test(TELEMETRY_SCRIPT));
  ok(!TELEMETRY_SCRIPT.includes("@@hfcache"));
  ok(telemetryScript({ hfCache: true }).includes("@@hfcache"));
  ok(!telemetryScript({ release: false }).includes("@@release"));
});

Deno.test("telemetryScript() refuses interface and container names that are not names", () => {
  throws(() => telemetryScript({ cx7Interfaces: ["eth0; reboot"] }), RangeError);
  throws(() => telemetryScript({ vllmContainer: "x$(reboot)" }), /not a valid container name/);
});
