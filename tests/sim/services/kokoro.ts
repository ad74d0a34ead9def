/**
 * A fake Kokoro-FastAPI (CONTRACTS §8): health, models, voices in both
 * shapes, speech with Kokoro's validation errors, 24 kHz mono 16-bit audio
 * whose length follows text ÷ speed, one chunk per sentence when streamed,
 * placeholder WAV sizes, and a failure after the first chunk.
 *
 * Profiles: `default` (v0.4+ voice objects), `v0.3` (voice strings),
 * `fail-mid-stream` (the body breaks off after the first sentence, status
 * stays 200), `sized-wav` (non-streamed WAV carries real sizes).
 *
 * Non-WAV/PCM formats are not real encodings: a fake tag plus the PCM bytes,
 * enough for byte-level tests.
 *
 * @module
 */
import {
  delay,
  type FakeService,
  type FakeServiceOptions,
  json,
  runAsMain,
  startFakeService,
} from "./_common.ts";

/** Base voices of the fake (a subset of Kokoro's). */
export const KOKORO_VOICES = ["af_heart", "af_bella", "af_sky", "am_adam", "bf_emma", "bm_george"];
/** OpenAI voice names Kokoro maps to its own. */
const OPENAI_ALIASES = [
  "alloy",
  "ash",
  "coral",
  "echo",
  "fable",
  "nova",
  "onyx",
  "sage",
  "shimmer",
];
const MODELS = ["kokoro", "tts-1", "tts-1-hd"];
const FORMATS = ["mp3", "opus", "aac", "flac", "wav", "pcm"];
/** Samples per input character at speed 1 (50 ms per character). */
const SAMPLES_PER_CHAR = 1_200;
const SAMPLE_RATE = 24_000;
/** What a streamed WAV header says for sizes it does not know yet. */
const PLACEHOLDER = 0xffffffff;

/** Starts the fake Kokoro on 127.0.0.1. */
export function startFakeKokoro(opts: FakeServiceOptions = {}): Promise<FakeService> {
  return startFakeService("kokoro", handle, opts);
}

function detail(status: number, error: string, message: string): Response {
  return json({ detail: { error, message, type: "invalid_request_error" } }, status);
}

function unprocessable(loc: string, msg: string, input: unknown): Response {
  return json({ detail: [{ type: "value_error", loc: ["body", loc], msg, input }] }, 422);
}

/** Validates a voice or mix like Kokoro: `a+b`, `a(2)+b(1)`, `a-b`; spaces ignored. */
export function validVoice(voice: string): boolean {
  const v = voice.replace(/\s+/g, "");
  const term = "([a-z]{2}_[a-z]+|[a-z]+)(\\(\\d+(\\.\\d+)?\\))?";
  if (!new RegExp(`^${term}([+-]${term})*$`).test(v)) return false;
  return v.split(/[+-]/).every((t) => {
    const name = t.replace(/\(.*\)$/, "");
    return KOKORO_VOICES.includes(name) || OPENAI_ALIASES.includes(name);
  });
}

async function handle(req: Request, svc: FakeService): Promise<Response> {
  const url = new URL(req.url);
  if (req.method === "GET" && url.pathname === "/health") return json({ status: "healthy" });
  if (req.method === "GET" && url.pathname === "/v1/models") {
    return json({
      object: "list",
      data: MODELS.map((id) => ({
        id,
        object: "model",
        created: 1_700_000_000,
        owned_by: "kokoro",
      })),
    });
  }
  if (req.method === "GET" && url.pathname === "/v1/audio/voices") {
    if (svc.profile === "v0.3" || url.searchParams.get("legacy") === "true") {
      return json({ voices: KOKORO_VOICES });
    }
    return json({ voices: KOKORO_VOICES.map((v) => ({ id: v, name: v })) });
  }
  if (req.method === "POST" && url.pathname === "/v1/audio/speech") return await speech(req, svc);
  return json({ detail: "Not Found" }, 404);
}

