import { configJson } from './fileModels/config.json'
import { checkHealthz } from './healthz'
import { i18n } from './i18n'
import { uiHostId } from './interfaces'
import { sdk } from './sdk'
import { binary, dataMount, uiPort } from './utils'

export const main = sdk.setupMain(async ({ effects }) => {
  console.info(i18n('Starting Spark Control'))

  // The app refuses requests whose Host header is not one of its names
  // (DNS-rebinding defence). Inside the container it cannot see the names
  // StartOS serves it under (server.local, the LAN IP, .onion), so they are
  // added to config.server.allowedHosts before it starts. `const` re-runs
  // main when those addresses change.
  const names = await sdk.host
    .getOwn(effects, uiHostId, (host) =>
      hostNames(host?.bindings[uiPort]?.addresses.available ?? []),
    )
    .const()
  await allowHostNames(effects, names)

  const subcontainer = await sdk.SubContainer.of(
    effects,
    { imageId: 'main' },
    sdk.Mounts.of().mountVolume({
      volumeId: 'main',
      subpath: null,
      mountpoint: dataMount,
      readonly: false,
    }),
    'spark-control-sub',
  )

  return sdk.Daemons.of(effects).addDaemon('primary', {
    subcontainer,
    exec: {
      command: [
        binary,
        '--data',
        dataMount,
        '--port',
        String(uiPort),
        '--host',
        '0.0.0.0',
      ],
    },
    ready: {
      display: i18n('Web UI and LAN API'),
      fn: () =>
        checkHealthz(`http://127.0.0.1:${uiPort}/healthz`, {
          ok: i18n('Spark Control is ready'),
          badStatus: (status) =>
            i18n('Spark Control answered /healthz with HTTP ${status}', {
              status: String(status),
            }),
          unreachable: (reason) =>
            i18n('Spark Control is not answering yet: ${reason}', { reason }),
        }),
    },
    requires: [],
  })
})

/** Host names (lower case, sorted, unique) from StartOS address records. */
export function hostNames(available: { hostname: string }[]): string[] {
  const names = new Set(
    available
      .map((a) => a.hostname.trim().toLowerCase())
      .filter((n) => n !== ''),
  )
  return [...names].sort()
}

/** Adds StartOS's names for this service to the app's Host allow-list, keeping the owner's own entries. */
async function allowHostNames(
  effects: Parameters<typeof configJson.merge>[0],
  names: string[],
): Promise<void> {
  if (names.length === 0) return
  const current =
    (await configJson.read((c) => c.server.allowedHosts).once()) ?? []
  const merged = [...new Set([...current, ...names])]
  if (merged.length === current.length) return
  await configJson.merge(effects, { server: { allowedHosts: merged } })
}
