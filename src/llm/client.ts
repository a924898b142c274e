import OpenAI, { type ClientOptions } from 'openai';
import type { LlmSettings } from './settings';

// One place builds the OpenAI SDK client from the user's settings, for every provider.

export type LlmFetch = NonNullable<ClientOptions['fetch']>;

/**
 * Every X-Stainless-* header the SDK (v6) adds, set to null so it is not sent: browsers
 * preflight such headers, and many local servers' CORS rules do not allow them. User-Agent
 * too: Firefox sends the SDK's own value, which then needs allowing as well.
 */
export const SUPPRESSED_SDK_HEADERS = {
  'X-Stainless-Lang': null,
  'X-Stainless-Package-Version': null,
  'X-Stainless-OS': null,
  'X-Stainless-Arch': null,
  'X-Stainless-Runtime': null,
  'X-Stainless-Runtime-Version': null,
  'X-Stainless-Retry-Count': null,
  'X-Stainless-Timeout': null,
  'User-Agent': null,
} as const;

/** Sent when the server needs no key: the SDK refuses to run without one. */
export const NO_KEY_PLACEHOLDER = 'not-needed';

/** Until the response headers arrive; a stream that stalls later needs the caller's idle timer. */
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface LlmClientOptions {
  /** For tests, or a proxy; the global fetch otherwise. */
  fetch?: LlmFetch;
  timeoutMs?: number;
  maxRetries?: number;
}

export function createLlmClient(settings: LlmSettings, options: LlmClientOptions = {}): OpenAI {
  return new OpenAI({
    baseURL: normalizeBaseUrl(settings.baseUrl),
    apiKey: settings.apiKey.trim() || NO_KEY_PLACEHOLDER,
    dangerouslyAllowBrowser: true,
    defaultHeaders: SUPPRESSED_SDK_HEADERS,
    maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** Trims spaces and trailing slashes, which users often paste along with the address. */
export function normalizeBaseUrl(baseUrl: string): string {
  return baseUrl.trim().replace(/\/+$/, '');
}
