import { deepEqual, equal, match } from "node:assert/strict";
import { PHASE_MARKER } from "./commands.ts";
import { detectPhase, explainFailure, parseInspect } from "./phases.ts";

Deno.test("detectPhase() recognises the four markers and nothing else", () => {
  equal(detectPhase(`${PHASE_MARKER}fetch`), "fetch");
  equal(detectPhase(`${PHASE_MARKER}build\r`), "build");
  equal(detectPhase(`  ${PHASE_MARKER}recreate`), "recreate");
  equal(detectPhase(`${PHASE_MARKER}healthy`), "healthy");
  equal(detectPhase(`${PHASE_MARKER}deploy`), null);
  equal(detectPhase("Step 1/5 : FROM node:20"), null);
  equal(detectPhase(`echo ${PHASE_MARKER}fetch`), null);
});

Deno.test("explainFailure() names the step and a plain reason for a failed build", () => {
  const why = explainFailure("build", [
    "#5 [2/3] RUN npm ci",
    '#5 ERROR: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
    'ERROR: failed to solve: process "/bin/sh -c npm ci" did not complete successfully: exit code: 1',
  ]);
  match(why, /during the build of the new version/);
  match(why, /building the bot's image failed/);
  match(why, /failed to solve/);
});

Deno.test("explainFailure() explains a fetch that cannot fast-forward", () => {
  const why = explainFailure("fetch", [
    "hint: Diverging branches can't be fast-forwarded",
    "fatal: Not possible to fast-forward, aborting.",
  ]);
  match(why, /during the download of the new version/);
  match(why, /cannot simply move forward/);
});

Deno.test("explainFailure() falls back to the last line the Spark printed", () => {
  match(explainFailure("recreate", ["something odd", ""]), /Spark said: something odd/);
});

Deno.test("parseInspect() reads status, start time and id; missing and unknown are distinct", () => {
  const id = "a".repeat(64);
  deepEqual(
    parseInspect({ code: 0, stdout: `running|true|2026-01-02T03:04:05.1Z|${id}\n`, stderr: "" }, 7),
    { state: "running", startedAt: "2026-01-02T03:04:05.1Z", id, checkedAtMs: 7, message: null },
  );
  equal(
    parseInspect({ code: 0, stdout: `exited|false|0001-01-01T00:00:00Z|${id}`, stderr: "" }, 7)
      .startedAt,
    null,
  );
  equal(
    parseInspect({ code: 1, stdout: "", stderr: "Error: No such object: matrix-bridge" }, 7).state,
    "missing",
  );
  const broken = parseInspect({ code: 1, stdout: "", stderr: "permission denied" }, 7);
  equal(broken.state, "unknown");
  equal(broken.message, "permission denied");
});
