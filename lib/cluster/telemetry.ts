/**
 * Host telemetry: one batched, sectioned remote script per poll
 * (CONTRACTS.md §4) and pure parsers for its output. A section that fails or
 * is garbled yields nulls for that section only; a missing or unreadable
 * value is `null`, never 0.
 *
 * Every file the script reads is prefixed with `${SPARK_ROOT:-}` so the
 * simulated Sparks can point it at a fake root; production leaves it unset.
 * Paths under `$HOME` (the HF cache) are not prefixed: simulators set HOME.
 * No `sudo` and nothing that needs root (`wg show` is deliberately absent).
 */
import { quote, validateContainerName } from "./shell.ts";

/** CX7 interface names on a DGX Spark (each QSFP port shows as two). */
export const DEFAULT_CX7_INTERFACES: readonly string[] = ["enp1s0f1np1", "enP2p1s0f1np1"];

const IFACE_REGEXP = /^[A-Za-z0-9_.:-]{1,15}$/;

/** The nvidia-smi columns the script asks for, in order (CONTRACTS.md §4). */
export const GPU_FIELDS = [
  "name",
  "utilization.gpu",
  "temperature.gpu",
  "power.draw",
  "clocks.sm",
  "clocks.max.sm",
  "clocks_event_reasons.active",
  "driver_version",
] as const;

/** What to include in a telemetry script. */
export interface TelemetryScriptOptions {
  /** CX7 interfaces to report; default {@link DEFAULT_CX7_INTERFACES}. */
  cx7Interfaces?: readonly string[];
  /** Static identity (dgx-release, product name, kernel): read once per connection. Default true. */
  release?: boolean;
  /** HF cache size via `du -sb` (slow: run rarely). Default false. */
  hfCache?: boolean;
  /** The vLLM container name; default `vllm_node`. */
  vllmContainer?: string;
}

/** Builds the batched telemetry script (bash); names are validated before they reach it. */
export function telemetryScript(opts: TelemetryScriptOptions = {}): string {
  const ifaces = opts.cx7Interfaces ?? DEFAULT_CX7_INTERFACES;
  for (const i of ifaces) {
    if (!IFACE_REGEXP.test(i)) throw new RangeError(`"${i}" is not a network interface name`);
  }
  const container = validateContainerName(opts.vllmContainer ?? "vllm_node");
  const root = '"${SPARK_ROOT:-}"';
  const lines = [
    `echo @@gpu; nvidia-smi --query-gpu=${GPU_FIELDS.join(",")} --format=csv,noheader,nounits 2>&1`,
    `echo @@mem; cat ${root}/proc/meminfo 2>&1`,
    `echo @@thermal; for z in ${root}/sys/class/thermal/thermal_zone*; do ` +
    `[ -e "$z/temp" ] || continue; echo "$(cat "$z/type" 2>/dev/null) $(cat "$z/temp" 2>/dev/null)"; done`,
    `echo @@hwmon; for h in ${root}/sys/class/hwmon/hwmon*; do ` +
    `[ -e "$h/name" ] || continue; echo "$(cat "$h/name" 2>/dev/null)" $(cat "$h"/temp*_input 2>/dev/null); done`,
    `echo @@disk; df -B1 --output=size,used,avail,target ${root}/ 2>&1`,
    `echo @@sys; cat ${root}/proc/uptime ${root}/proc/loadavg 2>&1`,
    `echo @@net; for i in ${ifaces.map(quote).join(" ")}; do d=${root}/sys/class/net/$i; ` +
    `echo "$i $(cat "$d/operstate" 2>/dev/null || echo -) $(cat "$d/speed" 2>/dev/null || echo -) ` +
    `$(cat "$d/mtu" 2>/dev/null || echo -)"; done`,
    // Unprivileged only: `tailscale ip -4`, else wg0's address. Never `wg show` (needs root).
    `echo @@vpn; (tailscale ip -4 || ip -4 -o addr show dev wg0) 2>/dev/null`,
    `echo @@vllm; docker ps --filter ${quote(`name=^${container}$`)} ` +
    `--format '{{.Names}} {{.Status}} {{.Image}}' 2>&1`,
  ];
  if (opts.release ?? true) {
    lines.push(
      `echo @@release; cat ${root}/etc/dgx-release 2>/dev/null; ` +
        `echo "PRODUCT_NAME=\\"$(cat ${root}/sys/devices/virtual/dmi/id/product_name 2>/dev/null)\\""; ` +
        `echo "KERNEL=\\"$(uname -r)\\""`,
    );
  }
  if (opts.hfCache) {
    lines.push(`echo @@hfcache; du -sb "\${HF_HOME:-$HOME/.cache/huggingface}" 2>/dev/null`);
  }
  lines.push("echo @@end");
  return lines.join("\n") + "\n";
}

