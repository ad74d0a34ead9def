import { equal, match, ok, throws } from "node:assert/strict";
import { INJECTION_PAYLOADS } from "../cluster/mod.ts";
import { InvalidInputError } from "../errors.ts";
import {
  actionCommand,
  type BridgeSettings,
  inspectCommand,
  logsCommand,
  PHASE_MARKER,
  shellPath,
  updateScript,
  validateRepoDir,
} from "./commands.ts";

const settings: BridgeSettings = {
  user: "bot",
  hostId: "spark2",
  container: "matrix-bridge",
  repoDir: "~/matrix-bridge",
  branch: "main",
};

Deno.test("updateScript() runs fetch, fast-forward, build and recreate in order, stopping at the first failure", () => {
  const script = updateScript(settings);
  const lines = script.split("\n");
  equal(lines[0], "set -euo pipefail");
  const order = [
    `${PHASE_MARKER}fetch`,
    `cd "$HOME"/matrix-bridge`,
    "git fetch --prune origin main",
    "git merge --ff-only FETCH_HEAD",
    `${PHASE_MARKER}build`,
    "docker compose build",
    `${PHASE_MARKER}recreate`,
    "docker compose up -d --no-build --force-recreate",
    `${PHASE_MARKER}healthy`,
  ].map((needle) => script.indexOf(needle));
  ok(order.every((i) => i >= 0), `every step is present: ${order}`);
  ok(order.every((i, k) => k === 0 || i > order[k - 1]), "steps are in order");
  ok(!/\bsudo\b/.test(script), "no sudo anywhere");
});

Deno.test("updateScript() quotes the branch and repo folder as single words", () => {
  const script = updateScript({ ...settings, branch: "release/v2.1", repoDir: "/srv/bots/matrix" });
  match(script, /^cd \/srv\/bots\/matrix$/m);
  match(script, /^git fetch --prune origin release\/v2\.1$/m);
});

Deno.test("updateScript() refuses every injection payload as branch, user, container or folder", () => {
  for (const payload of INJECTION_PAYLOADS) {
    for (const field of ["branch", "user", "container", "repoDir"] as const) {
      throws(
        () => updateScript({ ...settings, [field]: payload }),
        InvalidInputError,
        `${field} = ${JSON.stringify(payload)}`,
      );
    }
  }
});

Deno.test("validateRepoDir() takes ~/ and absolute paths of plain names only", () => {
  equal(validateRepoDir("~/matrix-bridge"), "~/matrix-bridge");
  equal(validateRepoDir("/opt/bot"), "/opt/bot");
  for (const bad of ["matrix-bridge", "~/../etc", "/opt//bot", "/opt/-rf", "~", "~root/x", ""]) {
    throws(() => validateRepoDir(bad), InvalidInputError, bad);
  }
});

Deno.test("shellPath() keeps ~ expandable by leaving $HOME outside the quotes", () => {
  equal(shellPath("~/bots/matrix_bridge"), `"$HOME"/bots/matrix_bridge`);
  equal(shellPath("/srv/bot"), "/srv/bot");
});

Deno.test("inspect, action and logs commands are argv with the validated container name", () => {
  equal(
    JSON.stringify(inspectCommand("matrix-bridge")),
    JSON.stringify({
      argv: [
        "docker",
        "inspect",
        "--type",
        "container",
        "--format",
        "{{.State.Status}}|{{.State.Running}}|{{.State.StartedAt}}|{{.Id}}",
        "matrix-bridge",
      ],
    }),
  );
  equal(
    JSON.stringify(actionCommand("restart", "bot")),
    JSON.stringify({ argv: ["docker", "restart", "bot"] }),
  );
  equal(
    JSON.stringify(logsCommand("bot", 200)),
    JSON.stringify({ argv: ["docker", "logs", "--timestamps", "--tail", "200", "bot"] }),
  );
  throws(() => actionCommand("restart", "bot; touch x"), InvalidInputError);
  throws(() => logsCommand("bot", 0), InvalidInputError);
});
