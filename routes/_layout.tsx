import type { ComponentChildren } from "preact";

/** The page shell: header, navigation, the client bundle. */
export function Layout({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · spark-control</title>
        <link rel="stylesheet" href="/static/style.css" />
        <link rel="stylesheet" href="/static/uplot.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <script type="module" src="/static/client.js" defer />
      </head>
      <body>
        <header class="topbar">
          <a class="brand" href="/">spark-control</a>
          <nav>
            <a href="/">Dashboard</a>
            <a href="/settings">Settings</a>
            <a href="/docs">API</a>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
