/**
 * A corpus of shell-injection payloads for "nothing ran" tests. Each payload
 * that would run something tries to create {@link INJECTION_CANARY} in the
 * shell's working directory (a relative path, so a simulated host's own
 * directory holds it), so a test asserts the file never appears. Every
 * validator in `shell.ts` must reject every payload, and `quote()` must keep
 * each one inert.
 *
 * NUL is not included: no argv string can carry it and `quote()` refuses it.
 *
 * @module
 */

/** The file a successful injection would create, relative to the remote working directory. */
export const INJECTION_CANARY = "sparkctl-injection-canary";

/** Builds the payloads for another canary path (for tests that want an absolute one). */
export function injectionPayloads(canary: string = INJECTION_CANARY): readonly string[] {
  const c = canary;
  return [
    `x; touch ${c}`,
    `x;touch ${c}`,
    `x && touch ${c}`,
    `x || touch ${c}`,
    `x | touch ${c}`,
    `x & touch ${c}`,
    `$(touch ${c})`,
    `\`touch ${c}\``,
    `x\ntouch ${c}`,
    `x\rtouch ${c}`,
    `x\n\ntouch ${c}\n`,
    `'; touch ${c}; '`,
    `"; touch ${c}; "`,
    `x'$(touch ${c})'`,
    `x"$(touch ${c})"`,
    `\\'; touch ${c}; #`,
    `x > ${c}`,
    `>${c}`,
    `x <(touch ${c})`,
    `$(touch\${IFS}${c})`,
    `\${IFS}touch\${IFS}${c}`,
    `{touch,${c}}`,
    `x%0atouch ${c}`,
    `org/model;touch ${c}`,
    `org/model$(touch ${c})`,
    `/models/$(touch ${c})`,
    `~/$(touch ${c})`,
    `main;touch ${c}`,
    `vllm_node && touch ${c}`,
    `--help`,
    `-rf`,
    `--output=${c}`,
    `-o ProxyCommand=touch ${c}`,
    `*`,
    `?`,
    `[a-z]*`,
    `~root`,
    `../../etc/passwd`,
    `..`,
    ``,
    ` `,
    `x y`,
    `\t`,
    // Unicode look-alikes and controls: a fullwidth semicolon, a line
    // separator, a right-to-left override, Cyrillic letters, an emoji.
    `x；touch ${c}`,
    `x\u2028touch ${c}`,
    `model\u202etxt.exe`,
    `mоdеl`,
    `org/mоdel`,
    `🦙/llama`,
    `x\u0007\u001b[31m`,
  ];
}

/** The default corpus, using {@link INJECTION_CANARY}. */
export const INJECTION_PAYLOADS: readonly string[] = injectionPayloads();
