import { useStore } from 'zustand';
import { persist } from 'zustand/middleware';
import { createStore, type StoreApi } from 'zustand/vanilla';
// Straight from the files, not '../llm': that index brings the openai SDK into the first screen.
import { presetFor } from '../llm/presets';
import {
  DEFAULT_SETTINGS,
  MAX_TEMPERATURE,
  MIN_TEMPERATURE,
  parseStoredSettings,
  unreadableSettingsMessage,
  usesBuiltInPatient,
  type LlmSettings,
  type Provider,
} from '../llm/settings';
import { settingsStorage, UNREADABLE } from './settings-storage';

// The user's model settings, kept in localStorage. The API key is stored only when the user
// ticks "Remember on this device"; otherwise it lives in this store's memory until the tab
// closes or reloads.

/** Do not change without a migration: existing users' settings live under this key. */
export const SETTINGS_STORAGE_KEY = 'anamnesis.settings';
/**
 * Version history of the stored shape (bump it and add a step to migrateStoredSettings):
 * 1 (2026-11-25): LlmSettings without apiKey unless rememberKey.
 */
export const SETTINGS_VERSION = 1;

export interface SettingsState {
  settings: LlmSettings;
  /** Why stored settings were set aside at load, for the page to show; null when all was well. */
  loadProblem: string | null;
  /** The models the last successful connection test listed (not stored). */
  lastModels: string[];
  /** Switches provider: its base URL and first suggested model; forgets the key (it belongs to another server). */
  setProvider(provider: Provider): void;
  update(partial: Partial<LlmSettings>): void;
  forgetKey(): void;
  setLastModels(models: readonly string[]): void;
  dismissLoadProblem(): void;
}

export type SettingsStore = StoreApi<SettingsState>;

export interface SettingsStoreOptions {
  /** The Storage to persist to; localStorage by default. */
  storage?: () => Storage | undefined;
}

export function createSettingsStore(options: SettingsStoreOptions = {}): SettingsStore {
  return createStore<SettingsState>()(
    persist(
      (set, get) => ({
        settings: { ...DEFAULT_SETTINGS },
        loadProblem: null,
        lastModels: [],
        setProvider(provider) {
          const { settings } = get();
          if (provider === settings.provider) return;
          const preset = presetFor(provider);
          const models = usesBuiltInPatient({ provider })
            ? {}
            : { patientModel: preset.models[0] ?? '', graderModel: '' };
          set({
            settings: { ...settings, ...models, provider, baseUrl: preset.baseUrl || settings.baseUrl, apiKey: '' },
            lastModels: [],
          });
        },
        update(partial) {
          const previous = get().settings;
          const next = { ...previous, ...partial };
          next.temperature = Number.isFinite(next.temperature)
            ? Math.min(MAX_TEMPERATURE, Math.max(MIN_TEMPERATURE, next.temperature))
            : previous.temperature;
          set({ settings: next });
        },
        forgetKey() {
          set({ settings: { ...get().settings, apiKey: '', rememberKey: false } });
        },
        setLastModels(models) {
          set({ lastModels: [...models] });
        },
        dismissLoadProblem() {
          set({ loadProblem: null });
        },
      }),
      {
        name: SETTINGS_STORAGE_KEY,
        version: SETTINGS_VERSION,
        storage: settingsStorage(SETTINGS_VERSION, options.storage),
        partialize: ({ settings }): unknown => {
          if (settings.rememberKey) return settings;
          const { apiKey: _kept, ...withoutKey } = settings;
          return withoutKey;
        },
        migrate: migrateStoredSettings,
        merge: (stored, current) => mergeStoredSettings(stored, current),
      },
    ),
  );
}

/** Brings a stored value from an older version to the current shape, one version at a time. */
export function migrateStoredSettings(stored: unknown, _fromVersion: number): unknown {
  // Version 1 is the first stored shape, so there is nothing to convert yet. A value from a
  // newer app version is handed on as it is: parsing keeps what this version understands.
  return stored;
}

function mergeStoredSettings(stored: unknown, current: SettingsState): SettingsState {
  if (stored === undefined) return current;
  if (stored === UNREADABLE) {
    return { ...current, settings: { ...DEFAULT_SETTINGS }, loadProblem: unreadableSettingsMessage('it is not valid JSON') };
  }
  const { settings, problem } = parseStoredSettings(stored);
  const apiKey = settings.rememberKey ? settings.apiKey : current.settings.apiKey;
  return { ...current, settings: { ...settings, apiKey }, loadProblem: problem };
}

/** Plain functions to pass to useSettings or store.getState(). */
export const settingsSelectors = {
  settings: (state: SettingsState) => state.settings,
  provider: (state: SettingsState) => state.settings.provider,
  usesBuiltInPatient: (state: SettingsState) => usesBuiltInPatient(state.settings),
  loadProblem: (state: SettingsState) => state.loadProblem,
  lastModels: (state: SettingsState) => state.lastModels,
};

/** The app's settings store, persisted in this browser. */
export const settingsStore: SettingsStore = createSettingsStore();

/** Reads from a settings store in a component; the app's store unless another is given. */
export function useSettings<T>(selector: (state: SettingsState) => T, store: SettingsStore = settingsStore): T {
  return useStore(store, selector);
}
