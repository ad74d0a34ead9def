/**
 * `/api/logs/:service`: the allow-list in front of the shell, the per-host
 * limit, and `docker logs --follow` streamed from a simulated Spark whose
 * remote process ends when the browser goes away.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { createApp } from "../app.ts";
import { fakeDeps, FakeRunner } from "./fakes.ts";
import { startSimCluster } from "./sim/cluster.ts";
import { startSimController } from "./sim/controller.ts";

const HOST = { host: "localhost" };

/** Reads Server-Sent Events frames off a response body, one at a time. */
function sseFrames(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  return {
    async next(): Promise<{ event: string; data: unknown } | null> {
      for (;;) {
        const end = buf.indexOf("\n\n");
        if (end >= 0) {
          const frame = buf.slice(0, end);
          buf = buf.slice(end + 2);
          if (frame.startsWith(":")) continue;
          const event = /^event: (.*)$/m.exec(frame)?.[1] ?? "message";
          const data = frame.split("\n").filter((l) => l.startsWith("data: "))
            .map((l) => l.slice(6)).join("\n");
          return { event, data: JSON.parse(data) };
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buf += value;
      }
    },
    cancel: () => reader.cancel(),
  };
}

/** Resolves once `check()` holds, re-checking a state the test cannot subscribe to; bounded. */
async function eventually(what: string, check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = performance.now() + 15_000;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function configuredDeps(runner: FakeRunner) {
  return fakeDeps({
    runner,
    configure(c) {
      c.hosts.forEach((h, i) => {
        h.address = `192.0.2.${10 + i}`;
        h.sshUser = "spark";
      });
    },
  });
}

Deno.test("GET /api/logs lists the allow-listed containers by id", async () => {
  const deps = configuredDeps(new FakeRunner());
  try {
    const res = await createApp(deps).request("/api/logs", { headers: HOST });
    equal(res.status, 200);
    const { sources } = await res.json();
    ok(sources.some((s: { id: string }) => s.id === "spark2.vllm"), "vLLM on the worker too");
    deepEqual(sources.find((s: { id: string }) => s.id === "spark2.tts"), {
      id: "spark2.tts",
      hostId: "spark2",
      kind: "tts",
      container: "kokoro",
      label: "Text to speech (Kokoro) on Spark 2",
    });
  } finally {
    await deps.close();
  }
});

Deno.test("GET /api/logs/:service refuses bad and unknown names before any shell", async () => {
  const runner = new FakeRunner();
  const deps = configuredDeps(runner);
  try {
    const app = createApp(deps);
    for (const bad of ["kokoro", "spark2.tts%3Brm%20-rf%20~", "spark2.%24(id)", "..%2F..%2Fetc"]) {
      const res = await app.request(`/api/logs/${bad}`, { headers: HOST });
      equal(res.status, 400, bad);
      match((await res.json()).error.message, /not a log source id/);
    }
    const unknown = await app.request("/api/logs/spark9.tts", { headers: HOST });
    equal(unknown.status, 404);
    match((await unknown.json()).error.message, /No container "spark9.tts"/);
    // A kind the host does not run is not a source either, even though the name is well formed.
    equal((await app.request("/api/logs/spark1.tts", { headers: HOST })).status, 404);
    deepEqual(runner.calls, [], "nothing reached a shell");
  } finally {
    await deps.close();
  }
});

Deno.test("GET /api/logs/:service streams lines, caps streams per host, and aborts on cancel", async () => {
  const aborted: Promise<void>[] = [];
  const runner = new FakeRunner(({ opts: o }) => {
    o.onStdout?.("first line\nsecond ");
    o.onStdout?.("line\n");
    o.onStderr?.("a warning\n");
    // Like `docker logs -f`: runs until the channel is closed.
    const done = new Promise<void>((resolve) =>
      o.signal!.addEventListener("abort", () => resolve(), { once: true })
    );
    aborted.push(done);
    return done.then(() => ({ code: null, signal: "TERM" }));
  });
  const deps = configuredDeps(runner);
  try {
    const app = createApp(deps);
    const streams = [];
    for (let i = 0; i < 3; i++) {
      const res = await app.request("/api/logs/spark2.tts", { headers: HOST });
      equal(res.status, 200);
      match(res.headers.get("content-type") ?? "", /^text\/event-stream/);
      streams.push(sseFrames(res));
    }
    const first = streams[0];
    deepEqual(await first.next(), {
      event: "source",
      data: { id: "spark2.tts", label: "Text to speech (Kokoro) on Spark 2", container: "kokoro" },
    });
    deepEqual(await first.next(), {
      event: "lines",
      data: { stream: "out", lines: ["first line"] },
    });
    deepEqual(await first.next(), {
      event: "lines",
      data: { stream: "out", lines: ["second line"] },
    });
    deepEqual(await first.next(), {
      event: "lines",
      data: { stream: "err", lines: ["a warning"] },
    });
    deepEqual(runner.calls[0].command, {
      argv: ["docker", "logs", "--follow", "--tail", "200", "kokoro"],
    });
    equal(runner.calls[0].hostId, "spark2");

    // A fourth view on the same host would take an SSH channel telemetry needs: 503.
    const busy = await app.request("/api/logs/spark2.asr", { headers: HOST });
    equal(busy.status, 503);
    ok(busy.headers.get("retry-after"));
    await busy.body?.cancel();
    // Another host has its own slots.
    const other = await app.request("/api/logs/spark1.vllm", { headers: HOST });
    equal(other.status, 200);
    streams.push(sseFrames(other));

    // The browser going away cancels the body; the remote command is aborted.
    await Promise.all(streams.map((s) => s.cancel()));
    await Promise.all(aborted);
    // The slot is free again once the stream has ended.
    await eventually("a free slot on spark2", async () => {
      const res = await app.request("/api/logs/spark2.asr", { headers: HOST });
      await res.body?.cancel();
      return res.status === 200;
    });
  } finally {
    await deps.close();
  }
});

Deno.test("GET /api/logs/:service says why when the host cannot be reached", async () => {
  const runner = new FakeRunner();
  runner.setState("spark2", {
    state: "disconnected",
    sinceMs: 0,
    failure: { kind: "unreachable", message: "connection refused" },
  });
  const deps = configuredDeps(runner);
  try {
    const res = await createApp(deps).request("/api/logs/spark2.tts", { headers: HOST });
    equal(res.status, 200);
    const frames = sseFrames(res);
    equal((await frames.next())?.event, "source");
    const failed = await frames.next();
    equal(failed?.event, "failed");
    match(
      (failed?.data as { message: string }).message,
      /Cannot reach "spark2".*connection refused/,
    );
    equal(await frames.next(), null, "the stream ends");
  } finally {
    await deps.close();
  }
});

Deno.test("sim: a followed container log streams live, and the remote process ends on disconnect", async () => {
  const sim = await startSimCluster();
  try {
    await using ctl = await startSimController(sim);
    const browser = new AbortController();
    const res = await fetch(`${ctl.url}/api/logs/spark2.tts`, {
      headers: { host: "127.0.0.1" },
      signal: browser.signal,
    });
    equal(res.status, 200);
    const frames = sseFrames(res);
    equal((await frames.next())?.event, "source");
    // The fake Kokoro logs each request it serves: a request of ours must show up, live.
    const marker = `/v1/audio/voices?from-logs-test=${crypto.randomUUID()}`;
    await (await fetch(`${sim.services.tts.url}${marker}`)).body?.cancel();
    for (;;) {
      const frame = await frames.next();
      ok(frame, "the stream ended before our request was logged");
      if (frame.event !== "lines") continue;
      if ((frame.data as { lines: string[] }).lines.some((l) => l.includes(marker))) break;
    }
    // The container's own argv names its log too; match only the follower (`tail … -F`).
    const followers = () =>
      new Deno.Command("pgrep", {
        args: ["-f", `^tail .*-F.* ${sim.hosts.spark2.dir}/docker/containers/kokoro/log$`],
        stdout: "piped",
      }).output();
    const follow = () =>
      sim.hosts.spark2.commandLog().find((e) => e.command.includes("docker logs --follow"));
    equal(follow()?.command, "docker logs --follow --tail 200 kokoro");
    equal(follow()?.endMs, null, "still following while the page is open");

    equal((await followers()).code, 0, "the follower runs while the page is open");

    browser.abort();
    await frames.cancel().catch(() => {});
    await eventually("the remote docker logs to end", () => follow()?.endMs != null);
    // The exec's whole process group is gone: no `tail -F` left on the container's log.
    const left = await followers();
    equal(left.code, 1, `processes left: ${new TextDecoder().decode(left.stdout)}`);
  } finally {
    await sim.close();
  }
});
