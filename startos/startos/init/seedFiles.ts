import { configJson, protectConfig } from '../fileModels/config.json'
import { sdk } from '../sdk'

// On install, write config.json with every default, so the app and the
// actions start from the same file. Later inits leave the file alone: the
// owner's settings are the app's business.
export const seedFiles = sdk.setupOnInit(async (effects, kind) => {
  if (kind !== 'install') return
  await configJson.merge(effects, {})
  await protectConfig()
})
