/**
 * Health at a glance: service probes, the up/busy/loading/down decision,
 * the SSH connection watch and the connectivity log behind the dashboard.
 *
 * @module
 */
export { registerMonitorMetrics } from "./metrics.ts";
export {
  appendHistory,
  type HardwarePoint,
  type HardwareView,
  HISTORY_MS,
  LOW_MEMORY_BYTES,
  pointOf,
  rebooted,
  versionDrift,
} from "./hardware.ts";
export { ConnectivityLog, type Outage, type SubjectKind } from "./connectivity.ts";
export {
  followCommand,
  followLogs,
  LOG_SOURCE_ID_REGEXP,
  LOG_STREAM_MAX_CHARS,
  LOG_TAIL_LINES,
  type LogBatch,
  type LogEnd,
  type LogSource,
  logSources,
  LogStreamLimiter,
  MAX_LOG_STREAMS_PER_HOST,
} from "./logs.ts";
export {
  HARDWARE_POLL_MS,
  type HostLinkView,
  Monitor,
  type MonitorIO,
  SERVICE_PROBE_MS,
  type ServiceView,
} from "./monitor.ts";
export {
  DEFAULT_TIMING,
  probeService,
  type ProbeTiming,
  type ServiceProbe,
  timedFetch,
  type VllmDetail,
} from "./probes.ts";
export {
  describeProbeFailure,
  DOWN_AFTER_TIMEOUTS,
  initialStatus,
  nextStatus,
  type ProbeFailure,
  type ProbeResult,
  type ServiceState,
  type ServiceStatus,
} from "./service_state.ts";
export { parseVllmMetrics, tokensPerSecond, type VllmNumbers } from "./vllm_metrics.ts";
