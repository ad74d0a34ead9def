import { configJson, protectConfig, shape } from '../fileModels/config.json'
import { i18n } from '../i18n'
import { sdk } from '../sdk'
import { restartIfRunning } from '../utils'

export const reset = sdk.Action.withoutInput(
  'reset',

  async ({ effects }) => ({
    name: i18n('Reset settings'),
    description: i18n(
      'Put every setting back to its default: the Sparks, ports, API tokens and dashboard password are forgotten. The SSH key and the history stay.',
    ),
    warning: i18n(
      'Spark Control forgets your Sparks and API tokens. Apps that use a token stop working until you set it again.',
    ),
    allowedStatuses: 'any',
    group: null,
    visibility: 'enabled',
  }),

  async ({ effects }) => {
    // Parsing an empty object yields every default; write() replaces the
    // whole file, so keys of later app versions are dropped too (a reset).
    await configJson.write(effects, shape.parse({}))
    await protectConfig()
    await restartIfRunning(effects)
    return {
      version: '1' as const,
      title: i18n('Settings reset'),
      message: i18n(
        'Run Configure Sparks to tell Spark Control where your Sparks are.',
      ),
      result: null,
    }
  },
)
