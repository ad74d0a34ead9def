import { T } from '@start9labs/start-sdk'

/** The controller's web UI and LAN API port inside the container. */
export const uiPort = 9999

/** Where the main volume is mounted in the controller's container. */
export const dataMount = '/data'

/** The compiled controller, installed by the project Dockerfile. */
export const binary = '/usr/local/bin/spark-control'

/** The controller's SSH key pair inside the data volume (the app creates it on start). */
export const sshKeySubpath = 'ssh/id_ed25519'

/** Subpath of the public half of the key pair. */
export const sshPublicKeySubpath = `${sshKeySubpath}.pub`

/**
 * Restarts the controller if it is running, so it reads what an action
 * wrote; a stopped controller reads it on its next start anyway.
 */
export async function restartIfRunning(effects: T.Effects): Promise<boolean> {
  const status = await effects.getStatus({})
  if (status?.desired.main !== 'running') return false
  await effects.restart()
  return true
}
