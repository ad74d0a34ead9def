import assert from "node:assert/strict";
import { heldout5Corpus } from "./corpus_heldout5.ts";

const TYPES = ["PERSON", "EMAIL", "PHONE", "CARD", "IBAN", "IP", "ID", "URL", "DATE", "ADDRESS"];

Deno.test("held-out-5 is the same corpus for the same seed and another for another seed", () => {
  const a = heldout5Corpus(150);
  assert.deepEqual(heldout5Corpus(150), a);
  assert.notDeepEqual(heldout5Corpus(150, 42), a);
});

Deno.test("every planted held-out-5 entity slices exactly its value out of the text", () => {
  const docs = heldout5Corpus(500);
  const seen = new Set<string>();
  for (const [i, doc] of docs.entries()) {
    let prevEnd = 0;
    for (const e of doc.entities) {
      assert.equal(doc.text.slice(e.start, e.end), e.value, `doc ${i}: ${e.type} offsets`);
      assert.ok(e.value.length > 0, `doc ${i}: empty ${e.type}`);
      assert.equal(e.value, e.value.trim(), `doc ${i}: ${e.type} has edge whitespace`);
      assert.ok(e.start >= prevEnd, `doc ${i}: overlapping entities`);
      prevEnd = e.end;
      seen.add(e.type);
    }
    for (const k of doc.known) assert.ok(doc.text.includes(k), `doc ${i}: known name not in text`);
  }
  assert.deepEqual([...seen].sort(), [...TYPES].sort());
});
