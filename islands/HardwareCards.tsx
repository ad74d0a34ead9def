import { useCallback, useMemo, useState } from "preact/hooks";
import type { HardwarePoint, HardwareView } from "../lib/monitor/mod.ts";
import { useEvents } from "./_live.ts";
import { duration, gb, na } from "./_format.ts";
import { Sparkline } from "./Sparkline.tsx";

/** Props: the hosts' cards and any version drift, as rendered by the server. */
export interface HardwareCardsProps extends Record<string, unknown> {
  hardware: HardwareView[];
  drift: string[];
}

/** Below this much available memory a card warns (kept in step with LOW_MEMORY_BYTES in lib/monitor). */
const LOW_MEMORY_BYTES = 10e9;

/** One card per Spark: GPU, unified memory with headroom, temperatures, disk, uptime, OS, links, VPN. */
export function HardwareCards({ hardware: initial, drift: initialDrift }: HardwareCardsProps) {
  const [cards, setCards] = useState(initial);
  const [drift, setDrift] = useState(initialDrift);
  const onEvent = useCallback((e: { type: string; data: unknown }) => {
    if (e.type === "snapshot") {
      const d = e.data as { hardware?: HardwareView[]; drift?: string[] };
      if (d.hardware) setCards(d.hardware);
      if (d.drift) setDrift(d.drift);
      return;
    }
    const update = e.data as HardwareView & { point: HardwarePoint | null };
    setCards((list) => {
      const old = list.find((c) => c.hostId === update.hostId);
      const history = [...(old?.history ?? []), ...(update.point ? [update.point] : [])]
        .filter((p) => p.atMs >= (update.point?.atMs ?? 0) - 15 * 60 * 1000);
      const next = { ...update, history };
      // A host's first reading may arrive before another's: keep a stable order (spark1, spark2).
      return old
        ? list.map((c) => c.hostId === update.hostId ? next : c)
        : [...list, next].sort((a, b) =>
          a.hostId.localeCompare(b.hostId, undefined, { numeric: true })
        );
    });
  }, []);
  useEvents(["snapshot", "hardware"], onEvent);
  if (cards.length === 0) return null;
  return (
    <section class="panel" aria-labelledby="hardware-title">
      <h2 id="hardware-title">Hardware</h2>
      {drift.map((d) => (
        <p class="warning-line" key={d}>⚠ {d}. Keep both Sparks on the same versions.</p>
      ))}
      <div class="grid hardware-grid">
        {cards.map((c) => <Card key={c.hostId} view={c} />)}
      </div>
    </section>
  );
}

