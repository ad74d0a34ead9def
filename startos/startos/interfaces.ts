import { i18n } from './i18n'
import { sdk } from './sdk'
import { uiPort } from './utils'

/** The id of the web UI's host binding; main.ts reads its addresses. */
export const uiHostId = 'ui-multi'

/** The id of the web UI interface. */
export const uiInterfaceId = 'ui'

export const setInterfaces = sdk.setupInterfaces(async ({ effects }) => {
  const uiMulti = sdk.MultiHost.of(effects, uiHostId)
  const uiMultiOrigin = await uiMulti.bindPort(uiPort, { protocol: 'http' })

  // One interface serves both the dashboard and the LAN API (/v1/*), as the
  // app does on a single port.
  const ui = sdk.createInterface(effects, {
    name: i18n('Web UI and LAN API'),
    id: uiInterfaceId,
    description: i18n(
      'The Spark Control dashboard, and the OpenAI-compatible API for apps on your network',
    ),
    type: 'ui',
    masked: false,
    schemeOverride: null,
    username: null,
    path: '',
    query: {},
  })

  return [await uiMultiOrigin.export([ui])]
})
