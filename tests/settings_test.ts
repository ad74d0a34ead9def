/**
 * `/api/settings`, the `/settings` form and the host actions against fakes:
 * validation with plain messages, atomic save that applies without a
 * restart, no secrets out, injection payloads refused before anything runs.
 */
import { deepEqual, equal, match, notEqual, ok } from "node:assert/strict";
import { join } from "node:path";
import { createApp } from "../app.ts";
import { INJECTION_PAYLOADS } from "../lib/cluster/mod.ts";
import { ConfigStore, defaultConfig, loadConfig } from "../lib/config/mod.ts";
import { verifyPassword } from "../lib/http/sessions.ts";
import { FAKE_FINGERPRINT, fakeDeps, FakeRunner } from "./fakes.ts";

const json = (method: string, body: unknown) => ({
  method,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

async function withApp(
  fn: (
    ctx: {
      app: ReturnType<typeof createApp>;
      config: ConfigStore;
      runner: FakeRunner;
      dir: string;
    },
  ) => Promise<void>,
) {
  const dir = await Deno.makeTempDir();
  const config = new ConfigStore(defaultConfig(), { path: join(dir, "config.json") });
  const runner = new FakeRunner();
  const deps = fakeDeps({ config, runner });
  try {
    await fn({ app: createApp(deps), config, runner, dir });
  } finally {
    await deps.close();
    await Deno.remove(dir, { recursive: true });
  }
}

function goodBody(view: { hosts: unknown[]; matrixBridge: unknown }) {
  const hosts = structuredClone(view.hosts) as { address: string; sshUser: string }[];
  hosts[0].address = "192.0.2.10";
  hosts[0].sshUser = "spark";
  hosts[1].address = "192.0.2.11";
  hosts[1].sshUser = "spark";
  return { hosts, matrixBridge: { ...(view.matrixBridge as object), user: "bot" } };
}

Deno.test("PUT /api/settings saves atomically, applies at once (onChange) and returns no secrets", async () => {
  await withApp(async ({ app, config, dir }) => {
    const view = await (await app.request("/api/settings")).json();
    let notified = 0;
    config.onChange(() => notified++);
    const res = await app.request(
      "/api/settings",
      json("PUT", {
        ...goodBody(view),
        auth: { apiTokens: ["t".repeat(32)], dashboardPassword: "open sesame" },
      }),
    );
    equal(res.status, 200);
    const body = await res.json();
    equal(notified, 1, "listeners (the runner's refresh) ran without a restart");
    equal(config.get().hosts[0].address, "192.0.2.10");
    equal(config.get().matrixBridge.user, "bot");
    deepEqual(body.auth, { apiTokenCount: 1, dashboardPasswordSet: true });
    ok(!JSON.stringify(body).includes("t".repeat(32)), "tokens never come back");
    ok(!JSON.stringify(body).includes("scrypt$"), "nor the password hash");
    ok(body.changes.includes("Turn the dashboard password on."));
    ok(
      verifyPassword("open sesame", config.get().auth.dashboardPasswordHash!),
      "stored as hashPassword() output",
    );
    const onDisk = await loadConfig(dir);
    ok(onDisk.ok);
    equal(onDisk.config.hosts[1].address, "192.0.2.11");
    equal((await Deno.stat(join(dir, "config.json"))).mode! & 0o777, 0o600);
    // Tokens are on now, so the API wants one. Blank password keeps it; the switch turns it off.
    const authed = (body: unknown) => {
      const init = json("PUT", body);
      return { ...init, headers: { ...init.headers, authorization: `Bearer ${"t".repeat(32)}` } };
    };
    const keep = await app.request(
      "/api/settings",
      authed({ ...goodBody(view), auth: { dashboardPassword: "" } }),
    );
    equal(keep.status, 200);
    notEqual(config.get().auth.dashboardPasswordHash, null);
    const off = await app.request(
      "/api/settings",
      authed({ ...goodBody(view), auth: { dashboardPasswordOff: true, apiTokens: [] } }),
    );
    equal(off.status, 200);
    equal(config.get().auth.dashboardPasswordHash, null);
    deepEqual(config.get().auth.apiTokens, []);
  });
});

Deno.test("PUT /api/settings refuses a .local name with a message a person understands, next to the field", async () => {
  await withApp(async ({ app, config }) => {
    const view = await (await app.request("/api/settings")).json();
    const body = goodBody(view);
    (body.hosts[0] as { address: string }).address = "spark-1.local";
    const res = await app.request("/api/settings", json("PUT", body));
    equal(res.status, 400);
    const err = (await res.json()).error;
    equal(err.details[0].path, "hosts.0.address");
    match(err.details[0].message, /mDNS name; use the Spark's IP address/);
    equal(config.get().hosts[0].address, "", "nothing changed");
  });
});

Deno.test("PUT /api/settings: every injection payload as bot branch, user or container is a 400 and nothing runs", async () => {
  await withApp(async ({ app, config, runner }) => {
    const view = await (await app.request("/api/settings")).json();
    const before = structuredClone(config.get());
    for (const field of ["branch", "user", "container", "repoDir"]) {
      for (const payload of INJECTION_PAYLOADS) {
        const body = goodBody(view);
        (body.matrixBridge as Record<string, string>)[field] = payload;
        if (field === "user" && payload.trim() === "") continue; // blank user = bot off, a valid choice
        const res = await app.request("/api/settings", json("PUT", body));
        equal(res.status, 400, `${field} = ${JSON.stringify(payload)}`);
        await res.body?.cancel();
      }
    }
    deepEqual(config.get(), before);
    equal(runner.calls.length, 0);
  });
});

Deno.test("PUT /api/settings: a changed address forgets the pinned host key (a new first contact)", async () => {
  await withApp(async ({ app, config }) => {
    await config.update((c) => {
      c.hosts[0].address = "192.0.2.10";
      c.hosts[0].hostKeyFingerprint = FAKE_FINGERPRINT;
      return c;
    });
    const view = await (await app.request("/api/settings")).json();
    equal(view.hostKeys.spark1, FAKE_FINGERPRINT);
    const same = goodBody(view);
    equal((await app.request("/api/settings", json("PUT", same))).status, 200);
    equal(config.get().hosts[0].hostKeyFingerprint, FAKE_FINGERPRINT, "same address keeps the pin");
    (same.hosts[0] as { address: string }).address = "192.0.2.20";
    const res = await (await app.request("/api/settings", json("PUT", same))).json();
    equal(config.get().hosts[0].hostKeyFingerprint, null);
    ok(res.changes.some((t: string) => /Forget Spark 1's trusted identity/.test(t)));
  });
});

Deno.test("POST /settings (form): errors are shown next to the field; a valid form asks first, then saves", async () => {
  await withApp(async ({ app, config }) => {
    const page = await app.request("/settings");
    equal(page.status, 200);
    const html = await page.text();
    match(html, /name="hosts\.0\.address"/);
    match(html, /data-island="SshKeyPanel"/);
    match(html, /ssh-ed25519 AAAA/);
    ok(!/PRIVATE KEY/.test(html));

    const form = (extra: Record<string, string>) => {
      const f = new URLSearchParams({
        "hosts.0.id": "spark1",
        "hosts.0.label": "Spark 1",
        "hosts.0.address": "192.0.2.10",
        "hosts.0.sshPort": "22",
        "hosts.0.sshUser": "spark",
        "hosts.0.role": "head",
        "hosts.0.services.0.kind": "vllm",
        "hosts.0.services.0.port": "8888",
        "matrixBridge.user": "",
        "matrixBridge.hostId": "spark1",
        "matrixBridge.container": "matrix-bridge",
        "matrixBridge.repoDir": "~/matrix-bridge",
        "matrixBridge.branch": "main",
        ...extra,
      });
      return {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          origin: "http://localhost",
        },
        body: f.toString(),
      };
    };
    const bad = await app.request(
      "http://localhost/settings",
      form({ "hosts.0.address": "spark.local", "hosts.0.sshPort": "twenty" }),
    );
    equal(bad.status, 400);
    const badHtml = await bad.text();
    match(badHtml, /data-field="hosts\.0\.address">[^<]*mDNS name/);
    match(badHtml, /data-field="hosts\.0\.sshPort">[^<]*SSH port is a whole number/);
    equal(config.get().hosts[0].address, "", "nothing saved");

    const reviewRes = await app.request("http://localhost/settings", form({}));
    equal(reviewRes.status, 200);
    const review = await reviewRes.text();
    match(review, /Save these changes\?/);
    match(
      review,
      /Change Spark 1&#39;s address from \(none\) to 192\.0\.2\.10\.|Change Spark 1's address from \(none\) to 192\.0\.2\.10\./,
    );
    equal(config.get().hosts[0].address, "", "asking first: nothing saved yet");

    const saved = await app.request("http://localhost/settings", form({ confirm: "yes" }));
    equal(saved.status, 303);
    equal(saved.headers.get("location"), "/settings?saved=1");
    equal(config.get().hosts[0].address, "192.0.2.10");
    equal(config.get().hosts.length, 1, "hosts not in the form are removed, as the form shows");
  });
});

Deno.test("POST /api/hosts/:id/test shows the fingerprint and trust state; trust pins it", async () => {
  await withApp(async ({ app, config }) => {
    await config.update((c) => {
      c.hosts[0].address = "192.0.2.10";
      c.hosts[0].sshUser = "spark";
      c.hosts[0].services = [];
      return c;
    });
    const check = await (await app.request("/api/hosts/spark1/test", json("POST", {}))).json();
    equal(check.reachable, true);
    equal(check.trust, "not-trusted-yet");
    equal(check.presentedFingerprint, FAKE_FINGERPRINT);
    equal((await app.request("/api/hosts/Bad_Id/test", json("POST", {}))).status, 400);
    equal((await app.request("/api/hosts/spark9/test", json("POST", {}))).status, 404);
    const bad = await app.request(
      "/api/hosts/spark1/trust",
      json("POST", { fingerprint: "MD5:aa" }),
    );
    equal(bad.status, 400);
    const res = await app.request(
      "/api/hosts/spark1/trust",
      json("POST", { fingerprint: FAKE_FINGERPRINT }),
    );
    equal(res.status, 200);
    equal(config.get().hosts[0].hostKeyFingerprint, FAKE_FINGERPRINT);
    const after = await (await app.request("/api/hosts/spark1/test", json("POST", {}))).json();
    equal(after.trust, "trusted");
    equal(after.login.ok, true);
  });
});

Deno.test("GET /api/ssh-key gives the public key and the paste command, never the private key", async () => {
  await withApp(async ({ app }) => {
    const res = await app.request("/api/ssh-key");
    equal(res.status, 200);
    const body = await res.json();
    match(body.publicKey, /^ssh-ed25519 /);
    match(body.command, /grep -qxF 'ssh-ed25519 [^']+' ~\/\.ssh\/authorized_keys \|\| echo/);
    match(body.command, /chmod 700 ~\/\.ssh/);
  });
});
