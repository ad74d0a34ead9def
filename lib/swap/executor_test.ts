import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { defaultConfig } from "../config/mod.ts";
import { ConflictError, InvalidInputError } from "../errors.ts";
import { EventBus } from "../events/mod.ts";
import { silentLogger } from "../log.ts";
import { openStore, type Store } from "../store/mod.ts";
import type { FakeRunAnswer, FakeRunCall } from "../../tests/fakes.ts";
import { FakeClock, FakeRunner, recordingFetch } from "../../tests/fakes.ts";
import { injectionPayloads } from "../cluster/shell_payloads.ts";
import { SwapController } from "./executor.ts";
import { FAILURE_TEXT } from "./milestones.ts";
import type { SwapRecord } from "./machine.ts";

const RECIPES = [
  "@@sparkctl-file alpha.yaml",
  "name: Alpha\nmodel: org/alpha\ncommand: vllm serve {model}\n",
  "@@sparkctl-file beta.yaml",
  "name: Beta\nmodel: org/beta\ncommand: vllm serve {model}\n",
  "@@sparkctl-env",
  "CLUSTER_NODES=192.0.2.10",
].join("\n");

const LOAD_LOG = [
  "(APIServer pid=1) INFO non-default args: {'model': 'x'}",
  "(EngineCore_DP0 pid=2) INFO Loading safetensors using Fastsafetensor loader: 50% Completed | 2/4",
  "(EngineCore_DP0 pid=2) INFO Model loading took 20.1 GiB and 3.0 seconds",
];

/** A one-node fake cluster: a container flag, a served model and a health switch. */
class World {
  running = true;
  model: string | null = "org/alpha";
  healthy = true;
  imageMissing = false;
  failLoad = false;
  inflight = 0;
  readonly clock = new FakeClock();
  readonly runner = new FakeRunner((call) => this.#answer(call));
  readonly fetch = recordingFetch((req) => this.#http(req));
  readonly events = new EventBus();
  readonly store: Store;
  readonly swap: SwapController;

  constructor(store?: Store) {
    this.store = store ?? openStore(":memory:");
    this.swap = this.controller();
  }

  controller(): SwapController {
    const config = defaultConfig();
    config.hosts = config.hosts.slice(0, 1).map((h) => ({ ...h, address: "192.0.2.10" }));
    return new SwapController({
      runner: this.runner,
      fetch: this.fetch,
      clock: this.clock,
      config: { get: () => config },
      db: this.store.db,
      events: this.events,
      log: silentLogger,
      newId: () => `swap-${this.runner.calls.length}`,
    });
  }

  #answer(call: FakeRunCall): FakeRunAnswer | Promise<FakeRunAnswer> {
    const line = call.line;
    if (line.includes("sparkctl-file")) return RECIPES;
    if (line.includes("docker image inspect")) {
      return [
        "@@image",
        this.imageMissing ? "Error: No such image: vllm-node" : "sha256:abc",
        "@@rc",
        this.imageMissing ? "1" : "0",
        "@@weights",
        "snap1",
        "@@mem",
        "MemTotal: 1000 kB\nMemAvailable: 900 kB",
        "@@ctr",
        this.running ? "vllm_node" : "",
      ].join("\n");
    }
    if (line.includes("launch-cluster.sh stop")) {
      this.running = false;
      this.model = null;
      return "Stopping cluster...\nCluster stopped.";
    }
    if (line.includes("run-recipe.sh")) {
      this.running = true;
      this.healthy = false;
      this.model = /run-recipe\.sh (\S+)/.exec(line)![1] === "beta" ? "org/beta" : "org/alpha";
      return "Command dispatched in background (Daemon mode). Container: vllm_node";
    }
    if (line.startsWith("docker ps")) return this.running ? "vllm_node\n" : "";
    if (line.startsWith("docker logs -f")) {
      if (!this.running) {
        return { code: 1, stderr: "Error response from daemon: No such container" };
      }
      const lines = this.failLoad && this.model === "org/beta"
        ? [
          ...LOAD_LOG.slice(0, 2),
          "RuntimeError: Engine core initialization failed. See root cause above.",
        ]
        : LOAD_LOG;
      call.opts.onStdout?.(lines.join("\n") + "\n");
      return new Promise<FakeRunAnswer>((resolve) =>
        call.opts.signal?.addEventListener("abort", () => resolve({ aborted: true }), {
          once: true,
        })
      );
    }
    if (line.startsWith("docker logs --tail")) return "tail line";
    if (line.startsWith("docker exec")) return "123";
    return { code: 127 };
  }

  #http(req: Request): Response {
    const path = new URL(req.url).pathname;
    if (!this.running || !this.healthy) throw new TypeError("connection refused");
    if (path === "/health") return new Response(null, { status: 200 });
    if (path === "/metrics") return new Response(`vllm:num_requests_running ${this.inflight}\n`);
    if (path === "/v1/models") {
      return Response.json({ object: "list", data: [{ id: this.model, root: this.model }] });
    }
    return new Response("no", { status: 404 });
  }

