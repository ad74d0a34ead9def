import { i18n } from '../i18n'
import { sdk } from '../sdk'
import { sshPublicKeySubpath } from '../utils'

/** Reads the controller's public key from the data volume; null when there is none yet. */
export async function readPublicKey(): Promise<string | null> {
  try {
    const text = String(
      await sdk.volumes.main.readFile(sshPublicKeySubpath, 'utf8'),
    )
    return text.trim() || null
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** The one line an owner pastes into a Spark's terminal to let the controller in. */
export function authorizeCommand(publicKey: string): string {
  // The key is base64 plus a comment the app wrote; single quotes keep the
  // shell from reading anything in it.
  const quoted = `'${publicKey.replace(/'/g, `'\\''`)}'`
  return `mkdir -p ~/.ssh && chmod 700 ~/.ssh && grep -qxF ${quoted} ~/.ssh/authorized_keys 2>/dev/null || echo ${quoted} >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys`
}

export const showSshKey = sdk.Action.withoutInput(
  'show-ssh-key',

  async ({ effects }) => ({
    name: i18n('Show SSH public key'),
    description: i18n(
      'Show the key Spark Control logs in to the Sparks with, and the command that adds it to a Spark.',
    ),
    warning: null,
    allowedStatuses: 'any',
    group: null,
    visibility: 'enabled',
  }),

  async ({ effects }) => {
    const publicKey = await readPublicKey()
    if (publicKey === null) {
      return {
        version: '1' as const,
        title: i18n('No SSH key yet'),
        message: i18n(
          'Spark Control creates its key the first time it starts. Start the service, then run this action again.',
        ),
        result: null,
      }
    }
    return {
      version: '1' as const,
      title: i18n('SSH public key'),
      message: i18n(
        'Add this key to each Spark: the Settings page of the dashboard can copy it for you (it asks for the Spark password once), or log in to the Spark and paste the command below.',
      ),
      result: {
        type: 'group' as const,
        value: [
          {
            type: 'single' as const,
            name: i18n('Public key'),
            description: null,
            value: publicKey,
            masked: false,
            copyable: true,
            qr: false,
          },
          {
            type: 'single' as const,
            name: i18n('Command to run on a Spark'),
            description: i18n(
              'Run it as the SSH user you configured for that Spark',
            ),
            value: authorizeCommand(publicKey),
            masked: false,
            copyable: true,
            qr: false,
          },
        ],
      },
    }
  },
)
