/**
 * The Swap panel in Chromium, against the app served on the simulated
 * cluster: pick a recipe, read the confirm sentence, confirm, and watch the
 * progress bar reach ready while the fake vLLM loads.
 */
import { equal, match } from "node:assert/strict";
import { createApp } from "../app.ts";
import { ARTIFACTS_DIR, collectErrors, launchBrowser, serveApp } from "./_browser.ts";
import { hasChromium } from "./_prereq.ts";
import { startSimCluster } from "./sim/cluster.ts";
import { prepareDataDir, simDeps } from "./sim/controller.ts";

Deno.test({
  name: "Swap panel: a click swaps the model and the progress bar reaches ready",
  ignore: !hasChromium(),
  sanitizeResources: false,
  sanitizeOps: false,
  async fn() {
    const sim = await startSimCluster({ vllmRecipe: "qwen3-30b-a3b", services: false });
    const dataDir = await prepareDataDir(sim);
    const deps = await simDeps(dataDir);
    // Declared before the browser so it is disposed after the browser closes its SSE stream.
    await using served = serveApp(createApp(deps));
    const browser = await launchBrowser();
    try {
      await deps.swap.resume();
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors = collectErrors(page);
      await page.goto(`${served.url}/`);
      const panel = page.getByTestId("swap-panel");
      await panel.getByTestId("swap-recipe").waitFor({ timeout: 20_000 });
      await panel.getByTestId("swap-recipe").selectOption("gpt-oss-120b");
      await panel.getByTestId("swap-start").click();
      const confirm = panel.getByTestId("swap-confirm");
      match(await confirm.innerText(), /stops while gpt-oss-120b loads/);
      await panel.getByTestId("swap-confirm-yes").click();
      // Progress shows a loading phase before the end.
      await panel.locator('[data-testid="swap-status"][data-state="loading"]').waitFor({
        timeout: 30_000,
      });
      await panel.locator('[data-testid="swap-status"][data-state="ready"]').waitFor({
        timeout: 60_000,
      });
      equal(await panel.getByTestId("swap-progress").getAttribute("value"), "100");
      match(await panel.getByTestId("swap-outcome").innerText(), /gpt-oss-120b is serving/);
      match(await panel.getByTestId("swap-serving").innerText(), /openai\/gpt-oss-120b/);
      await Deno.mkdir(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: new URL("swap-ready.png", ARTIFACTS_DIR).pathname });
      equal(errors.length, 0, errors.join("\n"));
    } finally {
      await browser.close();
      await deps.close();
      await sim.close();
      await Deno.remove(dataDir, { recursive: true });
    }
  },
});
