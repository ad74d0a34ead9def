/**
 * `deno task demo`: two simulated Sparks and the controller configured for
 * them, on loopback. Prints the URL and things to try; Ctrl-C stops
 * everything (controller, fake services, SSH servers) and removes the temp
 * data directory.
 *
 * @module
 */
import { join } from "node:path";
import { createApp } from "../../app.ts";
import { saveConfig } from "../../lib/config/mod.ts";
import { createDeps } from "../../lib/deps.ts";
import { serve } from "../../lib/server.ts";
import { REPO_DIR } from "./spark.ts";
import { freePort, startSimCluster } from "./cluster.ts";
import { installSimBotRepo } from "./bot/setup.ts";

const HOSTNAME = "127.0.0.1";
const RECIPE = Deno.env.get("SIM_RECIPE") ?? "qwen3-30b-a3b";

/** PORT or 9999 when free, else any free port. */
function pickPort(): number {
  const wanted = Number(Deno.env.get("PORT") ?? 9999);
  try {
    Deno.listen({ hostname: HOSTNAME, port: wanted }).close();
    return wanted;
  } catch {
    return freePort(HOSTNAME);
  }
}

async function main(): Promise<void> {
  const out = (line = "") => Deno.stdout.writeSync(new TextEncoder().encode(line + "\n"));
  out("Starting two simulated Sparks (spark1 = 127.0.0.1, spark2 = 127.0.0.2)...");
  const sim = await startSimCluster({ vllmRecipe: RECIPE, loadScale: 1 });
  // The chat-bridge bot on Spark 2: a real local git remote, so the tile's Update really runs.
  await installSimBotRepo(sim.hosts.spark2);
  const dataDir = await Deno.makeTempDir({ prefix: "spark-control-demo-" });
  // Processes in their own sessions outlive us unless killed: do it on every way out.
  const cleanupSync = () => {
    sim.killSync();
    try {
      Deno.removeSync(dataDir, { recursive: true });
    } catch {
      // Already removed.
    }
  };
  globalThis.addEventListener("unload", cleanupSync);
  Deno.addSignalListener("SIGINT", cleanupSync);
  Deno.addSignalListener("SIGTERM", cleanupSync);

  // The controller's own key where it expects it: <data>/ssh/id_ed25519, mode 0600.
  await Deno.mkdir(join(dataDir, "ssh"), { recursive: true, mode: 0o700 });
  await Deno.copyFile(sim.keyPath, join(dataDir, "ssh", "id_ed25519"));
  await Deno.chmod(join(dataDir, "ssh", "id_ed25519"), 0o600);
  await Deno.writeTextFile(join(dataDir, "ssh", "id_ed25519.pub"), sim.publicKey + "\n");
  const port = pickPort();
  await saveConfig(join(dataDir, "config.json"), {
    ...sim.config,
    sshKeyPath: "",
    server: { ...sim.config.server, port, hostname: HOSTNAME },
    matrixBridge: { ...sim.config.matrixBridge, user: sim.hosts.spark2.user },
  });

  const deps = await createDeps({
    dataDir,
    staticDir: join(REPO_DIR, "static"),
    env: {},
  });
  const url = `http://${HOSTNAME}:${port}/`;
  await serve(createApp(deps), deps, { hostname: HOSTNAME, port });
  const vllm = sim.services.vllm;
  const models = await (await fetch(`${vllm.url}/v1/models`)).json() as { data: { id: string }[] };
  out();
  out(`spark-control demo: ${url}`);
  out();
  out("Try:");
  out(`  - the dashboard: ${url} (two hosts with live telemetry from the fake tools)`);
  out(
    `  - swap the model from the dashboard (try gpt-oss-120b, or the recipe that fails with OOM)`,
  );
  out(`  - chat: curl ${url}v1/chat/completions -H 'content-type: application/json' \\`);
  out(`      -d '{"model":"${models.data[0].id}","messages":[{"role":"user","content":"Hello"}]}'`);
  out(`  - break things: curl -X POST ${vllm.url}/__sim/vllm -d '{"killEngine":true}'`);
  out(
    `                  curl -X POST ${sim.services.tts.url}/__sim/fault -d '{"kind":"refuse","forMs":10000}'`,
  );
  out(
    `  - SSH in as the controller does: ssh -i ${join(dataDir, "ssh", "id_ed25519")} ` +
      `-p ${sim.hosts.spark1.sshPort} ${sim.hosts.spark1.user}@127.0.0.1`,
  );
  out();
  out("Ctrl-C stops everything.");
}

if (import.meta.main) await main();
