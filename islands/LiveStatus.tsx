import { useCallback, useEffect, useState } from "preact/hooks";
import { useConnection, useEvents } from "./_live.ts";

/** Event types the live status listens to (every type the dashboard publishes). */
const TYPES = ["snapshot", "service", "hardware", "connectivity", "swap", "host"] as const;

/** Props: when the page was rendered, so the first paint already says something true. */
export interface LiveStatusProps extends Record<string, unknown> {
  renderedAtMs: number;
}

/** Shows whether the page is live and how long ago the last event arrived, ticking every second. */
export function LiveStatus({ renderedAtMs }: LiveStatusProps) {
  const [lastAt, setLastAt] = useState<number | null>(null);
  const [open, setOpen] = useState<boolean | null>(null);
  const [now, setNow] = useState(renderedAtMs);
  const onEvent = useCallback(() => setLastAt(Date.now()), []);
  useEvents(TYPES, onEvent);
  useConnection(setOpen);
  useEffect(() => {
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const state = open === null ? "connecting" : open ? "live" : "reconnecting";
  const label = open === null ? "Connecting…" : open ? "Live" : "Reconnecting…";
  return (
    <p class={`live-status live-${state}`} data-state={state}>
      <span class="dot" aria-hidden="true" /> {label}
      {lastAt !== null && <span class="muted">· last update {ago(now - lastAt)}</span>}
    </p>
  );
}

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 2) return "just now";
  if (s < 60) return `${s} s ago`;
  return `${Math.round(s / 60)} min ago`;
}
