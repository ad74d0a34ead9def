import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { validate } from "../../lib/http/validation.ts";
import { canonicalLabel, mergeLabels } from "../../lib/speech/mod.ts";

const Time = z.number().min(0).max(1e6);
const WordIn = z.object({
  word: z.string().max(1000),
  start: Time,
  end: Time,
  mic_db: z.number().optional(),
  system_db: z.number().optional(),
});
const TurnIn = z.object({
  start: Time.optional(),
  end: Time.optional(),
  start_s: Time.optional(),
  end_s: Time.optional(),
  speaker: z.string().min(1).max(200),
}).refine((t) => (t.start ?? t.start_s) !== undefined && (t.end ?? t.end_s) !== undefined, {
  message: "each segment needs start/end (or start_s/end_s)",
});
const Span = z.object({ start: Time, end: Time });

/** Body of `POST /v1/label-merge`. */
const LabelMergeBody = z.object({
  words: z.array(WordIn).max(500_000),
  segments: z.array(TurnIn).max(100_000),
  timeline: z.array(
    Span.extend({ name: z.string().max(200), confidence: z.number().min(0).max(1).optional() }),
  ).max(100_000).optional(),
  mic_words: z.array(WordIn).max(500_000).optional(),
  self_name: z.string().max(200).optional(),
  self_vad: z.array(Span).max(100_000).optional(),
  include_words: z.boolean().optional(),
});

/** `POST /v1/label-merge`: the pure label merge over JSON (no audio). */
export function labelMergeApi(_deps: Deps): Hono {
  const app = new Hono();
  app.post(
    "/label-merge",
    describeRoute({
      tags: ["audio"],
      summary: "Merge ASR words and diarizer turns into speaker-attributed blocks",
    }),
    validate("json", LabelMergeBody),
    (c) => {
      const body = c.req.valid("json");
      const result = mergeLabels({
        words: body.words,
        turns: body.segments.map((t) => ({
          start: (t.start ?? t.start_s)!,
          end: (t.end ?? t.end_s)!,
          speaker: canonicalLabel(t.speaker),
        })),
        timeline: body.timeline,
        dual: body.mic_words
          ? {
            micWords: body.mic_words.map((w) => ({
              word: w.word,
              start: w.start,
              end: w.end,
              micDb: w.mic_db,
              systemDb: w.system_db,
            })),
            selfName: body.self_name ?? "Me",
            selfVad: body.self_vad,
          }
          : undefined,
      });
      return c.json({
        speakers_detected: result.speakers,
        segments: result.segments,
        ...(body.include_words ? { words: result.words } : {}),
      });
    },
  );
  return app;
}
