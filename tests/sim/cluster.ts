/**
 * A simulated two-Spark cluster: spark1 (head, 127.0.0.1) with the eugr
 * launcher and vLLM, spark2 (127.0.0.2) with parakeet-asr, Kokoro,
 * spark-embed, Qdrant and the matrix-bridge bot as "containers" (real
 * processes started through the fake `docker`). `startSimCluster()` returns a
 * controller `Config` pointing at it and the controller's SSH key.
 *
 * @module
 */
import { join } from "node:path";
import { Config } from "../../lib/config/mod.ts";
import type { Fault } from "./services/_common.ts";
import { type SimSpark, startSimSpark, type VpnMode } from "./spark.ts";
import { generateEd25519KeyPair } from "../../lib/keys/mod.ts";

/** Kinds of service the cluster runs, with the container and default port of each. */
export const SIM_SERVICES = {
  vllm: { host: "spark1", container: "vllm_node", port: 8888, image: "vllm-node" },
  asr: { host: "spark2", container: "parakeet-asr", port: 8000, image: "parakeet-asr:latest" },
  tts: { host: "spark2", container: "kokoro", port: 8880, image: "kokoro:latest" },
  embed: { host: "spark2", container: "spark-embed", port: 8088, image: "spark-embed:latest" },
  qdrant: { host: "spark2", container: "qdrant", port: 6333, image: "qdrant:latest" },
} as const;

/** A service kind of {@link SIM_SERVICES}. */
export type SimServiceKind = keyof typeof SIM_SERVICES;

/** Models whose weights the sim's HF caches hold (the recipes' models). */
const MODELS = [
  "Qwen/Qwen3-30B-A3B-FP8",
  "openai/gpt-oss-120b",
  "Qwen/Qwen3-235B-A22B-FP8",
  "meta-llama/Llama-3.3-70B-Instruct",
];

/** Options of {@link startSimCluster}. */
export interface SimClusterOptions {
  /** A recipe to have running at boot (dispatched with `run-recipe.sh <r> -d`); default none. */
  vllmRecipe?: string | null;
  /** Wait until that recipe's vLLM answers `/health` 200 (default true when a recipe is given). */
  waitForVllm?: boolean;
  /** Start spark2's service containers (default true). */
  services?: boolean;
  /** Multiplies recipe load times; default 0.1 (tests), the demo uses 1. */
  loadScale?: number;
  /** VPN variant per host (default spark1 tailscale, spark2 wireguard). */
  vpn?: { spark1?: VpnMode; spark2?: VpnMode };
  /** spark2 accepts this password once (for the key-install flow). */
  acceptPasswordOnce?: { user: string; password: string };
  /** Leave the controller key out of authorized_keys (key-install tests). */
  withoutControllerKey?: boolean;
  /** SSH user on both hosts (default `spark`). */
  user?: string;
}

/** A handle on one fake HTTP service running as a container. */
export interface SimService {
  kind: SimServiceKind;
  host: string;
  container: string;
  /** `http://<host address>:<port>` */
  url: string;
  port: number;
  setFault(f: Fault | null): Promise<void>;
  setProfile(p: string): Promise<void>;
  requests(): Promise<{ method: string; target: string; bodyBytes: number; atMs: number }[]>;
  state(): Promise<Record<string, unknown>>;
  /** POSTs JSON to a `/__sim/<path>` control route of the service. */
  control(path: string, body: unknown): Promise<unknown>;
  /** Resolves when the port accepts connections (polls, bounded by `timeoutMs`). */
  waitListening(timeoutMs?: number): Promise<void>;
}

/** The vLLM handle adds engine controls. */
export interface SimVllm extends SimService {
  /** Engine death: `/health` 503 while the container stays up. */
  killEngine(): Promise<void>;
  /** Patches the fake's live settings (`tokenDelayMs`, `midStreamErrorAfter`, …). */
  settings(patch: Record<string, unknown>): Promise<unknown>;
  /** Resolves when `/health` answers 200 (polls, bounded by `timeoutMs`). */
  waitHealthy(timeoutMs?: number): Promise<void>;
}

