/**
 * The controller app (in memory) with a fake Qdrant and a fake spark-embed
 * on 127.0.0.1 behind it, for search tests and the search bench. Dispose it
 * with `await using`.
 */
import type { Hono } from "hono";
import { createApp } from "../app.ts";
import type { Config } from "../lib/config/mod.ts";
import type { Deps } from "../lib/deps.ts";
import { fakeDeps } from "./fakes.ts";
import type { FakeService } from "./sim/services/_common.ts";
import { startFakeEmbed } from "./sim/services/embed.ts";
import { type FakeQdrant, startFakeQdrant } from "./sim/services/qdrant.ts";

/** A running app and its fake upstreams. */
export interface SearchEnv extends AsyncDisposable {
  app: Hono;
  deps: Deps;
  qdrant: FakeQdrant;
  embed: FakeService;
  /** Sends a JSON request to the app; returns status, headers and parsed body. */
  call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; headers: Headers; body: Json }>;
}

/** A parsed JSON body; tests read into it freely. */
// deno-lint-ignore no-explicit-any -- response shapes are asserted field by field
export type Json = any;

/** Options of {@link searchEnv}. */
export interface SearchEnvOptions {
  qdrantProfile?: string;
  embedProfile?: string;
  configure?: (c: Config) => void;
  /** Wraps the real fetch (to inject failures on chosen calls). */
  wrapFetch?: (inner: typeof fetch) => typeof fetch;
}

/** Hosts with the embed and Qdrant services on loopback ports. */
export function searchHosts(embedPort: number, qdrantPort: number): Config["hosts"] {
  return [{
    id: "spark2",
    label: "Spark 2",
    address: "127.0.0.1",
    sshPort: 22,
    sshUser: "",
    hostKeyFingerprint: null,
    role: "worker",
    services: [{ kind: "embed", port: embedPort }, { kind: "qdrant", port: qdrantPort }],
  }];
}

/** Starts the fakes and the app pointed at them. */
export async function searchEnv(opts: SearchEnvOptions = {}): Promise<SearchEnv> {
  const qdrant = await startFakeQdrant(opts.qdrantProfile ? { profile: opts.qdrantProfile } : {});
  const embed = await startFakeEmbed(opts.embedProfile ? { profile: opts.embedProfile } : {});
  const inner: typeof fetch = (input, init) => globalThis.fetch(input, init);
  const deps = fakeDeps({
    fetch: opts.wrapFetch ? opts.wrapFetch(inner) : inner,
    configure: (c) => {
      c.hosts = searchHosts(embed.port, qdrant.port);
      opts.configure?.(c);
    },
  });
  const app = createApp(deps);
  return {
    app,
    deps,
    qdrant,
    embed,
    async call(method, path, body) {
      const res = await app.request(path, {
        method,
        headers: {
          host: "localhost",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        headers: res.headers,
        body: text === "" ? null : JSON.parse(text),
      };
    },
    async [Symbol.asyncDispose]() {
      await deps.close();
      await Promise.all([qdrant.close(), embed.close()]);
    },
  };
}
