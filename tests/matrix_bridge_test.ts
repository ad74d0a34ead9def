/**
 * The matrix-bridge bot tile's API and update runner: against a simulated
 * Spark 2 (real git fetch/fast-forward, a fake `docker compose` that runs the
 * Dockerfile's RUN lines) through the real `SshRunner`, and against
 * `FakeRunner` + `FakeClock` for re-checks, one-at-a-time and blank-user rules.
 */
import { deepEqual, equal, match, notEqual, ok } from "node:assert/strict";
import { createApp } from "../app.ts";
import { SshRunner } from "../lib/cluster/mod.ts";
import { ConfigStore } from "../lib/config/mod.ts";
import { systemClock } from "../lib/clock.ts";
import {
  botTarget,
  MatrixBridge,
  PHASE_MARKER,
  type UpdateView,
} from "../lib/matrix_bridge/mod.ts";
import { FakeClock, fakeDeps, FakeRunner } from "./fakes.ts";
import { type SimCluster, startSimCluster } from "./sim/cluster.ts";
import { installSimBotRepo, type SimBotRepo } from "./sim/bot/setup.ts";

interface SimCtx {
  sim: SimCluster;
  repo: SimBotRepo;
  runner: SshRunner;
  inspect(): Promise<{ status: string; id: string }>;
}

async function withBotSim(fn: (ctx: SimCtx) => Promise<void>): Promise<void> {
  const sim = await startSimCluster({ services: false });
  const runner = new SshRunner({
    hosts: () => botTarget(sim.config),
    privateKeyPath: () => sim.keyPath,
  });
  try {
    const repo = await installSimBotRepo(sim.hosts.spark2);
    const started = await sim.hosts.spark2.sh(
      "docker run -d --restart unless-stopped --name matrix-bridge matrix-bridge:latest",
    );
    equal(started.code, 0, started.stderr);
    const inspect = async () => {
      const r = await sim.hosts.spark2.sh(
        "docker inspect --format '{{.State.Status}} {{.Id}}' matrix-bridge",
      );
      const [status, id] = r.stdout.trim().split(" ");
      return { status, id };
    };
    await fn({ sim, repo, runner, inspect });
  } finally {
    await runner.close();
    await sim.close();
  }
}

/** Reads an SSE response to its end: `[event, parsed data]` pairs. */
async function readSse(res: Response): Promise<[string, unknown][]> {
  const text = await res.text();
  const out: [string, unknown][] = [];
  for (const block of text.split("\n\n")) {
    const event = /^event: (.*)$/m.exec(block)?.[1];
    const data = /^data: (.*)$/m.exec(block)?.[1];
    if (event && data !== undefined) out.push([event, JSON.parse(data)]);
  }
  return out;
}

const FAST_HEALTH = { pollMs: 100, settleMs: 300, timeoutMs: 20_000 };

Deno.test("matrix-bridge update: the happy path streams every line and the phases fetch, build, recreate, healthy", async () => {
  await withBotSim(async ({ sim, repo, runner, inspect }) => {
    const before = await inspect();
    const commit = await repo.pushVersion(["echo installing dependencies", "echo bot v2 ready"]);
    const bridge = new MatrixBridge({
      runner,
      settings: () => sim.config.matrixBridge,
      clock: systemClock,
      health: FAST_HEALTH,
    });
    const deps = fakeDeps({ config: new ConfigStore(sim.config), matrixBridge: bridge });
    try {
      const app = createApp(deps);
      const start = await app.request("/api/matrix-bridge/update", { method: "POST" });
      equal(start.status, 202);
      equal((await start.json()).update.state, "running");
      const stream = await app.request("/api/matrix-bridge/update/stream");
      equal(stream.status, 200);
      match(stream.headers.get("content-type") ?? "", /text\/event-stream/);
      const events = await readSse(stream);
      const phases = events.filter(([e]) => e === "phase").map(([, d]) =>
        (d as { phase: string }).phase
      );
      // Phases reached before the stream connected come in the first `update` frame.
      const first = events[0][1] as UpdateView;
      deepEqual(
        [...first.done, ...(first.phase ? [first.phase] : []), ...phases].filter((p, i, a) =>
          a.indexOf(p) === i
        ),
        [
          "fetch",
          "build",
          "recreate",
          "healthy",
        ],
      );
      const lines = events.filter(([e]) => e === "line").map(([, d]) =>
        (d as { line: string }).line
      );
      ok(
        lines.some((l) => l.includes("bot v2 ready")),
        "the build's own output reaches the browser",
      );
      ok(lines.some((l) => /naming to docker.io\/library\/matrix-bridge:latest/.test(l)));
      ok(lines.some((l) => /Container matrix-bridge {2}Started/.test(l)));
      ok(!lines.some((l) => l.includes(PHASE_MARKER)), "markers are phases, not lines");
      const [lastEvent, done] = events.at(-1)!;
      equal(lastEvent, "done");
      equal((done as UpdateView).state, "succeeded");
      deepEqual((done as UpdateView).done, ["fetch", "build", "recreate", "healthy"]);
      // What really happened on the Spark:
      equal(await repo.checkoutHead(), commit, "the checkout was fast-forwarded to the new commit");
      const after = await inspect();
      equal(after.status, "running");
      notEqual(after.id, before.id, "the container was recreated");
      const log = sim.hosts.spark2.commandLog();
      ok(log.every((e) => !/\bsudo\b/.test(e.command)), "no sudo");
      ok(log.every((e) => e.user === sim.config.matrixBridge.user));
    } finally {
      await deps.close();
    }
  });
});

