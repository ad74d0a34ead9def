/**
 * Commands for the matrix-bridge bot container on its Spark. Every name is
 * validated before it reaches a command line, and every command runs as the
 * bot's own user without sudo (Spark 2 has no passwordless sudo).
 */
import { InvalidInputError } from "../errors.ts";
import {
  type Command,
  quote,
  validateContainerName,
  validateGitBranch,
  validateUserName,
} from "../cluster/mod.ts";

/** The bot's settings, as in `config.matrixBridge`. */
export interface BridgeSettings {
  /** The Spark user that owns the bot's checkout and runs docker; blank = feature off. */
  user: string;
  hostId: string;
  container: string;
  /** The bot's git checkout: `~/…` or an absolute path. */
  repoDir: string;
  branch: string;
}

/** The update's phases, in order. `healthy` is checked by the controller, not the script. */
export const PHASES = ["fetch", "build", "recreate", "healthy"] as const;

/** One of {@link PHASES}. */
export type Phase = typeof PHASES[number];

/** Prefix of the marker lines the update script prints between steps. */
export const PHASE_MARKER = "@@spark-control phase=";

const REPO_DIR_REGEXP = /^(~\/|\/)[A-Za-z0-9._\/-]{1,500}$/;

/**
 * A checkout folder: `~/name` or `/abs/path`, plain segments only (no `..`,
 * no empty segment, no segment starting with `-`).
 */
export function validateRepoDir(value: unknown, param = "repoDir"): string {
  const s = typeof value === "string" ? value : "";
  const segments = s.replace(/^~?\//, "").split("/");
  const bad = !REPO_DIR_REGEXP.test(s) ||
    segments.some((seg) => seg === "" || seg === "." || seg === ".." || seg.startsWith("-"));
  if (bad) {
    throw new InvalidInputError(
      `${JSON.stringify(typeof value === "string" ? value.slice(0, 60) : value)} is not a valid ` +
        "folder: use ~/folder or an absolute path of plain names (no '..')",
      { param },
    );
  }
  return s;
}

/** Validates every name in `s` (throws `InvalidInputError`, a 400, on the first bad one). */
export function validateBridgeSettings(s: BridgeSettings): BridgeSettings {
  return {
    user: validateUserName(s.user, "matrixBridge.user"),
    hostId: s.hostId,
    container: validateContainerName(s.container, "matrixBridge.container"),
    repoDir: validateRepoDir(s.repoDir, "matrixBridge.repoDir"),
    branch: validateGitBranch(s.branch, "matrixBridge.branch"),
  };
}

/** A folder as a shell word: `~/x` becomes `"$HOME"/x` (a quoted `~` would not expand). */
export function shellPath(dir: string): string {
  const valid = validateRepoDir(dir);
  return valid.startsWith("~/") ? `"$HOME"/${quote(valid.slice(2))}` : quote(valid);
}

/** The `docker inspect` format read by `parseInspect()`: status, running, start time, id. */
export const INSPECT_FORMAT = "{{.State.Status}}|{{.State.Running}}|{{.State.StartedAt}}|{{.Id}}";

/** `docker inspect` of the bot container: the only source of its status. */
export function inspectCommand(container: string): Command {
  return {
    argv: [
      "docker",
      "inspect",
      "--type",
      "container",
      "--format",
      INSPECT_FORMAT,
      validateContainerName(container),
    ],
  };
}

/** Actions the tile offers besides the update. */
export const ACTIONS = ["restart", "stop", "start"] as const;

/** One of {@link ACTIONS}. */
export type BridgeAction = typeof ACTIONS[number];

/** `docker restart|stop|start <container>`. */
export function actionCommand(action: BridgeAction, container: string): Command {
  if (!ACTIONS.includes(action)) throw new InvalidInputError(`Unknown action "${action}"`);
  return { argv: ["docker", action, validateContainerName(container)] };
}

/** The last `tail` lines of the container's log, with timestamps. */
export function logsCommand(container: string, tail: number): Command {
  if (!Number.isInteger(tail) || tail < 1 || tail > 5000) {
    throw new InvalidInputError("tail must be a whole number from 1 to 5000", { param: "tail" });
  }
  return {
    argv: [
      "docker",
      "logs",
      "--timestamps",
      "--tail",
      String(tail),
      validateContainerName(container),
    ],
  };
}

/**
 * The update as one bash script: fast-forward the checkout to the branch,
 * build, recreate. `set -e` stops at the first failing step, so a failed
 * fetch or build never reaches the recreate step and the running bot is left
 * alone. A marker line before each step tells the controller the phase;
 * stderr is merged into stdout so lines keep their order.
 */
export function updateScript(settings: BridgeSettings): string {
  const s = validateBridgeSettings(settings);
  const branch = quote(s.branch);
  const mark = (p: Phase) => `echo ${quote(`${PHASE_MARKER}${p}`)}`;
  return [
    "set -euo pipefail",
    "exec 2>&1",
    // Never wait for a password or a host-key prompt: there is nobody to answer.
    "export GIT_TERMINAL_PROMPT=0 GIT_SSH_COMMAND='ssh -o BatchMode=yes'",
    // The marker comes first so a missing folder counts as a failed fetch.
    mark("fetch"),
    `cd ${shellPath(s.repoDir)}`,
    `git fetch --prune origin ${branch}`,
    `git checkout --quiet ${branch}`,
    "git merge --ff-only FETCH_HEAD",
    "git log -1 --format='now at %h %s'",
    mark("build"),
    "docker compose build",
    mark("recreate"),
    "docker compose up -d --no-build --force-recreate",
    mark("healthy"),
  ].join("\n");
}
