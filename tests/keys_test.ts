/**
 * The controller's SSH key: creation on first start, the authorize command in
 * a real bash, and the per-Spark key copy with a password against a simulated
 * Spark whose SSH server accepts that password once. Host trust: a changed
 * host key blocks the host until the owner deliberately re-trusts it.
 */
import { equal, match, notEqual, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { createApp } from "../app.ts";
import { HostConnectError, probeHostKey, SshRunner } from "../lib/cluster/mod.ts";
import { ConfigStore } from "../lib/config/mod.ts";
import {
  authorizeKeyCommand,
  controllerKeys,
  ensureKeyPair,
  generateEd25519KeyPair,
} from "../lib/keys/mod.ts";
import type { Logger } from "../lib/log.ts";
import { fakeDeps } from "./fakes.ts";
import { startSimCluster } from "./sim/cluster.ts";

Deno.test("ensureKeyPair() creates an ed25519 pair (0600, OpenSSH format) once and never overwrites it", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const path = join(dir, "data", "ssh", "id_ed25519");
    const first = await ensureKeyPair(path);
    equal(first.created, true);
    equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    equal((await Deno.stat(join(dir, "data", "ssh"))).mode! & 0o777, 0o700);
    match(await Deno.readTextFile(path), /^-----BEGIN OPENSSH PRIVATE KEY-----\n/);
    match(first.publicKey, /^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/]+=* spark-control$/);
    equal((await Deno.readTextFile(`${path}.pub`)).trim(), first.publicKey);
    match(first.fingerprint, /^SHA256:[A-Za-z0-9+/]{43}$/);
    const again = await ensureKeyPair(path);
    equal(again.created, false);
    equal(again.publicKey, first.publicKey);
    // A key loosened by hand is tightened again (OpenSSH refuses such keys).
    await Deno.chmod(path, 0o644);
    await ensureKeyPair(path);
    equal((await Deno.stat(path)).mode! & 0o777, 0o600);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("authorizeKeyCommand() in bash: idempotent, right permissions, safe without a final newline", async () => {
  const home = await Deno.makeTempDir();
  try {
    const key =
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEzE0lSqhWvbT8aHmoyInCmESzpb69PuLcE5/mK+hD85 spark-control";
    await Deno.mkdir(join(home, ".ssh"), { mode: 0o755 });
    await Deno.writeTextFile(
      join(home, ".ssh", "authorized_keys"),
      "ssh-ed25519 AAAAother alice@laptop",
    );
    const run = () =>
      new Deno.Command("bash", {
        args: ["-c", authorizeKeyCommand(key)],
        env: { HOME: home },
        clearEnv: true,
        cwd: home,
      })
        .output();
    for (let i = 0; i < 2; i++) equal((await run()).code, 0);
    const lines = (await Deno.readTextFile(join(home, ".ssh", "authorized_keys"))).split("\n");
    equal(lines[0], "ssh-ed25519 AAAAother alice@laptop", "the existing key is untouched");
    equal(lines.filter((l) => l === key).length, 1, "added exactly once");
    equal((await Deno.stat(join(home, ".ssh"))).mode! & 0o777, 0o700);
    equal((await Deno.stat(join(home, ".ssh", "authorized_keys"))).mode! & 0o777, 0o600);
  } finally {
    await Deno.remove(home, { recursive: true });
  }
});

function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const rec = (msg: string, fields?: Record<string, unknown>) =>
    void lines.push(
      JSON.stringify(
        { msg, fields },
        (_k, v) => (v instanceof Error ? `${v.message} ${v.stack}` : v),
      ),
    );
  return { lines, debug: rec, info: rec, warn: rec, error: rec };
}

const PASSWORD = "correct horse battery staple";

Deno.test("install-key: the Spark's password is used once to add the key, key login then works, the password is nowhere", async () => {
  const sim = await startSimCluster({
    services: false,
    withoutControllerKey: true,
    acceptPasswordOnce: { user: "spark", password: PASSWORD },
  });
  const runner = new SshRunner({
    hosts: () => config.get().hosts,
    privateKeyPath: () => sim.keyPath,
  });
  const config = new ConfigStore(sim.config);
  const log = recordingLogger();
  const deps = fakeDeps({
    config,
    runner,
    log,
    keys: controllerKeys(() => sim.keyPath),
    sshCheck: {
      probeHostKey: (a, p, t) => probeHostKey(a, p, t),
      testConnection: (target) => runner.testConnection(target),
    },
  });
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const app = createApp(deps);
  try {
    const key = await (await app.request("/api/ssh-key")).json();
    equal(key.publicKey.split(" ")[1], sim.publicKey.split(" ")[1]);
    ok(key.command.includes(key.publicKey), "the paste command carries the key");
    ok(!JSON.stringify(key).includes("PRIVATE"), "never the private key");

    const before = await (await post("/api/hosts/spark2/test", {})).json();
    equal(before.trust, "trusted");
    equal(before.login.ok, false);
    match(before.login.message, /Install key/);

    const wrong = await post("/api/hosts/spark2/install-key", { password: "not it" });
    equal(wrong.status, 400);
    match((await wrong.json()).error.message, /did not accept that password/);

    const res = await post("/api/hosts/spark2/install-key", { password: PASSWORD });
    equal(res.status, 200, await res.clone().text());
    equal((await res.json()).verified, true);
    const auth = await Deno.readTextFile(join(sim.hosts.spark2.home, ".ssh", "authorized_keys"));
    equal(
      auth.split("\n").filter((l) => l.split(" ")[1] === key.publicKey.split(" ")[1]).length,
      1,
    );
    equal(
      (await Deno.stat(join(sim.hosts.spark2.home, ".ssh", "authorized_keys"))).mode! & 0o777,
      0o600,
    );

    const after = await (await post("/api/hosts/spark2/test", {})).json();
    equal(after.login.ok, true, after.summary);
    const r = await runner.run("spark2", { argv: ["whoami"] });
    equal(r.code, 0);

    // Once means once: the simulated Spark no longer takes the password.
    equal((await post("/api/hosts/spark2/install-key", { password: PASSWORD })).status, 400);
    const everything = log.lines.join("\n") +
      await Deno.readTextFile(join(sim.hosts.spark2.dir, "state", "tool.log"));
    ok(!everything.includes(PASSWORD), "the password is in no log line");
    ok(!JSON.stringify(config.get()).includes(PASSWORD), "nor in the config");
    ok(sim.hosts.spark2.commandLog().every((e) => !e.command.includes(PASSWORD)));
  } finally {
    await deps.close();
    await runner.close();
    await sim.close();
  }
});

