import { deepEqual, equal, ok } from "node:assert/strict";
import { openStore } from "../store/mod.ts";
import { SwapJournal } from "./journal.ts";
import { newSwapRecord, type SwapRecord } from "./machine.ts";
import { localRecipe } from "./recipes.ts";

function record(id: string, createdMs: number, recipe = "next"): SwapRecord {
  return newSwapRecord({
    id,
    target: { recipe: localRecipe({ name: recipe, path: `/models/${recipe}` }), solo: true },
    expectedModel: null,
    previous: null,
    previousModel: null,
    targetHosts: ["spark1"],
    previousHosts: [],
    clusterHosts: ["spark1"],
    skipDrain: false,
    etaMs: null,
    loadTimeoutMs: 1000,
  }, createdMs);
}

Deno.test("SwapJournal keeps transitions, the active swap and the load history", () => {
  const store = openStore(":memory:");
  try {
    const j = new SwapJournal(store.db);
    const r = record("a", 1_000);
    j.create(r, "requested");
    equal(j.active()?.id, "a");
    let cur = j.transition(
      r,
      "loading",
      { launchedMs: 2_000, imageId: "sha256:1" },
      "dispatched",
      2_000,
    );
    cur = j.update(cur, { progress: { phase: "weights", percent: 40 } }, 2_500);
    equal(j.get("a")?.progress.percent, 40);
    cur = j.transition(cur, "ready", { readyMs: 9_000, finishedMs: 9_000 }, "ok", 9_000);
    equal(j.active(), undefined);
    deepEqual(j.loadHistory("next"), [7_000]);
    deepEqual(j.lastSuccesses().get("next"), { loadMs: 7_000, imageId: "sha256:1", atMs: 9_000 });
    deepEqual(j.transitions("a").map((t) => `${t.from}>${t.to}`), [
      "null>preflight",
      "preflight>loading",
      "loading>ready",
    ]);
    j.saveLogs("a", "spark1", ["x", "y"], 9_000);
    j.saveLogs("a", "spark1", ["z"], 9_500);
    deepEqual(j.logs("a"), { spark1: ["z"] });
    ok(j.list().length === 1);
  } finally {
    store.close();
  }
});

Deno.test("SwapJournal.active() treats a failed swap that must roll back as still running", () => {
  const store = openStore(":memory:");
  try {
    const j = new SwapJournal(store.db);
    const r = { ...record("b", 1), previous: record("p", 0).target };
    j.create(r, "requested");
    const failed = j.transition(r, "failed", { stopped: true, error: "x" }, "boom", 5);
    equal(j.active()?.id, "b");
    j.transition(failed, "rolling_back", { rollbackAttempted: true }, "rb", 6);
    equal(j.active()?.state, "rolling_back");
    equal(j.serving(), null);
    j.setServing({ spec: r.target, model: "m", hosts: ["spark1"], sinceMs: 7 }, 7);
    equal(j.serving()?.model, "m");
    j.setServing(null, 8);
    equal(j.serving(), null);
  } finally {
    store.close();
  }
});

Deno.test("SwapJournal.active() answers from memory and stays right across writes", () => {
  const store = openStore(":memory:");
  try {
    const journal = new SwapJournal(store.db);
    equal(journal.active(), undefined);
    journal.create(record("s1", 1), "requested");
    equal(journal.active()?.id, "s1", "a new swap is seen at once");
    const done = journal.update(journal.get("s1")!, { state: "ready", finishedMs: 5 }, 5);
    equal(done.state, "ready");
    equal(journal.active(), undefined, "a finished swap is not active any more");
  } finally {
    store.close();
  }
});
