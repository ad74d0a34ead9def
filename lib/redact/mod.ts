/**
 * The redaction gateway's engine: layered PII detection on a normalised
 * shadow, typed per-handle tokens, an encrypted in-memory vault, a
 * fail-closed leak re-scan, and a one-pass rehydrate that accepts the
 * mangles models make. See README.md in this folder for the design.
 *
 * @module
 */
// Types only: the detector itself loads on the first scrub (see redactor.ts). Tests and
// benchmarks that call it directly import "./detect.ts".
export type { DetectOptions, KnownEntity, Span } from "./detect.ts";
export {
  applyTokens,
  DETECT_DEADLINE_MS,
  type Detector,
  MAX_SCRUB_CHARS,
  Redactor,
  type RedactorOptions,
  type RehydrateResult,
  restore,
  type ScrubResult,
  TOKEN_INSTRUCTION,
} from "./redactor.ts";
export { comparable } from "./_mapped.ts";
export {
  BUILTIN_TYPES,
  formatToken,
  genericTokens,
  tokenScanner,
  TYPE_NAME_REGEXP,
} from "./tokens.ts";
export { type Mapping, Vault, VAULT_TTL_MS, type VaultOptions } from "./vault.ts";
