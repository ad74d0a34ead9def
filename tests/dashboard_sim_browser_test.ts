/**
 * The dashboard in Chromium against the simulated cluster, wired like
 * `deno task demo`: real SSH to the fake Sparks, real probes of the fake
 * services. Every wait is on DOM state; nothing sleeps.
 */
import { equal, match, ok } from "node:assert/strict";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ARTIFACTS_DIR, collectErrors, launchBrowser } from "./_browser.ts";
import { hasChromium } from "./_prereq.ts";
import { type SimCluster, startSimCluster } from "./sim/cluster.ts";
import { startSimController } from "./sim/controller.ts";

/** Generous: a loaded CI machine may be slow, and nothing here measures time. */
const WAIT = { timeout: 20_000 };

/**
 * Some GB10 drivers answer `[N/A]` for power and clocks. spark2's nvidia-smi
 * becomes a wrapper that says so for those two columns (and defers to the
 * sim's tool for everything else).
 */
async function naPowerAndClocks(sim: SimCluster): Promise<void> {
  const bin = join(sim.hosts.spark2.dir, "bin");
  const tool = await Deno.realPath(join(bin, "nvidia-smi"));
  await Deno.remove(join(bin, "nvidia-smi"));
  await Deno.writeTextFile(
    join(bin, "nvidia-smi"),
    `#!/usr/bin/env bash
case "$*" in
  *--query-gpu=name,utilization.gpu,temperature.gpu,power.draw,clocks.sm,*)
    "${tool}" "$@" | awk -F', ' -v OFS=', ' '{ $4 = "[N/A]"; $5 = "[N/A]"; print }' ;;
  *) exec "${tool}" "$@" ;;
esac
`,
    { mode: 0o755 },
  );
}

async function noSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() =>
    document.documentElement.scrollWidth - globalThis.innerWidth
  );
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll("*")].filter((e) =>
      e.getBoundingClientRect().right > globalThis.innerWidth
    )
      .map((e) =>
        `${e.tagName}.${e.className}[${e.getAttribute("data-testid") ?? ""}] ${
          Math.round(e.getBoundingClientRect().right)
        }`
      ).slice(0, 12).join("\n")
  );
  ok(overflow <= 0, `the page scrolls sideways by ${overflow} px at 390 px:\n${wide}`);
}

