import { Hono } from "hono";
import { describeRoute, generateSpecs } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { renderPage } from "../lib/http/render.tsx";
import { Layout } from "./_layout.tsx";

/** `/openapi.json` and `/docs`, generated from the routes of `app` and their zod schemas. */
export function openApiRoutes(app: Hono, deps: Deps): Hono {
  const routes = new Hono();
  let cached: unknown;
  const document = async () =>
    cached ??= await generateSpecs(app, {
      documentation: {
        openapi: "3.1.0",
        info: {
          title: "spark-control",
          version: deps.version,
          description: "Controller and LAN API gateway for a DGX Spark cluster.",
        },
      },
      exclude: ["/openapi.json", "/docs", "/static/*"],
    });
  routes.get("/openapi.json", describeRoute({ hide: true }), async (c) => c.json(await document()));
  routes.get("/docs", describeRoute({ hide: true }), (c) =>
    renderPage(c, Layout, {
      title: "API",
      body: (
        <section class="panel">
          <h1>API reference</h1>
          <p>
            The machine-readable description is at <a href="/openapi.json">/openapi.json</a>.
          </p>
        </section>
      ),
    }));
  return routes;
}
