import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { streamSSE } from "hono/streaming";
import type { BusEvent } from "../../lib/events/mod.ts";
import type { Deps } from "../../lib/deps.ts";
import { SseQueue } from "../../lib/http/sse.ts";

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
        const queue = new SseQueue<BusEvent>();
        const unsubscribe = deps.events.subscribe((
          e,
        ) => (e === null ? queue.close() : queue.push(e)));
        stream.onAbort(() => queue.close());
        const send = (e: BusEvent) =>
          stream.writeSSE({ id: String(e.id), event: e.type, data: JSON.stringify(e.data) });
        const lastHeader = c.req.header("last-event-id");
        const replay = lastHeader !== undefined && /^\d+$/.test(lastHeader)
          ? deps.events.since(Number(lastHeader))
          : undefined;
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
          for (
            let e = await queue.next(stream, deps.clock);
            e !== null;
            e = await queue.next(stream, deps.clock)
          ) {
            await send(e);
          }
        } finally {
          unsubscribe();
        }
      });
    },
  );
  return app;
}
