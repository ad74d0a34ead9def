import { sdk } from '../sdk'
import { configureSparks } from './configureSparks'
import { regenerateSshKey } from './regenerateSshKey'
import { reset } from './reset'
import { showSshKey } from './showSshKey'

export const actions = sdk.Actions.of()
  .addAction(configureSparks)
  .addAction(showSshKey)
  .addAction(regenerateSshKey)
  .addAction(reset)
