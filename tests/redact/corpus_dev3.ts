/**
 * "dev-3": the sixth round's tuning corpora. Eleven engineers each wrote one style without
 * reading the detector (English prose across domains, structured pastes, non-English letters,
 * conversations, e-mail threads and notes, non-English chats and forms, a mixed set in the way an
 * outside grader might write one, names of many cultures, customer operations, European legal and
 * medical documents, meeting transcripts); the detector was then tuned on their leaks, so these
 * are dev corpora, not held-out ones.
 */
import type { Doc } from "./_corpus.ts";
import { docs as prose } from "./dev3/probe_a.ts";
import { docs as structured } from "./dev3/probe_b.ts";
import { docs as letters } from "./dev3/probe_c.ts";
import { docs as conversations } from "./dev3/probe_d.ts";
import { docs as threads } from "./dev3/probe_e.ts";
import { docs as chats } from "./dev3/probe_f.ts";
import { docs as mixed } from "./dev3/probe_g.ts";
import { docs as cultures } from "./dev3/probe_h.ts";
import { docs as operations } from "./dev3/probe_i.ts";
import { docs as legal } from "./dev3/probe_j.ts";
import { docs as transcripts } from "./dev3/probe_k.ts";

/** The eleven styles by name, about 300 documents each (fixed seeds). */
export const DEV3_STYLES: Record<string, () => Doc[]> = {
  prose,
  structured,
  letters,
  conversations,
  threads,
  chats,
  mixed,
  cultures,
  operations,
  legal,
  transcripts,
};

/** The first `perStyle` documents of every style. */
export function dev3Corpus(perStyle = 300): Doc[] {
  return Object.values(DEV3_STYLES).flatMap((style) => style().slice(0, perStyle));
}
