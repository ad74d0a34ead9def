import { deepEqual, equal, match, ok } from "node:assert/strict";
import {
  activity,
  estimateLoad,
  isTerminal,
  newSwapRecord,
  type Observation,
  plan,
  remainingMs,
  type Step,
  type SwapRecord,
} from "./machine.ts";
import { localRecipe } from "./recipes.ts";

const T0 = 1_000_000;
const bounds = { drainMs: 60_000, stopMs: 30_000 };
const next = localRecipe({ name: "next", path: "/models/next" });
const prev = localRecipe({ name: "prev", path: "/models/prev" });

function record(patch: Partial<SwapRecord> = {}): SwapRecord {
  const fresh = newSwapRecord({
    id: "s1",
    target: { recipe: next, solo: true },
    expectedModel: "/models/next",
    previous: { recipe: prev, solo: true },
    previousModel: "/models/prev",
    targetHosts: ["spark1"],
    previousHosts: ["spark1"],
    clusterHosts: ["spark1", "spark2"],
    skipDrain: false,
    etaMs: null,
    loadTimeoutMs: 600_000,
  }, T0);
  return { ...fresh, ...patch };
}

const loading = (patch: Partial<Extract<Observation, { kind: "load" }>> = {}): Observation => ({
  kind: "load",
  containerGone: [],
  processGone: false,
  failure: null,
  health: "refused",
  modelListed: false,
  progress: { phase: "weights", percent: 30 },
  ...patch,
});

function gotoState(step: Step): string {
  return step.kind === "goto" ? step.state : step.kind;
}

Deno.test("plan() walks the happy path preflight → draining → stopping → launching → loading → ready", () => {
  const ok_ = { name: "ssh" as const, host: "spark1", ok: true, message: "ok" };
  equal(
    gotoState(
      plan(record(), { kind: "preflight", checks: [ok_], imageId: "sha256:a" }, T0, bounds),
    ),
    "draining",
  );
  equal(
    gotoState(
      plan(record({ state: "draining" }), { kind: "drain", running: 0, waiting: 0 }, T0, bounds),
    ),
    "stopping",
  );
  const stopped = plan(
    record({ state: "stopping" }),
    { kind: "stop", containersOn: [], portOpen: false },
    T0,
    bounds,
  );
  equal(gotoState(stopped), "launching");
  deepEqual(stopped.kind === "goto" && stopped.patch, { stopped: true });
  const launched = plan(
    record({ state: "launching", stopped: true }),
    { kind: "dispatch", ok: true, alreadyRunning: false, message: "" },
    T0 + 5,
    bounds,
  );
  equal(gotoState(launched), "loading");
  equal(launched.kind === "goto" && launched.patch.launchedMs, T0 + 5);
  const ready = plan(
    record({ state: "loading", stopped: true, launchedMs: T0 }),
    loading({ health: "ok", modelListed: true }),
    T0 + 9,
    bounds,
  );
  equal(gotoState(ready), "ready");
  equal(ready.kind === "goto" && ready.patch.readyMs, T0 + 9);
});

Deno.test("plan() skips the drain on request and fails preflight without stopping anything", () => {
  const good = { name: "image" as const, host: "spark1", ok: true, message: "ok" };
  equal(
    gotoState(
      plan(
        record({ skipDrain: true }),
        { kind: "preflight", checks: [good], imageId: null },
        T0,
        bounds,
      ),
    ),
    "stopping",
  );
  const bad = {
    name: "image" as const,
    host: "spark2",
    ok: false,
    message: "image vllm-node is missing on spark2",
  };
  const step = plan(
    record(),
    { kind: "preflight", checks: [good, bad], imageId: null },
    T0,
    bounds,
  );
  equal(gotoState(step), "failed");
  ok(step.kind === "goto");
  match(step.patch.error ?? "", /nothing was stopped: image vllm-node is missing on spark2/);
  equal(step.patch.stopped, undefined);
  // Failed before stop: terminal, no rollback.
  ok(isTerminal(record({ state: "failed" })));
  equal(plan(record({ state: "failed" }), { kind: "none" }, T0, bounds).kind, "done");
});

Deno.test("plan() drains until idle or until the bound, and stops at once when nothing serves", () => {
  const r = record({ state: "draining" });
  deepEqual(plan(r, { kind: "drain", running: 2, waiting: 1 }, T0 + 59_999, bounds), {
    kind: "wait",
    ms: 1_000,
  });
  equal(
    gotoState(plan(r, { kind: "drain", running: 2, waiting: 1 }, T0 + 60_000, bounds)),
    "stopping",
  );
  equal(
    gotoState(plan(r, { kind: "drain", running: null, waiting: null }, T0, bounds)),
    "stopping",
  );
});

Deno.test("plan() cancels before stop, rolls back when cancelled while stopping, and ignores cancel later", () => {
  equal(
    gotoState(plan(record({ cancelRequested: true }), { kind: "none" }, T0, bounds)),
    "cancelled",
  );
  equal(
    gotoState(
      plan(record({ state: "draining", cancelRequested: true }), { kind: "none" }, T0, bounds),
    ),
    "cancelled",
  );
  const s = plan(
    record({ state: "stopping", cancelRequested: true }),
    { kind: "none" },
    T0,
    bounds,
  );
  equal(gotoState(s), "failed");
  ok(s.kind === "goto" && s.patch.stopped === true);
  const l = plan(
    record({ state: "launching", cancelRequested: true }),
    { kind: "dispatch", ok: true, alreadyRunning: false, message: "" },
    T0,
    bounds,
  );
  equal(gotoState(l), "loading");
});

