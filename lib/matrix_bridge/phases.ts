/**
 * Pure reading of what the bot's commands print: the update phase a line
 * starts, a plain-English reason for a failed step, and the container state
 * from `docker inspect`.
 */
import { type Phase, PHASE_MARKER, PHASES } from "./commands.ts";

/** The phase a line starts (a marker printed by `updateScript()`), or null. */
export function detectPhase(line: string): Phase | null {
  const trimmed = line.trim();
  if (!trimmed.startsWith(PHASE_MARKER)) return null;
  const name = trimmed.slice(PHASE_MARKER.length);
  return (PHASES as readonly string[]).includes(name) ? name as Phase : null;
}

/** Known failure lines, most specific first: [pattern, plain-English reason]. */
const KNOWN_FAILURES: [RegExp, string][] = [
  [
    /Not possible to fast-forward|diverging branches|non-fast-forward/i,
    "the bot's folder on the Spark has changes that are not on the branch, so it cannot simply move forward (someone edited or committed there)",
  ],
  [
    /would be overwritten by (merge|checkout)|Your local changes/i,
    "files in the bot's folder on the Spark were edited by hand; commit or undo those edits first",
  ],
  [
    /couldn't find remote ref|did not match any file\(s\) known to git|invalid reference/i,
    "the branch does not exist on the bot's git server",
  ],
  [
    /Could not read from remote repository|Authentication failed|Permission denied \(publickey/i,
    "the Spark could not download from the bot's git server (access refused or server unreachable)",
  ],
  [
    /not a git repository|can't cd|No such file or directory/i,
    "the bot's folder was not found on the Spark (check the folder in Settings)",
  ],
  [
    /permission denied while trying to connect to the Docker daemon/i,
    "this user may not use Docker on the Spark (add them to the docker group)",
  ],
  [
    /no configuration file provided|compose file.*not found/i,
    "the bot's folder has no docker compose file",
  ],
  [
    /failed to solve|ERROR \[|returned a non-zero code|did not complete successfully/i,
    "building the bot's image failed",
  ],
  [
    /is not a docker command|unknown command "compose"|docker: 'compose'/i,
    "Docker on the Spark has no 'compose' command",
  ],
];

/** Which step failed, in words: the phase plus the most telling line of its output. */
export function explainFailure(phase: Phase | null, lines: readonly string[]): string {
  const step = phase === null ? "before the update started" : `during ${PHASE_WORDS[phase]}`;
  for (const [pattern, why] of KNOWN_FAILURES) {
    const hit = [...lines].reverse().find((l) => pattern.test(l));
    if (hit) {
      return `The update stopped ${step}: ${why}. The Spark said: ${hit.trim().slice(0, 300)}`;
    }
  }
  const last = [...lines].reverse().find((l) => l.trim() !== "" && detectPhase(l) === null);
  return `The update stopped ${step}` +
    (last ? `. The Spark said: ${last.trim().slice(0, 300)}` : ".");
}

/** Each phase as the owner reads it. */
export const PHASE_WORDS: Record<Phase, string> = {
  fetch: "the download of the new version (git fetch)",
  build: "the build of the new version",
  recreate: "the switch to the new version",
  healthy: "the check that the new version is running",
};

/** Docker's container states, plus `missing` (no such container) and `unknown` (not reachable). */
export type BotState =
  | "running"
  | "restarting"
  | "paused"
  | "created"
  | "exited"
  | "dead"
  | "removing"
  | "missing"
  | "unknown";

/** The bot's status, from `docker inspect` only. */
export interface BotStatus {
  state: BotState;
  /** Container start time (ISO), when Docker reported one. */
  startedAt: string | null;
  /** Container id; a recreate changes it, a restart does not. */
  id: string | null;
  /** When the controller looked. */
  checkedAtMs: number;
  /** Why the state is `unknown` (host unreachable, docker failed). */
  message: string | null;
}

const DOCKER_STATES = new Set([
  "running",
  "restarting",
  "paused",
  "created",
  "exited",
  "dead",
  "removing",
]);

/** Reads `docker inspect --format INSPECT_FORMAT` output (or its failure). */
export function parseInspect(
  result: { code: number | null; stdout: string; stderr: string },
  nowMs: number,
): BotStatus {
  if (result.code !== 0) {
    if (/No such (object|container)/i.test(result.stderr)) {
      return {
        state: "missing",
        startedAt: null,
        id: null,
        checkedAtMs: nowMs,
        message: "no such container",
      };
    }
    return {
      state: "unknown",
      startedAt: null,
      id: null,
      checkedAtMs: nowMs,
      message: (result.stderr.trim() || `docker inspect exited with ${result.code}`).slice(0, 300),
    };
  }
  const [status = "", , started = "", id = ""] = result.stdout.trim().split("|");
  const state = DOCKER_STATES.has(status) ? status as BotState : "unknown";
  return {
    state,
    // Docker prints the zero time for a container that never started.
    startedAt: started && !started.startsWith("0001-") ? started : null,
    id: /^[0-9a-f]{12,64}$/.test(id) ? id : null,
    checkedAtMs: nowMs,
    message: state === "unknown"
      ? `unexpected docker output: ${result.stdout.trim().slice(0, 100)}`
      : null,
  };
}
