import { isIP } from 'node:net'
import { T } from '@start9labs/start-sdk'
import {
  configJson,
  DEFAULT_PORTS,
  protectConfig,
  readConfig,
  shape,
  HostEntry,
  SERVICE_KINDS,
  ServiceKind,
} from '../fileModels/config.json'
import { i18n } from '../i18n'
import { sdk } from '../sdk'
import { restartIfRunning } from '../utils'

const { InputSpec, Value, List } = sdk

// The same rules as lib/config/schema.ts, so the app never rejects what this
// action writes.
const HOST_ID_REGEX = '^[a-z][a-z0-9-]{0,31}$'
const USER_REGEX = '^[a-z_][a-z0-9_-]{0,31}$'
// A first filter for the form; the handler checks with node:net's isIP.
const IP_REGEX =
  '^([0-9]{1,3}(\\.[0-9]{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$'
const TOKEN_REGEX = '^[!-~]{16,256}$'

/** Services whose port the form asks for, one field each. */
const PORT_KINDS = ['vllm', 'asr', 'tts', 'embed', 'qdrant'] as const
type PortKind = (typeof PORT_KINDS)[number]
type PortField = `${PortKind}Port`

const portField = (kind: PortKind, name: string) =>
  Value.number({
    name,
    description: i18n(
      'Leave empty if this Spark does not run it. Usual port: ${port}',
      { port: String(DEFAULT_PORTS[kind] ?? '') },
    ),
    required: false,
    default: null,
    min: 1,
    max: 65535,
    integer: true,
  })

const hostSpec = InputSpec.of({
  id: Value.text({
    name: i18n('Short name'),
    description: i18n(
      'Used in links and logs, e.g. spark1. Lower-case letters, digits and dashes.',
    ),
    required: true,
    default: null,
    patterns: [
      {
        regex: HOST_ID_REGEX,
        description: i18n(
          'Start with a letter; use lower-case letters, digits and dashes',
        ),
      },
    ],
  }),
  label: Value.text({
    name: i18n('Label'),
    description: i18n('The name the dashboard shows, e.g. Spark 1'),
    required: true,
    default: null,
    maxLength: 40,
  }),
  address: Value.text({
    name: i18n('IP address'),
    description: i18n(
      "The Spark's IP address on your network. Names ending in .local are not accepted: they resolve slowly and can hang.",
    ),
    required: false,
    default: null,
    placeholder: '192.0.2.10',
    patterns: [
      {
        regex: IP_REGEX,
        description: i18n('Enter an IP address, e.g. 192.0.2.10'),
      },
    ],
  }),
  sshPort: Value.number({
    name: i18n('SSH port'),
    required: true,
    default: 22,
    min: 1,
    max: 65535,
    integer: true,
  }),
  sshUser: Value.text({
    name: i18n('SSH user'),
    description: i18n('The user Spark Control logs in as on this Spark'),
    required: false,
    default: null,
    patterns: [
      { regex: USER_REGEX, description: i18n('Not a valid user name') },
    ],
  }),
  role: Value.select({
    name: i18n('Role'),
    description: i18n(
      'The head node runs vLLM; the others join it for models that span both Sparks.',
    ),
    default: 'worker',
    values: { head: i18n('Head node'), worker: i18n('Worker') },
  }),
  vllmPort: portField('vllm', i18n('vLLM port')),
  asrPort: portField('asr', i18n('Speech-to-text port')),
  ttsPort: portField('tts', i18n('Text-to-speech port')),
  embedPort: portField('embed', i18n('Embeddings port')),
  qdrantPort: portField('qdrant', i18n('Qdrant port')),
  bot: Value.toggle({
    name: i18n('Runs the chat bridge bot'),
    default: false,
  }),
})

export const inputSpec = InputSpec.of({
  hosts: Value.list(
    List.obj(
      {
        name: i18n('Sparks'),
        description: i18n('Each Spark that Spark Control looks after'),
        minLength: 1,
        maxLength: 8,
      },
      { spec: hostSpec, displayAs: '{{label}}', uniqueBy: 'id' },
    ),
  ),
  matrixUser: Value.text({
    name: i18n('Chat bridge bot user'),
    description: i18n(
      'The user on the Spark that owns the chat bridge bot. Leave empty to hide the bot tile.',
    ),
    required: false,
    default: null,
    patterns: [
      { regex: USER_REGEX, description: i18n('Not a valid user name') },
    ],
  }),
  apiTokens: Value.list(
    List.text(
      {
        name: i18n('API tokens'),
        description: i18n(
          'Apps on your network must send one of these as a bearer token. Leave the list empty to let any app on your network use the API.',
        ),
        maxLength: 32,
      },
      {
        masked: true,
        minLength: 16,
        maxLength: 256,
        patterns: [
          {
            regex: TOKEN_REGEX,
            description: i18n('16 to 256 characters, no spaces'),
          },
        ],
        generate: { charset: 'a-z,A-Z,0-9', len: 40 },
      },
    ),
  ),
})

/** The form's values, as the handler receives them. */
export type ConfigureInput = typeof inputSpec._TYPE

type HostInput = ConfigureInput['hosts'][number]

