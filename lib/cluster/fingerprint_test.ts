import { equal, throws } from "node:assert/strict";
import { FINGERPRINT_REGEXP } from "../config/mod.ts";
import { fingerprintOfPublicKeyLine, sshFingerprint } from "./fingerprint.ts";

// An ed25519 public key blob written for this test; the expected value is what
// `ssh-keygen -lf` printed for it.
const PUBLIC_KEY =
  "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIKY3yVHYvP2LnOyHv4l9Z6f4yT8H6mAfdTMWbQvqZP8m test@example";
const SSH_KEYGEN_SAYS = "SHA256:t5ANuxSPL+MvT0XKDypkdiYevS2ffBdc2lS+uqIc2eI";

Deno.test("fingerprintOfPublicKeyLine() matches ssh-keygen -lf", () => {
  equal(fingerprintOfPublicKeyLine(PUBLIC_KEY), SSH_KEYGEN_SAYS);
});

Deno.test("sshFingerprint() is unpadded base64 that the config accepts", () => {
  const fp = sshFingerprint(new Uint8Array([1, 2, 3]));
  equal(fp.endsWith("="), false);
  equal(FINGERPRINT_REGEXP.test(fp), true);
  // sha256 of 0x010203, cross-checked with `printf '\1\2\3' | sha256sum | xxd -r -p | base64`
  equal(fp, "SHA256:A5BYxvLAy0ksUzsKTRTvd8wPeKvMztUofYShogEc+4E");
});

Deno.test("fingerprintOfPublicKeyLine() rejects text that is not a key", () => {
  throws(() => fingerprintOfPublicKeyLine("hello"), SyntaxError);
  throws(() => fingerprintOfPublicKeyLine("ssh-ed25519 not*base64"), SyntaxError);
});
