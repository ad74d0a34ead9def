import { saveConfig } from "./load.ts";
import type { ConfigProblem } from "./load.ts";
import { Config } from "./schema.ts";

/** Called after a new config has been saved and taken into use. */
export type ConfigListener = (next: Config, previous: Config) => void;

/**
 * The live configuration. Settings pages save through it and subsystems
 * subscribe to it, so a change applies without a restart.
 */
export class ConfigStore {
  #config: Config;
  #problems: ConfigProblem[];
  #path: string | null;
  #listeners = new Set<ConfigListener>();

  /** `path` null keeps the config in memory only (tests). */
  constructor(config: Config, opts: { path?: string | null; problems?: ConfigProblem[] } = {}) {
    this.#config = config;
    this.#path = opts.path ?? null;
    this.#problems = opts.problems ?? [];
  }

  /** The config in force. Treat it as read-only. */
  get(): Config {
    return this.#config;
  }

  /** Problems found when the file was loaded (shown on the dashboard). */
  get problems(): readonly ConfigProblem[] {
    return this.#problems;
  }

  /** Where the config lives on disk, if anywhere. */
  get path(): string | null {
    return this.#path;
  }

  /** Validates, saves atomically, then notifies listeners. Throws zod's error when invalid. */
  async update(next: Config | ((current: Config) => Config)): Promise<Config> {
    const candidate = typeof next === "function" ? next(structuredClone(this.#config)) : next;
    const valid = Config.parse(candidate);
    if (this.#path) await saveConfig(this.#path, valid);
    const previous = this.#config;
    this.#config = valid;
    this.#problems = [];
    for (const listener of this.#listeners) listener(valid, previous);
    return valid;
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  onChange(listener: ConfigListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
