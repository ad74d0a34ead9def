/**
 * Proof that the single-artifact build works: `build.ts --server-only` (the
 * server half of `deno task bundle`) writes one ES module plus static/ into a
 * temp directory with no node_modules or deno.json beside it, and
 * `deno run -A` of that file serves /healthz, the dashboard and /scrub (whose
 * word lists must be inside the bundle).
 */
import { equal, match, ok } from "node:assert/strict";
import { TextLineStream } from "./_lines.ts";

const ROOT = new URL("../", import.meta.url).pathname;

Deno.test({
  name: "deno task bundle: dist/spark-control.js runs alone and answers /healthz",
  // esbuild's service process is shared by the build child only; nothing leaks here.
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "spark-bundle-" });
    try {
      const build = await new Deno.Command(Deno.execPath(), {
        args: ["run", "-A", "build.ts", "--server-only", "--out", `${dir}/dist`],
        cwd: ROOT,
        stdout: "piped",
        stderr: "piped",
      }).output();
      ok(build.success, new TextDecoder().decode(build.stderr));
      for (const beside of ["node_modules", "deno.json", "package.json"]) {
        ok(!exists(`${dir}/${beside}`) && !exists(`${dir}/dist/${beside}`), beside);
      }
      ok(exists(`${dir}/dist/static/client.js`), "static/ copied next to the bundle");

      const child = new Deno.Command(Deno.execPath(), {
        args: [
          "run",
          "-A",
          "dist/spark-control.js",
          "--data",
          `${dir}/data`,
          "--port",
          "0",
          "--host",
          "127.0.0.1",
        ],
        cwd: dir, // no deno.json or node_modules to fall back on
        env: { NO_COLOR: "1" },
        stdout: "piped",
        stderr: "piped",
      }).spawn();
      const stderr = child.stderr.pipeThrough(new TextDecoderStream()).pipeThrough(
        new TextLineStream(),
      );
      const errLines: string[] = [];
      const drained = stderr.pipeTo(new WritableStream({ write: (l) => void errLines.push(l) }));
      try {
        const url = await listeningUrl(child.stdout, errLines);
        const health = await fetch(`${url}/healthz`);
        equal(health.status, 200);
        match(health.headers.get("content-type") ?? "", /^application\/json/);
        equal((await health.json()).status, "ok");
        const page = await fetch(`${url}/`);
        equal(page.status, 200);
        match(await page.text(), /<script type="module" src="\/static\/client\.js"/);
        const js = await fetch(`${url}/static/client.js`);
        equal(js.status, 200);
        await js.body?.cancel();
        // The redactor's word lists are inside the bundle: a name is masked with no node_modules.
        const scrub = await fetch(`${url}/scrub`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ text: "Please ask Margarethe Vandersloot to sign." }),
        });
        equal(scrub.status, 200);
        const scrubbed = (await scrub.json()).text as string;
        match(scrubbed, /^Please ask \[PERSON_1\] to sign\.$/);
      } finally {
        child.kill("SIGTERM");
        await child.status;
        await drained.catch(() => {/* stream ends with the child */});
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Reads the controller's JSON log lines until it says where it listens, then keeps draining. */
async function listeningUrl(
  stdout: ReadableStream<Uint8Array<ArrayBuffer>>,
  errLines: string[],
): Promise<string> {
  const reader = stdout.pipeThrough(new TextDecoderStream()).pipeThrough(new TextLineStream())
    .getReader();
  const seen: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) {
      throw new Error(`bundle exited before listening:\n${[...seen, ...errLines].join("\n")}`);
    }
    seen.push(value);
    const m = /"url":"(http:\/\/[^"]+?)\/?"/.exec(value);
    if (m) {
      // Keep reading in the background so the child never blocks on a full pipe.
      (async () => {
        while (!(await reader.read()).done) { /* discard */ }
      })().catch(() => {/* the pipe closes when the child exits */});
      return m[1];
    }
  }
}
