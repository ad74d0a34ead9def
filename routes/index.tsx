import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { Island } from "../lib/http/island.tsx";
import { renderPage } from "../lib/http/render.tsx";
import { ConfigProblems } from "../components/ConfigProblems.tsx";
import { LiveStatus } from "../islands/LiveStatus.tsx";
import { ServiceTiles } from "../islands/ServiceTiles.tsx";
import { ConnectivityPanel } from "../islands/ConnectivityPanel.tsx";
import { HardwareCards } from "../islands/HardwareCards.tsx";
import { LogViewer } from "../islands/LogViewer.tsx";
import { SwapPanel } from "../islands/SwapPanel.tsx";
import { MatrixBridgeTile } from "../islands/MatrixBridgeTile.tsx";
import { logSources, versionDrift } from "../lib/monitor/mod.ts";
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
          <Island
            name="SwapPanel"
            component={SwapPanel}
            props={{
              status: deps.swap.status(),
              configured: config.hosts.some((h) => h.role === "head" && h.address !== ""),
            }}
          />
          <Island
            name="ServiceTiles"
            component={ServiceTiles}
            props={{ services: deps.monitor.services() }}
          />
          {deps.matrixBridge.enabled() && (
            <Island
              name="MatrixBridgeTile"
              component={MatrixBridgeTile}
              props={{
                hostLabel: config.hosts.find((h) => h.id === config.matrixBridge.hostId)?.label ??
                  config.matrixBridge.hostId,
                container: config.matrixBridge.container,
                status: deps.matrixBridge.lastStatus(),
                update: deps.matrixBridge.update(),
              }}
            />
          )}
          <Island
            name="HardwareCards"
            component={HardwareCards}
            props={{
              hardware: deps.monitor.hardware(),
              drift: versionDrift(deps.monitor.hardware()),
            }}
          />
          <Island
            name="ConnectivityPanel"
            component={ConnectivityPanel}
            props={{ outages: deps.connectivity.recent(20) }}
          />
          <Island
            name="LogViewer"
            component={LogViewer}
            props={{ sources: logSources(config).map(({ id, label }) => ({ id, label })) }}
          />
        </>
      ),
    });
  });
  return app;
}
