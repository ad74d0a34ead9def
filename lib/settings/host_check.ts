/**
 * "Test connection", "Trust" and "Install key" for one Spark: the decisions
 * behind the settings page's buttons. SSH and HTTP come in through `io`, so
 * app tests run them against fakes and system tests against simulated Sparks.
 */
import type { Clock } from "../clock.ts";
import { type Config, type HostConfig, SERVICE_NAMES, type ServiceKind } from "../config/mod.ts";
import { ConflictError, InvalidInputError, NotFoundError } from "../errors.ts";
import {
  type ConnectFailure,
  type ConnectionTestResult,
  describeFailure,
  type HostKeyProbe,
  type SshTarget,
} from "../cluster/mod.ts";
import { probeService } from "../monitor/mod.ts";
import { installPublicKey } from "../keys/mod.ts";

/** The SSH checks the settings page needs (real: lib/cluster; tests: fakes). */
export interface SshCheck {
  probeHostKey(address: string, port: number, timeoutMs?: number): Promise<HostKeyProbe>;
  testConnection(target: SshTarget): Promise<ConnectionTestResult>;
}

/** Whether the key a host presents is the one the owner trusted. */
export type TrustState = "trusted" | "not-trusted-yet" | "changed" | "unknown";

/** What "Test connection" shows for one host. */
export interface HostCheck {
  hostId: string;
  address: string;
  sshPort: number;
  /** The Spark answered on its SSH port. */
  reachable: boolean;
  /** The host key it presented (`SHA256:…`), or null when it did not answer. */
  presentedFingerprint: string | null;
  pinnedFingerprint: string | null;
  trust: TrustState;
  /** Key login with the controller's key worked (only tried when the key is trusted). */
  login: { ok: boolean; message: string } | null;
  /** Each HTTP service with a port: does it answer? */
  services: { kind: ServiceKind; port: number; answers: boolean; detail: string }[];
  /** One sentence for the owner. */
  summary: string;
}

/** Unsaved settings the owner may test before saving. */
export interface HostOverride {
  address?: string;
  sshPort?: number;
  sshUser?: string;
}

/** The dependencies of the host actions. */
export interface HostIo {
  ssh: SshCheck;
  fetch: typeof fetch;
  clock: Clock;
}

/** Finds a host by id or throws `NotFoundError`. */
export function findHost(config: Config, hostId: string): HostConfig {
  const host = config.hosts.find((h) => h.id === hostId);
  if (!host) throw new NotFoundError(`There is no Spark with id "${hostId}"`);
  return host;
}

/** Runs "Test connection" for a host, optionally with unsaved address/port/user. */
export async function checkHost(
  host: HostConfig,
  override: HostOverride,
  io: HostIo,
): Promise<HostCheck> {
  const address = override.address ?? host.address;
  const sshPort = override.sshPort ?? host.sshPort;
  const sshUser = override.sshUser ?? host.sshUser;
  // A different address or port is a different machine as far as trust goes.
  const pinned = address === host.address && sshPort === host.sshPort
    ? host.hostKeyFingerprint
    : null;
  const base = { hostId: host.id, address, sshPort, pinnedFingerprint: pinned };
  if (!address) {
    return {
      ...base,
      reachable: false,
      presentedFingerprint: null,
      trust: "unknown",
      login: null,
      services: [],
      summary: "Enter this Spark's IP address first.",
    };
  }
  const [probe, services] = await Promise.all([
    io.ssh.probeHostKey(address, sshPort, 5_000),
    probeServices(host, address, io),
  ]);
  if (!probe.ok) {
    return {
      ...base,
      reachable: false,
      presentedFingerprint: null,
      trust: "unknown",
      login: null,
      services,
      summary: `The Spark did not answer on SSH port ${sshPort}: ${
        describeFailure(probe.failure)
      }.`,
    };
  }
  const presented = probe.fingerprint;
  const trust: TrustState = pinned === null
    ? "not-trusted-yet"
    : pinned === presented
    ? "trusted"
    : "changed";
  let login: HostCheck["login"] = null;
  if (trust === "trusted") {
    if (!sshUser) {
      login = { ok: false, message: "Enter the user the controller logs in as." };
    } else {
      const r = await io.ssh.testConnection({
        id: host.id,
        address,
        sshPort,
        sshUser,
        hostKeyFingerprint: pinned,
      });
      login = r.ok
        ? { ok: true, message: `Logged in as ${sshUser} with the controller's key.` }
        : { ok: false, message: loginAdvice(r.failure, sshUser) };
    }
  }
  return {
    ...base,
    reachable: true,
    presentedFingerprint: presented,
    trust,
    login,
    services,
    summary: summarize(trust, login, services),
  };
}

function loginAdvice(f: ConnectFailure, user: string): string {
  if (f.kind === "auth-failed") {
    return `The Spark does not accept the controller's key for ${user} yet. Use "Install key" with ` +
      "the Spark's password, or paste the one-line command on the Spark.";
  }
  return `Login failed: ${describeFailure(f)}.`;
}

