/** The Swap panel's sentences for the owner (browser-side, type-only lib/ imports). */
import type { RecipeView, SwapView } from "../lib/swap/mod.ts";

/** What the confirm step says will happen, in plain English. */
export function confirmSentence(r: RecipeView, current: string | null): string {
  const after = "Chat requests that arrive meanwhile wait for it. " +
    "If it fails to load, the current model is started again.";
  if (current === r.name) {
    return `${r.title} is already serving: it stops and loads again${howLong(r)}. ${after}`;
  }
  const stops = current ? `${current} stops` : "vLLM stops";
  return `${stops} while ${r.title} loads${r.clusterOnly ? " on both Sparks" : ""}${
    howLong(r)
  }. ${after}`;
}

/** The expected downtime from the recipe's history, or what a first load usually takes. */
function howLong(r: RecipeView): string {
  if (r.expectedDowntimeMs === null) return " (a first load can take 5 to 15 minutes)";
  const min = Math.round(r.expectedDowntimeMs / 60_000);
  if (min < 1) return " (last time this took less than a minute)";
  return ` (about ${min} minute${min > 1 ? "s" : ""}, going by last time)`;
}

/** The outcome of a finished swap. */
export function outcomeSentence(s: SwapView): string {
  switch (s.state) {
    case "ready":
      return `${s.title} is serving.`;
    case "rolled_back":
      return `${s.title} did not load: ${clause(s.error ?? "unknown reason")}. ` +
        "The previous model serves again.";
    case "cancelled":
      return "Cancelled before anything was stopped.";
    default:
      return `The swap failed: ${clause(s.rollbackError ?? s.error ?? "unknown reason")}.`;
  }
}

/** A sentence as a clause after a colon: "The GPU …" → "the GPU …", "NCCL …" stays, no final dot. */
function clause(text: string): string {
  const t = text.trim().replace(/\.+$/, "");
  return /^[A-Z][a-z]/.test(t) ? t[0].toLowerCase() + t.slice(1) : t;
}
