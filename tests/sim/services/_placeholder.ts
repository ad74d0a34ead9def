/**
 * A stand-in for a fake service whose module (tests/sim/services/<kind>.ts)
 * is not written yet: answers health routes so the simulated cluster boots,
 * and 501 elsewhere. The fake `docker` switches to the real module as soon
 * as the file exists.
 *
 * @module
 */
import { json, runAsMain, startFakeService } from "./_common.ts";

if (import.meta.main) {
  runAsMain((opts) => {
    const kind = opts.extra?.kind ?? "service";
    return startFakeService(kind, (req) => {
      const path = new URL(req.url).pathname;
      if (path === "/health") return json({ status: "healthy" });
      if (path === "/healthz" || path === "/readyz") return new Response("healthz check passed");
      if (path === "/" && kind === "qdrant") {
        return json({ title: "qdrant - vector search engine", version: "1.15.0", commit: "sim" });
      }
      return json({ detail: `simulated ${kind} is a placeholder: ${req.method} ${path}` }, 501);
    }, opts);
  });
}
