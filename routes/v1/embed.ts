import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { embeddings, rerank } from "../../lib/gateway/mod.ts";
import { validate } from "../../lib/http/validation.ts";

const EmbeddingsBody = z.looseObject({
  input: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(2048)]),
  model: z.string().min(1).max(256).optional(),
  encoding_format: z.enum(["float", "base64"]).optional(),
});

const RerankBody = z.looseObject({
  query: z.string().min(1),
  documents: z.array(z.string()).min(1).max(1000),
  model: z.string().min(1).max(256).optional(),
  top_n: z.number().int().min(1).optional(),
  return_documents: z.boolean().optional(),
  normalize: z.boolean().optional().describe("Adds `normalized_score` = sigmoid(logit), 0..1"),
});

const RerankQuery = z.object({
  normalize: z.enum(["true", "false", "1", "0"]).optional().describe(
    "Same as the body field `normalize`",
  ),
});

const ERRORS = {
  400: { description: "Invalid request" },
  502: { description: "spark-embed failed (`source: upstream:embed`)" },
  503: { description: "Queue full or embed not configured; see Retry-After" },
};

/** `/v1/embeddings` and `/v1/rerank`: spark-embed (bge-m3, bge-reranker-v2-m3). */
export function embedApi(deps: Deps): Hono {
  const app = new Hono();
  const client = (raw: Request) => ({ headers: raw.headers, signal: raw.signal });

  app.post(
    "/embeddings",
    describeRoute({
      tags: ["embeddings"],
      summary: "Dense embeddings (bge-m3, 1024-d, L2-normalised)",
      responses: { 200: { description: "OpenAI embeddings list" }, ...ERRORS },
    }),
    validate("json", EmbeddingsBody),
    async (c) => c.json(await embeddings(deps, client(c.req.raw), c.req.valid("json"))),
  );

  app.post(
    "/rerank",
    describeRoute({
      tags: ["embeddings"],
      summary: "Rerank documents against a query",
      description:
        "`relevance_score` is the reranker's raw logit (can be negative). With `normalize=true` each result also gets `normalized_score`, its sigmoid in 0..1.",
      responses: { 200: { description: '`{object: "rerank.result", model, results}`' }, ...ERRORS },
    }),
    validate("query", RerankQuery),
    validate("json", RerankBody),
    async (c) => {
      const { normalize: bodyFlag, ...body } = c.req.valid("json");
      const queryFlag = c.req.valid("query").normalize;
      const normalize = bodyFlag === true || queryFlag === "true" || queryFlag === "1";
      return c.json(await rerank(deps, client(c.req.raw), body, { normalize }));
    },
  );

  return app;
}
