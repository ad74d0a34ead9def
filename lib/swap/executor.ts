/**
 * The swap executor: carries out what `machine.ts` decides. Every side
 * effect goes through the injected CommandRunner (SSH), fetch (vLLM HTTP)
 * and Clock, so unit tests drive it with fakes and no sleeps. Each state
 * change is written to the journal before the executor acts on it, so a
 * controller restarted at any point re-adopts the swap from its record.
 */
import type { DatabaseSync } from "node:sqlite";
import type { Clock } from "../clock.ts";
import type { Config } from "../config/mod.ts";
import {
  ConflictError,
  HostUnreachableError,
  InvalidInputError,
  NotFoundError,
} from "../errors.ts";
import type { Logger } from "../log.ts";
import type { CommandRunner, RunResult } from "../cluster/runner.ts";
import { quote, validateModelId, validateRecipeName } from "../cluster/shell.ts";
import { gaugeSum, parseMemInfo, sections } from "./_probe.ts";
import {
  classify,
  describeDiscovery,
  type Discovery,
  discoveryScript,
  parseSsOwner,
} from "./discovery.ts";
import { type Serving, SwapJournal } from "./journal.ts";
import {
  DEFAULT_VLLM_PORT,
  dispatched,
  type ExtraArg,
  extraArgsArgv,
  launchArgv,
  launcherError,
  type LaunchOverrides,
  launchScript,
  type LaunchSpec,
  stopScript,
} from "./launch.ts";
import {
  type Activity,
  activity,
  cancellable,
  estimateLoad,
  isTerminal,
  type LegPhase,
  type MachineBounds,
  modelMatches,
  newSwapRecord,
  type Observation,
  plan,
  type PreflightCheck,
  remainingMs,
  type SwapRecord,
} from "./machine.ts";
import {
  advance,
  FAILURE_TEXT,
  type LoadProgress,
  parseLogLine,
  PHASE_LABELS,
  START_PROGRESS,
} from "./milestones.ts";
import {
  fitProblem,
  localRecipe,
  parseRecipesOutput,
  readRecipesScript,
  type Recipe,
  type RecipeCatalog,
  runsSolo,
  shellPath,
} from "./recipes.ts";

/** What a caller asks for. */
export interface SwapRequest {
  /** A recipe name, or `local/<name>` for a configured local model. */
  recipe: string;
  solo?: boolean;
  skipDrain?: boolean;
  overrides?: LaunchOverrides;
  extraArgs?: ExtraArg[];
}

/** A swap as the API and the dashboard see it. */
export interface SwapView {
  id: string;
  state: SwapRecord["state"];
  recipe: string;
  title: string;
  model: string | null;
  previous: string | null;
  solo: boolean;
  createdMs: number;
  stateSinceMs: number;
  elapsedMs: number;
  launchedMs: number | null;
  readyMs: number | null;
  finishedMs: number | null;
  /** Plain-English phase for the progress bar. */
  phase: string;
  percent: number;
  etaMs: number | null;
  remainingMs: number | null;
  error: string | null;
  rollbackError: string | null;
  checks: PreflightCheck[];
  cancellable: boolean;
  terminal: boolean;
}

/** A recipe as the picker shows it, with what history says about it. */
export interface RecipeView extends Recipe {
  lastLoadMs: number | null;
  lastImageId: string | null;
  lastSwapMs: number | null;
  /** Expected downtime of a swap to it (ms), for the confirm sentence. */
  expectedDowntimeMs: number | null;
}

/** What `/api/recipes` returns. */
export interface RecipeList {
  recipes: RecipeView[];
  problems: RecipeCatalog["problems"];
  nodes: number;
  envPresent: boolean;
}

/** The dashboard's view of the swap subsystem. */
export interface SwapStatus {
  active: SwapView | null;
  serving: { recipe: string; model: string | null } | null;
  discovery: (Discovery & { text: string; fix: string | null }) | null;
  log: LogLine[];
}

/** One container log line shown in the live log. */
export interface LogLine {
  host: string;
  line: string;
}

/** What the executor needs from the outside world. */
export interface SwapControllerOptions {
  runner: CommandRunner;
  fetch: typeof fetch;
  clock: Clock;
  config: { get(): Config };
  db: DatabaseSync;
  events: { publish(type: string, data: unknown): unknown };
  log: Logger;
  newId?: () => string;
}

/** How many log lines per node are kept with a failed swap. */
export const LOG_TAIL_LINES = 200;

const CONTAINER_CHECK_MS = 2_000;
const HTTP_TIMEOUT_MS = 3_000;
const COMMAND_TIMEOUT_MS = 120_000;

interface Follower {
  host: string;
  lines: string[];
  progress: LoadProgress;
  failure: { reason: string; line: string } | null;
  ctl: AbortController;
  done: Promise<void>;
}

interface LegState {
  key: string;
  followers: Map<string, Follower>;
  lastContainerCheckMs: number;
  containerGone: string[];
  processMissingSinceMs: number | null;
  processGone: boolean;
}

/** Runs swaps one at a time; see lib/swap/README.md for the states. */
export class SwapController {
  readonly journal: SwapJournal;
  #o: SwapControllerOptions;
  #busy = false;
  #loop: { id: string; ctl: AbortController; done: Promise<void> } | null = null;
  #issued = new Set<string>();
  #leg: LegState | null = null;
  #liveLog: LogLine[] = [];
  #discovery: Discovery | null = null;
  #waiters = new Set<() => void>();
  #closed = false;

