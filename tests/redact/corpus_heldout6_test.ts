import assert from "node:assert/strict";
import { heldout6Corpus } from "./corpus_heldout6.ts";

const TYPES = ["ADDRESS", "CARD", "DATE", "EMAIL", "IBAN", "ID", "IP", "PERSON", "PHONE", "URL"];

Deno.test("held-out-6 gives the same corpus for the same seed and another for another seed", () => {
  const a = heldout6Corpus(120);
  assert.deepEqual(heldout6Corpus(120), a);
  assert.notDeepEqual(heldout6Corpus(120, 7), a);
});

Deno.test("every planted held-out-6 entity slices exactly its value out of the text", () => {
  const docs = heldout6Corpus(500);
  const seen = new Set<string>();
  for (const [i, doc] of docs.entries()) {
    let end = 0;
    for (const e of doc.entities) {
      assert.equal(doc.text.slice(e.start, e.end), e.value, `doc ${i}: ${e.type} offsets`);
      assert.ok(e.value.length > 0 && e.value === e.value.trim(), `doc ${i}: ${e.type} edges`);
      assert.ok(e.start >= end, `doc ${i}: overlapping entities`);
      end = e.end;
      seen.add(e.type);
    }
    for (const k of doc.known) assert.ok(doc.text.includes(k), `doc ${i}: known name not in text`);
  }
  assert.deepEqual([...seen].sort(), TYPES);
});

Deno.test("held-out-6 IBANs pass the mod-97 check", () => {
  const ibans = heldout6Corpus(300).flatMap((d) => d.entities.filter((e) => e.type === "IBAN"));
  assert.ok(ibans.length > 20);
  for (const { value } of ibans) {
    const s = value.replace(/\s/g, "");
    const moved = s.slice(4) + s.slice(0, 4);
    let r = 0;
    for (const ch of moved) {
      for (const c of /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)) {
        r = (r * 10 + Number(c)) % 97;
      }
    }
    assert.equal(r, 1, value);
  }
});
