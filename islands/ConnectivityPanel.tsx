import { useCallback, useState } from "preact/hooks";
import type { Outage } from "../lib/monitor/mod.ts";
import { useEvents } from "./_live.ts";
import { clockTime, duration } from "./_format.ts";

/** Props: the most recent outages. */
export interface ConnectivityPanelProps extends Record<string, unknown> {
  outages: Outage[];
}

/** Recent outages of hosts and services with how long each lasted. */
export function ConnectivityPanel({ outages: initial }: ConnectivityPanelProps) {
  const [outages, setOutages] = useState(initial);
  const onEvent = useCallback((e: { type: string; data: unknown }) => {
    const next = (e.data as { outages?: Outage[] }).outages;
    if (next) setOutages(next);
  }, []);
  useEvents(["snapshot", "connectivity"], onEvent);
  return (
    <section class="panel" aria-labelledby="outages-title">
      <h2 id="outages-title">Connectivity log</h2>
      {outages.length === 0
        ? <p class="muted">No outages recorded.</p>
        : (
          <table data-testid="outages">
            <thead>
              <tr>
                <th>What</th>
                <th>Went away</th>
                <th>For</th>
                <th>Why</th>
              </tr>
            </thead>
            <tbody>
              {outages.map((o) => (
                <tr
                  key={o.id}
                  data-subject={o.subject}
                  data-open={o.endedMs === null ? "yes" : "no"}
                >
                  <td>{o.kind === "host" ? `${o.subject} (SSH)` : o.subject}</td>
                  <td>{clockTime(o.startedMs)}</td>
                  <td>{o.endedMs === null ? "still down" : duration(o.endedMs - o.startedMs)}</td>
                  <td>{o.cause}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
    </section>
  );
}