  constructor(opts: SwapControllerOptions) {
    this.#o = opts;
    this.journal = new SwapJournal(opts.db);
  }

  // ---------------------------------------------------------------- recipes

  /** Reads the recipes (and `.env`) from the head node, plus configured local models. */
  async catalog(): Promise<RecipeCatalog> {
    const cfg = this.#o.config.get();
    const head = this.#head();
    const res = await this.#o.runner.run(head, { script: readRecipesScript(cfg.vllm.repoDir) }, {
      timeoutMs: 30_000,
    });
    if (res.code === 3) {
      throw new HostUnreachableError(
        head,
        `The launcher checkout ${cfg.vllm.repoDir} does not exist on "${head}"`,
      );
    }
    const catalog = parseRecipesOutput(res.stdout);
    for (const m of cfg.swap.localModels) {
      catalog.recipes.push({ ...localRecipe(m), name: `local/${m.name}` });
    }
    return catalog;
  }

  /** The recipes with their history, for `/api/recipes`. */
  async recipes(): Promise<RecipeList> {
    const catalog = await this.catalog();
    const last = this.journal.lastSuccesses();
    const cfg = this.#o.config.get();
    const recipes = catalog.recipes.map((r): RecipeView => {
      const l = last.get(r.name);
      const est = estimateLoad(this.journal.loadHistory(r.name), this.#timeoutBounds(cfg));
      return {
        ...r,
        lastLoadMs: l?.loadMs ?? null,
        lastImageId: l?.imageId ?? null,
        lastSwapMs: l?.atMs ?? null,
        expectedDowntimeMs: est.etaMs,
      };
    });
    return {
      recipes,
      problems: catalog.problems,
      nodes: this.#nodeCount(catalog),
      envPresent: catalog.env.present,
    };
  }

  // ---------------------------------------------------------------- swaps

  /**
   * Starts a swap: validates every input before any command runs (400),
   * refuses while another swap runs (409), resolves the recipe, writes the
   * journal record and drives it in the background.
   */
  async start(req: SwapRequest): Promise<SwapView> {
    const name = validateRecipeName(req.recipe, "recipe");
    extraArgsArgv(req.extraArgs ?? []);
    // Builds a throwaway command so overrides are checked before anything runs.
    launchArgv({
      recipe: { ...localRecipe({ name: "check", path: "/check" }), name, kind: "recipe" },
      solo: true,
      overrides: req.overrides,
    });
    if (this.#closed) throw new ConflictError("The controller is shutting down");
    if (this.#busy || this.journal.active()) {
      throw new ConflictError("A model swap is already running; wait for it or cancel it");
    }
    this.#busy = true;
    try {
      const catalog = await this.catalog();
      const recipe = catalog.recipes.find((r) => r.name === name);
      if (!recipe) {
        throw new InvalidInputError(`There is no recipe named "${name}" on the head node`, {
          param: "recipe",
        });
      }
      if (recipe.model && recipe.kind === "local") validateModelId(recipe.model);
      const nodes = this.#nodeCount(catalog);
      const solo = runsSolo(recipe, nodes, req.solo === true);
      const cfg = this.#o.config.get();
      const hosts = this.#clusterHosts(nodes);
      const previous = this.journal.serving() ?? this.#servingFromDiscovery(catalog, hosts);
      const now = this.#o.clock.now();
      const est = estimateLoad(this.journal.loadHistory(recipe.name), this.#timeoutBounds(cfg));
      const target: LaunchSpec = {
        recipe,
        solo,
        overrides: req.overrides,
        extraArgs: req.extraArgs,
      };
      const record = newSwapRecord({
        id: this.#o.newId?.() ?? crypto.randomUUID(),
        target,
        expectedModel: expectedModel(target),
        previous: previous?.spec ?? null,
        previousModel: previous?.model ?? null,
        targetHosts: solo ? hosts.slice(0, 1) : hosts.slice(0, Math.max(2, recipe.nodesWanted)),
        previousHosts: previous?.hosts ?? hosts.slice(0, 1),
        clusterHosts: hosts,
        skipDrain: req.skipDrain === true,
        etaMs: est.etaMs,
        loadTimeoutMs: est.timeoutMs,
      }, now);
      this.journal.create(record, `swap to ${recipe.name} requested`);
      this.#liveLog = [];
      this.#publish(record);
      this.#drive(record.id);
      return this.view(record);
    } finally {
      // From here the journal's active record is what makes the next start a 409.
      this.#busy = false;
    }
  }

  /** One swap with its transitions and (for failed swaps) the kept log tails. */
  get(id: string) {
    const r = this.journal.get(id);
    if (!r) throw new NotFoundError(`No swap with id "${id}"`);
    const active = this.#loop?.id === id;
    return {
      ...this.view(r),
      transitions: this.journal.transitions(id),
      logTails: this.journal.logs(id),
      log: active ? this.#liveLog.slice(-LOG_TAIL_LINES) : [],
    };
  }

  /** The newest swaps. */
  list(limit = 50): SwapView[] {
    return this.journal.list(limit).map((r) => this.view(r));
  }

  /** Asks a swap to stop before its launch; 409 once it is past that point. */
  cancel(id: string): SwapView {
    const r = this.journal.get(id);
    if (!r) throw new NotFoundError(`No swap with id "${id}"`);
    if (!cancellable(r)) {
      throw new ConflictError(
        isTerminal(r)
          ? `The swap already ended (${r.state})`
          : "The new model is already launching; it can no longer be cancelled",
      );
    }
    const next = this.journal.update(r, { cancelRequested: true }, this.#o.clock.now());
    this.#publish(next);
    return this.view(next);
  }

  /** The dashboard's summary: active swap, what serves, discovery. */
  status(): SwapStatus {
    const active = this.journal.active();
    const serving = this.journal.serving();
    const d = this.#discovery;
    return {
      active: active ? this.view(active) : null,
      serving: serving ? { recipe: serving.spec.recipe.name, model: serving.model } : null,
      discovery: d ? { ...d, ...describeDiscovery(d) } : null,
      log: active ? this.#liveLog.slice(-50) : [],
    };
  }

  /**
   * True from the moment a swap stops vLLM until the swap ends: the
   * dashboard shows vLLM as loading then, not down.
   */
  vllmStopped(): boolean {
    const r = this.journal.active();
    return r !== undefined && r.state !== "preflight" && r.state !== "draining";
  }

  /**
   * For the gateway: undefined when chats can go through now, else a
   * promise that settles when the swap ends. While the old model still
   * serves (preflight, drain) requests pass; from the stop on they wait.
   */
  awaitReady(_model: string | undefined, signal: AbortSignal): Promise<void> | undefined {
    if (!this.vllmStopped()) return undefined;
    return new Promise<void>((resolve, reject) => {
      const done = () => {
        this.#waiters.delete(done);
        signal.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        this.#waiters.delete(done);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener("abort", onAbort, { once: true });
      this.#waiters.add(done);
    });
  }

  /** Re-adopts an unfinished swap from the journal, or discovers what runs. */
  async resume(): Promise<void> {
    const active = this.journal.active();
    if (active) {
      this.#o.log.info("re-adopting swap from the journal", { id: active.id, state: active.state });
      this.#publish(active);
      this.#drive(active.id);
      return;
    }
    await this.discover();
  }

  /** Looks at the head node and the vLLM port; remembers and publishes the result. */
  async discover(): Promise<Discovery> {
    const now = () => this.#o.clock.now();
    let d: Discovery;
    try {
      const cfg = this.#o.config.get();
      const res = await this.#o.runner.run(this.#head(), {
        script: discoveryScript(cfg.vllm.container, this.#vllmPort()),
      }, { timeoutMs: 20_000 });
      const s = sections(res.stdout);
      const ctr = (s.get("ctr") ?? "").split("\n").filter(Boolean);
      const hosts = ctr.length > 0 ? [this.#head()] : [];
      for (const h of this.#o.config.get().hosts) {
        if (h.id === this.#head() || h.role !== "worker" || h.address === "") continue;
        // Workers are asked only when the head shows a container: a lone worker container is rare.
        if (ctr.length > 0 && (await this.#containerRunning(h.id))) hosts.push(h.id);
      }
      const proc = s.get("proc") ?? "";
      const probe = await this.#probeHttp();
      let recipes: Recipe[] = [];
      if (probe.models && probe.models.length > 0) {
        recipes = await this.catalog().then((c) => c.recipes, () => []);
      }
      d = classify(
        {
          containerOn: hosts,
          vllmProcess: ctr.length > 0 ? /^\d+$/m.test(proc.replace(/@@rc.*$/m, "")) : null,
          portOpen: probe.open,
          models: probe.models?.map((m) => m.id) ?? null,
          portOwner: parseSsOwner(s.get("port") ?? ""),
        },
        now(),
        (model) => recipes.find((r) => modelMatchesRecipe(r, model))?.name ?? null,
      );
      if (d.kind === "serving" && d.recipe && !this.journal.serving()) {
        const recipe = recipes.find((r) => r.name === (d as { recipe: string }).recipe)!;
        this.journal.setServing({
          spec: { recipe, solo: hosts.length <= 1 },
          model: d.model,
          hosts,
          sinceMs: now(),
        }, now());
      }
      if (d.kind === "idle" && this.journal.serving()) this.journal.setServing(null, now());
    } catch (err) {
      d = { kind: "unknown", atMs: now(), message: (err as Error).message };
    }
    this.#discovery = d;
    this.#o.events.publish("swap", {
      kind: "discovery",
      discovery: { ...d, ...describeDiscovery(d) },
    });
    return d;
  }

  /** The one-click fixes: stop an empty container, or the program squatting on the port. */
  async fix(problem: "orphan_container" | "foreign_process"): Promise<Discovery> {
    if (this.#busy || this.journal.active()) {
      throw new ConflictError("A model swap is running; fixes wait until it ends");
    }
    const d = await this.discover();
    if (d.kind !== problem) {
      throw new ConflictError(
        `That problem is no longer there (now: ${describeDiscovery(d).text})`,
      );
    }
    const cfg = this.#o.config.get();
    if (d.kind === "orphan_container") {
      await this.#o.runner.run(this.#head(), { script: stopScript(cfg.vllm.repoDir) }, {
        timeoutMs: COMMAND_TIMEOUT_MS,
      });
    } else if (d.kind === "foreign_process") {
      if (d.pid === null) {
        throw new ConflictError("The program on the port could not be identified; stop it by hand");
      }
      await this.#o.runner.run(this.#head(), { argv: ["kill", String(d.pid)] }, {
        timeoutMs: 10_000,
      });
    }
    return await this.discover();
  }

  /** Stops driving (the journal keeps the state, so the next start re-adopts). */
  async close(): Promise<void> {
    this.#closed = true;
    const loop = this.#loop;
    loop?.ctl.abort();
    this.#stopFollowers();
    await loop?.done;
    for (const w of [...this.#waiters]) w();
  }

  /** The API's view of a record. */
  view(r: SwapRecord): SwapView {
    const now = this.#o.clock.now();
    const leg = r.state === "rolling_back" ? r.rollback : null;
    const progress = leg ? leg.progress : r.progress;
    return {
      id: r.id,
      state: r.state,
      recipe: r.target.recipe.name,
      title: r.target.recipe.title,
      model: r.expectedModel,
      previous: r.previous?.recipe.name ?? null,
      solo: r.target.solo,
      createdMs: r.createdMs,
      stateSinceMs: r.stateSinceMs,
      elapsedMs: (r.finishedMs ?? now) - r.createdMs,
      launchedMs: r.launchedMs,
      readyMs: r.readyMs,
      finishedMs: r.finishedMs,
      phase: phaseText(r, progress),
      percent: r.state === "ready" || r.state === "rolled_back" ? 100 : progress.percent,
      etaMs: r.etaMs,
      remainingMs: isTerminal(r) ? null : remainingMs(r, now),
      error: r.error,
      rollbackError: r.rollbackError,
      checks: r.checks,
      cancellable: cancellable(r) && !r.cancelRequested,
      terminal: isTerminal(r),
    };
  }

  // ---------------------------------------------------------------- the loop

  #drive(id: string): void {
    const ctl = new AbortController();
    const done = this.#run(id, ctl.signal).catch((err) => {
      if (!ctl.signal.aborted) this.#o.log.error("swap loop crashed", { id, error: String(err) });
    }).finally(() => {
      // A new swap may already have started (the terminal event went out first): leave it alone.
      if (this.#loop?.id !== id) return;
      this.#loop = null;
      this.#stopFollowers();
    });
    this.#loop = { id, ctl, done };
  }

  async #run(id: string, signal: AbortSignal): Promise<void> {
    const clock = this.#o.clock;
    while (!signal.aborted) {
      let r = this.journal.get(id);
      if (!r) return;
      const act = activity(r);
      let obs: Observation;
      try {
        obs = await this.#observe(r, act, signal);
      } catch (err) {
        if (signal.aborted) return;
        obs = { kind: "none" };
        const message = (err as Error).message;
        if (
          r.state === "loading" || (r.state === "rolling_back" && r.rollback?.phase === "loading")
        ) {
          // An SSH blip while loading is not a failed load; the timeout still bounds it.
          this.#o.log.warn("swap observation failed; retrying", { id, error: message });
          await clock.sleep(1_000, signal).catch(() => {});
          continue;
        }
        if (r.state === "rolling_back") {
          r = this.journal.transition(
            r,
            "failed",
            {
              rollbackError: message,
              finishedMs: clock.now(),
            },
            `rollback failed: ${message}`,
            clock.now(),
          );
        } else if (act.kind !== "none") {
          r = this.journal.transition(
            r,
            "failed",
            {
              error: message,
              finishedMs: clock.now(),
              stopped: r.stopped || r.state === "stopping" || r.state === "launching",
            },
            message,
            clock.now(),
          );
        }
        this.#publish(r);
        continue;
      }
      if (signal.aborted) return;
      // Re-read: a cancel may have arrived while observing.
      r = this.journal.get(id) ?? r;
      const step = plan(r, obs, clock.now(), this.#bounds());
      if (step.kind === "done") {
        this.#finish(r);
        this.#publish(r);
        return;
      }
      if (step.kind === "wait") {
        if (step.ms > 0) await clock.sleep(step.ms, signal).catch(() => {});
        continue;
      }
      if (step.kind === "update") {
        const next = this.journal.update(r, step.patch, clock.now());
        if (next.rollback?.phase !== r.rollback?.phase) {
          this.#transitionNote(next, `rollback: ${next.rollback?.phase}`);
        }
        this.#publish(next);
        continue;
      }
      const next = this.journal.transition(r, step.state, step.patch, step.reason, clock.now());
      this.#o.log.info("swap state", { id, from: r.state, to: next.state, reason: step.reason });
      if (next.state === "failed" && next.stopped) {
        await this.#keepLogTails(next, signal);
      }
      if (isTerminal(next)) {
        // Serving is recorded before the event, so a client reacting to it sees the new state.
        this.#finish(next);
        this.#stopFollowers();
        this.#publish(next);
        return;
      }
      this.#publish(next);
    }
  }

  #finish(r: SwapRecord): void {
    const now = this.#o.clock.now();
    if (r.state === "ready") {
      this.journal.setServing({
        spec: r.target,
        model: r.expectedModel,
        hosts: r.targetHosts,
        sinceMs: now,
      }, now);
      this.#discovery = null;
    } else if (r.state === "rolled_back" && r.previous) {
      this.journal.setServing({
        spec: r.previous,
        model: r.previousModel,
        hosts: r.previousHosts,
        sinceMs: now,
      }, now);
    } else if (r.stopped) {
      this.journal.setServing(null, now);
    }
    for (const w of [...this.#waiters]) w();
  }

  #transitionNote(r: SwapRecord, reason: string): void {
    this.#o.log.info("swap rollback", { id: r.id, reason });
  }

  async #observe(r: SwapRecord, act: Activity, signal: AbortSignal): Promise<Observation> {
    switch (act.kind) {
      case "preflight":
        return await this.#preflight(r);
      case "drain":
        return await this.#drain(signal);
      case "stop":
        return await this.#stop(r, signal);
      case "launch":
        return await this.#launch(r, act.spec, signal);
      case "load":
        return await this.#load(r, act, signal);
      case "none":
        return { kind: "none" };
    }
  }

  // ---------------------------------------------------------------- preflight

  async #preflight(r: SwapRecord): Promise<Observation> {
    const checks: PreflightCheck[] = [];
    const recipe = r.target.recipe;
    let catalog: RecipeCatalog;
    try {
      catalog = await this.catalog();
    } catch (err) {
      checks.push({ name: "ssh", host: this.#head(), ok: false, message: (err as Error).message });
      return { kind: "preflight", checks, imageId: null };
    }
    checks.push(
      catalog.env.present
        ? { name: "env", host: this.#head(), ok: true, message: "launcher .env present" }
        : {
          name: "env",
          host: this.#head(),
          ok: false,
          message: "the launcher has no .env, so it would stop to ask about discovery",
        },
    );
    if (recipe.kind === "recipe" && !catalog.recipes.some((x) => x.name === recipe.name)) {
      checks.push({
        name: "recipe",
        host: null,
        ok: false,
        message: `recipe ${recipe.name} no longer exists`,
      });
    }
    const nodes = this.#nodeCount(catalog);
    const fit = fitProblem(recipe, nodes, r.target.solo);
    checks.push({
      name: "nodes",
      host: null,
      ok: fit === null,
      message: fit ?? `${nodes} node(s)`,
    });
    const util = r.target.overrides?.gpuMemoryUtilization ?? recipe.gpuMemoryUtilization ?? 0.8;
    const results = await Promise.all(r.targetHosts.map((h) => this.#hostPreflight(h, r, util)));
    for (const c of results) checks.push(...c.checks);
    const ids = new Set(results.map((x) => x.imageId).filter((x): x is string => x !== null));
    if (ids.size > 1) {
      checks.push({
        name: "image",
        host: null,
        ok: false,
        message:
          `image ${recipe.image} differs between nodes (the launcher would refuse: not in sync)`,
      });
    }
    return { kind: "preflight", checks, imageId: results[0]?.imageId ?? null };
  }

  async #hostPreflight(
    host: string,
    r: SwapRecord,
    util: number,
  ): Promise<{ checks: PreflightCheck[]; imageId: string | null }> {
    const cfg = this.#o.config.get();
    const recipe = r.target.recipe;
    const model = recipe.model;
    let weights = "";
    if (model && (model.startsWith("/") || model.startsWith("~/"))) {
      weights = `ls -1A -- ${shellPath(model)} 2>/dev/null | head -n 1`;
    } else if (model) {
      const dir = `${cfg.swap.hfCacheDir}/hub/models--${model.replace("/", "--")}/snapshots`;
      weights = `ls -1A -- ${shellPath(dir)} 2>/dev/null | head -n 1`;
    }
    const script = [
      `echo @@image; docker image inspect --format '{{.Id}}' ${
        quote(recipe.image)
      } 2>&1; echo "@@rc"; echo $?`,
      `echo @@weights; ${weights || "echo skipped"}`,
      "echo @@mem; cat /proc/meminfo",
      `echo @@ctr; docker ps --filter name=${
        quote(`^${cfg.vllm.container}$`)
      } --format '{{.Names}}'`,
    ].join("\n");
    let res: RunResult;
    try {
      res = await this.#o.runner.run(host, { script }, { timeoutMs: 30_000 });
    } catch (err) {
      return {
        checks: [{ name: "ssh", host, ok: false, message: (err as Error).message }],
        imageId: null,
      };
    }
    const checks: PreflightCheck[] = [{ name: "ssh", host, ok: true, message: "reachable" }];
    const s = sections(res.stdout);
    const image = s.get("image") ?? "";
    const imageOk = s.get("rc") === "0" && /^sha256:[0-9a-f]+$/m.test(image);
    const imageId = imageOk ? image.split("\n")[0].trim() : null;
    checks.push({
      name: "image",
      host,
      ok: imageOk,
      message: imageOk
        ? `image ${recipe.image} ${imageId?.slice(0, 19)}`
        : `image ${recipe.image} is missing on ${host} (the launcher would stop to ask "Build now?")`,
    });
    if (model) {
      const found = (s.get("weights") ?? "").trim() !== "";
      checks.push({
        name: "weights",
        host,
        ok: found,
        message: found ? `weights of ${model} present` : `weights of ${model} are not on ${host}`,
      });
    }
    const mem = parseMemInfo(s.get("mem") ?? "");
    const running = (s.get("ctr") ?? "").trim() !== "";
    if (running) {
      checks.push({
        name: "memory",
        host,
        ok: true,
        message: "freed when the current model stops",
      });
    } else if (mem.totalBytes === null || mem.availableBytes === null) {
      checks.push({ name: "memory", host, ok: true, message: "memory could not be read" });
    } else {
      const need = util * mem.totalBytes;
      const ok = mem.availableBytes >= need;
      const gib = (n: number) => `${(n / 2 ** 30).toFixed(1)} GiB`;
      checks.push({
        name: "memory",
        host,
        ok,
        message: ok
          ? `${gib(mem.availableBytes)} free`
          : `${host} has ${gib(mem.availableBytes)} free but the model reserves ${
            gib(need)
          } (gpu memory utilisation ${util})`,
      });
    }
    return { checks, imageId };
  }

  // ---------------------------------------------------------------- drain, stop, launch

  async #drain(signal: AbortSignal): Promise<Observation> {
    const base = this.#base();
    try {
      const res = await this.#fetch(`${base}/metrics`, signal);
      if (!res.ok) {
        await res.body?.cancel();
        return { kind: "drain", running: null, waiting: null };
      }
      const text = await res.text();
      return {
        kind: "drain",
        running: gaugeSum(text, "vllm:num_requests_running") ?? 0,
        waiting: gaugeSum(text, "vllm:num_requests_waiting") ?? 0,
      };
    } catch {
      return { kind: "drain", running: null, waiting: null }; // nothing answers: nothing to drain
    }
  }

  async #stop(r: SwapRecord, signal: AbortSignal): Promise<Observation> {
    const cfg = this.#o.config.get();
    const key = `${r.id}:stop:${r.state}:${r.rollback?.sinceMs ?? r.stateSinceMs}`;
    if (!this.#issued.has(key)) {
      this.#issued.add(key);
      this.#stopFollowers();
      const res = await this.#o.runner.run(this.#head(), { script: stopScript(cfg.vllm.repoDir) }, {
        timeoutMs: COMMAND_TIMEOUT_MS,
        signal,
      });
      this.#appendLog(this.#head(), (res.stdout + res.stderr).split("\n").filter(Boolean));
    }
    const containersOn: string[] = [];
    await Promise.all(r.clusterHosts.map(async (h) => {
      if (await this.#containerRunning(h)) containersOn.push(h);
    }));
    const portOpen = (await this.#probeHttp(signal, false)).open;
    return { kind: "stop", containersOn, portOpen };
  }

  async #launch(r: SwapRecord, spec: LaunchSpec, signal: AbortSignal): Promise<Observation> {
    const cfg = this.#o.config.get();
    const key = `${r.id}:launch:${r.state}:${r.rollback?.sinceMs ?? r.stateSinceMs}`;
    if (!this.#issued.has(key)) {
      // After a restart the launch may already have been dispatched: never launch twice
      // (the launcher would exec a second server in the running container, §2.3).
      if (await this.#containerRunning(this.#head())) {
        this.#issued.add(key);
        return { kind: "dispatch", ok: true, alreadyRunning: true, message: "" };
      }
    }
    this.#issued.add(key);
    const res = await this.#o.runner.run(
      this.#head(),
      { script: launchScript(cfg.vllm.repoDir, spec) },
      { timeoutMs: COMMAND_TIMEOUT_MS, signal },
    );
    const out = `${res.stdout}\n${res.stderr}`;
    this.#appendLog(this.#head(), out.split("\n").filter(Boolean));
    if (res.code === 0 && dispatched(out)) {
      return { kind: "dispatch", ok: true, alreadyRunning: false, message: "" };
    }
    const why = launcherError(out) ??
      (res.timedOut ? "the launcher did not return in time" : lastLine(out)) ??
      `the launcher exited with code ${res.code}`;
    return { kind: "dispatch", ok: false, alreadyRunning: false, message: why };
  }

  // ---------------------------------------------------------------- loading

  async #load(
    r: SwapRecord,
    act: Extract<Activity, { kind: "load" }>,
    signal: AbortSignal,
  ): Promise<Observation> {
    const key = `${r.id}:${r.state}:${act.sinceMs}`;
    if (this.#leg?.key !== key) {
      this.#stopFollowers();
      this.#leg = {
        key,
        followers: new Map(),
        lastContainerCheckMs: 0,
        containerGone: [],
        processMissingSinceMs: null,
        processGone: false,
      };
      for (const h of act.hosts) this.#leg.followers.set(h, this.#follow(h, act.sinceMs));
    }
    const leg = this.#leg;
    const now = this.#o.clock.now();
    const probe = await this.#probeHttp(signal, true);
    const ready = probe.health === "ok" && modelMatches(act.expectedModel, probe.models ?? []);
    if (!ready && now - leg.lastContainerCheckMs >= CONTAINER_CHECK_MS) {
      leg.lastContainerCheckMs = now;
      const gone: string[] = [];
      await Promise.all(act.hosts.map(async (h) => {
        if (!(await this.#containerRunning(h))) gone.push(h);
      }));
      leg.containerGone = gone;
      // `docker exec … pgrep` on the head: a container idling on `sleep infinity` with no
      // server in it is a failed launch, but only once the launcher had time to exec it.
      if (gone.length === 0 && probe.health === "refused" && now - act.sinceMs > 15_000) {
        const alive = await this.#vllmProcess();
        if (alive) leg.processMissingSinceMs = null;
        else leg.processMissingSinceMs ??= now;
        leg.processGone = leg.processMissingSinceMs !== null &&
          now - leg.processMissingSinceMs >= 10_000;
      }
    }
    let progress = START_PROGRESS;
    let failure: { reason: string; line: string } | null = null;
    for (const f of leg.followers.values()) {
      if (f.progress.percent > progress.percent) progress = f.progress;
      failure ??= f.failure;
    }
    return {
      kind: "load",
      containerGone: leg.containerGone,
      processGone: leg.processGone,
      failure,
      health: probe.health,
      modelListed: ready,
      progress,
    };
  }

  #follow(host: string, sinceMs: number): Follower {
    const cfg = this.#o.config.get();
    const ctl = new AbortController();
    const f: Follower = {
      host,
      lines: [],
      progress: START_PROGRESS,
      failure: null,
      ctl,
      done: Promise.resolve(),
    };
    // Five seconds of slack: the Spark's clock and ours may differ a little.
    const since = ((sinceMs - 5_000) / 1000).toFixed(3);
    const argv = ["docker", "logs", "-f", "--since", since, cfg.vllm.container];
    f.done = (async () => {
      while (!ctl.signal.aborted) {
        let partial = "";
        const onChunk = (chunk: string) => {
          const text = partial + chunk;
          const lines = text.split("\n");
          partial = lines.pop() ?? "";
          this.#onLines(f, lines);
        };
        try {
          await this.#o.runner.run(host, { argv }, {
            signal: ctl.signal,
            onStdout: onChunk,
            onStderr: onChunk,
          });
        } catch (err) {
          this.#o.log.debug("log follower failed", { host, error: String(err) });
        }
        if (partial) this.#onLines(f, [partial]);
        // The container may not exist yet, or was replaced: look again shortly.
        await this.#o.clock.sleep(1_000, ctl.signal).catch(() => {});
      }
    })();
    return f;
  }

  #onLines(f: Follower, lines: string[]): void {
    const kept = lines.map((l) => l.replace(/\r$/, "")).filter((l) =>
      l !== "" && !l.startsWith("Error response from daemon")
    );
    if (kept.length === 0) return;
    for (const line of kept) {
      const sig = parseLogLine(line);
      if (sig?.kind === "failure") {
        f.failure ??= { reason: FAILURE_TEXT[sig.reason], line: line.trim() };
      }
      f.progress = advance(f.progress, sig);
      f.lines.push(line);
    }
    if (f.lines.length > LOG_TAIL_LINES) f.lines.splice(0, f.lines.length - LOG_TAIL_LINES);
    this.#appendLog(f.host, kept);
  }

  #appendLog(host: string, lines: string[]): void {
    if (lines.length === 0) return;
    for (const line of lines) this.#liveLog.push({ host, line });
    if (this.#liveLog.length > LOG_TAIL_LINES * 2) {
      this.#liveLog.splice(0, this.#liveLog.length - LOG_TAIL_LINES * 2);
    }
    this.#o.events.publish("swap", { kind: "log", id: this.#loop?.id ?? null, host, lines });
  }

  async #keepLogTails(r: SwapRecord, signal: AbortSignal): Promise<void> {
    const now = this.#o.clock.now();
    const cfg = this.#o.config.get();
    // A failed rollback keeps its own tails next to those of the failed swap.
    const hosts = r.rollback ? r.previousHosts : r.targetHosts;
    const suffix = r.rollback ? " (rollback)" : "";
    for (const h of hosts) {
      let lines = this.#leg?.followers.get(h)?.lines ?? [];
      if (lines.length === 0) {
        const res = await this.#o.runner.run(h, {
          argv: ["docker", "logs", "--tail", String(LOG_TAIL_LINES), cfg.vllm.container],
        }, { timeoutMs: 20_000, signal }).catch(() => null);
        lines = res ? `${res.stdout}\n${res.stderr}`.split("\n").filter(Boolean) : [];
      }
      this.journal.saveLogs(r.id, h + suffix, lines.slice(-LOG_TAIL_LINES), now);
    }
  }

  #stopFollowers(): void {
    if (!this.#leg) return;
    for (const f of this.#leg.followers.values()) f.ctl.abort();
    this.#leg = null;
  }

  // ---------------------------------------------------------------- probes

  async #containerRunning(host: string): Promise<boolean> {
    const cfg = this.#o.config.get();
    const res = await this.#o.runner.run(host, {
      argv: ["docker", "ps", "--filter", `name=^${cfg.vllm.container}$`, "--format", "{{.Names}}"],
    }, { timeoutMs: 20_000 });
    return res.stdout.split("\n").some((l) => l.trim() === cfg.vllm.container);
  }

  async #vllmProcess(): Promise<boolean> {
    const cfg = this.#o.config.get();
    const res = await this.#o.runner.run(this.#head(), {
      argv: ["docker", "exec", cfg.vllm.container, "pgrep", "-f", "vllm serve"],
    }, { timeoutMs: 20_000 });
    return /^\d+$/m.test(res.stdout);
  }

  /** Port open? `/health` status, and `/v1/models` when healthy. */
  async #probeHttp(signal?: AbortSignal, models = true): Promise<{
    open: boolean;
    health: "refused" | "ok" | "unhealthy";
    models: { id: string; root?: string | null }[] | null;
  }> {
    const base = this.#base();
    let health: "refused" | "ok" | "unhealthy";
    try {
      const res = await this.#fetch(`${base}/health`, signal);
      await res.body?.cancel();
      health = res.ok ? "ok" : "unhealthy";
    } catch {
      return { open: false, health: "refused", models: null };
    }
    if (!models || health !== "ok") return { open: true, health, models: null };
    try {
      const res = await this.#fetch(`${base}/v1/models`, signal);
      if (!res.ok) {
        await res.body?.cancel();
        return { open: true, health, models: null };
      }
      const body = await res.json() as { data?: { id?: unknown; root?: unknown }[] };
      const list = Array.isArray(body.data)
        ? body.data.filter((m) => typeof m?.id === "string").map((m) => ({
          id: m.id as string,
          root: typeof m.root === "string" ? m.root : null,
        }))
        : null;
      return { open: true, health, models: list };
    } catch {
      return { open: true, health, models: null };
    }
  }

  async #fetch(url: string, signal?: AbortSignal): Promise<Response> {
    const ctl = new AbortController();
    const timer = this.#o.clock.setTimeout(() => ctl.abort(new Error("timeout")), HTTP_TIMEOUT_MS);
    const onAbort = () => ctl.abort(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    try {
      return await this.#o.fetch(url, { signal: ctl.signal });
    } finally {
      timer.cancel();
      signal?.removeEventListener("abort", onAbort);
    }
  }

  // ---------------------------------------------------------------- config helpers

  #head(): string {
    const hosts = this.#o.config.get().hosts;
    const head = hosts.find((h) => h.role === "head") ?? hosts[0];
    if (!head) throw new HostUnreachableError("", "No head node is configured");
    return head.id;
  }

  /** Head first, then workers in config order, as many as `.env` names nodes. */
  #clusterHosts(nodes: number): string[] {
    const hosts = this.#o.config.get().hosts;
    const head = this.#head();
    const workers = hosts.filter((h) => h.id !== head && h.role === "worker").map((h) => h.id);
    return [head, ...workers].slice(0, Math.max(1, nodes));
  }

  #nodeCount(catalog: RecipeCatalog): number {
    return Math.max(1, catalog.env.clusterNodes.length);
  }

  #vllmPort(): number {
    const head = this.#o.config.get().hosts.find((h) => h.id === this.#head());
    return head?.services.find((s) => s.kind === "vllm")?.port ?? DEFAULT_VLLM_PORT;
  }

  #base(): string {
    const head = this.#o.config.get().hosts.find((h) => h.id === this.#head());
    const address = head?.address || "127.0.0.1";
    const literal = address.includes(":") ? `[${address}]` : address;
    return `http://${literal}:${this.#vllmPort()}`;
  }

  #bounds(): MachineBounds {
    const s = this.#o.config.get().swap;
    return { drainMs: s.drainMs, stopMs: s.stopMs };
  }

  #timeoutBounds(cfg: Config) {
    return {
      defaultMs: cfg.swap.loadTimeoutDefaultMs,
      minMs: cfg.swap.loadTimeoutMinMs,
      maxMs: cfg.swap.loadTimeoutMaxMs,
    };
  }

  #servingFromDiscovery(catalog: RecipeCatalog, hosts: string[]): Serving | null {
    const d = this.#discovery;
    if (d?.kind !== "serving") return null;
    const recipe = catalog.recipes.find((r) => modelMatchesRecipe(r, d.model));
    if (!recipe) return null;
    const solo = runsSolo(recipe, hosts.length, false);
    return {
      spec: { recipe, solo },
      model: d.model,
      hosts: solo ? hosts.slice(0, 1) : hosts,
      sinceMs: d.atMs,
    };
  }

  #publish(r: SwapRecord): void {
    this.#o.events.publish("swap", { kind: "state", swap: this.view(r) });
  }
}

