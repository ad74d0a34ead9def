/**
 * The simulated cluster driven through the real `SshRunner`: telemetry, the
 * eugr launcher's lines and traps, vLLM startup and failure modes, SSH faults.
 */
import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import {
  HostConnectError,
  parseTelemetry,
  type RunResult,
  SshRunner,
  TELEMETRY_SCRIPT,
} from "../lib/cluster/mod.ts";
import ssh2 from "ssh2";
import { type SimCluster, type SimClusterOptions, startSimCluster } from "./sim/cluster.ts";

const REPO = "cd ~/spark-vllm-docker && ";

interface Ctx {
  sim: SimCluster;
  runner: SshRunner;
  sh(host: "spark1" | "spark2", script: string): Promise<RunResult>;
}

/**
 * Runs `script` once the runner has reconnected by itself to a host that came back: the first
 * calls may still see the old connection or fall in the backoff window (by design they then fail
 * fast), so this retries, bounded by a count rather than a deadline.
 */
async function untilReachable(
  runner: SshRunner,
  host: string,
  script: string,
): Promise<string | undefined> {
  for (let i = 0; i < 200; i++) {
    const out = await runner.run(host, { script }).then((r) => r.stdout, () => undefined);
    if (out !== undefined) return out;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return undefined;
}

async function withSim(opts: SimClusterOptions, fn: (ctx: Ctx) => Promise<void>): Promise<void> {
  const sim = await startSimCluster(opts);
  const runner = new SshRunner({
    hosts: () => sim.config.hosts,
    privateKeyPath: () => sim.keyPath,
    backoff: { initialMs: 1, maxMs: 1, factor: 1, jitter: 0 },
  });
  try {
    await fn({
      sim,
      runner,
      sh: (host, script) => runner.run(host, { script }, { timeoutMs: 30_000 }),
    });
  } finally {
    await runner.close();
    await sim.close();
  }
}

async function refused(url: string): Promise<boolean> {
  try {
    const res = await fetch(url);
    await res.body?.cancel();
    return false;
  } catch {
    return true;
  }
}

function memAvailableKb(meminfo: string): number {
  return Number(/MemAvailable:\s+(\d+)/.exec(meminfo)![1]);
}

Deno.test("sim: the telemetry script's output from both hosts parses", async () => {
  await withSim({}, async ({ runner, sim }) => {
    const [one, two] = await Promise.all([
      runner.run("spark1", { script: TELEMETRY_SCRIPT }),
      runner.run("spark2", { script: TELEMETRY_SCRIPT }),
    ]);
    equal(one.code, 0);
    const t1 = parseTelemetry(one.stdout);
    const t2 = parseTelemetry(two.stdout);
    if (t1.gpu.status !== "ok") throw new Error(`GPU section failed: ${JSON.stringify(t1.gpu)}`);
    equal(t1.gpu.gpus[0].name, "NVIDIA GB10");
    ok(t1.memory !== null && t1.memory.totalBytes > 119 * 2 ** 30);
    // spark2 runs its service containers, so less memory is available there.
    ok(t2.memory!.availableBytes! < t1.memory!.availableBytes!);
    deepEqual(t1.vpn, { address: "192.0.2.101", kind: "tailscale" });
    deepEqual(t2.vpn, { address: "192.0.2.102", kind: "wireguard" });
    deepEqual(t1.links?.map((l) => [l.iface, l.operstate, l.speedMbps, l.mtu]), [
      ["enp1s0f1np1", "up", 200000, 9000],
      ["enP2p1s0f1np1", "up", 200000, 9000],
    ]);
    equal(t1.release?.kernel, "6.11.0-1016-nvidia");
    equal(t1.vllm?.status, "absent");
    ok(t1.sys !== null && t1.sys.uptimeS !== null && t1.sys.uptimeS > 0);
    ok(t1.thermal !== null);
    ok(t1.disk !== null && t1.disk.sizeBytes > 0);

    await sim.hosts.spark1.setGpuDriverFailure(true);
    await sim.hosts.spark1.setLink("enp1s0f1np1", { operstate: "down" });
    await sim.hosts.spark1.setVpn("none");
    const broken = parseTelemetry(
      (await runner.run("spark1", { script: TELEMETRY_SCRIPT })).stdout,
    );
    equal(broken.gpu.status, "unknown");
    equal(broken.links?.[0].operstate, "down");
    equal(broken.vpn?.address ?? null, null);
    ok(broken.memory !== null, "one failing section spoils nothing else");
  });
});

Deno.test("sim: eugr --list, status and stop print the launcher's exact lines", async () => {
  await withSim({ services: false }, async ({ sh, sim }) => {
    const list = await sh("spark1", REPO + "./run-recipe.sh --list </dev/null");
    equal(list.code, 0);
    match(list.stdout, /^Available recipes:\n/);
    match(
      list.stdout,
      /\n {2}qwen3-235b-a22b-tp2\.yaml\n {4}Name: .+\n {4}Description: .+\n {4}Model: Qwen\/Qwen3-235B-A22B-FP8\n {4}Cluster only: Yes\n {4}Container: vllm-node\n/,
    );
    const status = await sh("spark1", REPO + "./launch-cluster.sh status </dev/null");
    equal(
      status.stdout,
      "[HEAD] 127.0.0.1: Container 'vllm_node' is NOT running.\n" +
        "[WORKER] 127.0.0.2: Container 'vllm_node' is NOT running.\n",
    );
    const stop = await sh("spark1", REPO + "./launch-cluster.sh stop </dev/null");
    equal(
      stop.stdout,
      "Stopping cluster...\nStopping head node (127.0.0.1)...\nStopping worker node (127.0.0.2)...\nCluster stopped.\n",
    );
    // Every exec is in the host's command log, with its exit code.
    const log = sim.hosts.spark1.commandLog();
    deepEqual(log.map((e) => e.exitCode), [0, 0, 0]);
    match(log[1].command, /launch-cluster\.sh status/);
  });
});

Deno.test("sim: -d returns at once, then vLLM loads, serves, and stop frees memory", async () => {
  await withSim({ services: false, loadScale: 1 }, async ({ sh, sim }) => {
    const before = memAvailableKb((await sh("spark1", "cat $SPARK_ROOT/proc/meminfo")).stdout);
    const start = await sh("spark1", REPO + "./run-recipe.sh qwen3-30b-a3b -d </dev/null");
    equal(start.code, 0);
    match(
      start.stdout,
      /Only local node detected\/configured\. Activating solo mode \(no Ray cluster\)\./,
    );
    match(
      start.stdout,
      /Command dispatched in background \(Daemon mode\)\. Container: vllm_node\n$/,
    );
    // Dispatched is not loaded: the port still refuses (the recipe loads for seconds).
    ok(await refused(sim.services.vllm.url + "/health"));
    const status = await sh("spark1", REPO + "./launch-cluster.sh status");
    match(status.stdout, /\[HEAD\] 127\.0\.0\.1: Container 'vllm_node' is RUNNING\./);
    await sim.services.vllm.waitHealthy();
    const models = await (await fetch(sim.services.vllm.url + "/v1/models")).json();
    equal(models.data[0].id, "Qwen/Qwen3-30B-A3B-FP8");
    const logs = await sh("spark1", "docker logs --tail 200 vllm_node");
    const at = ["non-default args: {", "Model loading took", "Application startup complete."].map((
      m,
    ) => logs.stdout.indexOf(m));
    ok(at.every((i) => i >= 0) && at[0] < at[1] && at[1] < at[2], logs.stdout);
    const loaded = memAvailableKb((await sh("spark1", "cat $SPARK_ROOT/proc/meminfo")).stdout);
    ok(before - loaded > 50_000_000, `MemAvailable drops by weights + KV: ${before} -> ${loaded}`);
    const running = await sh("spark1", `docker exec vllm_node pgrep -f "vllm serve"`);
    equal(running.code, 0);

    const stop = await sh("spark1", REPO + "./launch-cluster.sh stop </dev/null");
    match(stop.stdout, /Cluster stopped\.\n$/);
    equal((await sh("spark1", "docker ps --filter 'name=^vllm_node$' -q")).stdout, "");
    ok(await refused(sim.services.vllm.url + "/health"));
    const after = memAvailableKb((await sh("spark1", "cat $SPARK_ROOT/proc/meminfo")).stdout);
    equal(after, before);
  });
});

Deno.test("sim: a second launch hits the already-running trap", async () => {
  await withSim({ services: false, vllmRecipe: "qwen3-30b-a3b" }, async ({ sh }) => {
    const again = await sh("spark1", REPO + "./run-recipe.sh gpt-oss-120b -d </dev/null");
    equal(again.code, 0);
    match(again.stdout, /Cluster containers are already running\. Skipping launch\./);
  });
});

Deno.test("sim: a missing image prompts 'Build now? [y/N]' and aborts on EOF", async () => {
  await withSim({ services: false }, async ({ sh, sim }) => {
    await sim.hosts.spark1.setImage("vllm-node", null);
    const res = await sh("spark1", REPO + "./run-recipe.sh qwen3-30b-a3b -d </dev/null");
    ok(res.code !== 0);
    match(res.stdout, /Build now\? \[y\/N\] /);
    equal((await sh("spark1", "docker ps -q")).stdout, "");
  });
});

Deno.test("sim: image mismatch, cluster-only and unreachable-worker errors", async () => {
  await withSim({ services: false }, async ({ sh, sim, runner }) => {
    const solo = await sh(
      "spark1",
      REPO + "./run-recipe.sh qwen3-235b-a22b-tp2 --solo -d </dev/null",
    );
    equal(solo.code, 1);
    match(solo.stdout, /Error: Recipe 'Qwen3-235B-A22B \(2 Sparks\)' requires cluster mode\./);
    const count = await sh(
      "spark1",
      REPO + "./launch-cluster.sh --solo -d exec vllm serve x/y -tp 2 </dev/null",
    );
    match(
      count.stdout,
      /Error: Command requires 2 nodes \(.*\) but only 1 node\(s\) are configured\./,
    );

    await sim.hosts.spark2.setImage("vllm-node", "sha256:" + "ab".repeat(32));
    const mismatch = await sh("spark1", REPO + "./run-recipe.sh qwen3-235b-a22b-tp2 -d </dev/null");
    equal(mismatch.code, 1);
    match(
      mismatch.stdout,
      /Error: Cluster launch aborted because image 'vllm-node' is not in sync\./,
    );

    await sim.hosts.spark2.refuseConnections(true);
    const worker = await sh("spark1", REPO + "./run-recipe.sh qwen3-235b-a22b-tp2 -d </dev/null");
    equal(worker.code, 1);
    match(worker.stdout, /Error: Passwordless SSH to 127\.0\.0\.2 failed\./);
    await rejects(runner.run("spark2", { script: "true" }), (e) => {
      ok(e instanceof HostConnectError);
      equal(e.failure.kind, "unreachable");
      return true;
    });
    await sim.hosts.spark2.refuseConnections(false);
    equal(await untilReachable(runner, "spark2", "echo back"), "back\n");
  });
});

Deno.test("sim: a two-node recipe starts the worker too, and stop stops both", async () => {
  await withSim({ services: false }, async ({ sh, sim }) => {
    const start = await sh("spark1", REPO + "./run-recipe.sh qwen3-235b-a22b-tp2 -d </dev/null");
    equal(start.code, 0, start.stdout + start.stderr);
    await sim.services.vllm.waitHealthy();
    const worker = await sh("spark2", "docker ps --format '{{.Names}}'; docker logs vllm_node");
    match(worker.stdout, /^vllm_node\n/);
    match(worker.stdout, /Model loading took/);
    const stop = await sh("spark1", REPO + "./launch-cluster.sh stop </dev/null");
    match(stop.stdout, /Stopping worker node \(127\.0\.0\.2\)\.\.\./);
    equal((await sh("spark2", "docker ps -q")).stdout, "");
  });
});

Deno.test("sim: engine death keeps the container up with /health 503", async () => {
  await withSim({ services: false, vllmRecipe: "qwen3-30b-a3b" }, async ({ sh, sim }) => {
    await sim.services.vllm.killEngine();
    const res = await fetch(sim.services.vllm.url + "/health");
    equal(res.status, 503);
    await res.body?.cancel();
    const ps = await sh(
      "spark1",
      "docker ps --filter 'name=^vllm_node$' --format '{{.Names}} {{.Status}}'",
    );
    match(ps.stdout, /^vllm_node Up /);
    const logs = await sh("spark1", "docker logs vllm_node");
    match(logs.stdout, /EngineCore encountered a fatal error/);
  });
});

Deno.test("sim: an OOM load logs the real error line and the container goes away", async () => {
  await withSim({ services: false, loadScale: 1 }, async ({ sh, sim }) => {
    await sim.hosts.spark1.setVllmFailure("oom");
    // Follow the log from dispatch on, as the swap does: --rm removes the log with the container.
    const res = await sh(
      "spark1",
      REPO + "./run-recipe.sh qwen3-30b-a3b -d </dev/null >/dev/null && docker logs -f vllm_node",
    );
    match(res.stdout, /Engine core initialization failed\. See root cause above\./);
    equal((await sh("spark1", "docker ps -q")).stdout, "");
  });
});

Deno.test("sim: reboot resets uptime and brings restart-policy containers back", async () => {
  await withSim({}, async ({ sh, sim }) => {
    const up = async () =>
      Number((await sh("spark2", "cut -d' ' -f1 $SPARK_ROOT/proc/uptime")).stdout);
    const before = await up();
    await sim.hosts.spark2.reboot();
    ok((await up()) < before);
    await sim.services.asr.waitListening();
    const ps = await sh("spark2", "docker ps --format '{{.Names}}' | sort");
    equal(ps.stdout, "kokoro\nmatrix-bridge\nparakeet-asr\nqdrant\nspark-embed\n");
  });
});

Deno.test("sim: services answer the shared control API", async () => {
  await withSim({}, async ({ sim }) => {
    await sim.services.embed.setFault({ kind: "status", status: 503, retryAfterS: 3, count: 1 });
    const res = await fetch(sim.services.embed.url + "/v1/embeddings", {
      method: "POST",
      body: JSON.stringify({ input: "x" }),
    });
    equal(res.status, 503);
    equal(res.headers.get("retry-after"), "3");
    await res.body?.cancel();
    const seen = await sim.services.embed.requests();
    equal(seen.at(-1)?.target, "/v1/embeddings");
  });
});

Deno.test("sim: password login works once, to install the controller key; drops reconnect", async () => {
  const password = "correct horse battery staple";
  await withSim(
    {
      services: false,
      withoutControllerKey: true,
      acceptPasswordOnce: { user: "spark", password },
    },
    async ({ sim, runner }) => {
      await rejects(runner.run("spark2", { script: "true" }), (e) => {
        ok(e instanceof HostConnectError);
        equal(e.failure.kind, "auth-failed");
        return true;
      });
      const host = sim.hosts.spark2;
      const install = (pw: string) =>
        new Promise<number | null>((resolve, reject) => {
          const client = new ssh2.Client();
          client.on("error", reject);
          client.on("ready", () => {
            client.exec(
              `mkdir -p ~/.ssh && printf '%s\\n' '${sim.publicKey}' >> ~/.ssh/authorized_keys`,
              (err, stream) => {
                if (err) return reject(err);
                stream.on("exit", (code: number) => resolve(code));
                stream.on("close", () => client.end());
                stream.resume();
              },
            );
          });
          client.connect({
            host: host.address,
            port: host.sshPort,
            username: host.user,
            password: pw,
            hostVerifier: () => true,
          });
        });
      equal(await install(password), 0);
      // Once only: the same password is refused afterwards.
      await rejects(install(password));
      equal((await runner.run("spark2", { script: "echo in" })).stdout, "in\n");

      host.dropSessions();
      equal(await untilReachable(runner, "spark2", "echo again"), "again\n");
    },
  );
});
