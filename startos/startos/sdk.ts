import { StartSdk } from '@start9labs/start-sdk'
import { manifest } from './manifest'

/**
 * Plumbing. DO NOT EDIT.
 *
 * The exported sdk const should be used instead of StartSdk directly.
 */
export const sdk = StartSdk.of().withManifest(manifest).build(true)
