import { APIConnectionError, APIConnectionTimeoutError } from 'openai';
import { createLlmClient, normalizeBaseUrl, type LlmFetch } from './client';
import { describeLlmError, LlmStalledError } from './errors';
import { checkModels } from './model-check';
import { errorCode } from './network-errors';
import type { LlmProblem } from './problem';
import { checkSettings } from './readiness';
import { usesBuiltInPatient, type LlmSettings } from './settings';

// "Test connection": list the server's models, and say precisely what is wrong when that fails
// or when the models the settings name are not among them.

export type ConnectionResult =
  | { ok: true; models: string[] }
  /** `models` is there when the server answered but the chosen models are not on it. */
  | { ok: false; problem: LlmProblem; models?: string[] };

export interface ConnectionOptions {
  fetch?: LlmFetch;
  /** The whole test, body included: the SDK's own timeout stops at the headers. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const CONNECTION_TIMEOUT_MS = 15_000;
const PROBE_TIMEOUT_MS = 5_000;

export async function testConnection(settings: LlmSettings, options: ConnectionOptions = {}): Promise<ConnectionResult> {
  if (usesBuiltInPatient(settings)) return { ok: true, models: [] };
  const before = checkSettings(settings, { needModel: false });
  if (before) return { ok: false, problem: before };

  const timeoutMs = options.timeoutMs ?? CONNECTION_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort();
  options.signal?.addEventListener('abort', cancel, { once: true });
  try {
    const client = createLlmClient(settings, { maxRetries: 0, timeoutMs, ...(options.fetch ? { fetch: options.fetch } : {}) });
    const page = await client.models.list({ signal: controller.signal });
    const models = [...new Set(page.data.map((model) => model.id).filter((id) => typeof id === 'string' && id))];
    const problem = checkModels(settings, models);
    return problem ? { ok: false, problem, models } : { ok: true, models };
  } catch (error) {
    if (options.signal?.aborted) throw error;
    const cause = timedOut ? new LlmStalledError(timeoutMs) : error;
    const reachable = needsProbe(cause) ? await probe(settings, options.fetch) : undefined;
    return { ok: false, problem: describeLlmError(cause, settings, reachable === undefined ? {} : { reachable }) };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', cancel);
  }
}

/** A browser's "Failed to fetch" hides whether anything listens; Node names the cause. */
function needsProbe(error: unknown): boolean {
  return error instanceof APIConnectionError && !(error instanceof APIConnectionTimeoutError) && !errorCode(error);
}

/**
 * Asks again without CORS (the answer is opaque, but arrives if the server is up): true means
 * the server runs and CORS blocked the real request; false means nothing answered.
 */
async function probe(settings: LlmSettings, fetchImpl: LlmFetch | undefined): Promise<boolean> {
  const doFetch = fetchImpl ?? globalThis.fetch;
  try {
    await doFetch(`${normalizeBaseUrl(settings.baseUrl)}/models`, {
      mode: 'no-cors',
      signal: AbortSignal.timeout(PROBE_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}
