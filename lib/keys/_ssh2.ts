/**
 * The slice of ssh2 that key handling needs (key generation, parsing, and a
 * password login for the one-time key install), typed here by hand for the
 * same reason as lib/cluster/_ssh2.ts: `@types/ssh2` drags in old node
 * typings that break `node:sqlite` in the same program.
 */
// @ts-types="./_ssh2_types.d.ts"
import * as ssh2 from "ssh2";

/** A parsed OpenSSH key. */
export interface ParsedKey {
  type: string;
  comment: string;
  getPublicSSH(): Uint8Array;
  isPrivateKey(): boolean;
}

interface Ssh2Utils {
  parseKey(data: string): ParsedKey | ParsedKey[] | Error;
}

/** One exec channel of a password session. */
export interface PasswordChannel {
  on(event: "data", fn: (chunk: Uint8Array) => void): this;
  on(event: "exit", fn: (code: number | null) => void): this;
  on(event: "close", fn: () => void): this;
  stderr: { on(event: "data", fn: (chunk: Uint8Array) => void): unknown };
  end(): void;
}

/** The client calls the key installer makes. */
export interface PasswordClient {
  on(event: "ready" | "close", fn: () => void): this;
  on(event: "error", fn: (err: Error & { level?: string; code?: string }) => void): this;
  on(
    event: "keyboard-interactive",
    fn: (
      name: string,
      instructions: string,
      lang: string,
      prompts: { prompt: string }[],
      finish: (answers: string[]) => void,
    ) => void,
  ): this;
  connect(config: {
    host: string;
    port: number;
    username: string;
    password: string;
    agent?: undefined;
    tryKeyboard: boolean;
    readyTimeout: number;
    hostVerifier: (key: Uint8Array) => boolean;
  }): this;
  exec(command: string, cb: (err: Error | undefined, channel: PasswordChannel) => void): boolean;
  setNoDelay(noDelay?: boolean): this;
  end(): this;
}

const mod = ssh2 as unknown as {
  utils?: Ssh2Utils;
  Client?: new () => PasswordClient;
  default?: { utils: Ssh2Utils; Client: new () => PasswordClient };
};

/** ssh2's key utilities. */
export const sshUtils: Ssh2Utils = (mod.utils ?? mod.default?.utils)!;

/** Creates an ssh2 client for a password login. */
export function newPasswordClient(): PasswordClient {
  const ctor = (mod.Client ?? mod.default?.Client)!;
  return new ctor();
}