/** Turns the stored config into the form's prefill. */
export function toForm(config: {
  hosts: HostEntry[]
  matrixBridge: { user: string }
  auth: { apiTokens: string[] }
}): ConfigureInput {
  return {
    hosts: config.hosts.map((h) => {
      const portOf = (kind: PortKind) =>
        h.services.find((s) => s.kind === kind)?.port ?? null
      const ports = Object.fromEntries(
        PORT_KINDS.map((k) => [`${k}Port`, portOf(k)]),
      ) as Record<PortField, number | null>
      return {
        id: h.id,
        label: h.label,
        address: h.address || null,
        sshPort: h.sshPort,
        sshUser: h.sshUser || null,
        role: h.role,
        ...ports,
        bot: h.services.some((s) => s.kind === 'bot'),
      }
    }),
    matrixUser: config.matrixBridge.user || null,
    apiTokens: config.auth.apiTokens,
  }
}

/**
 * Checks the form as the app's schema would and builds the hosts to store.
 * Host keys pinned earlier and container names are kept when the host keeps
 * its id (and, for the key, its address). Throws with every problem listed.
 */
export function toHosts(
  input: ConfigureInput,
  previous: HostEntry[],
): HostEntry[] {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const h of input.hosts) {
    if (!new RegExp(HOST_ID_REGEX).test(h.id)) {
      problems.push(i18n('"${id}" is not a valid short name', { id: h.id }))
    }
    if (ids.has(h.id)) {
      problems.push(i18n('The short name "${id}" is used twice', { id: h.id }))
    }
    ids.add(h.id)
    const address = (h.address ?? '').trim()
    if (address.toLowerCase().endsWith('.local')) {
      problems.push(
        i18n(
          '${label}: "${address}" is a .local name; enter the IP address instead',
          { label: h.label, address },
        ),
      )
    } else if (address !== '' && isIP(address) === 0) {
      problems.push(
        i18n('${label}: "${address}" is not an IP address', {
          label: h.label,
          address,
        }),
      )
    }
    const user = (h.sshUser ?? '').trim()
    if (user !== '' && !new RegExp(USER_REGEX).test(user)) {
      problems.push(
        i18n('${label}: "${user}" is not a valid user name', {
          label: h.label,
          user,
        }),
      )
    }
  }
  if (input.hosts.filter((h) => h.role === 'head').length > 1) {
    problems.push(i18n('Only one Spark can be the head node'))
  }
  const matrixUser = (input.matrixUser ?? '').trim()
  if (matrixUser !== '' && !new RegExp(USER_REGEX).test(matrixUser)) {
    problems.push(
      i18n('"${user}" is not a valid user name', { user: matrixUser }),
    )
  }
  for (const token of input.apiTokens) {
    if (!new RegExp(TOKEN_REGEX).test(token)) {
      problems.push(i18n('API tokens need 16 to 256 characters and no spaces'))
      break
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\n'))

  return input.hosts.map((h) =>
    toHost(
      h,
      previous.find((p) => p.id === h.id),
    ),
  )
}

function toHost(h: HostInput, before: HostEntry | undefined): HostEntry {
  const address = (h.address ?? '').trim()
  const containerOf = (kind: ServiceKind) =>
    before?.services.find((s) => s.kind === kind)?.container
  const services: HostEntry['services'] = []
  for (const kind of SERVICE_KINDS) {
    const port = kind === 'bot' ? null : (h[`${kind}Port` as PortField] ?? null)
    const wanted = kind === 'bot' ? h.bot : port !== null
    if (!wanted) continue
    const container = containerOf(kind)
    services.push(
      container === undefined ? { kind, port } : { kind, port, container },
    )
  }
  return {
    id: h.id,
    label: h.label.trim(),
    address,
    sshPort: h.sshPort,
    sshUser: (h.sshUser ?? '').trim(),
    // A new address may be a different machine: ask the owner to trust its
    // key again rather than trusting the old pin silently.
    hostKeyFingerprint:
      before !== undefined && before.address === address
        ? before.hostKeyFingerprint
        : null,
    role: h.role,
    services,
  }
}

export const configureSparks = sdk.Action.withInput(
  'configure-sparks',

  async ({ effects }) => ({
    name: i18n('Configure Sparks'),
    description: i18n(
      'Tell Spark Control where your Sparks are and how to log in to them: the same settings as the Settings page of the dashboard.',
    ),
    warning: null,
    allowedStatuses: 'any',
    group: null,
    visibility: 'enabled',
  }),

  inputSpec,

  async ({ effects }) => {
    const config = await readConfig()
    return config ? toForm(config) : {}
  },

  async ({ effects, input }) => {
    const config = await readConfig()
    const hosts = toHosts(input, config?.hosts ?? [])
    const changes = {
      hosts,
      matrixBridge: { user: (input.matrixUser ?? '').trim() },
      auth: { apiTokens: input.apiTokens },
    }
    if (config === null) {
      // Missing or not JSON: start from the defaults rather than fail.
      await configJson.write(effects, shape.parse(changes))
    } else {
      await configJson.merge(effects, changes)
    }
    await protectConfig()
    await restartIfRunning(effects)
  },
)
