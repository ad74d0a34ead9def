import { deepEqual, equal, ok } from "node:assert/strict";
import { chunkText } from "./chunker.ts";

const S = (n: number) => `Sentence number ${n} has a few words in it.`;

Deno.test("chunkText() gives one chunk for a short text and none for blank text", () => {
  deepEqual(chunkText("  Hello there.  ", { size: 100, overlap: 20 }), [
    { index: 0, text: "Hello there.", start: 2, end: 14 },
  ]);
  deepEqual(chunkText(" \n\t ", { size: 100, overlap: 20 }), []);
});

Deno.test("chunkText() packs whole sentences up to size and repeats trailing ones as overlap", () => {
  const text = Array.from({ length: 10 }, (_, i) => S(i)).join(" ");
  const chunks = chunkText(text, { size: 130, overlap: 50 });
  ok(chunks.length > 3);
  for (const c of chunks) {
    ok(c.text.length <= 130, `chunk ${c.index} is ${c.text.length} long`);
    equal(text.slice(c.start, c.end), c.text);
    ok(c.text.endsWith("."), "cut on a sentence boundary");
  }
  for (let i = 1; i < chunks.length; i++) {
    const lastOfPrevious = chunks[i - 1].text.split(/(?<=\.) /).at(-1)!;
    ok(chunks[i].text.startsWith(lastOfPrevious), `chunk ${i} starts with the overlap`);
  }
  ok(chunks.at(-1)!.text.endsWith(S(9)));
});

Deno.test("chunkText() without overlap covers every sentence exactly once", () => {
  const text = Array.from({ length: 7 }, (_, i) => S(i)).join(" ");
  const chunks = chunkText(text, { size: 100, overlap: 0 });
  equal(chunks.map((c) => c.text).join(" "), text);
});

Deno.test("chunkText() cuts a sentence longer than size at word boundaries", () => {
  const long = "word ".repeat(100).trim() + ".";
  const chunks = chunkText(long, { size: 50, overlap: 0 });
  ok(chunks.length >= 10);
  for (const c of chunks) {
    ok(c.text.length <= 50);
    ok(!c.text.startsWith(" ") && !c.text.endsWith(" "));
  }
  const giant = "x".repeat(120);
  deepEqual(chunkText(giant, { size: 50, overlap: 0 }).map((c) => c.text.length), [50, 50, 20]);
});
