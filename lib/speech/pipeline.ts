/**
 * The speech pipeline: long audio cut into chunks, each transcribed and
 * diarized in turn through the admission queues, stitched by midpoint
 * ownership, speakers matched across chunks by fingerprint clustering, then
 * label merge. See README.md in this folder for the queueing design.
 *
 * @module
 */
import type { ClientRequest } from "../gateway/mod.ts";
import { BusyError, InvalidInputError } from "../errors.ts";
import { cutWav, levelDb, loadAudio, type LoadedAudio, type PcmWav } from "./audio.ts";
import { type ChunkResult, stitchChunks } from "./chunk_merge.ts";
import { type Chunk, ownWords, planChunks } from "./chunk_plan.ts";
import { mergeLabels, type MicWord } from "./label_merge.ts";
import { segmentsFromWords } from "./normalize.ts";
import { type AsrOptions, diarizeOnce, type SpeechDeps, transcribeOnce } from "./parakeet.ts";
import type {
  Diarization,
  MergedSegment,
  SpeakerWord,
  TimelineSpan,
  Transcript,
  VadSpan,
  Word,
} from "./types.ts";

/** Chunking settings (config `speech`). */
export interface ChunkSettings {
  longAudioS: number;
  chunkBodyS: number;
  chunkMarginS: number;
  clusterThreshold: number;
}

/** Reads the speech settings from the live config (defaults when absent). */
export function chunkSettings(deps: Pick<SpeechDeps, "config">): ChunkSettings {
  const s = (deps.config.get() as { speech?: Partial<ChunkSettings> }).speech ?? {};
  return {
    longAudioS: s.longAudioS ?? 1200,
    chunkBodyS: s.chunkBodyS ?? 150,
    chunkMarginS: s.chunkMarginS ?? 15,
    clusterThreshold: s.clusterThreshold ?? 0.7,
  };
}

/** Chunks for `durationS`: one whole-file chunk below the long-audio threshold. */
export function chunksFor(
  durationS: number | null,
  settings: ChunkSettings,
  opts: { expectedSpeakers?: number } = {},
): Chunk[] {
  if (durationS === null || durationS <= settings.longAudioS) {
    const d = durationS ?? 0;
    return [{ index: 0, start: 0, end: d, bodyStart: 0, bodyEnd: d }];
  }
  // More than four voices in one chunk exceed the diarizer's cap: shorter bodies (§6).
  const body = (opts.expectedSpeakers ?? 0) > 4
    ? Math.min(60, settings.chunkBodyS)
    : settings.chunkBodyS;
  return planChunks(durationS, { bodyS: body, marginS: settings.chunkMarginS, gridS: 0.08 });
}

/** Upstream 503s (another client hit parakeet directly) are retried this many times per call. */
const BUSY_RETRIES = 3;

async function retryBusy<T>(deps: SpeechDeps, client: ClientRequest, fn: () => Promise<T>) {
  for (let attempt = 0;; attempt++) {
    try {
      return await fn();
    } catch (err) {
      // Only the upstream's own short busy answers: a wedge (60 s) or a full queue goes to the client.
      const retry = err instanceof BusyError && err.source.startsWith("upstream:") &&
        err.retryAfterS < 30 && attempt < BUSY_RETRIES;
      if (!retry) throw err;
      await deps.clock.sleep(err.retryAfterS * 1000, client.signal);
    }
  }
}

function piece(audio: LoadedAudio, chunk: Chunk, whole: boolean): Uint8Array {
  if (whole || audio.wav === null) return audio.bytes;
  return cutWav(audio.wav, chunk.start, chunk.end);
}

/** Progress reporting for long jobs (`speech` events on `/api/events`). */
export interface Progress {
  job: string;
  publish(data: Record<string, unknown>): void;
}

/** Creates a progress reporter; quiet for single-chunk jobs. */
export function progressFor(deps: SpeechDeps, kind: string, chunks: number): Progress {
  const job = crypto.randomUUID();
  return {
    job,
    publish(data) {
      if (chunks > 1) deps.events.publish("speech", { job, kind, chunks, ...data });
    },
  };
}

/** A transcript of any length, with the ASR model id when reported. */
export interface LongTranscript {
  transcript: Transcript;
  model: string | null;
}

