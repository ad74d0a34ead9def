import { Hono } from "hono";
import { describeRoute } from "hono-openapi";
import { z } from "zod";
import type { Deps } from "../lib/deps.ts";
import { validate } from "../lib/http/validation.ts";
import { TYPE_NAME_REGEXP } from "../lib/redact/mod.ts";

const Known = z.union([
  z.string().min(1).max(500),
  z.object({
    value: z.string().min(1).max(500),
    type: z.string().regex(TYPE_NAME_REGEXP, "type must be upper-case letters and digits")
      .optional(),
  }),
]);

// The text limit itself is checked by the redactor (413, not 400); the body limit caps the rest.
const ScrubBody = z.object({
  text: z.string(),
  handle: z.string().max(64).optional(),
  known: z.array(Known).max(1000).optional(),
  allow: z.array(z.string().min(1).max(200)).max(1000).optional(),
});

const RehydrateBody = z.object({
  text: z.string(),
  handle: z.string().max(64),
  strict: z.boolean().optional(),
});

/** The caller's identity for handle binding: a hash of its bearer token when tokens are on. */
async function ownerOf(deps: Deps, authorization: string | undefined): Promise<string | null> {
  if (deps.config.get().auth.apiTokens.length === 0) return null;
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? "")?.[1]?.trim() ?? "";
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** `POST /scrub` and `POST /rehydrate`: the redaction gateway. */
export function scrubRoutes(deps: Deps): Hono {
  const app = new Hono();

  app.post(
    "/scrub",
    describeRoute({
      tags: ["redaction"],
      summary: "Mask people, contacts, numbers and addresses before text leaves the LAN",
    }),
    validate("json", ScrubBody),
    async (c) => {
      const body = c.req.valid("json");
      const known = (body.known ?? []).map((k) => typeof k === "string" ? { value: k } : k);
      const owner = await ownerOf(deps, c.req.header("authorization"));
      const result = await deps.redact.scrub({ ...body, known }, owner);
      return c.json(result);
    },
  );

  app.post(
    "/rehydrate",
    describeRoute({
      tags: ["redaction"],
      summary: "Put the original values back into a model's answer",
    }),
    validate("json", RehydrateBody),
    async (c) => {
      const owner = await ownerOf(deps, c.req.header("authorization"));
      return c.json(await deps.redact.rehydrate(c.req.valid("json"), owner));
    },
  );

  return app;
}
