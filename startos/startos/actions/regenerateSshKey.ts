import { rm } from 'node:fs/promises'
import { i18n } from '../i18n'
import { sdk } from '../sdk'
import { restartIfRunning, sshKeySubpath, sshPublicKeySubpath } from '../utils'

export const regenerateSshKey = sdk.Action.withoutInput(
  'regenerate-ssh-key',

  async ({ effects }) => ({
    name: i18n('Regenerate SSH key'),
    description: i18n(
      'Replace the key Spark Control logs in to the Sparks with, for example after a backup of it went astray.',
    ),
    warning: i18n(
      'Spark Control will be locked out of every Spark until you add the new key to each one (Show SSH public key). The old key is deleted and cannot be recovered.',
    ),
    allowedStatuses: 'any',
    group: null,
    visibility: 'enabled',
  }),

  async ({ effects }) => {
    // The app creates a fresh ed25519 pair on start when none exists (issue
    // 10), so the key is made in one place only: here we remove the old pair
    // and restart.
    for (const subpath of [sshKeySubpath, sshPublicKeySubpath]) {
      await rm(sdk.volumes.main.subpath(subpath), { force: true })
    }
    const restarted = await restartIfRunning(effects)
    return {
      version: '1' as const,
      title: i18n('SSH key removed'),
      message: restarted
        ? i18n(
            'Spark Control is restarting and creates a new key. Then run Show SSH public key and add the new key to each Spark.',
          )
        : i18n(
            'Spark Control creates a new key when you start it. Then run Show SSH public key and add the new key to each Spark.',
          ),
      result: null,
    }
  },
)
