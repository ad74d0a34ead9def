import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { Island } from "../lib/http/island.tsx";
import { renderPage } from "../lib/http/render.tsx";
import { ConfigProblems } from "../components/ConfigProblems.tsx";
import { LiveStatus } from "../islands/LiveStatus.tsx";
import { Layout } from "./_layout.tsx";

/** `/`: the dashboard. */
export function dashboardPage(deps: Deps): Hono {
  const app = new Hono();
  app.get("/", describeRoute({ tags: ["pages"], summary: "Dashboard", hide: true }), (c) => {
    const config = deps.config.get();
    const unconfigured = config.hosts.filter((h) => h.address === "" || h.sshUser === "");
    return renderPage(c, Layout, {
      title: "Dashboard",
      body: (
        <>
          <div class="page-head">
            <h1>Your Sparks</h1>
            <Island
              name="LiveStatus"
              component={LiveStatus}
              props={{ renderedAtMs: deps.clock.now() }}
            />
          </div>
          <ConfigProblems problems={deps.config.problems} />
          {unconfigured.length > 0 && (
            <section class="panel notice" data-testid="not-configured">
              <h2>Not configured yet</h2>
              <p>
                {unconfigured.map((h) => h.label).join(" and ")}{" "}
                {unconfigured.length === 1 ? "has" : "have"} no address yet. Open{" "}
                <a href="/settings">Settings</a> to connect the controller to your Sparks.
              </p>
            </section>
          )}
        </>
      ),
    });
  });
  return app;
}