/** The default poll script: everything except the slow HF-cache size. */
export const TELEMETRY_SCRIPT: string = telemetryScript();

/** One GPU as nvidia-smi reports it; unreadable fields are null. */
export interface GpuReading {
  name: string | null;
  utilizationPct: number | null;
  temperatureC: number | null;
  powerW: number | null;
  smClockMhz: number | null;
  smClockMaxMhz: number | null;
  /** `clocks_event_reasons.active` hex mask, as printed. */
  throttleReasons: string | null;
  driverVersion: string | null;
}

/** GPU section: readings, or unknown when nvidia-smi failed (driver, missing tool). */
export type GpuTelemetry =
  | { status: "ok"; gpus: GpuReading[] }
  | { status: "unknown"; reason: string };

/** Unified memory from /proc/meminfo, in bytes. */
export interface MemoryTelemetry {
  totalBytes: number;
  availableBytes: number | null;
  /** MemTotal − MemAvailable (what models and services hold). */
  usedBytes: number | null;
  cachedBytes: number | null;
  buffersBytes: number | null;
  swapTotalBytes: number | null;
  swapFreeBytes: number | null;
}

/** Thermal zones; the SoC temperature is the hottest `acpitz` zone. */
export interface ThermalTelemetry {
  socC: number | null;
  zones: { type: string; celsius: number }[];
}

/** One hwmon device and its temperatures (°C). */
export interface HwmonReading {
  name: string;
  celsius: number[];
}

/** Root filesystem usage. */
export interface DiskTelemetry {
  sizeBytes: number;
  usedBytes: number;
  availBytes: number;
  mount: string;
}

/** Uptime and load averages. */
export interface SysTelemetry {
  uptimeS: number | null;
  load1: number | null;
  load5: number | null;
  load15: number | null;
}

/** Static identity from /etc/dgx-release, DMI and the kernel. */
export interface ReleaseInfo {
  name: string | null;
  prettyName: string | null;
  /** Factory image version. */
  swBuildVersion: string | null;
  /** Last applied OTA update. */
  otaVersion: string | null;
  productName: string | null;
  kernel: string | null;
}

/** The host's VPN address, if it has one. */
export interface VpnTelemetry {
  address: string | null;
  kind: "tailscale" | "wireguard" | null;
}

/** A CX7 interface's link state. */
export interface LinkTelemetry {
  iface: string;
  operstate: string | null;
  speedMbps: number | null;
  mtu: number | null;
  up: boolean;
}

/** The vLLM container as `docker ps` shows it. */
export type VllmContainerTelemetry =
  | { status: "running"; name: string; statusText: string; image: string }
  | { status: "absent" }
  | { status: "unknown"; reason: string };

/** Everything one poll learned about a host; each part null when its section failed. */
export interface HostTelemetry {
  gpu: GpuTelemetry;
  memory: MemoryTelemetry | null;
  thermal: ThermalTelemetry | null;
  hwmon: HwmonReading[] | null;
  /** NVMe composite temperature (°C), from hwmon. */
  nvmeC: number | null;
  /** CX7 NIC temperature (°C), from hwmon `mlx5`. */
  nicC: number | null;
  disk: DiskTelemetry | null;
  sys: SysTelemetry | null;
  release: ReleaseInfo | null;
  vpn: VpnTelemetry | null;
  links: LinkTelemetry[] | null;
  vllm: VllmContainerTelemetry | null;
  hfCacheBytes: number | null;
}

/** Splits script output into sections by `@@name` marker lines. */
export function splitSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let current: string | null = null;
  let buf: string[] = [];
  const flush = () => {
    if (current !== null) sections.set(current, buf.join("\n"));
  };
  for (const line of text.split(/\r?\n/)) {
    const m = /^@@([a-z0-9_]+)\s*$/.exec(line);
    if (m) {
      flush();
      current = m[1];
      buf = [];
    } else if (current !== null) {
      buf.push(line);
    }
  }
  flush();
  return sections;
}

const NULL_VALUES = new Set([
  "",
  "[n/a]",
  "n/a",
  "[not supported]",
  "not supported",
  "[unknown error]",
]);

/** A number from a tool's field, or null for `[N/A]`, `[Not Supported]`, empty or garbage. */
export function numberOrNull(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  const s = raw.trim();
  if (NULL_VALUES.has(s.toLowerCase())) return null;
  // Tolerate units when `nounits` was not honoured: "4.63 W", "3 %", "208 MHz".
  const m = /^(-?\d+(?:\.\d+)?)(?:\s*(?:%|W|MHz|C))?$/.exec(s);
  return m ? Number(m[1]) : null;
}

