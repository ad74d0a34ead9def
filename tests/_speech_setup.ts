/** Shared setup of the speech app tests: a fake parakeet and an app pointed at it. */
import type { Hono } from "hono";
import { createApp } from "../app.ts";
import type { Deps } from "../lib/deps.ts";
import { systemClock } from "../lib/clock.ts";
import { type Config } from "../lib/config/mod.ts";
import { render, toWav, type Utterance } from "./fixtures/speech_audio.ts";
import { fakeDeps } from "./fakes.ts";
import {
  type FakeParakeet,
  type FakeParakeetOptions,
  startFakeParakeet,
} from "./sim/services/parakeet.ts";

/** A running app + fake parakeet; `close()` stops both. */
export interface SpeechRig {
  app: Hono;
  deps: Deps;
  fake: FakeParakeet;
  /** POSTs a multipart form to the app. */
  post(
    path: string,
    fields: Record<string, string | Uint8Array | string[] | undefined>,
  ): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the rig; `configure` can tweak the config (e.g. `speech.longAudioS`). */
export async function speechRig(
  opts: FakeParakeetOptions & { configure?: (c: Config) => void } = {},
): Promise<SpeechRig> {
  const fake = await startFakeParakeet(opts);
  const deps = fakeDeps({
    fetch: globalThis.fetch,
    // Real time: upstream timeouts (minutes) never fire during a test, and nothing sleeps.
    clock: systemClock,
    configure: (c) => {
      const spark2 = c.hosts.find((h) => h.id === "spark2")!;
      spark2.address = "127.0.0.1";
      spark2.services.find((s) => s.kind === "asr")!.port = fake.port;
      opts.configure?.(c);
    },
  });
  const app = createApp(deps);
  return {
    app,
    deps,
    fake,
    async post(path, fields) {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) {
        if (v === undefined) continue;
        if (v instanceof Uint8Array) {
          form.set(k, new File([v as Uint8Array<ArrayBuffer>], `${k}.wav`));
        } else if (Array.isArray(v)) {
          for (const item of v) form.append(k, item);
        } else {
          form.set(k, v);
        }
      }
      return await app.request(`http://localhost${path}`, { method: "POST", body: form });
    },
    async close() {
      await deps.close();
      await fake.close();
    },
  };
}

/** A short tone-coded conversation as WAV, with its truth. */
export function shortMeeting(utterances: Utterance[], durationS: number, sampleRate = 4000) {
  const r = render(utterances, { durationS, sampleRate });
  return { wav: toWav(r.samples, r.sampleRate), truth: r.truth };
}
