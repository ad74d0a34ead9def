/**
 * Live check for the owner: `deno task e2e:live <audio-file>` runs the whole
 * speech pipeline against the configured real cluster and prints a readable
 * speaker-attributed transcript plus timings. Read-only: it only sends audio
 * to parakeet (transcribe, diarize); it never swaps, stops or restarts
 * anything. Not part of `deno task test`.
 *
 * Options: `--data <dir>` (config directory, default `./data`), `--self <name>`
 * with `--mic <file>` for a dual-channel run, `--words` to print word timings.
 */
import { createDeps } from "../lib/deps.ts";
import { createLogger } from "../lib/log.ts";
import { loadAudio, transcribeWithSpeakers } from "../lib/speech/mod.ts";

const args = [...Deno.args];
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const dataDir = flag("data") ?? "./data";
const mic = flag("mic");
const self = flag("self");
const showWords = args.includes("--words");
const file = args.find((a) => !a.startsWith("--"));
const out = (line: string) => Deno.stdout.writeSync(new TextEncoder().encode(line + "\n"));
if (!file) {
  out(
    "usage: deno task e2e:live <audio-file> [--mic <mic-file> --self <name>] [--data <dir>] [--words]",
  );
  Deno.exit(2);
}

const deps = await createDeps({
  dataDir,
  staticDir: "static",
  env: Deno.env.toObject(),
  log: createLogger("warn"),
});
const stop = deps.events.subscribe((e) => {
  if (e?.type === "speech") out(`  progress ${JSON.stringify(e.data)}`);
});
try {
  const t0 = performance.now();
  const audio = await loadAudio(await Deno.readFile(file), deps.audioDecoder);
  const micAudio = mic ? await loadAudio(await Deno.readFile(mic), deps.audioDecoder) : undefined;
  out(
    `audio: ${audio.format}, ${audio.duration?.toFixed(1) ?? "?"} s${
      micAudio ? " + mic channel" : ""
    }`,
  );
  const result = await transcribeWithSpeakers(
    deps,
    { headers: new Headers(), signal: AbortSignal.timeout(6 * 3600_000) },
    { audio, mic: micAudio, selfName: self, includeWords: showWords },
  );
  const took = (performance.now() - t0) / 1000;
  out(`\n${result.speakers_detected.length} speakers: ${result.speakers_detected.join(", ")}`);
  out(`models: ${JSON.stringify(result.models)}\n`);
  const ts = (ms: number) => new Date(ms).toISOString().slice(11, 19);
  for (const s of result.segments) {
    out(`[${ts(s.start_ms)}–${ts(s.end_ms)}] ${s.speaker}${s.source ? " (mic)" : ""}: ${s.text}`);
  }
  if (showWords) {
    for (const w of result.words ?? []) out(`  ${w.start.toFixed(2)} ${w.speaker}: ${w.word}`);
  }
  const rtf = result.duration ? took / result.duration : NaN;
  out(
    `\ntook ${took.toFixed(1)} s for ${result.duration?.toFixed(1)} s of audio (real-time factor ${
      rtf.toFixed(3)
    })`,
  );
} finally {
  stop();
  await deps.close();
}
