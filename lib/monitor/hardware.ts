import type { HostTelemetry } from "../cluster/telemetry.ts";

/** One point of a host's history, for the sparklines. */
export interface HardwarePoint {
  atMs: number;
  gpuUtilPct: number | null;
  gpuTempC: number | null;
  memUsedBytes: number | null;
}

/** How much history the sparklines show. */
export const HISTORY_MS = 15 * 60 * 1000;

/** Below this much available memory the card warns (a next model will not fit comfortably). */
export const LOW_MEMORY_BYTES = 10e9;

/** What a hardware card shows for one host. */
export interface HardwareView {
  hostId: string;
  label: string;
  /** When the last poll answered; null before the first. */
  atMs: number | null;
  telemetry: HostTelemetry | null;
  /** Why the last poll failed, in plain English; null when it worked. */
  error: string | null;
  history: HardwarePoint[];
  /** Static identity, read once per connection. */
  release: HostTelemetry["release"];
}

/** The point a telemetry reading adds to the history. */
export function pointOf(t: HostTelemetry, atMs: number): HardwarePoint {
  const gpu = t.gpu.status === "ok" ? t.gpu.gpus[0] : undefined;
  return {
    atMs,
    gpuUtilPct: gpu?.utilizationPct ?? null,
    gpuTempC: gpu?.temperatureC ?? null,
    memUsedBytes: t.memory?.usedBytes ?? null,
  };
}

/** Appends `point` and drops points older than {@link HISTORY_MS}. */
export function appendHistory(
  history: readonly HardwarePoint[],
  point: HardwarePoint,
): HardwarePoint[] {
  const from = point.atMs - HISTORY_MS;
  return [...history.filter((p) => p.atMs >= from), point];
}

/**
 * True when uptime went backwards: a reboot or a power loss (GB10 units are
 * known to power off silently under load). A few seconds of jitter between
 * reads is not a reboot.
 */
export function rebooted(
  prevUptimeS: number | null | undefined,
  nextUptimeS: number | null | undefined,
): boolean {
  if (prevUptimeS == null || nextUptimeS == null) return false;
  return nextUptimeS + 5 < prevUptimeS;
}

/** Plain-English warnings when the Sparks run different DGX OS or driver versions. */
export function versionDrift(views: readonly HardwareView[]): string[] {
  const warnings: string[] = [];
  const describe = (label: string, pick: (v: HardwareView) => string | null | undefined) => {
    const seen = views.map((v) => ({ label: v.label, value: pick(v) })).filter((x) => x.value);
    const distinct = new Set(seen.map((x) => x.value));
    if (distinct.size > 1) {
      warnings.push(
        `${label} differs between Sparks: ${seen.map((x) => `${x.label} ${x.value}`).join(", ")}`,
      );
    }
  };
  describe("DGX OS", (v) => v.release?.otaVersion ?? v.release?.swBuildVersion);
  describe("The NVIDIA driver", (v) => {
    const gpu = v.telemetry?.gpu;
    return gpu?.status === "ok" ? gpu.gpus[0]?.driverVersion : null;
  });
  return warnings;
}