  /** Lets the loop run (microtasks) and moves the fake clock until `done()` or the step limit. */
  async until(done: () => boolean, stepMs = 200, maxSteps = 2_000): Promise<void> {
    for (let i = 0; i < maxSteps; i++) {
      for (let j = 0; j < 20; j++) await Promise.resolve();
      if (done()) return;
      await this.clock.advance(stepMs);
    }
    throw new Error(`condition not reached; state: ${this.swap.journal.list(1)[0]?.state}`);
  }

  state(id: string): string | undefined {
    return this.swap.journal.get(id)?.state;
  }

  async close(): Promise<void> {
    await this.swap.close();
    this.store.close();
  }
}

Deno.test("SwapController runs a swap through every state, stopping before it launches", async () => {
  const w = new World();
  try {
    w.swap.journal.setServing({
      spec: { recipe: (await w.swap.catalog()).recipes[0], solo: true },
      model: "org/alpha",
      hosts: ["spark1"],
      sinceMs: 0,
    }, 0);
    const v = await w.swap.start({ recipe: "beta" });
    equal(v.state, "preflight");
    // Loading: the container is up but vLLM refuses until we flip it healthy.
    await w.until(() => w.state(v.id) === "loading" && w.swap.get(v.id).percent >= 60);
    equal(w.swap.get(v.id).phase, "Compiling");
    w.healthy = true;
    await w.until(() => w.state(v.id) === "ready");
    deepEqual(w.swap.journal.transitions(v.id).map((t) => t.to), [
      "preflight",
      "draining",
      "stopping",
      "launching",
      "loading",
      "ready",
    ]);
    const lines = w.runner.lines();
    const stopAt = lines.findIndex((l) => l.includes("launch-cluster.sh stop"));
    const launchAt = lines.findIndex((l) => l.includes("run-recipe.sh"));
    ok(stopAt >= 0 && launchAt > stopAt);
    match(lines[launchAt], /\.\/run-recipe\.sh beta -d --solo <\/dev\/null'$/);
    equal(w.swap.journal.serving()?.spec.recipe.name, "beta");
    equal(w.swap.journal.loadHistory("beta").length, 1);
  } finally {
    await w.close();
  }
});

Deno.test("SwapController fails preflight on a missing image and runs nothing that changes the node", async () => {
  const w = new World();
  w.imageMissing = true;
  try {
    const v = await w.swap.start({ recipe: "beta" });
    await w.until(() => w.state(v.id) === "failed");
    match(w.swap.get(v.id).error ?? "", /nothing was stopped.*Build now/);
    ok(!w.runner.lines().some((l) => /launch-cluster\.sh|run-recipe\.sh/.test(l)));
    equal(w.running, true);
  } finally {
    await w.close();
  }
});

Deno.test("SwapController rolls back to the previous recipe when the new one fails to load", async () => {
  const w = new World();
  w.failLoad = true;
  try {
    const alpha = (await w.swap.catalog()).recipes[0];
    w.swap.journal.setServing(
      { spec: { recipe: alpha, solo: true }, model: "org/alpha", hosts: ["spark1"], sinceMs: 0 },
      0,
    );
    const phases: string[] = [];
    w.events.subscribe((e) => {
      const swap = (e?.data as { swap?: { state: string; phase: string } } | undefined)?.swap;
      if (e?.type === "swap" && swap?.state === "rolling_back") phases.push(swap.phase);
    });
    const v = await w.swap.start({ recipe: "beta", skipDrain: true });
    await w.until(() => w.swap.journal.get(v.id)?.rollback?.phase === "loading");
    w.healthy = true;
    await w.until(() => w.state(v.id) === "rolled_back");
    // The progress line speaks the owner's language, never a raw state name.
    ok(phases.length > 0);
    for (const p of phases) {
      match(p, /^Relaunching the previous model: (stopping the failed model|starting it|[a-z].*)$/);
    }
    ok(!phases.some((p) => /: (stopping|launching)$/.test(p)), phases.join(" | "));
    const rec = w.swap.get(v.id);
    // The owner gets the plain-English reason; the raw vLLM line is kept in the log tail.
    equal(rec.error, `${FAILURE_TEXT.init_failed} while loading`);
    ok(rec.logTails.spark1.some((l) => l.includes("Engine core initialization failed")));
    deepEqual(
      w.runner.lines().filter((l) => l.includes("run-recipe.sh")).map((l) =>
        /run-recipe\.sh (\S+)/.exec(l)![1]
      ),
      ["beta", "alpha"],
    );
    equal(w.swap.journal.serving()?.spec.recipe.name, "alpha");
  } finally {
    await w.close();
  }
});

Deno.test("SwapController cancels during the drain without stopping anything", async () => {
  const w = new World();
  w.inflight = 1; // the drain waits for this request
  try {
    const v = await w.swap.start({ recipe: "beta" });
    await w.until(() => w.state(v.id) === "draining");
    w.swap.cancel(v.id);
    await w.until(() => w.state(v.id) === "cancelled");
    ok(!w.runner.lines().some((l) => /launch-cluster\.sh|run-recipe\.sh/.test(l)));
  } finally {
    await w.close();
  }
});

Deno.test("SwapController refuses bad input before any command runs, and a second swap", async () => {
  const w = new World();
  try {
    for (const p of injectionPayloads()) {
      await rejects(w.swap.start({ recipe: p }), InvalidInputError);
      await rejects(
        w.swap.start({ recipe: "beta", extraArgs: [{ flag: "--served-model-name", value: p }] }),
        InvalidInputError,
      );
    }
    equal(w.runner.calls.length, 0);
    await rejects(w.swap.start({ recipe: "nope" }), InvalidInputError);
    const first = w.swap.start({ recipe: "beta" });
    await rejects(w.swap.start({ recipe: "alpha" }), ConflictError);
    await first;
    await rejects(w.swap.start({ recipe: "alpha" }), ConflictError);
  } finally {
    await w.close();
  }
});

Deno.test("SwapController holds chats from the stop until ready, and lets them through before", async () => {
  const w = new World();
  try {
    equal(w.swap.awaitReady("org/beta", new AbortController().signal), undefined);
    const v = await w.swap.start({ recipe: "beta", skipDrain: true });
    await w.until(() => w.state(v.id) === "loading");
    let released = false;
    const waiting = w.swap.awaitReady("org/beta", new AbortController().signal);
    ok(waiting);
    waiting.then(() => released = true);
    await w.until(() => w.swap.get(v.id).percent > 0);
    equal(released, false);
    w.healthy = true;
    await w.until(() => released);
    equal(w.state(v.id), "ready");
  } finally {
    await w.close();
  }
});

Deno.test("SwapController re-adopts a loading swap from the journal without launching again", async () => {
  const w = new World();
  try {
    const v = await w.swap.start({ recipe: "beta", skipDrain: true });
    await w.until(() => w.state(v.id) === "loading");
    await w.swap.close();
    const launches = w.runner.lines().filter((l) => l.includes("run-recipe.sh")).length;
    const again = w.controller();
    await again.resume();
    w.healthy = true;
    await w.until(() => again.journal.get(v.id)?.state === "ready");
    equal(w.runner.lines().filter((l) => l.includes("run-recipe.sh")).length, launches);
    await again.close();
  } finally {
    w.store.close();
  }
});

Deno.test("SwapController re-adopts a swap caught between 'launching' and the dispatch", async () => {
  const w = new World();
  try {
    const v = await w.swap.start({ recipe: "beta", skipDrain: true });
    await w.until(() => w.state(v.id) === "launching" || w.state(v.id) === "loading");
    await w.swap.close();
    // Pretend the controller died right after writing `launching`, before dispatching.
    const rec = w.swap.journal.get(v.id)!;
    w.store.db.prepare("UPDATE swaps SET state = 'launching', record = ? WHERE id = ?").run(
      JSON.stringify({ ...rec, state: "launching", launchedMs: null } satisfies SwapRecord),
      v.id,
    );
    w.running = false;
    const again = w.controller();
    await again.resume();
    await w.until(() => again.journal.get(v.id)?.state === "loading");
    w.healthy = true;
    await w.until(() => again.journal.get(v.id)?.state === "ready");
    equal(w.runner.lines().filter((l) => l.includes("run-recipe.sh")).length, 2);
    await again.close();
  } finally {
    w.store.close();
  }
});