Deno.test("plan() waits for the stop and fails at the stop bound", () => {
  const r = record({ state: "stopping" });
  deepEqual(
    plan(r, { kind: "stop", containersOn: ["spark2"], portOpen: false }, T0 + 29_999, bounds),
    { kind: "wait", ms: 500 },
  );
  const f = plan(r, { kind: "stop", containersOn: [], portOpen: true }, T0 + 30_000, bounds);
  equal(gotoState(f), "failed");
  ok(f.kind === "goto");
  match(f.patch.error ?? "", /still answers on the vLLM port/);
});

Deno.test("plan() fails a load on a failure line, a vanished container, a 503, a missing process or the timeout", () => {
  const r = record({ state: "loading", stopped: true, launchedMs: T0 });
  const cases: [Partial<Extract<Observation, { kind: "load" }>>, RegExp][] = [
    [
      {
        failure: {
          reason: "The GPU ran out of memory",
          line: "torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB.",
        },
      },
      /^The GPU ran out of memory while loading$/,
    ],
    [{ containerGone: ["spark2"] }, /exited on spark2/],
    [{ health: "unhealthy" }, /503/],
    [{ processGone: true }, /no vLLM process/],
  ];
  for (const [obs, re] of cases) {
    const s = plan(r, loading(obs), T0 + 1, bounds);
    equal(gotoState(s), "failed");
    ok(s.kind === "goto");
    match(s.patch.error ?? "", re);
  }
  equal(plan(r, loading(), T0 + 599_999, bounds).kind, "update");
  equal(gotoState(plan(r, loading(), T0 + 600_000, bounds)), "failed");
});

Deno.test("plan() records progress only when it moves forward", () => {
  const r = record({
    state: "loading",
    launchedMs: T0,
    progress: { phase: "weights", percent: 30 },
  });
  deepEqual(plan(r, loading(), T0 + 1, bounds), { kind: "wait", ms: 200 });
  deepEqual(plan(r, loading({ progress: { phase: "kv_cache", percent: 75 } }), T0 + 1, bounds), {
    kind: "update",
    patch: { progress: { phase: "kv_cache", percent: 75 } },
  });
});

Deno.test("plan() rolls back after a failure past stop: stop, relaunch previous, rolled_back", () => {
  const failed = record({ state: "failed", stopped: true, error: "boom" });
  ok(!isTerminal(failed));
  const toRb = plan(failed, { kind: "none" }, T0, bounds);
  equal(gotoState(toRb), "rolling_back");
  ok(toRb.kind === "goto");
  let r = record({ ...failed, state: "rolling_back", ...toRb.patch });
  deepEqual(activity(r), { kind: "stop", spec: r.target });
  let s = plan(r, { kind: "stop", containersOn: [], portOpen: false }, T0 + 1, bounds);
  ok(s.kind === "update");
  r = { ...r, ...s.patch };
  equal(r.rollback?.phase, "launching");
  deepEqual(activity(r), { kind: "launch", spec: r.previous });
  s = plan(r, { kind: "dispatch", ok: true, alreadyRunning: false, message: "" }, T0 + 2, bounds);
  ok(s.kind === "update");
  r = { ...r, ...s.patch };
  equal(r.rollback?.phase, "loading");
  const act = activity(r);
  ok(act.kind === "load");
  equal(act.expectedModel, "/models/prev");
  equal(act.sinceMs, T0 + 2);
  s = plan(r, loading({ health: "ok", modelListed: true }), T0 + 3, bounds);
  equal(gotoState(s), "rolled_back");
  // A rollback that fails ends in a terminal failed state.
  const bad = plan(r, loading({ containerGone: ["spark1"] }), T0 + 3, bounds);
  equal(gotoState(bad), "failed");
  ok(bad.kind === "goto");
  ok(isTerminal({ ...r, ...bad.patch, state: "failed" }));
});

Deno.test("plan() does not roll back when nothing served before", () => {
  const r = record({ state: "failed", stopped: true, previous: null });
  ok(isTerminal(r));
  equal(plan(r, { kind: "none" }, T0, bounds).kind, "done");
});

Deno.test("plan() asks to observe again when the observation does not fit the state", () => {
  deepEqual(plan(record({ state: "loading" }), { kind: "none" }, T0, bounds), {
    kind: "wait",
    ms: 0,
  });
  deepEqual(
    plan(record({ state: "launching" }), { kind: "drain", running: 0, waiting: 0 }, T0, bounds),
    { kind: "wait", ms: 0 },
  );
});

Deno.test("estimateLoad() uses the median of recent loads and clamps the timeout", () => {
  const b = { defaultMs: 2_700_000, minMs: 300_000, maxMs: 3_600_000 };
  deepEqual(estimateLoad([], b), { etaMs: null, timeoutMs: 2_700_000 });
  deepEqual(estimateLoad([100_000, 200_000, 150_000], b), { etaMs: 150_000, timeoutMs: 520_000 });
  deepEqual(estimateLoad([5_000], b), { etaMs: 5_000, timeoutMs: 300_000 });
  deepEqual(estimateLoad([3_000_000], b), { etaMs: 3_000_000, timeoutMs: 3_600_000 });
  // Only the last five count.
  equal(estimateLoad([9e9, 1, 1, 1, 1, 1], b).etaMs, 1);
});

Deno.test("remainingMs() counts down from the launch and never goes negative", () => {
  equal(remainingMs({ etaMs: null, launchedMs: T0 }, T0), null);
  equal(remainingMs({ etaMs: 10_000, launchedMs: null }, T0), 10_000);
  equal(remainingMs({ etaMs: 10_000, launchedMs: T0 }, T0 + 4_000), 6_000);
  equal(remainingMs({ etaMs: 10_000, launchedMs: T0 }, T0 + 40_000), 0);
});
