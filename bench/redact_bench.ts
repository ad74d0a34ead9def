/**
 * `deno task bench redact`: recall, leaks, false positives, rehydrate
 * properties and latency of the redaction gateway, against the npm
 * `redact-pii` package (SyncRedactor) on the same corpora in the same run.
 * Corpora are generated offline from fixed seeds (tests/redact/).
 */
import fc from "fast-check";
import { SyncRedactor } from "redact-pii";
import { systemClock } from "../lib/clock.ts";
import { comparable, Redactor } from "../lib/redact/mod.ts";
import { percentile, report } from "./_report.ts";
import type { Doc } from "../tests/redact/_corpus.ts";
import { devCorpus } from "../tests/redact/corpus_dev.ts";
import { dev2Corpus } from "../tests/redact/corpus_dev2.ts";
import { heldoutCorpus } from "../tests/redact/corpus_heldout.ts";
import { heldout2Corpus } from "../tests/redact/corpus_heldout2.ts";
import { heldout3Corpus } from "../tests/redact/corpus_heldout3.ts";
import { heldout4Corpus } from "../tests/redact/corpus_heldout4.ts";
import { heldout5Corpus } from "../tests/redact/corpus_heldout5.ts";
import { heldout6Corpus } from "../tests/redact/corpus_heldout6.ts";
import { heldout7Corpus } from "../tests/redact/corpus_heldout7.ts";
import { dev3Corpus } from "../tests/redact/corpus_dev3.ts";
import { cleanCorpus } from "../tests/redact/corpus_clean.ts";
import { cleanMultiCorpus } from "../tests/redact/corpus_clean_multi.ts";
import { ADVERSARIAL } from "../tests/redact/adversarial.ts";
import { mangle, MANGLES } from "../tests/redact/_mangles.ts";

const B = "redact";
const DOCS = Number(Deno.env.get("REDACT_BENCH_DOCS") ?? 500);
const PROPERTY_RUNS = Number(Deno.env.get("REDACT_BENCH_RUNS") ?? 10_000);

type Scrub = (doc: Doc) => Promise<string>;

const ours = new Redactor({ clock: systemClock });
const baseline = new SyncRedactor();
const oursScrub: Scrub = async (doc) =>
  (await ours.scrub({ text: doc.text, known: doc.known.map((value) => ({ value })) }, null)).text;
const baselineScrub: Scrub = (doc) => Promise.resolve(baseline.redact(doc.text));

function words(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
}

