/**
 * Model swaps against the simulated cluster, through the real SshRunner and
 * the HTTP API: happy paths on one and two nodes, rollback, engine death,
 * the missing-image prompt caught in preflight, a controller restarted
 * mid-swap, concurrent requests and injection payloads.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { createApp } from "../app.ts";
import type { Deps } from "../lib/deps.ts";
import { INJECTION_CANARY, injectionPayloads } from "../lib/cluster/shell_payloads.ts";
import type { BusEvent } from "../lib/events/mod.ts";
import type { SwapView } from "../lib/swap/mod.ts";
import { type SimCluster, type SimClusterOptions, startSimCluster } from "./sim/cluster.ts";
import { prepareDataDir, simDeps } from "./sim/controller.ts";

interface Ctx {
  sim: SimCluster;
  dataDir: string;
  deps: Deps;
  /** A request to the app, as the dashboard on the same origin would send it. */
  api(path: string, init?: { method?: string; json?: unknown }): Promise<Response>;
  /** Resolves with the first swap view for which `pred` holds (state events on the bus). */
  until(pred: (v: SwapView) => boolean, d?: Deps): Promise<SwapView>;
  /** Builds another controller on the same data directory (same sqlite file). */
  restart(): Promise<Deps>;
}

async function withSwapSim(
  opts: SimClusterOptions,
  fn: (ctx: Ctx) => Promise<void>,
): Promise<void> {
  const sim = await startSimCluster(opts);
  const dataDir = await prepareDataDir(sim);
  const all: Deps[] = [];
  try {
    const deps = await simDeps(dataDir);
    all.push(deps);
    let current = deps;
    const ctx: Ctx = {
      sim,
      dataDir,
      deps,
      api: (path, init = {}) => {
        const app = createApp(current);
        return Promise.resolve(app.request(path, {
          method: init.method ?? (init.json === undefined ? "GET" : "POST"),
          headers: {
            host: "localhost",
            origin: "http://localhost",
            "sec-fetch-site": "same-origin",
            ...(init.json === undefined ? {} : { "content-type": "application/json" }),
          },
          body: init.json === undefined ? undefined : JSON.stringify(init.json),
        }));
      },
      until: (pred, d = current) => waitForSwap(d, pred),
      restart: async () => {
        const next = await simDeps(dataDir);
        all.push(next);
        current = next;
        return next;
      },
    };
    await fn(ctx);
  } finally {
    for (const d of all) await d.close().catch(() => {});
    await sim.close();
    await Deno.remove(dataDir, { recursive: true });
  }
}

/** Waits for a swap event matching `pred`, also checking the journal's current view first. */
function waitForSwap(deps: Deps, pred: (v: SwapView) => boolean): Promise<SwapView> {
  return new Promise((resolve, reject) => {
    const check = (v: SwapView | undefined) => {
      if (v && pred(v)) {
        unsubscribe();
        resolve(v);
        return true;
      }
      return false;
    };
    const unsubscribe = deps.events.subscribe((e: BusEvent | null) => {
      if (e === null) return reject(new Error("event bus closed"));
      const data = e.data as { kind?: string; swap?: SwapView };
      if (e.type === "swap" && data.kind === "state") check(data.swap);
    });
    const latest = deps.swap.list(1)[0];
    check(latest);
  });
}

async function startSwap(ctx: Ctx, body: unknown): Promise<SwapView> {
  const res = await ctx.api("/api/swap", { json: body });
  equal(res.status, 202, await res.clone().text());
  return await res.json() as SwapView;
}

async function models(sim: SimCluster): Promise<string[]> {
  const res = await fetch(`${sim.services.vllm.url}/v1/models`);
  const body = await res.json() as { data: { id: string }[] };
  return body.data.map((m) => m.id);
}

function launcherLines(sim: SimCluster): string[] {
  return sim.hosts.spark1.commandLog().map((e) => e.command).filter((c) =>
    /launch-cluster\.sh|run-recipe\.sh/.test(c)
  );
}

Deno.test("swap: a one-node swap goes from the running model to the new one and serves it", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    const recipes = await (await ctx.api("/api/recipes")).json();
    ok(recipes.recipes.some((r: { name: string }) => r.name === "gpt-oss-120b"));
    const v = await startSwap(ctx, { recipe: "gpt-oss-120b" });
    const done = await ctx.until((s) => s.id === v.id && s.terminal);
    equal(done.state, "ready", done.error ?? "");
    equal(done.percent, 100);
    deepEqual(await models(ctx.sim), ["openai/gpt-oss-120b"]);
    const got = await (await ctx.api(`/api/swap/${v.id}`)).json();
    deepEqual(got.transitions.map((t: { to: string }) => t.to), [
      "preflight",
      "draining",
      "stopping",
      "launching",
      "loading",
      "ready",
    ]);
    const lines = launcherLines(ctx.sim);
    const stop = lines.findIndex((l) => l.includes("launch-cluster.sh stop"));
    const launch = lines.findIndex((l) => l.includes("run-recipe.sh gpt-oss-120b -d"));
    ok(stop >= 0 && launch > stop, lines.join("\n"));
    match(lines[launch], /<\/dev\/null/);
    const history = await (await ctx.api("/api/swaps")).json();
    equal(history.swaps[0].id, v.id);
  });
});

