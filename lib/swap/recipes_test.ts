import { deepEqual, equal, match, ok } from "node:assert/strict";
import {
  cdRepo,
  fitProblem,
  localRecipe,
  parseLauncherEnv,
  parseRecipe,
  parseRecipesOutput,
  readRecipesScript,
  type Recipe,
  runsSolo,
} from "./recipes.ts";

const fixture = (name: string) =>
  Deno.readTextFileSync(new URL(`./testdata/${name}`, import.meta.url));

function recipe(file: string): Recipe {
  const r = parseRecipe(file, fixture(file));
  if (!("kind" in r)) throw new Error(r.message);
  return r;
}

Deno.test("parseRecipe() reads eugr's fields, topology and the served name", () => {
  const r = recipe("glm-air.yaml");
  equal(r.name, "glm-air");
  equal(r.title, "GLM-4.5-Air (FP8)");
  equal(r.model, "zai-org/GLM-4.5-Air-FP8");
  equal(r.servedModel, "glm-air");
  equal(r.image, "vllm-node");
  equal(r.clusterOnly, true);
  equal(r.soloOnly, false);
  equal(r.nodesWanted, 2);
  equal(r.port, 8888);
  equal(r.gpuMemoryUtilization, 0.8);
  deepEqual(r.mods, ["mods/fix-glm-tool-parser"]);
});

Deno.test("parseRecipe() keeps a folder in the name and defaults what is missing", () => {
  const r = parseRecipe("2x/tiny.yml", "name: Tiny\ncommand: vllm serve x\n");
  ok("kind" in r);
  equal(r.name, "2x/tiny");
  equal(r.image, "vllm-node");
  equal(r.nodesWanted, 1);
  equal(r.model, null);
  equal(r.servedModel, null);
});

Deno.test("parseRecipe() reports broken files instead of throwing", () => {
  const bad = parseRecipe("bad.yaml", "name: [unclosed\n");
  ok(!("kind" in bad));
  match(bad.message, /not valid YAML/);
  const noCommand = parseRecipe("x.yaml", "name: X\n");
  ok(!("kind" in noCommand));
  equal(noCommand.message, "has no command");
});

Deno.test("parseLauncherEnv() splits CLUSTER_NODES head first and tolerates quotes and comments", () => {
  const env = parseLauncherEnv(
    '# cluster\nCLUSTER_NODES="192.0.2.10,192.0.2.11"\nexport CONTAINER_NAME=vllm_node\nETH_IF=enp1s0f1np1\n',
  );
  deepEqual(env, {
    present: true,
    clusterNodes: ["192.0.2.10", "192.0.2.11"],
    containerName: "vllm_node",
  });
  deepEqual(parseLauncherEnv(null), { present: false, clusterNodes: [], containerName: null });
});

Deno.test("parseRecipesOutput() splits the script's sections into recipes, problems and env", () => {
  const out = [
    "@@sparkctl-file qwen3-30b.yaml",
    fixture("qwen3-30b.yaml"),
    "@@sparkctl-file broken.yaml",
    "command: [",
    "@@sparkctl-file glm-air.yaml",
    fixture("glm-air.yaml"),
    "@@sparkctl-env",
    "CLUSTER_NODES=192.0.2.10,192.0.2.11",
  ].join("\n");
  const catalog = parseRecipesOutput(out);
  deepEqual(catalog.recipes.map((r) => r.name), ["glm-air", "qwen3-30b"]);
  deepEqual(catalog.problems.map((p) => p.file), ["broken.yaml"]);
  deepEqual(catalog.env.clusterNodes, ["192.0.2.10", "192.0.2.11"]);
  equal(parseRecipesOutput("@@sparkctl-noenv\n").env.present, false);
});

Deno.test("cdRepo() leaves ~ for the shell to expand and quotes the rest", () => {
  equal(cdRepo("~/spark-vllm-docker"), 'cd "$HOME"/spark-vllm-docker');
  equal(cdRepo("/opt/eugr dir"), "cd '/opt/eugr dir'");
  match(readRecipesScript("~/x"), /^cd "\$HOME"\/x \|\| exit 3/);
});

Deno.test("fitProblem() checks cluster_only, solo and tp×pp against the node count", () => {
  const glm = recipe("glm-air.yaml");
  equal(fitProblem(glm, 2, false), null);
  match(fitProblem(glm, 1, false) ?? "", /requires cluster mode/);
  match(fitProblem(glm, 2, true) ?? "", /requires cluster mode/);
  const qwen = recipe("qwen3-30b.yaml");
  equal(fitProblem(qwen, 1, false), null);
  equal(fitProblem(qwen, 2, false), null);
  const tp4 = { ...glm, clusterOnly: false, nodesWanted: 4 };
  match(fitProblem(tp4, 2, false) ?? "", /needs 4 nodes/);
});

Deno.test("runsSolo() runs solo-only, tp=1 and one-node launches on the head alone", () => {
  equal(runsSolo(recipe("qwen3-30b.yaml"), 2, false), true);
  equal(runsSolo(recipe("glm-air.yaml"), 2, false), false);
  equal(runsSolo(recipe("glm-air.yaml"), 2, true), true);
  equal(runsSolo(localRecipe({ name: "ft", path: "/models/ft" }), 2, false), true);
});
