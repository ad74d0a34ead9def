/**
 * Model swap on the simulated cluster. Two numbers:
 * - controller overhead: from the fake vLLM answering `/health` 200 (seen by
 *   an independent 20 ms poller) to the swap's `ready` event; baseline = the
 *   sim's own load time (dispatch → healthy). Target p95 ≤ 1 s.
 * - whole swap time (request → ready) against the simulated load time.
 *   Target ≤ load time + 3 s.
 */
import type { SwapView } from "../lib/swap/mod.ts";
import { startSimCluster } from "../tests/sim/cluster.ts";
import { prepareDataDir, simDeps } from "../tests/sim/controller.ts";
import { percentile, report } from "./_report.ts";

const SWAPS = 6;
const RECIPES = ["gpt-oss-120b", "qwen3-30b-a3b"];

const sim = await startSimCluster({ vllmRecipe: "qwen3-30b-a3b", services: false, loadScale: 0.5 });
const dataDir = await prepareDataDir(sim);
const deps = await simDeps(dataDir);

async function healthy(): Promise<boolean> {
  try {
    const res = await fetch(`${sim.services.vllm.url}/health`);
    await res.body?.cancel();
    return res.status === 200;
  } catch {
    return false;
  }
}

function readyEvent(id: string): Promise<{ view: SwapView; atMs: number }> {
  return new Promise((resolve) => {
    const off = deps.events.subscribe((e) => {
      const d = e?.data as { kind?: string; swap?: SwapView } | undefined;
      if (e?.type === "swap" && d?.kind === "state" && d.swap?.id === id && d.swap.terminal) {
        off();
        resolve({ view: d.swap, atMs: performance.now() });
      }
    });
  });
}

const overheads: number[] = [];
const loads: number[] = [];
const wholes: number[] = [];
try {
  await deps.swap.resume();
  for (let i = 0; i < SWAPS; i++) {
    const recipe = RECIPES[i % RECIPES.length];
    const t0 = performance.now();
    const view = await deps.swap.start({ recipe, skipDrain: true });
    const done = readyEvent(view.id);
    // Watch the port independently: first refused (stopped), then healthy again.
    let stopped = false;
    let healthyAt = NaN;
    let dispatchedAt = NaN;
    const watch = (async () => {
      for (let n = 0; n < 10_000; n++) {
        const up = await healthy();
        if (!up) stopped = true;
        const rec = deps.swap.journal.get(view.id);
        if (Number.isNaN(dispatchedAt) && rec?.state === "loading") {
          dispatchedAt = performance.now();
        }
        if (stopped && up) {
          healthyAt = performance.now();
          return;
        }
        if (rec && rec.state !== "loading" && rec.finishedMs !== null) return;
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const { view: end, atMs } = await done;
    await watch;
    if (end.state !== "ready") throw new Error(`swap ${i} ended ${end.state}: ${end.error}`);
    overheads.push(atMs - healthyAt);
    loads.push(healthyAt - dispatchedAt);
    wholes.push(atMs - t0);
  }
  const load = percentile(loads, 50);
  report(
    "swap",
    "controller overhead p95 (healthy → ready)",
    percentile(overheads, 95),
    "ms",
    "sim load time p50",
    load,
    {
      target: "≤ 1000 ms",
    },
  );
  report(
    "swap",
    "whole swap p50 (request → ready)",
    percentile(wholes, 50),
    "ms",
    "sim load time p50",
    load,
    {
      target: `≤ load + 3000 ms (${(load + 3000).toFixed(0)} ms)`,
    },
  );
  report(
    "swap",
    "whole swap max",
    Math.max(...wholes),
    "ms",
    "sim load time max",
    Math.max(...loads),
    {
      target: "≤ load + 3000 ms",
    },
  );
} finally {
  await deps.close();
  await sim.close();
  await Deno.remove(dataDir, { recursive: true });
}
