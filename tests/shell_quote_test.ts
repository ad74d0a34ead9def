/**
 * Quoting against a real bash: arbitrary strings must arrive byte-for-byte,
 * and the injection corpus must stay inert (its canary file never appears).
 */
import { deepEqual, equal } from "node:assert/strict";
import fc from "fast-check";
import { join } from "node:path";
import { quote } from "../lib/cluster/shell.ts";
import { INJECTION_CANARY, INJECTION_PAYLOADS } from "../lib/cluster/shell_payloads.ts";

/** Runs `printf '%s\0' <quoted args>` in bash and returns the NUL-separated args it printed. */
async function echoThroughBash(args: readonly string[], cwd?: string): Promise<Uint8Array[]> {
  const script = `printf '%s\\0' ${args.map(quote).join(" ")}`;
  const out = await new Deno.Command("bash", {
    args: ["--noprofile", "--norc", "-c", script],
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { LC_ALL: "C.UTF-8" },
  }).output();
  equal(out.code, 0, new TextDecoder().decode(out.stderr));
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < out.stdout.length; i++) {
    if (out.stdout[i] === 0) {
      parts.push(out.stdout.slice(start, i));
      start = i + 1;
    }
  }
  return parts;
}

const encoder = new TextEncoder();

Deno.test("quote() carries arbitrary unicode and control characters through bash byte-for-byte", async () => {
  // Full unicode code points (no lone surrogates: they are not UTF-8) and
  // every control character except NUL, which no argv can carry.
  const arg = fc.string({ unit: "binary", maxLength: 48 }).map((s) => s.replaceAll("\0", ""));
  const controls = fc.string({
    unit: fc.integer({ min: 1, max: 0x7f }).map((n) => String.fromCharCode(n)),
    maxLength: 24,
  });
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(arg, controls), { minLength: 1, maxLength: 24 }),
      async (args) => {
        const got = await echoThroughBash(args);
        deepEqual(got, args.map((a) => encoder.encode(a)));
      },
    ),
    { seed: 42, numRuns: 1000 },
  );
});

Deno.test("quote() keeps every injection payload inert in bash", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sparkctl-quote-" });
  try {
    const got = await echoThroughBash(INJECTION_PAYLOADS, dir);
    deepEqual(got, INJECTION_PAYLOADS.map((p) => encoder.encode(p)));
    const entries = [...Deno.readDirSync(dir)].map((e) => e.name);
    deepEqual(entries, [], `bash created ${entries.join(", ")}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("the injection corpus really runs when left unquoted (the canary test can fail)", async () => {
  const dir = await Deno.makeTempDir({ prefix: "sparkctl-quote-" });
  try {
    const out = await new Deno.Command("bash", {
      args: ["--noprofile", "--norc", "-c", `echo ${INJECTION_PAYLOADS[0]}`],
      cwd: dir,
      stdout: "null",
      stderr: "null",
    }).output();
    equal(out.code, 0);
    const made = await Deno.stat(join(dir, INJECTION_CANARY)).then(() => true, () => false);
    equal(made, true);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
