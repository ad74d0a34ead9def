import type { Deps } from "./deps.ts";
import { isConfigured } from "./config/mod.ts";
import { versionDrift } from "./monitor/mod.ts";

/**
 * The whole dashboard state in one JSON object: sent first on every
 * `/api/events` connection, served by `/api/cluster`, and given to the
 * islands as their initial props. Each domain adds its part here.
 */
export function clusterSnapshot(deps: Deps): Record<string, unknown> {
  const config = deps.config.get();
  return {
    version: deps.version,
    atMs: deps.clock.now(),
    configProblems: deps.config.problems,
    hosts: config.hosts.map((h) => ({ id: h.id, label: h.label, configured: isConfigured(h) })),
    links: deps.monitor.hosts(),
    services: deps.monitor.services(),
    outages: deps.connectivity.recent(20),
    hardware: deps.monitor.hardware(),
    drift: versionDrift(deps.monitor.hardware()),
  };
}
