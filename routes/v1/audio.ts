import { Hono, type MiddlewareHandler } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import {
  InvalidInputError,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
} from "../../lib/errors.ts";
import { validate } from "../../lib/http/validation.ts";
import {
  chunkSettings,
  diarizationToWire,
  diarizeAudio,
  diarizeOnce,
  loadAudio,
  type LoadedAudio,
  parseGranularities,
  parseResponseFormat,
  renderTranscript,
  transcribeAudio,
  transcribeWithSpeakers,
} from "../../lib/speech/mod.ts";

/** Audio files up to this size are accepted (CONTRACTS.md §5). */
const MAX_AUDIO_BYTES = 200 * 1024 * 1024;

const UploadedFile = z.any().refine((v) => v instanceof File, "must be an uploaded file")
  .meta({ type: "string", format: "binary" });
const OptionalFile = UploadedFile.optional();
const Strings = z.union([z.string(), z.array(z.string())]).optional();
const SpanList = z.array(z.object({ start: z.number(), end: z.number() }).loose());

const TranscriptionForm = z.object({
  file: UploadedFile,
  model: z.string().optional(),
  language: z.string().max(32).optional(),
  prompt: z.string().max(10_000).optional(),
  temperature: z.string().optional(),
  response_format: z.string().optional(),
  "timestamp_granularities[]": Strings,
  timestamp_granularities: Strings,
});

const DiarizeForm = z.object({
  file: UploadedFile,
  expected_speakers: z.coerce.number().int().min(1).max(64).optional(),
});

const SpeakersForm = z.object({
  file: OptionalFile,
  mic_file: OptionalFile,
  system_file: OptionalFile,
  self_name: z.string().max(200).optional(),
  self_vad: z.string().max(5_000_000).optional(),
  timeline: z.string().max(5_000_000).optional(),
  language: z.string().max(32).optional(),
  include_words: z.enum(["true", "false", "1", "0"]).optional(),
  expected_speakers: z.coerce.number().int().min(1).max(64).optional(),
});

const TimelineList = z.array(
  z.object({
    start: z.number(),
    end: z.number(),
    name: z.string().max(200),
    confidence: z.number().min(0).max(1).optional(),
  }).loose(),
);

/**
 * Accepts only multipart bodies (415 otherwise) and parses them once, so a
 * body cut off at the 200 MB limit is a 413 and a broken one a 400; the
 * validator then reads Hono's cached form.
 */
function multipart(): MiddlewareHandler {
  return async function multipart(c, next) {
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type !== "multipart/form-data") {
      throw new UnsupportedMediaTypeError(
        `Expected Content-Type: multipart/form-data with a "file" field, got "${type || "none"}"`,
      );
    }
    const declared = Number(c.req.header("content-length") ?? 0);
    if (declared > MAX_AUDIO_BYTES + 64 * 1024) {
      throw new PayloadTooLargeError("Audio uploads are limited to 200 MB");
    }
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch (err) {
      if (
        err instanceof PayloadTooLargeError ||
        (err as Error)?.cause instanceof PayloadTooLargeError || /larger than/.test(String(err))
      ) {
        throw new PayloadTooLargeError("Audio uploads are limited to 200 MB", { cause: err });
      }
      throw new InvalidInputError("The multipart body could not be parsed", { cause: err });
    }
    for (const value of form.values()) {
      if (value instanceof File && value.size > MAX_AUDIO_BYTES) {
        throw new PayloadTooLargeError(`"${value.name}" is larger than 200 MB`);
      }
    }
    c.req.bodyCache.formData = form;
    await next();
  };
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

