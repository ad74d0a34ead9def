import { equal, match } from "node:assert/strict";
import { createApp } from "../app.ts";
import { FakeClock, fakeDeps, FakeRunner } from "./fakes.ts";
import { ARTIFACTS_DIR, collectErrors, launchBrowser, serveApp } from "./_browser.ts";
import { hasChromium } from "./_prereq.ts";

const HEAD = await Deno.readTextFile(
  new URL("../lib/cluster/testdata/telemetry_head.txt", import.meta.url),
);
// GB10 reports [N/A] for power and clocks on some drivers; those must read "n/a", never 0.
const NA_GPU = HEAD.replace(
  /^NVIDIA GB10, .*$/m,
  "NVIDIA GB10, 12, 48, [N/A], [N/A], [N/A], [N/A], 580.95.05",
);

Deno.test({
  name: "hardware cards show real readings, n/a for unreported GB10 fields, and fit 390 px",
  ignore: !hasChromium(),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    let util = 20;
    const runner = new FakeRunner((call) =>
      call.hostId === "spark1" ? HEAD.replace(/GB10, 87,/, `GB10, ${util},`) : NA_GPU
    );
    // The page compares times with the browser's clock: start the fake one at real time.
    const clock = new FakeClock(Date.now());
    const deps = fakeDeps({
      runner,
      clock,
      configure(c) {
        c.hosts.forEach((h, i) => {
          h.address = `192.0.2.${10 + i}`;
          h.sshUser = "spark";
        });
      },
    });
    // A few polls give the sparklines a line to draw; the last reading is 87 %.
    for (util of [20, 45, 70, 87]) {
      await deps.monitor.pollHardwareOnce();
      await clock.advance(5_000);
    }
    await using served = serveApp(createApp(deps));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${served.url}/`);
      await page.locator('.live-status[data-state="live"]').waitFor({ timeout: 15_000 });
      const one = page.locator('[data-host="spark1"]');
      const two = page.locator('[data-host="spark2"]');
      equal(await one.locator('[data-field="gpu-util"]').innerText(), "87 %");
      equal(await one.locator('[data-field="gpu-power"]').innerText(), "41.3 W");
      equal(await two.locator('[data-field="gpu-power"]').innerText(), "n/a");
      equal(await two.locator('[data-field="gpu-clock"]').innerText(), "n/a");
      match(await one.locator('[data-field="memory"]').innerText(), /GB free/);
      // The sparklines are drawn by the lazily loaded uPlot chunk.
      await one.locator(".sparkline canvas").first().waitFor({ timeout: 15_000 });
      await Deno.mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: new URL("dashboard-desktop.png", ARTIFACTS_DIR).pathname,
        fullPage: true,
      });

      await page.setViewportSize({ width: 390, height: 844 });
      const overflow = await page.evaluate(() =>
        document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      equal(overflow <= 0, true, `the page scrolls sideways by ${overflow} px at 390 px`);
      await page.screenshot({
        path: new URL("dashboard-phone.png", ARTIFACTS_DIR).pathname,
        fullPage: true,
      });
      equal(errors.length, 0, errors.join("\n"));
    } finally {
      await browser.close();
      await deps.close();
    }
  },
});