/** Transcribes audio of any length: one call, or chunk by chunk when long. */
export async function transcribeAudio(
  deps: SpeechDeps,
  client: ClientRequest,
  audio: LoadedAudio,
  opts: AsrOptions & { settings?: ChunkSettings } = {},
): Promise<LongTranscript> {
  const settings = opts.settings ?? chunkSettings(deps);
  const chunks = audio.wav ? chunksFor(audio.duration, settings) : chunksFor(null, settings);
  const whole = chunks.length === 1;
  const progress = progressFor(deps, "transcription", chunks.length);
  const words: Word[] = [];
  const segments: Transcript["segments"] = [];
  let language = "";
  let model: string | null = null;
  for (const [k, chunk] of chunks.entries()) {
    progress.publish({ stage: "transcribe", chunk: k + 1 });
    const r = await retryBusy(
      deps,
      client,
      () =>
        transcribeOnce(deps, client, piece(audio, chunk, whole), {
          ...opts,
          filename: whole ? opts.filename : "chunk.wav",
          audioDuration: whole ? audio.duration : chunk.end - chunk.start,
        }),
    );
    if (whole) return { transcript: r.transcript, model: r.model };
    model ??= r.model;
    language ||= r.transcript.language;
    const last = k === chunks.length - 1;
    words.push(...ownWords(chunk, r.transcript.words, last));
    for (const s of r.transcript.segments) {
      const mid = (s.start + s.end) / 2 + chunk.start;
      if (mid >= chunk.bodyStart && (mid < chunk.bodyEnd || last)) {
        segments.push({ start: s.start + chunk.start, end: s.end + chunk.start, text: s.text });
      }
    }
  }
  progress.publish({ stage: "done" });
  const text = words.length > 0
    ? segmentsFromWords(words).map((s) => s.text).join(" ")
    : segments.map((s) => s.text).join(" ");
  return {
    transcript: {
      text,
      duration: audio.duration,
      language: language || "en",
      words,
      segments: words.length > 0 ? segmentsFromWords(words) : segments,
    },
    model,
  };
}

/** Diarizes audio of any length: whole file when short, chunked + clustered when long. */
export async function diarizeAudio(
  deps: SpeechDeps,
  client: ClientRequest,
  audio: LoadedAudio,
  opts: { settings?: ChunkSettings; expectedSpeakers?: number } = {},
): Promise<Diarization> {
  const settings = opts.settings ?? chunkSettings(deps);
  const chunks = audio.wav ? chunksFor(audio.duration, settings, opts) : chunksFor(null, settings);
  if (chunks.length === 1) return diarizeOnce(deps, client, audio.bytes, { chunk: false });
  const progress = progressFor(deps, "diarization", chunks.length);
  const results: ChunkResult[] = [];
  let models: Record<string, string> = {};
  for (const [k, chunk] of chunks.entries()) {
    progress.publish({ stage: "diarize", chunk: k + 1 });
    const d = await retryBusy(
      deps,
      client,
      () => diarizeOnce(deps, client, piece(audio, chunk, false), { chunk: true }),
    );
    models = { ...d.models, ...models };
    results.push({ chunk, words: [], diarization: d });
  }
  progress.publish({ stage: "done" });
  const stitched = stitchChunks(results, settings.clusterThreshold);
  const speakers: string[] = [];
  for (const t of stitched.turns) if (!speakers.includes(t.speaker)) speakers.push(t.speaker);
  return { duration: audio.duration, turns: stitched.turns, speakers, fingerprints: {}, models };
}

/** Input of {@link transcribeWithSpeakers}. */
export interface SpeakersInput {
  /** Single channel: the file; dual channel: the system (remote) channel. */
  audio: LoadedAudio;
  /** Dual channel: the local user's mic channel. */
  mic?: LoadedAudio;
  selfName?: string;
  selfVad?: VadSpan[];
  timeline?: TimelineSpan[];
  language?: string;
  includeWords?: boolean;
  expectedSpeakers?: number;
}

/** The merged response (CONTRACTS.md §7.4), plus words when asked. */
export interface SpeakersResult {
  duration: number | null;
  language: string;
  speakers_detected: string[];
  segments: MergedSegment[];
  models: { transcription: string; diarization: string };
  words?: SpeakerWord[];
}

/** Default model ids when the upstream does not name them. */
const DEFAULT_MODELS = { transcription: "parakeet-asr", diarization: "sortformer" };

/**
 * The whole pipeline for one call: transcribe and diarize chunk by chunk
 * (one upstream request at a time), stitch, cluster, merge.
 */
