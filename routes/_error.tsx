import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { renderPage } from "../lib/http/render.tsx";
import { Layout } from "./_layout.tsx";

/** The HTML error page for page routes (API routes answer JSON). */
export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <section class="panel error-page">
      <h1>{status === 404 ? "Page not found" : "Something went wrong"}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Back to the dashboard</a>
      </p>
    </section>
  );
}

/** Renders {@link ErrorPage}; server faults get a generic message, never internals. */
export function errorPage(c: Context, status: number, err: Error): Response {
  const message = status >= 500
    ? "The controller hit an internal error. The details are in its log."
    : err.message;
  return renderPage(c, Layout, {
    title: "Error",
    status: status as ContentfulStatusCode,
    body: <ErrorPage status={status} message={message} />,
  });
}