function summarize(
  trust: TrustState,
  login: HostCheck["login"],
  services: HostCheck["services"],
): string {
  switch (trust) {
    case "not-trusted-yet":
      return "This is the first contact with this Spark. Check the fingerprint and press Trust if it is yours.";
    case "changed":
      return "Warning: this Spark's identity has changed since you trusted it. The controller will not " +
        "use it until you re-trust it. Only do that if you know why (for example, the Spark was reinstalled).";
    case "trusted":
      if (!login?.ok) return login?.message ?? "";
      return servicesSummary(services);
    default:
      return "";
  }
}

// "All good" only when every service with a port answers too: a Spark that is reachable but
// serves nothing is not good.
function servicesSummary(services: HostCheck["services"]): string {
  const silent = services.filter((s) => !s.answers);
  if (silent.length === 0) {
    return "All good: the Spark is reachable, trusted, and accepts the controller's key.";
  }
  // Inside a sentence: "speech to text (parakeet) does not answer".
  const names = [...new Set(silent.map((s) => lowerFirst(SERVICE_NAMES[s.kind] ?? s.kind)))];
  const list = names.length === 1
    ? names[0]
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  return "The Spark is reachable, trusted, and accepts the controller's key, but " +
    `${list} ${silent.length === 1 ? "does" : "do"} not answer: check the ports below, ` +
    "or whether those services are started.";
}

async function probeServices(
  host: HostConfig,
  address: string,
  io: HostIo,
): Promise<HostCheck["services"]> {
  const withPorts = host.services.filter((s): s is typeof s & { port: number } =>
    s.port !== null && s.kind !== "bot"
  );
  const url = (port: number) =>
    `http://${address.includes(":") ? `[${address}]` : address}:${port}`;
  return await Promise.all(withPorts.map(async (s) => {
    const p = await probeService(s.kind, url(s.port), { fetch: io.fetch, clock: io.clock });
    const r = p.result;
    return {
      kind: s.kind,
      port: s.port,
      answers: r.ok,
      detail: r.ok ? "answers" : ("message" in r && r.message ? String(r.message) : r.reason),
    };
  }));
}

/**
 * Pins `fingerprint` for a host after checking that the host presents it
 * right now. Replacing a different pin needs `retrust` (a deliberate act).
 * Returns the config to save.
 */
export async function trustHost(
  config: Config,
  hostId: string,
  body: { fingerprint: string; retrust?: boolean },
  ssh: SshCheck,
): Promise<Config> {
  const host = findHost(config, hostId);
  if (!host.address) {
    throw new InvalidInputError("Save this Spark's IP address first", { param: "address" });
  }
  if (host.hostKeyFingerprint === body.fingerprint) return config;
  if (host.hostKeyFingerprint !== null && !body.retrust) {
    throw new ConflictError(
      `${host.label} already has a trusted identity (${host.hostKeyFingerprint}). Replacing it ` +
        "needs a deliberate re-trust.",
    );
  }
  const probe = await ssh.probeHostKey(host.address, host.sshPort, 5_000);
  if (!probe.ok) {
    throw new ConflictError(
      `${host.label} did not answer, so its identity cannot be checked: ${
        describeFailure(probe.failure)
      }`,
    );
  }
  if (probe.fingerprint !== body.fingerprint) {
    throw new ConflictError(
      `${host.label} now presents ${probe.fingerprint}, not the ${body.fingerprint} you confirmed. ` +
        "Nothing was trusted; test the connection again.",
    );
  }
  const next = structuredClone(config);
  findHost(next, hostId).hostKeyFingerprint = body.fingerprint;
  return next;
}

/**
 * Installs the controller's public key on a host with the owner's password
 * (used once, never stored), then checks that key login works.
 */
export async function installKeyOnHost(
  config: Config,
  hostId: string,
  body: { password: string; user?: string },
  publicKey: string,
  ssh: SshCheck,
): Promise<{ user: string; verified: true }> {
  const host = findHost(config, hostId);
  const user = body.user || host.sshUser;
  if (!user) {
    throw new InvalidInputError("Enter and save the user the controller logs in as first", {
      param: "user",
    });
  }
  await installPublicKey(
    {
      hostId,
      address: host.address,
      port: host.sshPort,
      user,
      hostKeyFingerprint: host.hostKeyFingerprint,
    },
    body.password,
    publicKey,
  );
  const check = await ssh.testConnection({
    id: host.id,
    address: host.address,
    sshPort: host.sshPort,
    sshUser: user,
    hostKeyFingerprint: host.hostKeyFingerprint,
  });
  if (!check.ok) {
    throw new ConflictError(
      `The key was added on ${host.label}, but logging in with it still fails: ${
        describeFailure(check.failure)
      }`,
    );
  }
  return { user, verified: true };
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