/** The id `/v1/models` will list for a launch. */
export function expectedModel(spec: LaunchSpec): string | null {
  const served = spec.extraArgs?.find((a) => a.flag === "--served-model-name");
  if (served && typeof served.value === "string") return served.value;
  return spec.recipe.servedModel ?? spec.recipe.model;
}

function modelMatchesRecipe(r: Recipe, model: string): boolean {
  return r.servedModel === model || r.model === model;
}

function lastLine(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.at(-1) ?? null;
}

/** What each step of a rollback is doing, in the owner's words. */
const ROLLBACK_STEP_TEXT: Record<LegPhase, string> = {
  stopping: "stopping the failed model",
  launching: "starting it",
  loading: "loading",
};

function phaseText(r: SwapRecord, progress: LoadProgress): string {
  switch (r.state) {
    case "preflight":
      return "Checking the Sparks";
    case "draining":
      return "Letting running requests finish";
    case "stopping":
      return "Stopping the current model";
    case "launching":
      return "Launching";
    case "loading":
      return PHASE_LABELS[progress.phase];
    case "ready":
      return "Ready";
    case "failed":
      return isTerminal(r) ? "Failed" : "Failed; relaunching the previous model";
    case "rolling_back":
      return `Relaunching the previous model: ${
        r.rollback?.phase === "loading"
          ? PHASE_LABELS[progress.phase].toLowerCase()
          : ROLLBACK_STEP_TEXT[r.rollback?.phase ?? "stopping"]
      }`;
    case "rolled_back":
      return "The previous model serves again";
    case "cancelled":
      return "Cancelled";
  }
}
