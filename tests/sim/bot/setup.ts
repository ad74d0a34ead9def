/**
 * The matrix-bridge bot's git repository for a simulated Spark: a real bare
 * "remote", the bot user's checkout at `~/matrix-bridge` cloned from it, and a
 * `docker compose` front for the fake docker, so an update really fetches,
 * fast-forwards, builds (running the Dockerfile's RUN lines) and recreates.
 *
 * @module
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SimSpark } from "../spark.ts";

const WRAPPER = fileURLToPath(new URL("./docker", import.meta.url));

/** A handle on the bot's remote, for pushing new versions. */
export interface SimBotRepo {
  /** The bare remote's path. */
  remote: string;
  /** The checkout on the Spark. */
  checkout: string;
  /** Pushes a commit that replaces the Dockerfile's RUN lines; returns the new commit id. */
  pushVersion(runLines: string[], message?: string): Promise<string>;
  /** The commit the Spark's checkout is at. */
  checkoutHead(): Promise<string>;
}

const GIT_ID = ["-c", "user.name=Alice", "-c", "user.email=alice@example.com"];

async function git(cwd: string, ...args: string[]): Promise<string> {
  const out = await new Deno.Command("git", {
    args: [...GIT_ID, ...args],
    cwd,
    stdout: "piped",
    stderr: "piped",
    env: { GIT_CONFIG_NOSYSTEM: "1", HOME: cwd, GIT_TERMINAL_PROMPT: "0" },
  }).output();
  const dec = new TextDecoder();
  if (out.code !== 0) {
    throw new Error(`git ${args.join(" ")} failed: ${dec.decode(out.stderr)}`);
  }
  return dec.decode(out.stdout).trim();
}

/** Sets up the bot repo on `spark` (its checkout is `~/matrix-bridge`, branch `main`). */
export async function installSimBotRepo(spark: SimSpark): Promise<SimBotRepo> {
  const base = join(spark.dir, "git");
  const remote = join(base, "matrix-bridge.git");
  const work = join(base, "work");
  const checkout = join(spark.home, "matrix-bridge");
  await Deno.mkdir(work, { recursive: true });
  await git(base, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  await git(work, "init", "--quiet", "--initial-branch=main");
  await Deno.writeTextFile(
    join(work, "compose.yaml"),
    [
      "services:",
      "  bot:",
      "    build: .",
      "    image: matrix-bridge:latest",
      "    container_name: matrix-bridge",
      "    restart: unless-stopped",
      "",
    ].join("\n"),
  );
  const writeDockerfile = (runLines: string[]) =>
    Deno.writeTextFile(
      join(work, "Dockerfile"),
      [
        "FROM node:22-slim",
        "WORKDIR /app",
        ...runLines.map((l) => `RUN ${l}`),
        'CMD ["node", "bot.js"]',
        "",
      ]
        .join("\n"),
    );
  await writeDockerfile(["echo installing dependencies", "echo compiling"]);
  await git(work, "add", "-A");
  await git(work, "commit", "--quiet", "-m", "First version");
  await git(work, "remote", "add", "origin", remote);
  await git(work, "push", "--quiet", "origin", "main");
  await git(base, "clone", "--quiet", "--branch", "main", remote, checkout);
  // Put the compose front before the simulator's docker on this Spark's PATH.
  const bin = join(spark.dir, "bin", "docker");
  await Deno.remove(bin);
  await Deno.symlink(WRAPPER, bin);
  return {
    remote,
    checkout,
    async pushVersion(runLines, message = "New version") {
      await writeDockerfile(runLines);
      await git(work, "add", "-A");
      await git(work, "commit", "--quiet", "-m", message);
      await git(work, "push", "--quiet", "origin", "main");
      return await git(work, "rev-parse", "HEAD");
    },
    checkoutHead: () => git(checkout, "rev-parse", "HEAD"),
  };
}
