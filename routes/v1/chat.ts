import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { listModels, proxyCompletion } from "../../lib/gateway/mod.ts";
import { validate } from "../../lib/http/validation.ts";

const Message = z.looseObject({
  role: z.string().min(1),
  content: z.unknown().optional(),
});

/** An OpenAI chat request; fields vLLM adds (top_k, chat_template_kwargs, …) pass through. */
export const ChatBody = z.looseObject({
  model: z.string().min(1).max(512),
  messages: z.array(Message).min(1),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().min(1).optional(),
  temperature: z.number().min(0).max(2).optional(),
});

/** An OpenAI (legacy) text completion request. */
export const CompletionBody = z.looseObject({
  model: z.string().min(1).max(512),
  prompt: z.union([z.string(), z.array(z.string()), z.array(z.number().int())]),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().min(1).optional(),
});

const ERRORS = {
  400: { description: "Invalid request (OpenAI error envelope)" },
  502: { description: "vLLM failed (`source: upstream:vllm`)" },
  503: { description: "Queue full, model loading or vLLM not configured; see Retry-After" },
  504: { description: "vLLM did not answer in time" },
};

/** `/v1/models`, `/v1/chat/completions`, `/v1/completions`: vLLM behind the admission queue. */
export function chatApi(deps: Deps): Hono {
  const app = new Hono();
  const client = (raw: Request) => ({ headers: raw.headers, signal: raw.signal });

  app.get(
    "/models",
    describeRoute({
      tags: ["llm"],
      summary: "Models served by vLLM",
      responses: { 200: { description: '`{object: "list", data: [...]}`' }, ...ERRORS },
    }),
    (c) => listModels(deps, client(c.req.raw)),
  );

  app.post(
    "/chat/completions",
    describeRoute({
      tags: ["llm"],
      summary: "Chat completion (streamed as SSE with `stream: true`)",
      description:
        "OpenAI-compatible. Both `reasoning` and `reasoning_content` are present on messages and deltas that carry reasoning.",
      responses: {
        200: { description: "A chat completion or an SSE stream of chunks" },
        ...ERRORS,
      },
    }),
    validate("json", ChatBody),
    async (c) =>
      proxyCompletion(deps, client(c.req.raw), {
        path: "/v1/chat/completions",
        body: c.req.valid("json"),
        // The validator parsed this text (Hono caches it): forward it instead of re-serialising.
        raw: await c.req.text(),
      }),
  );

  app.post(
    "/completions",
    describeRoute({
      tags: ["llm"],
      summary: "Text completion (streamed as SSE with `stream: true`)",
      responses: { 200: { description: "A completion or an SSE stream" }, ...ERRORS },
    }),
    validate("json", CompletionBody),
    async (c) =>
      proxyCompletion(deps, client(c.req.raw), {
        path: "/v1/completions",
        body: c.req.valid("json"),
        // The validator parsed this text (Hono caches it): forward it instead of re-serialising.
        raw: await c.req.text(),
      }),
  );

  return app;
}
