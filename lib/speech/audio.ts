/**
 * Audio intake: format sniffing, WAV parsing (npm `wavefile`), decoding of
 * everything else to 16 kHz mono WAV (ffmpeg on the host, through the
 * {@link AudioDecoder} adapter), cutting chunks and measuring levels.
 *
 * Chunks of a WAV are cut by copying its `fmt ` chunk and a slice of its
 * `data` chunk: no re-encoding, so a chunk carries exactly the original
 * samples. That byte splice is the only hand-written part; parsing and
 * validation of the header are wavefile's.
 *
 * @module
 */
import wavefile from "wavefile";
import { InvalidInputError, UnsupportedMediaTypeError } from "../errors.ts";

/** Containers the controller recognises by their first bytes. */
export type AudioFormat = "wav" | "flac" | "mp3" | "m4a" | "ogg" | "webm";

/** Formats parakeet decodes itself (CONTRACTS.md §5); others need ffmpeg first. */
export const PARAKEET_FORMATS: readonly AudioFormat[] = ["wav", "flac", "mp3", "m4a"];

/** Identifies a container by its magic bytes; null when it is not audio we know. */
export function sniffFormat(bytes: Uint8Array): AudioFormat | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length < 4) return null;
  if ((ascii(0, 4) === "RIFF" || ascii(0, 4) === "RF64") && ascii(8, 12) === "WAVE") return "wav";
  if (ascii(0, 4) === "fLaC") return "flac";
  if (ascii(0, 3) === "ID3") return "mp3";
  // MPEG audio frame sync: 11 set bits, layer bits not 00.
  if (bytes[0] === 0xff && (bytes[1] & 0xe0) === 0xe0 && (bytes[1] & 0x06) !== 0) return "mp3";
  if (ascii(4, 8) === "ftyp") return "m4a";
  if (ascii(0, 4) === "OggS") return "ogg";
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) {
    return "webm";
  }
  return null;
}

/** A parsed PCM WAV: its format and a view of its sample bytes. */
export interface PcmWav {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** 1 = integer PCM, 3 = IEEE float. */
  codec: 1 | 3;
  blockAlign: number;
  /** The raw `fmt ` chunk (id, size and body), copied into every cut. */
  fmtChunk: Uint8Array;
  /** Interleaved sample bytes (a view, not a copy). */
  data: Uint8Array;
  /** Seconds, from the data length. */
  duration: number;
}

interface WavFmt {
  audioFormat: number;
  numChannels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
}

/**
 * Parses a WAV header with wavefile (samples are not loaded) and locates
 * the data. Throws InvalidInputError (400) for a damaged file and
 * UnsupportedMediaTypeError (415) for a codec other than PCM or float.
 */
export function parseWav(bytes: Uint8Array): PcmWav {
  const wav = new wavefile.WaveFile();
  try {
    wav.fromBuffer(bytes, false);
  } catch (cause) {
    throw new InvalidInputError(
      `The WAV file is damaged: ${cause instanceof Error ? cause.message : String(cause)}`,
      { param: "file", cause },
    );
  }
  const fmt = wav.fmt as WavFmt;
  let codec = fmt.audioFormat;
  if (codec === 0xfffe) codec = fmt.bitsPerSample === 32 ? 3 : 1; // WAVE_FORMAT_EXTENSIBLE
  if (codec !== 1 && codec !== 3) {
    throw new UnsupportedMediaTypeError(
      `WAV codec ${fmt.audioFormat} is not supported without ffmpeg; send PCM WAV, FLAC or MP3`,
    );
  }
  if (!(fmt.sampleRate > 0) || !(fmt.numChannels > 0) || !(fmt.blockAlign > 0)) {
    throw new InvalidInputError("The WAV file is damaged: its fmt chunk has zero fields", {
      param: "file",
    });
  }
  const chunks = walkChunks(bytes);
  const fmtAt = chunks.find((c) => c.id === "fmt ");
  const dataAt = chunks.find((c) => c.id === "data");
  if (!fmtAt || !dataAt) {
    throw new InvalidInputError("The WAV file is damaged: no data chunk", { param: "file" });
  }
  // Streamed WAVs carry placeholder sizes (0 or 0xFFFFFFFF): trust the bytes that arrived.
  let size = dataAt.size === 0 || dataAt.size === 0xffffffff
    ? bytes.length - dataAt.body
    : Math.min(dataAt.size, bytes.length - dataAt.body);
  size -= size % fmt.blockAlign;
  if (size <= 0) {
    throw new InvalidInputError("The WAV file holds no audio samples", { param: "file" });
  }
  return {
    sampleRate: fmt.sampleRate,
    channels: fmt.numChannels,
    bitsPerSample: fmt.bitsPerSample,
    codec: codec as 1 | 3,
    blockAlign: fmt.blockAlign,
    fmtChunk: bytes.subarray(fmtAt.at, fmtAt.body + fmtAt.size),
    data: bytes.subarray(dataAt.body, dataAt.body + size),
    duration: size / fmt.blockAlign / fmt.sampleRate,
  };
}

