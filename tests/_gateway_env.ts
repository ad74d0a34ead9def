/**
 * The controller served on 127.0.0.1 with fake vLLM, Kokoro and spark-embed
 * behind it, for gateway and SDK tests. Dispose it with `await using`.
 */
import { createApp } from "../app.ts";
import type { Config } from "../lib/config/mod.ts";
import type { Deps } from "../lib/deps.ts";
import { fakeDeps } from "./fakes.ts";
import type { FakeService } from "./sim/services/_common.ts";
import { startFakeEmbed } from "./sim/services/embed.ts";
import { startFakeKokoro } from "./sim/services/kokoro.ts";
import { type FakeVllm, type FakeVllmOptions, startFakeVllm } from "./sim/services/vllm.ts";

/** The served model id of the fake vLLM. */
export const MODEL = "sim/tiny-chat";

/** A running controller and its fake upstreams. */
export interface GatewayEnv extends AsyncDisposable {
  /** `http://127.0.0.1:<port>` of the controller. */
  url: string;
  deps: Deps;
  vllm: FakeVllm;
  kokoro: FakeService;
  embed: FakeService;
}

/** Options of {@link gatewayEnv}. */
export interface GatewayEnvOptions {
  vllm?: Partial<FakeVllmOptions>;
  kokoroProfile?: string;
  embedProfile?: string;
  configure?: (c: Config) => void;
  deps?: Partial<Deps>;
}

/** Starts the fakes and the controller pointed at them. */
export async function gatewayEnv(opts: GatewayEnvOptions = {}): Promise<GatewayEnv> {
  const vllm = await startFakeVllm({ model: MODEL, ...opts.vllm });
  await vllm.ready;
  const kokoro = await startFakeKokoro({ profile: opts.kokoroProfile });
  const embed = await startFakeEmbed(opts.embedProfile ? { profile: opts.embedProfile } : {});
  const deps = fakeDeps({
    fetch: globalThis.fetch,
    ...opts.deps,
    configure: (c) => {
      c.hosts = pointAt({ vllm: vllm.port, tts: kokoro.port, embed: embed.port });
      opts.configure?.(c);
    },
  });
  const server = Deno.serve(
    { hostname: "127.0.0.1", port: 0, onListen: () => {} },
    createApp(deps).fetch,
  );
  return {
    url: `http://127.0.0.1:${server.addr.port}`,
    deps,
    vllm,
    kokoro,
    embed,
    async [Symbol.asyncDispose]() {
      await server.shutdown();
      await Promise.all([vllm.close(), kokoro.close(), embed.close()]);
      await deps.close();
    },
  };
}

/** Two hosts on loopback running the given services. */
export function pointAt(ports: Partial<Record<"vllm" | "tts" | "embed", number>>): Config["hosts"] {
  const base = {
    address: "127.0.0.1",
    sshPort: 22,
    sshUser: "",
    hostKeyFingerprint: null,
  };
  return [
    {
      ...base,
      id: "spark1",
      label: "Spark 1",
      role: "head",
      services: ports.vllm ? [{ kind: "vllm", port: ports.vllm }] : [],
    },
    {
      ...base,
      id: "spark2",
      label: "Spark 2",
      role: "worker",
      services: [
        ...(ports.tts ? [{ kind: "tts" as const, port: ports.tts }] : []),
        ...(ports.embed ? [{ kind: "embed" as const, port: ports.embed }] : []),
      ],
    },
  ];
}

/**
 * Yields to the event loop until `cond` holds: awaits an event the code
 * under test causes (a fake recording an abort), never a fixed time.
 */
export async function until(cond: () => boolean, what: string, maxTurns = 20_000): Promise<void> {
  for (let i = 0; i < maxTurns; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 0));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

/** A port nothing listens on (bound, read, released). */
export function closedPort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}
