/**
 * The slice of ssh2's client API the runner uses, typed here by hand.
 *
 * Why not `@types/ssh2`: it pulls in `@types/node@18`, whose node typings
 * replace Deno's own and break type checking of every module that imports
 * `node:sqlite` (the store) in the same program.
 */
// @ts-types="./_ssh2_types.d.ts"
import * as ssh2 from "ssh2";

/** One exec channel. */
export interface ClientChannel {
  on(event: "data", fn: (chunk: Uint8Array) => void): this;
  on(event: "exit", fn: (code: number | null, signal?: string) => void): this;
  on(event: "close", fn: () => void): this;
  once(event: "close", fn: () => void): this;
  stderr: { on(event: "data", fn: (chunk: Uint8Array) => void): unknown };
  end(data?: string): void;
  close(): void;
}

/** Options for {@link Client.connect} (only those the runner sets). */
export interface ConnectConfig {
  host: string;
  port: number;
  username: string;
  privateKey?: string;
  agent?: undefined;
  tryKeyboard?: boolean;
  readyTimeout?: number;
  keepaliveInterval?: number;
  keepaliveCountMax?: number;
  hostVerifier?: (key: Uint8Array) => boolean;
}

/** An SSH client connection. */
export interface Client {
  on(event: "ready" | "close" | "end", fn: () => void): this;
  on(event: "error", fn: (err: Error & { level?: string; code?: string }) => void): this;
  once(event: "close", fn: () => void): this;
  connect(config: ConnectConfig): this;
  exec(command: string, cb: (err: Error | undefined, channel: ClientChannel) => void): boolean;
  setNoDelay(noDelay?: boolean): this;
  end(): this;
}

/** Creates an ssh2 client. */
export function newClient(): Client {
  const ctor = (ssh2 as unknown as { Client: new () => Client }).Client;
  return new ctor();
}
