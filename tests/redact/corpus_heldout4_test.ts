import assert from "node:assert/strict";
import { heldout4Corpus } from "./corpus_heldout4.ts";

const TYPES = ["PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "IP", "ID", "URL", "DATE", "ADDRESS"];

Deno.test("held-out-4 is the same corpus for the same seed and a different one for another", () => {
  const a = heldout4Corpus(120);
  assert.deepEqual(heldout4Corpus(120), a);
  assert.notDeepEqual(heldout4Corpus(120, 17), a);
});

Deno.test("every planted held-out-4 entity slices exactly its value out of the text", () => {
  const docs = heldout4Corpus(500);
  const seen = new Set<string>();
  for (const [i, doc] of docs.entries()) {
    let prevEnd = 0;
    for (const e of doc.entities) {
      assert.equal(doc.text.slice(e.start, e.end), e.value, `doc ${i}: ${e.type} offsets`);
      assert.equal(e.value, e.value.trim(), `doc ${i}: ${e.type} value has edge whitespace`);
      assert.ok(e.value.length > 0, `doc ${i}: empty ${e.type}`);
      assert.ok(e.start >= prevEnd, `doc ${i}: overlapping entities`);
      prevEnd = e.end;
      seen.add(e.type);
    }
  }
  assert.deepEqual([...seen].sort(), [...TYPES].sort());
});
