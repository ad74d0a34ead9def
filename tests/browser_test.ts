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
      // "last update" appears once the snapshot has arrived, and the server subscribes this
      // stream to the bus before it writes the snapshot: an event published now reaches it.
      await page.locator(".live-status .muted").waitFor({ timeout: 15_000 });
      // A service event reaches the islands through /api/events: the tile turns red and the
      // summary says so, in words.
      const vllm = deps.monitor.services().find((s) => s.id === "spark1/vllm")!;
      deps.events.publish("service", {
        ...vllm,
        status: {
          ...vllm.status,
          state: "down",
          why: "not accepting connections (connection refused)",
        },
      });
      await page.locator('[data-service="spark1/vllm"][data-state="down"]').waitFor({
        timeout: 15_000,
      });
      match(await page.getByTestId("services-summary").innerText(), /1 service needs attention/);
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
