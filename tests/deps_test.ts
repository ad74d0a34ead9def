import { equal, ok } from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { createDeps } from "../lib/deps.ts";
import { hashPassword } from "../lib/http/sessions.ts";
import { silentLogger } from "../lib/log.ts";

Deno.test("createDeps() signs every dashboard session out when the password changes", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sc-deps-" });
  const deps = await createDeps({
    dataDir,
    staticDir: fileURLToPath(new URL("../static/", import.meta.url)),
    log: silentLogger,
  });
  try {
    const before = deps.sessions.create();
    ok(deps.sessions.valid(before));
    await deps.config.update((c) => ({
      ...c,
      server: { ...c.server, allowedHosts: ["controller.example"] },
    }));
    ok(deps.sessions.valid(before), "an unrelated change keeps people signed in");
    await deps.config.update((c) => ({
      ...c,
      auth: { ...c.auth, dashboardPasswordHash: hashPassword("new one") },
    }));
    equal(deps.sessions.valid(before), false);
  } finally {
    await deps.close();
    await Deno.remove(dataDir, { recursive: true });
  }
});

Deno.test("createDeps() creates the controller's SSH key pair on first start, mode 0600, and keeps it", async () => {
  const dataDir = await Deno.makeTempDir({ prefix: "sc-deps-" });
  const staticDir = fileURLToPath(new URL("../static/", import.meta.url));
  try {
    const first = await createDeps({ dataDir, staticDir, log: silentLogger });
    await first.close();
    const key = `${dataDir}/ssh/id_ed25519`;
    equal((await Deno.stat(key)).mode! & 0o777, 0o600);
    const pub = await Deno.readTextFile(`${key}.pub`);
    ok(pub.startsWith("ssh-ed25519 "));
    const second = await createDeps({ dataDir, staticDir, log: silentLogger });
    await second.close();
    equal(await Deno.readTextFile(`${key}.pub`), pub, "a restart never replaces the key");
  } finally {
    await Deno.remove(dataDir, { recursive: true });
  }
});
