/**
 * One EventSource per page, shared by every island. The browser reconnects
 * by itself and sends `Last-Event-ID`, so the server can replay what was
 * missed. Islands subscribe to event types with {@link useEvents}.
 */
import { useEffect } from "preact/hooks";

/** An event as islands see it: its type, id and parsed payload. */
export interface LiveEvent {
  type: string;
  id: number;
  data: unknown;
}

type Handler = (event: LiveEvent) => void;

const handlers = new Map<string, Set<Handler>>();
let source: EventSource | undefined;
const connectionHandlers = new Set<(open: boolean) => void>();

function ensureSource(): EventSource | undefined {
  if (source || typeof EventSource === "undefined") return source;
  source = new EventSource("/api/events");
  source.onopen = () => connectionHandlers.forEach((h) => h(true));
  source.onerror = () => connectionHandlers.forEach((h) => h(false));
  return source;
}

function listen(type: string): void {
  const es = ensureSource();
  if (!es || handlers.has(type)) return;
  handlers.set(type, new Set());
  es.addEventListener(type, (msg) => {
    const m = msg as MessageEvent<string>;
    let data: unknown = null;
    try {
      data = JSON.parse(m.data);
    } catch {
      return; // a frame we cannot parse is dropped; the next snapshot repairs the view
    }
    const event = { type, id: Number(m.lastEventId) || 0, data };
    handlers.get(type)?.forEach((h) => h(event));
  });
}

/** Calls `handler` for every event of the given types while the island is mounted. */
export function useEvents(types: readonly string[], handler: Handler): void {
  useEffect(() => {
    for (const t of types) listen(t);
    const sets = types.map((t) => handlers.get(t)).filter((s): s is Set<Handler> =>
      s !== undefined
    );
    sets.forEach((s) => s.add(handler));
    return () => sets.forEach((s) => s.delete(handler));
  }, [types.join(","), handler]);
}

/** Calls `handler(true|false)` when the live connection opens or drops. */
export function useConnection(handler: (open: boolean) => void): void {
  useEffect(() => {
    ensureSource();
    connectionHandlers.add(handler);
    return () => void connectionHandlers.delete(handler);
  }, [handler]);
}
