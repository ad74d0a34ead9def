/**
 * `SshRunner` rules that need no sshd: reconnect backoff (no storm), typed
 * failures, config checks. A plain TCP listener stands in for a host that
 * accepts and hangs up, so every connection attempt is counted.
 */
import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { HostConnectError } from "../lib/cluster/runner.ts";
import { SshRunner, type SshTarget } from "../lib/cluster/ssh_runner.ts";
import { InvalidInputError } from "../lib/errors.ts";
import { FakeClock } from "./fakes.ts";

/** Accepts TCP connections and closes them at once, counting them. */
function hangUpServer() {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  let accepted = 0;
  const loop = (async () => {
    for await (const conn of listener) {
      accepted++;
      conn.close();
    }
  })();
  return {
    port: (listener.addr as Deno.NetAddr).port,
    get accepted() {
      return accepted;
    },
    async close() {
      listener.close();
      await loop;
    },
  };
}

/** Writes a throwaway ed25519 key (OpenSSH format) and returns its path. */
async function tempKey(): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "sparkctl-key-" });
  const path = `${dir}/id_ed25519`;
  const out = await new Deno.Command("ssh-keygen", {
    args: ["-q", "-t", "ed25519", "-N", "", "-f", path],
  }).output();
  if (!out.success) throw new Error("ssh-keygen failed");
  return path;
}

async function removeKey(path: string): Promise<void> {
  await Deno.remove(path.slice(0, path.lastIndexOf("/")), { recursive: true });
}

function target(port: number): SshTarget {
  return {
    id: "spark1",
    address: "127.0.0.1",
    sshPort: port,
    sshUser: "spark-user",
    hostKeyFingerprint: null,
  };
}

Deno.test("SshRunner fails fast during backoff and retries once it has passed", async () => {
  const server = hangUpServer();
  const clock = new FakeClock();
  const key = await tempKey();
  const runner = new SshRunner({
    hosts: () => [target(server.port)],
    privateKeyPath: () => key,
    clock,
    backoff: { initialMs: 1_000, maxMs: 8_000, factor: 2, jitter: 0 },
  });
  const states: string[] = [];
  runner.onStateChange((_id, s) => states.push(s.state));
  try {
    const first = await runner.run("spark1", { argv: ["true"] }).catch((e) => e);
    ok(first instanceof HostConnectError);
    equal(server.accepted, 1);
    // Within the backoff window: same failure, no new connection.
    for (let i = 0; i < 5; i++) {
      await rejects(runner.run("spark1", { argv: ["true"] }), HostConnectError);
    }
    equal(server.accepted, 1);
    await clock.advance(999);
    await rejects(runner.run("spark1", { argv: ["true"] }), HostConnectError);
    equal(server.accepted, 1);
    await clock.advance(1);
    await rejects(runner.run("spark1", { argv: ["true"] }), HostConnectError);
    equal(server.accepted, 2);
    // The second failure doubles the wait.
    await clock.advance(1_999);
    await rejects(runner.run("spark1", { argv: ["true"] }), HostConnectError);
    equal(server.accepted, 2);
    deepEqual(states, ["connecting", "disconnected", "connecting", "disconnected"]);
    equal(runner.state("spark1").state, "disconnected");
  } finally {
    await runner.close();
    await server.close();
    await removeKey(key);
  }
});

Deno.test("SshRunner reports a refused port as unreachable and a missing key as auth-failed", async () => {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  const key = await tempKey();
  let keyPath = key;
  const runner = new SshRunner({ hosts: () => [target(port)], privateKeyPath: () => keyPath });
  try {
    const refused = await runner.run("spark1", { argv: ["true"] }).catch((err) => err);
    ok(refused instanceof HostConnectError);
    deepEqual(refused.failure, { kind: "unreachable", message: "connection refused" });
    // A new key path is a settings change: it resets the backoff and is read at connect.
    keyPath = "/nonexistent/id_ed25519";
    const missing = await runner.run("spark1", { argv: ["true"] }).catch((err) => err);
    ok(missing instanceof HostConnectError);
    equal(missing.failure.kind, "auth-failed");
  } finally {
    await runner.close();
    await removeKey(key);
  }
});

Deno.test("SshRunner refuses unconfigured hosts and bad argv before any network use", async () => {
  const runner = new SshRunner({
    hosts: () => [{ ...target(22), address: "" }],
    privateKeyPath: () => "/nonexistent",
  });
  try {
    await rejects(runner.run("spark1", { argv: ["true"] }), (e: unknown) => {
      ok(e instanceof HostConnectError);
      deepEqual(e.failure, { kind: "not-configured" });
      return true;
    });
    await rejects(runner.run("nope", { argv: ["true"] }), HostConnectError);
    await rejects(runner.run("spark1", { argv: [] }), InvalidInputError);
    await rejects(runner.run("spark1", { argv: ["a\0b"] }), InvalidInputError);
  } finally {
    await runner.close();
  }
});
