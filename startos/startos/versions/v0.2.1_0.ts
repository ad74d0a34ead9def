import { IMPOSSIBLE, VersionInfo } from '@start9labs/start-sdk'
// Generated from CHANGELOG.md by scripts/release-notes.mjs: edit the changelog.
import notes from './releaseNotes.json'

export const v_0_2_1_0 = VersionInfo.of({
  version: '0.2.1:0',
  releaseNotes: { en_US: notes['0.2.1:0'] },
  migrations: {
    up: async ({ effects }) => {},
    down: IMPOSSIBLE,
  },
})
