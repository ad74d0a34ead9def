import type { Config } from "../config/mod.ts";
import type { SshTarget } from "../cluster/mod.ts";

/**
 * The SSH target for the bot's commands: the bot's host (address, port,
 * pinned key) logged in as the bot's own user, so the update runs as that
 * user without sudo. Empty when the bot or its host is not configured.
 */
export function botTarget(config: Config): SshTarget[] {
  const b = config.matrixBridge;
  const host = config.hosts.find((h) => h.id === b.hostId);
  if (!host || b.user.trim() === "") return [];
  return [{
    id: host.id,
    address: host.address,
    sshPort: host.sshPort,
    sshUser: b.user,
    hostKeyFingerprint: host.hostKeyFingerprint,
  }];
}
