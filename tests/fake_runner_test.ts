import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { HostConnectError } from "../lib/cluster/mod.ts";
import { FakeRunner } from "./fakes.ts";

Deno.test("FakeRunner records the exact quoted line and answers by rule", async () => {
  const runner = FakeRunner.scripted([
    [/^docker ps/, "vllm_node Up 1 minute vllm-node\n"],
    ["nvidia-smi", { code: 9, stderr: "driver\n" }],
  ]);
  const ps = await runner.run("spark1", { argv: ["docker", "ps", "--filter", "name=^vllm_node$"] });
  equal(ps.stdout, "vllm_node Up 1 minute vllm-node\n");
  const smi = await runner.run("spark2", { script: "nvidia-smi -L" });
  deepEqual([smi.code, smi.stderr], [9, "driver\n"]);
  const other = await runner.run("spark1", { argv: ["rm", "-rf", "x y"] });
  equal(other.code, 127);
  deepEqual(runner.lines(), [
    "docker ps --filter 'name=^vllm_node$'",
    "bash -c 'nvidia-smi -L'",
    "rm -rf 'x y'",
  ]);
  deepEqual(runner.lines("spark2"), ["bash -c 'nvidia-smi -L'"]);
});

Deno.test("FakeRunner.setState() notifies listeners and makes run() throw while down", async () => {
  const runner = new FakeRunner();
  const seen: string[] = [];
  runner.onStateChange((id, s) => seen.push(`${id}:${s.state}`));
  runner.setState("spark2", {
    state: "disconnected",
    sinceMs: 1,
    failure: { kind: "unreachable", message: "connection refused" },
  });
  await rejects(runner.run("spark2", { argv: ["true"] }), HostConnectError);
  equal(runner.calls.length, 0);
  runner.setState("spark2", { state: "connected", sinceMs: 2, fingerprint: "SHA256:x" });
  ok((await runner.run("spark2", { argv: ["true"] })).code === 0);
  deepEqual(seen, ["spark2:disconnected", "spark2:connected"]);
});
