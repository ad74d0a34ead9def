/**
 * The matrix-bridge bot on Spark 2: its container's status from
 * `docker inspect`, restart/stop/start, logs, and the streamed,
 * fail-loud update (fetch, build, recreate, healthy).
 *
 * @module
 */
export {
  actionCommand,
  ACTIONS,
  type BridgeAction,
  type BridgeSettings,
  INSPECT_FORMAT,
  inspectCommand,
  logsCommand,
  type Phase,
  PHASE_MARKER,
  PHASES,
  shellPath,
  updateScript,
  validateBridgeSettings,
  validateRepoDir,
} from "./commands.ts";
export {
  type BotState,
  type BotStatus,
  detectPhase,
  explainFailure,
  parseInspect,
  PHASE_WORDS,
} from "./phases.ts";
export {
  BRIDGE_EVENT,
  DEFAULT_HEALTH,
  type HealthTiming,
  MatrixBridge,
  type MatrixBridgeOptions,
  MAX_UPDATE_LINES,
  RECHECK_AFTER_MS,
  UPDATE_CAP_MS,
  type UpdateEvent,
  type UpdateView,
} from "./bridge.ts";
export { botTarget } from "./target.ts";
