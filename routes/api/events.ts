import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { streamSSE } from "hono/streaming";
import type { BusEvent } from "../../lib/events/mod.ts";
import type { Deps } from "../../lib/deps.ts";

/** Comment frames keep proxies and phones from closing an idle stream. */
export const KEEPALIVE_MS = 15_000;

/**
 * `/api/events`: one SSE stream per browser. A new connection gets a
 * `snapshot` first; a reconnect with `Last-Event-ID` gets what it missed, or
 * a fresh snapshot when the gap is too old. The stream ends when the bus
 * closes (graceful shutdown) or the browser goes away.
 */
export function eventsApi(deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/",
    describeRoute({ tags: ["dashboard"], summary: "Live dashboard events (Server-Sent Events)" }),
    (c) => {
      c.header("X-Accel-Buffering", "no");
      c.header("Cache-Control", "no-cache");
      return streamSSE(c, async (stream) => {
        const queue: (BusEvent | null)[] = [];
        let wake: (() => void) | undefined;
        const unsubscribe = deps.events.subscribe((e) => {
          queue.push(e);
          wake?.();
        });
        const send = (e: BusEvent) =>
          stream.writeSSE({ id: String(e.id), event: e.type, data: JSON.stringify(e.data) });
        const lastHeader = c.req.header("last-event-id");
        const replay = lastHeader !== undefined && /^\d+$/.test(lastHeader)
          ? deps.events.since(Number(lastHeader))
          : undefined;
        stream.onAbort(() => {
          queue.push(null);
          wake?.();
        });
        try {
          if (replay === undefined) {
            await stream.writeSSE({
              id: String(deps.events.lastId),
              event: "snapshot",
              data: JSON.stringify(deps.snapshot()),
            });
          } else {
            for (const e of replay) await send(e);
          }
          while (!stream.aborted && !stream.closed) {
            if (queue.length === 0) {
              const timer = deps.clock.setTimeout(() => wake?.(), KEEPALIVE_MS);
              await new Promise<void>((resolve) => (wake = resolve));
              wake = undefined;
              timer.cancel();
              if (queue.length === 0) {
                await stream.write(": keep-alive\n\n");
                continue;
              }
            }
            const next = queue.shift();
            if (next === null || next === undefined) break;
            await send(next);
          }
        } finally {
          unsubscribe();
        }
      });
    },
  );
  return app;
}
