import { deepEqual, equal } from "node:assert/strict";
import {
  canonicalLabel,
  joinWords,
  languageCode,
  normalizeDiarization,
  normalizeTranscript,
} from "./normalize.ts";

Deno.test("joinWords() never glues bare tokens together", () => {
  equal(joinWords(["I'm", "recording", "right", "now", "."]), "I'm recording right now.");
});

Deno.test("joinWords() gives the same text for spaced tokens", () => {
  equal(joinWords([" I'm", " recording", " right", " now", "."]), "I'm recording right now.");
  equal(joinWords(["Well", ",", "yes", "?", ""]), "Well, yes?");
});

Deno.test("languageCode() maps names to codes and keeps codes", () => {
  equal(languageCode("english"), "en");
  equal(languageCode("English"), "en");
  equal(languageCode("de"), "de");
  equal(languageCode("en-US"), "en");
  equal(languageCode(null), "en");
  equal(languageCode("klingon", "xx"), "xx");
});

Deno.test("normalizeTranscript() reads the Spark build (bare tokens, code)", () => {
  const t = normalizeTranscript({
    text: "I'mrecordingrightnow",
    language: "en",
    duration: 1.28,
    words: [
      { word: "I'm", start: 0, end: 0.32 },
      { word: "recording", start: 0.32, end: 0.8 },
      { word: "now", start: 0.8, end: 0.8 },
    ],
    segments: [{ id: 0, start: 0, end: 0.8, text: "I'm recording now", seek: 0 }],
  });
  equal(t.text, "I'm recording now");
  equal(t.duration, 1.28);
  deepEqual(t.segments, [{ start: 0, end: 0.8, text: "I'm recording now" }]);
  equal(t.words[2].start, t.words[2].end);
});

Deno.test("normalizeTranscript() reads the degraded build: no words, dummy segment, null duration", () => {
  const t = normalizeTranscript(
    { text: "hello world", language: "english", duration: null, segments: [{ start: 0, end: 0 }] },
    { audioDuration: 3.5 },
  );
  deepEqual(t, { text: "hello world", duration: 3.5, language: "en", words: [], segments: [] });
});

Deno.test("normalizeTranscript() never reads a null duration as 0", () => {
  equal(normalizeTranscript({ text: "", duration: null }).duration, null);
});

Deno.test("normalizeTranscript() reads NeMo raw timestamps", () => {
  const t = normalizeTranscript({
    text: "hi there",
    timestamps: {
      word: [
        { word: "hi", start: 0.08, end: 0.24, start_offset: 1, end_offset: 3 },
        { word: "there", start: 0.32, end: 0.64, start_offset: 4, end_offset: 8 },
      ],
      segment: [{ segment: "hi there", start: 0.08, end: 0.64 }],
      char: [],
    },
  });
  equal(t.text, "hi there");
  deepEqual(t.segments, [{ start: 0.08, end: 0.64, text: "hi there" }]);
  equal(t.duration, 0.64);
});

Deno.test("normalizeTranscript() builds segments from words when only words came", () => {
  const t = normalizeTranscript({
    text: "",
    words: [{ word: " One.", start: 0, end: 1 }, { word: " Two", start: 1, end: 2 }],
  });
  deepEqual(t.segments.map((s) => s.text), ["One.", "Two"]);
});

Deno.test("canonicalLabel() accepts every spelling", () => {
  equal(canonicalLabel("speaker_0"), "Speaker_0");
  equal(canonicalLabel("SPEAKER_03"), "Speaker_3");
  equal(canonicalLabel("Speaker_2"), "Speaker_2");
  equal(canonicalLabel("guest"), "guest");
});

Deno.test("normalizeDiarization() takes start/end and start_s/end_s and keeps raw labels", () => {
  const d = normalizeDiarization({
    segments: [
      { start: 1, end: 2, speaker: "SPEAKER_01" },
      { start_s: 0, end_s: 1, speaker: "SPEAKER_00" },
    ],
    fingerprints: { SPEAKER_00: [1, 0], SPEAKER_01: [0, 1] },
  });
  deepEqual(d.speakers, ["Speaker_0", "Speaker_1"]);
  deepEqual(d.turns[0], { start: 0, end: 1, speaker: "Speaker_0", raw: "SPEAKER_00" });
  deepEqual(Object.keys(d.fingerprints), ["Speaker_0", "Speaker_1"]);
  equal(d.duration, null);
});
