import { deepEqual, equal } from "node:assert/strict";
import { genericTokens, tokenScanner } from "./tokens.ts";

const scan = tokenScanner(["PERSON", "EMAIL"]);
const tokens = (s: string) => scan(s).map((h) => h.token);

Deno.test("tokenScanner() reads every listed mangle as the canonical token", () => {
  for (
    const s of [
      "[PERSON_1]",
      "[person_1]",
      "\\[PERSON\\_1\\]",
      "[ PERSON _ 1 ]",
      "PERSON_1",
      "PERSON-1",
      "PERSON 1",
      "\\u005bPERSON_1\\u005d",
    ]
  ) deepEqual(tokens(`x ${s} y`), ["[PERSON_1]"], s);
});

Deno.test("tokenScanner() matches on token boundaries only", () => {
  deepEqual(tokens("[PERSON_10] PERSON_10 XPERSON_1 PERSON_1_2"), ["[PERSON_10]", "[PERSON_10]"]);
  deepEqual(tokens("person 1 is prose"), []);
});

Deno.test("genericTokens() finds token-shaped text of unknown types", () => {
  deepEqual(genericTokens("[PERSONNE_1] and FOO_3 and [PERSON_1_2]").length, 3);
  equal(genericTokens("version_2 and [link 2]").length, 0);
});
