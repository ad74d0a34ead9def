/**
 * The Qdrant path-injection guard (CONTRACTS.md §10). Qdrant's own check on
 * names is weak outside `create`, and URL building rewrites paths before
 * they are sent: `..`, `%2e%2e` and `.%2E` collapse a segment, `\` acts as
 * `/`, `?` and `#` start a query or fragment. So every name that reaches a
 * URL passes one allow-list pattern first, is still percent-encoded, and the
 * built URL's pathname must equal the path we meant to build.
 */
import { InvalidInputError } from "../errors.ts";

/** Collection names, vector names and filter keys: ASCII letters, digits, `_` and `-`, 1–63. */
export const NAME_REGEXP = /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/;

/** A filter key: one or more {@link NAME_REGEXP} segments joined by `.` (nested payload). */
export const FILTER_KEY_REGEXP =
  /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}(\.[A-Za-z0-9][A-Za-z0-9_-]{0,62}){0,7}$/;

/** Shows a rejected value safely: control and non-ASCII characters as `\u{…}` escapes, cut at 80. */
function shown(value: string): string {
  const escaped = value.replace(
    /[^\x20-\x7e]/gu,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16)}}`,
  );
  return escaped.length > 80 ? `${escaped.slice(0, 80)}…` : escaped;
}

/** Throws InvalidInputError (400) unless `value` is a safe collection or vector name. */
export function assertName(value: unknown, param = "name"): string {
  if (typeof value !== "string" || !NAME_REGEXP.test(value)) {
    const what = typeof value === "string" ? `"${shown(value)}"` : typeof value;
    throw new InvalidInputError(
      `Invalid ${param} ${what}: use 1-63 ASCII letters, digits, "_" or "-", starting with a letter or digit`,
      { param },
    );
  }
  return value;
}

/** Throws InvalidInputError (400) unless `value` is a safe payload key (dotted segments). */
export function assertFilterKey(value: unknown, param = "filter.key"): string {
  if (typeof value !== "string" || !FILTER_KEY_REGEXP.test(value)) {
    const what = typeof value === "string" ? `"${shown(value)}"` : typeof value;
    throw new InvalidInputError(
      `Invalid ${param} ${what}: use names of ASCII letters, digits, "_" or "-", joined by "."`,
      { param },
    );
  }
  return value;
}

/**
 * Builds `base` + `/segment/…` with every segment percent-encoded, and checks
 * that the URL parser kept the path exactly as built (no segment collapsed,
 * no query or fragment smuggled in). `query` values are encoded by
 * URLSearchParams. Throws InvalidInputError when anything moved.
 */
export function buildUrl(
  base: string,
  segments: readonly string[],
  query: Record<string, string> = {},
): URL {
  const trimmed = base.replace(/\/+$/, "");
  const suffix = segments.map((s) => `/${encodeURIComponent(s)}`).join("");
  const intended = new URL(trimmed).pathname.replace(/\/+$/, "") + suffix;
  const url = new URL(trimmed + suffix);
  if (url.pathname !== intended || url.search !== "" || url.hash !== "") {
    throw new InvalidInputError("Refusing a request whose URL path would not be the one intended", {
      param: "name",
    });
  }
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url;
}

/** Qdrant condition keys that name a payload field (and so must pass the key guard). */
const KEYED_CONDITIONS = new Set([
  "match",
  "range",
  "geo_bounding_box",
  "geo_radius",
  "geo_polygon",
  "values_count",
  "datetime_range",
]);

/**
 * Checks every payload key in a client-supplied Qdrant filter (recursively:
 * `must`, `should`, `must_not`, `min_should.conditions`, `nested`). Keys
 * outside the pattern are refused so nothing odd reaches Qdrant's parser.
 */
export function assertFilterKeys(filter: unknown, path = "filter"): void {
  if (filter === null || filter === undefined) return;
  if (typeof filter !== "object" || Array.isArray(filter)) {
    throw new InvalidInputError(`${path} must be an object`, { param: path });
  }
  const f = filter as Record<string, unknown>;
  for (const clause of ["must", "should", "must_not"] as const) {
    const v = f[clause];
    if (v === undefined || v === null) continue;
    const list = Array.isArray(v) ? v : [v];
    list.forEach((c, i) => assertCondition(c, `${path}.${clause}.${i}`));
  }
  const min = f.min_should as Record<string, unknown> | undefined;
  if (min && typeof min === "object" && Array.isArray(min.conditions)) {
    min.conditions.forEach((c, i) => assertCondition(c, `${path}.min_should.conditions.${i}`));
  }
}

function assertCondition(cond: unknown, path: string): void {
  if (cond === null || typeof cond !== "object" || Array.isArray(cond)) {
    throw new InvalidInputError(`${path} must be an object`, { param: path });
  }
  const c = cond as Record<string, unknown>;
  if ("must" in c || "should" in c || "must_not" in c || "min_should" in c) {
    return assertFilterKeys(c, path);
  }
  if ("has_id" in c) return;
  if ("is_empty" in c || "is_null" in c) {
    const inner = (c.is_empty ?? c.is_null) as Record<string, unknown> | null;
    assertFilterKey(inner?.key, `${path}.key`);
    return;
  }
  if ("nested" in c) {
    const n = c.nested as Record<string, unknown> | null;
    assertFilterKey(n?.key, `${path}.nested.key`);
    return assertFilterKeys(n?.filter, `${path}.nested.filter`);
  }
  if ("key" in c) {
    assertFilterKey(c.key, `${path}.key`);
    if (!Object.keys(c).some((k) => KEYED_CONDITIONS.has(k))) {
      throw new InvalidInputError(`${path} needs one of match, range, values_count`, {
        param: path,
      });
    }
    return;
  }
  throw new InvalidInputError(`${path} is not a filter condition this API accepts`, {
    param: path,
  });
}
