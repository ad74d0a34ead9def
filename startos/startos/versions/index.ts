import { VersionGraph } from '@start9labs/start-sdk'
import { v_0_1_0_0 } from './v0.1.0_0'
import { v_0_2_0_0 } from './v0.2.0_0'
import { v_0_2_1_0 } from './v0.2.1_0'

/**
 * Every released version. `current` must equal lib/version.ts's RELEASE and
 * the newest CHANGELOG.md heading (tests/release_test.ts checks both). On a
 * release, add a file for the new version, make it `current` and keep the
 * earlier ones in `other`, so StartOS knows the path from any installed
 * version (their migrations are no-ops unless a release needs one).
 */
export const versionGraph = VersionGraph.of({
  current: v_0_2_1_0,
  other: [v_0_2_0_0, v_0_1_0_0],
})
