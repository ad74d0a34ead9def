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
  settingsView,
  type SettingsView,
} from "./settings.ts";
