import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../../lib/deps.ts";
import { validate } from "../../lib/http/validation.ts";

// Names are checked again by lib/swap's validators; the schema gives a clear 400 first.
const SwapBody = z.object({
  recipe: z.string().min(1).max(200),
  solo: z.boolean().optional(),
  skipDrain: z.boolean().optional(),
  overrides: z.object({
    port: z.number().int().min(1024).max(65535).optional(),
    gpuMemoryUtilization: z.number().min(0.05).max(0.95).optional(),
    maxModelLen: z.number().int().min(16).max(4_194_304).optional(),
  }).strict().optional(),
  extraArgs: z.array(
    z.object({
      flag: z.string().min(1).max(64),
      value: z.union([z.string().max(200), z.number(), z.boolean()]).optional(),
    }).strict(),
  ).max(32).optional(),
}).strict();

const SwapId = z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "not a swap id") });
const FixBody = z.object({ problem: z.enum(["orphan_container", "foreign_process"]) }).strict();
const ListQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) });

/** Recipes and model swaps, mounted at `/api`. */
export function swapApi(deps: Deps): Hono {
  const app = new Hono();

  app.get(
    "/recipes",
    describeRoute({ tags: ["swap"], summary: "Recipes on the head node, with their swap history" }),
    async (c) => c.json(await deps.swap.recipes()),
  );

  app.post(
    "/swap",
    describeRoute({
      tags: ["swap"],
      summary: "Start a model swap (202 with its id; 409 while another runs)",
    }),
    validate("json", SwapBody),
    async (c) => {
      const view = await deps.swap.start(c.req.valid("json"));
      c.header("Location", `/api/swap/${view.id}`);
      return c.json(view, 202);
    },
  );

  app.get(
    "/swap/status",
    describeRoute({ tags: ["swap"], summary: "The running swap, what serves, and discovery" }),
    (c) => c.json(deps.swap.status()),
  );

  app.post(
    "/swap/discover",
    describeRoute({ tags: ["swap"], summary: "Look again at what runs on the head node" }),
    async (c) => {
      await deps.swap.discover();
      return c.json(deps.swap.status());
    },
  );

  app.post(
    "/swap/fix",
    describeRoute({
      tags: ["swap"],
      summary: "One-click fix: stop an empty vLLM container or a program squatting on the port",
    }),
    validate("json", FixBody),
    async (c) => {
      await deps.swap.fix(c.req.valid("json").problem);
      return c.json(deps.swap.status());
    },
  );

  app.get(
    "/swap/:id",
    describeRoute({ tags: ["swap"], summary: "One swap: state, progress, transitions, log tails" }),
    validate("param", SwapId),
    (c) => c.json(deps.swap.get(c.req.valid("param").id)),
  );

  app.post(
    "/swap/:id/cancel",
    describeRoute({ tags: ["swap"], summary: "Cancel a swap before its launch (409 after)" }),
    validate("param", SwapId),
    (c) => c.json(deps.swap.cancel(c.req.valid("param").id)),
  );

  app.get(
    "/swaps",
    describeRoute({ tags: ["swap"], summary: "Swap history, newest first" }),
    validate("query", ListQuery),
    (c) => c.json({ swaps: deps.swap.list(c.req.valid("query").limit) }),
  );

  return app;
}
