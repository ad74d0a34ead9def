/** The token mangles models make, as listed in issue 9, for property tests and the bench. */

/** Names of the mangles. */
export const MANGLES = [
  "lower",
  "no-brackets",
  "markdown",
  "inner-spaces",
  "space",
  "hyphen",
  "json-unicode",
  "title-case",
] as const;

/** Writes token `[TYPE_N]` the way mangle `m` would. */
export function mangle(m: (typeof MANGLES)[number], type: string, n: string): string {
  switch (m) {
    case "lower":
      return `[${type.toLowerCase()}_${n}]`;
    case "no-brackets":
      return `${type}_${n}`;
    case "markdown":
      return `\\[${type}\\_${n}\\]`;
    case "inner-spaces":
      return `[ ${type}_${n} ]`;
    case "space":
      return `${type} ${n}`;
    case "hyphen":
      return `${type}-${n}`;
    case "json-unicode":
      return `\\u005b${type}_${n}\\u005d`;
    case "title-case":
      return `[${type[0]}${type.slice(1).toLowerCase()}_${n}]`;
  }
}