export async function transcribeWithSpeakers(
  deps: SpeechDeps,
  client: ClientRequest,
  input: SpeakersInput,
): Promise<SpeakersResult> {
  const settings = chunkSettings(deps);
  const { audio, mic } = input;
  if (mic && !input.selfName?.trim()) {
    throw new InvalidInputError("self_name is required with mic_file", { param: "self_name" });
  }
  // Files may differ in length: the longer decides whether both are chunked (§7.3.5).
  const longest = Math.max(audio.duration ?? 0, mic?.duration ?? 0);
  const chunked = longest > settings.longAudioS;
  const chunks = chunked && audio.wav
    ? chunksFor(audio.duration, settings, input)
    : chunksFor(null, settings);
  const whole = chunks.length === 1;
  const micChunks = mic
    ? (chunked && mic.wav ? chunksFor(mic.duration, settings, input) : chunksFor(null, settings))
    : [];
  const progress = progressFor(deps, "transcribe-with-speakers", chunks.length + micChunks.length);
  const results: ChunkResult[] = [];
  let asrModel: string | null = null;
  let diarModel: string | null = null;
  let language = "";
  for (const [k, chunk] of chunks.entries()) {
    const bytes = piece(audio, chunk, whole);
    progress.publish({ stage: "transcribe", chunk: k + 1 });
    const asr = await retryBusy(deps, client, () =>
      transcribeOnce(deps, client, bytes, {
        language: input.language,
        audioDuration: whole ? audio.duration : chunk.end - chunk.start,
      }));
    progress.publish({ stage: "diarize", chunk: k + 1 });
    const diar = await retryBusy(
      deps,
      client,
      () => diarizeOnce(deps, client, bytes, { chunk: true }),
    );
    asrModel ??= asr.model;
    diarModel ??= diar.models.diarization ?? null;
    language ||= asr.transcript.language;
    results.push({
      chunk: whole ? { ...chunk, end: Infinity, bodyEnd: Infinity } : chunk,
      words: asr.transcript.words,
      diarization: diar,
    });
  }
  const stitched = stitchChunks(results, settings.clusterThreshold);
  let dual;
  if (mic) {
    const micWords: MicWord[] = [];
    const micWhole = micChunks.length === 1;
    for (const [k, chunk] of micChunks.entries()) {
      progress.publish({ stage: "transcribe-mic", chunk: k + 1 });
      const asr = await retryBusy(
        deps,
        client,
        () =>
          transcribeOnce(deps, client, piece(mic, chunk, micWhole), {
            language: input.language,
            audioDuration: micWhole ? mic.duration : chunk.end - chunk.start,
          }),
      );
      const own = ownWords(
        micWhole ? { ...chunk, end: Infinity, bodyEnd: Infinity } : chunk,
        asr.transcript.words,
        k === micChunks.length - 1,
      );
      micWords.push(...own.map((w) => withLevels(w, mic.wav, audio.wav)));
    }
    dual = { micWords, selfName: input.selfName!.trim(), selfVad: input.selfVad };
  }
  progress.publish({ stage: "merge" });
  const merged = mergeLabels({
    words: stitched.words,
    turns: stitched.turns,
    timeline: input.timeline,
    dual,
  });
  progress.publish({ stage: "done" });
  const duration = longest > 0 ? longest : null;
  return {
    duration: duration === null ? null : Math.round(duration * 1000) / 1000,
    language: language || input.language || "en",
    speakers_detected: merged.speakers,
    segments: merged.segments,
    models: {
      transcription: asrModel ?? DEFAULT_MODELS.transcription,
      diarization: diarModel ?? DEFAULT_MODELS.diarization,
    },
    ...(input.includeWords ? { words: merged.words } : {}),
  };
}

function withLevels(w: Word, mic: PcmWav | null, system: PcmWav | null): MicWord {
  if (!mic || !system) return w;
  // A zero-length word still has a sound: measure one 80 ms frame around it.
  const start = w.end > w.start ? w.start : w.start - 0.04;
  const end = w.end > w.start ? w.end : w.start + 0.04;
  return { ...w, micDb: levelDb(mic, start, end), systemDb: levelDb(system, start, end) };
}

/** Loads an upload for the pipeline: cuttable WAV needed only when it may be long. */
export function loadUpload(
  deps: SpeechDeps,
  bytes: Uint8Array,
  signal: AbortSignal,
): Promise<LoadedAudio> {
  return loadAudio(bytes, deps.audioDecoder, { signal });
}