function Card({ view }: { view: HardwareView }) {
  const t = view.telemetry;
  const gpu = t?.gpu.status === "ok" ? t.gpu.gpus[0] : undefined;
  const mem = t?.memory;
  const available = mem?.availableBytes ?? null;
  const low = available !== null && available < LOW_MEMORY_BYTES;
  const headroomPct = available !== null && mem?.totalBytes
    ? Math.round((available / mem.totalBytes) * 100)
    : null;
  const xs = useMemo(() => view.history.map((p) => p.atMs), [view.history]);
  const series = useMemo(() => ({
    util: view.history.map((p) => p.gpuUtilPct),
    temp: view.history.map((p) => p.gpuTempC),
    mem: view.history.map((p) => p.memUsedBytes === null ? null : p.memUsedBytes / 1e9),
  }), [view.history]);
  const os = view.release?.otaVersion ?? view.release?.swBuildVersion ?? null;
  return (
    <article
      class="hw-card"
      data-host={view.hostId}
      data-at-ms={view.atMs ?? ""}
      data-error={view.error ? "yes" : "no"}
    >
      <header>
        <h3>{view.label}</h3>
        <VpnBadge vpn={t?.vpn ?? null} />
      </header>
      {view.error && <p class="why" role="status">Cannot read this Spark right now: {view.error}
      </p>}
      {!t ? <p class="muted">No readings yet.</p> : (
        <>
          <h4>GPU {gpu?.name ? <span class="muted">({gpu.name})</span> : null}</h4>
          {t.gpu.status === "unknown" && <p class="why">GPU status unknown: {t.gpu.reason}</p>}
          <dl class="facts">
            <dt>Busy</dt>
            <dd data-field="gpu-util">{na(gpu?.utilizationPct, (v) => `${v} %`)}</dd>
            <dt>Temperature</dt>
            <dd data-field="gpu-temp">{na(gpu?.temperatureC, (v) => `${v} °C`)}</dd>
            <dt>Power</dt>
            <dd data-field="gpu-power">{na(gpu?.powerW, (v) => `${v.toFixed(1)} W`)}</dd>
            <dt>Clock</dt>
            <dd data-field="gpu-clock">{na(gpu?.smClockMhz, (v) => `${v} MHz`)}</dd>
          </dl>
          <Sparkline xs={xs} ys={series.util} label="GPU busy, last 15 minutes" min={0} max={100} />
          <Sparkline
            xs={xs}
            ys={series.temp}
            label="GPU temperature, last 15 minutes"
            color="#b45309"
          />
          <h4>Memory (shared by CPU and GPU)</h4>
          <p data-field="memory">
            {gb(mem?.usedBytes)} used of {gb(mem?.totalBytes)} ·{" "}
            <strong>{gb(available)} free</strong>
          </p>
          <div
            class={`bar${low ? " low" : ""}`}
            role="meter"
            aria-label="Memory free for the next model"
          >
            <span style={{ width: `${headroomPct ?? 0}%` }} />
          </div>
          <p class="muted bar-caption">
            Green: memory free for the next model{headroomPct === null ? "" : ` (${headroomPct} %)`}
          </p>
          {low && (
            <p class="why" data-testid="low-memory">
              Only {gb(available)} free: a larger model may not fit.
            </p>
          )}
          <Sparkline
            xs={xs}
            ys={series.mem}
            label="Memory used (GB), last 15 minutes"
            color="#1d4ed8"
          />
          <dl class="facts">
            <dt>CPU/SoC</dt>
            <dd data-field="soc-temp">{na(t.thermal?.socC, (v) => `${v.toFixed(0)} °C`)}</dd>
            <dt>SSD</dt>
            <dd data-field="nvme-temp">{na(t.nvmeC, (v) => `${v.toFixed(0)} °C`)}</dd>
            <dt>Disk</dt>
            <dd data-field="disk">
              {t.disk ? `${gb(t.disk.usedBytes)} used, ${gb(t.disk.availBytes)} free` : "n/a"}
            </dd>
            <dt>Model cache</dt>
            <dd>{gb(t.hfCacheBytes)}</dd>
            <dt>Up for</dt>
            <dd data-field="uptime">{na(t.sys?.uptimeS, (s) => duration(s * 1000))}</dd>
            <dt>DGX OS</dt>
            <dd>{os ?? "n/a"}</dd>
            <dt>Driver</dt>
            <dd>{gpu?.driverVersion ?? "n/a"}</dd>
            <dt>Spark link</dt>
            <dd data-field="cx7">
              {t.links?.length
                ? t.links.map((l) =>
                  `${l.iface} ${l.up ? "up" : "down"}${
                    l.speedMbps ? ` ${l.speedMbps / 1000} Gb/s` : ""
                  }`
                ).join(", ")
                : "n/a"}
            </dd>
          </dl>
        </>
      )}
    </article>
  );
}

function VpnBadge(
  { vpn }: {
    vpn: HardwareView["telemetry"] extends infer T ? T extends { vpn: infer V } ? V : null
      : null;
  },
) {
  if (!vpn?.address) return <span class="badge unknown" data-field="vpn">No VPN</span>;
  const kind = vpn.kind === "tailscale"
    ? "Tailscale"
    : vpn.kind === "wireguard"
    ? "WireGuard"
    : "VPN";
  return <span class="badge up" data-field="vpn">{kind} {vpn.address}</span>;
}
