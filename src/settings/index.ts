// The public surface of the settings feature: the page and the store it edits.
export { SettingsPage } from './SettingsPage';
export type { Connect } from './ConnectionTest';
export {
  SETTINGS_STORAGE_KEY,
  SETTINGS_VERSION,
  createSettingsStore,
  migrateStoredSettings,
  settingsSelectors,
  settingsStore,
  useSettings,
  type SettingsState,
  type SettingsStore,
  type SettingsStoreOptions,
} from './settings-store';
