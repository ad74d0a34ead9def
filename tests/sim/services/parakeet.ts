/**
 * A fake parakeet-asr with its Sortformer diarizer (CONTRACTS.md §5, §6,
 * §12), one service on one port as on Spark 2.
 *
 * It "hears" the tone-coded audio of `tests/fixtures/speech_audio.ts`:
 * Goertzel filters find each speaker's bursts in any slice of such a file,
 * so chunks the controller cuts are transcribed and diarized without a
 * sidecar. Fixtures keyed by the audio's SHA-256 override that (for MP3 or
 * hand-made answers). Duration comes from the WAV header.
 *
 * ASR profiles: `spark` (default: bare word tokens, language code, words and
 * segments always), `openai` (spaced tokens, language name, OpenAI's
 * granularity rules incl. 400 for json + word), `degraded` (no words, one
 * dummy 0–0 segment, `duration: null`, extra `model`/`created`), `nemo`
 * (raw `{text, timestamps:{word, segment, char}}`). Times sit on the 80 ms
 * grid; a one-frame word comes back zero-length.
 *
 * Diarizer: ≤ 4 labels per request in order of first appearance (a fifth
 * voice is folded into the fourth label, as a 4-speaker model would),
 * turns of different speakers overlap when voices do, label spelling per
 * `labelStyle`, and one 192-d fingerprint per label = the hidden vector of
 * the label's main voice + noise, so 0.7 cosine clustering recovers
 * identity; `collision` (0–1) pulls every voice towards one vector.
 *
 * Limits: > 200 MB → 413; one request at a time across both endpoints
 * (a concurrent one gets 503 + Retry-After); `wedged` answers 500 to every
 * audio request until reset; audio longer than `longInputS` gets a 500 or
 * hangs (`longInput`).
 *
 * Control (besides `/__sim/fault`, `/__sim/profile`, `/__sim/requests`):
 * `POST /__sim/parakeet` with any of `{wedged, labelStyle, collision,
 * longInput, longInputS, noise}`, `GET /__sim/parakeet` for the knobs and
 * counters, `POST /__sim/fixtures` with `{sha256, transcript?, diarization?}`.
 *
 * Run as a process: `deno run -A tests/sim/services/parakeet.ts --port 0`.
 *
 * @module
 */
import wavefile from "wavefile";
import { FRAME_S, TONE_SPEAKERS, toneHz, toneWord } from "../../fixtures/speech_audio.ts";
import { seededRandom } from "../../_random.ts";
import {
  delay,
  type FakeService,
  type FakeServiceOptions,
  json,
  runAsMain,
  startFakeService,
} from "./_common.ts";

/** Upload limit of the real service. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;
/** The ASR model id the fake reports. */
export const ASR_MODEL = "nvidia/parakeet-tdt-0.6b-v2";
/** The diarizer model ids the fake reports. */
export const DIAR_MODELS = {
  diarization: "nvidia/diar_sortformer_4spk-v1",
  embedding: "nvidia/titanet-large",
};
/** Fingerprint size (TitaNet). */
export const FINGERPRINT_DIM = 192;

/** Label spellings seen in the wild. */
export type LabelStyle = "Speaker_0" | "speaker_0" | "SPEAKER_00";

/** The diarizer and failure knobs. */
export interface ParakeetKnobs {
  wedged: boolean;
  labelStyle: LabelStyle;
  /** 0 = independent voices; 1 = every voice has the same hidden vector. */
  collision: number;
  /** What audio longer than `longInputS` gets. */
  longInput: "500" | "hang";
  longInputS: number;
  /** Norm of the noise added to each (unit) hidden vector. */
  noise: number;
}

/** Options of {@link startFakeParakeet}. */
export interface FakeParakeetOptions extends FakeServiceOptions {
  knobs?: Partial<ParakeetKnobs>;
}

/** A running fake parakeet. */
export interface FakeParakeet extends FakeService {
  knobs: ParakeetKnobs;
  /** Canned answers by SHA-256 (hex) of the uploaded audio. */
  fixtures: Map<string, { transcript?: unknown; diarization?: unknown }>;
  /** Audio requests being served right now, and the most ever at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
}

interface Burst {
  /** Tone speaker, or -1 for sound that is no known tone (real speech). */
  speaker: number;
  start: number;
  end: number;
}

interface Heard {
  duration: number;
  bursts: Burst[];
}

const BLOCK_S = 0.02;
const TONE_THRESHOLD = 0.004;
const SPEECH_RMS = 0.02;

