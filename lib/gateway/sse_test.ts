import { deepEqual, equal } from "node:assert/strict";
import { containsAscii, eventData, mapSse, splitEvents } from "./sse.ts";
import { normalizeReasoningEvent } from "./vllm.ts";

function streamOf(chunks: string[], fail = false): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  let i = 0;
  // Errors on the pull after the last chunk, as a connection reset would.
  return new ReadableStream({
    pull(c) {
      if (i < chunks.length) c.enqueue(enc.encode(chunks[i++]));
      else if (fail) c.error(new Error("reset"));
      else c.close();
    },
  });
}

Deno.test("splitEvents() keeps an incomplete event for the next chunk", () => {
  deepEqual(splitEvents("data: 1\n\ndata: 2\r\n\r\ndata: 3"), {
    events: ["data: 1", "data: 2"],
    rest: "data: 3",
  });
});

Deno.test("eventData() joins multi-line data", () => {
  equal(eventData("event: x\ndata: a\ndata:b"), "a\nb");
  equal(eventData(": comment"), null);
});

Deno.test("mapSse() re-assembles events split across chunks", async () => {
  const out = await new Response(
    mapSse(streamOf(['data: {"a"', ":1}\n\nda", "ta: [DONE]\n\n"]), (e) => e.toUpperCase()),
  ).text();
  equal(out, 'DATA: {"A":1}\n\nDATA: [DONE]\n\n');
});

Deno.test("mapSse() ends with closing events when the source breaks", async () => {
  const out = await new Response(
    mapSse(streamOf(["data: 1\n\n"], true), (e) => e, () => "data: [DONE]\n\n"),
  ).text();
  equal(out, "data: 1\n\ndata: [DONE]\n\n");
});

Deno.test("normalizeReasoningEvent() adds the twin field and leaves other events byte for byte", () => {
  const e = 'data: {"choices":[{"delta":{"reasoning_content":"hm"}}]}';
  const parsed = JSON.parse(eventData(normalizeReasoningEvent(e))!);
  deepEqual(parsed.choices[0].delta, { reasoning_content: "hm", reasoning: "hm" });
  const plain = 'data: {"choices":[{"delta":{"content":"x"}}]}';
  equal(normalizeReasoningEvent(plain), plain);
  equal(normalizeReasoningEvent("data: [DONE]"), "data: [DONE]");
});

Deno.test("mapSse() passes whole unchanged chunks as the same bytes and maps the rest", async () => {
  const enc = new TextEncoder();
  const whole = enc.encode('data: {"a":1}\n\n');
  const chunks = [
    enc.encode('data: {"b"'),
    enc.encode(":2}\n\n"),
    whole,
    enc.encode("data: x\n\n"),
  ];
  let i = 0;
  const source = new ReadableStream<Uint8Array>({
    pull: (c) => i < chunks.length ? c.enqueue(chunks[i++]) : c.close(),
  });
  const reader = mapSse(source, (e) => e.toUpperCase(), undefined, (c) => c !== chunks[3])
    .getReader();
  const seen: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) seen.push(r.value);
  const dec = new TextDecoder();
  // A partial event goes through the mapper even if its tail chunk "passes"; whole ones pass as is.
  deepEqual(seen.map((b) => dec.decode(b)), [
    'DATA: {"B":2}\n\n',
    'data: {"a":1}\n\n',
    "DATA: X\n\n",
  ]);
  equal(seen[1], whole);
});

Deno.test("containsAscii() finds a needle in bytes", () => {
  const enc = new TextEncoder();
  equal(containsAscii(enc.encode('data: {"reasoning":"x"}'), '"reasoning'), true);
  equal(containsAscii(enc.encode('data: {"content":"reason"}'), '"reasoning'), false);
  equal(containsAscii(enc.encode('"reasonin'), '"reasoning'), false);
});
