import { equal, throws } from "node:assert/strict";
import { InvalidInputError } from "../errors.ts";
import { assertFilterKeys, assertName, buildUrl } from "./names.ts";

Deno.test("assertName() accepts 1-63 safe characters and refuses the 64th", () => {
  equal(assertName("crm_chunks"), "crm_chunks");
  equal(assertName("A-1"), "A-1");
  equal(assertName("a".repeat(63)), "a".repeat(63));
  throws(() => assertName("a".repeat(64)), InvalidInputError);
});

Deno.test("assertName() refuses separators, dots, control and look-alike characters", () => {
  for (
    const bad of ["", "..", "a/b", "a\\b", "a?b", "a#b", "a.b", "_a", "a\u0000", "ａ", "a\u200b"]
  ) {
    throws(() => assertName(bad), InvalidInputError, JSON.stringify(bad));
  }
  throws(() => assertName(42), InvalidInputError);
});

Deno.test("buildUrl() encodes segments and refuses a path the URL parser would rewrite", () => {
  equal(buildUrl("http://127.0.0.1:6333", ["collections", "a b"]).pathname, "/collections/a%20b");
  equal(
    buildUrl("http://127.0.0.1:6333/", ["collections", "x"], { wait: "true" }).href,
    "http://127.0.0.1:6333/collections/x?wait=true",
  );
  throws(() => buildUrl("http://127.0.0.1:6333", ["collections", ".."]), InvalidInputError);
  throws(() => buildUrl("http://127.0.0.1:6333", ["collections", "."]), InvalidInputError);
});

Deno.test("assertFilterKeys() checks keys at every depth", () => {
  assertFilterKeys({ must: [{ key: "meta.source", match: { value: "x" } }, { has_id: [1] }] });
  assertFilterKeys({ should: [{ must_not: [{ is_empty: { key: "tags" } }] }] });
  throws(
    () => assertFilterKeys({ should: [{ must_not: [{ key: "a/b", match: { value: 1 } }] }] }),
    InvalidInputError,
  );
  throws(() => assertFilterKeys({ must: [{ key: "x" }] }), InvalidInputError);
  throws(
    () => assertFilterKeys({ must: [{ nested: { key: "..", filter: {} } }] }),
    InvalidInputError,
  );
  throws(() => assertFilterKeys({ must: [{ is_null: { key: "a b" } }] }), InvalidInputError);
});
