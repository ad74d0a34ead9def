import { setupManifest } from '@start9labs/start-sdk'
import { long, short } from './i18n'

export const manifest = setupManifest({
  id: 'spark-control',
  title: 'Spark Control',
  // TODO(#11): the owner picks the licence and the repository URLs (example.com is a placeholder); start-cli packs startos/LICENSE.
  license: 'MIT',
  packageRepo: 'https://example.com/spark-control',
  upstreamRepo: 'https://example.com/spark-control',
  marketingUrl: 'https://example.com/spark-control',
  donationUrl: null,
  docsUrls: [
    'https://example.com/spark-control/docs/INSTALL.md',
    'https://example.com/spark-control/docs/runbook.md',
  ],
  description: { short, long },
  volumes: ['main'],
  images: {
    // Built from the project's own Dockerfile (repository root): deno compile
    // in the build stage, the single binary on debian-slim at run time.
    main: {
      source: { dockerBuild: { dockerfile: '../Dockerfile', workdir: '..' } },
      arch: ['x86_64', 'aarch64'],
      emulateMissingAs: null,
    },
  },
  dependencies: {},
})