/** A running simulated cluster. */
export interface SimCluster {
  /** A controller Config pointing at the sim (addresses, ports, pinned fingerprints, key path). */
  config: Config;
  /** The controller's private key (OpenSSH format, mode 0600). */
  keyPath: string;
  /** The matching public key line. */
  publicKey: string;
  /** The cluster's temp dir. */
  dir: string;
  hosts: { spark1: SimSpark; spark2: SimSpark };
  services: {
    vllm: SimVllm;
    asr: SimService;
    tts: SimService;
    embed: SimService;
    qdrant: SimService;
  };
  /** Stops every process and removes the temp dir. */
  close(): Promise<void>;
  /** Synchronous last resort for exit handlers: SIGKILLs everything and removes the temp dir. */
  killSync(): void;
}

/** A free TCP port on `hostname` (closed again before returning). */
export function freePort(hostname = "127.0.0.1"): number {
  const l = Deno.listen({ hostname, port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

async function canConnect(hostname: string, port: number): Promise<boolean> {
  try {
    const c = await Deno.connect({ hostname, port });
    c.close();
    return true;
  } catch {
    return false;
  }
}

async function pollUntil(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Simulated cluster: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function serviceHandle(kind: SimServiceKind, address: string, port: number): SimService {
  const meta = SIM_SERVICES[kind];
  const url = `http://${address}:${port}`;
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${url}/__sim/${path}`, { method: "POST", body: JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${kind} /__sim/${path}: ${res.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
  return {
    kind,
    host: meta.host,
    container: meta.container,
    url,
    port,
    async setFault(f) {
      await post("fault", f);
    },
    async setProfile(p) {
      await post("profile", { profile: p });
    },
    async requests() {
      return await (await fetch(`${url}/__sim/requests`)).json();
    },
    async state() {
      return await (await fetch(`${url}/__sim/state`)).json();
    },
    control: post,
    waitListening(timeoutMs = 20_000) {
      return pollUntil(`${kind} to listen on ${url}`, () => canConnect(address, port), timeoutMs);
    },
  };
}

/** Starts two simulated Sparks (and spark2's services); resolves when everything listens. */
export async function startSimCluster(opts: SimClusterOptions = {}): Promise<SimCluster> {
  const dir = await Deno.makeTempDir({ prefix: "spark-sim-" });
  const hosts: Partial<{ spark1: SimSpark; spark2: SimSpark }> = {};
  try {
    const key = generateEd25519KeyPair("spark-control");
    const keyPath = join(dir, "controller_ed25519");
    await Deno.writeTextFile(keyPath, key.private, { mode: 0o600 });
    await Deno.chmod(keyPath, 0o600);
    const ports: Record<SimServiceKind, number> = {
      vllm: freePort("127.0.0.1"),
      asr: freePort("127.0.0.2"),
      tts: freePort("127.0.0.2"),
      embed: freePort("127.0.0.2"),
      qdrant: freePort("127.0.0.2"),
    };
    const authorized = opts.withoutControllerKey ? [] : [key.public];
    const common = {
      clusterDir: dir,
      user: opts.user,
      authorizedKeys: authorized,
      loadScale: opts.loadScale ?? 0.1,
      models: MODELS,
    };
    hosts.spark1 = await startSimSpark({
      ...common,
      id: "spark1",
      address: "127.0.0.1",
      role: "head",
      portMap: { 8888: ports.vllm },
      vpn: opts.vpn?.spark1 ?? "tailscale",
    });
    hosts.spark2 = await startSimSpark({
      ...common,
      id: "spark2",
      address: "127.0.0.2",
      role: "worker",
      portMap: {
        8888: ports.vllm,
        8000: ports.asr,
        8880: ports.tts,
        8088: ports.embed,
        6333: ports.qdrant,
      },
      vpn: opts.vpn?.spark2 ?? "wireguard",
      acceptPasswordOnce: opts.acceptPasswordOnce,
    });
    const { spark1, spark2 } = hosts as { spark1: SimSpark; spark2: SimSpark };
    await Deno.writeTextFile(
      join(spark1.home, "spark-vllm-docker", ".env"),
      [
        `CLUSTER_NODES=${spark1.address},${spark2.address}`,
        `COPY_HOSTS=${spark2.address}`,
        `LOCAL_IP=${spark1.address}`,
        "ETH_IF=enp1s0f1np1",
        "IB_IF=rocep1s0f1,roceP2p1s0f1",
        "MASTER_PORT=29501",
        "CONTAINER_NAME=vllm_node",
        "",
      ].join("\n"),
    );

    const services = {
      vllm: vllmHandle(serviceHandle("vllm", spark1.address, ports.vllm)),
      asr: serviceHandle("asr", spark2.address, ports.asr),
      tts: serviceHandle("tts", spark2.address, ports.tts),
      embed: serviceHandle("embed", spark2.address, ports.embed),
      qdrant: serviceHandle("qdrant", spark2.address, ports.qdrant),
    };
    if (opts.services !== false) {
      const runs = (["asr", "tts", "embed", "qdrant"] as const).map((k) =>
        `docker run -d --restart unless-stopped --name ${SIM_SERVICES[k].container} ${
          SIM_SERVICES[k].image
        } >/dev/null`
      );
      runs.push(
        "docker run -d --restart unless-stopped --name matrix-bridge matrix-bridge:latest >/dev/null",
      );
      const out = await spark2.sh(runs.join(" && "));
      if (out.code !== 0) {
        throw new Error(`Simulated spark2 could not start its services: ${out.stderr}`);
      }
    }
    if (opts.vllmRecipe) {
      const out = await spark1.sh(
        `cd ~/spark-vllm-docker && ./run-recipe.sh ${opts.vllmRecipe} -d </dev/null`,
      );
      if (out.code !== 0) {
        throw new Error(
          `Simulated spark1 could not start ${opts.vllmRecipe}: ${out.stdout}${out.stderr}`,
        );
      }
    }
    if (opts.services !== false) {
      await Promise.all(
        [services.asr, services.tts, services.embed, services.qdrant].map((s) => s.waitListening()),
      );
    }
    if (opts.vllmRecipe && opts.waitForVllm !== false) await services.vllm.waitHealthy();

    const user = spark1.user;
    const config = Config.parse({
      hosts: [
        {
          id: "spark1",
          label: "Spark 1",
          address: spark1.address,
          sshPort: spark1.sshPort,
          sshUser: user,
          hostKeyFingerprint: spark1.fingerprint,
          role: "head",
          services: [{ kind: "vllm", port: ports.vllm, container: "vllm_node" }],
        },
        {
          id: "spark2",
          label: "Spark 2",
          address: spark2.address,
          sshPort: spark2.sshPort,
          sshUser: user,
          hostKeyFingerprint: spark2.fingerprint,
          role: "worker",
          services: [
            { kind: "asr", port: ports.asr, container: "parakeet-asr" },
            { kind: "tts", port: ports.tts, container: "kokoro" },
            { kind: "embed", port: ports.embed, container: "spark-embed" },
            { kind: "qdrant", port: ports.qdrant, container: "qdrant" },
            { kind: "bot", port: null, container: "matrix-bridge" },
          ],
        },
      ],
      sshKeyPath: keyPath,
      server: { port: 9999, hostname: "127.0.0.1" },
      matrixBridge: { user, hostId: "spark2", container: "matrix-bridge" },
    });

    let closed = false;
    return {
      config,
      keyPath,
      publicKey: key.public,
      dir,
      hosts: { spark1, spark2 },
      services,
      async close() {
        if (closed) return;
        closed = true;
        await Promise.all([spark1.close(), spark2.close()]);
        await Deno.remove(dir, { recursive: true });
      },
      killSync() {
        spark1.killSync();
        spark2.killSync();
        try {
          Deno.removeSync(dir, { recursive: true });
        } catch {
          // Already removed by close().
        }
      },
    };
  } catch (e) {
    await Promise.all(Object.values(hosts).map((h) => h.close().catch(() => {})));
    await Deno.remove(dir, { recursive: true }).catch(() => {});
    throw e;
  }
}

function vllmHandle(base: SimService): SimVllm {
  return {
    ...base,
    async killEngine() {
      await base.control("vllm", { killEngine: true });
    },
    settings: (patch) => base.control("vllm", patch),
    // A bound against hangs, not a timing assertion: on a loaded 2-core CI machine with cold
    // module caches, two fake vLLM processes can take well over 30 s to come up.
    waitHealthy(timeoutMs = 90_000) {
      return pollUntil(`vLLM /health 200 at ${base.url}`, async () => {
        try {
          const res = await fetch(`${base.url}/health`);
          await res.body?.cancel();
          return res.status === 200;
        } catch {
          return false;
        }
      }, timeoutMs);
    },
  };
}
