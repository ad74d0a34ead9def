import { deepEqual, equal, match, throws } from "node:assert/strict";
import { InvalidInputError } from "../errors.ts";
import { injectionPayloads } from "../cluster/shell_payloads.ts";
import {
  dispatched,
  extraArgsArgv,
  launchArgv,
  launcherError,
  launchScript,
  stopScript,
} from "./launch.ts";
import { localRecipe, parseRecipe, type Recipe } from "./recipes.ts";

const glm = parseRecipe(
  "glm-air.yaml",
  Deno.readTextFileSync(new URL("./testdata/glm-air.yaml", import.meta.url)),
) as Recipe;

Deno.test("launchArgv() builds the detached run-recipe.sh call with overrides before --", () => {
  deepEqual(
    launchArgv({
      recipe: glm,
      solo: false,
      overrides: { port: 8888, gpuMemoryUtilization: 0.75 },
      extraArgs: [{ flag: "--max-num-seqs", value: 16 }, { flag: "--enforce-eager" }],
    }),
    [
      "./run-recipe.sh",
      "glm-air",
      "-d",
      "--port",
      "8888",
      "--gpu-mem",
      "0.75",
      "--",
      "--max-num-seqs",
      "16",
      "--enforce-eager",
    ],
  );
  deepEqual(launchArgv({ recipe: glm, solo: true }), [
    "./run-recipe.sh",
    "glm-air",
    "-d",
    "--solo",
  ]);
});

Deno.test("launchScript() cds into the repo and closes stdin", () => {
  equal(
    launchScript("~/spark-vllm-docker", { recipe: glm, solo: true }),
    'cd "$HOME"/spark-vllm-docker && ./run-recipe.sh glm-air -d --solo </dev/null',
  );
  equal(stopScript("/srv/eugr"), "cd /srv/eugr && ./launch-cluster.sh stop </dev/null");
});

Deno.test("launchArgv() launches local models through launch-cluster.sh exec vllm serve", () => {
  const local = localRecipe({ name: "my-ft", path: "/models/my-ft", tensorParallel: 2 });
  deepEqual(launchArgv({ recipe: local, solo: false }), [
    "./launch-cluster.sh",
    "-d",
    "exec",
    "vllm",
    "serve",
    "/models/my-ft",
    "--host",
    "0.0.0.0",
    "--port",
    "8888",
    "-tp",
    "2",
  ]);
});

Deno.test("extraArgsArgv() refuses flags outside the allow-list and bad values", () => {
  throws(() => extraArgsArgv([{ flag: "--distributed-executor-backend", value: "ray" }]), {
    name: "InvalidInputError",
    param: "extraArgs.0.flag",
  });
  throws(
    () => extraArgsArgv([{ flag: "--max-num-seqs", value: "8; rm -rf ~" }]),
    InvalidInputError,
  );
  throws(
    () => extraArgsArgv([{ flag: "--gpu-memory-utilization", value: 1.5 }]),
    InvalidInputError,
  );
  throws(() => extraArgsArgv([{ flag: "--kv-cache-dtype", value: "int3" }]), InvalidInputError);
  throws(() => extraArgsArgv([{ flag: "--enforce-eager", value: "yes" }]), InvalidInputError);
  throws(() => extraArgsArgv([{ flag: "__proto__", value: 1 }]), InvalidInputError);
  deepEqual(extraArgsArgv([{ flag: "--gpu-memory-utilization", value: "0.85" }]), [
    "--gpu-memory-utilization",
    "0.85",
  ]);
});

Deno.test("launchArgv() refuses every injection payload in every field", () => {
  for (const p of injectionPayloads()) {
    throws(() => launchArgv({ recipe: { ...glm, name: p }, solo: false }), InvalidInputError);
    throws(
      () =>
        launchArgv({ recipe: { ...localRecipe({ name: "x", path: "/m" }), model: p }, solo: true }),
      InvalidInputError,
    );
    throws(() => extraArgsArgv([{ flag: p }]), InvalidInputError);
    throws(() => extraArgsArgv([{ flag: "--served-model-name", value: p }]), InvalidInputError);
    throws(() => extraArgsArgv([{ flag: "--max-num-seqs", value: p }]), InvalidInputError);
  }
});

Deno.test("dispatched() and launcherError() read the launcher's output", () => {
  equal(dispatched("Command dispatched in background (Daemon mode). Container: vllm_node"), true);
  equal(dispatched("Cluster containers are already running. Skipping launch."), false);
  match(launcherError("Image vllm-node not found.\nBuild now? [y/N] ") ?? "", /image is missing/);
  equal(
    launcherError("Error: Recipe 'glm-air' requires cluster mode.\n"),
    "Error: Recipe 'glm-air' requires cluster mode.",
  );
  equal(launcherError("all fine"), null);
});
