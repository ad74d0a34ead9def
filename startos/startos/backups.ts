import { sdk } from './sdk'

// The whole data volume: config, the SSH key pair, the swap journal and
// history (sqlite). The controller is stopped while StartOS backs it up, so
// the sqlite files are consistent.
export const { createBackup, restoreInit } = sdk.setupBackups(
  async ({ effects }) => sdk.Backups.ofVolumes('main'),
)
