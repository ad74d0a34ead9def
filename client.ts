/**
 * Browser entry: finds every island marker rendered by `lib/http/island.tsx`
 * and hydrates it with its serialised props. Add new islands to ISLANDS.
 */
import { type ComponentType, h, hydrate } from "preact";
import { LiveStatus } from "./islands/LiveStatus.tsx";
import { RedactPreview } from "./islands/RedactPreview.tsx";
import { ServiceTiles } from "./islands/ServiceTiles.tsx";
import { ConnectivityPanel } from "./islands/ConnectivityPanel.tsx";
import { HardwareCards } from "./islands/HardwareCards.tsx";
import { LogViewer } from "./islands/LogViewer.tsx";
import { SwapPanel } from "./islands/SwapPanel.tsx";
import { SettingsChecks } from "./islands/SettingsChecks.tsx";
import { SshKeyPanel } from "./islands/SshKeyPanel.tsx";
import { KeyCopy } from "./islands/KeyCopy.tsx";
import { MatrixBridgeTile } from "./islands/MatrixBridgeTile.tsx";

// deno-lint-ignore no-explicit-any -- islands have different prop types; props come from JSON
const ISLANDS: Record<string, ComponentType<any>> = {
  LiveStatus,
  RedactPreview,
  ServiceTiles,
  ConnectivityPanel,
  HardwareCards,
  LogViewer,
  SwapPanel,
  SettingsChecks,
  SshKeyPanel,
  KeyCopy,
  MatrixBridgeTile,
};

for (const marker of document.querySelectorAll<HTMLElement>("[data-island]")) {
  const name = marker.dataset.island ?? "";
  const component = ISLANDS[name];
  const propsEl = document.getElementById(marker.dataset.props ?? "");
  if (!component || !propsEl) {
    // A marker without a registered island is a build mistake; say so loudly in the console.
    throw new Error(`Cannot hydrate island "${name}": not registered in client.ts`);
  }
  hydrate(h(component, JSON.parse(propsEl.textContent ?? "{}")), marker);
}
