/**
 * SSH host-key fingerprints in OpenSSH's format, the form the owner sees in
 * `ssh-keygen -lf` and pins in config.
 *
 * @module
 */
import { createHash } from "node:crypto";

/**
 * `SHA256:` + unpadded base64 of sha256(key blob), exactly as `ssh-keygen -l`
 * prints it. `keyBlob` is the wire-format public key (what `hostVerifier` gets).
 */
export function sshFingerprint(keyBlob: Uint8Array): string {
  const digest = createHash("sha256").update(keyBlob).digest("base64");
  return `SHA256:${digest.replace(/=+$/, "")}`;
}

/** The fingerprint of an OpenSSH public key line (`ssh-ed25519 AAAA… comment`). */
export function fingerprintOfPublicKeyLine(line: string): string {
  const parts = line.trim().split(/\s+/);
  if (parts.length < 2 || !/^[A-Za-z0-9+/]+=*$/.test(parts[1])) {
    throw new SyntaxError("Not an OpenSSH public key line: expected '<type> <base64> [comment]'");
  }
  const blob = Uint8Array.from(atob(parts[1]), (ch) => ch.charCodeAt(0));
  return sshFingerprint(blob);
}
