/**
 * Browser tests: Debian's Chromium driven by playwright-core, against the
 * app served on 127.0.0.1. The flags keep Chromium off the network (this
 * machine has none) and quiet.
 */
import { type Browser, chromium, type Page } from "playwright-core";
import type { Hono } from "hono";
import { CHROMIUM_PATH } from "./_prereq.ts";

/** Launches headless Chromium with no network side traffic. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}

/** An app served on a free loopback port for a browser to visit. */
export interface ServedApp extends AsyncDisposable {
  url: string;
  server: Deno.HttpServer<Deno.NetAddr>;
}

/** Serves `app` on 127.0.0.1 with a free port. */
export function serveApp(app: Hono): ServedApp {
  const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, app.fetch);
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    server,
    [Symbol.asyncDispose]: () => server.shutdown(),
  };
}

/** Collects console errors and page errors of `page`, for "no console errors" checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/** Folder where browser tests save screenshots (ignored by git). */
export const ARTIFACTS_DIR = new URL("./.artifacts/", import.meta.url);
