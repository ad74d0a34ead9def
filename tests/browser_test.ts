import { deepEqual, equal, match } from "node:assert/strict";
import { createApp } from "../app.ts";
import { fakeDeps } from "./fakes.ts";
import { collectErrors, launchBrowser, serveApp } from "./_browser.ts";
import { hasChromium } from "./_prereq.ts";

Deno.test({
  name: "dashboard hydrates its islands in Chromium with no console errors",
  ignore: !hasChromium(),
  sanitizeResources: false, // playwright keeps a pipe to Chromium until browser.close() settles
  sanitizeOps: false,
  async fn() {
    const deps = fakeDeps();
    await using served = serveApp(createApp(deps));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${served.url}/`);
      // The island turns "Connecting…" into "Live" only once hydrated and its EventSource opened.
      await page.locator('.live-status[data-state="live"]').waitFor({ timeout: 15_000 });
      // A published event reaches the island through /api/events.
      deps.events.publish("service", { id: "vllm", state: "up" });
      await page.locator(".live-status .muted").waitFor({ timeout: 15_000 });
      match(await page.locator(".live-status").innerText(), /last update/);
      equal(await page.locator('[data-testid="not-configured"]').isVisible(), true);
      deepEqual(errors, []);
    } finally {
      await browser.close();
      deps.events.close();
      await deps.close();
    }
  },
});
