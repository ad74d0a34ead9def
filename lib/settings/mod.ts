/**
 * The settings page's model: editable fields, validation with messages a
 * person understands, the change list shown before saving.
 *
 * @module
 */
export {
  type Applied,
  applySettings,
  describeChanges,
  type FieldProblem,
  HostInput,
  ServiceInput,
  SettingsInput,
  type SettingsView,
  settingsView,
} from "./settings.ts";
export {
  checkHost,
  findHost,
  type HostCheck,
  type HostIo,
  type HostOverride,
  installKeyOnHost,
  type SshCheck,
  trustHost,
  type TrustState,
} from "./host_check.ts";