/** An entity leaks when its value, or a telling piece of it, is still readable. */
function leaked(type: string, value: string, out: string): boolean {
  const seen = comparable(out);
  const v = comparable(value);
  if (seen.includes(v)) return true;
  const wordIn = (w: string) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`,
      "u",
    )
      .test(seen);
  if (type === "PERSON") return words(v).some((p) => p.replace(/\.$/, "").length >= 3 && wordIn(p));
  if (type === "EMAIL") return wordIn(v.split("@")[0]);
  const groups = v.match(/[0-9a-z]+/g) ?? [];
  if (type === "ADDRESS") return groups.length >= 2 && seen.includes(`${groups[0]} ${groups[1]}`);
  return groups.some((g) => g.length >= 4 && /[0-9]/.test(g) && wordIn(g));
}

async function measure(docs: Doc[], scrub: Scrub) {
  const byType: Record<string, { found: number; total: number }> = {};
  let cleanDocs = 0;
  let refused = 0;
  for (const doc of docs) {
    let out: string;
    try {
      out = await scrub(doc);
    } catch {
      // Fail-closed: nothing left the LAN, so nothing leaked (counted as masked), but the caller
      // got a 500 instead of text it could use: counted apart below.
      out = "";
      refused++;
    }
    let leaks = 0;
    for (const e of doc.entities) {
      const t = (byType[e.type] ??= { found: 0, total: 0 });
      t.total++;
      if (leaked(e.type, e.value, out)) leaks++;
      else t.found++;
    }
    if (leaks === 0) cleanDocs++;
  }
  return { byType, zeroLeak: cleanDocs / docs.length, refused };
}

const STRUCTURED = ["EMAIL", "PHONE", "CARD", "IBAN", "IP", "ID", "URL"];

// "held-out-2" (tests/redact/corpus_heldout2.ts) was written before the second round of detector
// work: other locales, unlabelled addresses, other layouts. "held-out-3" (corpus_heldout3.ts) was
// written before the third round: 17 more locales, hand-written name lists, other layouts (its
// templates were read during the fifth round, so it is no longer strictly held out).
// "held-out-4" (corpus_heldout4.ts) was written by a separate engineer, alongside the fifth round
// of detector work, without reading the detector; the detector's authors never read its templates
// or which of its documents leak (only the aggregate bench lines are read). "dev-2"
// (corpus_dev2.ts) is the fifth round's own tuning corpus.
// "held-out-5" (corpus_heldout5.ts) was written by a separate engineer at the end of the fifth
// round, without reading the detector or the other corpora; never tuned on, its aggregate lines
// read six times (docs/REDACTION_GATEWAY.md says when). "held-out-6" (corpus_heldout6.ts) was
// written by another engineer after that, without reading the detector (it saw the templates of
// held-out-2, -3 and part of -4 by mistake); never tuned on, read three times.
// "dev-3" (corpus_dev3.ts) is the sixth round's tuning set: eleven styles written by separate
// engineers without reading the detector, then tuned on. "held-out-7" (corpus_heldout7.ts) was
// written during the sixth round by another engineer who read neither the detector nor the
// other corpora' templates (only held-out-6's file layout); never tuned on, and its aggregate
// lines were first read in the run recorded in docs/REDACTION_GATEWAY.md.
const CORPORA = [
  ["dev", devCorpus(DOCS)],
  ["dev-2", dev2Corpus(DOCS)],
  ["held-out", heldoutCorpus(DOCS)],
  ["held-out-2", heldout2Corpus(DOCS)],
  ["held-out-3", heldout3Corpus(DOCS)],
  ["held-out-4", heldout4Corpus(DOCS)],
  ["held-out-5", heldout5Corpus(DOCS)],
  ["held-out-6", heldout6Corpus(DOCS)],
  ["dev-3", dev3Corpus(Math.ceil(DOCS / 3))],
  ["held-out-7", heldout7Corpus(DOCS)],
] as const;
for (const [name, docs] of CORPORA) {
  const a = await measure(docs, oursScrub);
  const b = await measure(docs, baselineScrub);
  const r = (m: typeof a, t: string) => (m.byType[t] ? m.byType[t].found / m.byType[t].total : NaN);
  for (const t of [...STRUCTURED, "DATE", "ADDRESS"]) {
    if (!a.byType[t]) continue;
    report(B, `${name} recall ${t} (n=${a.byType[t].total})`, r(a, t), "", "redact-pii", r(b, t), {
      target: STRUCTURED.includes(t) ? (name.startsWith("dev") ? "1.000" : "≥ 0.99") : undefined,
    });
  }
  report(
    B,
    `${name} recall PERSON (n=${a.byType.PERSON.total})`,
    r(a, "PERSON"),
    "",
    "redact-pii",
    r(b, "PERSON"),
    {
      target: name.startsWith("dev") ? "≥ 0.98" : "≥ 0.95",
    },
  );
  report(B, `${name} documents with zero leaks`, a.zeroLeak, "", "redact-pii", b.zeroLeak, {
    target: name.startsWith("dev") ? undefined : "≥ 0.95",
  });
  report(
    B,
    `${name} documents refused (fail-closed 500)`,
    a.refused,
    "docs",
    "redact-pii",
    b.refused,
    {
      target: "0",
    },
  );
}

// Known entities in every variant the issue lists.
{
  const variants = (first: string, last: string) => [
    `${first} ${last}`,
    `${first.toUpperCase()} ${last.toUpperCase()}`,
    `${first.toLowerCase()} ${last.toLowerCase()}`,
    `${last}, ${first}`,
    `${first[0]}. ${last}`,
    `${first}'s`,
    `${last}’s`,
    `${first.normalize("NFD").replace(/\p{M}/gu, "")} ${
      last.normalize("NFD").replace(/\p{M}/gu, "")
    }`,
  ];
  const names = [["Zoë", "Quill"], ["Jörg", "Brandtner"], ["Amélie", "Poulain-Roux"], [
    "Siobhán",
    "Ó Briain",
  ], ["Tariq", "Al-Amin"]];
  let ok = 0, okB = 0, total = 0;
  for (const [f, l] of names) {
    for (const v of variants(f, l)) {
      const doc: Doc = {
        text: `Minutes: ${v} agreed to the plan.`,
        entities: [],
        known: [`${f} ${l}`],
      };
      total++;
      const out = await oursScrub(doc);
      const parts = [f, l, ...l.split(/[- ]/)].filter((p) => p.length >= 3);
      if (!parts.some((p) => comparable(out).includes(comparable(p)))) ok++;
      const outB = baseline.redact(doc.text);
      if (!parts.some((p) => comparable(outB).includes(comparable(p)))) okB++;
    }
  }
  report(
    B,
    `known entities, all variants (n=${total})`,
    ok / total,
    "",
    "redact-pii",
    okB / total,
    { target: "1.000" },
  );
}

