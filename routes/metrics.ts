import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";

/** `/metrics`: Prometheus text exposition of the controller's registry. */
export function metricsRoute(deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/",
    describeRoute({ tags: ["controller"], summary: "Prometheus metrics" }),
    async (c) => {
      return c.body(await deps.metrics.metrics(), 200, {
        "Content-Type": deps.metrics.contentType,
      });
    },
  );
  return app;
}
