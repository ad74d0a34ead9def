import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { validate } from "../../lib/http/validation.ts";
import type { QueryInput } from "../../lib/search/mod.ts";

const CreateBody = z.object({
  dense_name: z.string().optional().describe('Name of the dense vector (default "dense")'),
  sparse_name: z.string().optional().describe('Name of the sparse vector (default "sparse")'),
  distance: z.enum(["Cosine", "Dot"]).optional(),
  sparse_modifier: z.enum(["idf", "none"]).optional().describe(
    "`idf` for controller BM25 vectors (default)",
  ),
});

const DeleteQuery = z.object({
  confirm: z.enum(["true", "false", "1", "0"]).optional().describe(
    "Must be true: deleting removes every point",
  ),
});

const DocumentsBody = z.object({
  documents: z.array(z.object({
    id: z.union([z.string().min(1).max(256), z.number().int().min(0)]).optional().describe(
      "Your id; derived from the text when absent. Re-indexing the same id replaces its chunks",
    ),
    text: z.string().min(1).max(1_000_000),
    payload: z.record(z.string(), z.unknown()).optional(),
  })).min(1).max(2000),
});

const QueryFields = {
  limit: z.number().int().min(1).max(100).default(10),
  offset: z.number().int().min(0).max(1000).default(0),
  mode: z.enum(["hybrid", "dense", "sparse"]).default("hybrid"),
  filter: z.record(z.string(), z.unknown()).optional().describe(
    "A Qdrant filter (must/should/must_not/min_should; match, range, is_empty, is_null, has_id, nested)",
  ),
  fusion: z.enum(["rrf", "dbsf"]).optional(),
  rrf_k: z.number().int().min(1).max(1000).optional().describe(
    "RRF constant (Qdrant's default is 2; needs Qdrant ≥ 1.15)",
  ),
  weights: z.tuple([z.number().positive(), z.number().positive()]).optional().describe(
    "RRF weights for [dense, sparse] (Qdrant ≥ 1.15)",
  ),
  score_threshold: z.number().optional(),
  rerank: z.union([z.boolean(), z.number().int().min(1).max(200)]).optional().describe(
    "Rerank the top candidates with bge-reranker; a number sets how many",
  ),
};

const QueryBody = z.object({ query: z.string().min(1).max(8192), ...QueryFields });

/** The predecessor's `/api/search`: also takes `q` and `top_k`. */
const LegacyBody = z.object({
  query: z.string().min(1).max(8192).optional(),
  q: z.string().min(1).max(8192).optional(),
  top_k: z.number().int().min(1).max(100).optional(),
  ...QueryFields,
}).refine((b) => b.query !== undefined || b.q !== undefined, {
  message: "query is required",
  path: ["query"],
});

const LegacyQuery = z.object({
  q: z.string().min(1).max(8192),
  limit: z.coerce.number().int().min(1).max(100).default(10),
  mode: z.enum(["hybrid", "dense", "sparse"]).default("hybrid"),
});

const ERRORS = {
  400: { description: "Invalid input (bad collection name, bad filter key, bad body)" },
  404: { description: "No such collection" },
  503: { description: "Qdrant or spark-embed unreachable or busy; see Retry-After" },
};

function toInput(b: z.infer<typeof QueryBody>): QueryInput {
  return {
    query: b.query,
    limit: b.limit,
    offset: b.offset,
    mode: b.mode,
    filter: b.filter,
    fusion: b.fusion,
    rrfK: b.rrf_k,
    weights: b.weights,
    scoreThreshold: b.score_threshold,
    rerank: b.rerank,
  };
}

/** Hybrid search over Qdrant, mounted at /api/search. */
export function searchApi(deps: Deps): Hono {
  const app = new Hono();
  const tags = ["search"];

  app.get(
    "/collections",
    describeRoute({ tags, summary: "List Qdrant collections", responses: ERRORS }),
    async (c) => c.json({ collections: await deps.search.listCollections(c.req.raw.signal) }),
  );

  app.put(
    "/collections/:name",
    describeRoute({
      tags,
      summary: "Create a hybrid collection (1024-d dense + sparse BM25); 409 if it exists",
      responses: { 201: { description: "Created" }, 409: { description: "Exists" }, ...ERRORS },
    }),
    validate("json", CreateBody),
    async (c) => {
      const b = c.req.valid("json");
      const view = await deps.search.createCollection(c.req.param("name"), {
        denseName: b.dense_name,
        sparseName: b.sparse_name,
        distance: b.distance,
        sparseModifier: b.sparse_modifier,
      }, c.req.raw.signal);
      return c.json(view, 201);
    },
  );

  app.get(
    "/collections/:name",
    describeRoute({
      tags,
      summary: "A collection's size, vector layout and config",
      responses: ERRORS,
    }),
    async (c) =>
      c.json(await deps.search.describeCollection(c.req.param("name"), c.req.raw.signal)),
  );

  app.delete(
    "/collections/:name",
    describeRoute({
      tags,
      summary: "Delete a collection (needs ?confirm=true)",
      responses: ERRORS,
    }),
    validate("query", DeleteQuery),
    async (c) => {
      const confirm = c.req.valid("query").confirm;
      const name = c.req.param("name");
      await deps.search.deleteCollection(
        name,
        confirm === "true" || confirm === "1",
        c.req.raw.signal,
      );
      return c.json({ deleted: name });
    },
  );

  app.post(
    "/collections/:name/documents",
    describeRoute({
      tags,
      summary: "Index documents: chunk, embed, BM25, upsert (re-indexing an id replaces it)",
      responses: { 207: { description: "Some documents did not land; see `failed`" }, ...ERRORS },
    }),
    validate("json", DocumentsBody),
    async (c) => {
      const result = await deps.search.indexDocuments(
        c.req.param("name"),
        c.req.valid("json").documents,
        c.req.raw.signal,
      );
      return c.json(result, result.failed.length > 0 ? 207 : 200);
    },
  );

  app.delete(
    "/collections/:name/documents/:id",
    describeRoute({ tags, summary: "Remove every chunk of one document", responses: ERRORS }),
    async (c) => {
      const id = c.req.param("id");
      await deps.search.deleteDocument(c.req.param("name"), id, c.req.raw.signal);
      return c.json({ deleted: id });
    },
  );

  app.post(
    "/collections/:name/query",
    describeRoute({
      tags,
      summary: "Hybrid, dense or sparse query with optional rerank; scores explained",
      responses: ERRORS,
    }),
    validate("json", QueryBody),
    async (c) =>
      c.json(
        await deps.search.query(
          c.req.param("name"),
          toInput(c.req.valid("json")),
          c.req.raw.signal,
        ),
      ),
  );

  app.post(
    "/",
    describeRoute({
      tags,
      summary: "Hybrid search in the default collection (predecessor route)",
      responses: ERRORS,
    }),
    validate("json", LegacyBody),
    async (c) => {
      const b = c.req.valid("json");
      const input = toInput({ ...b, query: (b.query ?? b.q)!, limit: b.top_k ?? b.limit });
      return c.json(
        await deps.search.query(deps.search.defaultCollection, input, c.req.raw.signal),
      );
    },
  );

  app.get(
    "/",
    describeRoute({
      tags,
      summary: "Hybrid search in the default collection: ?q=…&limit=…",
      responses: ERRORS,
    }),
    validate("query", LegacyQuery),
    async (c) => {
      const q = c.req.valid("query");
      return c.json(
        await deps.search.query(
          deps.search.defaultCollection,
          { query: q.q, limit: q.limit, mode: q.mode },
          c.req.raw.signal,
        ),
      );
    },
  );

  return app;
}
