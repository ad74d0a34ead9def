import ipaddr from "ipaddr.js";
import type { Config, ServiceKind } from "../config/mod.ts";
import { HostUnreachableError } from "../errors.ts";

/** Where one upstream service answers. */
export interface Upstream {
  /** The service kind, e.g. `vllm`. */
  kind: ServiceKind;
  /** The host that runs it. */
  hostId: string;
  /** `http://<address>:<port>`, no trailing slash. */
  base: string;
}

/**
 * Address ranges the gateway may send requests to. Audio and transcripts
 * must never leave the LAN, so anything routable on the internet is refused
 * even if the owner typed it in. `carrierGradeNat` is Tailscale's IPv4 range
 * and `uniqueLocal` its IPv6 one (fd7a:…), both private overlays.
 */
const ALLOWED_RANGES = new Set([
  "private",
  "loopback",
  "linkLocal",
  "carrierGradeNat",
  "uniqueLocal",
]);

/** True when `address` is a literal IP in a private, loopback or VPN range. */
export function isPrivateAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // process() unwraps IPv4-mapped IPv6 (::ffff:127.0.0.1) so it is judged as IPv4.
  return ALLOWED_RANGES.has(ipaddr.process(address).range());
}

/**
 * Finds the host whose `services` has `kind` and builds its base URL. Throws
 * HostUnreachableError (503, source controller) when no host runs it, its
 * address is blank, or the address is public.
 */
export function resolveUpstream(config: Pick<Config, "hosts">, kind: ServiceKind): Upstream {
  // The config object is replaced (never mutated) on change, so it keys a safe cache.
  let byKind = CACHE.get(config.hosts);
  if (!byKind) CACHE.set(config.hosts, byKind = new Map());
  let found = byKind.get(kind);
  if (!found) byKind.set(kind, found = lookUp(config.hosts, kind));
  if (found instanceof Error) throw found;
  return found;
}

const CACHE = new WeakMap<Config["hosts"], Map<ServiceKind, Upstream | Error>>();

function lookUp(hosts: Config["hosts"], kind: ServiceKind): Upstream | Error {
  try {
    return findUpstream(hosts, kind);
  } catch (err) {
    return err as Error;
  }
}

function findUpstream(hosts: Config["hosts"], kind: ServiceKind): Upstream {
  for (const host of hosts) {
    const service = host.services.find((s) => s.kind === kind);
    if (!service) continue;
    if (host.address === "") {
      throw new HostUnreachableError(
        host.id,
        `The ${kind} service is on "${host.id}", which has no address yet; set it in Settings`,
      );
    }
    if (service.port === null) {
      throw new HostUnreachableError(host.id, `The ${kind} service on "${host.id}" has no port`);
    }
    if (!isPrivateAddress(host.address)) {
      throw new HostUnreachableError(
        host.id,
        `Refusing to send ${kind} requests to ${host.address}: upstream addresses must be private, loopback or VPN addresses`,
      );
    }
    const literal = host.address.includes(":") ? `[${host.address}]` : host.address;
    return { kind, hostId: host.id, base: `http://${literal}:${service.port}` };
  }
  throw new HostUnreachableError(
    "",
    `No host runs the ${kind} service; add it to a host in Settings`,
  );
}