Deno.test("matrix-bridge update: a failing build stops the update, names the build phase and keeps the old container running", async () => {
  await withBotSim(async ({ sim, repo, runner, inspect }) => {
    const before = await inspect();
    await repo.pushVersion([
      "echo installing dependencies",
      "echo 'npm ERR! missing script' >&2; exit 3",
    ]);
    const bridge = new MatrixBridge({
      runner,
      settings: () => sim.config.matrixBridge,
      clock: systemClock,
      health: FAST_HEALTH,
    });
    try {
      bridge.startUpdate();
      await bridge.settled();
      const u = bridge.update()!;
      equal(u.state, "failed");
      equal(u.failedPhase, "build");
      deepEqual(u.done, ["fetch"]);
      equal(u.oldContainerUntouched, true);
      match(u.error!, /during the build of the new version/);
      match(u.error!, /building the bot's image failed/);
      ok(bridge.updateLines().some((l) => l.includes("npm ERR! missing script")));
      const after = await inspect();
      deepEqual(after, { status: "running", id: before.id }, "the old container still runs");
      ok(
        !sim.hosts.spark2.commandLog().some((e) =>
          e.command.includes("docker compose up") && !e.command.includes("set -euo")
        ),
      );
      const tool = await Deno.readTextFile(`${sim.hosts.spark2.dir}/state/tool.log`);
      ok(!tool.includes("docker compose up"), "recreate never ran");
    } finally {
      await bridge.close();
    }
  });
});

Deno.test("matrix-bridge update: the 25-minute cap (on the injected clock) stops a hanging build and leaves the bot running", async () => {
  await withBotSim(async ({ sim, repo, runner, inspect }) => {
    const before = await inspect();
    await repo.pushVersion(["echo about to hang", "sleep 600"]);
    const clock = new FakeClock();
    const bridge = new MatrixBridge({
      runner,
      settings: () => sim.config.matrixBridge,
      clock,
      health: FAST_HEALTH,
    });
    try {
      const hanging = new Promise<void>((resolve) => {
        const off = bridge.subscribe((e) => {
          if (e.type === "line" && e.line.includes("RUN sleep 600")) {
            off();
            resolve();
          }
        });
      });
      bridge.startUpdate();
      await hanging;
      await clock.advance(25 * 60 * 1000 - 1);
      equal(bridge.update()!.state, "running", "not stopped a millisecond early");
      await clock.advance(1);
      await bridge.settled();
      const u = bridge.update()!;
      equal(u.state, "failed");
      equal(u.failedPhase, "build");
      match(u.error!, /took longer than 25 minutes/);
      equal(u.oldContainerUntouched, true);
      deepEqual(await inspect(), { status: "running", id: before.id });
    } finally {
      await bridge.close();
    }
  });
});

Deno.test("matrix-bridge settings: injection payloads as branch, user or container are refused with 400 and nothing runs on the Spark", async () => {
  await withBotSim(async ({ sim, runner }) => {
    const config = new ConfigStore(sim.config);
    const bridge = new MatrixBridge({
      runner,
      settings: () => config.get().matrixBridge,
      clock: systemClock,
    });
    const deps = fakeDeps({ config, matrixBridge: bridge });
    try {
      const app = createApp(deps);
      const view = await (await app.request("/api/settings")).json();
      const logBefore = sim.hosts.spark2.commandLog().length;
      const payloads = [
        "main; touch sparkctl-injection-canary",
        "$(touch sparkctl-injection-canary)",
        "x\ntouch sparkctl-injection-canary",
        "--upload-pack=touch sparkctl-injection-canary",
      ];
      for (const field of ["branch", "user", "container"]) {
        for (const payload of payloads) {
          const res = await app.request("/api/settings", {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              hosts: view.hosts,
              matrixBridge: { ...view.matrixBridge, [field]: payload },
            }),
          });
          equal(res.status, 400, `${field} = ${JSON.stringify(payload)}`);
          const body = await res.json();
          equal(body.error.details[0].path, `matrixBridge.${field}`);
        }
      }
      deepEqual(config.get(), sim.config, "the config did not change");
      equal(sim.hosts.spark2.commandLog().length, logBefore, "no command reached the Spark");
      const canary = await Deno.stat(`${sim.hosts.spark2.home}/sparkctl-injection-canary`).then(
        () => true,
        () => false,
      );
      equal(canary, false);
    } finally {
      await deps.close();
    }
  });
});

