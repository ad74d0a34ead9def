import { equal } from "node:assert/strict";
import { fixWavSizes } from "./wav.ts";

function wav(dataBytes: number, extraChunk = false): Uint8Array {
  const extra = extraChunk ? 8 + 4 : 0;
  const out = new Uint8Array(44 + extra + dataBytes);
  const v = new DataView(out.buffer);
  const ascii = (at: number, s: string) =>
    [...s].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  ascii(0, "RIFF");
  v.setUint32(4, 0xffffffff, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  v.setUint32(16, 16, true);
  let at = 36;
  if (extraChunk) {
    ascii(at, "LIST");
    v.setUint32(at + 4, 4, true);
    at += 12;
  }
  ascii(at, "data");
  v.setUint32(at + 4, 0xffffffff, true);
  return out;
}

Deno.test("fixWavSizes() writes the real RIFF and data sizes", () => {
  const bytes = wav(4800);
  equal(fixWavSizes(bytes), true);
  const v = new DataView(bytes.buffer);
  equal(v.getUint32(4, true), bytes.byteLength - 8);
  equal(v.getUint32(40, true), 4800);
});

Deno.test("fixWavSizes() walks past other chunks to the data chunk", () => {
  const bytes = wav(100, true);
  equal(fixWavSizes(bytes), true);
  equal(new DataView(bytes.buffer).getUint32(52, true), 100);
});

Deno.test("fixWavSizes() leaves non-WAV bytes alone", () => {
  const mp3 = new TextEncoder().encode("ID3 not a wav file at all");
  const copy = mp3.slice();
  equal(fixWavSizes(mp3), false);
  equal(mp3.join(), copy.join());
});
