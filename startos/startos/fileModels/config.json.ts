import { chmod } from 'node:fs/promises'
import { FileHelper, z } from '@start9labs/start-sdk'
import { sdk } from '../sdk'

/**
 * The controller's own `<data>/config.json`, the file the app validates with
 * lib/config/schema.ts. Every key has a `.catch()` default equal to the app's
 * default, so a damaged file degrades to defaults here instead of crashing
 * an action; the app itself reports what was wrong. Keys this model does not
 * know (added by later app versions) survive a merge untouched, because the
 * SDK parses file models loosely.
 */

export const SERVICE_KINDS = [
  'vllm',
  'asr',
  'tts',
  'embed',
  'qdrant',
  'bot',
] as const

export type ServiceKind = (typeof SERVICE_KINDS)[number]

/** Default ports from CONTRACTS.md; `bot` has no port. */
export const DEFAULT_PORTS: Record<ServiceKind, number | null> = {
  vllm: 8888,
  asr: 8000,
  tts: 8880,
  embed: 8088,
  qdrant: 6333,
  bot: null,
}

const port = z.number().int().min(1).max(65535)

const service = z.object({
  kind: z.enum(SERVICE_KINDS),
  port: port.nullable().catch(null),
  container: z.string().optional().catch(undefined),
})

// `kind` and `id` have no default of their own: an entry without them is
// meaningless, so the list around it falls back to its default instead.
const host = z.object({
  id: z.string(),
  label: z.string().catch(''),
  address: z.string().catch(''),
  sshPort: port.catch(22),
  sshUser: z.string().catch(''),
  hostKeyFingerprint: z.string().nullable().catch(null),
  role: z.enum(['head', 'worker']).catch('worker'),
  services: z.array(service).catch([]),
})

/** One Spark as the config file stores it. */
export type HostEntry = z.infer<typeof host>

/** The two-Spark cluster the app starts with: addresses blank until configured. */
export function defaultHosts(): HostEntry[] {
  return [
    {
      id: 'spark1',
      label: 'Spark 1',
      address: '',
      sshPort: 22,
      sshUser: '',
      hostKeyFingerprint: null,
      role: 'head',
      services: [
        { kind: 'vllm', port: DEFAULT_PORTS.vllm, container: 'vllm_node' },
      ],
    },
    {
      id: 'spark2',
      label: 'Spark 2',
      address: '',
      sshPort: 22,
      sshUser: '',
      hostKeyFingerprint: null,
      role: 'worker',
      services: [
        { kind: 'asr', port: DEFAULT_PORTS.asr, container: 'parakeet-asr' },
        { kind: 'tts', port: DEFAULT_PORTS.tts, container: 'kokoro' },
        { kind: 'embed', port: DEFAULT_PORTS.embed, container: 'spark-embed' },
        { kind: 'qdrant', port: DEFAULT_PORTS.qdrant, container: 'qdrant' },
        { kind: 'bot', port: null, container: 'matrix-bridge' },
      ],
    },
  ]
}

const serverDefaults = {
  port: 9999,
  hostname: '0.0.0.0',
  allowedHosts: [] as string[],
  allowedOrigins: [] as string[],
}
const authDefaults = {
  apiTokens: [] as string[],
  dashboardPasswordHash: null as string | null,
}
const vllmDefaults = {
  repoDir: '~/spark-vllm-docker',
  container: 'vllm_node',
  image: 'vllm-node',
}
const queueDefaults = () => ({
  vllm: { concurrency: 32, queue: 256 },
  asr: { concurrency: 1, queue: 32 },
  diarize: { concurrency: 1, queue: 32 },
  tts: { concurrency: 4, queue: 64 },
  embed: { concurrency: 8, queue: 256 },
})
const matrixBridgeDefaults = {
  user: '',
  hostId: 'spark2',
  container: 'matrix-bridge',
  repoDir: '~/matrix-bridge',
  branch: 'main',
}

export const shape = z.object({
  version: z.literal(1).catch(1),
  hosts: z.array(host).catch(defaultHosts),
  sshKeyPath: z.string().catch(''),
  server: z
    .object({
      port: port.catch(serverDefaults.port),
      hostname: z.string().catch(serverDefaults.hostname),
      allowedHosts: z.array(z.string()).catch([]),
      allowedOrigins: z.array(z.string()).catch([]),
    })
    .catch(() => ({ ...serverDefaults, allowedHosts: [], allowedOrigins: [] })),
  auth: z
    .object({
      apiTokens: z.array(z.string()).catch([]),
      dashboardPasswordHash: z.string().nullable().catch(null),
    })
    .catch(() => ({ ...authDefaults, apiTokens: [] })),
  vllm: z
    .object({
      repoDir: z.string().catch(vllmDefaults.repoDir),
      container: z.string().catch(vllmDefaults.container),
      image: z.string().catch(vllmDefaults.image),
    })
    .catch(() => ({ ...vllmDefaults })),
  gateway: z
    .object({
      queues: z
        .record(
          z.string(),
          z.object({ concurrency: z.number(), queue: z.number() }),
        )
        .catch(queueDefaults),
      swapWaitMs: z.number().int().min(0).catch(600_000),
    })
    .catch(() => ({ queues: queueDefaults(), swapWaitMs: 600_000 })),
  matrixBridge: z
    .object({
      user: z.string().catch(matrixBridgeDefaults.user),
      hostId: z.string().catch(matrixBridgeDefaults.hostId),
      container: z.string().catch(matrixBridgeDefaults.container),
      repoDir: z.string().catch(matrixBridgeDefaults.repoDir),
      branch: z.string().catch(matrixBridgeDefaults.branch),
    })
    .catch(() => ({ ...matrixBridgeDefaults })),
  connectivity: z
    .object({ retentionDays: z.number().int().min(1).max(3650).catch(30) })
    .catch(() => ({ retentionDays: 30 })),
})

/** The config file as this package reads it. */
export type ConfigFile = z.infer<typeof shape>

export const configJson = FileHelper.json(
  { base: sdk.volumes.main, subpath: 'config.json' },
  shape,
)

/** Makes config.json readable by its owner only, as the app keeps it: it may hold API tokens. */
export async function protectConfig(): Promise<void> {
  await chmod(sdk.volumes.main.subpath('config.json'), 0o600)
}

/**
 * Reads config.json; null when it is missing or is not JSON at all (a file
 * with wrong values still reads, each bad value replaced by its default).
 */
export async function readConfig(): Promise<ConfigFile | null> {
  try {
    return await configJson.read().once()
  } catch (err) {
    if (err instanceof SyntaxError) return null
    throw err
  }
}
