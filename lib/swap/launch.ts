/**
 * Launch and stop commands for eugr's scripts (CONTRACTS.md §2.2–2.4), built
 * from argv with `shell.ts` only. Every launch is detached (`-d`) with stdin
 * from `/dev/null`, so a prompt (`Build now? [y/N]`) hits EOF instead of
 * waiting forever, and the launcher's EXIT trap cannot stop the cluster when
 * the SSH session ends.
 */
import { InvalidInputError } from "../errors.ts";
import { commandLine, validateModelId, validateRecipeName } from "../cluster/shell.ts";
import { cdRepo, type Recipe } from "./recipes.ts";

/** The vLLM port the controller launches on unless a recipe or override says otherwise. */
export const DEFAULT_VLLM_PORT = 8888;

type FlagRule =
  | { type: "bool" }
  | { type: "int"; min: number; max: number }
  | { type: "float"; min: number; max: number }
  | { type: "enum"; values: readonly string[] }
  | { type: "name" };

/**
 * vLLM flags a caller may add, each with the values it may take. Anything
 * else is refused: distributed flags belong to the launcher (§2.2), and
 * flags such as `--chat-template` or `--download-dir` take paths we would
 * rather not let a web form choose.
 */
export const EXTRA_ARG_RULES: Readonly<Record<string, FlagRule>> = {
  "--max-num-seqs": { type: "int", min: 1, max: 4096 },
  "--max-num-batched-tokens": { type: "int", min: 16, max: 1_048_576 },
  "--max-model-len": { type: "int", min: 16, max: 4_194_304 },
  "--gpu-memory-utilization": { type: "float", min: 0.05, max: 0.95 },
  "--enable-prefix-caching": { type: "bool" },
  "--no-enable-prefix-caching": { type: "bool" },
  "--enable-chunked-prefill": { type: "bool" },
  "--enforce-eager": { type: "bool" },
  "--enable-auto-tool-choice": { type: "bool" },
  "--trust-remote-code": { type: "bool" },
  "--kv-cache-dtype": { type: "enum", values: ["auto", "fp8", "fp8_e4m3", "fp8_e5m2"] },
  "--load-format": {
    type: "enum",
    values: ["auto", "safetensors", "fastsafetensors", "instanttensor", "runai_streamer"],
  },
  "--dtype": { type: "enum", values: ["auto", "bfloat16", "float16"] },
  "--quantization": { type: "name" },
  "--tool-call-parser": { type: "name" },
  "--reasoning-parser": { type: "name" },
  "--served-model-name": { type: "name" },
};

const NAME_VALUE_REGEXP = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** One extra vLLM flag as the API takes it. */
export interface ExtraArg {
  flag: string;
  /** Absent for boolean flags. */
  value?: string | number | boolean;
}

/** Checks extra args against {@link EXTRA_ARG_RULES}; returns them as argv words. */
export function extraArgsArgv(args: readonly ExtraArg[]): string[] {
  const out: string[] = [];
  for (const [i, arg] of args.entries()) {
    const param = `extraArgs.${i}`;
    const rule = Object.hasOwn(EXTRA_ARG_RULES, arg.flag) ? EXTRA_ARG_RULES[arg.flag] : undefined;
    if (!rule) {
      throw new InvalidInputError(
        `${JSON.stringify(String(arg.flag).slice(0, 60))} is not an allowed vLLM flag; allowed: ${
          Object.keys(EXTRA_ARG_RULES).join(", ")
        }`,
        { param: `${param}.flag` },
      );
    }
    const bad = (why: string): never => {
      throw new InvalidInputError(`Invalid value for ${arg.flag}: ${why}`, {
        param: `${param}.value`,
      });
    };
    switch (rule.type) {
      case "bool":
        if (arg.value !== undefined && arg.value !== true) bad("this flag takes no value");
        out.push(arg.flag);
        break;
      case "int": {
        const n = typeof arg.value === "string" && /^\d+$/.test(arg.value)
          ? Number(arg.value)
          : arg.value;
        if (typeof n !== "number" || !Number.isInteger(n) || n < rule.min || n > rule.max) {
          bad(`expected a whole number from ${rule.min} to ${rule.max}`);
        }
        out.push(arg.flag, String(n));
        break;
      }
      case "float": {
        const n = typeof arg.value === "string" && /^\d*\.?\d+$/.test(arg.value)
          ? Number(arg.value)
          : arg.value;
        if (typeof n !== "number" || !Number.isFinite(n) || n < rule.min || n > rule.max) {
          bad(`expected a number from ${rule.min} to ${rule.max}`);
        }
        out.push(arg.flag, String(n));
        break;
      }
      case "enum":
        if (typeof arg.value !== "string" || !rule.values.includes(arg.value)) {
          bad(`expected one of ${rule.values.join(", ")}`);
        }
        out.push(arg.flag, arg.value as string);
        break;
      case "name":
        if (typeof arg.value !== "string" || !NAME_VALUE_REGEXP.test(arg.value)) {
          bad("use letters, digits, dots, dashes and underscores");
        }
        out.push(arg.flag, arg.value as string);
        break;
    }
  }
  return out;
}