Deno.test("install-key refuses (409) a Spark whose identity is not trusted yet, before any password is sent", async () => {
  const sim = await startSimCluster({
    services: false,
    withoutControllerKey: true,
    acceptPasswordOnce: { user: "spark", password: PASSWORD },
  });
  const config = new ConfigStore({
    ...sim.config,
    hosts: sim.config.hosts.map((h) => ({ ...h, hostKeyFingerprint: null })),
  });
  const deps = fakeDeps({ config, keys: controllerKeys(() => sim.keyPath) });
  try {
    const res = await createApp(deps).request("/api/hosts/spark2/install-key", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ password: PASSWORD }),
    });
    equal(res.status, 409);
    match((await res.json()).error.message, /Trust this Spark's identity first/);
    equal(sim.hosts.spark2.commandLog().length, 0);
  } finally {
    await deps.close();
    await sim.close();
  }
});

Deno.test("host trust: a changed host key blocks the host with a warning until the owner deliberately re-trusts it", async () => {
  const sim = await startSimCluster({ services: false });
  const wrongPin = `SHA256:${"B".repeat(43)}`;
  const config = new ConfigStore({
    ...sim.config,
    hosts: sim.config.hosts.map((
      h,
    ) => (h.id === "spark1" ? { ...h, hostKeyFingerprint: wrongPin } : h)),
  });
  const runner = new SshRunner({
    hosts: () => config.get().hosts,
    privateKeyPath: () => sim.keyPath,
    backoff: { initialMs: 1, maxMs: 1, factor: 1, jitter: 0 },
  });
  config.onChange(() => runner.refresh());
  const deps = fakeDeps({
    config,
    runner,
    keys: controllerKeys(() => sim.keyPath),
    sshCheck: {
      probeHostKey: (a, p, t) => probeHostKey(a, p, t),
      testConnection: (target) => runner.testConnection(target),
    },
  });
  const app = createApp(deps);
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  try {
    await rejects(runner.run("spark1", { argv: ["true"] }), HostConnectError);
    const state = runner.state("spark1");
    equal(state.state, "disconnected");
    equal(state.state === "disconnected" && state.failure.kind, "host-key-changed");
    equal(sim.hosts.spark1.commandLog().length, 0, "nothing ran on the impostor");

    const check = await (await post("/api/hosts/spark1/test", {})).json();
    equal(check.trust, "changed");
    equal(check.presentedFingerprint, sim.hosts.spark1.fingerprint);
    equal(check.pinnedFingerprint, wrongPin);
    equal(check.login, null, "no login is tried with a changed identity");
    match(check.summary, /identity has changed/);
    equal(check.connection.failure.kind, "host-key-changed");

    const casual = await post("/api/hosts/spark1/trust", {
      fingerprint: check.presentedFingerprint,
    });
    equal(casual.status, 409, "replacing a trusted key needs retrust: true");
    equal(config.get().hosts[0].hostKeyFingerprint, wrongPin);

    const mismatch = await post("/api/hosts/spark1/trust", {
      fingerprint: `SHA256:${"C".repeat(43)}`,
      retrust: true,
    });
    equal(mismatch.status, 409, "only the key the Spark presents now can be trusted");

    const ok1 = await post("/api/hosts/spark1/trust", {
      fingerprint: check.presentedFingerprint,
      retrust: true,
    });
    equal(ok1.status, 200);
    equal(config.get().hosts[0].hostKeyFingerprint, sim.hosts.spark1.fingerprint);
    const r = await runner.run("spark1", { argv: ["true"] });
    equal(r.code, 0, "unblocked after the re-trust, without a restart");
    notEqual(runner.state("spark1").state, "disconnected");
  } finally {
    await deps.close();
    await runner.close();
    await sim.close();
  }
});

Deno.test("generateEd25519KeyPair() makes keys OpenSSH and ssh2 both accept, every time", async () => {
  // ssh2's own generator fails this within a few hundred keys (it drops a leading zero byte).
  for (let i = 0; i < 600; i++) {
    const pair = generateEd25519KeyPair("spark-control");
    const blob = atob(pair.public.split(" ")[1]);
    equal(blob.length, 51, `key ${i}: 4+11 type bytes, 4+32 key bytes`);
  }
  const dir = await Deno.makeTempDir({ prefix: "sc-keygen-" });
  try {
    const pair = generateEd25519KeyPair("spark-control");
    await Deno.writeTextFile(`${dir}/k`, pair.private, { mode: 0o600 });
    const out = await new Deno.Command("ssh-keygen", {
      args: ["-y", "-f", `${dir}/k`],
      stdout: "piped",
      stderr: "piped",
    })
      .output();
    equal(out.code, 0, new TextDecoder().decode(out.stderr));
    equal(
      new TextDecoder().decode(out.stdout).trim().split(" ").slice(0, 2).join(" "),
      pair.public.split(" ").slice(0, 2).join(" "),
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
