import assert from "node:assert/strict";
import { HELDOUT7_LANGS, HELDOUT7_TEMPLATES, heldout7Corpus } from "./corpus_heldout7.ts";

// Sanity checks of the corpus itself; the detector is never run here.

const TYPES = ["ADDRESS", "CARD", "DATE", "EMAIL", "IBAN", "ID", "IP", "PERSON", "PHONE", "URL"];

Deno.test("held-out-7 gives the same corpus for the same seed and another for another seed", () => {
  const a = heldout7Corpus(120);
  assert.deepEqual(heldout7Corpus(120), a);
  assert.notDeepEqual(heldout7Corpus(120, 7), a);
});

Deno.test("every planted held-out-7 entity slices exactly its value out of the text", () => {
  const docs = heldout7Corpus(520);
  const seen = new Set<string>();
  for (const [i, doc] of docs.entries()) {
    let end = 0;
    assert.ok(doc.entities.length > 0, `doc ${i}: no entities`);
    for (const e of doc.entities) {
      assert.equal(doc.text.slice(e.start, e.end), e.value, `doc ${i}: ${e.type} offsets`);
      assert.ok(e.value.length > 0 && e.value === e.value.trim(), `doc ${i}: ${e.type} edges`);
      assert.ok(e.start >= end, `doc ${i}: overlapping entities`);
      end = e.end;
      seen.add(e.type);
    }
    for (const k of doc.known) assert.ok(doc.text.includes(k), `doc ${i}: known name not in text`);
    assert.doesNotMatch(doc.text, /(PERSON|EMAIL|PHONE|CARD|IBAN|IP|ID|URL|DATE|ADDRESS),\S/);
  }
  assert.deepEqual([...seen].sort(), TYPES);
});

Deno.test("held-out-7 covers at least 24 templates, eight languages, ~60 % English", () => {
  assert.ok(HELDOUT7_TEMPLATES.length >= 24);
  assert.equal(new Set(HELDOUT7_TEMPLATES).size, HELDOUT7_TEMPLATES.length);
  assert.deepEqual(
    [...new Set(HELDOUT7_LANGS)].sort(),
    ["de", "en", "es", "fr", "it", "nl", "pl", "sv"],
  );
  const en = HELDOUT7_LANGS.filter((l) => l === "en").length / HELDOUT7_LANGS.length;
  assert.ok(en > 0.5 && en < 0.7, `English share ${en}`);
  // Every template yields distinct documents across its repetitions.
  const docs = heldout7Corpus(HELDOUT7_TEMPLATES.length * 3);
  for (let t = 0; t < HELDOUT7_TEMPLATES.length; t++) {
    const texts = [0, 1, 2].map((r) => docs[t + r * HELDOUT7_TEMPLATES.length].text);
    assert.equal(new Set(texts).size, 3, HELDOUT7_TEMPLATES[t]);
  }
});

Deno.test("about a fifth of held-out-7 documents pass known names", () => {
  const docs = heldout7Corpus(500);
  const share = docs.filter((d) => d.known.length > 0).length / docs.length;
  assert.ok(share > 0.15 && share < 0.25, `known share ${share}`);
});

function mod97(s: string): number {
  let r = 0;
  for (const ch of s) {
    for (const c of /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)) {
      r = (r * 10 + Number(c)) % 97;
    }
  }
  return r;
}

function luhnOk(digits: string): boolean {
  let s = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    s += d;
  }
  return s % 10 === 0;
}

Deno.test("held-out-7 IBANs pass mod-97 and cards pass Luhn", () => {
  const ents = heldout7Corpus(520).flatMap((d) => d.entities);
  const ibans = ents.filter((e) => e.type === "IBAN");
  const cards = ents.filter((e) => e.type === "CARD");
  assert.ok(ibans.length > 40 && cards.length > 40);
  for (const { value } of ibans) {
    const s = value.replace(/\s/g, "");
    assert.equal(mod97(s.slice(4) + s.slice(0, 4)), 1, value);
  }
  for (const { value } of cards) {
    const d = value.replace(/[\s-]/g, "");
    assert.match(d, /^\d{15,16}$/);
    assert.ok(luhnOk(d), value);
  }
});

Deno.test("held-out-7 national ids with check digits are valid", () => {
  const ids = heldout7Corpus(520).flatMap((d) => d.entities.filter((e) => e.type === "ID"));
  let checked = 0;
  for (const { value } of ids) {
    const v = value.replace(/[\s.-]/g, "").toUpperCase();
    if (/^\d{13}$/.test(v) && /^[12]/.test(v) && value.includes(" ") || /^[12]\d{14}$/.test(v)) {
      // French NIR: 13 digits + key.
      if (v.length === 15) {
        assert.equal(97 - Number(BigInt(v.slice(0, 13)) % 97n), Number(v.slice(13)), value);
        checked++;
      }
    } else if (/^[0-9XYZ]\d{7}[A-Z]$/.test(v)) {
      const n = Number(v.slice(0, 8).replace("X", "0").replace("Y", "1").replace("Z", "2"));
      assert.equal("TRWAGMYFPDXBNJZSQVHLCKE"[n % 23], v[8], value);
      checked++;
    } else if (/^[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z]$/.test(v)) {
      checked++; // codice fiscale, checked by construction
    }
  }
  assert.ok(checked > 20, `checked ${checked}`);
});