interface ChunkAt {
  id: string;
  at: number;
  body: number;
  size: number;
}

function walkChunks(bytes: Uint8Array): ChunkAt[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: ChunkAt[] = [];
  let at = 12;
  while (at + 8 <= bytes.length) {
    const id = String.fromCharCode(...bytes.subarray(at, at + 4));
    const size = view.getUint32(at + 4, true);
    out.push({ id, at, body: at + 8, size });
    if (id === "data") break; // the data chunk may run to the end with a placeholder size
    const next = at + 8 + size + (size % 2);
    if (next <= at) break;
    at = next;
  }
  return out;
}

/** A WAV holding `[startS, endS)` of `wav`, same format. */
export function cutWav(wav: PcmWav, startS: number, endS: number): Uint8Array {
  const first = Math.max(0, Math.floor(startS * wav.sampleRate)) * wav.blockAlign;
  const last = Math.min(wav.data.length, Math.ceil(endS * wav.sampleRate) * wav.blockAlign);
  const slice = wav.data.subarray(first, Math.max(first, last));
  const out = new Uint8Array(12 + wav.fmtChunk.length + 8 + slice.length);
  const view = new DataView(out.buffer);
  const put = (at: number, s: string) => {
    for (let i = 0; i < 4; i++) out[at + i] = s.charCodeAt(i);
  };
  put(0, "RIFF");
  view.setUint32(4, out.length - 8, true);
  put(8, "WAVE");
  out.set(wav.fmtChunk, 12);
  const dataAt = 12 + wav.fmtChunk.length;
  put(dataAt, "data");
  view.setUint32(dataAt + 4, slice.length, true);
  out.set(slice, dataAt + 8);
  return out;
}

/** One sample (channel `ch` of frame `frame`) as a float in [-1, 1]. */
function sampleAt(wav: PcmWav, view: DataView, frame: number, ch: number): number {
  const bytes = wav.bitsPerSample / 8;
  const at = frame * wav.blockAlign + ch * bytes;
  if (wav.codec === 3) return bytes === 8 ? view.getFloat64(at, true) : view.getFloat32(at, true);
  switch (wav.bitsPerSample) {
    case 8:
      return (view.getUint8(at) - 128) / 128;
    case 16:
      return view.getInt16(at, true) / 32768;
    case 24: {
      const v = view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16);
      return v / 8388608;
    }
    case 32:
      return view.getInt32(at, true) / 2147483648;
    default:
      return 0;
  }
}

/** Level of `[startS, endS)` in dBFS (RMS over all channels); -120 for silence. */
export function levelDb(wav: PcmWav, startS: number, endS: number): number {
  const view = new DataView(wav.data.buffer, wav.data.byteOffset, wav.data.byteLength);
  const frames = wav.data.length / wav.blockAlign;
  const from = Math.max(0, Math.floor(startS * wav.sampleRate));
  const to = Math.min(frames, Math.max(from + 1, Math.ceil(endS * wav.sampleRate)));
  let sum = 0;
  let n = 0;
  for (let f = from; f < to; f++) {
    for (let ch = 0; ch < wav.channels; ch++) {
      const s = sampleAt(wav, view, f, ch);
      sum += s * s;
      n++;
    }
  }
  if (n === 0 || sum === 0) return -120;
  return Math.max(-120, 10 * Math.log10(sum / n));
}

/** Turns any audio container into 16 kHz mono 16-bit WAV bytes; one adapter, faked in tests. */
export interface AudioDecoder {
  /** False when the tool is missing on this host. */
  available(): Promise<boolean>;
  /** Decodes; InvalidInputError when the input cannot be decoded. */
  toWav(bytes: Uint8Array, format: AudioFormat, signal?: AbortSignal): Promise<Uint8Array>;
}

