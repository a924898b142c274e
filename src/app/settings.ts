import { DEFAULT_SETTINGS, type LlmSettings } from '../llm/settings';

// The settings the app runs with. Until the settings page lands in the shell, the built-in
// patient is used.
export function useAppSettings(): LlmSettings {
  return DEFAULT_SETTINGS;
}
