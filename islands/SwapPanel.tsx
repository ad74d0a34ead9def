import { useCallback, useEffect, useState } from "preact/hooks";
import type { LogLine, RecipeList, RecipeView, SwapStatus, SwapView } from "../lib/swap/mod.ts";
import { type LiveEvent, useEvents } from "./_live.ts";
import { confirmSentence, outcomeSentence } from "./_swap_text.ts";

/** Props: the swap status when the page was rendered (recipes load after hydration). */
export interface SwapPanelProps extends Record<string, unknown> {
  status: SwapStatus;
  /** False while the head node has no address: recipes cannot be read yet. */
  configured: boolean;
}

const TYPES = ["swap"] as const;
const OUTCOME: Record<string, string> = {
  ready: "Ready",
  rolled_back: "Rolled back",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** The Swap panel: recipe picker, a plain-English confirm step, live progress and the outcome. */
export function SwapPanel({ status, configured }: SwapPanelProps) {
  const [swap, setSwap] = useState<SwapView | null>(status.active);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [log, setLog] = useState<LogLine[]>(status.log);
  const [discovery, setDiscovery] = useState(status.discovery);
  const [serving, setServing] = useState(status.serving);
  const [recipes, setRecipes] = useState<RecipeList | null>(null);
  const [recipesError, setRecipesError] = useState<string | null>(null);
  const [choice, setChoice] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    if (!configured) {
      setRecipesError("the head node is not configured yet (see Settings)");
      return () => clearInterval(id);
    }
    fetch("/api/recipes").then(async (res) => {
      const body = await res.json();
      if (!res.ok) throw new Error(body?.error?.message ?? `HTTP ${res.status}`);
      setRecipes(body as RecipeList);
      setChoice((c) => c || (body as RecipeList).recipes[0]?.name || "");
    }).catch((err) => setRecipesError(String(err.message ?? err)));
    return () => clearInterval(id);
  }, []);

  const onEvent = useCallback((e: LiveEvent) => {
    const data = e.data as {
      kind?: string;
      swap?: SwapView;
      host?: string;
      lines?: string[];
      discovery?: SwapStatus["discovery"];
    };
    if (data.kind === "state" && data.swap) {
      const next = data.swap;
      setSwap((cur) => {
        if (!cur || cur.id !== next.id) setLog([]);
        return next;
      });
      setReceivedAt(Date.now());
      if (next.state === "ready") setServing({ recipe: next.recipe, model: next.model });
    } else if (data.kind === "log" && data.lines && data.host) {
      const host = data.host;
      setLog((cur) => [...cur, ...data.lines!.map((line) => ({ host, line }))].slice(-40));
    } else if (data.kind === "discovery" && data.discovery) {
      setDiscovery(data.discovery);
    }
  }, []);
  useEvents(TYPES, onEvent);

  const post = async (url: string, body?: unknown) => {
    setError(null);
    const res = await fetch(url, {
      method: "POST",
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json().catch(() => null);
    if (!res.ok) throw new Error(json?.error?.message ?? `HTTP ${res.status}`);
    return json;
  };

  const startSwap = async () => {
    setConfirming(false);
    try {
      const view = await post("/api/swap", { recipe: choice }) as SwapView;
      setLog([]);
      setSwap(view);
      setReceivedAt(Date.now());
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const selected = recipes?.recipes.find((r) => r.name === choice) ?? null;
  const running = swap !== null && !swap.terminal;
  const elapsed = swap ? swap.elapsedMs + (swap.terminal ? 0 : Math.max(0, now - receivedAt)) : 0;
  const remaining = swap?.remainingMs != null
    ? Math.max(0, swap.remainingMs - Math.max(0, now - receivedAt))
    : null;

  return (
    <section class="panel swap-panel" data-testid="swap-panel">
      <h2>Model</h2>
      <p data-testid="swap-serving">
        {serving
          ? (
            <>
              Serving <strong>{serving.model ?? serving.recipe}</strong> ({serving.recipe})
            </>
          )
          : discovery?.kind === "serving"
          ? (
            <>
              Serving <strong>{discovery.model}</strong>
            </>
          )
          : "No model is known to be serving."}
      </p>
      {discovery && discovery.fix && (
        <p class="notice" data-testid="swap-discovery">
          {discovery.text}{" "}
          <button
            type="button"
            onClick={() =>
              post("/api/swap/fix", { problem: discovery.kind }).then(
                (s: SwapStatus) => setDiscovery(s.discovery),
                (err) => setError((err as Error).message),
              )}
          >
            {discovery.fix}
          </button>
        </p>
      )}

      {!running && !confirming && (
        <div class="swap-picker">
          {recipesError && <p class="error">Cannot read the recipes: {recipesError}</p>}
          {recipes === null && !recipesError && <p class="muted">Reading recipes…</p>}
          {recipes && (
            <>
              <label>
                Recipe{" "}
                <select
                  data-testid="swap-recipe"
                  value={choice}
                  onChange={(e) => setChoice((e.target as HTMLSelectElement).value)}
                >
                  {recipes.recipes.map((r) => (
                    <option value={r.name} key={r.name}>
                      {r.title}
                      {r.clusterOnly ? " (both Sparks)" : r.soloOnly ? " (one Spark)" : ""}
                    </option>
                  ))}
                </select>
              </label>{" "}
              <button
                type="button"
                data-testid="swap-start"
                disabled={!selected}
                onClick={() => setConfirming(true)}
              >
                Swap…
              </button>
              {selected && <RecipeFacts recipe={selected} />}
            </>
          )}
        </div>
      )}

      {confirming && selected && (
        <div class="swap-confirm" data-testid="swap-confirm">
          <p>{confirmSentence(selected, serving?.recipe ?? null)}</p>
          <button type="button" data-testid="swap-confirm-yes" onClick={startSwap}>
            Swap to {selected.title}
          </button>{" "}
          <button type="button" onClick={() => setConfirming(false)}>Back</button>
        </div>
      )}

      {error && <p class="error" data-testid="swap-error">{error}</p>}

      {swap && (
        <div class="swap-progress" data-testid="swap-status" data-state={swap.state}>
          <p>
            <strong>{swap.title}</strong>: {swap.terminal ? OUTCOME[swap.state] : swap.phase}
            {!swap.terminal && ` · ${swap.percent}%`} · {minutes(elapsed)} elapsed
            {!swap.terminal && remaining !== null && ` · about ${minutes(remaining)} left`}
          </p>
          <progress data-testid="swap-progress" max={100} value={swap.percent} />
          {swap.terminal && (
            <p data-testid="swap-outcome">
              {outcomeSentence(swap)}
            </p>
          )}
          {swap.cancellable && (
            <button
              type="button"
              onClick={() =>
                post(`/api/swap/${swap.id}/cancel`).then(
                  (v: SwapView) => setSwap(v),
                  (err) => setError((err as Error).message),
                )}
            >
              Cancel
            </button>
          )}
          {log.length > 0 && (
            <pre class="swap-log" data-testid="swap-log">
              {log.slice(-20).map((l) => `${l.host}: ${l.line}`).join("\n")}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}

function RecipeFacts({ recipe }: { recipe: RecipeView }) {
  return (
    <p class="muted">
      {recipe.description || recipe.model || recipe.name}
      {recipe.model && ` · ${recipe.model}`} · image {recipe.image}
      {recipe.lastLoadMs !== null && ` · last loaded in ${minutes(recipe.lastLoadMs)}`}
    </p>
  );
}

function minutes(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
}
