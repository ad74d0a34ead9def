/**
 * Installing the controller's public key on a Spark with the owner's
 * password, once. The password is used for one ssh2 login and dropped: it is
 * never stored, logged, or put in an error message. The host key must
 * already be trusted (pinned), so the password only ever goes to the Spark
 * the owner confirmed.
 */
import { ConflictError, InvalidInputError } from "../errors.ts";
import {
  type ConnectFailure,
  HostConnectError,
  quote,
  sshFingerprint,
  validateUserName,
} from "../cluster/mod.ts";
import { newPasswordClient, type PasswordClient } from "./_ssh2.ts";

const PUBLIC_KEY_REGEXP =
  /^(ssh-ed25519|ecdsa-sha2-nistp256|ssh-rsa) [A-Za-z0-9+/]+={0,3}( [A-Za-z0-9._@-]{1,64})?$/;

/**
 * The shell line that authorizes `publicKey` for the user running it:
 * idempotent (an existing identical line is left alone), with OpenSSH's
 * permissions (0700 folder, 0600 file), and safe when the file lacks a final
 * newline. The same line is shown to the owner to paste on a Spark.
 */
export function authorizeKeyCommand(publicKey: string): string {
  const line = publicKey.trim();
  if (!PUBLIC_KEY_REGEXP.test(line)) {
    throw new InvalidInputError("Not an OpenSSH public key line", { param: "publicKey" });
  }
  const k = quote(line);
  return [
    "umask 077",
    "mkdir -p ~/.ssh",
    "chmod 700 ~/.ssh",
    "touch ~/.ssh/authorized_keys",
    "chmod 600 ~/.ssh/authorized_keys",
    // Appending to a file whose last line has no newline would glue two keys together.
    `{ [ ! -s ~/.ssh/authorized_keys ] || [ -z "$(tail -c1 ~/.ssh/authorized_keys)" ] || echo >>~/.ssh/authorized_keys; }`,
    `{ grep -qxF ${k} ~/.ssh/authorized_keys || echo ${k} >>~/.ssh/authorized_keys; }`,
  ].join("; ");
}

/** Where and as whom to install the key. */
export interface InstallTarget {
  hostId: string;
  address: string;
  port: number;
  user: string;
  /** The pinned host key; installing is refused without one. */
  hostKeyFingerprint: string | null;
}

/** Options of {@link installPublicKey}. */
export interface InstallOptions {
  /** Handshake deadline. Default 10 s. */
  timeoutMs?: number;
  /** Deadline for the authorize command. Default 20 s. */
  commandTimeoutMs?: number;
}

/**
 * Logs in to `target` with `password` and appends `publicKey` to the user's
 * `~/.ssh/authorized_keys` (see {@link authorizeKeyCommand}). Throws
 * `InvalidInputError` for a refused password, `ConflictError` when the host
 * key is not trusted yet, `HostConnectError` for a changed host key or an
 * unreachable host.
 */
export async function installPublicKey(
  target: InstallTarget,
  password: string,
  publicKey: string,
  opts: InstallOptions = {},
): Promise<void> {
  const user = validateUserName(target.user, "user");
  if (!target.address) {
    throw new InvalidInputError(`"${target.hostId}" has no IP address yet; save one first`, {
      param: "address",
    });
  }
  if (!target.hostKeyFingerprint) {
    throw new ConflictError(
      `Trust this Spark's identity first: press "Test connection" and confirm its fingerprint, ` +
        "so your password only ever goes to the Spark you confirmed",
    );
  }
  if (password === "") {
    throw new InvalidInputError("Type the Spark's password", { param: "password" });
  }
  const script = authorizeKeyCommand(publicKey);
  const client = await connectWithPassword(target, user, password, opts.timeoutMs ?? 10_000);
  try {
    const result = await execOnce(
      client,
      `bash -c ${quote(script)}`,
      opts.commandTimeoutMs ?? 20_000,
    );
    if (result.code !== 0) {
      throw new Error(
        `Cannot add the key on "${target.hostId}": the command exited with ${result.code}` +
          (result.stderr ? ` (${result.stderr.trim().slice(0, 300)})` : ""),
      );
    }
  } finally {
    await endClient(client);
  }
}

function connectWithPassword(
  target: InstallTarget,
  user: string,
  password: string,
  timeoutMs: number,
): Promise<PasswordClient> {
  return new Promise((resolve, reject) => {
    const client = newPasswordClient();
    let refusal: ConnectFailure | null = null;
    let failure: Error | null = null;
    let ready = false;
    client.on("ready", () => {
      ready = true;
      resolve(client);
    });
    // Some sshd setups ask for the password through keyboard-interactive instead.
    client.on("keyboard-interactive", (_n, _i, _l, prompts, finish) => {
      finish(prompts.map(() => password));
    });
    client.on("error", (err) => {
      if (ready || failure) return;
      if (refusal) {
        failure = new HostConnectError(target.hostId, refusal);
      } else if (err.level === "client-authentication") {
        // No cause: ssh2's error says nothing secret, but keep the password path minimal.
        failure = new InvalidInputError(
          `The Spark did not accept that password for user "${user}"`,
          { param: "password" },
        );
      } else {
        const timeout = err.level === "client-timeout" || /timed out/i.test(err.message);
        failure = new HostConnectError(
          target.hostId,
          timeout
            ? { kind: "timeout", message: err.message }
            : { kind: "unreachable", message: err.code ?? err.message },
        );
      }
      client.end();
    });
    client.on("close", () => {
      if (!ready) {
        reject(
          failure ??
            new HostConnectError(target.hostId, {
              kind: "unreachable",
              message: "connection closed",
            }),
        );
      }
    });
    client.connect({
      host: target.address,
      port: target.port,
      username: user,
      password,
      agent: undefined,
      tryKeyboard: true,
      readyTimeout: timeoutMs,
      hostVerifier: (key: Uint8Array) => {
        const presented = sshFingerprint(key);
        if (presented !== target.hostKeyFingerprint) {
          refusal = {
            kind: "host-key-changed",
            expected: target.hostKeyFingerprint ?? "",
            presented,
          };
          return false;
        }
        return true;
      },
    });
    client.setNoDelay(true);
  });
}

function execOnce(
  client: PasswordClient,
  line: string,
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.end();
      reject(new Error("Adding the key took too long; nothing else was changed"));
    }, timeoutMs);
    client.exec(line, (err, ch) => {
      if (err) {
        clearTimeout(timer);
        return reject(new Error(`The Spark refused to run a command (${err.message})`));
      }
      let code: number | null = null;
      let stderr = "";
      const dec = new TextDecoder();
      ch.on("data", () => {/* the command prints nothing on success */});
      ch.stderr.on("data", (chunk) => (stderr += dec.decode(chunk, { stream: true })));
      ch.on("exit", (c) => (code = c));
      ch.on("close", () => {
        clearTimeout(timer);
        resolve({ code, stderr });
      });
      ch.end();
    });
  });
}

function endClient(client: PasswordClient): Promise<void> {
  return new Promise((resolve) => {
    client.on("close", () => resolve());
    client.end();
  });
}