Deno.test({
  name:
    "dashboard against the simulator: real readings, an outage and its recovery, SSH loss, 390 px",
  ignore: !hasChromium(),
  sanitizeResources: false, // playwright keeps a pipe to Chromium until browser.close() settles
  sanitizeOps: false,
  async fn() {
    const sim = await startSimCluster({ vllmRecipe: "qwen3-30b-a3b" });
    const browser = await launchBrowser().catch(async (e) => {
      await sim.close();
      throw e;
    });
    try {
      await naPowerAndClocks(sim);
      await using ctl = await startSimController(sim);
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${ctl.url}/`);
      await page.locator('.live-status[data-state="live"]').waitFor(WAIT);

      // Tiles: every service of the sim answers, and vLLM shows what the fake serves.
      for (
        const id of ["spark1/vllm", "spark2/asr", "spark2/tts", "spark2/embed", "spark2/qdrant"]
      ) {
        await page.locator(`[data-service="${id}"][data-state="up"]`).waitFor(WAIT);
      }
      const served = await (await fetch(`${sim.services.vllm.url}/v1/models`)).json() as {
        data: { id: string }[];
      };
      const vllm = page.locator('[data-service="spark1/vllm"]');
      await vllm.locator('[data-field="model"]', { hasText: served.data[0].id }).waitFor(WAIT);

      // Cards: readings from the fake tools over SSH.
      const one = page.locator('[data-host="spark1"]');
      const two = page.locator('[data-host="spark2"]');
      await one.locator('[data-field="gpu-power"]', { hasText: /^\d+\.\d W$/ }).waitFor(WAIT);
      await two.locator('[data-field="gpu-temp"]', { hasText: /^\d+ °C$/ }).waitFor(WAIT);
      equal(await page.locator(".hw-card").first().getAttribute("data-host"), "spark1");
      match(await one.locator('[data-field="gpu-util"]').innerText(), /^\d+ %$/);
      match(await one.locator('[data-field="memory"]').innerText(), /GB used of .* GB free/);
      match(await one.locator('[data-field="cx7"]').innerText(), /enp1s0f1np1 up/);
      match(await one.locator('[data-field="vpn"]').innerText(), /^Tailscale \d/);
      match(await two.locator('[data-field="vpn"]').innerText(), /^WireGuard \d/);
      // GB10 [N/A] columns read "n/a", never 0.
      equal(await two.locator('[data-field="gpu-power"]').innerText(), "n/a");
      equal(await two.locator('[data-field="gpu-clock"]').innerText(), "n/a");
      await one.locator(".sparkline canvas").first().waitFor(WAIT);

      // Kill a service: its tile turns red and says why; recovery turns it green and the
      // outage is listed with its duration.
      const tts = page.locator('[data-service="spark2/tts"]');
      await sim.services.tts.setFault({ kind: "refuse", forMs: 2_500 });
      await page.locator('[data-service="spark2/tts"][data-state="down"]').waitFor(WAIT);
      match(await tts.innerText(), /refused/i);
      match(await page.getByTestId("services-summary").innerText(), /1 service needs attention/);
      await page.locator('[data-service="spark2/tts"][data-state="up"]').waitFor(WAIT);
      const row = page.locator('[data-testid="outages"] tr[data-subject="spark2/tts"]');
      await row.and(page.locator('[data-open="no"]')).first().waitFor(WAIT);
      match(await row.first().innerText(), /\d+\s*s/);

      await Deno.mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({
        path: new URL("dashboard-sim-desktop.png", ARTIFACTS_DIR).pathname,
        fullPage: true,
      });

      // SSH to spark2 goes away: its card says so, spark1's card keeps updating.
      // The listener's close resolves only once open connections are gone: drop them meanwhile.
      const refusing = sim.hosts.spark2.refuseConnections(true);
      sim.hosts.spark2.dropSessions();
      await refusing;
      await page.locator('[data-host="spark2"][data-error="yes"]').waitFor(WAIT);
      match(await two.innerText(), /Cannot read this Spark right now/);
      await page.locator('[data-testid="outages"] tr[data-subject="spark2"][data-open="yes"]')
        .waitFor(WAIT);
      const before = Number(await one.getAttribute("data-at-ms"));
      await page.waitForFunction(
        (ms) =>
          Number(document.querySelector('[data-host="spark1"]')?.getAttribute("data-at-ms")) > ms,
        before,
        WAIT,
      );
      equal(await one.getAttribute("data-error"), "no");

      // Phone width: no sideways scrolling.
      await page.setViewportSize({ width: 390, height: 844 });
      await noSideScroll(page);
      await page.screenshot({
        path: new URL("dashboard-sim-phone.png", ARTIFACTS_DIR).pathname,
        fullPage: true,
      });
      equal(errors.length, 0, errors.join("\n"));
    } finally {
      await browser.close();
      await sim.close();
    }
  },
});

Deno.test({
  name: "log viewer follows a container's log live, with search, pause and download",
  ignore: !hasChromium(),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const sim = await startSimCluster();
    const browser = await launchBrowser().catch(async (e) => {
      await sim.close();
      throw e;
    });
    try {
      await using ctl = await startSimController(sim);
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors = collectErrors(page);
      await page.goto(`${ctl.url}/`);
      await page.locator('.live-status[data-state="live"]').waitFor(WAIT);
      const follows = () =>
        sim.hosts.spark2.commandLog().filter((e) => e.command.includes("docker logs --follow"));
      equal(follows().length, 0, "no log stream before the owner opens the viewer");

      await page.getByTestId("log-open").click();
      await page.getByTestId("log-source").selectOption("spark2.tts");
      await page.locator('[data-testid="log-status"][data-state="live"]').waitFor(WAIT);
      const lines = page.getByTestId("log-lines");
      // A request of ours shows up in the viewer, live.
      const marker = `from-browser-test-${crypto.randomUUID()}`;
      await (await fetch(`${sim.services.tts.url}/v1/audio/voices?${marker}`)).body?.cancel();
      await lines.locator("div", { hasText: marker }).waitFor(WAIT);

      // Search: only matching lines stay.
      await page.getByTestId("log-filter").fill(marker);
      await page.locator('[data-testid="log-status"]', { hasText: /1 of \d+ lines match/ })
        .waitFor(WAIT);
      equal(await lines.locator("div").count(), 1);
      await page.getByTestId("log-filter").fill("");

      // Pause: new lines are held, not shown; resume shows them.
      await page.getByTestId("log-pause").click();
      const held = `held-while-paused-${crypto.randomUUID()}`;
      await (await fetch(`${sim.services.tts.url}/v1/audio/voices?${held}`)).body?.cancel();
      await page.locator('[data-testid="log-status"]', { hasText: /paused, [1-9]\d* new line/ })
        .waitFor(WAIT);
      equal(await lines.locator("div", { hasText: held }).count(), 0);
      await page.getByTestId("log-pause").click();
      await lines.locator("div", { hasText: held }).waitFor(WAIT);

      // Download: what the viewer holds, as a text file.
      const [download] = await Promise.all([
        page.waitForEvent("download", WAIT),
        page.getByTestId("log-download").click(),
      ]);
      match(download.suggestedFilename(), /^spark2\.tts-.*\.log$/);
      const file = await Deno.readTextFile(await download.path());
      ok(file.includes(marker) && file.includes(held), "the download holds the streamed lines");

      await noSideScroll(page);
      // Closing the viewer ends the remote `docker logs -f`.
      await page.getByTestId("log-open").click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="log-lines"]'));
      const deadline = performance.now() + WAIT.timeout;
      while (follows().some((e) => e.endMs === null)) {
        ok(performance.now() < deadline, "the remote docker logs -f did not end");
        await new Promise((r) => setTimeout(r, 25)); // re-check the sim's log; not a timing wait
      }
      equal(errors.length, 0, errors.join("\n"));
    } finally {
      await browser.close();
      await sim.close();
    }
  },
});
