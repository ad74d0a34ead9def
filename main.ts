import { fileURLToPath } from "node:url";
import { createApp } from "./app.ts";
import { parseArgs, serve } from "./lib/server.ts";
import { createDeps } from "./lib/deps.ts";

const args = parseArgs(Deno.args, Deno.env.toObject());
const deps = await createDeps({
  dataDir: args.dataDir,
  staticDir: fileURLToPath(new URL("./static/", import.meta.url)),
  env: Deno.env.toObject(),
});
await serve(createApp(deps), deps, {
  hostname: args.hostname,
  port: args.port ?? deps.config.get().server.port,
});
