import { Hono } from "hono";
import { Fragment, type JSX } from "preact";
import { describeRoute, generateSpecs } from "hono-openapi";
import type { Deps } from "../lib/deps.ts";
import { renderPage } from "../lib/http/render.tsx";
import { Layout } from "./_layout.tsx";

/** The parts of an OpenAPI 3.1 document the reference page reads. */
interface OpenApiDocument {
  info: { title: string; version: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
}

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    description?: string;
    schema?: Schema;
  }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string }>;
}

type Schema = Record<string, unknown>;

const METHODS = ["get", "post", "put", "patch", "delete"];

/** Builds the OpenAPI document of `app` from its `describeRoute()` and `validate()` metadata. */
export async function openApiDocument(app: Hono, deps: Pick<Deps, "version">): Promise<unknown> {
  const doc = await generateSpecs(app, {
    documentation: {
      openapi: "3.1.0",
      info: {
        title: "spark-control",
        version: deps.version,
        description:
          "Controller and LAN API gateway for a DGX Spark cluster. `/v1` is OpenAI-compatible; its errors use the OpenAI envelope with a `source` field.",
      },
      servers: [{ url: "/", description: "This controller" }],
    },
    exclude: ["/openapi.json", "/docs", "/static/*"],
  });
  // OpenAPI needs at least one response per operation; routes that list none get the generic one.
  for (const item of Object.values(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Record<string, { responses?: Record<string, unknown> }>)[method];
      if (op && Object.keys(op.responses ?? {}).length === 0) {
        op.responses = {
          default: { description: "JSON answer; errors use the error envelope of the path" },
        };
      }
    }
  }
  return doc;
}

/** `/openapi.json` and `/docs`, generated from the routes of `app` and their zod schemas. */
export function openApiRoutes(app: Hono, deps: Deps): Hono {
  const routes = new Hono();
  let cached: Promise<unknown> | undefined;
  // Built on first request, when every route is mounted; the mount table does not change after.
  const document = () => cached ??= openApiDocument(app, deps);
  routes.get("/openapi.json", describeRoute({ hide: true }), async (c) => c.json(await document()));
  routes.get("/docs", describeRoute({ hide: true }), async (c) => {
    const doc = await document() as OpenApiDocument;
    return renderPage(c, Layout, { title: "API", body: <ApiReference doc={doc} /> });
  });
  return routes;
}

/** The whole reference: operations grouped by tag, rendered on the server (no CDN, no script). */
function ApiReference({ doc }: { doc: OpenApiDocument }) {
  const byTag = new Map<string, { path: string; method: string; op: Operation }[]>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? "other";
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ path, method, op });
    }
  }
  const tags = [...byTag.keys()].sort();
  return (
    <div class="api-ref">
      <section class="panel">
        <h1>API reference</h1>
        <p>{inlineCode(doc.info.description ?? "")}</p>
        <p class="muted">
          Version {doc.info.version}. Machine-readable:{" "}
          <a href="/openapi.json">/openapi.json</a>. Guide: <code>docs/API.md</code>{" "}
          in the repository.
        </p>
        <nav>
          {tags.map((t) => <a key={t} class="badge" href={`#tag-${t}`}>{t}</a>)}
        </nav>
      </section>
      {tags.map((tag) => (
        <section key={tag} class="panel" id={`tag-${tag}`}>
          <h2>{tag}</h2>
          {byTag.get(tag)!.map(({ path, method, op }) => (
            <OperationView key={`${method} ${path}`} path={path} method={method} op={op} />
          ))}
        </section>
      ))}
    </div>
  );
}

function OperationView({ path, method, op }: { path: string; method: string; op: Operation }) {
  const body = op.requestBody?.content;
  return (
    <details class="api-op" id={`${method}-${path}`}>
      <summary>
        <span class={`api-method api-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
        {op.summary ? <span class="muted">— {inlineCode(op.summary)}</span> : null}
      </summary>
      {op.description ? <p>{inlineCode(op.description)}</p> : null}
      {op.parameters?.length
        ? (
          <>
            <h4>Parameters</h4>
            <dl class="facts">
              {op.parameters.map((p) => (
                <Fragment key={`${p.in}:${p.name}`}>
                  <dt>
                    <code>{p.name}</code>{" "}
                    <span class="muted">({p.in}{p.required ? ", required" : ""})</span>
                  </dt>
                  <dd>
                    {schemaSummary(p.schema)} {inlineCode(p.description ?? "")}
                  </dd>
                </Fragment>
              ))}
            </dl>
          </>
        )
        : null}
      {body
        ? Object.entries(body).map(([type, media]) => (
          <Fragment key={type}>
            <h4>Request body ({type})</h4>
            <SchemaView schema={media.schema} />
          </Fragment>
        ))
        : null}
      {op.responses
        ? (
          <>
            <h4>Responses</h4>
            <dl class="facts">
              {Object.entries(op.responses).map(([status, r]) => (
                <Fragment key={status}>
                  <dt>{status}</dt>
                  <dd>{inlineCode(r.description ?? "")}</dd>
                </Fragment>
              ))}
            </dl>
          </>
        )
        : null}
    </details>
  );
}

/** Object schemas as a field list; anything else as a one-line summary. */
function SchemaView({ schema }: { schema: Schema | undefined }) {
  const props = schema?.properties as Record<string, Schema> | undefined;
  if (!props) return <p>{schemaSummary(schema)}</p>;
  const required = new Set((schema?.required as string[] | undefined) ?? []);
  return (
    <dl class="facts">
      {Object.entries(props).map(([name, s]) => (
        <Fragment key={name}>
          <dt>
            <code>{name}</code>
            {required.has(name) ? <span class="muted">required</span> : null}
          </dt>
          <dd>
            {schemaSummary(s)} {typeof s.description === "string" ? inlineCode(s.description) : ""}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * OpenAPI text is CommonMark: show its `inline code` as <code> instead of
 * literal backticks. Only backticks are handled (the summaries use nothing else).
 */
export function inlineCode(text: string): (string | JSX.Element)[] {
  return text.split(/`([^`]+)`/).map((part, i) => i % 2 === 1 ? <code key={i}>{part}</code> : part);
}

/** `string (1–512 chars)`, `"mp3" | "wav"`, `array of string`, … */
export function schemaSummary(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(union)) return union.map(schemaSummary).join(" or ");
  const type = schema.type;
  if (type === "array") return `array of ${schemaSummary(schema.items as Schema | undefined)}`;
  const bounds: string[] = [];
  if (typeof schema.minimum === "number") bounds.push(`≥ ${schema.minimum}`);
  if (typeof schema.maximum === "number" && schema.maximum < Number.MAX_SAFE_INTEGER) {
    bounds.push(`≤ ${schema.maximum}`);
  }
  if (typeof schema.maxLength === "number") bounds.push(`≤ ${schema.maxLength} chars`);
  const base = typeof type === "string" ? type : "object";
  return bounds.length ? `${base} (${bounds.join(", ")})` : base;
}
