import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { validate } from "../../lib/http/validation.ts";
import { ACTIONS, type UpdateEvent } from "../../lib/matrix_bridge/mod.ts";
import { SseQueue } from "../../lib/http/sse.ts";

const ActionParam = z.object({ action: z.enum(ACTIONS, "use restart, stop or start") });
const LogsQuery = z.object({ tail: z.coerce.number().int().min(1).max(5000).default(200) });

/** The matrix-bridge bot tile's API, mounted at `/api/matrix-bridge`. */
export function matrixBridgeApi(deps: Deps): Hono {
  const app = new Hono();
  const bridge = deps.matrixBridge;

  app.get(
    "/status",
    describeRoute({
      tags: ["matrix-bridge"],
      summary: "The bot's container state (docker inspect)",
    }),
    async (c) => {
      if (!bridge.enabled()) return c.json({ enabled: false, status: null, update: null });
      const status = await bridge.checkStatus();
      return c.json({ enabled: true, status, update: bridge.update() });
    },
  );

  app.post(
    "/update",
    describeRoute({
      tags: ["matrix-bridge"],
      summary: "Start an update (fetch, build, recreate, healthy); 409 while one runs",
    }),
    (c) => {
      const update = bridge.startUpdate();
      c.header("Location", "/api/matrix-bridge/update");
      return c.json({ update }, 202);
    },
  );

  app.get(
    "/update",
    describeRoute({ tags: ["matrix-bridge"], summary: "The running or last update and its lines" }),
    (c) => c.json({ update: bridge.update(), lines: bridge.updateLines() }),
  );

  app.get(
    "/update/stream",
    describeRoute({
      tags: ["matrix-bridge"],
      summary: "Server-Sent Events: every line of the update, its phases, and the end",
    }),
    (c) => {
      c.header("X-Accel-Buffering", "no");
      c.header("Cache-Control", "no-cache");
      return streamSSE(c, async (stream) => {
        const queue = new SseQueue<UpdateEvent>();
        // Subscribe before reading the backlog so no line falls between the two.
        const unsubscribe = bridge.subscribe((e) => queue.push(e));
        stream.onAbort(() => queue.close());
        try {
          const update = bridge.update();
          const backlog = bridge.updateLines();
          await stream.writeSSE({ event: "update", data: JSON.stringify(update) });
          for (const [i, line] of backlog.entries()) {
            await stream.writeSSE({ event: "line", data: JSON.stringify({ line, n: i + 1 }) });
          }
          if (!update || update.state !== "running") return;
          let seen = update.lineCount;
          for (
            let e = await queue.next(stream, deps.clock);
            e !== null;
            e = await queue.next(stream, deps.clock)
          ) {
            if (e.type === "line") {
              if (e.n <= seen) continue; // already sent as backlog
              seen = e.n;
              await stream.writeSSE({
                event: "line",
                data: JSON.stringify({ line: e.line, n: e.n }),
              });
            } else if (e.type === "phase") {
              await stream.writeSSE({ event: "phase", data: JSON.stringify({ phase: e.phase }) });
            } else {
              await stream.writeSSE({ event: "done", data: JSON.stringify(e.update) });
              break;
            }
          }
        } finally {
          unsubscribe();
        }
      });
    },
  );

  app.post(
    "/:action",
    describeRoute({
      tags: ["matrix-bridge"],
      summary: "Restart, stop or start the bot container; answers with its state right after",
    }),
    validate("param", ActionParam),
    async (c) => {
      const { status } = await bridge.act(c.req.valid("param").action);
      return c.json({ status });
    },
  );

  app.get(
    "/logs",
    describeRoute({ tags: ["matrix-bridge"], summary: "The last lines of the bot's own log" }),
    validate("query", LogsQuery),
    async (c) => c.json({ lines: await bridge.logs(c.req.valid("query").tail) }),
  );

  return app;
}