/** Decodes a WAV upload to mono floats; null when it is not a WAV wavefile can read. */
function decodeWav(bytes: Uint8Array): { samples: Float32Array; rate: number } | null {
  try {
    const wav = new wavefile.WaveFile();
    wav.fromBuffer(bytes);
    const fmt = wav.fmt as { sampleRate: number; numChannels: number; bitsPerSample: number };
    const raw = wav.getSamples(false, Float64Array) as unknown as Float64Array | Float64Array[];
    const channels = Array.isArray(raw) ? raw : [raw];
    const scale = fmt.bitsPerSample === 32 && (wav.fmt as { audioFormat: number }).audioFormat === 3
      ? 1
      : 2 ** (fmt.bitsPerSample - 1);
    const n = channels[0].length;
    const out = new Float32Array(n);
    for (const ch of channels) {
      for (let i = 0; i < n; i++) out[i] += ch[i] / scale / channels.length;
    }
    return { samples: out, rate: fmt.sampleRate };
  } catch {
    return null; // not a readable WAV: the caller answers like FastAPI does
  }
}

/** Finds tone bursts per speaker with Hann-windowed Goertzel filters over 20 ms blocks. */
function listen(samples: Float32Array, rate: number): Heard {
  const n = Math.max(8, Math.round(BLOCK_S * rate));
  const blocks = Math.floor(samples.length / n);
  const freqs = Array.from({ length: TONE_SPEAKERS }, (_, k) => toneHz(k))
    .filter((f) => f < rate / 2 - 100);
  const coeff = freqs.map((f) => 2 * Math.cos(2 * Math.PI * f / rate));
  const hann = Float32Array.from(
    { length: n },
    (_, i) => 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n),
  );
  const active: boolean[][] = freqs.map(() => new Array(blocks).fill(false));
  const speech = new Array(blocks).fill(false);
  for (let b = 0; b < blocks; b++) {
    const off = b * n;
    let energy = 0;
    for (let i = 0; i < n; i++) energy += samples[off + i] ** 2;
    const rms = Math.sqrt(energy / n);
    if (rms < TONE_THRESHOLD / 2) continue;
    const amps = coeff.map((c) => {
      let s1 = 0;
      let s2 = 0;
      for (let i = 0; i < n; i++) {
        const s0 = samples[off + i] * hann[i] + c * s1 - s2;
        s2 = s1;
        s1 = s0;
      }
      return 4 * Math.sqrt(Math.max(0, s1 * s1 + s2 * s2 - c * s1 * s2)) / n; // Hann gain 1/2
    });
    // Leakage of a loud tone into its neighbours stays under a tenth of it.
    const floor = Math.max(TONE_THRESHOLD, 0.1 * Math.max(...amps));
    let toneEnergy = 0;
    for (const a of amps) if (a > floor) toneEnergy += a * a / 2;
    if (rms > SPEECH_RMS && toneEnergy < 0.5 * rms * rms) {
      speech[b] = true; // broadband sound: real speech, not a tone speaker
      continue;
    }
    amps.forEach((a, k) => {
      if (a > floor) active[k][b] = true;
    });
  }
  const bursts: Burst[] = [];
  const runs = (flags: boolean[], speaker: number) => {
    let from = -1;
    for (let b = 0; b <= flags.length; b++) {
      if (b < flags.length && flags[b]) {
        if (from < 0) from = b;
      } else if (from >= 0) {
        // Blocks that straddle a burst edge splatter into other bins: ignore runs under 60 ms.
        if (b - from >= 3) bursts.push({ speaker, start: from * BLOCK_S, end: b * BLOCK_S });
        from = -1;
      }
    }
  };
  active.forEach((flags, k) => runs(flags, k));
  // Real speech pauses briefly between syllables: bridge gaps under 100 ms into one word.
  const bridged = speech.slice();
  for (let b = 1; b < blocks; b++) {
    if (!bridged[b] && bridged[b - 1]) {
      let j = b;
      while (j < blocks && !speech[j] && j - b < 5) j++;
      if (j < blocks && speech[j]) { for (let x = b; x < j; x++) bridged[x] = true; }
    }
  }
  runs(bridged, -1);
  bursts.sort((a, b) => a.start - b.start || a.speaker - b.speaker);
  return { duration: samples.length / rate, bursts };
}

const grid = (t: number) => Math.round(t / FRAME_S) * FRAME_S;
const round3 = (t: number) => Math.round(t * 1000) / 1000;

interface FakeWord {
  word: string;
  start: number;
  end: number;
}

