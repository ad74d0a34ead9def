import type { Context } from "hono";
import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** A page layout: receives the page title and body. */
export type LayoutComponent = (
  props: { title: string; children: ComponentChildren },
) => preact.JSX.Element;

/** Renders a page inside `layout` as a complete HTML document. */
export function renderPage(
  c: Context,
  layout: LayoutComponent,
  page: { title: string; body: ComponentChildren; status?: ContentfulStatusCode },
): Response {
  const Layout = layout;
  const html = "<!doctype html>" + renderToString(<Layout title={page.title}>{page.body}</Layout>);
  return c.html(html, page.status ?? 200);
}