Deno.test("swap: a two-node recipe launches across both Sparks", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    const v = await startSwap(ctx, { recipe: "qwen3-235b-a22b-tp2", skipDrain: true });
    const done = await ctx.until((s) => s.id === v.id && s.terminal);
    equal(done.state, "ready", done.error ?? "");
    deepEqual(await models(ctx.sim), ["Qwen/Qwen3-235B-A22B-FP8"]);
    const record = ctx.deps.swap.journal.get(v.id)!;
    deepEqual(record.targetHosts, ["spark1", "spark2"]);
    // The worker's container was started and its log followed.
    ok(
      ctx.sim.hosts.spark2.commandLog().some((e) => e.command.startsWith("docker logs -f")),
    );
  });
});

Deno.test("swap: a load failure rolls back to the previous model, which then serves", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    const v = await startSwap(ctx, { recipe: "llama-3.3-70b-oom", skipDrain: true });
    const done = await ctx.until((s) => s.id === v.id && s.terminal);
    equal(done.state, "rolled_back", `${done.error} / ${done.rollbackError}`);
    match(done.error ?? "", /Engine core initialization failed|exited|memory/);
    deepEqual(await models(ctx.sim), ["Qwen/Qwen3-30B-A3B-FP8"]);
    const got = await (await ctx.api(`/api/swap/${v.id}`)).json();
    ok(got.logTails.spark1.length > 0 && got.logTails.spark1.length <= 200);
    ok(got.logTails.spark1.some((l: string) => /OutOfMemory|initialization failed/.test(l)));
    deepEqual(got.transitions.map((t: { to: string }) => t.to).slice(-3), [
      "failed",
      "rolling_back",
      "rolled_back",
    ]);
  });
});

Deno.test("swap: engine death right after startup fails the swap and rolls back", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    await ctx.sim.hosts.spark1.setVllmFailure("engine-death");
    const v = await startSwap(ctx, { recipe: "gpt-oss-120b", skipDrain: true });
    // The fault applies to containers started while it is set: only the new model's.
    await ctx.until((s) => s.id === v.id && s.state === "loading");
    await ctx.sim.hosts.spark1.setVllmFailure(null);
    const done = await ctx.until((s) => s.id === v.id && s.terminal);
    equal(done.state, "rolled_back", `${done.error} / ${done.rollbackError}`);
    match(done.error ?? "", /engine|503/i);
    deepEqual(await models(ctx.sim), ["Qwen/Qwen3-30B-A3B-FP8"]);
  });
});

Deno.test("swap: a missing image fails preflight and nothing is stopped", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    await ctx.sim.hosts.spark1.setImage("vllm-node", null);
    const before = launcherLines(ctx.sim).length;
    const v = await startSwap(ctx, { recipe: "gpt-oss-120b" });
    const done = await ctx.until((s) => s.id === v.id && s.terminal);
    equal(done.state, "failed");
    match(done.error ?? "", /nothing was stopped.*missing on spark1/);
    equal(launcherLines(ctx.sim).length, before);
    deepEqual(await models(ctx.sim), ["Qwen/Qwen3-30B-A3B-FP8"]);
  });
});

Deno.test("swap: a controller killed mid-swap re-adopts it from the journal and finishes", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b", loadScale: 0.5 }, async (ctx) => {
    await ctx.deps.swap.resume();
    const v = await startSwap(ctx, { recipe: "gpt-oss-120b", skipDrain: true });
    await ctx.until((s) => s.id === v.id && s.state === "loading");
    await ctx.deps.close();
    const launches = launcherLines(ctx.sim).filter((l) => l.includes("run-recipe.sh")).length;
    const second = await ctx.restart();
    const finished = ctx.until((s) => s.id === v.id && s.terminal, second);
    await second.swap.resume();
    const done = await finished;
    equal(done.state, "ready", done.error ?? "");
    equal(launcherLines(ctx.sim).filter((l) => l.includes("run-recipe.sh")).length, launches);
    deepEqual(await models(ctx.sim), ["openai/gpt-oss-120b"]);
  });
});

