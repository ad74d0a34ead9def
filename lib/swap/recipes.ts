/**
 * eugr recipes (CONTRACTS.md §2.2): the YAML files under `recipes/` on the
 * head node, the `.env` that names the cluster's nodes, and local-path
 * models from the config. Parsing is pure; `readRecipesScript()` is the one
 * command that fetches everything in a single SSH round trip.
 */
import { parse as parseYaml } from "yaml";
import { quote } from "../cluster/shell.ts";

/** A model the controller can launch: an eugr recipe or a local model directory. */
export interface Recipe {
  /** Recipe name as `run-recipe.sh` takes it (`file` without `.yaml`, maybe `folder/file`). */
  name: string;
  /** `recipe` runs through `run-recipe.sh`; `local` through `launch-cluster.sh exec vllm serve`. */
  kind: "recipe" | "local";
  /** Human name from the YAML `name:` field. */
  title: string;
  description: string;
  /** HF id or local path; null when the recipe names none (its command carries it). */
  model: string | null;
  /** `--served-model-name` from the recipe's command, when it sets one. */
  servedModel: string | null;
  /** The image the recipe needs (`container:`), `vllm-node` by default. */
  image: string;
  clusterOnly: boolean;
  soloOnly: boolean;
  /** tensor_parallel × pipeline_parallel from `defaults` (1 when absent). */
  nodesWanted: number;
  /** `defaults.port`, when set. */
  port: number | null;
  /** `defaults.gpu_memory_utilization`, when set. */
  gpuMemoryUtilization: number | null;
  mods: string[];
}

/** A recipe file that could not be read, shown to the owner instead of being dropped silently. */
export interface RecipeProblem {
  file: string;
  message: string;
}

/** The head node's launcher facts from `.env`. */
export interface LauncherEnv {
  /** `.env` exists (a missing one makes the launcher prompt for discovery). */
  present: boolean;
  /** `CLUSTER_NODES`, head first; empty when unset. */
  clusterNodes: string[];
  /** `CONTAINER_NAME`, when set. */
  containerName: string | null;
}

/** Everything read from the head node's checkout. */
export interface RecipeCatalog {
  recipes: Recipe[];
  problems: RecipeProblem[];
  env: LauncherEnv;
}

const DEFAULT_IMAGE = "vllm-node";

function asBool(v: unknown): boolean {
  return v === true || v === "true" || v === "yes" || v === "Yes" || v === 1;
}

function asPositiveInt(v: unknown): number | null {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isInteger(n) && n > 0 ? n : null;
}

