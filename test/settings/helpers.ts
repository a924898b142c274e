import { testConnection } from '../../src/llm';
import type { LlmFetch } from '../../src/llm';
import type { Connect } from '../../src/settings';
import { SETTINGS_STORAGE_KEY } from '../../src/settings';

// Shared by the settings component tests: what is stored, and a server that checks the key.

export const storedText = () => localStorage.getItem(SETTINGS_STORAGE_KEY) ?? '';

export function storedState(): Record<string, unknown> {
  const parsed = JSON.parse(storedText()) as { state: Record<string, unknown> };
  return parsed.state;
}

/**
 * A fetch to the mock server that makes it reject every key but `goodKey` (the mock accepts
 * any key, so a wrong one is turned into its 401 fault).
 */
export function acceptingOnly(goodKey: string): LlmFetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    if (headers.get('authorization') !== `Bearer ${goodKey}`) headers.set('x-mock-fault', '401');
    return fetch(input, { ...init, headers });
  };
}

export const connectWith =
  (fetchImpl: LlmFetch): Connect =>
  (settings, signal) =>
    testConnection(settings, { signal, fetch: fetchImpl });