async function speech(req: Request, svc: FakeService): Promise<Response> {
  let body: Record<string, unknown>;
  try {
    body = await req.json();
  } catch {
    return json(
      { detail: [{ type: "json_invalid", loc: ["body", 0], msg: "JSON decode error" }] },
      422,
    );
  }
  const input = body.input;
  if (typeof input !== "string") return unprocessable("input", "Field required", body);
  const model = body.model ?? "kokoro";
  if (typeof model !== "string" || !MODELS.includes(model)) {
    return detail(400, "invalid_model", `Unsupported model: ${String(model)}`);
  }
  const voice = body.voice ?? "af_heart";
  if (typeof voice !== "string" || !validVoice(voice)) {
    return detail(400, "validation_error", `Voice '${String(voice)}' not found`);
  }
  const speed = body.speed ?? 1;
  if (typeof speed !== "number" || speed < 0.25 || speed > 4) {
    return unprocessable("speed", "Input should be between 0.25 and 4", speed);
  }
  const format = body.response_format ?? "mp3";
  if (typeof format !== "string" || !FORMATS.includes(format)) {
    return unprocessable("response_format", `Input should be ${FORMATS.join(", ")}`, format);
  }
  const stream = body.stream !== false;
  const sentences = input.match(/[^.!?]+[.!?]*/g)?.map((s) => s.trim()).filter(Boolean) ?? [input];
  const pieces = sentences.map((s) => pcm(s, speed));
  const headers: Record<string, string> = {
    "content-type": format === "pcm"
      ? "audio/pcm"
      : format === "mp3"
      ? "audio/mpeg"
      : `audio/${format}`,
    "content-disposition": `attachment; filename=speech.${format}`,
  };
  if (!stream) {
    const all = concat(pieces);
    const sized = svc.profile === "sized-wav";
    const file = format === "wav"
      ? concat([wavHeader(sized ? all.byteLength : null), all])
      : encoded(format, all, true);
    return new Response(file, {
      headers: { ...headers, "content-length": String(file.byteLength) },
    });
  }
  headers["x-accel-buffering"] = "no";
  headers["cache-control"] = "no-cache";
  const failMid = svc.profile === "fail-mid-stream";
  let sent = 0;
  const out = new ReadableStream<Uint8Array>({
    async pull(ctl) {
      if (req.signal.aborted) return;
      if (sent === 0 && format === "wav") ctl.enqueue(wavHeader(null));
      if (sent > 0 && failMid) {
        // Kokoro's failure after the first byte: the 200 stays, the body stops.
        await delay(10);
        ctl.error(new Error("fake kokoro: processing_error mid-stream"));
        return;
      }
      if (sent >= pieces.length) return ctl.close();
      const piece = pieces[sent];
      ctl.enqueue(
        format === "wav" || format === "pcm" ? piece : encoded(format, piece, sent === 0),
      );
      sent++;
      // One chunk per sentence, as Kokoro generates them.
      await delay(1, req.signal, svc.closing);
    },
    cancel() {
      svc.stats.aborted = (svc.stats.aborted ?? 0) + 1;
    },
  });
  req.signal.addEventListener("abort", () => {
    if (sent < pieces.length) svc.stats.aborted = (svc.stats.aborted ?? 0) + 1;
  }, { once: true });
  return new Response(out, { headers });
}

/** 16-bit mono PCM for one sentence: a tone seeded by the text, length chars × 50 ms ÷ speed. */
function pcm(text: string, speed: number): Uint8Array<ArrayBuffer> {
  const samples = Math.max(1, Math.round((text.length * SAMPLES_PER_CHAR) / speed));
  let seed = 0;
  for (const ch of text) seed = (seed * 31 + ch.charCodeAt(0)) >>> 0;
  const freq = 120 + (seed % 200);
  const out = new Int16Array(samples);
  for (let i = 0; i < samples; i++) {
    out[i] = Math.round(8_000 * Math.sin((2 * Math.PI * freq * i) / SAMPLE_RATE));
  }
  return new Uint8Array(out.buffer);
}

/** A 44-byte WAV header; `dataBytes` null writes Kokoro's streaming placeholders. */
export function wavHeader(dataBytes: number | null): Uint8Array<ArrayBuffer> {
  const h = new Uint8Array(44);
  const v = new DataView(h.buffer);
  const ascii = (at: number, s: string) => [...s].forEach((c, i) => (h[at + i] = c.charCodeAt(0)));
  ascii(0, "RIFF");
  v.setUint32(4, dataBytes === null ? PLACEHOLDER : 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true); // PCM
  v.setUint16(22, 1, true); // mono
  v.setUint32(24, SAMPLE_RATE, true);
  v.setUint32(28, SAMPLE_RATE * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  ascii(36, "data");
  v.setUint32(40, dataBytes === null ? PLACEHOLDER : dataBytes, true);
  return h;
}

function encoded(
  format: string,
  data: Uint8Array<ArrayBuffer>,
  first: boolean,
): Uint8Array<ArrayBuffer> {
  if (format === "pcm" || format === "wav") return data;
  return first ? concat([new TextEncoder().encode(`FAKE-${format.toUpperCase()}\n`), data]) : data;
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

if (import.meta.main) await runAsMain(startFakeKokoro);
