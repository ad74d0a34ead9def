import { equal, ok, throws } from "node:assert/strict";
import wavefile from "wavefile";
import { InvalidInputError, UnsupportedMediaTypeError } from "../errors.ts";
import { cutWav, levelDb, parseWav, sniffFormat } from "./audio.ts";

function wav(samples: Int16Array, rate = 8000, channels = 1): Uint8Array {
  const w = new wavefile.WaveFile();
  w.fromScratch(channels, rate, "16", samples);
  return w.toBuffer();
}

Deno.test("sniffFormat() knows the containers by their magic bytes", () => {
  const ascii = (s: string) => new TextEncoder().encode(s);
  equal(sniffFormat(wav(new Int16Array(8))), "wav");
  equal(sniffFormat(ascii("fLaC\0\0\0\0")), "flac");
  equal(sniffFormat(ascii("ID3\x04\0\0")), "mp3");
  equal(sniffFormat(new Uint8Array([0xff, 0xfb, 0x90, 0x00])), "mp3");
  equal(sniffFormat(ascii("\0\0\0\x20ftypM4A ")), "m4a");
  equal(sniffFormat(ascii("OggS\0\x02")), "ogg");
  equal(sniffFormat(ascii("%PDF-1.7")), null);
});

Deno.test("parseWav() reads the duration from the header and cutWav() keeps the samples", () => {
  const samples = Int16Array.from({ length: 8000 * 3 }, (_, i) => (i % 100) * 10);
  const parsed = parseWav(wav(samples));
  equal(parsed.duration, 3);
  const cut = parseWav(cutWav(parsed, 1, 2));
  equal(cut.duration, 1);
  equal(cut.sampleRate, 8000);
  const view = new DataView(cut.data.buffer, cut.data.byteOffset);
  equal(view.getInt16(0, true), samples[8000]);
});

Deno.test("parseWav() refuses damaged and non-PCM files with the right errors", () => {
  throws(() => parseWav(new TextEncoder().encode("RIFF\0\0\0\0WAVEjunk")), InvalidInputError);
  const header = wav(new Int16Array(0));
  throws(() => parseWav(header), /no audio samples/);
  const alaw = wav(new Int16Array(16));
  new DataView(alaw.buffer).setUint16(20, 6, true); // WAVE_FORMAT_ALAW
  throws(() => parseWav(alaw), UnsupportedMediaTypeError);
});

Deno.test("levelDb() measures a window in dBFS", () => {
  const rate = 8000;
  const samples = Int16Array.from(
    { length: rate * 2 },
    (_, i) => i < rate ? 0 : Math.round(16384 * Math.sin(i)),
  );
  const parsed = parseWav(wav(samples, rate));
  equal(levelDb(parsed, 0, 1), -120);
  const loud = levelDb(parsed, 1, 2);
  ok(loud > -10 && loud < -8, `~ -9 dBFS, got ${loud}`); // 0.5 amplitude sine: -9 dBFS
});