function textOrNull(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const s = raw.trim();
  return NULL_VALUES.has(s.toLowerCase()) ? null : s;
}

/** Parses `nvidia-smi --query-gpu=<GPU_FIELDS> --format=csv,noheader,nounits` output. */
export function parseNvidiaSmi(text: string): GpuTelemetry {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const gpus: GpuReading[] = [];
  for (const line of lines) {
    const f = line.split(",").map((x) => x.trim());
    if (f.length !== GPU_FIELDS.length) continue;
    gpus.push({
      name: textOrNull(f[0]),
      utilizationPct: numberOrNull(f[1]),
      temperatureC: numberOrNull(f[2]),
      powerW: numberOrNull(f[3]),
      smClockMhz: numberOrNull(f[4]),
      smClockMaxMhz: numberOrNull(f[5]),
      throttleReasons: textOrNull(f[6]),
      driverVersion: textOrNull(f[7]),
    });
  }
  if (gpus.length > 0) return { status: "ok", gpus };
  // "couldn't communicate with the NVIDIA driver", "command not found", empty: unknown, not 0.
  return { status: "unknown", reason: lines[0]?.slice(0, 200) ?? "nvidia-smi printed nothing" };
}

/** Parses /proc/meminfo (kB) into bytes; null without MemTotal. */
export function parseMeminfo(text: string): MemoryTelemetry | null {
  const kb = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_()]+):\s+(\d+)(?:\s+kB)?\s*$/.exec(line);
    if (m) kb.set(m[1], Number(m[2]) * 1024);
  }
  const total = kb.get("MemTotal");
  if (total === undefined || total === 0) return null;
  const available = kb.get("MemAvailable") ?? null;
  return {
    totalBytes: total,
    availableBytes: available,
    usedBytes: available === null ? null : total - available,
    cachedBytes: kb.get("Cached") ?? null,
    buffersBytes: kb.get("Buffers") ?? null,
    swapTotalBytes: kb.get("SwapTotal") ?? null,
    swapFreeBytes: kb.get("SwapFree") ?? null,
  };
}

/** Parses `<type> <millidegrees>` lines; SoC = hottest `acpitz` zone. */
export function parseThermal(text: string): ThermalTelemetry | null {
  const zones: { type: string; celsius: number }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(\S+)\s+(-?\d+)\s*$/.exec(line.trim());
    if (m) zones.push({ type: m[1], celsius: Number(m[2]) / 1000 });
  }
  if (zones.length === 0) return null;
  const acpi = zones.filter((z) => z.type === "acpitz").map((z) => z.celsius);
  return { socC: acpi.length ? Math.max(...acpi) : null, zones };
}

/** Parses `<name> <millidegrees>…` lines from hwmon. */
export function parseHwmon(text: string): HwmonReading[] | null {
  const out: HwmonReading[] = [];
  for (const line of text.split(/\r?\n/)) {
    const parts = line.trim().split(/\s+/);
    if (parts.length === 0 || parts[0] === "" || !/^[A-Za-z0-9_.-]+$/.test(parts[0])) continue;
    const temps = parts.slice(1).filter((p) => /^-?\d+$/.test(p)).map((p) => Number(p) / 1000);
    out.push({ name: parts[0], celsius: temps });
  }
  return out.length ? out : null;
}

/** Parses `df -B1 --output=size,used,avail,target <path>`. */
export function parseDf(text: string): DiskTelemetry | null {
  for (const line of text.split(/\r?\n/).reverse()) {
    const m = /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\S.*?)\s*$/.exec(line);
    if (m) {
      return {
        sizeBytes: Number(m[1]),
        usedBytes: Number(m[2]),
        availBytes: Number(m[3]),
        mount: m[4],
      };
    }
  }
  return null;
}

/** Parses `cat /proc/uptime /proc/loadavg`. */
export function parseUptimeLoad(text: string): SysTelemetry | null {
  let uptimeS: number | null = null;
  let load: number[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    const up = /^(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)$/.exec(t);
    if (up && uptimeS === null) uptimeS = Number(up[1]);
    const la = /^(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+\d+\/\d+/.exec(t);
    if (la) load = [Number(la[1]), Number(la[2]), Number(la[3])];
  }
  if (uptimeS === null && load === null) return null;
  return { uptimeS, load1: load?.[0] ?? null, load5: load?.[1] ?? null, load15: load?.[2] ?? null };
}

/** Parses `KEY="value"` (or `KEY=value`) lines such as /etc/dgx-release. */
export function parseKeyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Z][A-Z0-9_]*)=(?:"([^"]*)"|'([^']*)'|(\S*))\s*$/.exec(line);
    if (m) out[m[1]] = m[2] ?? m[3] ?? m[4] ?? "";
  }
  return out;
}

