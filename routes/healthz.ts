import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";

/** `/healthz`: the controller itself, never an upstream, so StartOS and probes see the process. */
export function healthzRoute(deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/",
    describeRoute({
      tags: ["controller"],
      summary: "Controller liveness (never depends on a Spark)",
    }),
    (c) =>
      c.json({
        status: "ok",
        version: deps.version,
        uptimeS: Math.round((deps.clock.now() - startedAt) / 1000),
      }),
  );
  const startedAt = deps.clock.now();
  return app;
}
