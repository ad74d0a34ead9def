import { deepEqual, equal, ok } from "node:assert/strict";
import { FRAME_S, meeting, render, toWav } from "./fixtures/speech_audio.ts";
import { speechRig } from "./_speech_setup.ts";

Deno.test("a 2-hour meeting with 6 speakers is chunked and its speakers recovered consistently", async () => {
  const rig = await speechRig();
  try {
    const durationS = 7200;
    const { samples, truth, sampleRate } = render(meeting({ durationS, speakers: 6 }), {
      durationS,
    });
    const wav = toWav(samples, sampleRate);
    const progress: Record<string, unknown>[] = [];
    const stop = rig.deps.events.subscribe((e) => {
      if (e?.type === "speech") progress.push(e.data as Record<string, unknown>);
    });
    const res = await rig.post("/v1/audio/transcribe-with-speakers", {
      file: wav,
      include_words: "true",
    });
    stop();
    equal(res.status, 200);
    const body = await res.json();
    equal(body.duration, durationS);
    // 48 chunks of 150 s, each transcribed then diarized, one request at a time.
    equal(rig.fake.requests.length, 96);
    equal(rig.fake.maxInFlight, 1);
    ok(rig.fake.requests.every((r) => r.bodyBytes < 3_000_000), "chunks, never the whole file");
    equal(body.speakers_detected.length, 6);
    // Every word once, in order, no duplicates from overlapping margins.
    const words = body.words as { word: string; start: number; speaker: string }[];
    equal(words.length, truth.length);
    // One output name per true speaker, and no name shared by two of them.
    const votes = new Map<number, Map<string, number>>();
    truth.forEach((t, i) => {
      ok(Math.abs(words[i].start - t.start) <= FRAME_S, `word ${i} at ${words[i].start}`);
      const byName = votes.get(t.speaker) ?? new Map<string, number>();
      byName.set(words[i].speaker, (byName.get(words[i].speaker) ?? 0) + 1);
      votes.set(t.speaker, byName);
    });
    const nameOf = new Map<number, string>();
    let agree = 0;
    for (const [spk, byName] of votes) {
      const [name, n] = [...byName].sort((a, b) => b[1] - a[1])[0];
      nameOf.set(spk, name);
      agree += n;
    }
    equal(new Set(nameOf.values()).size, 6);
    ok(agree / truth.length > 0.99, `consistent attribution ${agree}/${truth.length}`);
    // Progress on /api/events: every chunk's stages, then done.
    const stages = progress.filter((p) => p.kind === "transcribe-with-speakers");
    equal(stages.filter((p) => p.stage === "diarize").length, 48);
    deepEqual(stages.at(-1)?.stage, "done");
  } finally {
    await rig.close();
  }
});

Deno.test("a long transcription is chunked too, and a long /diarize never reaches the whole-file diarizer", async () => {
  const rig = await speechRig({ configure: (c) => void (c.speech.longAudioS = 60) });
  try {
    const durationS = 400;
    const { samples, truth, sampleRate } = render(
      meeting({ durationS, speakers: 4, sceneS: 200 }),
      {
        durationS,
      },
    );
    const wav = toWav(samples, sampleRate);
    const t = await rig.post("/v1/audio/transcriptions", {
      file: wav,
      response_format: "verbose_json",
      "timestamp_granularities[]": "word",
    });
    equal(t.status, 200);
    const body = await t.json();
    deepEqual(body.words.map((w: { word: string }) => w.word), truth.map((w) => w.word));
    equal(body.duration, durationS);
    const d = await rig.post("/v1/audio/diarize", { file: wav });
    equal(d.status, 200);
    const diar = await d.json();
    equal(diar.speakers_detected.length, 4);
    ok(rig.fake.requests.every((r) => !r.target.endsWith("/v1/audio/diarize")));
    // A chunk above the long-audio limit is refused before it reaches parakeet.
    const before = rig.fake.requests.length;
    const chunk = await rig.post("/v1/audio/diarize-chunk", { file: wav });
    equal(chunk.status, 400);
    await chunk.body?.cancel();
    equal(rig.fake.requests.length, before);
  } finally {
    await rig.close();
  }
});
