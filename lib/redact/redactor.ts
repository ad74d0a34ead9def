/**
 * Scrub and rehydrate: detection, token assignment through the vault, the
 * fail-closed leak re-scan, and the one-pass restore of model output.
 */
import type { Clock } from "../clock.ts";
import { InvalidInputError, PayloadTooLargeError, RedactionError } from "../errors.ts";
import type { Logger } from "../log.ts";
import type { DetectOptions, KnownEntity, Span } from "./detect.ts";
import { foldedOf, foldString, shadowOf } from "./_mapped.ts";
import { formatToken, genericTokens, tokenScanner } from "./tokens.ts";
import { type Mapping, Vault } from "./vault.ts";

type DetectModule = typeof import("./detect.ts");
let detectModule: Promise<DetectModule> | undefined;

/**
 * The detector, with its word lists and language model (about 50 MB and
 * 100 ms), is loaded on the first scrub rather than at start-up: most
 * controllers spend their life serving the dashboard and the LAN API.
 */
function loadDetect(): Promise<DetectModule> {
  return detectModule ??= import("./detect.ts");
}

/** Most characters `/scrub` takes in one call (1 MiB of UTF-16 units). */
export const MAX_SCRUB_CHARS = 1_048_576;
/** Detection budget per call; past it the call fails closed. */
export const DETECT_DEADLINE_MS = 10_000;

/** The sentence callers put in the cloud model's system prompt. */
export const TOKEN_INSTRUCTION =
  "The text contains placeholders such as [PERSON_1] or [EMAIL_2] that stand for private values. " +
  "Copy each placeholder exactly as written, with its square brackets, underscore and number; " +
  "never invent, merge, translate, or expand placeholders, and do not guess what they stand for.";

/** What `/scrub` returns. */
export interface ScrubResult {
  text: string;
  handle: string;
  /** Count of masked spans per type (never values). */
  entities: Record<string, number>;
  instruction: string;
}

/** What `/rehydrate` returns. */
export interface RehydrateResult {
  text: string;
  /** Number of tokens restored. */
  restored: number;
  /** Token-shaped text left verbatim (unknown, translated or merged tokens). */
  unresolved: string[];
  /** Tokens of the handle that did not appear in the text. */
  missing: string[];
}

/** A detector: pure text in, spans out (injectable so tests can make it fail). */
export type Detector = (text: string, opts: DetectOptions) => Span[];

/** Options for {@link Redactor}. */
export interface RedactorOptions {
  clock: Clock;
  log?: Logger;
  ttlMs?: number;
  detector?: Detector;
  deadlineMs?: number;
}

/** The redaction gateway's engine; one per process (it owns the vault key). */
export class Redactor {
  readonly vault: Vault;
  #clock: Clock;
  #log: Logger | undefined;
  #detector: Detector | null;
  #knownVariants: DetectModule["knownVariants"] | null = null;
  #deadlineMs: number;

  constructor(opts: RedactorOptions) {
    this.#clock = opts.clock;
    this.#log = opts.log;
    this.#detector = opts.detector ?? null;
    this.#deadlineMs = opts.deadlineMs ?? DETECT_DEADLINE_MS;
    this.vault = new Vault({ clock: opts.clock, ttlMs: opts.ttlMs });
  }

  /**
   * Masks every detected entity with a token of its handle. Fails closed:
   * a detector error, an overrun deadline or a value still visible in the
   * output throws `RedactionError` and nothing is returned or stored.
   */
  async scrub(
    input: {
      text: string;
      handle?: string;
      known?: readonly KnownEntity[];
      allow?: readonly string[];
    },
    owner: string | null,
  ): Promise<ScrubResult> {
    if (input.text.length > MAX_SCRUB_CHARS) {
      throw new PayloadTooLargeError(`Text is longer than ${MAX_SCRUB_CHARS} characters`);
    }
    const detectModule = await loadDetect();
    this.#detector ??= detectModule.detect;
    this.#knownVariants ??= detectModule.knownVariants;
    const handle = input.handle ?? await this.vault.create(owner);
    const known = (input.known ?? []).filter((k) => k.value.trim().length > 0);
    const allow = input.allow ?? [];
    const result = await this.vault.update(handle, owner, (mapping) => {
      const opts = this.#options(known, allow, mapping);
      const spans = this.#widen(input.text, this.#run(input.text, opts), opts);
      const { text, entities, values, blanked } = applyTokens(input.text, spans, mapping);
      this.#leakCheck({ text, blanked }, values, known, allow, opts);
      return { text, entities };
    });
    this.#log?.info("scrub", { entities: result.entities, chars: input.text.length });
    return { text: result.text, handle, entities: result.entities, instruction: TOKEN_INSTRUCTION };
  }

