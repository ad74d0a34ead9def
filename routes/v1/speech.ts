import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { listVoices, synthesize } from "../../lib/gateway/mod.ts";
import { validate } from "../../lib/http/validation.ts";

/** Kokoro-FastAPI's speech request (CONTRACTS §8); Kokoro's extra fields pass through. */
const SpeechBody = z.looseObject({
  input: z.string().min(1).max(100_000),
  model: z.string().min(1).max(64).optional(),
  voice: z.string().min(1).max(256).optional(),
  response_format: z.enum(["mp3", "opus", "aac", "flac", "wav", "pcm"]).optional(),
  speed: z.number().min(0.25).max(4).optional(),
  stream: z.boolean().optional().describe(
    "Default true (Kokoro's default): audio is sent as it is made. false sends one complete file.",
  ),
});

const VoicesQuery = z.object({
  legacy: z.enum(["true", "false"]).optional().describe("true lists plain voice ids"),
});

/** `/v1/audio/speech` and `/v1/audio/voices`: Kokoro TTS behind its admission queue. */
export function speechApi(deps: Deps): Hono {
  const app = new Hono();

  app.post(
    "/speech",
    describeRoute({
      tags: ["audio"],
      summary: "Text to speech (Kokoro)",
      description:
        "Returns audio bytes (24 kHz mono). With `stream: false` the file is complete, with correct WAV sizes, or the call fails with 502.",
      responses: {
        200: { description: "Audio in the requested format (default mp3)" },
        400: { description: "Invalid request or unknown voice/model" },
        502: { description: "Kokoro failed (`source: upstream:tts`)" },
        503: { description: "Queue full or TTS not configured; see Retry-After" },
      },
    }),
    validate("json", SpeechBody),
    (c) =>
      synthesize(
        deps,
        { headers: c.req.raw.headers, signal: c.req.raw.signal },
        c.req.valid("json"),
      ),
  );

  app.get(
    "/voices",
    describeRoute({
      tags: ["audio"],
      summary: "Voices Kokoro offers",
      responses: {
        200: { description: "`{voices: [{id, name}]}` (or `{voices: [id]}` with legacy=true)" },
      },
    }),
    validate("query", VoicesQuery),
    async (c) => {
      const voices = await listVoices(deps, {
        headers: c.req.raw.headers,
        signal: c.req.raw.signal,
      });
      return c.json({
        voices: c.req.valid("query").legacy === "true" ? voices.map((v) => v.id) : voices,
      });
    },
  );

  return app;
}
