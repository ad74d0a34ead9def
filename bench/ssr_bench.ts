/**
 * Foundation numbers: SSR of `/` (p50), controller start to first 200, idle
 * RSS, client bundle size. Baselines: a bare `Deno.serve` answering a static
 * string of the same size, measured in the same run.
 */
import { createApp } from "../app.ts";
import { fakeDeps } from "../tests/fakes.ts";
import { percentile, report } from "./_report.ts";

const N = 2000;
const app = createApp(fakeDeps());
const request = () => app.request("http://localhost/", { headers: { host: "localhost" } });
const sample = await (await request()).text();
for (let i = 0; i < 200; i++) await (await request()).text(); // warm-up

const ssr: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  await (await request()).text();
  ssr.push(performance.now() - t);
}
const plain = new (await import("hono")).Hono().get("/", (c) => c.html(sample));
const base: number[] = [];
for (let i = 0; i < N; i++) {
  const t = performance.now();
  await (await plain.request("http://localhost/")).text();
  base.push(performance.now() - t);
}
report(
  "ssr",
  "p50 render of /",
  percentile(ssr, 50),
  "ms",
  "static string via Hono",
  percentile(base, 50),
  { target: "≤ 5 ms" },
);

// Start to first 200, in a fresh process, against a fresh data dir.
const data = await Deno.makeTempDir({ prefix: "sc-bench-" });
const port = 20000 + Math.floor(Math.random() * 20000);
const t0 = performance.now();
const child = new Deno.Command(Deno.execPath(), {
  args: [
    "run",
    "-A",
    new URL("../main.ts", import.meta.url).pathname,
    "--data",
    data,
    "--port",
    String(port),
    "--host",
    "127.0.0.1",
  ],
  stdout: "null",
  stderr: "null",
}).spawn();
let startMs = NaN;
for (let i = 0; i < 400; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/healthz`);
    await res.body?.cancel();
    if (res.ok) {
      startMs = performance.now() - t0;
      break;
    }
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 10));
}
const t1 = performance.now();
const bare = new Deno.Command(Deno.execPath(), {
  args: [
    "eval",
    `Deno.serve({hostname:"127.0.0.1",port:${port + 1},onListen(){}},()=>new Response("ok"))`,
  ],
  stdout: "null",
  stderr: "null",
}).spawn();
let bareMs = NaN;
for (let i = 0; i < 400; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${port + 1}/`);
    await res.body?.cancel();
    bareMs = performance.now() - t1;
    break;
  } catch {
    // not listening yet
  }
  await new Promise((r) => setTimeout(r, 10));
}
report("start", "start to first 200", startMs, "ms", "bare Deno.serve process", bareMs, {
  target: "≤ 500 ms",
});

// Idle RSS of the running controller after some requests.
for (let i = 0; i < 50; i++) {
  await (await fetch(`http://127.0.0.1:${port}/`, { headers: { host: "localhost" } })).text();
}
const status = await Deno.readTextFile(`/proc/${child.pid}/status`);
const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
const bareStatus = await Deno.readTextFile(`/proc/${bare.pid}/status`);
const bareRssKb = Number(/VmRSS:\s+(\d+)/.exec(bareStatus)?.[1]);
report("rss", "idle RSS", rssKb / 1024, "MB", "bare Deno.serve process", bareRssKb / 1024, {
  target: "≤ 120 MB",
});
child.kill("SIGTERM");
bare.kill("SIGTERM");
await child.status;
await bare.status;
await Deno.remove(data, { recursive: true });

// What the dashboard downloads: the entry, the chunks of the islands it renders, and their static
// imports. uPlot (the sparklines) is loaded after the first paint and reported on its own line.
type Meta = {
  outputs: Record<
    string,
    {
      bytes: number;
      entryPoint?: string;
      inputs: Record<string, unknown>;
      imports: { path: string; kind: string }[];
    }
  >;
};
const meta = JSON.parse(
  await Deno.readTextFile(new URL("../dist/client.meta.json", import.meta.url)),
) as Meta;
const DASHBOARD_ISLANDS = [
  "LiveStatus",
  "SwapPanel",
  "ServiceTiles",
  "HardwareCards",
  "ConnectivityPanel",
  "LogViewer",
  "MatrixBridgeTile",
];
const outputOf = (entry: string) =>
  Object.keys(meta.outputs).find((o) => meta.outputs[o].entryPoint === entry)!;
const staticClosure = (roots: string[]) => {
  const seen = new Set<string>();
  const walk = (o: string) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const i of meta.outputs[o].imports) if (i.kind === "import-statement") walk(i.path);
  };
  roots.forEach(walk);
  return seen;
};
const dashboard = staticClosure([
  "static/client.js",
  ...DASHBOARD_ISLANDS.map((n) => outputOf(`islands/${n}.tsx`)),
]);
const dashboardBytes = [...dashboard].reduce((n, o) => n + meta.outputs[o].bytes, 0);
const everything = Object.values(meta.outputs).reduce((n, o) => n + o.bytes, 0);
const uplot = staticClosure([
  Object.keys(meta.outputs).find((o) =>
    Object.keys(meta.outputs[o].inputs).some((i) => i.includes("/uplot/"))
  )!,
]);
const uplotBytes = [...uplot].reduce((n, o) => n + meta.outputs[o].bytes, 0);
// Baseline: Preact's own runtime (h + hydrate + hooks), minified by the same esbuild.
const esbuild = await import("esbuild");
const alone = await esbuild.build({
  stdin: {
    contents:
      'import {h, hydrate} from "preact"; import {useState} from "preact/hooks"; console.log(h, hydrate, useState);',
    resolveDir: new URL("..", import.meta.url).pathname,
  },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
});
esbuild.stop();
const preactKb = alone.outputFiles[0].contents.byteLength / 1024;
report(
  "bundle",
  "JS the dashboard loads before charts (minified)",
  dashboardBytes / 1024,
  "KB",
  "Preact runtime alone",
  preactKb,
  { target: "≤ 40 KB" },
);
report(
  "bundle",
  "uPlot chunk, loaded after first paint",
  uplotBytes / 1024,
  "KB",
  "Preact runtime alone",
  preactKb,
);
report(
  "bundle",
  "all islands of every page (minified)",
  everything / 1024,
  "KB",
  "Preact runtime alone",
  preactKb,
);
