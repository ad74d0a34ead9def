import { deepEqual, equal, ok } from "node:assert/strict";
import { defaultConfig } from "../config/mod.ts";
import { applySettings, describeChanges, settingsView } from "./settings.ts";

const PIN = `SHA256:${"A".repeat(43)}`;

Deno.test("applySettings() keeps the pin when address and port stay, forgets it when either changes", () => {
  const current = defaultConfig();
  current.hosts[0].address = "192.0.2.10";
  current.hosts[0].hostKeyFingerprint = PIN;
  const view = settingsView(current);
  const same = applySettings(current, { hosts: view.hosts, matrixBridge: view.matrixBridge });
  ok(same.ok);
  equal(same.ok && same.config.hosts[0].hostKeyFingerprint, PIN);
  const hosts = structuredClone(view.hosts);
  hosts[0].sshPort = 2222;
  const moved = applySettings(current, { hosts, matrixBridge: view.matrixBridge });
  ok(moved.ok);
  equal(moved.ok && moved.config.hosts[0].hostKeyFingerprint, null);
});

Deno.test("applySettings() lists every problem with its field path and changes nothing", () => {
  const current = defaultConfig();
  const view = settingsView(current);
  const hosts = structuredClone(view.hosts);
  hosts[0].address = "spark.local";
  hosts[1].sshUser = "Root User";
  const r = applySettings(current, {
    hosts,
    matrixBridge: { ...view.matrixBridge, branch: "a..b" },
  });
  equal(r.ok, false);
  deepEqual(
    !r.ok && r.problems.map((p) => p.path),
    ["hosts.0.address", "hosts.1.sshUser", "matrixBridge.branch"],
  );
  equal(current.hosts[0].address, "");
});

Deno.test("describeChanges() speaks plainly about addresses, the bot and the password", () => {
  const prev = defaultConfig();
  const next = structuredClone(prev);
  next.hosts[0].address = "192.0.2.10";
  next.matrixBridge.user = "bot";
  next.auth.dashboardPasswordHash = "scrypt$x$y";
  deepEqual(describeChanges(prev, next), [
    "Change Spark 1's address from (none) to 192.0.2.10.",
    'Manage the matrix-bridge bot as user "bot".',
    "Turn the dashboard password on.",
  ]);
  deepEqual(describeChanges(prev, prev), []);
});
