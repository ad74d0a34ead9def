/**
 * The controller as its own process for gateway_bench: real Deps (system
 * clock, real fetch) in a temp data dir, vLLM pointed at `--vllm-port`.
 * Prints `listening <port>`; `GET /__bench/rss` answers `Deno.memoryUsage()` (rss, heapTotal,
 * heapUsed, external) after a GC. With `--bare` it serves no app at all, only
 * `Deno.serve` + `fetch` passing each request through to vLLM: the floor any
 * in-process Deno proxy starts from, measured beside the controller.
 */
import { join } from "node:path";
import { createApp } from "../app.ts";
import { createDeps } from "../lib/deps.ts";

const args = Object.fromEntries(
  Deno.args.map((a) => a.replace(/^--/, "").split("=", 2) as [string, string?]),
);
if ("bare" in args) {
  const upstream = `http://127.0.0.1:${args["vllm-port"]}`;
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, async (req) => {
    const url = new URL(req.url);
    const res = await fetch(upstream + url.pathname + url.search, {
      method: req.method,
      headers: { "content-type": req.headers.get("content-type") ?? "application/json" },
      body: req.body,
      signal: req.signal,
      duplex: "half",
    } as RequestInit);
    return new Response(res.body, { status: res.status, headers: res.headers });
  });
  Deno.addSignalListener("SIGTERM", async () => {
    await server.shutdown();
    Deno.exit(0);
  });
  await Deno.stdout.write(new TextEncoder().encode(`listening ${server.addr.port}\n`));
  await server.finished;
  Deno.exit(0);
}
const dataDir = await Deno.makeTempDir({ prefix: "gateway-bench-" });
await Deno.writeTextFile(
  join(dataDir, "config.json"),
  JSON.stringify({
    hosts: [{
      id: "spark1",
      label: "Spark 1",
      address: "127.0.0.1",
      role: "head",
      services: [{ kind: "vllm", port: Number(args["vllm-port"]) }],
    }],
    gateway: { queues: { vllm: { concurrency: 256, queue: 1024 } } },
  }),
);
const deps = await createDeps({
  dataDir,
  staticDir: new URL("../static/", import.meta.url).pathname,
  env: {},
});
const app = createApp(deps);
const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: () => {} }, (req) => {
  if (new URL(req.url).pathname === "/__bench/rss") {
    // Collect first (the bench starts us with --expose-gc) so RSS shows retained memory.
    (globalThis as { gc?: () => void }).gc?.();
    return Response.json(Deno.memoryUsage());
  }
  return app.fetch(req);
});
const stop = async () => {
  await server.shutdown();
  await deps.close();
  await Deno.remove(dataDir, { recursive: true });
  Deno.exit(0);
};
Deno.addSignalListener("SIGTERM", stop);
await Deno.stdout.write(new TextEncoder().encode(`listening ${server.addr.port}\n`));
