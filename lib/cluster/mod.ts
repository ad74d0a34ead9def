/**
 * Cluster access: the `CommandRunner` door to the Sparks' shells and its SSH
 * implementation, shell quoting and name validators, host-key fingerprints,
 * and the batched telemetry script with its parsers.
 *
 * @module
 */
export {
  type Command,
  type CommandRunner,
  type ConnectFailure,
  type ConnectionState,
  describeFailure,
  HostConnectError,
  type RunOptions,
  type RunResult,
} from "./runner.ts";
export {
  type ConnectionTester,
  type ConnectionTestResult,
  type HostKeyProbe,
  MAX_CHANNELS_PER_HOST,
  probeHostKey,
  SshRunner,
  type SshRunnerOptions,
  type SshTarget,
  testConnection,
} from "./ssh_runner.ts";
export {
  commandLine,
  quote,
  remoteCommand,
  validateContainerName,
  validateGitBranch,
  validateModelId,
  validateRecipeName,
  validateServiceName,
  validateUserName,
  VALIDATORS,
} from "./shell.ts";
export { INJECTION_CANARY, INJECTION_PAYLOADS, injectionPayloads } from "./shell_payloads.ts";
export { fingerprintOfPublicKeyLine, sshFingerprint } from "./fingerprint.ts";
export { type BackoffPolicy, DEFAULT_BACKOFF } from "./_backoff.ts";
export {
  DEFAULT_CX7_INTERFACES,
  type DiskTelemetry,
  GPU_FIELDS,
  type GpuReading,
  type GpuTelemetry,
  type HostTelemetry,
  type HwmonReading,
  type LinkTelemetry,
  type MemoryTelemetry,
  numberOrNull,
  parseDf,
  parseDuBytes,
  parseHwmon,
  parseKeyValues,
  parseLinks,
  parseMeminfo,
  parseNvidiaSmi,
  parseRelease,
  parseTelemetry,
  parseThermal,
  parseUptimeLoad,
  parseVllmContainer,
  parseVpn,
  type ReleaseInfo,
  splitSections,
  type SysTelemetry,
  TELEMETRY_SCRIPT,
  telemetryScript,
  type TelemetryScriptOptions,
  type ThermalTelemetry,
  type VllmContainerTelemetry,
  type VpnTelemetry,
} from "./telemetry.ts";
export { LineSplitter, MAX_LINE_CHARS } from "./lines.ts";
