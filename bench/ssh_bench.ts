/**
 * SSH bench against a real sshd on loopback (needs root and openssh-server):
 * - a warm command (`true`) over SshRunner vs the `ssh` CLI multiplexed
 *   through ControlMaster/ControlPersist (the best an `ssh`-spawning
 *   controller can do), both measured in this run;
 * - one telemetry poll (TELEMETRY_SCRIPT against a fixture root) vs a warm
 *   `true` on the same connection (the fixed cost of a round trip).
 */
import { join } from "node:path";
import { quote, SshRunner, telemetryScript } from "../lib/cluster/mod.ts";
import { sshdUnavailable, startSshd } from "../tests/_sshd.ts";
import { percentile, report } from "./_report.ts";

const WARMUP = 20;
const RUNS = 300;
const POLLS = 100;

const unavailable = await sshdUnavailable();
if (unavailable) {
  // deno-lint-ignore no-console -- bench output
  console.log(`ssh | skipped: ${unavailable}`);
  Deno.exit(0);
}

async function timeMany(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

await using sshd = await startSshd();
const host = {
  id: "bench",
  address: "127.0.0.1",
  sshPort: sshd.port,
  sshUser: sshd.user,
  hostKeyFingerprint: sshd.fingerprint,
};
const runner = new SshRunner({ hosts: () => [host], privateKeyPath: () => sshd.clientKeyPath });

// Baseline: OpenSSH's client with a control master, warmed up the same way.
const knownHosts = join(sshd.dir, "known_hosts");
await Deno.writeTextFile(
  knownHosts,
  `[127.0.0.1]:${sshd.port} ${await Deno.readTextFile(join(sshd.dir, "host_ed25519.pub"))}`,
);
const control = join(sshd.dir, "cm-%C");
const sshArgs = [
  "-F",
  "/dev/null",
  "-i",
  sshd.clientKeyPath,
  "-p",
  String(sshd.port),
  "-o",
  "BatchMode=yes",
  "-o",
  `UserKnownHostsFile=${knownHosts}`,
  "-o",
  "StrictHostKeyChecking=yes",
  "-o",
  "ControlMaster=auto",
  "-o",
  `ControlPath=${control}`,
  "-o",
  "ControlPersist=60",
  `${sshd.user}@127.0.0.1`,
];
const sshTrue = async () => {
  const out = await new Deno.Command("ssh", { args: [...sshArgs, "true"], stdin: "null" }).output();
  if (!out.success) throw new Error(`ssh failed: ${new TextDecoder().decode(out.stderr)}`);
};

try {
  await timeMany(WARMUP, () => runner.run("bench", { argv: ["true"] }));
  await timeMany(WARMUP, sshTrue);
  const ours = await timeMany(RUNS, () => runner.run("bench", { argv: ["true"] }));
  const theirs = await timeMany(RUNS, sshTrue);
  report(
    "ssh",
    "warm `true` p50 (SshRunner)",
    percentile(ours, 50),
    "ms",
    "ssh ControlMaster",
    percentile(theirs, 50),
    { target: "≤ 5 ms, ratio ≤ 1.0" },
  );

  const testdata = new URL("../lib/cluster/testdata/", import.meta.url).pathname;
  const poll =
    `export SPARK_ROOT=${quote(`${testdata}root`)} PATH=${quote(`${testdata}bin`)}:"$PATH"\n` +
    telemetryScript({ hfCache: false });
  await timeMany(WARMUP, () => runner.run("bench", { script: poll }));
  // Two hosts polled at once, as the poller does (both "hosts" are this sshd here).
  const polls = await timeMany(POLLS, async () => {
    const rs = await Promise.all([
      runner.run("bench", { script: poll }),
      runner.run("bench", { script: poll }),
    ]);
    if (!rs.every((r) => r.stdout.includes("@@end"))) {
      throw new Error("telemetry poll output is incomplete");
    }
  });
  report(
    "ssh",
    "telemetry poll of two hosts p50",
    percentile(polls, 50),
    "ms",
    "warm `true` on the same connection",
    percentile(ours, 50),
    { target: "≤ 50 ms" },
  );
} finally {
  await runner.close();
  // Stop the control master we started (it outlives the commands by design).
  await new Deno.Command("ssh", {
    args: [...sshArgs.slice(0, -1), "-O", "exit", sshArgs.at(-1)!],
    stderr: "null",
  })
    .output();
}