/** Parses the release section (dgx-release plus PRODUCT_NAME and KERNEL lines). */
export function parseRelease(text: string): ReleaseInfo | null {
  const kv = parseKeyValues(text);
  const pick = (k: string) => (kv[k] ?? "").trim() || null;
  const info: ReleaseInfo = {
    name: pick("DGX_NAME"),
    prettyName: pick("DGX_PRETTY_NAME"),
    swBuildVersion: pick("DGX_SWBUILD_VERSION"),
    otaVersion: pick("DGX_OTA_VERSION"),
    productName: pick("PRODUCT_NAME"),
    kernel: pick("KERNEL"),
  };
  return Object.values(info).some((v) => v !== null) ? info : null;
}

const IPV4 = String.raw`(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}`;

/** Parses `tailscale ip -4` or `ip -4 -o addr show dev wg0` output. */
export function parseVpn(text: string): VpnTelemetry {
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (new RegExp(`^${IPV4}$`).test(t)) return { address: t, kind: "tailscale" };
    const wg = new RegExp(`\\binet\\s+(${IPV4})/\\d+`).exec(t);
    if (wg) return { address: wg[1], kind: "wireguard" };
  }
  return { address: null, kind: null };
}

/** Parses `<iface> <operstate|-> <speed|-> <mtu|->` lines. */
export function parseLinks(text: string): LinkTelemetry[] | null {
  const out: LinkTelemetry[] = [];
  for (const line of text.split(/\r?\n/)) {
    const p = line.trim().split(/\s+/);
    if (p.length !== 4 || !IFACE_REGEXP.test(p[0])) continue;
    const operstate = p[1] === "-" ? null : p[1];
    // A down link reports speed -1 (or fails to read); that is unknown, not 0.
    const speed = numberOrNull(p[2]);
    out.push({
      iface: p[0],
      operstate,
      speedMbps: speed !== null && speed > 0 ? speed : null,
      mtu: numberOrNull(p[3]),
      up: operstate === "up",
    });
  }
  return out.length ? out : null;
}

/** Parses `docker ps --format '{{.Names}} {{.Status}} {{.Image}}'` for the vLLM container. */
export function parseVllmContainer(text: string): VllmContainerTelemetry {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  if (lines.length === 0) return { status: "absent" };
  const m = /^([A-Za-z0-9][A-Za-z0-9_.-]*)\s+(Up\b.*?)\s+(\S+)$/.exec(lines[0]);
  if (m) return { status: "running", name: m[1], statusText: m[2], image: m[3] };
  // Docker errors (no permission on the socket, daemon down) land here.
  return { status: "unknown", reason: lines[0].slice(0, 200) };
}

/** Parses `du -sb <dir>`. */
export function parseDuBytes(text: string): number | null {
  const m = /^(\d+)\s/.exec(text.trim() + " ");
  return m ? Number(m[1]) : null;
}

function guard<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    // A parser bug in one section must not cost the others their values.
    return fallback;
  }
}

/** Parses the whole output of {@link telemetryScript}; each section stands alone. */
export function parseTelemetry(text: string): HostTelemetry {
  const s = splitSections(text);
  const section = (name: string) => s.get(name);
  const gpuText = section("gpu");
  const hwmon = guard(() => {
    const t = section("hwmon");
    return t === undefined ? null : parseHwmon(t);
  }, null);
  const firstOf = (name: string) => hwmon?.find((h) => h.name === name)?.celsius[0] ?? null;
  const opt = <T>(name: string, fn: (t: string) => T): T | null =>
    guard(() => {
      const t = section(name);
      return t === undefined ? null : fn(t);
    }, null);
  return {
    gpu: gpuText === undefined
      ? { status: "unknown", reason: "no gpu section in the output" }
      : guard(() => parseNvidiaSmi(gpuText), { status: "unknown", reason: "unparseable" }),
    memory: opt("mem", parseMeminfo),
    thermal: opt("thermal", parseThermal),
    hwmon,
    nvmeC: firstOf("nvme"),
    nicC: firstOf("mlx5"),
    disk: opt("disk", parseDf),
    sys: opt("sys", parseUptimeLoad),
    release: opt("release", parseRelease),
    vpn: opt("vpn", parseVpn),
    links: opt("net", parseLinks),
    vllm: opt("vllm", parseVllmContainer),
    hfCacheBytes: opt("hfcache", parseDuBytes),
  };
}
