// The public surface of src/llm: settings, presets, the client, error descriptions and the
// connection test. Plain TypeScript: no React, no DOM beyond fetch.
export {
  DEFAULT_SETTINGS,
  LlmSettings,
  MAX_TEMPERATURE,
  MIN_TEMPERATURE,
  PROVIDERS,
  Provider,
  graderModelOf,
  parseStoredSettings,
  unreadableSettingsMessage,
  usesBuiltInPatient,
  type StoredSettingsResult,
} from './settings';
export { PRESETS, PROVIDER_ORDER, currentOrigin, presetFor, type ProviderPreset } from './presets';
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  NO_KEY_PLACEHOLDER,
  SUPPRESSED_SDK_HEADERS,
  createLlmClient,
  normalizeBaseUrl,
  type LlmClientOptions,
  type LlmFetch,
} from './client';
export { LlmStalledError, describeLlmError, isAbortError, type DescribeContext, type LlmErrorKind, type LlmProblem } from './errors';
export { redactSecrets } from './redact';
export { checkSettings, type ReadinessOptions } from './readiness';
export { checkModels, isListed } from './model-check';
export { CONNECTION_TIMEOUT_MS, testConnection, type ConnectionOptions, type ConnectionResult } from './connection';