  /** Restores the handle's tokens in `text` in one scan (see the module README for the grammar). */
  async rehydrate(
    input: { text: string; handle: string; strict?: boolean },
    owner: string | null,
  ): Promise<RehydrateResult> {
    if (input.text.length > MAX_SCRUB_CHARS * 2) {
      throw new PayloadTooLargeError(`Text is longer than ${MAX_SCRUB_CHARS * 2} characters`);
    }
    const mapping = await this.vault.read(input.handle, owner);
    const result = restore(input.text, mapping);
    this.#log?.info("rehydrate", {
      restored: result.restored,
      unresolved: result.unresolved.length,
      missing: result.missing.length,
    });
    if (input.strict && (result.unresolved.length > 0 || result.missing.length > 0)) {
      throw new InvalidInputError(
        `Cannot rehydrate strictly: ${result.missing.length} token(s) missing, ${result.unresolved.length} unresolved`,
        { details: { missing: result.missing, unresolved: result.unresolved } },
      );
    }
    return result;
  }

  /**
   * Masking can change what the detector sees: "Henri Price (0800 115 3577)" keeps the number,
   * because "Price" labels an amount, until "Henri Price" is a token. The masked text is scanned
   * again and anything found is masked in the input too (through the detector, so its value is
   * masked wherever else it appears), twice at most; the leak check after
   * this still refuses the call if a third pass would find more.
   */
  #widen(text: string, spans: Span[], opts: DetectOptions): Span[] {
    let extra: Span[] = [];
    for (let round = 0; round < 2; round++) {
      const { output, toInput } = provisional(text, spans);
      const found = entitiesBesideTokens(output, this.#run(output, { ...opts, known: [] }));
      if (found.length === 0) return spans;
      extra = extra.concat(found.map((s) => ({
        start: toInput(s.start, "start"),
        end: toInput(s.end, "end"),
        type: s.type,
      })));
      spans = this.#run(text, { ...opts, extra });
    }
    return spans;
  }

  #options(
    known: readonly KnownEntity[],
    allow: readonly string[],
    mapping: Mapping,
  ): DetectOptions {
    const started = this.#clock.now();
    return {
      known,
      allow,
      tokenTypes: Object.keys(mapping.counters),
      // Anyone born up to 14 years ago may be named with a date of birth in business text.
      latestBirthYear: new Date(started).getUTCFullYear() - 14,
      checkpoint: () => {
        if (this.#clock.now() - started > this.#deadlineMs) {
          throw new RedactionError("Detection took longer than its deadline");
        }
      },
    };
  }

  #run(text: string, opts: DetectOptions): Span[] {
    try {
      return this.#detector!(text, opts);
    } catch (err) {
      this.#log?.error("scrub detector failed", { error: (err as Error)?.name });
      if (err instanceof RedactionError) throw err;
      throw new RedactionError("The detector failed; nothing was forwarded", { cause: err });
    }
  }

  // Second pass: no masked or known value may remain visible, and the detector run on the
  // output must find nothing outside our own tokens.
  #leakCheck(
    output: { text: string; blanked: string },
    values: Set<string>,
    known: readonly KnownEntity[],
    allow: readonly string[],
    opts: DetectOptions,
  ): void {
    const folded = foldedOf(shadowOf(output.blanked)).text;
    const allowed = new Set(allow.map((a) => foldString(a.trim())));
    const needles = new Set<string>();
    for (const v of values) needles.add(foldString(v.normalize("NFKC")));
    for (const k of known) for (const v of this.#knownVariants!(k)) needles.add(v);
    for (const n of needles) {
      if (n.length < 2 || allowed.has(n)) continue;
      let at = folded.indexOf(n);
      while (at !== -1) {
        const before = folded[at - 1] ?? " ", after = folded[at + n.length] ?? " ";
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          this.#log?.error("scrub leak check failed", { stage: "values" });
          throw new RedactionError("A masked value was still visible; nothing was forwarded");
        }
        at = folded.indexOf(n, at + 1);
      }
    }
    // Spans that hold nothing but our own tokens and punctuation are not leaks.
    const again = entitiesBesideTokens(output.text, this.#run(output.text, { ...opts, known: [] }));
    if (again.length > 0) {
      this.#log?.error("scrub leak check failed", { stage: "rescan", spans: again.length });
      throw new RedactionError("The re-scan still found entities; nothing was forwarded");
    }
  }
}

