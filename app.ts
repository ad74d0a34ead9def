import { type ErrorHandler, Hono } from "hono";
import type { Deps } from "./lib/deps.ts";
import { handleError, handleNotFound, isOpenAiPath } from "./lib/http/errors.ts";
import {
  auth,
  bodyLimits,
  defaultAllowedHosts,
  hostCheck,
  sameOrigin,
  securityHeaders,
} from "./lib/http/security.ts";
import { staticFiles } from "./lib/http/static.ts";
import { errorPage } from "./routes/_error.tsx";
import { healthzRoute } from "./routes/healthz.ts";
import { loginRoutes } from "./routes/login.tsx";
import { dashboardPage } from "./routes/index.tsx";
import { eventsApi } from "./routes/api/events.ts";
import { swapApi } from "./routes/api/swap.ts";
import { clusterApi } from "./routes/api/cluster.ts";
import { searchApi } from "./routes/api/search.ts";
import { logsApi } from "./routes/api/logs.ts";
import { metricsRoute } from "./routes/metrics.ts";
import { openApiRoutes } from "./routes/docs.tsx";
import { scrubRoutes } from "./routes/scrub.ts";
import { redactPage } from "./routes/redact.tsx";
import { v1Api } from "./routes/v1/mod.ts";
import { v1FastPath } from "./routes/v1/fast.ts";
import { settingsApi } from "./routes/api/settings.ts";
import { settingsPage } from "./routes/settings.tsx";
import { hostsApi, sshKeyApi } from "./routes/api/hosts.ts";
import { matrixBridgeApi } from "./routes/api/matrix_bridge.ts";

/** Builds the controller: every mount on one screen. */
export function createApp(deps: Deps): Hono {
  const app = new Hono();
  const machineHosts = defaultAllowedHosts();
  // Rebuilt only when the config object changes (it is replaced on update), so
  // hostCheck compiles its matcher once per config instead of once per request.
  let seenConfig: unknown;
  let allowedHosts: string[] = [];
  const configured = () => {
    const c = deps.config.get();
    if (c !== seenConfig) {
      seenConfig = c;
      allowedHosts = [
        ...machineHosts,
        ...c.server.allowedHosts,
        ...c.hosts.map((h) => h.address).filter(Boolean),
      ];
    }
    return allowedHosts;
  };

  // Middleware, outermost first
  app.use(securityHeaders());
  app.use(hostCheck(configured));
  app.use(auth({ config: () => deps.config.get(), sessionValid: (id) => deps.sessions.valid(id) }));
  app.use(sameOrigin(() => deps.config.get().server.allowedOrigins));
  app.use(bodyLimits());

  // Controller
  app.route("/healthz", healthzRoute(deps));
  app.route("/metrics", metricsRoute(deps));
  app.use("/static/*", staticFiles(deps.staticDir));

  // Pages
  app.route("/", dashboardPage(deps));
  app.route("/", loginRoutes(deps));
  app.route("/", redactPage(deps));
  app.route("/", settingsPage(deps));

  // JSON and SSE for the dashboard
  app.route("/api/events", eventsApi(deps));
  app.route("/api/cluster", clusterApi(deps));
  app.route("/api", swapApi(deps));
  app.route("/api/search", searchApi(deps));
  app.route("/api/logs", logsApi(deps));
  app.route("/api/settings", settingsApi(deps));
  app.route("/api/hosts", hostsApi(deps));
  app.route("/api/ssh-key", sshKeyApi(deps));
  app.route("/api/matrix-bridge", matrixBridgeApi(deps));

  // LAN API: OpenAI-compatible, errors in the /v1 envelope
  app.route("/v1", v1Api(deps));

  // Redaction gateway: /scrub and /rehydrate (token auth when API tokens are set)
  app.route("/", scrubRoutes(deps));

  // API description (built from the routes mounted above)
  app.route("/", openApiRoutes(app, deps));

  const onError: ErrorHandler = (err, c) => {
    const response = handleError(deps.log)(err, c);
    const wantsPage = c.req.method === "GET" &&
      (c.req.header("accept") ?? "").includes("text/html") &&
      !isOpenAiPath(c.req.path) && !c.req.path.startsWith("/api/");
    return wantsPage ? errorPage(c, response.status, err) : response;
  };
  app.onError(onError);
  app.notFound(handleNotFound);
  // Hot LAN calls (chat, completions) skip the router and middleware chain when every
  // check would pass them untouched; everything else goes through Hono as before. A new
  // app-wide middleware must be mirrored in routes/v1/fast.ts (tests/v1_fast_path_test.ts checks).
  app.fetch = v1FastPath(deps, app, { allowedHosts: configured, onError });
  return app;
}
