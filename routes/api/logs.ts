import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { BusyError, NotFoundError } from "../../lib/errors.ts";
import { validate } from "../../lib/http/validation.ts";
import {
  followLogs,
  LOG_SOURCE_ID_REGEXP,
  type LogEnd,
  logSources,
  LogStreamLimiter,
} from "../../lib/monitor/mod.ts";

const ServiceParam = z.object({
  service: z.string().regex(LOG_SOURCE_ID_REGEXP, "not a log source id (like spark2.tts)"),
});

const END_WORDS: Record<LogEnd["reason"], string> = {
  stopped: "The container stopped, so its log ended.",
  aborted: "The log stream was closed.",
  limit: "This view has shown a lot of log; reopen it to keep following.",
};

/**
 * `/api/logs`: the log sources, and `GET /api/logs/:service`, a container's
 * live `docker logs --follow` as Server-Sent Events (`lines`, then `end` or
 * `failed`). `:service` is looked up in the configured allow-list; the
 * remote command is killed when the browser goes away or the controller
 * shuts down.
 */
export function logsApi(deps: Deps): Hono {
  const app = new Hono();
  const limiter = new LogStreamLimiter();

  app.get(
    "/",
    describeRoute({ tags: ["dashboard"], summary: "Containers whose logs can be followed" }),
    (c) => c.json({ sources: logSources(deps.config.get()) }),
  );

  app.get(
    "/:service",
    describeRoute({
      tags: ["dashboard"],
      summary: "Follow a container's log (Server-Sent Events; 503 when the host's slots are taken)",
    }),
    validate("param", ServiceParam),
    (c) => {
      const id = c.req.valid("param").service;
      const source = logSources(deps.config.get()).find((s) => s.id === id);
      if (!source) throw new NotFoundError(`No container "${id}" is configured for logs`);
      const release = limiter.acquire(source.hostId);
      if (!release) {
        throw new BusyError(
          `Too many log views are open for ${source.hostId}; close one and try again`,
          { retryAfterS: 5 },
        );
      }
      c.header("X-Accel-Buffering", "no");
      c.header("Cache-Control", "no-cache");
      const stop = new AbortController();
      // Graceful shutdown closes the bus: end the remote command too.
      const unsubscribe = deps.events.subscribe((e) => e === null && stop.abort());
      return streamSSE(c, async (stream) => {
        // A browser that goes away cancels the response body: kill the remote command.
        stream.onAbort(() => stop.abort());
        let writing = Promise.resolve();
        const send = (event: string, data: unknown) => {
          writing = writing.then(() =>
            stream.writeSSE({ event, data: JSON.stringify(data) }).catch(() => stop.abort())
          );
        };
        try {
          send("source", { id: source.id, label: source.label, container: source.container });
          const end = await followLogs(deps.runner, source, {
            signal: stop.signal,
            onBatch: (batch) => send("lines", batch),
          });
          send("end", { ...end, message: END_WORDS[end.reason] });
        } catch (err) {
          send("failed", { message: (err as Error).message });
        } finally {
          await writing;
          unsubscribe();
          release();
        }
      }, async (err, stream) => {
        deps.log.warn("log stream failed", { source: source.id, error: String(err) });
        await stream.writeSSE({ event: "failed", data: JSON.stringify({ message: "internal" }) });
      });
    },
  );

  return app;
}
