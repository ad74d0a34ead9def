import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { BotStatus, Phase, UpdateView } from "../lib/matrix_bridge/mod.ts";
import { useEvents } from "./_live.ts";
import { sendJson } from "./_api.ts";

/** Props: where the bot runs and what the server last saw. */
export interface MatrixBridgeTileProps extends Record<string, unknown> {
  hostLabel: string;
  container: string;
  status: BotStatus | null;
  update: UpdateView | null;
}

const PHASES: [Phase, string][] = [
  ["fetch", "Download"],
  ["build", "Build"],
  ["recreate", "Switch over"],
  ["healthy", "Running"],
];

const STATE_WORDS: Record<string, [string, string]> = {
  running: ["Running", "up"],
  restarting: ["Restarting", "loading"],
  created: ["Starting", "loading"],
  paused: ["Paused", "down"],
  exited: ["Stopped", "down"],
  dead: ["Stopped", "down"],
  removing: ["Being removed", "loading"],
  missing: ["Not found", "down"],
  unknown: ["Cannot tell", "unknown"],
};

/** The chat-bridge bot: state from docker, Update / Restart / Stop / Start / View logs. */
export function MatrixBridgeTile(props: MatrixBridgeTileProps) {
  const [status, setStatus] = useState(props.status);
  const [update, setUpdate] = useState(props.update);
  const [lines, setLines] = useState<string[]>([]);
  const [logs, setLogs] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const source = useRef<EventSource | null>(null);

  const onEvent = useCallback((e: { data: unknown }) => {
    const d = e.data as { status: BotStatus | null; update: UpdateView | null };
    if (d.status) setStatus(d.status);
    if (d.update) setUpdate(d.update);
  }, []);
  useEvents(["matrix-bridge"], onEvent);

  const follow = () => {
    source.current?.close();
    setLines([]);
    const es = new EventSource("/api/matrix-bridge/update/stream");
    source.current = es;
    es.addEventListener("update", (m) => {
      const u = JSON.parse((m as MessageEvent).data) as UpdateView | null;
      if (u) setUpdate(u);
      if (!u || u.state !== "running") es.close();
    });
    es.addEventListener("line", (m) => {
      const { line } = JSON.parse((m as MessageEvent).data) as { line: string };
      setLines((l) => [...l.slice(-999), line]);
    });
    es.addEventListener("phase", (m) => {
      const { phase } = JSON.parse((m as MessageEvent).data) as { phase: Phase };
      setUpdate((u) =>
        u
          ? {
            ...u,
            done: u.phase && !u.done.includes(u.phase) ? [...u.done, u.phase] : u.done,
            phase,
          }
          : u
      );
    });
    es.addEventListener("done", (m) => {
      setUpdate(JSON.parse((m as MessageEvent).data) as UpdateView);
      es.close();
    });
  };

  useEffect(() => {
    sendJson<{ status: BotStatus | null; update: UpdateView | null }>(
      "GET",
      "/api/matrix-bridge/status",
    )
      .then((d) => {
        if (d.status) setStatus(d.status);
        if (d.update) setUpdate(d.update);
        if (d.update?.state === "running") follow();
      })
      .catch((err) => setError((err as Error).message));
    return () => source.current?.close();
  }, []);

  const run = async (question: string, action: () => Promise<void>) => {
    if (!confirm(question)) return;
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const act = (name: "restart" | "stop" | "start", question: string) =>
    run(question, async () => {
      const d = await sendJson<{ status: BotStatus }>("POST", `/api/matrix-bridge/${name}`);
      setStatus(d.status);
    });

  const startUpdate = () =>
    run(
      `Update the chat bridge bot on ${props.hostLabel}?\n\nThe controller downloads the newest ` +
        "version, builds it and switches over. The bot is offline for a moment during the switch. " +
        "If anything fails before the switch, the current bot keeps running.",
      async () => {
        const d = await sendJson<{ update: UpdateView }>("POST", "/api/matrix-bridge/update");
        setUpdate(d.update);
        follow();
      },
    );

  const showLogs = async () => {
    setError(null);
    try {
      setLogs(
        (await sendJson<{ lines: string[] }>("GET", "/api/matrix-bridge/logs?tail=200")).lines,
      );
    } catch (err) {
      setError((err as Error).message);
    }
  };

  const [words, cls] = STATE_WORDS[status?.state ?? "unknown"] ?? STATE_WORDS.unknown;
  const updating = update?.state === "running";
  const running = status?.state === "running" || status?.state === "restarting";
  return (
    <section class="panel" aria-labelledby="bot-title" data-testid="matrix-bridge-tile">
      <header class="tile-head">
        <h2 id="bot-title">Chat bridge bot</h2>
        <span class={`badge ${cls}`} data-testid="bot-state">{status ? words : "Checking…"}</span>
      </header>
      <p class="muted">Container {props.container} on {props.hostLabel}.</p>
      {status?.message && status.state === "unknown" && <p class="error">{status.message}</p>}
      <div class="actions">
        <button type="button" class="primary" disabled={busy || updating} onClick={startUpdate}>
          Update
        </button>
        <button
          type="button"
          disabled={busy || updating}
          onClick={() =>
            act(
              "restart",
              `Restart the chat bridge bot on ${props.hostLabel}? It is offline for a few seconds.`,
            )}
        >
          Restart
        </button>
        {running
          ? (
            <button
              type="button"
              disabled={busy || updating}
              onClick={() =>
                act(
                  "stop",
                  "Stop the chat bridge bot? Messages are not bridged until you start it again.",
                )}
            >
              Stop
            </button>
          )
          : (
            <button
              type="button"
              disabled={busy || updating}
              onClick={() => act("start", "Start the chat bridge bot?")}
            >
              Start
            </button>
          )}
        <button type="button" onClick={showLogs}>View logs</button>
      </div>
      {error && <p class="error" role="alert">{error}</p>}
      {update && (
        <div class="bot-update" data-testid="bot-update">
          <ol class="phases">
            {PHASES.map(([p, name]) => {
              const state = update.failedPhase === p
                ? "failed"
                : update.done.includes(p)
                ? "done"
                : update.phase === p && updating
                ? "running"
                : "waiting";
              return (
                <li key={p} class={`phase-${state}`} data-phase={p} data-state={state}>{name}</li>
              );
            })}
          </ol>
          {update.state === "failed" && <p class="error" role="alert">{update.error}</p>}
          {update.state === "succeeded" && <p role="status">The bot was updated and is running.</p>}
          {lines.length > 0 && <pre class="log-box">{lines.join("\n")}</pre>}
        </div>
      )}
      {logs && (
        <details open>
          <summary>
            Bot log ({logs.length === 1 ? "last line" : `last ${logs.length} lines`})
          </summary>
          <pre class="log-box">{logs.join("\n")}</pre>
        </details>
      )}
    </section>
  );
}