// Adversarial hand cases.
{
  let pass = 0, passB = 0;
  for (const c of ADVERSARIAL) {
    const check = (out: string) =>
      c.hide.every((h) => !comparable(out).includes(comparable(h))) &&
      (c.keep ?? []).every((k) => out.includes(k));
    try {
      if (check(await oursScrub({ text: c.text, entities: [], known: c.known ?? [] }))) pass++;
    } catch {
      // A fail-closed refusal is not a pass for a case that expects an answer.
    }
    if (check(baseline.redact(c.text))) passB++;
  }
  report(B, `adversarial cases passed (of ${ADVERSARIAL.length})`, pass, "", "redact-pii", passB, {
    target: `${ADVERSARIAL.length}`,
  });
}

// Clean business text: share of words that were masked, in English and in thirteen languages
// (tests/redact/corpus_clean_multi.ts: letters, notices, chats, CSV and JSON without personal data).
for (
  const [label, clean] of [
    ["clean business words wrongly masked", cleanCorpus(200)],
    ["clean business words wrongly masked, 13 languages", cleanMultiCorpus(320)],
  ] as const
) {
  const rate = async (scrub: Scrub) => {
    let masked = 0, total = 0;
    for (const text of clean) {
      const before = words(text);
      const after = new Map<string, number>();
      for (const w of words(await scrub({ text, entities: [], known: [] }))) {
        after.set(w, (after.get(w) ?? 0) + 1);
      }
      for (const w of before) {
        total++;
        const n = after.get(w) ?? 0;
        if (n > 0) after.set(w, n - 1);
        else masked++;
      }
    }
    return masked / total;
  };
  report(
    B,
    label,
    await rate(oursScrub),
    "",
    "redact-pii",
    await rate(baselineScrub),
    {
      target: "≤ 0.05",
    },
  );
}

// Rehydrate properties over random documents.
{
  const docs = devCorpus(200, 77_000).concat(heldoutCorpus(200, 88_000));
  let roundTrip = 0, mangled = 0, wrong = 0, runs = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 0, max: docs.length - 1 }),
      fc.integer({ min: 0, max: MANGLES.length - 1 }),
      fc.integer({ min: 1, max: 30 }),
      async (i, m, foreign) => {
        runs++;
        const doc = docs[i];
        const s = await ours.scrub({ text: doc.text }, null);
        if ((await ours.rehydrate({ text: s.text, handle: s.handle }, null)).text === doc.text) {
          roundTrip++;
        }
        const bent = s.text.replace(
          /\[([A-Z]+)_(\d+)\]/g,
          (_t, ty, n) => mangle(MANGLES[m], ty, n),
        );
        if ((await ours.rehydrate({ text: bent, handle: s.handle }, null)).text === doc.text) {
          mangled++;
        }
        // Tokens of other indexes and of other handles must never restore to this handle's values.
        const alien = `[PERSON_${foreign}0] PERSON_${foreign}1x [PERSONNE_1]`;
        const got = (await ours.rehydrate({ text: alien, handle: s.handle }, null)).text;
        if (got !== alien) wrong++;
      },
    ),
    { numRuns: PROPERTY_RUNS, seed: 42 },
  );
  report(
    B,
    `rehydrate untouched round trip (${runs} runs)`,
    roundTrip / runs,
    "",
    "redact-pii (no rehydrate)",
    0,
    { target: "1.000" },
  );
  report(
    B,
    `rehydrate listed mangles (${runs} runs)`,
    mangled / runs,
    "",
    "redact-pii (no rehydrate)",
    0,
    { target: "1.000" },
  );
  report(
    B,
    `rehydrate wrong restorations (${runs} runs)`,
    wrong,
    "",
    "redact-pii (no rehydrate)",
    0,
    { target: "0" },
  );
}

// Latency for 20,000 characters.
{
  const big = heldoutCorpus(400, 123_000).map((d) => d.text).join("\n");
  const texts = Array.from({ length: 40 }, (_, i) => big.slice(i * 500, i * 500 + 20_000));
  const time = async (scrub: Scrub) => {
    const ms: number[] = [];
    for (const text of texts) {
      const t0 = performance.now();
      try {
        await scrub({ text, entities: [], known: [] });
      } catch {
        // Timing only; failures are counted elsewhere.
      }
      ms.push(performance.now() - t0);
    }
    return percentile(ms, 95);
  };
  await time(oursScrub); // warm-up (word lists, JIT)
  report(
    B,
    "p95 latency, 20,000 characters",
    await time(oursScrub),
    "ms",
    "redact-pii",
    await time(baselineScrub),
    {
      target: "≤ 200 ms",
    },
  );
}