function asNumber(v: unknown): number | null {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/**
 * Parses one recipe file. `file` is its path under `recipes/` (e.g.
 * `glm-air.yaml` or `2x/glm.yaml`); the recipe name is that path without
 * the extension. Unknown fields are ignored; a missing `name` or `command`
 * is a problem, as `run-recipe.py` would refuse it too.
 */
export function parseRecipe(file: string, text: string): Recipe | RecipeProblem {
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (cause) {
    return { file, message: `not valid YAML: ${(cause as Error).message.split("\n")[0]}` };
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) {
    return { file, message: "not a YAML mapping" };
  }
  const y = doc as Record<string, unknown>;
  if (typeof y.command !== "string" || y.command.trim() === "") {
    return { file, message: "has no command" };
  }
  const defaults =
    (typeof y.defaults === "object" && y.defaults !== null ? y.defaults : {}) as Record<
      string,
      unknown
    >;
  const tp = asPositiveInt(defaults.tensor_parallel) ?? 1;
  const pp = asPositiveInt(defaults.pipeline_parallel) ?? 1;
  const name = file.replace(/\.ya?ml$/, "");
  return {
    name,
    kind: "recipe",
    title: typeof y.name === "string" && y.name.trim() ? y.name.trim() : name,
    description: typeof y.description === "string" ? y.description.trim() : "",
    model: typeof y.model === "string" && y.model.trim() ? y.model.trim() : null,
    servedModel: servedName(y.command),
    image: typeof y.container === "string" && y.container.trim()
      ? y.container.trim()
      : DEFAULT_IMAGE,
    clusterOnly: asBool(y.cluster_only),
    soloOnly: asBool(y.solo_only),
    nodesWanted: tp * pp,
    port: asPositiveInt(defaults.port),
    gpuMemoryUtilization: asNumber(defaults.gpu_memory_utilization),
    mods: Array.isArray(y.mods) ? y.mods.filter((m): m is string => typeof m === "string") : [],
  };
}

function servedName(command: string): string | null {
  const m = /--served-model-name[= ]+["']?([^\s"'{}]+)/.exec(command);
  return m ? m[1] : null;
}

/** Parses eugr's `.env` (`KEY=value` lines, optional quotes, `#` comments). */
export function parseLauncherEnv(text: string | null): LauncherEnv {
  if (text === null) return { present: false, clusterNodes: [], containerName: null };
  const values = new Map<string, string>();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) continue;
    let v = m[2].trim();
    if (/^(["']).*\1$/.test(v)) v = v.slice(1, -1);
    values.set(m[1], v);
  }
  const nodes = (values.get("CLUSTER_NODES") ?? "").split(/[,\s]+/).filter(Boolean);
  return {
    present: true,
    clusterNodes: nodes,
    containerName: values.get("CONTAINER_NAME") || null,
  };
}

/** Section markers of {@link readRecipesScript}; chosen so no YAML line can start with them. */
const FILE_MARK = "@@sparkctl-file ";
const ENV_MARK = "@@sparkctl-env";
const NOENV_MARK = "@@sparkctl-noenv";

/**
 * `cd <repo>` for a remote shell. A leading `~/` must stay outside the quotes
 * so the shell expands it; the rest is quoted like any argument.
 */
export function cdRepo(repoDir: string): string {
  return `cd ${shellPath(repoDir)}`;
}

/** A path as one shell word: quoted, except a leading `~/`, which becomes `"$HOME"/`. */
export function shellPath(path: string): string {
  if (path === "~") return '"$HOME"';
  if (path.startsWith("~/")) return `"$HOME"/${quote(path.slice(2))}`;
  return quote(path);
}

/**
 * One script that prints every recipe YAML (top level and one folder deep)
 * and `.env`, each after a marker line. A constant apart from the quoted repo.
 */
export function readRecipesScript(repoDir: string): string {
  return [
    `${cdRepo(repoDir)} || exit 3`,
    `for f in recipes/*.yaml recipes/*.yml recipes/*/*.yaml recipes/*/*.yml; do`,
    `  [ -f "$f" ] || continue`,
    `  printf '%s%s\\n' '${FILE_MARK}' "\${f#recipes/}"`,
    `  cat -- "$f"; echo`,
    `done`,
    `if [ -f .env ]; then echo '${ENV_MARK}'; cat .env; else echo '${NOENV_MARK}'; fi`,
  ].join("\n");
}

/** Splits the output of {@link readRecipesScript} into a catalog. */
export function parseRecipesOutput(stdout: string): RecipeCatalog {
  const recipes: Recipe[] = [];
  const problems: RecipeProblem[] = [];
  let envText: string | null = null;
  let current: { file: string; lines: string[] } | null = null;
  let inEnv = false;
  const envLines: string[] = [];
  const flush = () => {
    if (!current) return;
    const parsed = parseRecipe(current.file, current.lines.join("\n"));
    if ("kind" in parsed) recipes.push(parsed);
    else problems.push(parsed);
    current = null;
  };
  for (const line of stdout.split("\n")) {
    if (line.startsWith(FILE_MARK)) {
      flush();
      inEnv = false;
      current = { file: line.slice(FILE_MARK.length).trim(), lines: [] };
    } else if (line === ENV_MARK) {
      flush();
      inEnv = true;
      envText = "";
    } else if (line === NOENV_MARK) {
      flush();
      inEnv = false;
    } else if (inEnv) {
      envLines.push(line);
    } else if (current) {
      (current as { lines: string[] }).lines.push(line);
    }
  }
  flush();
  if (envText !== null) envText = envLines.join("\n");
  recipes.sort((a, b) => a.name.localeCompare(b.name));
  return { recipes, problems, env: parseLauncherEnv(envText) };
}

/** A local model directory from the config, as a launchable recipe. */
export function localRecipe(
  entry: { name: string; path: string; description?: string; tensorParallel?: number },
): Recipe {
  return {
    name: entry.name,
    kind: "local",
    title: entry.name,
    description: entry.description ?? `Local model at ${entry.path}`,
    model: entry.path,
    servedModel: null,
    image: DEFAULT_IMAGE,
    clusterOnly: false,
    soloOnly: false,
    nodesWanted: entry.tensorParallel ?? 1,
    port: null,
    gpuMemoryUtilization: null,
    mods: [],
  };
}

/** Why a recipe cannot run on `nodeCount` nodes (solo or not), or null when it fits. */
export function fitProblem(recipe: Recipe, nodeCount: number, solo: boolean): string | null {
  if (solo && recipe.clusterOnly) {
    return `Recipe '${recipe.name}' requires cluster mode, but a solo launch was asked for`;
  }
  if (!solo && recipe.soloOnly && nodeCount > 1) {
    return null; // run-recipe.sh switches solo-only recipes to solo itself
  }
  const available = solo ? 1 : nodeCount;
  if (recipe.clusterOnly && nodeCount < 2) {
    return `Recipe '${recipe.name}' requires cluster mode, but only ${nodeCount} node is configured in .env`;
  }
  if (recipe.nodesWanted > available) {
    return `Recipe '${recipe.name}' needs ${recipe.nodesWanted} nodes (tensor × pipeline parallel), but only ${available} ${
      available === 1 ? "is" : "are"
    } available`;
  }
  return null;
}

/** True when the launch runs on the head node alone. */
export function runsSolo(recipe: Recipe, nodeCount: number, soloRequested: boolean): boolean {
  if (soloRequested || recipe.soloOnly || nodeCount <= 1) return true;
  if (recipe.clusterOnly) return false;
  return recipe.nodesWanted <= 1;
}
