/**
 * Fixes the RIFF and `data` chunk sizes of a complete WAV file in place.
 * Kokoro writes placeholder sizes (0 or 0xFFFFFFFF) into streamed WAV
 * headers because it does not know the length up front (CONTRACTS §8); a
 * file served whole must carry the real sizes or players stop early or read
 * past the end. Returns false (and leaves the bytes alone) for non-WAV input.
 *
 * Hand-written rather than via a WAV library: it only patches two integers
 * and must not decode or re-encode the audio.
 */
export function fixWavSizes(bytes: Uint8Array): boolean {
  if (bytes.byteLength < 12) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (tag(0) !== "RIFF" || tag(8) !== "WAVE") return false;
  view.setUint32(4, bytes.byteLength - 8, true);
  let at = 12;
  while (at + 8 <= bytes.byteLength) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    if (id === "data") {
      view.setUint32(at + 4, bytes.byteLength - at - 8, true);
      return true;
    }
    // Chunks are word-aligned; a bogus size ends the walk instead of looping.
    const next = at + 8 + size + (size % 2);
    if (next <= at || next > bytes.byteLength) return false;
    at = next;
  }
  return false;
}
