import { deepEqual, equal } from "node:assert/strict";
import { LineSplitter, MAX_LINE_CHARS } from "./lines.ts";

Deno.test("LineSplitter joins lines split across chunks and keeps the unfinished rest", () => {
  const s = new LineSplitter();
  deepEqual(s.push("one\ntw"), ["one"]);
  deepEqual(s.push("o\r\nthree"), ["two"]);
  deepEqual(s.flush(), ["three"]);
  deepEqual(s.flush(), []);
});

Deno.test("LineSplitter cuts a line longer than MAX_LINE_CHARS", () => {
  const s = new LineSplitter();
  const [line] = s.push("x".repeat(MAX_LINE_CHARS + 10) + "\n");
  equal(line.startsWith("x".repeat(MAX_LINE_CHARS) + " …[line cut]"), true);
  equal(s.push("y".repeat(MAX_LINE_CHARS + 1)).length, 1, "an endless line is cut, not buffered");
});
