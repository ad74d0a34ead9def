import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";

/** Props: the containers whose logs can be followed (from the server's allow-list). */
export interface LogViewerProps extends Record<string, unknown> {
  sources: { id: string; label: string }[];
}

interface Line {
  n: number;
  err: boolean;
  text: string;
}

type Status = "idle" | "connecting" | "live" | "reconnecting" | "ended" | "failed";

/** The browser keeps this many lines; older ones are dropped (the download says so). */
const MAX_LINES = 5_000;

const STATUS_WORDS: Record<Status, string> = {
  idle: "",
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Connection lost, reconnecting…",
  ended: "Ended",
  failed: "Could not follow this log",
};

/**
 * Live `docker logs --follow` of one container at a time, over its own SSE
 * stream that is opened only while the viewer is open (closing it, picking
 * another container or leaving the page stops the remote command).
 * Pause holds new lines back, the filter hides non-matching lines, follow
 * keeps the newest line in view, download saves what the browser holds.
 */
export function LogViewer({ sources }: LogViewerProps) {
  const [open, setOpen] = useState(false);
  const [sourceId, setSourceId] = useState(sources[0]?.id ?? "");
  const [attempt, setAttempt] = useState(0);
  const [lines, setLines] = useState<Line[]>([]);
  const [held, setHeld] = useState<Line[]>([]);
  const [paused, setPaused] = useState(false);
  const [follow, setFollow] = useState(true);
  const [filter, setFilter] = useState("");
  const [status, setStatus] = useState<Status>("idle");
  const [message, setMessage] = useState("");
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const counter = useRef(0);
  const box = useRef<HTMLPreElement>(null);

  const append = useCallback((batch: Line[]) => {
    if (pausedRef.current) setHeld((h) => h.concat(batch).slice(-MAX_LINES));
    else setLines((l) => l.concat(batch).slice(-MAX_LINES));
  }, []);

  useEffect(() => {
    if (!open || sourceId === "") return;
    setLines([]);
    setHeld([]);
    setStatus("connecting");
    setMessage("");
    const es = new EventSource(`/api/logs/${encodeURIComponent(sourceId)}`);
    let opened = false;
    const mark = (text: string) => append([{ n: ++counter.current, err: false, text }]);
    es.onopen = () => {
      // The browser reconnects by itself; the server then resends the last lines.
      if (opened) mark("── reconnected: the last 200 lines again ──");
      opened = true;
      setStatus("live");
    };
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED) {
        setStatus("failed");
        setMessage(
          "The controller refused to open this log (too many open views, or it is not configured).",
        );
      } else setStatus("reconnecting");
    };
    es.addEventListener("lines", (msg) => {
      const { stream, lines: texts } = JSON.parse((msg as MessageEvent<string>).data) as {
        stream: "out" | "err";
        lines: string[];
      };
      append(texts.map((text) => ({ n: ++counter.current, err: stream === "err", text })));
    });
    const finish = (state: Status) => (msg: Event) => {
      es.close();
      setStatus(state);
      setMessage((JSON.parse((msg as MessageEvent<string>).data) as { message: string }).message);
    };
    es.addEventListener("end", finish("ended"));
    es.addEventListener("failed", finish("failed"));
    return () => es.close();
  }, [open, sourceId, attempt, append]);

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return needle === "" ? lines : lines.filter((l) => l.text.toLowerCase().includes(needle));
  }, [lines, filter]);

  useEffect(() => {
    if (follow && box.current) box.current.scrollTop = box.current.scrollHeight;
  }, [shown, follow]);

  const togglePause = () => {
    if (paused) {
      setLines((l) => l.concat(held).slice(-MAX_LINES));
      setHeld([]);
    }
    setPaused(!paused);
  };

  const download = () => {
    const all = lines.concat(held).map((l) => l.text).join("\n") + "\n";
    const url = URL.createObjectURL(new Blob([all], { type: "text/plain" }));
    const a = document.createElement("a");
    a.href = url;
    a.download = `${sourceId}-${new Date().toISOString().replace(/[:.]/g, "-")}.log`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  // Scrolling up to read stops following; scrolling back to the bottom resumes it.
  const onScroll = () => {
    const el = box.current;
    if (!el) return;
    const atBottom = el.scrollHeight - el.scrollTop - el.clientHeight < 8;
    if (atBottom !== follow) setFollow(atBottom);
  };

  return (
    <section class="panel" aria-labelledby="logs-title" data-testid="log-viewer">
      <div class="tile-head">
        <h2 id="logs-title">Logs</h2>
        <button
          type="button"
          class="button"
          onClick={() => setOpen(!open)}
          disabled={sources.length === 0}
          data-testid="log-open"
        >
          {open ? "Close logs" : "Show logs"}
        </button>
      </div>
      {sources.length === 0 && (
        <p class="muted">Logs appear here once a Spark is set up in Settings.</p>
      )}
      {open && (
        <>
          <div class="actions log-controls">
            <label class="log-source">
              <span class="muted">Container</span>
              <select
                value={sourceId}
                onChange={(e) => setSourceId((e.target as HTMLSelectElement).value)}
                data-testid="log-source"
              >
                {sources.map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
            </label>
            <input
              type="search"
              placeholder="Search the log"
              aria-label="Search the log"
              value={filter}
              onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
              data-testid="log-filter"
            />
            <button type="button" class="button" onClick={togglePause} data-testid="log-pause">
              {paused ? "Resume" : "Pause"}
            </button>
            <label>
              <input
                type="checkbox"
                checked={follow}
                onChange={(e) => setFollow((e.target as HTMLInputElement).checked)}
                data-testid="log-follow"
              />{" "}
              Follow
            </label>
            <button
              type="button"
              class="button"
              onClick={download}
              disabled={lines.length + held.length === 0}
              data-testid="log-download"
            >
              Download
            </button>
          </div>
          <p class="muted" data-testid="log-status" data-state={status} role="status">
            {STATUS_WORDS[status]}
            {paused && ` · paused, ${held.length} new ${held.length === 1 ? "line" : "lines"} held`}
            {filter.trim() !== "" && ` · ${shown.length} of ${lines.length} lines match`}
            {message && ` · ${message}`}
            {(status === "ended" || status === "failed") && (
              <>
                {" "}
                <button type="button" class="button" onClick={() => setAttempt(attempt + 1)}>
                  Reconnect
                </button>
              </>
            )}
          </p>
          <pre class="log-box" ref={box} onScroll={onScroll} data-testid="log-lines">
            {shown.map((l) => (
              <div key={l.n} class={l.err ? "log-err" : undefined}>{l.text}</div>
            ))}
          </pre>
        </>
      )}
    </section>
  );
}
