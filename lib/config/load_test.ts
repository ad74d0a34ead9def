import { deepEqual, equal, ok, rejects } from "node:assert/strict";
import { join } from "node:path";
import { applyEnv, loadConfig, saveConfig, validate } from "./load.ts";
import { Config, defaultConfig } from "./schema.ts";

async function withTmpDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix: "spark-control-config-" });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("loadConfig() gives the two-Spark defaults when no file exists", async () => {
  await withTmpDir(async (dir) => {
    const loaded = await loadConfig(dir);
    equal(loaded.ok, true);
    deepEqual(loaded.config.hosts.map((h) => h.id), ["spark1", "spark2"]);
    equal(loaded.config.hosts[0].services[0].port, 8888);
    equal(loaded.config.server.port, 9999);
  });
});

Deno.test("validate() refuses a .local address and says why, naming the field", () => {
  const raw = { hosts: [{ id: "spark1", label: "Spark 1", address: "spark-1.local" }] };
  const loaded = validate(raw);
  equal(loaded.ok, false);
  if (loaded.ok) return;
  equal(loaded.problems[0].field, "hosts.0.address");
  ok(/mDNS/.test(loaded.problems[0].message));
});

Deno.test("validate() refuses a host name that is not an IP", () => {
  const loaded = validate({ hosts: [{ id: "spark1", label: "S", address: "gpu-box" }] });
  equal(loaded.ok, false);
  if (!loaded.ok) ok(/not an IP address/.test(loaded.problems[0].message));
});

Deno.test("validate() accepts IPv4 and IPv6 literals", () => {
  equal(
    validate({
      hosts: [{ id: "a", label: "A", address: "192.0.2.1" }, {
        id: "b",
        label: "B",
        address: "2001:db8::1",
      }],
    }).ok,
    true,
  );
});

Deno.test("loadConfig() reports invalid JSON but still returns a usable config", async () => {
  await withTmpDir(async (dir) => {
    await Deno.writeTextFile(join(dir, "config.json"), "{ not json");
    const loaded = await loadConfig(dir);
    equal(loaded.ok, false);
    if (!loaded.ok) ok(/not valid JSON/.test(loaded.problems[0].message));
    equal(loaded.config.hosts.length, 2);
  });
});

Deno.test("applyEnv() overrides addresses, user, port and tokens", () => {
  const raw = applyEnv({}, {
    SPARK1_HOST: "127.0.0.1",
    SPARK2_HOST: "127.0.0.2",
    SPARK_USER: "alice",
    PORT: "8080",
  });
  const config = Config.parse(raw);
  equal(config.hosts[0].address, "127.0.0.1");
  equal(config.hosts[1].address, "127.0.0.2");
  equal(config.hosts[1].sshUser, "alice");
  equal(config.server.port, 8080);
});

Deno.test("loadConfig() reports a bad env override like a bad file value", async () => {
  await withTmpDir(async (dir) => {
    const loaded = await loadConfig(dir, { SPARK1_HOST: "spark.local" });
    equal(loaded.ok, false);
  });
});

Deno.test("saveConfig() writes atomically with mode 0600 and round-trips", async () => {
  await withTmpDir(async (dir) => {
    const path = join(dir, "config.json");
    const config = defaultConfig();
    config.hosts[0].address = "192.0.2.10";
    await saveConfig(path, config);
    equal((await Deno.stat(path)).mode! & 0o777, 0o600);
    deepEqual((await loadConfig(dir)).config, config);
    const leftovers = [...Deno.readDirSync(dir)].filter((e) => e.name.endsWith(".tmp"));
    equal(leftovers.length, 0);
  });
});

Deno.test("saveConfig() refuses an invalid config and leaves the old file", async () => {
  await withTmpDir(async (dir) => {
    const path = join(dir, "config.json");
    await saveConfig(path, defaultConfig());
    const before = await Deno.readTextFile(path);
    const bad = defaultConfig();
    bad.hosts[0].address = "nope.local";
    await rejects(saveConfig(path, bad));
    equal(await Deno.readTextFile(path), before);
  });
});
