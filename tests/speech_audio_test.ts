import { equal, match, ok } from "node:assert/strict";
import { ffmpegDecoder, loadAudio, NO_DECODER } from "../lib/speech/mod.ts";
import { render, toWav } from "./fixtures/speech_audio.ts";
import { speechRig } from "./_speech_setup.ts";

const decoder = ffmpegDecoder();

async function ffmpegOrSkip(t: Deno.TestContext): Promise<boolean> {
  if (await decoder.available()) return true;
  if (Deno.env.get("CI") === "true") throw new Error("ffmpeg is required under CI=true");
  // deno-lint-ignore no-console -- the skip reason is the test's output
  console.log(`${t.name}: skipped, ffmpeg is not installed`);
  return false;
}

async function encode(wav: Uint8Array, ext: string): Promise<Uint8Array> {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeFile(`${dir}/in.wav`, wav);
    const r = await new Deno.Command("ffmpeg", {
      args: ["-nostdin", "-loglevel", "error", "-i", `${dir}/in.wav`, `${dir}/out.${ext}`],
    }).output();
    ok(r.success);
    return await Deno.readFile(`${dir}/out.${ext}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("loadAudio() decodes FLAC with ffmpeg to a cuttable 16 kHz WAV", async (t) => {
  if (!(await ffmpegOrSkip(t))) return;
  const { samples, sampleRate } = render([{ speaker: 1, start: 0.2, frames: [3] }], {
    durationS: 2,
    sampleRate: 8000,
  });
  const flac = await encode(toWav(samples, sampleRate), "flac");
  const audio = await loadAudio(flac, decoder, { needWav: true });
  equal(audio.format, "flac");
  equal(audio.wav?.sampleRate, 16000);
  ok(Math.abs((audio.duration ?? 0) - 2) < 0.01);
  // Without a decoder, the same file is forwarded as is (parakeet decodes it)…
  const raw = await loadAudio(flac, NO_DECODER);
  equal(raw.wav, null);
  equal(raw.duration, null);
});

Deno.test("loadAudio() answers 400 for truncated MP3 that ffmpeg cannot decode", async (t) => {
  if (!(await ffmpegOrSkip(t))) return;
  const bogus = new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0, 1, 2, 3]);
  try {
    await loadAudio(bogus, decoder, { needWav: true });
    ok(false, "should have thrown");
  } catch (err) {
    equal((err as Error).name, "InvalidInputError");
    match((err as Error).message, /Could not decode the mp3 audio/);
  }
});

Deno.test("the audio routes appear in /openapi.json", async () => {
  const rig = await speechRig();
  try {
    const res = await rig.app.request("http://localhost/openapi.json");
    equal(res.status, 200);
    const doc = await res.json();
    for (
      const path of [
        "/v1/audio/transcriptions",
        "/v1/audio/diarize",
        "/v1/audio/diarize-chunk",
        "/v1/audio/transcribe-with-speakers",
        "/v1/label-merge",
      ]
    ) ok(doc.paths[path]?.post, `${path} documented`);
  } finally {
    await rig.close();
  }
});