/** Launcher options that `run-recipe.sh` takes for a recipe's `defaults`. */
export interface LaunchOverrides {
  port?: number;
  gpuMemoryUtilization?: number;
  maxModelLen?: number;
}

/** What to launch and how; names are validated again here, so no caller can skip it. */
export interface LaunchSpec {
  recipe: Recipe;
  solo: boolean;
  overrides?: LaunchOverrides;
  extraArgs?: readonly ExtraArg[];
}

function overrideArgv(o: LaunchOverrides | undefined): string[] {
  const out: string[] = [];
  if (o?.port !== undefined) {
    if (!Number.isInteger(o.port) || o.port < 1024 || o.port > 65535) {
      throw new InvalidInputError("port must be a whole number from 1024 to 65535", {
        param: "overrides.port",
      });
    }
    out.push("--port", String(o.port));
  }
  if (o?.gpuMemoryUtilization !== undefined) {
    const g = o.gpuMemoryUtilization;
    if (!Number.isFinite(g) || g < 0.05 || g > 0.95) {
      throw new InvalidInputError("gpuMemoryUtilization must be from 0.05 to 0.95", {
        param: "overrides.gpuMemoryUtilization",
      });
    }
    out.push("--gpu-mem", String(g));
  }
  if (o?.maxModelLen !== undefined) {
    const m = o.maxModelLen;
    if (!Number.isInteger(m) || m < 16 || m > 4_194_304) {
      throw new InvalidInputError("maxModelLen must be a whole number from 16 to 4194304", {
        param: "overrides.maxModelLen",
      });
    }
    out.push("--max-model-len", String(m));
  }
  return out;
}

/**
 * The argv of a launch: `./run-recipe.sh <recipe> -d [--solo] [overrides] [-- extra]`
 * for recipes, `./launch-cluster.sh -d [--solo] exec vllm serve <path> …` for
 * local models (vLLM keeps the last duplicate flag, so extras go last).
 */
export function launchArgv(spec: LaunchSpec): string[] {
  const extra = extraArgsArgv(spec.extraArgs ?? []);
  const overrides = overrideArgv(spec.overrides);
  if (spec.recipe.kind === "recipe") {
    const name = validateRecipeName(spec.recipe.name);
    return [
      "./run-recipe.sh",
      name,
      "-d",
      ...(spec.solo ? ["--solo"] : []),
      ...overrides,
      ...(extra.length > 0 ? ["--", ...extra] : []),
    ];
  }
  const model = validateModelId(spec.recipe.model ?? "", "model");
  const port = spec.overrides?.port ?? DEFAULT_VLLM_PORT;
  const gpu = spec.overrides?.gpuMemoryUtilization;
  const maxLen = spec.overrides?.maxModelLen;
  return [
    "./launch-cluster.sh",
    "-d",
    ...(spec.solo ? ["--solo"] : []),
    "exec",
    "vllm",
    "serve",
    model,
    "--host",
    "0.0.0.0",
    "--port",
    String(port),
    ...(spec.solo ? [] : ["-tp", String(Math.max(1, spec.recipe.nodesWanted))]),
    ...(gpu !== undefined ? ["--gpu-memory-utilization", String(gpu)] : []),
    ...(maxLen !== undefined ? ["--max-model-len", String(maxLen)] : []),
    ...extra,
  ];
}

/** The remote script of a launch: `cd <repo> && <argv> </dev/null`. */
export function launchScript(repoDir: string, spec: LaunchSpec): string {
  return `${cdRepo(repoDir)} && ${commandLine(launchArgv(spec))} </dev/null`;
}

/** The remote script that stops the cluster on every node. */
export function stopScript(repoDir: string): string {
  return `${cdRepo(repoDir)} && ./launch-cluster.sh stop </dev/null`;
}

/** The launcher's "dispatched" line (§2.3); exit 0 without it is not trusted. */
export function dispatched(output: string): boolean {
  return output.includes("Command dispatched in background");
}

/** Known launcher errors in its output, as one plain sentence, or null. */
export function launcherError(output: string): string | null {
  const lines = output.split("\n").map((l) => l.trim());
  const errorLine = lines.find((l) => l.startsWith("Error:"));
  if (output.includes("Build now?")) {
    return "The image is missing on a node and the launcher asked to build it; nothing was built";
  }
  if (output.includes("Cluster containers are already running")) {
    return "A vLLM container was still running, so the launcher skipped the launch";
  }
  return errorLine ?? null;
}
