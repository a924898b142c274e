import type { LlmSettings } from '../llm/settings';
import { useSettings } from '../settings/settings-store';

// The settings the app runs with: the persisted settings store (the API key only in memory
// unless the student asked to remember it).
export function useAppSettings(): LlmSettings {
  return useSettings((state) => state.settings);
}
