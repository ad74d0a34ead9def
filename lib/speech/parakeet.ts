/**
 * Calls to parakeet-asr and its diarizer (CONTRACTS.md §5, §6) through the
 * gateway's admission queues, with the contract's failure handling: a 500
 * is a wedged GPU until a deep-health probe says otherwise, and is answered
 * 503 + `Retry-After: 60` either way; undecodable audio is a 400.
 *
 * @module
 */
import type { EventBus } from "../events/mod.ts";
import { BusyError, InvalidInputError, UpstreamError } from "../errors.ts";
import { callUpstream, type ClientRequest, type GatewayDeps } from "../gateway/mod.ts";
import type { Logger } from "../log.ts";
import { probeClip } from "./_probe_clip.ts";
import type { AudioDecoder } from "./audio.ts";
import { normalizeDiarization, normalizeTranscript } from "./normalize.ts";
import type { Diarization, Transcript } from "./types.ts";

/** What the speech domain needs from Deps. */
export interface SpeechDeps extends GatewayDeps {
  events: EventBus;
  log: Logger;
  audioDecoder: AudioDecoder;
}

/** Retry-After after a parakeet 500 (CONTRACTS.md §5, §11.5). */
export const WEDGE_RETRY_S = 60;

/** Transcription answer plus what the merged response reports. */
export interface AsrResult {
  transcript: Transcript;
  model: string | null;
}

/** Options of one transcription call. */
export interface AsrOptions {
  filename?: string;
  language?: string;
  prompt?: string;
  /** Filled in when the upstream omits `duration`. */
  audioDuration?: number | null;
}

function form(bytes: Uint8Array, filename: string): FormData {
  const f = new FormData();
  f.set("file", new File([bytes as Uint8Array<ArrayBuffer>], filename));
  return f;
}

/** A client request for an internal call: no client headers travel upstream. */
function internal(client: ClientRequest): ClientRequest {
  return { headers: new Headers(), signal: client.signal };
}

async function readJson(res: Response, service: string): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new UpstreamError(service, `${service} answered something that is not JSON`, { cause });
  }
}

/**
 * Maps upstream failures to what clients retry on: a 500 → deep probe →
 * BusyError(60 s); 422/415 (audio parakeet cannot read) → 400.
 */
async function guarded<T>(
  deps: SpeechDeps,
  client: ClientRequest,
  service: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (err) {
    if (err instanceof UpstreamError && err.upstreamStatus === 500) {
      const healthy = await deepHealthProbe(deps, client).catch(() => false);
      deps.events.publish("speech", { kind: "asr_failure", wedged: !healthy });
      deps.log.warn("parakeet answered 500", { service, wedged: !healthy });
      throw new BusyError(
        healthy
          ? "The speech service failed on this request and recovered; retry in 60 s"
          : "The speech service is wedged (deep health probe failed); retry in 60 s",
        { retryAfterS: WEDGE_RETRY_S, source: `upstream:${service}`, cause: err },
      );
    }
    if (
      err instanceof UpstreamError && (err.upstreamStatus === 422 || err.upstreamStatus === 415)
    ) {
      throw new InvalidInputError(`The speech service could not read the audio: ${err.message}`, {
        param: "file",
        cause: err,
      });
    }
    throw err;
  }
}

/**
 * Transcribes one piece of audio (≤ ~24 min). Always asks for verbose_json
 * with both granularities and normalises whatever variant comes back.
 */
export function transcribeOnce(
  deps: SpeechDeps,
  client: ClientRequest,
  bytes: Uint8Array,
  opts: AsrOptions = {},
): Promise<AsrResult> {
  return guarded(deps, client, "asr", async () => {
    const body = form(bytes, opts.filename ?? "audio.wav");
    body.set("model", "parakeet");
    body.set("response_format", "verbose_json");
    body.append("timestamp_granularities[]", "word");
    body.append("timestamp_granularities[]", "segment");
    if (opts.language) body.set("language", opts.language);
    if (opts.prompt) body.set("prompt", opts.prompt);
    const res = await callUpstream(deps, internal(client), {
      kind: "asr",
      queue: "asr",
      path: "/v1/audio/transcriptions",
      method: "POST",
      body,
    });
    const raw = await readJson(res, "asr");
    const model = typeof (raw as { model?: unknown })?.model === "string"
      ? (raw as { model: string }).model
      : null;
    return {
      transcript: normalizeTranscript(raw, {
        audioDuration: opts.audioDuration,
        language: opts.language,
      }),
      model,
    };
  });
}

/**
 * Diarizes one piece of audio. The diarizer runs in the same GPU process as
 * the ASR, so a diarization holds its own queue slot and then the ASR slot:
 * parakeet never sees two requests at once. Slots are always taken in that
 * order (diarize, then asr), so two callers cannot deadlock.
 */
export function diarizeOnce(
  deps: SpeechDeps,
  client: ClientRequest,
  bytes: Uint8Array,
  opts: { chunk: boolean; filename?: string },
): Promise<Diarization> {
  return guarded(
    deps,
    client,
    "diarize",
    () =>
      deps.gateway.admissions.get("diarize").run(async () => {
        const res = await callUpstream(deps, internal(client), {
          kind: "asr",
          queue: "asr",
          path: opts.chunk ? "/v1/audio/diarize-chunk" : "/v1/audio/diarize",
          method: "POST",
          body: form(bytes, opts.filename ?? "audio.wav"),
          timeouts: { connectMs: 3_000, headersMs: 630_000, idleMs: 630_000 },
        });
        return normalizeDiarization(await readJson(res, "diarize"));
      }, client.signal),
  );
}

/**
 * The deep health probe: a short real-speech clip through the ASR queue.
 * Healthy means 200 with at least one token; tones would not do, because
 * they skip the decoder paths that crash on a wedged GPU.
 */
export async function deepHealthProbe(deps: SpeechDeps, client: ClientRequest): Promise<boolean> {
  try {
    const body = form(probeClip(), "probe.wav");
    body.set("response_format", "json");
    const res = await callUpstream(deps, internal(client), {
      kind: "asr",
      queue: "asr",
      path: "/v1/audio/transcriptions",
      method: "POST",
      body,
      timeouts: { connectMs: 3_000, headersMs: 60_000, idleMs: 60_000 },
    });
    const raw = await readJson(res, "asr") as { text?: unknown };
    return typeof raw?.text === "string" && raw.text.trim() !== "";
  } catch {
    return false; // any failure of the probe means "not healthy"
  }
}
