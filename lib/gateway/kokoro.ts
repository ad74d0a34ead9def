import { PayloadTooLargeError, UpstreamError } from "../errors.ts";
import type { ClientRequest, GatewayDeps } from "./_context.ts";
import { callUpstream, postJson } from "./call.ts";
import { fixWavSizes } from "./wav.ts";

/** Largest non-streamed speech file held in memory (about 70 min of 24 kHz WAV). */
export const MAX_SPEECH_BYTES = 200 * 1024 * 1024;

/** One Kokoro voice, in the shape Kokoro ≥ 0.4 lists. */
export interface Voice {
  id: string;
  name: string;
}

/**
 * Reads both voice-list shapes Kokoro has used: strings up to v0.3,
 * `{id, name}` objects from v0.4 (CONTRACTS §8). Unknown entries are skipped.
 */
export function normalizeVoices(body: unknown): Voice[] {
  const list = Array.isArray(body)
    ? body
    : typeof body === "object" && body !== null
    ? (body as { voices?: unknown }).voices
    : undefined;
  if (!Array.isArray(list)) {
    throw new UpstreamError("tts", "tts sent a voice list in an unknown shape");
  }
  const voices: Voice[] = [];
  for (const v of list) {
    if (typeof v === "string") voices.push({ id: v, name: v });
    else if (typeof v === "object" && v !== null) {
      const o = v as Record<string, unknown>;
      const id = typeof o.id === "string" ? o.id : typeof o.name === "string" ? o.name : null;
      if (id !== null) voices.push({ id, name: typeof o.name === "string" ? o.name : id });
    }
  }
  return voices;
}

/** The voices Kokoro offers, normalised. */
export async function listVoices(deps: GatewayDeps, client: ClientRequest): Promise<Voice[]> {
  const res = await callUpstream(deps, client, {
    kind: "tts",
    path: "/v1/audio/voices",
    admit: false,
  });
  let body: unknown;
  try {
    body = await res.json();
  } catch (err) {
    throw new UpstreamError("tts", "tts sent a voice list that is not JSON", { cause: err });
  }
  return normalizeVoices(body);
}

/**
 * Text to speech through Kokoro's queue. `stream` defaults to true, as
 * Kokoro's own API does: the audio is passed on chunk by chunk, and if
 * Kokoro breaks off the client connection is cut, never cleanly ended. With
 * `stream: false` the whole file is read first, so a Kokoro failure becomes
 * a 502 instead of a truncated 200, and WAV headers get their real sizes.
 */
export async function synthesize(
  deps: GatewayDeps,
  client: ClientRequest,
  body: Record<string, unknown>,
): Promise<Response> {
  const stream = body.stream !== false;
  const res = await postJson(deps, client, {
    kind: "tts",
    path: "/v1/audio/speech",
    json: { ...body, stream },
  });
  if (stream) return res;
  const bytes = await readAll(res);
  const type = res.headers.get("content-type") ?? "";
  if (body.response_format === "wav" || type.includes("wav")) fixWavSizes(bytes);
  const headers = new Headers(res.headers);
  headers.set("content-length", String(bytes.byteLength));
  headers.delete("x-accel-buffering");
  return new Response(bytes, { status: res.status, headers });
}

async function readAll(res: Response): Promise<Uint8Array<ArrayBuffer>> {
  if (res.body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  while (true) {
    // A read error here is already an UpstreamError from the proxy: 502, nothing sent yet.
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_SPEECH_BYTES) {
      await reader.cancel();
      throw new PayloadTooLargeError(
        `The speech file is larger than ${MAX_SPEECH_BYTES} bytes; ask for stream: true`,
      );
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
