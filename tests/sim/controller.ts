/**
 * The controller wired to a simulated cluster the way `demo.ts` does it
 * (the sim's config and key in a temp data dir, real `createDeps`, pollers
 * started), but served on a free loopback port and closable, for browser
 * tests and benches. Run as a script (`deno run -A tests/sim/controller.ts
 * --data DIR`) it serves a data dir prepared by {@link prepareDataDir} in its
 * own process, prints `listening <port>` and stops on SIGTERM: the dashboard
 * bench measures that process's CPU without the simulator's.
 *
 * @module
 */
import { join } from "node:path";
import { createApp } from "../../app.ts";
import { saveConfig } from "../../lib/config/mod.ts";
import { createDeps, type Deps } from "../../lib/deps.ts";
import { silentLogger } from "../../lib/log.ts";
import type { SimCluster } from "./cluster.ts";

const STATIC_DIR = new URL("../../static/", import.meta.url).pathname;

/** Writes the sim's controller config (key path included) into a new temp data dir. */
export async function prepareDataDir(sim: SimCluster): Promise<string> {
  const dataDir = await Deno.makeTempDir({ prefix: "spark-control-sim-" });
  // server.port stays the sim's nominal one: serveController() binds a free port itself.
  await saveConfig(join(dataDir, "config.json"), sim.config);
  return dataDir;
}

/** Real Deps for a data dir prepared by {@link prepareDataDir}: not started, not served. */
export function simDeps(dataDir: string): Promise<Deps> {
  return createDeps({ dataDir, staticDir: STATIC_DIR, env: {}, log: silentLogger });
}

/** A controller serving a data dir on 127.0.0.1. */
export interface ServedController extends AsyncDisposable {
  url: string;
  deps: Deps;
  server: Deno.HttpServer<Deno.NetAddr>;
  /** Ends SSE streams, stops the server and the pollers, closes SSH. */
  close(): Promise<void>;
}

/** Builds real Deps from `dataDir`, serves the app on a free port and starts the pollers. */
export async function serveController(dataDir: string): Promise<ServedController> {
  const deps = await simDeps(dataDir);
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen() {} },
    createApp(deps).fetch,
  );
  await deps.start();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    deps.events.close(); // ends every SSE stream, so shutdown does not wait on them
    await server.shutdown();
    await deps.close();
  };
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    deps,
    server,
    close,
    [Symbol.asyncDispose]: close,
  };
}

/** The controller against a running sim, in this process; `close()` also removes its data dir. */
export async function startSimController(sim: SimCluster): Promise<ServedController> {
  const dataDir = await prepareDataDir(sim);
  const served = await serveController(dataDir);
  const close = async () => {
    await served.close();
    await Deno.remove(dataDir, { recursive: true });
  };
  return { ...served, close, [Symbol.asyncDispose]: close };
}

if (import.meta.main) {
  const i = Deno.args.indexOf("--data");
  if (i < 0) throw new TypeError("usage: controller.ts --data DIR (from prepareDataDir)");
  const served = await serveController(Deno.args[i + 1]);
  Deno.addSignalListener("SIGTERM", async () => {
    await served.close();
    Deno.exit(0);
  });
  await Deno.stdout.write(new TextEncoder().encode(`listening ${served.server.addr.port}\n`));
}
