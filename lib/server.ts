import type { Hono } from "hono";
import type { Deps } from "./deps.ts";

/** Command-line options of `main.ts`. */
export interface Args {
  dataDir: string;
  port: number | undefined;
  hostname: string;
}

/** Parses `--data DIR`, `--port N`, `--host ADDR`; env `SPARK_CONTROL_DATA` sets the data dir. */
export function parseArgs(argv: readonly string[], env: Record<string, string | undefined>): Args {
  const args: Args = {
    dataDir: env.SPARK_CONTROL_DATA ?? "./data",
    port: undefined,
    hostname: "0.0.0.0",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (flag === "--data") args.dataDir = value();
    else if (flag === "--port") args.port = Number(value());
    else if (flag === "--host") args.hostname = value();
    else throw new TypeError(`Unknown option "${argv[i]}"; use --data DIR, --port N, --host ADDR`);
  }
  if (
    args.port !== undefined && !(Number.isInteger(args.port) && args.port >= 0 && args.port < 65536)
  ) {
    throw new RangeError(`--port must be 0-65535 (0 picks a free port)`);
  }
  return args;
}

/** How long shutdown waits for open requests before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 800;

/**
 * Serves the app and shuts down cleanly on SIGTERM/SIGINT: the event bus
 * closes first (ending every SSE stream), then the server drains, and the
 * process exits within a second even if a client hangs on.
 */
export async function serve(
  app: Hono,
  deps: Deps,
  opts: { hostname: string; port: number; onListen?: (addr: Deno.NetAddr) => void },
): Promise<Deno.HttpServer<Deno.NetAddr>> {
  const server = Deno.serve({
    hostname: opts.hostname,
    port: opts.port,
    onListen: (addr) => {
      deps.log.info("listening", { url: `http://${addr.hostname}:${addr.port}/` });
      opts.onListen?.(addr);
    },
  }, app.fetch);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    deps.log.info("shutting down");
    const hardStop = setTimeout(() => Deno.exit(0), SHUTDOWN_GRACE_MS);
    deps.events.close();
    await server.shutdown();
    await deps.close();
    clearTimeout(hardStop);
    Deno.exit(0);
  };
  Deno.addSignalListener("SIGTERM", stop);
  Deno.addSignalListener("SIGINT", stop);
  await deps.start();
  return server;
}
