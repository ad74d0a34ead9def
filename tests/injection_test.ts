/**
 * Every injection payload, sent as one argv element through `SshRunner` and
 * the shell quoting to a simulated Spark's real bash, arrives byte for byte,
 * and nothing else runs (the canary file never appears).
 */
import { deepEqual, equal, ok } from "node:assert/strict";
import { join } from "node:path";
import {
  commandLine,
  INJECTION_CANARY,
  INJECTION_PAYLOADS,
  SshRunner,
} from "../lib/cluster/mod.ts";
import { startSimCluster } from "./sim/cluster.ts";

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.lstat(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("injection payloads reach the simulated Spark verbatim and run nothing", async () => {
  const sim = await startSimCluster({ services: false });
  const runner = new SshRunner({
    hosts: () => sim.config.hosts,
    privateKeyPath: () => sim.keyPath,
  });
  try {
    const host = sim.hosts.spark1;
    const before = host.commandLog().length;
    for (const payload of INJECTION_PAYLOADS) {
      const argv = ["printf", "%s\\0", payload];
      const res = await runner.run("spark1", { argv });
      equal(res.code, 0, `payload ${JSON.stringify(payload)}: ${res.stderr}`);
      equal(res.stdout, payload + "\0", `payload ${JSON.stringify(payload)} arrived changed`);
      // The same payload as an argument to a fake tool: one argument, never an option or a command.
      const tool = await runner.run("spark1", { argv: ["docker", "inspect", "--", payload] });
      ok(tool.code !== 0);
    }
    const log = host.commandLog().slice(before);
    // One exec per command sent, each exactly the quoted line: nothing ran beside them.
    equal(log.length, INJECTION_PAYLOADS.length * 2);
    deepEqual(
      log.filter((_, i) => i % 2 === 0).map((e) => e.command),
      INJECTION_PAYLOADS.map((p) => commandLine(["printf", "%s\\0", p])),
    );
    equal(await exists(join(host.home, INJECTION_CANARY)), false, "the canary file was created");
    // The detector itself works: the same payload unquoted does create the canary.
    await runner.run("spark1", { script: `printf '%s' ${INJECTION_PAYLOADS[0]}` });
    equal(await exists(join(host.home, INJECTION_CANARY)), true);
  } finally {
    await runner.close();
    await sim.close();
  }
});
