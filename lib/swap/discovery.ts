/**
 * What runs on the head node when the journal has nothing to say: the vLLM
 * container, the process inside it, and whatever answers on the vLLM port.
 * `classify()` is pure; the executor gathers the facts with one script.
 */
import { quote } from "../cluster/shell.ts";

/** What discovery found. */
export type Discovery =
  | { kind: "idle"; atMs: number }
  | { kind: "serving"; atMs: number; model: string; recipe: string | null }
  | { kind: "starting"; atMs: number }
  | { kind: "orphan_container"; atMs: number; hosts: string[] }
  | { kind: "foreign_process"; atMs: number; pid: number | null; command: string | null }
  | { kind: "unknown"; atMs: number; message: string };

/** Facts gathered from the head node and the vLLM port. */
export interface DiscoveryFacts {
  /** Hosts where the vLLM container runs. */
  containerOn: string[];
  /** `docker exec <ctr> pgrep -f "vllm serve"` found a process on the head (null: not asked). */
  vllmProcess: boolean | null;
  /** Something accepts connections on the vLLM port. */
  portOpen: boolean;
  /** Ids `/v1/models` listed (null when it did not answer with a list). */
  models: string[] | null;
  /** The process listening on the port, from `ss` (null when unknown). */
  portOwner: { pid: number; command: string } | null;
}

/** Turns the facts into one state. A port answer without our container is someone else's. */
export function classify(
  f: DiscoveryFacts,
  atMs: number,
  recipeOf: (model: string) => string | null,
): Discovery {
  if (f.containerOn.length === 0) {
    if (!f.portOpen) return { kind: "idle", atMs };
    return {
      kind: "foreign_process",
      atMs,
      pid: f.portOwner?.pid ?? null,
      command: f.portOwner?.command ?? null,
    };
  }
  if (f.models && f.models.length > 0) {
    return { kind: "serving", atMs, model: f.models[0], recipe: recipeOf(f.models[0]) };
  }
  if (f.vllmProcess === false) return { kind: "orphan_container", atMs, hosts: f.containerOn };
  return { kind: "starting", atMs };
}

/** The script that gathers the head's facts, in `@@` sections. */
export function discoveryScript(container: string, port: number): string {
  const name = quote(`^${container}$`);
  return [
    `echo @@ctr; docker ps --filter name=${name} --format '{{.Names}}' 2>/dev/null`,
    `echo @@proc; docker exec ${
      quote(container)
    } pgrep -f 'vllm serve' 2>/dev/null; echo "@@rc $?"`,
    `echo @@port; ss -Hltnp ${quote(`sport = :${port}`)} 2>/dev/null`,
  ].join("\n");
}

/** The pid and command name from an `ss -ltnp` line, e.g. `users:(("python3",pid=1234,fd=3))`. */
export function parseSsOwner(text: string): { pid: number; command: string } | null {
  const m = /users:\(\("([^"]{1,64})",pid=(\d{1,9}),/.exec(text);
  return m ? { command: m[1], pid: Number(m[2]) } : null;
}

/** Plain-English description and the one-click fix, for the dashboard. */
export function describeDiscovery(d: Discovery): { text: string; fix: string | null } {
  switch (d.kind) {
    case "idle":
      return { text: "No model is running.", fix: null };
    case "serving":
      return {
        text: d.recipe
          ? `Serving ${d.model} (recipe ${d.recipe}).`
          : `Serving ${d.model}; it was not started by this controller.`,
        fix: null,
      };
    case "starting":
      return { text: "vLLM is starting.", fix: null };
    case "orphan_container":
      return {
        text: `The vLLM container is up on ${
          d.hosts.join(", ")
        } but no vLLM process runs in it, so nothing serves.`,
        fix: "Stop the empty container",
      };
    case "foreign_process":
      return {
        text: `Another program${
          d.command ? ` (${d.command}, pid ${d.pid})` : ""
        } listens on the vLLM port, so a new model could not bind it.`,
        fix: d.pid !== null ? "Stop that program" : null,
      };
    case "unknown":
      return { text: `Cannot tell what runs: ${d.message}`, fix: null };
  }
}
