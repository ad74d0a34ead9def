/**
 * The controller's own SSH key pair: created on first start (ed25519,
 * OpenSSH format, private key mode 0600 in a 0700 folder), read afterwards.
 * The public half is derived from the private key every time, so a missing
 * or stale `.pub` file can never show the owner the wrong key.
 */
import { generateKeyPairSync } from "node:crypto";
import { dirname, join } from "node:path";
import sshpk from "sshpk";
import { fingerprintOfPublicKeyLine } from "../cluster/mod.ts";
import { sshUtils } from "./_ssh2.ts";

/** The comment written after the public key, so the owner can spot it in authorized_keys. */
export const KEY_COMMENT = "spark-control";

/**
 * A new ed25519 key pair in OpenSSH's formats. Node's crypto makes the key;
 * sshpk writes it. ssh2's own generator is not used: it drops a leading zero
 * byte of the public key (about one key in 256), and OpenSSH then refuses
 * the key as malformed.
 */
export function generateEd25519KeyPair(comment: string): { private: string; public: string } {
  const { privateKey } = generateKeyPairSync("ed25519");
  const key = sshpk.parsePrivateKey(
    privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    "pem",
  );
  key.comment = comment;
  return { private: key.toString("ssh-private"), public: key.toPublic().toString("ssh") };
}

/** Where the key pair lives by default inside the data directory. */
export function defaultKeyPath(dataDir: string): string {
  return join(dataDir, "ssh", "id_ed25519");
}

/** The public side of the controller's key, safe to show anywhere. */
export interface PublicKeyInfo {
  /** The private key's path (never its content). */
  path: string;
  /** `ssh-ed25519 AAAA… spark-control`, one line. */
  publicKey: string;
  /** `SHA256:…` of the public key, as `ssh-keygen -l` prints it. */
  fingerprint: string;
  /** True when this call created the pair. */
  created: boolean;
}

/**
 * Returns the key pair at `path`, creating it when absent. An existing key is
 * never overwritten (the Sparks already trust it); a key file with loose
 * permissions is tightened to 0600.
 */
export async function ensureKeyPair(path: string): Promise<PublicKeyInfo> {
  let created = false;
  try {
    await Deno.stat(path);
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) throw err;
    await Deno.mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const pair = generateEd25519KeyPair(KEY_COMMENT);
    // createNew: if another process created it in between, keep theirs.
    try {
      await Deno.writeTextFile(path, pair.private, { createNew: true, mode: 0o600 });
      await Deno.writeTextFile(`${path}.pub`, pair.public.trim() + "\n", { mode: 0o644 });
      created = true;
    } catch (e) {
      if (!(e instanceof Deno.errors.AlreadyExists)) throw e;
    }
  }
  // The umask may have loosened the mode on creation; OpenSSH refuses such keys, so do we.
  if (Deno.build.os !== "windows") {
    const mode = (await Deno.stat(path)).mode ?? 0;
    if ((mode & 0o077) !== 0) await Deno.chmod(path, 0o600);
  }
  return { ...(await readPublicKey(path)), created };
}

/** Reads the private key at `path` and derives its public line and fingerprint. */
export async function readPublicKey(path: string): Promise<Omit<PublicKeyInfo, "created">> {
  const parsed = sshUtils.parseKey(await Deno.readTextFile(path));
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (key instanceof Error || !key) {
    throw new SyntaxError(`The controller's SSH key at ${path} cannot be read`, { cause: key });
  }
  const blob = key.getPublicSSH();
  const b64 = btoa(String.fromCharCode(...blob));
  const publicKey = `${key.type} ${b64} ${KEY_COMMENT}`;
  return { path, publicKey, fingerprint: fingerprintOfPublicKeyLine(publicKey) };
}

/** The controller's key as Deps holds it: its path and its public side. */
export interface ControllerKeys {
  /** Path of the private key (config `sshKeyPath`, else `<data>/ssh/id_ed25519`). */
  path(): string;
  /** The public key line and fingerprint, creating the pair if it is missing. */
  publicKey(): Promise<PublicKeyInfo>;
}

/** {@link ControllerKeys} backed by the key file at `path()`. */
export function controllerKeys(path: () => string): ControllerKeys {
  return { path, publicKey: () => ensureKeyPair(path()) };
}
