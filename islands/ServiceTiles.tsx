import { useCallback, useEffect, useState } from "preact/hooks";
import type { ServiceView } from "../lib/monitor/mod.ts";
import { useEvents } from "./_live.ts";
import { duration, na } from "./_format.ts";

/** Props: the services as the server saw them when rendering. */
export interface ServiceTilesProps extends Record<string, unknown> {
  services: ServiceView[];
}

const STATE_WORDS: Record<string, string> = {
  up: "Up",
  busy: "Busy",
  loading: "Loading",
  down: "Down",
  unknown: "Checking…",
  not_configured: "Not configured",
};

/** One tile per service, live: state, since when, why it is down, and vLLM's numbers. */
export function ServiceTiles({ services: initial }: ServiceTilesProps) {
  const [services, setServices] = useState(initial);
  const [now, setNow] = useState(() => Date.now());
  const onEvent = useCallback((e: { type: string; data: unknown }) => {
    if (e.type === "snapshot") {
      const next = (e.data as { services?: ServiceView[] }).services;
      if (next) setServices(next);
    } else {
      const view = e.data as ServiceView;
      setServices((list) =>
        list.some((s) => s.id === view.id)
          ? list.map((s) => s.id === view.id ? view : s)
          : [...list, view]
      );
    }
  }, []);
  useEvents(["snapshot", "service"], onEvent);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 5000);
    return () => clearInterval(id);
  }, []);
  const attention = services.filter((s) => s.status.state === "down");
  return (
    <section class="panel" aria-labelledby="services-title">
      <h2 id="services-title">Services</h2>
      <p class="summary" data-testid="services-summary">
        {attention.length === 0 && services.some((s) => s.status.state === "unknown")
          ? "Checking the services…"
          : attention.length === 0
          ? "Everything that is set up is working."
          : `${attention.length} ${
            attention.length === 1 ? "service needs" : "services need"
          } attention.`}
      </p>
      <div class="grid">
        {services.map((s) => <Tile key={s.id} view={s} now={now} />)}
      </div>
    </section>
  );
}

function Tile({ view, now }: { view: ServiceView; now: number }) {
  const { state, sinceMs, why } = view.status;
  const v = view.vllm;
  return (
    <article class={`tile tile-${state}`} data-service={view.id} data-state={state}>
      <header>
        <h3>{view.name}</h3>
        <span class={`badge ${state}`}>{STATE_WORDS[state] ?? state}</span>
      </header>
      <p class="muted">
        on {view.hostLabel} ·{" "}
        {state === "not_configured" ? "add it in Settings" : `for ${duration(now - sinceMs)}`}
      </p>
      {why && state !== "up" && <p class={state === "down" ? "why" : "muted"}>{why}</p>}
      {view.kind === "vllm" && v && state !== "down" && (
        <dl class="facts">
          <dt>Model</dt>
          <dd data-field="model">{v.model ?? "n/a"}</dd>
          <dt>Context</dt>
          <dd>{na(v.maxModelLen, (n) => `${n.toLocaleString()} tokens`)}</dd>
          <dt>vLLM</dt>
          <dd>{v.version ?? "n/a"}</dd>
          <dt>Requests</dt>
          <dd>
            {na(v.numbers?.running)} running · {na(v.numbers?.waiting)} waiting
          </dd>
          <dt>KV cache</dt>
          <dd>{na(v.numbers?.kvCacheUsage, (u) => `${Math.round(u * 100)} %`)}</dd>
          <dt>Speed</dt>
          <dd>{na(v.tokensPerS, (t) => `${t.toFixed(1)} tokens/s`)}</dd>
        </dl>
      )}
    </article>
  );
}
