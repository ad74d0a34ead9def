import { equal, match, throws } from "node:assert/strict";
import { InvalidInputError } from "../errors.ts";
import {
  commandLine,
  quote,
  remoteCommand,
  validateContainerName,
  validateGitBranch,
  validateModelId,
  validateRecipeName,
  validateServiceName,
  validateUserName,
  VALIDATORS,
} from "./shell.ts";
import { INJECTION_PAYLOADS } from "./shell_payloads.ts";

Deno.test("quote() leaves plain words bare and single-quotes the rest", () => {
  equal(quote("vllm_node"), "vllm_node");
  equal(quote("org/model-1.5"), "org/model-1.5");
  equal(quote(""), "''");
  equal(quote("a b"), "'a b'");
  equal(quote("it's"), `'it'\\''s'`);
  equal(quote("$(x)"), "'$(x)'");
  equal(quote("~/models"), "'~/models'");
  equal(quote("-rf"), "-rf");
});

Deno.test("quote() refuses a NUL byte instead of truncating", () => {
  throws(() => quote("a\0b"), InvalidInputError);
});

Deno.test("commandLine() quotes every word and refuses an empty argv", () => {
  equal(
    commandLine(["docker", "logs", "--tail", "200", "vllm node"]),
    "docker logs --tail 200 'vllm node'",
  );
  throws(() => commandLine([]), InvalidInputError);
});

Deno.test("remoteCommand() wraps scripts in bash -c and quotes argv", () => {
  equal(remoteCommand({ argv: ["echo", "a;b"] }), "echo 'a;b'");
  equal(remoteCommand({ script: "echo 'hi'" }), `bash -c 'echo '\\''hi'\\'''`);
});

Deno.test("validators accept the names the cluster really uses", () => {
  equal(validateRecipeName("glm-4.7-flash-awq"), "glm-4.7-flash-awq");
  equal(validateRecipeName("two-node/qwen3.5-122b"), "two-node/qwen3.5-122b");
  equal(validateModelId("Qwen/Qwen3-30B-A3B-Instruct-2507"), "Qwen/Qwen3-30B-A3B-Instruct-2507");
  equal(validateModelId("/models/llama-3.1-8b"), "/models/llama-3.1-8b");
  equal(validateModelId("~/models/my_model"), "~/models/my_model");
  equal(validateContainerName("vllm_node"), "vllm_node");
  equal(validateGitBranch("feature/new-voice.2"), "feature/new-voice.2");
  equal(validateServiceName("docker.service"), "docker.service");
  equal(validateServiceName("getty@tty1"), "getty@tty1");
  equal(validateUserName("spark-user"), "spark-user");
});

Deno.test("validators reject names that break their rules, with a plain message", () => {
  const cases: [(v: unknown) => string, string][] = [
    [validateRecipeName, "../secret"],
    [validateRecipeName, "a/b/c"],
    [validateModelId, "org/name/extra"],
    [validateModelId, "org/na--me"],
    [validateModelId, "/models/../etc"],
    [validateModelId, "models/"],
    [validateModelId, "relative/path/x"],
    [validateGitBranch, "-b"],
    [validateGitBranch, "a..b"],
    [validateGitBranch, "a.lock"],
    [validateGitBranch, "a/.hidden"],
    [validateGitBranch, "ends/"],
    [validateGitBranch, "ends."],
    [validateGitBranch, "a@{1}"],
    [validateContainerName, "_x"],
    [validateServiceName, "-x.service"],
    [validateUserName, "Root"],
    [validateUserName, 42 as unknown as string],
  ];
  for (const [fn, bad] of cases) {
    throws(() => fn(bad), (e: unknown) => {
      if (!(e instanceof InvalidInputError)) return false;
      match(e.message, /is not a valid/);
      return true;
    }, `${fn.name} accepted ${JSON.stringify(bad)}`);
  }
});

Deno.test("every validator rejects every injection payload", () => {
  for (const [kind, validate] of Object.entries(VALIDATORS)) {
    for (const payload of INJECTION_PAYLOADS) {
      throws(
        () => validate(payload),
        InvalidInputError,
        `${kind} accepted ${JSON.stringify(payload)}`,
      );
    }
  }
});
