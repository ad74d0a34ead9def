/**
 * "dev-3": the sixth round's tuning corpora. Six engineers each wrote one style without reading
 * the detector (English prose across domains, structured pastes, non-English letters,
 * conversations and transcripts, e-mail threads and notes, non-English chats and forms); the
 * detector was then tuned on their leaks, so these are dev corpora, not held-out ones.
 */
import type { Doc } from "./_corpus.ts";
import { docs as prose } from "./dev3/probe_a.ts";
import { docs as structured } from "./dev3/probe_b.ts";
import { docs as letters } from "./dev3/probe_c.ts";
import { docs as conversations } from "./dev3/probe_d.ts";
import { docs as threads } from "./dev3/probe_e.ts";
import { docs as chats } from "./dev3/probe_f.ts";

/** The six styles by name, 300 documents each (fixed seeds). */
export const DEV3_STYLES: Record<string, () => Doc[]> = {
  prose,
  structured,
  letters,
  conversations,
  threads,
  chats,
};

/** The first `perStyle` documents of every style. */
export function dev3Corpus(perStyle = 300): Doc[] {
  return Object.values(DEV3_STYLES).flatMap((style) => style().slice(0, perStyle));
}