function wordsOf(heard: Heard): FakeWord[] {
  const out: FakeWord[] = [];
  for (const b of heard.bursts) {
    const frames = Math.round((b.end - b.start) / FRAME_S);
    if (frames < 1) continue;
    const start = round3(grid(b.start));
    // One-frame words come back zero-length, as parakeet's TDT often does.
    const end = frames === 1 ? start : round3(grid(b.end));
    out.push({ word: b.speaker < 0 ? "speech" : toneWord(b.speaker, frames), start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function segmentsOf(words: FakeWord[]): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  let cur: FakeWord[] = [];
  const flush = () => {
    if (cur.length === 0) return;
    out.push({
      start: cur[0].start,
      end: cur[cur.length - 1].end,
      text: cur.map((w) => w.word).join(" "),
    });
    cur = [];
  };
  for (const w of words) {
    const prev = cur[cur.length - 1];
    if (prev && w.start - prev.end > 0.8) flush();
    cur.push(w);
    if (w.word.endsWith(".")) flush();
  }
  flush();
  return out;
}

function granularities(form: FormData): Set<string> {
  const out = new Set<string>();
  for (const key of ["timestamp_granularities[]", "timestamp_granularities"]) {
    for (const v of form.getAll(key)) {
      const s = String(v).trim();
      const items = s.startsWith("[") ? (JSON.parse(s) as string[]) : s.split(",");
      for (const i of items) if (i.trim()) out.add(i.trim());
    }
  }
  return out;
}

function srtTime(t: number, sep: string): string {
  const ms = Math.round(t * 1000);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(Math.floor(ms / 3600000))}:${p(Math.floor(ms / 60000) % 60)}:${
    p(Math.floor(ms / 1000) % 60)
  }${sep}${p(ms % 1000, 3)}`;
}

function transcriptBody(
  profile: string,
  heard: Heard,
  format: string,
  grains: Set<string>,
): Response {
  const words = wordsOf(heard);
  const segments = segmentsOf(words);
  const text = words.map((w) => w.word).join(" ");
  const duration = round3(heard.duration);
  if (format === "text") {
    return new Response(text + "\n", { headers: { "content-type": "text/plain" } });
  }
  if (format === "srt" || format === "vtt") {
    const sep = format === "srt" ? "," : ".";
    const cues = segments.map((s, i) =>
      `${format === "srt" ? `${i + 1}\n` : ""}${srtTime(s.start, sep)} --> ${
        srtTime(s.end, sep)
      }\n${s.text}\n`
    ).join("\n");
    return new Response(format === "vtt" ? `WEBVTT\n\n${cues}` : cues, {
      headers: { "content-type": "text/plain" },
    });
  }
  if (profile === "nemo") {
    return json({
      text,
      timestamps: {
        word: words.map((w) => ({
          ...w,
          start_offset: Math.round(w.start / FRAME_S),
          end_offset: Math.round(w.end / FRAME_S),
        })),
        segment: segments.map((s) => ({ segment: s.text, start: s.start, end: s.end })),
        char: [],
      },
    });
  }
  if (profile === "degraded") {
    return json({
      text,
      language: "english",
      duration: null,
      segments: [{ id: 0, start: 0.0, end: 0.0, text }],
      model: ASR_MODEL,
      created: 1_700_000_000,
    });
  }
  if (profile === "openai") {
    if (format === "json" && grains.size > 0) {
      return json({
        error: {
          message: "timestamp_granularities requires response_format=verbose_json",
          type: "invalid_request_error",
          param: "timestamp_granularities",
          code: null,
        },
      }, 400);
    }
    if (format === "json") return json({ text });
    const withWords = grains.has("word");
    const withSegments = grains.has("segment") || !withWords;
    return json({
      task: "transcribe",
      language: "english",
      duration,
      text,
      ...(withWords ? { words: words.map((w) => ({ ...w, word: ` ${w.word}` })) } : {}),
      ...(withSegments
        ? {
          segments: segments.map((s, id) => ({
            id,
            seek: 0,
            ...s,
            tokens: [],
            temperature: 0,
            avg_logprob: -0.1,
            compression_ratio: 1,
            no_speech_prob: 0.01,
          })),
        }
        : {}),
    });
  }
  // spark: bare tokens, language code, everything.
  if (format === "json") return json({ text });
  return json({
    language: "en",
    duration,
    text,
    words,
    segments: segments.map((s, id) => ({ id, ...s })),
  });
}

function spell(style: LabelStyle, i: number): string {
  if (style === "speaker_0") return `speaker_${i}`;
  if (style === "SPEAKER_00") return `SPEAKER_${String(i).padStart(2, "0")}`;
  return `Speaker_${i}`;
}

function hiddenVector(speaker: number, collision: number): number[] {
  const gauss = (rand: () => number) =>
    Math.sqrt(-2 * Math.log(rand() + 1e-12)) * Math.cos(2 * Math.PI * rand());
  const unit = (seed: number) => {
    const rand = seededRandom(seed);
    const v = Array.from({ length: FINGERPRINT_DIM }, () => gauss(rand));
    const norm = Math.hypot(...v);
    return v.map((x) => x / norm);
  };
  const own = unit(1000 + speaker);
  const shared = unit(999);
  return own.map((x, i) => (1 - collision) * x + collision * shared[i]);
}

function diarize(heard: Heard, knobs: ParakeetKnobs, seed: number, withFingerprints: boolean) {
  // Turns: each voice's bursts bridged over pauses ≤ 0.5 s.
  const turns: { voice: number; start: number; end: number }[] = [];
  const byVoice = new Map<number, Burst[]>();
  for (const b of heard.bursts) byVoice.set(b.speaker, [...(byVoice.get(b.speaker) ?? []), b]);
  for (const [voice, bursts] of byVoice) {
    let cur: { voice: number; start: number; end: number } | null = null;
    for (const b of bursts) {
      if (cur && b.start - cur.end <= 0.5) cur.end = b.end;
      else {
        if (cur) turns.push(cur);
        cur = { voice, start: b.start, end: b.end };
      }
    }
    if (cur) turns.push(cur);
  }
  turns.sort((a, b) => a.start - b.start);
  const labelOf = new Map<number, number>();
  const talk = new Map<number, Map<number, number>>();
  for (const t of turns) {
    if (!labelOf.has(t.voice)) labelOf.set(t.voice, Math.min(labelOf.size, 3));
    const label = labelOf.get(t.voice)!;
    const byV = talk.get(label) ?? new Map<number, number>();
    byV.set(t.voice, (byV.get(t.voice) ?? 0) + t.end - t.start);
    talk.set(label, byV);
  }
  const labels = [...new Set(turns.map((t) => labelOf.get(t.voice)!))];
  const segments = turns.map((t) => ({
    start: round3(grid(t.start)),
    end: round3(Math.max(grid(t.end), grid(t.start) + FRAME_S)),
    speaker: spell(knobs.labelStyle, labelOf.get(t.voice)!),
  }));
  const fingerprints: Record<string, number[]> = {};
  if (withFingerprints) {
    for (const label of labels) {
      const main = [...talk.get(label)!].sort((a, b) => b[1] - a[1])[0][0];
      const rand = seededRandom(seed + label * 7919);
      const v = hiddenVector(main < 0 ? 77 : main, knobs.collision);
      const noise = v.map(() => rand() - 0.5);
      const nn = Math.hypot(...noise) || 1;
      fingerprints[spell(knobs.labelStyle, label)] = v.map((x, i) =>
        Math.round((x + knobs.noise * noise[i] / nn) * 1e5) / 1e5
      );
    }
  }
  return {
    duration: round3(heard.duration),
    segments,
    speakers_detected: labels.map((l) => spell(knobs.labelStyle, l)),
    fingerprints,
  };
}

async function sha256(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Starts the fake parakeet (ASR + diarizer) on 127.0.0.1. */
export async function startFakeParakeet(opts: FakeParakeetOptions = {}): Promise<FakeParakeet> {
  const knobs: ParakeetKnobs = {
    wedged: false,
    labelStyle: "Speaker_0",
    collision: 0,
    longInput: "500",
    longInputS: 1500,
    noise: 0.4,
    ...opts.knobs,
  };
  const fixtures = new Map<string, { transcript?: unknown; diarization?: unknown }>();
  const cache = new Map<string, Heard | null>();
  let inFlight = 0;
  let maxInFlight = 0;

  const fastApiError = (status: number, detail: unknown, headers: HeadersInit = {}) =>
    json({ detail }, status, headers);

  async function handler(req: Request, svc: FakeService): Promise<Response> {
    const path = new URL(req.url).pathname;
    if (req.method === "GET" && (path === "/health" || path === "/healthz")) {
      return json({ status: "ok" });
    }
    const endpoint = path === "/v1/audio/transcriptions"
      ? "asr"
      : path === "/v1/audio/diarize-chunk"
      ? "chunk"
      : path === "/v1/audio/diarize"
      ? "diarize"
      : null;
    if (endpoint === null || req.method !== "POST") return fastApiError(404, "Not Found");
    if (Number(req.headers.get("content-length") ?? 0) > MAX_UPLOAD_BYTES) {
      await req.body?.cancel();
      return fastApiError(413, "File too large (limit 200 MB)");
    }
    if (inFlight > 0) {
      // The GPU FFT race: the real service answers 503 when a second request overlaps.
      svc.stats.busyRejected = (svc.stats.busyRejected ?? 0) + 1;
      await req.body?.cancel();
      return fastApiError(503, "Server busy, retry later", { "retry-after": "2" });
    }
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    svc.stats.maxInFlight = maxInFlight;
    try {
      return await serve(req, endpoint, svc);
    } finally {
      inFlight--;
    }
  }

  async function serve(
    req: Request,
    endpoint: "asr" | "chunk" | "diarize",
    svc: FakeService,
  ): Promise<Response> {
    let form: FormData;
    try {
      form = await req.formData();
    } catch {
      return fastApiError(422, [{ loc: ["body", "file"], msg: "field required", type: "missing" }]);
    }
    const file = form.get("file");
    if (!(file instanceof File)) {
      return fastApiError(422, [{ loc: ["body", "file"], msg: "field required", type: "missing" }]);
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes.length > MAX_UPLOAD_BYTES) return fastApiError(413, "File too large (limit 200 MB)");
    if (knobs.wedged) {
      return fastApiError(500, "CUDA error: an illegal memory access was encountered");
    }
    const hash = await sha256(bytes);
    const fixture = fixtures.get(hash);
    if (endpoint === "asr" && fixture?.transcript !== undefined) return json(fixture.transcript);
    if (endpoint !== "asr" && fixture?.diarization !== undefined) return json(fixture.diarization);
    let heard = cache.get(hash);
    if (heard === undefined) {
      const pcm = decodeWav(bytes);
      heard = pcm ? listen(pcm.samples, pcm.rate) : null;
      cache.set(hash, heard);
      if (cache.size > 256) cache.delete(cache.keys().next().value!);
    }
    if (heard === null) return fastApiError(415, "Could not decode audio file");
    if (heard.duration > knobs.longInputS) {
      if (knobs.longInput === "hang") {
        await delay(2 ** 31 - 1, req.signal, svc.closing);
        return fastApiError(504, "timeout");
      }
      return fastApiError(500, "CUDA out of memory. Tried to allocate 12.00 GiB");
    }
    if (endpoint === "asr") {
      const format = String(form.get("response_format") ?? "json");
      let grains: Set<string>;
      try {
        grains = granularities(form);
      } catch {
        return fastApiError(422, "timestamp_granularities is not a list");
      }
      return transcriptBody(svc.profile, heard, format, grains);
    }
    const seed = parseInt(hash.slice(0, 8), 16);
    const d = diarize(heard, knobs, seed, endpoint === "chunk");
    if (endpoint === "diarize") {
      return json({
        duration: d.duration,
        segments: d.segments,
        speakers_detected: d.speakers_detected,
        models: { diarization: DIAR_MODELS.diarization },
      });
    }
    return json({
      duration: d.duration,
      segments: d.segments.map((s) => ({ start_s: s.start, end_s: s.end, speaker: s.speaker })),
      speakers_detected: d.speakers_detected,
      fingerprints: d.fingerprints,
      models: DIAR_MODELS,
    });
  }

  const svc = await startFakeService("parakeet", handler, {
    ...opts,
    profile: opts.profile ?? "spark",
    async control(req, path) {
      if (path === "/__sim/parakeet" && req.method === "POST") {
        Object.assign(knobs, await req.json());
        return json({ ok: true, knobs });
      }
      if (path === "/__sim/parakeet" && req.method === "GET") {
        return json({ knobs, inFlight, maxInFlight, fixtures: fixtures.size });
      }
      if (path === "/__sim/fixtures" && req.method === "POST") {
        const body = await req.json() as {
          sha256: string;
          transcript?: unknown;
          diarization?: unknown;
        };
        fixtures.set(body.sha256.toLowerCase(), body);
        return json({ ok: true });
      }
      return opts.control ? await opts.control(req, path) : null;
    },
  }) as FakeParakeet;
  svc.knobs = knobs;
  svc.fixtures = fixtures;
  Object.defineProperty(svc, "inFlight", { get: () => inFlight });
  Object.defineProperty(svc, "maxInFlight", { get: () => maxInFlight });
  return svc;
}

/** SHA-256 (hex) of audio bytes, the key of {@link FakeParakeet.fixtures}. */
export function audioHash(bytes: Uint8Array): Promise<string> {
  return sha256(bytes);
}

if (import.meta.main) {
  await runAsMain((o) =>
    startFakeParakeet({
      ...o,
      knobs: o.extra?.["label-style"] ? { labelStyle: o.extra["label-style"] as LabelStyle } : {},
    })
  );
}
