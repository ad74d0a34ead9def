import assert from "node:assert/strict";
import {
  CLEAN_MULTI_LANGS,
  CLEAN_MULTI_TEMPLATES,
  cleanMultiCorpus,
  cleanMultiDocs,
} from "./corpus_clean_multi.ts";

// Sanity checks of the clean corpus itself; the detector is never run here.

const LANGS = ["cs", "da", "de", "en", "es", "fi", "fr", "it", "nl", "no", "pl", "pt", "sv"];

Deno.test("clean-multi gives the same corpus for the same seed and another for another seed", () => {
  const a = cleanMultiCorpus(120);
  assert.deepEqual(cleanMultiCorpus(120), a);
  assert.deepEqual(cleanMultiCorpus(120, 6100), a);
  assert.notDeepEqual(cleanMultiCorpus(120, 7), a);
  assert.deepEqual(cleanMultiDocs(120).map((d) => d.text), a);
});

Deno.test("clean-multi returns exactly n non-empty documents", () => {
  for (const n of [0, 1, 7, 31, 250]) {
    const docs = cleanMultiCorpus(n);
    assert.equal(docs.length, n);
    for (const d of docs) assert.ok(d.trim().length > 40, `too short: ${d}`);
  }
});

Deno.test("clean-multi has at least 30 templates over 13 languages, 2–3 each outside English", () => {
  assert.ok(CLEAN_MULTI_TEMPLATES.length >= 30, `${CLEAN_MULTI_TEMPLATES.length} templates`);
  assert.equal(new Set(CLEAN_MULTI_TEMPLATES).size, CLEAN_MULTI_TEMPLATES.length);
  assert.equal(CLEAN_MULTI_LANGS.length, CLEAN_MULTI_TEMPLATES.length);
  assert.deepEqual([...new Set(CLEAN_MULTI_LANGS)].sort(), LANGS);
  for (const l of LANGS) {
    const k = CLEAN_MULTI_LANGS.filter((x) => x === l).length;
    if (l === "en") assert.ok(k >= 2 && k <= 5, `en: ${k}`);
    else assert.ok(k >= 2 && k <= 3, `${l}: ${k}`);
  }
});

Deno.test("every clean-multi template is used and varies across repetitions", () => {
  const t = CLEAN_MULTI_TEMPLATES.length;
  const docs = cleanMultiDocs(t * 3);
  assert.deepEqual(new Set(docs.map((d) => d.template)), new Set(CLEAN_MULTI_TEMPLATES));
  for (let i = 0; i < t; i++) {
    const texts = [0, 1, 2].map((r) => docs[i + r * t]);
    for (const d of texts) assert.equal(d.template, CLEAN_MULTI_TEMPLATES[i]);
    assert.equal(new Set(texts.map((d) => d.text)).size, 3, CLEAN_MULTI_TEMPLATES[i]);
  }
});

Deno.test("clean-multi text has no e-mail-like '@domain' and no digit run of 9+", () => {
  for (const [i, doc] of cleanMultiCorpus(2000).entries()) {
    assert.doesNotMatch(doc, /@[\p{L}\p{N}_.-]*\.[\p{L}]{2,}/u, `doc ${i}: @domain`);
    assert.doesNotMatch(doc, /\d{9,}/, `doc ${i}: long digit run`);
    // Also no digit run of 9+ hidden behind separators (phone/IBAN/card shapes).
    assert.doesNotMatch(doc, /\+\d/, `doc ${i}: international prefix`);
    assert.doesNotMatch(doc, /https?:|www\./, `doc ${i}: URL`);
    assert.doesNotMatch(doc, /\$\{|undefined|NaN|\[object/, `doc ${i}: template leak`);
  }
});
