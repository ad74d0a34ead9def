/** Starting the controller as a real process, for tests that need signals or a fresh runtime. */
import { TextLineStream } from "./_lines.ts";

/** A controller process and the URL it listens on. */
export interface ControllerProcess extends AsyncDisposable {
  url: string;
  child: Deno.ChildProcess;
  /** Log lines printed so far (JSON lines from lib/log.ts). */
  lines: string[];
}

/**
 * Spawns `deno run -A <entry> --data <dir> --port 0 --host 127.0.0.1` and
 * resolves once it logs its URL. `entry` defaults to `main.ts`.
 */
export async function startController(
  opts: { dataDir: string; entry?: string; env?: Record<string, string> },
): Promise<ControllerProcess> {
  const entry = opts.entry ?? new URL("../main.ts", import.meta.url).pathname;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", entry, "--data", opts.dataDir, "--port", "0", "--host", "127.0.0.1"],
    env: opts.env,
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const lines: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const reader = child.stdout.pipeThrough(new TextDecoderStream()).pipeThrough(
      new TextLineStream(),
    ).getReader();
    (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          return reject(new Error(`controller exited before listening:\n${lines.join("\n")}`));
        }
        lines.push(value);
        const m = /"url":"(http:\/\/[^"]+)"/.exec(value);
        if (m) resolve(m[1].replace(/\/$/, ""));
      }
    })().catch(reject);
  });
  // Drain stderr so the child never blocks on a full pipe.
  child.stderr.pipeTo(
    new WritableStream({ write: (chunk) => void lines.push(new TextDecoder().decode(chunk)) }),
  )
    .catch(() => {/* the pipe closes when the child exits */});
  return {
    url,
    child,
    lines,
    async [Symbol.asyncDispose]() {
      try {
        child.kill("SIGKILL");
      } catch {
        // already exited
      }
      await child.status;
    },
  };
}
