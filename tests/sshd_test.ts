/**
 * OpenSSH fidelity: the production `SshRunner` against Debian's real sshd on
 * loopback (own config, host key and non-root user). Skips with a reason when
 * sshd or root is missing, except under CI=true where that is a failure.
 */
import { deepEqual, equal, match, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { HostConnectError } from "../lib/cluster/runner.ts";
import {
  probeHostKey,
  SshRunner,
  type SshTarget,
  testConnection,
} from "../lib/cluster/ssh_runner.ts";
import { INJECTION_CANARY, INJECTION_PAYLOADS } from "../lib/cluster/shell_payloads.ts";
import type { ConnectionState } from "../lib/cluster/runner.ts";
import { type Sshd, sshdUnavailable, startSshd } from "./_sshd.ts";

const unavailable = await sshdUnavailable();
if (unavailable !== null) {
  if (Deno.env.get("CI") === "true") {
    throw new Error(`CI=true but the real-sshd test cannot run: ${unavailable}`);
  }
  // deno-lint-ignore no-console -- the skip reason must be visible in test output
  console.log(`SKIP tests/sshd_test.ts: ${unavailable}`);
}

function targetFor(sshd: Sshd, over: Partial<SshTarget> = {}): SshTarget {
  return {
    id: "spark1",
    address: "127.0.0.1",
    sshPort: sshd.port,
    sshUser: sshd.user,
    hostKeyFingerprint: sshd.fingerprint,
    ...over,
  };
}

function runnerFor(sshd: Sshd, target: () => SshTarget, keyPath = sshd.clientKeyPath): SshRunner {
  return new SshRunner({ hosts: () => [target()], privateKeyPath: () => keyPath });
}

/** A unique file name in the test user's home (commands start there). */
function marker(name: string): string {
  return `${name}-${crypto.randomUUID().slice(0, 8)}`;
}

Deno.test({
  name: "SshRunner behaves against OpenSSH's sshd",
  ignore: unavailable !== null,
  async fn(t) {
    await using sshd = await startSshd();
    const good = () => targetFor(sshd);
    const runner = runnerFor(sshd, good);
    try {
      await t.step("runs argv and scripts and reports exit codes", async () => {
        const echo = await runner.run("spark1", {
          argv: ["printf", "%s|", "a b", "it's", "$HOME"],
        });
        deepEqual(
          { code: echo.code, stdout: echo.stdout, timedOut: echo.timedOut },
          { code: 0, stdout: "a b|it's|$HOME|", timedOut: false },
        );
        const fail = await runner.run("spark1", { script: "echo oops >&2; exit 3" });
        equal(fail.code, 3);
        equal(fail.stderr, "oops\n");
        const who = await runner.run("spark1", { argv: ["id", "-un"] });
        equal(who.stdout.trim(), sshd.user);
      });

      await t.step("reports a signal that killed the command", async () => {
        const r = await runner.run("spark1", { script: "kill -TERM $$" });
        equal(r.code, null);
        equal(r.signal, "TERM");
      });

      await t.step("streams stdout and stderr while the command still runs", async () => {
        const go = marker("go");
        const events: string[] = [];
        let sawReady!: () => void;
        const ready = new Promise<void>((r) => (sawReady = r));
        const running = runner.run("spark1", {
          script: `echo ready; echo warn >&2; while [ ! -e ${go} ]; do sleep 0.02; done; ` +
            `rm ${go}; echo done`,
        }, {
          timeoutMs: 30_000,
          onStdout: (s) => {
            events.push(`out:${s}`);
            if (s.includes("ready")) sawReady();
          },
          onStderr: (s) => events.push(`err:${s}`),
        });
        await ready;
        // The command is still waiting for the go file, so this output was streamed.
        deepEqual(events.filter((e) => e.startsWith("out:")), ["out:ready\n"]);
        await runner.run("spark1", { argv: ["touch", go] });
        const r = await running;
        equal(r.code, 0);
        equal(r.stdout, "ready\ndone\n");
        equal(r.stderr, "warn\n");
        deepEqual(events.filter((e) => e.startsWith("out:")).join(""), "out:ready\nout:done\n");
        ok(events.includes("err:warn\n"));
      });

      await t.step("keepOutput: false streams to the callbacks and keeps nothing", async () => {
        let seen = "";
        const res = await runner.run("spark1", { script: "seq 1 2000; echo oops >&2" }, {
          timeoutMs: 30_000,
          keepOutput: false,
          onStdout: (s) => (seen += s),
        });
        equal(res.code, 0);
        equal(seen.split("\n").filter(Boolean).length, 2000);
        equal(res.stdout, "");
        equal(res.stderr, "");
      });

      await t.step("closes stdin at once unless stdin is given", async () => {
        const eof = await runner.run("spark1", {
          script: "read -r answer && echo got:$answer || echo eof",
        }, { timeoutMs: 10_000 });
        deepEqual({ out: eof.stdout, timedOut: eof.timedOut }, { out: "eof\n", timedOut: false });
        const fed = await runner.run("spark1", { argv: ["cat"] }, { stdin: "Build now? y\n" });
        equal(fed.stdout, "Build now? y\n");
      });

      await t.step("a timeout kills the remote command and reports timedOut", async () => {
        let pid = "";
        const r = await runner.run("spark1", { script: "echo $$; exec sleep 300" }, {
          timeoutMs: 300,
          onStdout: (s) => (pid += s),
        });
        deepEqual({ timedOut: r.timedOut, aborted: r.aborted, code: r.code }, {
          timedOut: true,
          aborted: false,
          code: null,
        });
        pid = pid.trim();
        match(pid, /^\d+$/);
        // Await the real event (the process gone), polling the host a bounded number of times.
        let alive = true;
        for (let i = 0; i < 200 && alive; i++) {
          alive = (await runner.run("spark1", { argv: ["kill", "-0", pid] })).code === 0;
        }
        equal(alive, false, `remote pid ${pid} still runs after the timeout`);
      });

      await t.step("an AbortSignal stops the command and reports aborted", async () => {
        const ac = new AbortController();
        const r = await runner.run("spark1", { script: "echo started; exec sleep 300" }, {
          signal: ac.signal,
          onStdout: () => ac.abort(),
        });
        deepEqual({ aborted: r.aborted, timedOut: r.timedOut, out: r.stdout }, {
          aborted: true,
          timedOut: false,
          out: "started\n",
        });
      });

      await t.step("many concurrent commands beyond the channel cap all complete", async () => {
        const n = 100;
        const results = await Promise.all(
          Array.from({ length: n }, (_, i) => runner.run("spark1", { argv: ["echo", `n${i}`] })),
        );
        deepEqual(
          results.map((r) => r.stdout.trim()),
          Array.from({ length: n }, (_, i) => `n${i}`),
        );
        ok(results.every((r) => r.code === 0));
      });

      await t.step("injection payloads given as argv stay inert", async () => {
        await runner.run("spark1", { argv: ["rm", "-f", INJECTION_CANARY] });
        const r = await runner.run("spark1", { argv: ["printf", "%s\\n", ...INJECTION_PAYLOADS] });
        equal(r.code, 0);
        equal(r.stdout, INJECTION_PAYLOADS.map((p) => `${p}\n`).join(""));
        const probe = await runner.run("spark1", { argv: ["test", "-e", INJECTION_CANARY] });
        equal(probe.code, 1, "an injection payload created the canary file");
      });

      await t.step("a wrong pin refuses with host-key-changed and runs nothing", async () => {
        const wrong = "SHA256:" + "A".repeat(43);
        const bad = runnerFor(sshd, () => targetFor(sshd, { hostKeyFingerprint: wrong }));
        const ran = marker("ran");
        try {
          await rejects(bad.run("spark1", { argv: ["touch", ran] }), (e: unknown) => {
            ok(e instanceof HostConnectError);
            deepEqual(e.failure, {
              kind: "host-key-changed",
              expected: wrong,
              presented: sshd.keygenFingerprint,
            });
            return true;
          });
          equal(bad.state("spark1").state, "disconnected");
        } finally {
          await bad.close();
        }
        equal((await runner.run("spark1", { argv: ["test", "-e", ran] })).code, 1);
      });

      await t.step(
        "no pin refuses with unknown-host-key and the presented fingerprint",
        async () => {
          const unpinned = runnerFor(sshd, () => targetFor(sshd, { hostKeyFingerprint: null }));
          try {
            await rejects(unpinned.run("spark1", { argv: ["true"] }), (e: unknown) => {
              ok(e instanceof HostConnectError);
              deepEqual(e.failure, {
                kind: "unknown-host-key",
                fingerprint: sshd.keygenFingerprint,
              });
              return true;
            });
          } finally {
            await unpinned.close();
          }
          deepEqual(await probeHostKey("127.0.0.1", sshd.port), {
            ok: true,
            fingerprint: sshd.keygenFingerprint,
          });
        },
      );

      await t.step("a key the server does not know fails with auth-failed", async () => {
        const other = join(sshd.dir, "other_ed25519");
        const made = await new Deno.Command("ssh-keygen", {
          args: ["-q", "-t", "ed25519", "-N", "", "-f", other],
        }).output();
        ok(made.success);
        const stranger = runnerFor(sshd, good, other);
        try {
          await rejects(stranger.run("spark1", { argv: ["true"] }), (e: unknown) => {
            ok(e instanceof HostConnectError);
            equal(e.failure.kind, "auth-failed");
            return true;
          });
        } finally {
          await stranger.close();
        }
      });

      await t.step("testConnection() answers with a typed result", async () => {
        const ok1 = await testConnection(good(), sshd.clientKeyPath);
        equal(ok1.ok, true);
        if (ok1.ok) equal(ok1.fingerprint, sshd.keygenFingerprint);
        const closed = await testConnection(
          targetFor(sshd, { sshPort: closedPort() }),
          sshd.clientKeyPath,
        );
        deepEqual(closed, {
          ok: false,
          failure: { kind: "unreachable", message: "connection refused" },
        });
      });

      await t.step("a changed pin in config drops the connection and refuses", async () => {
        let pin: string | null = sshd.fingerprint;
        const r = runnerFor(sshd, () => targetFor(sshd, { hostKeyFingerprint: pin }));
        const states: string[] = [];
        r.onStateChange((_id, s) => states.push(s.state));
        try {
          equal((await r.run("spark1", { argv: ["true"] })).code, 0);
          pin = "SHA256:" + "B".repeat(43);
          r.refresh();
          await rejects(r.run("spark1", { argv: ["true"] }), /identity changed/);
          deepEqual(states, [
            "connecting",
            "connected",
            "disconnected",
            "connecting",
            "disconnected",
          ]);
        } finally {
          await r.close();
        }
      });

      await t.step(
        "reconnects by itself after sshd restarts, reporting the drop at once",
        async () => {
          const states: ConnectionState[] = [];
          let dropped!: () => void;
          const drop = new Promise<void>((r) => (dropped = r));
          const off = runner.onStateChange((_id, s) => {
            states.push(s);
            if (s.state === "disconnected") dropped();
          });
          try {
            equal((await runner.run("spark1", { argv: ["true"] })).code, 0);
            await sshd.stop();
            await drop;
            equal(runner.state("spark1").state, "disconnected");
            await sshd.start();
            const again = await runner.run("spark1", { argv: ["echo", "back"] });
            equal(again.stdout, "back\n");
            deepEqual(states.map((s) => s.state), ["disconnected", "connecting", "connected"]);
          } finally {
            off();
          }
        },
      );
    } finally {
      await runner.close();
    }
  },
});

function closedPort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}
