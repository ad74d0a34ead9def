/**
 * Starts Debian's real OpenSSH server on loopback for fidelity tests and the
 * SSH bench: its own config, host key, client key and a non-root test user.
 * Used by `tests/sshd_test.ts` and `bench/ssh_bench.ts`.
 */
import { join } from "node:path";
import { fingerprintOfPublicKeyLine } from "../lib/cluster/fingerprint.ts";

/** The test user the server lets in (created when missing and running as root). */
export const SSHD_TEST_USER = "sparkctl-test";

const SSHD = "/usr/sbin/sshd";

/** Why the real-sshd tests cannot run here, or null when they can. */
export async function sshdUnavailable(): Promise<string | null> {
  try {
    await Deno.stat(SSHD);
  } catch {
    return `${SSHD} is missing (Debian package openssh-server)`;
  }
  if (Deno.uid() !== 0) return "sshd needs root to switch to the test user";
  for (const tool of ["ssh-keygen", "useradd"]) {
    const found = await new Deno.Command("sh", {
      args: ["-c", `command -v ${tool}`],
      stdout: "null",
    })
      .output();
    if (!found.success) return `${tool} is missing`;
  }
  return null;
}

/** A running sshd; dispose it (`await using`) to stop it and remove its files. */
export interface Sshd extends AsyncDisposable {
  port: number;
  user: string;
  /** The host key's fingerprint as `ssh-keygen -lf` prints it. */
  fingerprint: string;
  /** Fingerprint computed by ssh-keygen itself (the reference). */
  keygenFingerprint: string;
  /** The client's private key file (OpenSSH format). */
  clientKeyPath: string;
  /** The temp directory holding keys and config. */
  dir: string;
  /** Stops the server and ends every connection it holds. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same keys. */
  start(): Promise<void>;
}

async function run(cmd: string, args: string[]): Promise<string> {
  const out = await new Deno.Command(cmd, { args, stdout: "piped", stderr: "piped" }).output();
  const text = new TextDecoder().decode(out.stdout);
  if (!out.success) {
    throw new Error(`${cmd} ${args.join(" ")} failed: ${new TextDecoder().decode(out.stderr)}`);
  }
  return text;
}

async function ensureUser(name: string): Promise<void> {
  const exists = await new Deno.Command("id", { args: [name], stdout: "null", stderr: "null" })
    .output();
  if (exists.success) return;
  // Password field `*`: no password, but not "locked" (`!`), which sshd refuses without PAM.
  await run("useradd", ["-m", "-s", "/bin/bash", "-p", "*", name]);
}

function freePort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Children of `pid` (the per-connection sshd processes), read from /proc. */
async function descendants(pid: number): Promise<number[]> {
  const byParent = new Map<number, number[]>();
  for await (const e of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(e.name)) continue;
    try {
      const stat = await Deno.readTextFile(`/proc/${e.name}/stat`);
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(e.name)]);
    } catch {
      // The process exited while we were reading; it is nobody's child any more.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of byParent.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Starts sshd on 127.0.0.1 with a fresh host key; the caller must be root. */
export async function startSshd(): Promise<Sshd> {
  await ensureUser(SSHD_TEST_USER);
  await Deno.mkdir("/run/sshd", { recursive: true, mode: 0o755 });
  const dir = await Deno.makeTempDir({ prefix: "sparkctl-sshd-" });
  // sshd reads authorized_keys as the test user, so the folder must be reachable.
  await Deno.chmod(dir, 0o755);
  const hostKey = join(dir, "host_ed25519");
  const clientKey = join(dir, "client_ed25519");
  const keygen = (path: string, comment: string) =>
    run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path]);
  await keygen(hostKey, "sparkctl-test-host");
  await keygen(clientKey, "sparkctl-test-client");
  await Deno.copyFile(`${clientKey}.pub`, join(dir, "authorized_keys"));
  await Deno.chmod(join(dir, "authorized_keys"), 0o644);
  const keygenFingerprint = (await run("ssh-keygen", ["-lf", `${hostKey}.pub`])).split(" ")[1];
  const fingerprint = fingerprintOfPublicKeyLine(await Deno.readTextFile(`${hostKey}.pub`));
  const port = freePort();
  const configPath = join(dir, "sshd_config");
  await Deno.writeTextFile(
    configPath,
    [
      `Port ${port}`,
      "ListenAddress 127.0.0.1",
      `HostKey ${hostKey}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      "UsePAM no",
      "StrictModes no",
      `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
      "PubkeyAuthentication yes",
      "PasswordAuthentication no",
      "KbdInteractiveAuthentication no",
      `AllowUsers ${SSHD_TEST_USER}`,
      "PermitRootLogin no",
      "MaxSessions 10",
      "MaxStartups 100",
      "LogLevel INFO",
      "",
    ].join("\n"),
  );

  let child: Deno.ChildProcess | null = null;
  let drained: Promise<void> = Promise.resolve();

  const start = async () => {
    const proc = new Deno.Command("/usr/sbin/sshd", {
      args: ["-D", "-e", "-f", configPath],
      stdin: "null",
      stdout: "null",
      stderr: "piped",
    }).spawn();
    child = proc;
    // Wait for the "Server listening" line (the real event), keep draining stderr after.
    const reader = proc.stderr.pipeThrough(new TextDecoderStream()).getReader();
    let seen = "";
    while (!seen.includes("Server listening")) {
      const { value, done } = await reader.read();
      if (done) {
        await proc.status;
        throw new Error(`sshd did not start:\n${seen}`);
      }
      seen += value;
    }
    drained = (async () => {
      while (!(await reader.read()).done) {
        // Discard log lines; reading keeps the pipe from filling up.
      }
    })();
  };

  const stop = async () => {
    const proc = child;
    if (!proc) return;
    child = null;
    // Ending the listener leaves established sessions running (each has its own
    // process), so end those too: a real restart of the host drops them.
    const kids = await descendants(proc.pid);
    proc.kill("SIGTERM");
    for (const pid of kids) {
      try {
        Deno.kill(pid, "SIGTERM");
      } catch {
        // Already gone.
      }
    }
    await proc.status;
    await drained;
  };

  await start();
  return {
    port,
    user: SSHD_TEST_USER,
    fingerprint,
    keygenFingerprint,
    clientKeyPath: clientKey,
    dir,
    start,
    stop,
    async [Symbol.asyncDispose]() {
      await stop();
      await Deno.remove(dir, { recursive: true });
    },
  };
}
