import type { MiddlewareHandler } from "hono";
import type { ValidationTargets } from "hono";
import { validator as openApiValidator } from "hono-openapi";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { InvalidInputError, UnsupportedMediaTypeError } from "../errors.ts";

/**
 * Zod issues as they appear in `details` of a 400: path and message, never
 * the rejected value (it may be a secret or a transcript).
 */
export function issueDetails(
  issues: readonly StandardSchemaV1.Issue[],
): { path: string; message: string }[] {
  return issues.map((i) => ({
    path: (i.path ?? []).map((p) => String(typeof p === "object" ? p.key : p)).join("."),
    message: i.message,
  }));
}

/** The hook every validator uses: a failed parse throws, and `lib/http/errors.ts` answers 400. */
// deno-lint-ignore no-explicit-any -- the hook's result type is generic over every schema
export function zodHook(result: any): void {
  if (!result.success) {
    const details = issueDetails(result.error ?? []);
    const first = details[0];
    throw new InvalidInputError(
      first
        ? `Invalid ${result.target ?? "request"}: ${
          first.path ? `${first.path}: ` : ""
        }${first.message}`
        : "Invalid request",
      { param: first?.path || undefined, details },
    );
  }
}

/**
 * Validates one part of the request with a zod schema and records the schema
 * in `/openapi.json`. JSON bodies must say `application/json` (else 415);
 * malformed JSON is a 400 from Hono, shaped by the error table.
 */
export function validate<S extends StandardSchemaV1, T extends keyof ValidationTargets>(
  target: T,
  schema: S,
) {
  const check = openApiValidator(target, schema, zodHook);
  if (target !== "json") return check;
  const requireJson: MiddlewareHandler = (c, next) => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([a-z0-9.+-]*\+)?json\s*(;|$)/i.test(type)) {
      throw new UnsupportedMediaTypeError(
        `Expected Content-Type: application/json, got "${type || "none"}"`,
      );
    }
    return check(c, next);
  };
  // Same runtime contract as `check`, plus the 415; the cast keeps Hono's typed `c.req.valid()`.
  return Object.assign(requireJson, check) as typeof check;
}