function botDeps(runner: FakeRunner, user = "bot") {
  const clock = new FakeClock();
  return fakeDeps({
    runner,
    clock,
    configure: (c) => {
      c.matrixBridge.user = user;
    },
  });
}

const ID1 = "1".repeat(64);
const ID2 = "2".repeat(64);

Deno.test("POST /api/matrix-bridge/restart re-checks docker inspect right after and on a short timer", async () => {
  let inspects = 0;
  const runner = FakeRunner.scripted([
    ["docker restart matrix-bridge", "matrix-bridge\n"],
    ["docker inspect", () => {
      inspects++;
      return inspects === 1
        ? `restarting|false|2026-01-01T00:00:00Z|${ID1}\n`
        : `running|true|2026-01-01T00:00:05Z|${ID1}\n`;
    }],
  ]);
  const deps = botDeps(runner);
  try {
    const app = createApp(deps);
    const res = await app.request("/api/matrix-bridge/restart", { method: "POST" });
    equal(res.status, 200);
    equal((await res.json()).status.state, "restarting");
    deepEqual(runner.lines().map((l) => l.split(" ").slice(0, 2).join(" ")), [
      "docker restart",
      "docker inspect",
    ]);
    ok(runner.calls.every((c) => c.hostId === "spark2"));
    await (deps.clock as FakeClock).advance(2_000);
    equal(inspects, 2, "re-checked 2 s later");
    equal(deps.matrixBridge.lastStatus()?.state, "running");
    await (deps.clock as FakeClock).advance(30_000);
    equal(inspects, 5, "and at 5, 15 and 30 s");
  } finally {
    await deps.close();
  }
});

Deno.test("POST /api/matrix-bridge/update runs one update at a time (409 for a second)", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const runner = FakeRunner.scripted([
    ["docker inspect", `running|true|2026-01-01T00:00:00Z|${ID1}\n`],
    ["bash -c", async () => {
      await gate;
      return { code: 1, stdout: `${PHASE_MARKER}fetch\nfatal: couldn't find remote ref main\n` };
    }],
  ]);
  const deps = botDeps(runner);
  try {
    const app = createApp(deps);
    equal((await app.request("/api/matrix-bridge/update", { method: "POST" })).status, 202);
    const second = await app.request("/api/matrix-bridge/update", { method: "POST" });
    equal(second.status, 409);
    match((await second.json()).error.message, /already running/);
    equal((await app.request("/api/matrix-bridge/stop", { method: "POST" })).status, 409);
    release();
    await deps.matrixBridge.settled();
    const u = deps.matrixBridge.update()!;
    equal(u.failedPhase, "fetch");
    match(u.error!, /branch does not exist/);
    equal(runner.lines().filter((l) => l.startsWith("bash -c")).length, 1);
  } finally {
    await deps.close();
  }
});

Deno.test("matrix-bridge healthy phase fails loud when the new container keeps restarting", async () => {
  let n = 0;
  const runner = FakeRunner.scripted([
    [
      "docker inspect",
      () => (++n === 1
        ? `running|true|2026-01-01T00:00:00Z|${ID1}\n`
        : `restarting|true|2026-01-01T00:01:00Z|${ID2}\n`),
    ],
    [
      "bash -c",
      `${PHASE_MARKER}fetch\n${PHASE_MARKER}build\n${PHASE_MARKER}recreate\n${PHASE_MARKER}healthy\n`,
    ],
  ]);
  const clock = new FakeClock();
  const bridge = new MatrixBridge({
    runner,
    settings: () => ({
      user: "bot",
      hostId: "spark2",
      container: "matrix-bridge",
      repoDir: "~/matrix-bridge",
      branch: "main",
    }),
    clock,
    health: { pollMs: 1_000, settleMs: 1_000, timeoutMs: 5_000 },
  });
  try {
    bridge.startUpdate();
    for (let i = 0; i < 10 && bridge.update()!.state === "running"; i++) await clock.advance(1_000);
    await bridge.settled();
    const u = bridge.update()!;
    equal(u.state, "failed");
    equal(u.failedPhase, "healthy");
    equal(u.oldContainerUntouched, false);
    match(u.error!, /did not start within 5 s/);
  } finally {
    await bridge.close();
  }
});

Deno.test("blank matrix-bridge user: status says disabled, actions are 404 and nothing runs", async () => {
  const runner = new FakeRunner();
  const deps = botDeps(runner, "");
  try {
    const app = createApp(deps);
    deepEqual(await (await app.request("/api/matrix-bridge/status")).json(), {
      enabled: false,
      status: null,
      update: null,
    });
    equal((await app.request("/api/matrix-bridge/update", { method: "POST" })).status, 404);
    equal((await app.request("/api/matrix-bridge/restart", { method: "POST" })).status, 404);
    equal(runner.calls.length, 0);
  } finally {
    await deps.close();
  }
});