function parseJsonField<T>(raw: string | undefined, param: string, schema: z.ZodType<T>) {
  if (raw === undefined || raw.trim() === "") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (cause) {
    throw new InvalidInputError(`${param} must be a JSON array`, { param, cause });
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new InvalidInputError(`${param}: ${parsed.error.issues[0]?.message ?? "invalid"}`, {
      param,
    });
  }
  return parsed.data;
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Speech-to-text and diarization for LAN apps, mounted at `/v1/audio`. */
export function audioApi(deps: Deps): Hono {
  const app = new Hono();
  const client = (signal: AbortSignal) => ({ headers: new Headers(), signal });
  const load = (bytes: Uint8Array, signal: AbortSignal): Promise<LoadedAudio> =>
    loadAudio(bytes, deps.audioDecoder, { signal });

  app.post(
    "/transcriptions",
    describeRoute({
      tags: ["audio"],
      summary: "Transcribe audio (OpenAI-compatible; long audio is chunked)",
    }),
    multipart(),
    validate("form", TranscriptionForm),
    async (c) => {
      const form = c.req.valid("form");
      const format = parseResponseFormat(form.response_format);
      const grains = parseGranularities([
        ...list(form["timestamp_granularities[]"]),
        ...list(form.timestamp_granularities),
      ]);
      const file = form.file as File;
      const audio = await load(await bytesOf(file), c.req.raw.signal);
      const { transcript } = await transcribeAudio(deps, client(c.req.raw.signal), audio, {
        filename: file.name || "audio",
        language: form.language,
        prompt: form.prompt,
      });
      const out = renderTranscript(transcript, format, grains);
      return c.body(out.body, 200, { "content-type": out.contentType });
    },
  );

  app.post(
    "/diarize",
    describeRoute({
      tags: ["audio"],
      summary: "Diarize a whole file (long audio: chunked and matched by fingerprints)",
    }),
    multipart(),
    validate("form", DiarizeForm),
    async (c) => {
      const form = c.req.valid("form");
      const audio = await load(await bytesOf(form.file as File), c.req.raw.signal);
      const d = await diarizeAudio(deps, client(c.req.raw.signal), audio, {
        expectedSpeakers: form.expected_speakers,
      });
      return c.json(diarizationToWire(d, false));
    },
  );

  app.post(
    "/diarize-chunk",
    describeRoute({
      tags: ["audio"],
      summary: "Diarize one chunk: chunk-local labels and 192-d fingerprints",
    }),
    multipart(),
    validate("form", DiarizeForm),
    async (c) => {
      const form = c.req.valid("form");
      const audio = await load(await bytesOf(form.file as File), c.req.raw.signal);
      const limit = chunkSettings(deps).longAudioS;
      if (audio.duration !== null && audio.duration > limit) {
        throw new InvalidInputError(
          `A chunk may be at most ${limit} s long; send long audio to /v1/audio/diarize`,
          { param: "file" },
        );
      }
      const d = await diarizeOnce(deps, client(c.req.raw.signal), audio.bytes, { chunk: true });
      return c.json(diarizationToWire(d, true));
    },
  );

  app.post(
    "/transcribe-with-speakers",
    describeRoute({
      tags: ["audio"],
      summary: "Transcript with speakers: ASR + diarization + label merge (single or dual channel)",
    }),
    multipart(),
    validate("form", SpeakersForm),
    async (c) => {
      const form = c.req.valid("form");
      const signal = c.req.raw.signal;
      const main = (form.system_file ?? form.file) as File | undefined;
      if (!main) {
        throw new InvalidInputError("Send file, or system_file and mic_file", { param: "file" });
      }
      if (form.file && (form.mic_file || form.system_file)) {
        throw new InvalidInputError("Send either file or mic_file + system_file, not both", {
          param: "file",
        });
      }
      if (form.mic_file && !form.system_file) {
        throw new InvalidInputError("mic_file needs system_file", { param: "system_file" });
      }
      const result = await transcribeWithSpeakers(deps, client(signal), {
        audio: await load(await bytesOf(main), signal),
        mic: form.mic_file ? await load(await bytesOf(form.mic_file as File), signal) : undefined,
        selfName: form.self_name,
        selfVad: parseJsonField(form.self_vad, "self_vad", SpanList),
        timeline: parseJsonField(form.timeline, "timeline", TimelineList),
        language: form.language,
        includeWords: form.include_words === "true" || form.include_words === "1",
        expectedSpeakers: form.expected_speakers,
      });
      return c.json(result);
    },
  );

  return app;
}
