import { deepEqual, equal, match } from "node:assert/strict";
import { classify, describeDiscovery, type DiscoveryFacts, parseSsOwner } from "./discovery.ts";

const none: DiscoveryFacts = {
  containerOn: [],
  vllmProcess: null,
  portOpen: false,
  models: null,
  portOwner: null,
};
const recipeOf = (m: string) => (m === "org/a" ? "a" : null);

Deno.test("classify() tells idle, serving, starting, orphan container and foreign process apart", () => {
  equal(classify(none, 1, recipeOf).kind, "idle");
  deepEqual(
    classify(
      { ...none, containerOn: ["spark1"], vllmProcess: true, portOpen: true, models: ["org/a"] },
      1,
      recipeOf,
    ),
    { kind: "serving", atMs: 1, model: "org/a", recipe: "a" },
  );
  equal(
    classify({ ...none, containerOn: ["spark1"], vllmProcess: true }, 1, recipeOf).kind,
    "starting",
  );
  deepEqual(classify({ ...none, containerOn: ["spark1"], vllmProcess: false }, 1, recipeOf), {
    kind: "orphan_container",
    atMs: 1,
    hosts: ["spark1"],
  });
  deepEqual(
    classify({ ...none, portOpen: true, portOwner: { pid: 42, command: "python3" } }, 1, recipeOf),
    { kind: "foreign_process", atMs: 1, pid: 42, command: "python3" },
  );
});

Deno.test("parseSsOwner() reads pid and command from ss -ltnp, and nothing else", () => {
  deepEqual(
    parseSsOwner('LISTEN 0 4096 0.0.0.0:8888 0.0.0.0:* users:(("python3",pid=1234,fd=3))'),
    { command: "python3", pid: 1234 },
  );
  equal(parseSsOwner("LISTEN 0 4096 0.0.0.0:8888 0.0.0.0:*"), null);
});

Deno.test("describeDiscovery() offers a fix only where one click can fix it", () => {
  match(
    describeDiscovery({ kind: "orphan_container", atMs: 0, hosts: ["spark1"] }).fix ?? "",
    /Stop/,
  );
  equal(
    describeDiscovery({ kind: "foreign_process", atMs: 0, pid: null, command: null }).fix,
    null,
  );
  equal(describeDiscovery({ kind: "idle", atMs: 0 }).fix, null);
});
