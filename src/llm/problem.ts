import { presetFor, type ProviderPreset } from './presets';
import { normalizeBaseUrl } from './client';
import type { LlmSettings } from './settings';

// The shape every LLM failure is described in, and small helpers the describers share.

export type LlmErrorKind =
  | 'bad-key'
  | 'forbidden'
  | 'model-not-found'
  | 'rate-limited'
  | 'server'
  | 'unreachable'
  | 'cors'
  | 'stalled'
  | 'dropped'
  | 'bad-response'
  | 'unknown';

export interface LlmProblem {
  kind: LlmErrorKind;
  /** What happened, in plain English; never contains the API key. */
  message: string;
  /** What the user can do about it. */
  fix?: string;
  /** Whether trying the same request again may succeed. */
  retryable: boolean;
  /** How long the server asked to wait before retrying, when it said. */
  retryAfterMs?: number;
}

export interface Where {
  preset: ProviderPreset;
  /** The base URL as the client uses it. */
  url: string;
  /** "Ollama", or the host of a custom server. */
  server: string;
}

export function whereOf(settings: LlmSettings): Where {
  const preset = presetFor(settings.provider);
  const url = normalizeBaseUrl(settings.baseUrl);
  const server = settings.provider === 'custom' ? hostOf(url) ?? 'the server' : preset.label.replace(/ \(.*\)$/, '');
  return { preset, url, server };
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

const MAX_DETAIL = 240;

/** A server's own words, cut to a readable length, without the SDK's status prefix. */
export function serverDetail(text: string | undefined): string | undefined {
  const detail = text?.replace(/^\d{3}\s+/, '').replace(/\s+/g, ' ').trim();
  if (!detail || detail === 'status code (no body)') return undefined;
  return detail.length > MAX_DETAIL ? `${detail.slice(0, MAX_DETAIL - 1)}…` : detail;
}
