import { presetFor } from './presets';
import { whereOf, type LlmProblem } from './problem';
import { usesBuiltInPatient, type LlmSettings } from './settings';

// What can be said about settings before any request: a missing address, key or model.

export interface ReadinessOptions {
  /** Whether a missing patient model counts (not for a connection test, which lists them). */
  needModel?: boolean;
}

/** The first thing that stops these settings from working, or null when none is seen. */
export function checkSettings(settings: LlmSettings, { needModel = true }: ReadinessOptions = {}): LlmProblem | null {
  if (usesBuiltInPatient(settings)) return null;
  const where = whereOf(settings);
  const example = where.preset.baseUrl ? `, e.g. ${where.preset.baseUrl}` : '';
  if (!where.url) {
    return { kind: 'unreachable', message: 'No base URL is set.', fix: `Enter the server’s address${example}.`, retryable: false };
  }
  if (!isHttpUrl(where.url)) {
    return {
      kind: 'unreachable',
      message: `"${where.url}" is not a web address.`,
      fix: `Enter an address that starts with http:// or https://${example}.`,
      retryable: false,
    };
  }
  if (presetFor(settings.provider).needsKey && !settings.apiKey.trim()) {
    return {
      kind: 'bad-key',
      message: `${where.server} needs an API key, and none is set.`,
      fix: 'Paste your key into "API key" in Settings.',
      retryable: false,
    };
  }
  if (needModel && !settings.patientModel.trim()) {
    return { kind: 'model-not-found', message: 'No patient model is chosen.', fix: 'Enter a model in Settings; "Test connection" lists what the server has.', retryable: false };
  }
  return null;
}

function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
