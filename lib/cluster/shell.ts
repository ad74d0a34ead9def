/**
 * Shell safety. Every remote command is built from argv with one quoting
 * function, and every name a caller supplies passes a validator before it can
 * reach a command line. Quoting alone would be enough for safety; the
 * validators exist so that a bad name is a clear 400 instead of a strange
 * remote error, and as a second wall should a caller ever forget to quote.
 *
 * Hand-written rather than taken from npm: the POSIX rule is one line, and
 * the npm quoters (shell-quote, shlex) escape differently per character,
 * which is harder to prove byte-exact than "wrap in single quotes".
 */
import { InvalidInputError } from "../errors.ts";
import type { Command } from "./runner.ts";

/** Characters that never need quoting in a POSIX shell word. */
const SAFE_WORD_REGEXP = /^[A-Za-z0-9_\/.,:@%+-]+$/;

/**
 * Quotes one argument for a POSIX shell: `'…'`, with each `'` written as
 * `'\''`. Plain words are left bare so command lines stay readable in logs.
 */
export function quote(arg: string): string {
  if (arg.includes("\0")) {
    // A NUL cannot be carried in an argv string at all; refuse rather than truncate.
    throw new InvalidInputError("An argument contains a NUL byte, which a shell cannot pass");
  }
  if (SAFE_WORD_REGEXP.test(arg)) return arg;
  return `'${arg.replaceAll("'", `'\\''`)}'`;
}

/** Joins argv into one command line for a remote shell, each word quoted. */
export function commandLine(argv: readonly string[]): string {
  if (argv.length === 0) throw new InvalidInputError("An empty command cannot be run");
  return argv.map(quote).join(" ");
}

/** The exact string sent to the remote shell for a {@link Command}. */
export function remoteCommand(command: Command): string {
  if ("argv" in command) return commandLine(command.argv);
  // Scripts are bash (arrays, `[[`, `$(...)`); the login shell may be dash.
  return `bash -c ${quote(command.script)}`;
}

function describe(value: unknown): string {
  if (typeof value !== "string") return `a ${typeof value}`;
  const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return shown;
}

function reject(value: unknown, what: string, rule: string, param: string): never {
  throw new InvalidInputError(`${describe(value)} is not a valid ${what}: ${rule}`, { param });
}

function asString(value: unknown, what: string, param: string): string {
  if (typeof value !== "string") reject(value, what, "expected text", param);
  return value;
}

const RECIPE_SEGMENT = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";
const RECIPE_REGEXP = new RegExp(`^${RECIPE_SEGMENT}(/${RECIPE_SEGMENT})?$`);

/** A recipe name as `run-recipe.sh` takes it: `name` or `folder/name`, no `..`. */
export function validateRecipeName(value: unknown, param = "recipe"): string {
  const s = asString(value, "recipe name", param);
  if (!RECIPE_REGEXP.test(s) || s.includes("..")) {
    reject(
      s,
      "recipe name",
      "use letters, digits, dots, dashes and underscores (optionally one folder/)",
      param,
    );
  }
  return s;
}

const HF_PART = "[A-Za-z0-9][A-Za-z0-9._-]{0,95}";
const HF_MODEL_REGEXP = new RegExp(`^${HF_PART}/${HF_PART}$`);
const LOCAL_MODEL_REGEXP = /^(\/|~\/)[A-Za-z0-9._\/-]{1,1000}$/;

/**
 * A model id: a Hugging Face `org/name`, or a local path starting with `/` or
 * `~/` whose segments are plain names (no `..`, no empty segment).
 */
export function validateModelId(value: unknown, param = "model"): string {
  const s = asString(value, "model id", param);
  if (HF_MODEL_REGEXP.test(s)) {
    if (s.includes("..") || s.includes("--") || /[.-]$/.test(s)) {
      reject(
        s,
        "model id",
        "Hugging Face ids cannot contain '..' or '--' or end in '.' or '-'",
        param,
      );
    }
    return s;
  }
  if (LOCAL_MODEL_REGEXP.test(s)) {
    const segments = s.replace(/^~?\//, "").split("/");
    const bad = segments.some((seg) => seg === "" || seg === "." || seg === ".." || seg[0] === "-");
    if (bad) reject(s, "model path", "path segments must be plain names (no '..', no '//')", param);
    return s;
  }
  return reject(s, "model id", "use org/name, or an absolute or ~/ path to a local model", param);
}

const CONTAINER_REGEXP = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** A Docker container name (Docker's own rule: `[a-zA-Z0-9][a-zA-Z0-9_.-]*`). */
export function validateContainerName(value: unknown, param = "container"): string {
  const s = asString(value, "container name", param);
  if (!CONTAINER_REGEXP.test(s)) {
    reject(s, "container name", "use letters, digits, dots, dashes and underscores", param);
  }
  return s;
}

/**
 * A git branch name: `git check-ref-format --branch` rules, further limited
 * to ASCII letters, digits and `._/-` (git allows `;` or `$`, we do not).
 */
export function validateGitBranch(value: unknown, param = "branch"): string {
  const s = asString(value, "git branch", param);
  const rule = "use letters, digits and ._/- (no '..', no leading '-', no '.lock' parts)";
  if (s.length === 0 || s.length > 255 || !/^[A-Za-z0-9._\/-]+$/.test(s)) {
    reject(s, "git branch", rule, param);
  }
  if (
    s.startsWith("-") || s.includes("..") || s.includes("//") || s.startsWith("/") ||
    s.endsWith("/") || s.endsWith(".") || s === "@" || s === "HEAD"
  ) reject(s, "git branch", rule, param);
  for (const part of s.split("/")) {
    if (part.startsWith(".") || part.endsWith(".lock")) reject(s, "git branch", rule, param);
  }
  return s;
}

const SERVICE_REGEXP = /^[A-Za-z0-9][A-Za-z0-9:_.@-]{0,254}$/;

/** A systemd service (unit) name such as `docker.service` or `getty@tty1`. */
export function validateServiceName(value: unknown, param = "service"): string {
  const s = asString(value, "service name", param);
  if (!SERVICE_REGEXP.test(s) || s.includes("..")) {
    reject(s, "service name", "use letters, digits and :_.@- (no leading '-')", param);
  }
  return s;
}

const USER_NAME_REGEXP = /^[a-z_][a-z0-9_-]{0,31}$/;

/** A POSIX user name as Debian's adduser accepts it. */
export function validateUserName(value: unknown, param = "user"): string {
  const s = asString(value, "user name", param);
  if (!USER_NAME_REGEXP.test(s)) {
    reject(
      s,
      "user name",
      "use lower-case letters, digits, '_' and '-', starting with a letter",
      param,
    );
  }
  return s;
}

/** Every validator, by what it checks (for table-driven tests and callers that pick by kind). */
export const VALIDATORS: Readonly<Record<string, (value: unknown) => string>> = {
  recipe: (v) => validateRecipeName(v),
  model: (v) => validateModelId(v),
  container: (v) => validateContainerName(v),
  branch: (v) => validateGitBranch(v),
  service: (v) => validateServiceName(v),
  user: (v) => validateUserName(v),
};
