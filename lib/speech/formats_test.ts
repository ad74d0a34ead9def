import { deepEqual, equal, throws } from "node:assert/strict";
import { parseGranularities, parseResponseFormat, renderTranscript, timestamp } from "./formats.ts";
import type { Transcript } from "./types.ts";

const t: Transcript = {
  text: "Hello there. Bye.",
  duration: 3.2,
  language: "en",
  words: [
    { word: "Hello", start: 0, end: 0.4 },
    { word: "there.", start: 0.4, end: 0.8 },
    { word: "Bye.", start: 2, end: 2.4 },
  ],
  segments: [{ start: 0, end: 0.8, text: "Hello there." }, { start: 2, end: 2.4, text: "Bye." }],
};

Deno.test("parseGranularities() reads every spelling", () => {
  deepEqual([...parseGranularities(["word", "segment"])].sort(), ["segment", "word"]);
  deepEqual([...parseGranularities(['["word","segment"]'])].sort(), ["segment", "word"]);
  deepEqual([...parseGranularities(["segment,word"])].sort(), ["segment", "word"]);
  deepEqual([...parseGranularities([])], []);
  throws(() => parseGranularities(["char"]), /timestamp_granularities/);
});

Deno.test("parseResponseFormat() defaults to json and rejects unknown formats", () => {
  equal(parseResponseFormat(undefined), "json");
  equal(parseResponseFormat("SRT"), "srt");
  throws(() => parseResponseFormat("mp3"), /response_format/);
});

Deno.test("renderTranscript() verbose_json follows OpenAI's granularity rules", () => {
  const none = JSON.parse(renderTranscript(t, "verbose_json", new Set()).body);
  equal("segments" in none && !("words" in none), true);
  const words = JSON.parse(renderTranscript(t, "verbose_json", new Set(["word"])).body);
  equal("words" in words && !("segments" in words), true);
  const both = JSON.parse(renderTranscript(t, "verbose_json", new Set(["word", "segment"])).body);
  equal(both.words.length, 3);
  equal(both.segments.length, 2);
  equal(both.language, "en");
  equal(both.duration, 3.2);
});

Deno.test("renderTranscript() json is just the text unless granularities are asked", () => {
  deepEqual(JSON.parse(renderTranscript(t, "json", new Set()).body), { text: t.text });
});

Deno.test("renderTranscript() srt and vtt number and time the cues", () => {
  equal(
    renderTranscript(t, "srt", new Set()).body,
    "1\n00:00:00,000 --> 00:00:00,800\nHello there.\n\n2\n00:00:02,000 --> 00:00:02,400\nBye.\n",
  );
  const vtt = renderTranscript(t, "vtt", new Set());
  equal(vtt.contentType.startsWith("text/vtt"), true);
  equal(vtt.body.startsWith("WEBVTT\n\n00:00:00.000 --> 00:00:00.800\nHello there.\n"), true);
  equal(renderTranscript(t, "text", new Set()).body, "Hello there. Bye.\n");
});

Deno.test("timestamp() carries hours", () => {
  equal(timestamp(3723.5, ","), "01:02:03,500");
});