Deno.test("swap: two concurrent POST /api/swap give one 202 and one 409", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b" }, async (ctx) => {
    await ctx.deps.swap.resume();
    const [a, b] = await Promise.all([
      ctx.api("/api/swap", { json: { recipe: "gpt-oss-120b" } }),
      ctx.api("/api/swap", { json: { recipe: "gpt-oss-120b" } }),
    ]);
    deepEqual([a.status, b.status].sort(), [202, 409]);
    const conflict = a.status === 409 ? a : b;
    match((await conflict.json()).error.message, /already running/);
    const view = await (a.status === 202 ? a : b).json();
    await ctx.until((s) => s.id === view.id && s.terminal);
  });
});

Deno.test("swap: an injection payload in any field is a 400 and nothing runs on the Sparks", async () => {
  await withSwapSim({ services: false }, async (ctx) => {
    const before = ctx.sim.hosts.spark1.commandLog().length;
    const bodies = (p: string) => [
      { recipe: p },
      { recipe: "gpt-oss-120b", extraArgs: [{ flag: p }] },
      { recipe: "gpt-oss-120b", extraArgs: [{ flag: "--served-model-name", value: p }] },
      { recipe: "gpt-oss-120b", extraArgs: [{ flag: "--max-num-seqs", value: p }] },
      { recipe: "gpt-oss-120b", extraArgs: [{ flag: "--kv-cache-dtype", value: p }] },
      { recipe: "gpt-oss-120b", overrides: { port: p } },
      { recipe: "gpt-oss-120b", solo: p },
    ];
    for (const p of injectionPayloads()) {
      for (const body of bodies(p)) {
        const res = await ctx.api("/api/swap", { json: body });
        equal(res.status, 400, `${JSON.stringify(body)} → ${res.status}`);
        await res.body?.cancel();
      }
      const bad = await ctx.api(`/api/swap/${encodeURIComponent(p)}/cancel`, { method: "POST" });
      ok(bad.status === 400 || bad.status === 404, `cancel ${JSON.stringify(p)} → ${bad.status}`);
      await bad.body?.cancel();
    }
    equal(ctx.sim.hosts.spark1.commandLog().length, before);
    for (const host of [ctx.sim.hosts.spark1, ctx.sim.hosts.spark2]) {
      const found = await host.sh(`ls "$HOME/${INJECTION_CANARY}" 2>/dev/null || true`);
      equal(found.stdout.trim(), "");
    }
  });
});

Deno.test("swap: a chat for the incoming model during the swap waits and is answered by it", async () => {
  await withSwapSim({ vllmRecipe: "qwen3-30b-a3b", services: false }, async (ctx) => {
    await ctx.deps.swap.resume();
    const v = await startSwap(ctx, { recipe: "gpt-oss-120b", skipDrain: true });
    await ctx.until((s) => s.id === v.id && s.state === "loading");
    // The dashboard tile says "loading", not "down", while the swap has vLLM stopped.
    await ctx.deps.monitor.probeOnce();
    equal(ctx.deps.monitor.services().find((s) => s.id === "spark1/vllm")?.status.state, "loading");
    const chat = (stream: boolean) =>
      ctx.api("/v1/chat/completions", {
        json: {
          model: "openai/gpt-oss-120b",
          stream,
          messages: [{ role: "user", content: "hello" }],
        },
      });
    const [plain, streamed] = await Promise.all([chat(false), chat(true)]);
    equal(plain.status, 200, await plain.clone().text());
    equal((await plain.json()).model, "openai/gpt-oss-120b");
    equal(streamed.status, 200);
    const text = await streamed.text();
    match(text, /data: \[DONE\]/);
    equal(ctx.deps.swap.journal.get(v.id)?.state, "ready");
  });
});

Deno.test("swap: discovery finds an empty vLLM container and the one-click fix stops it", async () => {
  await withSwapSim({ services: false }, async (ctx) => {
    const made = await ctx.sim.hosts.spark1.sh("docker run -d --rm --name vllm_node vllm-node");
    equal(made.code, 0, made.stderr);
    await ctx.deps.swap.resume();
    const status = await (await ctx.api("/api/swap/status")).json();
    equal(status.discovery.kind, "orphan_container");
    match(status.discovery.text, /no vLLM process/);
    const fixed = await ctx.api("/api/swap/fix", { json: { problem: "orphan_container" } });
    equal(fixed.status, 200);
    equal((await fixed.json()).discovery.kind, "idle");
    ok(
      ctx.sim.hosts.spark1.commandLog().some((e) => e.command.includes("launch-cluster.sh stop")),
    );
  });
});
