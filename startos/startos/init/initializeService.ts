import { configureSparks } from '../actions/configureSparks'
import { configJson } from '../fileModels/config.json'
import { i18n } from '../i18n'
import { sdk } from '../sdk'

// Runs on every init and again whenever config.json changes. With no Spark
// configured the controller still runs (the dashboard says "not
// configured"), so this is a task for the owner, not a crash.
export const initializeService = sdk.setupOnInit(async (effects) => {
  const configured = await configJson
    .read((c) => c.hosts.some((h) => h.address !== '' && h.sshUser !== ''))
    .const(effects)
  if (!configured) {
    await sdk.action.createOwnTask(effects, configureSparks, 'critical', {
      reason: i18n(
        'Tell Spark Control the IP address and SSH user of each Spark',
      ),
    })
  }
})
