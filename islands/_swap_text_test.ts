import { doesNotMatch, equal, match } from "node:assert/strict";
import type { RecipeView, SwapView } from "../lib/swap/mod.ts";
import { confirmSentence, outcomeSentence } from "./_swap_text.ts";

const recipe = (over: Partial<RecipeView> = {}) =>
  ({
    name: "llama-70b",
    title: "Llama-3.3-70B",
    clusterOnly: false,
    expectedDowntimeMs: null,
    ...over,
  }) as RecipeView;

const swap = (over: Partial<SwapView>) => ({ title: "Llama-3.3-70B", ...over }) as SwapView;

Deno.test("confirmSentence: a first load says it can take 5 to 15 minutes, once", () => {
  const s = confirmSentence(recipe(), "gpt-oss-120b");
  equal(
    s,
    "gpt-oss-120b stops while Llama-3.3-70B loads (a first load can take 5 to 15 minutes). " +
      "Chat requests that arrive meanwhile wait for it. If it fails to load, the current model is started again.",
  );
});

Deno.test("confirmSentence: a swap that took seconds last time does not promise 'about 1 minute'", () => {
  const s = confirmSentence(recipe({ expectedDowntimeMs: 5_272 }), "gpt-oss-120b");
  match(s, /last time this took less than a minute/);
  doesNotMatch(s, /about 1 minute/);
  match(confirmSentence(recipe({ expectedDowntimeMs: 7 * 60_000 }), null), /about 7 minutes/);
  match(
    confirmSentence(recipe({ clusterOnly: true }), null),
    /^vLLM stops while .* on both Sparks/,
  );
});

Deno.test("confirmSentence: choosing the model that already serves says it restarts", () => {
  match(
    confirmSentence(recipe(), "llama-70b"),
    /^Llama-3\.3-70B is already serving: it stops and loads again/,
  );
});

Deno.test("outcomeSentence: a rollback reads as one plain sentence", () => {
  equal(
    outcomeSentence(
      swap({ state: "rolled_back", error: "The GPU ran out of memory while loading" }),
    ),
    "Llama-3.3-70B did not load: the GPU ran out of memory while loading. The previous model serves again.",
  );
  equal(
    outcomeSentence(swap({ state: "failed", error: "NCCL error.", rollbackError: null })),
    "The swap failed: NCCL error.",
  );
  equal(outcomeSentence(swap({ state: "ready" })), "Llama-3.3-70B is serving.");
});
