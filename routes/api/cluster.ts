import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../../lib/deps.ts";

/** `/api/cluster`: the dashboard snapshot as JSON (the same object `/api/events` sends first). */
export function clusterApi(deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/",
    describeRoute({
      tags: ["dashboard"],
      summary: "Snapshot of hosts, services, hardware and recent outages",
    }),
    (c) => c.json(deps.snapshot()),
  );
  return app;
}
