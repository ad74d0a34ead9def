import { dirname, join } from "node:path";
import { z } from "zod";
import { Config, defaultConfig } from "./schema.ts";

/** Name of the config file inside the data directory. */
export const CONFIG_FILE = "config.json";

/** One problem found in a config file, phrased for a person. */
export interface ConfigProblem {
  /** Dotted path of the field, e.g. `hosts.0.address`; empty for the whole file. */
  field: string;
  message: string;
}

/** The outcome of loading: a bad file is a value the dashboard shows, not a crash. */
export type LoadedConfig =
  | { ok: true; config: Config; path: string }
  | { ok: false; config: Config; path: string; problems: ConfigProblem[] };

/**
 * Environment variables that override the file, for containers and quick
 * starts. Overrides are applied before validation, so a bad value is
 * reported like a bad file value.
 */
export const ENV_OVERRIDES = [
  "SPARK1_HOST",
  "SPARK2_HOST",
  "SPARK_USER",
  "SSH_KEY_PATH",
  "PORT",
  "SPARK_CONTROL_API_TOKENS",
] as const;

/** Reads, overrides and validates `<dataDir>/config.json`; a missing file means defaults. */
export async function loadConfig(
  dataDir: string,
  env: Record<string, string | undefined> = {},
): Promise<LoadedConfig> {
  const path = join(dataDir, CONFIG_FILE);
  let raw: unknown = {};
  try {
    raw = JSON.parse(await Deno.readTextFile(path));
  } catch (err) {
    if (!(err instanceof Deno.errors.NotFound)) {
      const message = err instanceof SyntaxError
        ? `config.json is not valid JSON (${err.message}); using defaults until it is fixed`
        : `config.json cannot be read (${(err as Error).message})`;
      return {
        ok: false,
        config: parseOrDefault(applyEnv({}, env)),
        path,
        problems: [{ field: "", message }],
      };
    }
  }
  return validate(applyEnv(raw, env), path);
}

/** Validates a parsed object; on failure keeps the defaults and lists every problem. */
export function validate(raw: unknown, path = CONFIG_FILE): LoadedConfig {
  const parsed = Config.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data, path };
  return { ok: false, config: defaultConfig(), path, problems: describeIssues(parsed.error) };
}

/** Turns zod issues into `{field, message}` pairs a person can act on. */
export function describeIssues(error: z.ZodError): ConfigProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join("."),
    message: issue.message,
  }));
}

function parseOrDefault(raw: unknown): Config {
  const parsed = Config.safeParse(raw);
  return parsed.success ? parsed.data : defaultConfig();
}

/** Applies {@link ENV_OVERRIDES} to a raw (unvalidated) config object. */
export function applyEnv(raw: unknown, env: Record<string, string | undefined>): unknown {
  const base = (raw && typeof raw === "object" && !Array.isArray(raw))
    ? { ...raw as Record<string, unknown> }
    : {};
  const hosts = Array.isArray(base.hosts)
    ? (base.hosts as Record<string, unknown>[]).map((h) => ({ ...h }))
    : defaultConfig().hosts.map((h) => ({ ...h } as Record<string, unknown>));
  const setHost = (index: number, key: string, value: unknown) => {
    if (hosts[index]) hosts[index][key] = value;
  };
  if (env.SPARK1_HOST !== undefined) setHost(0, "address", env.SPARK1_HOST);
  if (env.SPARK2_HOST !== undefined) setHost(1, "address", env.SPARK2_HOST);
  if (env.SPARK_USER !== undefined) hosts.forEach((_, i) => setHost(i, "sshUser", env.SPARK_USER));
  base.hosts = hosts;
  if (env.SSH_KEY_PATH !== undefined) base.sshKeyPath = env.SSH_KEY_PATH;
  if (env.PORT !== undefined) {
    base.server = { ...(base.server as object ?? {}), port: Number(env.PORT) };
  }
  if (env.SPARK_CONTROL_API_TOKENS !== undefined) {
    const tokens = env.SPARK_CONTROL_API_TOKENS.split(",").map((t) => t.trim()).filter(Boolean);
    base.auth = { ...(base.auth as object ?? {}), apiTokens: tokens };
  }
  return base;
}

/**
 * Writes the config atomically: a temp file in the same directory, fsync,
 * rename over the old file, fsync of the directory. A crash leaves either
 * the old or the new file, never half of one. Mode 0600: it may hold tokens.
 */
export async function saveConfig(path: string, config: Config): Promise<void> {
  const valid = Config.parse(config);
  await Deno.mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${crypto.randomUUID()}.tmp`;
  const file = await Deno.open(tmp, { write: true, createNew: true, mode: 0o600 });
  try {
    await file.write(new TextEncoder().encode(JSON.stringify(valid, null, 2) + "\n"));
    await file.sync();
  } finally {
    file.close();
  }
  try {
    await Deno.rename(tmp, path);
  } catch (err) {
    await Deno.remove(tmp).catch(
      () => {/* the temp file may already be gone; the rename error is what matters */},
    );
    throw err;
  }
  await syncDir(dirname(path));
}

async function syncDir(dir: string): Promise<void> {
  try {
    const handle = await Deno.open(dir, { read: true });
    try {
      await handle.sync();
    } finally {
      handle.close();
    }
  } catch {
    // Some filesystems refuse fsync on a directory; the rename is still atomic there.
  }
}
