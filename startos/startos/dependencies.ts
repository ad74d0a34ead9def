import { sdk } from './sdk'

// Spark Control depends on no other StartOS service: it reaches the Sparks
// over the LAN.
export const setDependencies = sdk.setupDependencies(async ({ effects }) => {
  return {}
})
