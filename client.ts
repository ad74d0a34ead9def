/**
 * Browser entry: finds every island marker rendered by `lib/http/island.tsx`
 * and hydrates it with its serialised props. Each island is its own lazily
 * loaded chunk, so a page downloads only the islands it renders (the
 * dashboard never pays for the settings forms, and the other way round).
 * Add new islands to ISLANDS.
 */
import { type ComponentType, h, hydrate } from "preact";

// deno-lint-ignore no-explicit-any -- islands have different prop types; props come from JSON
type Loader = () => Promise<ComponentType<any>>;

const ISLANDS: Record<string, Loader> = {
  LiveStatus: () => import("./islands/LiveStatus.tsx").then((m) => m.LiveStatus),
  RedactPreview: () => import("./islands/RedactPreview.tsx").then((m) => m.RedactPreview),
  ServiceTiles: () => import("./islands/ServiceTiles.tsx").then((m) => m.ServiceTiles),
  ConnectivityPanel: () =>
    import("./islands/ConnectivityPanel.tsx").then((m) => m.ConnectivityPanel),
  HardwareCards: () => import("./islands/HardwareCards.tsx").then((m) => m.HardwareCards),
  LogViewer: () => import("./islands/LogViewer.tsx").then((m) => m.LogViewer),
  SwapPanel: () => import("./islands/SwapPanel.tsx").then((m) => m.SwapPanel),
  SettingsChecks: () => import("./islands/SettingsChecks.tsx").then((m) => m.SettingsChecks),
  SshKeyPanel: () => import("./islands/SshKeyPanel.tsx").then((m) => m.SshKeyPanel),
  KeyCopy: () => import("./islands/KeyCopy.tsx").then((m) => m.KeyCopy),
  MatrixBridgeTile: () => import("./islands/MatrixBridgeTile.tsx").then((m) => m.MatrixBridgeTile),
};

for (const marker of document.querySelectorAll<HTMLElement>("[data-island]")) {
  const name = marker.dataset.island ?? "";
  const load = ISLANDS[name];
  const propsEl = document.getElementById(marker.dataset.props ?? "");
  if (!load || !propsEl) {
    // A marker without a registered island is a build mistake; say so loudly in the console.
    throw new Error(`Cannot hydrate island "${name}": not registered in client.ts`);
  }
  const props = JSON.parse(propsEl.textContent ?? "{}");
  load().then((component) => hydrate(h(component, props), marker));
}
