import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { Island } from "../lib/http/island.tsx";
import { renderPage } from "../lib/http/render.tsx";
import { RedactPreview } from "../islands/RedactPreview.tsx";
import { Layout } from "./_layout.tsx";

/** `/redact`: paste text and see what `/scrub` would let leave the LAN. */
export function redactPage(_deps: Deps): Hono {
  const app = new Hono();
  app.get(
    "/redact",
    describeRoute({ tags: ["pages"], summary: "Redaction preview", hide: true }),
    (c) =>
      renderPage(c, Layout, {
        title: "Redaction preview",
        body: (
          <>
            <h1>What would leave the LAN</h1>
            <p>
              Paste text below. It is sent to this controller only (never to a cloud model), and you
              see exactly what a cloud model would receive after <code>/scrub</code>.
            </p>
            <Island name="RedactPreview" component={RedactPreview} props={{}} />
          </>
        ),
      }),
  );
  return app;
}