/** A decoder for hosts without ffmpeg: nothing but WAV can be cut. */
export const NO_DECODER: AudioDecoder = {
  available: () => Promise.resolve(false),
  toWav: () => Promise.reject(new UnsupportedMediaTypeError("No audio decoder on this host")),
};

/** The real decoder: ffmpeg on the host (Debian package `ffmpeg`), via temp files. */
export function ffmpegDecoder(binary = "ffmpeg"): AudioDecoder {
  let present: Promise<boolean> | undefined;
  return {
    available() {
      present ??= new Deno.Command(binary, { args: ["-version"], stdout: "null", stderr: "null" })
        .output().then((o) => o.success, () => false);
      return present;
    },
    async toWav(bytes, format, signal) {
      // Temp files rather than pipes: MP4/M4A keep their index at the end and need seeking.
      const input = await Deno.makeTempFile({ prefix: "sc-audio-", suffix: `.${format}` });
      const output = await Deno.makeTempFile({ prefix: "sc-audio-", suffix: ".wav" });
      try {
        await Deno.writeFile(input, bytes);
        const result = await new Deno.Command(binary, {
          args: [
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "error",
            "-y",
            "-i",
            input,
            "-vn",
            "-ac",
            "1",
            "-ar",
            "16000",
            "-c:a",
            "pcm_s16le",
            "-f",
            "wav",
            output,
          ],
          stdin: "null",
          stdout: "null",
          stderr: "piped",
          signal,
        }).output();
        if (!result.success) {
          const why = new TextDecoder().decode(result.stderr).trim().split("\n").pop() ?? "";
          throw new InvalidInputError(
            `Could not decode the ${format} audio${why ? `: ${why.slice(0, 200)}` : ""}`,
            { param: "file" },
          );
        }
        return await Deno.readFile(output);
      } finally {
        await Deno.remove(input).catch(() => {}); // best effort: the temp dir is cleaned anyway
        await Deno.remove(output).catch(() => {}); // same
      }
    },
  };
}

/** Audio as the pipeline sees it: original bytes, and a cuttable WAV when one exists. */
export interface LoadedAudio {
  format: AudioFormat;
  bytes: Uint8Array;
  /** PCM WAV (the original, or ffmpeg's 16 kHz mono decode); null when not decodable here. */
  wav: PcmWav | null;
  /** Seconds; null when unknown (non-WAV without a decoder). */
  duration: number | null;
}

/**
 * Sniffs and, where needed and possible, decodes an upload. Unknown
 * containers are 415; damaged ones 400. With `needWav`, audio that cannot
 * be cut here (no decoder) is 415 with a hint.
 */
export async function loadAudio(
  bytes: Uint8Array,
  decoder: AudioDecoder,
  opts: { needWav?: boolean; signal?: AbortSignal } = {},
): Promise<LoadedAudio> {
  if (bytes.length === 0) throw new InvalidInputError("The audio file is empty", { param: "file" });
  const format = sniffFormat(bytes);
  if (format === null) {
    throw new UnsupportedMediaTypeError(
      "Unsupported audio format: send WAV, FLAC, MP3 or M4A (OGG and WebM need ffmpeg on the controller)",
    );
  }
  if (format === "wav") {
    try {
      const wav = parseWav(bytes);
      return { format, bytes, wav, duration: wav.duration };
    } catch (err) {
      if (!(err instanceof UnsupportedMediaTypeError)) throw err;
      if (!(await decoder.available())) throw err;
    }
  }
  const needsDecode = opts.needWav || !PARAKEET_FORMATS.includes(format) || format === "wav";
  if (!needsDecode) {
    // Parakeet decodes it; a decoder here only adds the duration and makes chunking possible.
    if (!(await decoder.available())) return { format, bytes, wav: null, duration: null };
  } else if (!(await decoder.available())) {
    throw new UnsupportedMediaTypeError(
      `${format.toUpperCase()} audio needs ffmpeg on the controller for this endpoint; send WAV instead`,
    );
  }
  const decoded = await decoder.toWav(bytes, format, opts.signal);
  const wav = parseWav(decoded);
  return { format, bytes, wav, duration: wav.duration };
}
