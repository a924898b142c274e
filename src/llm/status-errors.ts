import type { APIError } from 'openai';
import { serverDetail, type LlmProblem, type Where } from './problem';
import type { LlmSettings } from './settings';

// Failures the server answered with an HTTP status: what each means for the user.

const MODEL_MISSING = /\bmodel\b.*\b(?:not (?:be )?found|does not exist|not exist|unknown|no such|not available|not loaded)/i;
const QUOTED_MODEL = /\bmodel\s*[`'"“‘]([^`'"”’]+)[`'"”’]/i;

export interface StatusContext {
  /** The model the failed request named, when the caller knows it. */
  model?: string;
}

export function describeStatusError(error: APIError, settings: LlmSettings, where: Where, context: StatusContext): LlmProblem {
  const status = error.status ?? 0;
  const detail = serverDetail(error.message);
  if (status === 401) return badKey(settings, where);
  if (status === 403) {
    return {
      kind: 'forbidden',
      message: `${where.server} refused access (403)${detail ? `: ${detail}` : '.'}`,
      fix: 'Check that this API key may use this model (its project, organisation or region), then try again.',
      retryable: false,
    };
  }
  if (isModelMissing(error, status)) return modelNotFound(modelIn(error, context, settings), where);
  if (status === 404) return wrongAddress(where, detail);
  if (status === 429) return rateLimited(error, detail);
  if (status === 408 || status === 409 || status >= 500 || !status) {
    return {
      kind: 'server',
      message: status
        ? `${where.server} failed while answering (error ${status})${detail ? `: ${detail}` : '.'}`
        : `${where.server} reported an error while answering${detail ? `: ${detail}` : '.'}`,
      fix: where.preset.local
        ? 'Try again in a moment. If it keeps failing, the server’s log says why.'
        : 'Try again in a moment. If it keeps failing, the provider may be having an outage.',
      retryable: true,
    };
  }
  return {
    kind: 'unknown',
    message: `${where.server} did not accept the request (error ${status})${detail ? `: ${detail}` : '.'}`,
    fix: 'Check the model name and the settings; the server’s message says what it did not accept.',
    retryable: false,
  };
}

export function badKey(settings: LlmSettings, where: Where): LlmProblem {
  const hasKey = settings.apiKey.trim() !== '';
  const message = !hasKey
    ? `${where.server} asks for an API key, and none is set.`
    : `${where.server} rejected the API key.`;
  return { kind: 'bad-key', message, fix: 'Check the API key in Settings.', retryable: false };
}

export function modelNotFound(model: string, where: Where): LlmProblem {
  return {
    kind: 'model-not-found',
    message: `The model "${model}" is not on this server.`,
    fix: where.preset.modelHint?.(model) ?? 'Choose a model the server lists: "Test connection" in Settings shows them.',
    retryable: false,
  };
}

function wrongAddress(where: Where, detail: string | undefined): LlmProblem {
  const example = where.preset.baseUrl ? ` (for ${where.server}: ${where.preset.baseUrl})` : '';
  return {
    kind: 'unreachable',
    message: `There is no OpenAI-compatible API at ${where.url} (404${detail ? `: ${detail}` : ''}).`,
    fix: `Check the base URL: it usually ends in /v1${example}.`,
    retryable: false,
  };
}

function rateLimited(error: APIError, detail: string | undefined): LlmProblem {
  if (error.code === 'insufficient_quota' || /quota|credit|billing/i.test(detail ?? '')) {
    return {
      kind: 'rate-limited',
      message: 'The account behind this API key has run out of credit or quota.',
      fix: 'Add credit with the provider, or switch to a local model or the built-in patient.',
      retryable: false,
    };
  }
  const retryAfterMs = retryAfterOf(error.headers);
  const wait = retryAfterMs !== undefined ? ` It asks to wait ${Math.max(1, Math.round(retryAfterMs / 1000))} s.` : '';
  return {
    kind: 'rate-limited',
    message: `The server is busy (rate limit).${wait}`,
    fix: 'Wait a little and try again. Free tiers allow few requests per minute.',
    retryable: true,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  };
}

function isModelMissing(error: APIError, status: number): boolean {
  if (error.code === 'model_not_found') return true;
  return (status === 404 || status === 400 || status === 422) && MODEL_MISSING.test(error.message);
}

function modelIn(error: APIError, context: StatusContext, settings: LlmSettings): string {
  return context.model || QUOTED_MODEL.exec(error.message)?.[1] || settings.patientModel || 'that was asked for';
}

function retryAfterOf(headers: Headers | undefined): number | undefined {
  const ms = Number(headers?.get('retry-after-ms'));
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers?.get('retry-after');
  if (!raw) return undefined;
  const seconds = Number(raw);
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