/** Spans of a masked text that hold more than our own tokens and punctuation: something new. */
function entitiesBesideTokens(masked: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) =>
    s.type !== "TOKEN" &&
    /[\p{L}\p{N}]/u.test(
      masked.slice(s.start, s.end).replace(/\[[A-Z][A-Z0-9]{1,19}_\d{1,6}\]/g, ""),
    )
  );
}

/**
 * The text with each span replaced by a stand-in token of its type, and a map from positions in
 * that text back to the input: a position inside a stand-in goes to its span's start or end.
 */
function provisional(
  text: string,
  spans: readonly Span[],
): { output: string; toInput: (at: number, side: "start" | "end") => number } {
  const parts: string[] = [];
  // [output start, output end, input start, input end] of each stand-in.
  const marks: [number, number, number, number][] = [];
  let last = 0;
  let length = 0;
  for (const s of spans) {
    const before = text.slice(last, s.start);
    const token = formatToken(s.type, 1);
    parts.push(before, token);
    marks.push([length + before.length, length + before.length + token.length, s.start, s.end]);
    length += before.length + token.length;
    last = s.end;
  }
  parts.push(text.slice(last));
  const toInput = (at: number, side: "start" | "end") => {
    let shift = 0;
    for (const [os, oe, is, ie] of marks) {
      const inside = side === "start" ? at >= os && at < oe : at > os && at <= oe;
      if (inside) return side === "start" ? is : ie;
      if (at < os || (side === "end" && at === os)) break;
      shift = ie - oe;
    }
    return at + shift;
  };
  return { output: parts.join(""), toInput };
}

/** Replaces spans by tokens, reusing the handle's token for a value it has seen. */
export function applyTokens(
  text: string,
  spans: readonly Span[],
  mapping: Mapping,
): { text: string; entities: Record<string, number>; values: Set<string>; blanked: string } {
  const parts: string[] = [];
  const blanked: string[] = [];
  const entities: Record<string, number> = {};
  const values = new Set<string>();
  let last = 0;
  for (const s of spans) {
    const value = text.slice(s.start, s.end);
    const key = `${s.type}\u0000${value}`;
    let token = mapping.byValue[key];
    if (token === undefined) {
      const n = (mapping.counters[s.type] ?? 0) + 1;
      mapping.counters[s.type] = n;
      token = formatToken(s.type, n);
      mapping.byValue[key] = token;
      mapping.byToken[token] = value;
    }
    parts.push(text.slice(last, s.start), token);
    blanked.push(text.slice(last, s.start), " \u0000 ");
    entities[s.type] = (entities[s.type] ?? 0) + 1;
    if (s.type !== "TOKEN") values.add(value);
    last = s.end;
  }
  parts.push(text.slice(last));
  blanked.push(text.slice(last));
  return { text: parts.join(""), entities, values, blanked: blanked.join("") };
}

function looksLikeJson(text: string): boolean {
  const t = text.trim();
  if (!/^[[{"]/.test(t)) return false;
  try {
    JSON.parse(t);
    return true;
  } catch {
    // Not JSON after all: restore values unescaped.
    return false;
  }
}

/** One scan over `text`: every token of `mapping` (in any listed mangle) becomes its value. */
export function restore(text: string, mapping: Mapping): RehydrateResult {
  const scan = tokenScanner(Object.keys(mapping.counters));
  const json = looksLikeJson(text);
  const parts: string[] = [];
  const seen = new Set<string>();
  const unresolved: string[] = [];
  const covered: { start: number; end: number }[] = [];
  let last = 0;
  let restored = 0;
  for (const hit of scan(text)) {
    const raw = text.slice(hit.start, hit.end);
    const value = mapping.byToken[hit.token];
    covered.push(hit);
    if (value === undefined) {
      unresolved.push(raw);
      continue;
    }
    parts.push(text.slice(last, hit.start), json ? JSON.stringify(value).slice(1, -1) : value);
    last = hit.end;
    restored++;
    seen.add(hit.token);
  }
  parts.push(text.slice(last));
  for (const g of genericTokens(text)) {
    if (!covered.some((c) => g.start < c.end && g.end > c.start)) {
      unresolved.push(text.slice(g.start, g.end));
    }
  }
  const missing = Object.keys(mapping.byToken).filter((t) => !seen.has(t));
  return { text: parts.join(""), restored, unresolved, missing };
}
