import { Gauge, type Registry } from "prom-client";
import type { ConnectivityLog } from "./connectivity.ts";
import type { Monitor } from "./monitor.ts";

const STATES = ["up", "busy", "loading", "down", "unknown", "not_configured"] as const;

/**
 * Exposes the monitor's view on `/metrics`. Values are read at scrape time
 * (`collect`), so the exposition is never staler than the last probe and
 * the monitor keeps no second copy of its state.
 */
export function registerMonitorMetrics(
  registry: Registry,
  monitor: Monitor,
  connectivity: ConnectivityLog,
): void {
  new Gauge({
    name: "spark_service_up",
    help: "1 when the service answers (up or busy), else 0",
    labelNames: ["service", "host", "kind"],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of monitor.services()) {
        const up = s.status.state === "up" || s.status.state === "busy" ? 1 : 0;
        this.set({ service: s.id, host: s.hostId, kind: s.kind }, up);
      }
    },
  });
  new Gauge({
    name: "spark_service_state",
    help: "1 for the state the service is in (one series per state)",
    labelNames: ["service", "state"],
    registers: [registry],
    collect() {
      this.reset();
      for (const s of monitor.services()) {
        for (const state of STATES) {
          this.set({ service: s.id, state }, s.status.state === state ? 1 : 0);
        }
      }
    },
  });
  new Gauge({
    name: "spark_host_ssh_connected",
    help: "1 while the controller's SSH connection to the host is up",
    labelNames: ["host"],
    registers: [registry],
    collect() {
      this.reset();
      for (const h of monitor.hosts()) {
        this.set({ host: h.hostId }, h.connection === "connected" ? 1 : 0);
      }
    },
  });
  new Gauge({
    name: "spark_outages_recorded",
    help: "Outages in the connectivity log (within retention), per subject",
    labelNames: ["kind", "subject"],
    registers: [registry],
    collect() {
      this.reset();
      for (const c of connectivity.counts()) {
        this.set({ kind: c.kind, subject: c.subject }, c.count);
      }
    },
  });
  // Per-host hardware from the last telemetry poll. A value the GB10 does not report is left
  // out of the exposition (no series), never written as 0.
  type Telemetry = NonNullable<ReturnType<Monitor["hardware"]>[number]["telemetry"]>;
  const hostGauge = (
    name: string,
    help: string,
    pick: (t: Telemetry) => number | null | undefined,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ["host"],
      registers: [registry],
      collect() {
        this.reset();
        for (const h of monitor.hardware()) {
          const value = h.telemetry ? pick(h.telemetry) : null;
          if (typeof value === "number" && Number.isFinite(value)) {
            this.set({ host: h.hostId }, value);
          }
        }
      },
    });
  const gpu = (t: Telemetry) => (t.gpu.status === "ok" ? t.gpu.gpus[0] : undefined);
  hostGauge("spark_gpu_utilization_percent", "GPU utilisation", (t) => gpu(t)?.utilizationPct);
  hostGauge("spark_gpu_temperature_celsius", "GPU temperature", (t) => gpu(t)?.temperatureC);
  hostGauge("spark_gpu_power_watts", "GPU power draw", (t) => gpu(t)?.powerW);
  hostGauge("spark_gpu_sm_clock_mhz", "GPU SM clock", (t) => gpu(t)?.smClockMhz);
  hostGauge("spark_memory_total_bytes", "Unified memory, total", (t) => t.memory?.totalBytes);
  hostGauge(
    "spark_memory_used_bytes",
    "Unified memory used (MemTotal - MemAvailable)",
    (t) => t.memory?.usedBytes,
  );
  hostGauge(
    "spark_memory_available_bytes",
    "Unified memory available",
    (t) => t.memory?.availableBytes,
  );
  hostGauge(
    "spark_soc_temperature_celsius",
    "SoC temperature (hottest acpitz zone)",
    (t) => t.thermal?.socC,
  );
  hostGauge("spark_nvme_temperature_celsius", "NVMe temperature", (t) => t.nvmeC);
  hostGauge("spark_disk_available_bytes", "Free space on /", (t) => t.disk?.availBytes);
  hostGauge("spark_uptime_seconds", "Host uptime", (t) => t.sys?.uptimeS);

  const vllmGauge = (
    name: string,
    help: string,
    pick: (v: NonNullable<ReturnType<Monitor["services"]>[number]["vllm"]>) => number | null,
  ) =>
    new Gauge({
      name,
      help,
      labelNames: ["service", "model"],
      registers: [registry],
      collect() {
        this.reset();
        for (const s of monitor.services()) {
          const value = s.vllm ? pick(s.vllm) : null;
          if (s.vllm && value !== null) {
            this.set({ service: s.id, model: s.vllm.model ?? "" }, value);
          }
        }
      },
    });
  vllmGauge(
    "spark_vllm_requests_running",
    "Requests vLLM is running",
    (v) => v.numbers?.running ?? null,
  );
  vllmGauge(
    "spark_vllm_requests_waiting",
    "Requests waiting in vLLM's queue",
    (v) => v.numbers?.waiting ?? null,
  );
  vllmGauge(
    "spark_vllm_kv_cache_usage_ratio",
    "vLLM KV-cache usage, 0-1",
    (v) => v.numbers?.kvCacheUsage ?? null,
  );
  vllmGauge(
    "spark_vllm_generation_tokens_per_second",
    "Generated tokens per second",
    (v) => v.tokensPerS,
  );
}
