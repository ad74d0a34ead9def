import { equal, ok } from "node:assert/strict";
import { render, toWav } from "./fixtures/speech_audio.ts";
import { speechRig } from "./_speech_setup.ts";

/** Bleed of the remote side into the mic: −30 dB. */
const COUPLING = 10 ** (-30 / 20);

Deno.test("dual channel: a quiet local word under loud remote speech is kept, echoes are not the user", async () => {
  const rig = await speechRig();
  try {
    const durationS = 20;
    // Remote side: Bob (tone 0) talks loudly for most of the call.
    const remote = render([
      { speaker: 0, start: 0.4, frames: [3, 4, 3, 5, 3, 4, 3, 4, 3, 5, 4, 3], amplitude: 0.5 },
      { speaker: 0, start: 9.0, frames: [4, 3, 4, 3, 5, 3], amplitude: 0.5 },
    ], { durationS });
    // Local side: Alice (tone 5) speaks normally after Bob, and says one quiet word under him.
    const local = render([
      { speaker: 5, start: 1.6, frames: [4], amplitude: 0.02 },
      { speaker: 5, start: 14.0, frames: [3, 4, 3, 2], amplitude: 0.3 },
    ], { durationS });
    const mic = new Float32Array(local.samples);
    for (let i = 0; i < mic.length; i++) mic[i] += COUPLING * remote.samples[i];
    const res = await rig.post("/v1/audio/transcribe-with-speakers", {
      mic_file: toWav(mic, local.sampleRate),
      system_file: toWav(remote.samples, remote.sampleRate),
      self_name: "Alice",
      timeline: JSON.stringify([{ start: 0, end: 13, name: "Bob", confidence: 1 }]),
      include_words: "true",
    });
    equal(res.status, 200);
    const body = await res.json();
    const mine = body.words.filter((w: { source?: string }) => w.source === "mic_channel");
    // Exactly Alice's five words: the quiet one included, none of Bob's 18 echoes.
    equal(mine.length, local.truth.length, JSON.stringify(mine));
    mine.forEach((w: { word: string; speaker: string }, i: number) => {
      equal(w.word, local.truth[i].word);
      equal(w.speaker, "Alice");
    });
    const bob = body.words.filter((w: { speaker: string }) => w.speaker === "Bob");
    equal(bob.length, remote.truth.length);
    ok(
      body.segments.some((s: { speaker: string; source?: string; start_ms: number }) =>
        s.speaker === "Alice" && s.source === "mic_channel" && s.start_ms === 1600
      ),
    );
    equal(body.speakers_detected.join(","), "Bob,Alice");
  } finally {
    await rig.close();
  }
});

Deno.test("dual channel: self_vad drops mic words outside the user's spans", async () => {
  const rig = await speechRig();
  try {
    const durationS = 10;
    const remote = render([{ speaker: 0, start: 0.4, frames: [3, 3] }], { durationS });
    const local = render([
      { speaker: 5, start: 3.0, frames: [3, 3] },
      { speaker: 5, start: 7.0, frames: [4] },
    ], { durationS });
    const res = await rig.post("/v1/audio/transcribe-with-speakers", {
      mic_file: toWav(local.samples, local.sampleRate),
      system_file: toWav(remote.samples, remote.sampleRate),
      self_name: "Alice",
      self_vad: JSON.stringify([{ start: 2.9, end: 3.6 }]),
    });
    equal(res.status, 200);
    const body = await res.json();
    const mine = body.segments.filter((s: { source?: string }) => s.source === "mic_channel");
    equal(mine.length, 1);
    equal(mine[0].text, local.truth.slice(0, 2).map((w) => w.word).join(" "));
    const missingName = await rig.post("/v1/audio/transcribe-with-speakers", {
      mic_file: toWav(local.samples, local.sampleRate),
      system_file: toWav(remote.samples, remote.sampleRate),
    });
    equal(missingName.status, 400);
    await missingName.body?.cancel();
  } finally {
    await rig.close();
  }
});
