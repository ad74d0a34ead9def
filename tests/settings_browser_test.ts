/**
 * The settings page and the matrix-bridge tile in Chromium: the tile is absent
 * when no bot user is set; its buttons ask first; "Test connection" shows the
 * fingerprint and Trust pins it after a plain-English question.
 */
import { deepEqual, equal, match, ok } from "node:assert/strict";
import { createApp } from "../app.ts";
import { FAKE_FINGERPRINT, fakeDeps, FakeRunner } from "./fakes.ts";
import { collectErrors, launchBrowser, serveApp } from "./_browser.ts";
import { hasChromium } from "./_prereq.ts";

const BROWSER = {
  ignore: !hasChromium(),
  sanitizeResources: false, // playwright keeps a pipe to Chromium until browser.close() settles
  sanitizeOps: false,
};

const RUNNING = `running|true|2026-01-01T00:00:00Z|${"1".repeat(64)}\n`;

Deno.test({
  ...BROWSER,
  name:
    "dashboard: no matrix-bridge tile when the bot user is blank; with a user the tile shows docker's state and asks before Restart",
  async fn() {
    let restarted!: () => void;
    const restartSeen = new Promise<void>((r) => (restarted = r));
    const runner = FakeRunner.scripted([
      ["docker inspect", RUNNING],
      ["docker restart", () => {
        restarted();
        return "matrix-bridge\n";
      }],
    ]);
    const blank = fakeDeps({ runner });
    const withBot = fakeDeps({ runner, configure: (c) => void (c.matrixBridge.user = "bot") });
    await using servedBlank = serveApp(createApp(blank));
    await using servedBot = serveApp(createApp(withBot));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${servedBlank.url}/`);
      await page.getByTestId("services-summary").waitFor({ timeout: 15_000 });
      equal(await page.getByTestId("matrix-bridge-tile").count(), 0, "blank user: no tile");
      equal(runner.calls.length, 0);

      await page.goto(`${servedBot.url}/`);
      const tile = page.getByTestId("matrix-bridge-tile");
      await tile.waitFor({ timeout: 15_000 });
      await page.locator('[data-testid="bot-state"]', { hasText: "Running" }).waitFor({
        timeout: 15_000,
      });
      const questions: string[] = [];
      page.once("dialog", (d) => {
        questions.push(d.message());
        void d.dismiss();
      });
      await tile.getByRole("button", { name: "Restart" }).click();
      equal(questions.length, 1);
      match(questions[0], /Restart the chat bridge bot/);
      ok(!runner.lines().some((l) => l.startsWith("docker restart")), "Cancel means nothing runs");
      page.once("dialog", (d) => void d.accept());
      await tile.getByRole("button", { name: "Restart" }).click();
      await restartSeen;
      ok(runner.lines().some((l) => l === "docker restart matrix-bridge"));
      // The answer (docker inspect right after the action) reaches the badge.
      await page.locator('[data-testid="bot-state"]', { hasText: "Running" }).waitFor({
        timeout: 15_000,
      });
      deepEqual(errors, []);
    } finally {
      await browser.close();
      await blank.close();
      await withBot.close();
    }
  },
});

Deno.test({
  ...BROWSER,
  name:
    "settings page: Test connection shows the fingerprint; Trust asks in plain English, then pins it",
  async fn() {
    const deps = fakeDeps({
      configure: (c) => {
        c.hosts[0].address = "192.0.2.10";
        c.hosts[0].sshUser = "spark";
        c.hosts[0].services = [];
      },
    });
    await using served = serveApp(createApp(deps));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors = collectErrors(page);
      await page.goto(`${served.url}/settings`);
      match(await page.getByTestId("public-key").innerText(), /^ssh-ed25519 /);
      match(await page.getByTestId("paste-command").innerText(), /authorized_keys/);
      const host = page.getByTestId("check-spark1");
      await host.getByRole("button", { name: "Test connection" }).click();
      await host.getByTestId("presented-fingerprint").waitFor({ timeout: 15_000 });
      equal(await host.getByTestId("presented-fingerprint").innerText(), FAKE_FINGERPRINT);
      match(await host.getByTestId("check-summary").innerText(), /first contact/);
      const questions: string[] = [];
      page.once("dialog", (d) => {
        questions.push(d.message());
        void d.accept();
      });
      await host.getByRole("button", { name: "Trust" }).click();
      await host.locator("text=All good").waitFor({ timeout: 15_000 });
      match(questions[0], /Trust Spark 1\?/);
      equal(deps.config.get().hosts[0].hostKeyFingerprint, FAKE_FINGERPRINT);
      deepEqual(errors, []);
    } finally {
      await browser.close();
      await deps.close();
    }
  },
});

Deno.test({
  ...BROWSER,
  name: "settings page fits a 390 px phone: no sideways scrolling with fingerprints and services",
  async fn() {
    const deps = fakeDeps({
      configure: (c) => {
        for (const [i, h] of c.hosts.entries()) {
          h.address = `192.0.2.${10 + i}`;
          h.sshUser = "spark";
          h.hostKeyFingerprint = FAKE_FINGERPRINT;
        }
      },
    });
    await using served = serveApp(createApp(deps));
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors = collectErrors(page);
      await page.goto(`${served.url}/settings`);
      await page.getByTestId("public-key").waitFor({ timeout: 15_000 });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      ok(scroll <= client, `the page is ${scroll} px wide on a ${client} px screen`);
      deepEqual(errors, []);
    } finally {
      await browser.close();
      await deps.close();
    }
  },
});
