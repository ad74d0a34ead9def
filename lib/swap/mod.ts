/**
 * One-click model swap as a transaction: eugr recipes, launch commands,
 * vLLM log milestones, the pure state machine, its sqlite journal, the
 * executor that carries it out, and discovery of what already runs.
 * See README.md for the state diagram.
 *
 * @module
 */
export {
  parseRecipe,
  parseRecipesOutput,
  type Recipe,
  type RecipeCatalog,
  type RecipeProblem,
} from "./recipes.ts";
export {
  DEFAULT_VLLM_PORT,
  EXTRA_ARG_RULES,
  type ExtraArg,
  launchArgv,
  type LaunchOverrides,
  launchScript,
  type LaunchSpec,
} from "./launch.ts";
export { type LoadPhase, parseLogLine, PHASE_LABELS, PHASES } from "./milestones.ts";
export {
  estimateLoad,
  isTerminal,
  plan,
  type PreflightCheck,
  SWAP_STATES,
  type SwapRecord,
  type SwapState,
} from "./machine.ts";
export { type Serving, SwapJournal, type Transition } from "./journal.ts";
export { classify, describeDiscovery, type Discovery } from "./discovery.ts";
export {
  expectedModel,
  LOG_TAIL_LINES,
  type LogLine,
  type RecipeList,
  type RecipeView,
  SwapController,
  type SwapControllerOptions,
  type SwapRequest,
  type SwapStatus,
  type SwapView,
} from "./executor.ts";
