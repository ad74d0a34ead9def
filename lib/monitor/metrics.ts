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
