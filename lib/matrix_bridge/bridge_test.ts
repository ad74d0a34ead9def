import { deepEqual, equal } from "node:assert/strict";
import { FakeClock, FakeRunner } from "../../tests/fakes.ts";
import { MatrixBridge } from "./bridge.ts";

const SETTINGS = {
  user: "bob",
  hostId: "spark2",
  container: "matrix-bridge",
  repoDir: "~/matrix-bridge",
  branch: "main",
};

Deno.test("MatrixBridge keeps stdout and stderr lines whole when their chunks interleave", async () => {
  const runner = FakeRunner.scripted([
    ["docker inspect", { code: 1, stderr: "Error: No such object: matrix-bridge\n" }],
    [/git fetch|compose/, (call) => {
      // A stdout line split around a stderr chunk, as SSH delivers them under load.
      call.opts.onStdout?.("#3 [3] RUN sl");
      call.opts.onStderr?.("warning: cache miss\n");
      call.opts.onStdout?.("eep 600\n");
      return { code: 1 };
    }],
  ]);
  const bridge = new MatrixBridge({ runner, settings: () => SETTINGS, clock: new FakeClock() });
  const lines: string[] = [];
  bridge.subscribe((e) => void (e.type === "line" && lines.push(e.line)));
  try {
    bridge.startUpdate();
    await bridge.settled();
    deepEqual(lines.filter((l) => /RUN|warning/.test(l)), [
      "warning: cache miss",
      "#3 [3] RUN sleep 600",
    ]);
    equal(bridge.update()?.state, "failed");
  } finally {
    await bridge.close();
  }
});
