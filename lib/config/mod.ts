/**
 * The controller's configuration: a zod schema for the cluster model, a
 * loader that never crashes on a bad file, env overrides and atomic saves.
 *
 * @module
 */
export {
  Address,
  Config,
  DEFAULT_PORTS,
  defaultConfig,
  defaultHosts,
  FINGERPRINT_REGEXP,
  HOST_ID_REGEXP,
  HostConfig,
  isConfigured,
  QueueConfig,
  SERVICE_KINDS,
  SERVICE_NAMES,
  ServiceConfig,
  type ServiceKind,
  USER_REGEXP,
} from "./schema.ts";
export {
  applyEnv,
  CONFIG_FILE,
  type ConfigProblem,
  describeIssues,
  ENV_OVERRIDES,
  loadConfig,
  type LoadedConfig,
  saveConfig,
  validate,
} from "./load.ts";
export { type ConfigListener, ConfigStore } from "./store.ts";
