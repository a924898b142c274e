import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody, header, sendError } from './http';

// Faults are chosen per request, by header `x-mock-fault: <fault>` or by model name
// `mock-fault-<fault>` (so a browser app can pick one without custom headers).

export const FAULTS = [
  '401',
  '404-model',
  '429',
  '429-once',
  '500',
  '500-once',
  'cut',
  'stall',
  'slow',
  'bad-json',
] as const;
export type Fault = (typeof FAULTS)[number];

export const FAULT_MODEL_PREFIX = 'mock-fault-';
export const DEFAULT_SLOW_DELAY_MS = 200;

function isFault(name: string): name is Fault {
  return (FAULTS as readonly string[]).includes(name);
}

export type FaultChoice = { fault: Fault | undefined } | { unknown: string };

/** The fault a request asks for; the header wins over the model name. */
export function chooseFault(req: IncomingMessage, model: string | undefined): FaultChoice {
  const fromHeader = header(req, 'x-mock-fault')?.trim();
  const name = fromHeader || (model?.startsWith(FAULT_MODEL_PREFIX) ? model.slice(FAULT_MODEL_PREFIX.length) : '');
  if (!name) return { fault: undefined };
  return isFault(name) ? { fault: name } : { unknown: name };
}

export function unknownFaultBody(name: string) {
  return errorBody(`Unknown mock fault "${name}". Known faults: ${FAULTS.join(', ')}.`, 'invalid_request_error', null, 'unknown_mock_fault');
}

/** Delay between tokens for `slow`: header `x-mock-delay-ms`, else 200 ms. */
export function slowDelayMs(req: IncomingMessage): number {
  const raw = Number(header(req, 'x-mock-delay-ms'));
  return Number.isFinite(raw) && raw >= 0 ? Math.min(raw, 60_000) : DEFAULT_SLOW_DELAY_MS;
}

/**
 * Remembers which `*-once` keys have already failed. The key is `x-mock-fault-key`, or else a
 * hash of method, path and body, so a client's retry of the very same request succeeds.
 */
export class OnceKeys {
  private readonly seen = new Set<string>();

  /** True the first time a key is seen: that request should fail. */
  firstTime(req: IncomingMessage, fault: Fault, body: string): boolean {
    const explicit = header(req, 'x-mock-fault-key');
    const key = `${fault}:${explicit ?? createHash('sha256').update(`${req.method} ${req.url}\n${body}`).digest('hex')}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    return true;
  }
}

/**
 * Answers status-code faults the way OpenAI does and returns true; returns false for faults
 * that shape the response body instead (cut, stall, slow, bad-json) or a spent `*-once`.
 */
export function answerStatusFault(
  res: ServerResponse,
  fault: Fault,
  context: { model: string | undefined; failOnce: () => boolean },
): boolean {
  switch (fault) {
    case '401':
      sendError(
        res,
        401,
        errorBody(
          'Incorrect API key provided: sk-mock***. You can find your API key at https://platform.openai.com/account/api-keys.',
          'invalid_request_error',
          null,
          'invalid_api_key',
        ),
      );
      return true;
    case '404-model':
      sendError(
        res,
        404,
        errorBody(
          `The model \`${context.model ?? 'unknown'}\` does not exist or you do not have access to it.`,
          'invalid_request_error',
          null,
          'model_not_found',
        ),
      );
      return true;
    case '429':
    case '429-once':
      if (fault === '429-once' && !context.failOnce()) return false;
      sendError(
        res,
        429,
        errorBody('Rate limit reached for mock-patient. Please try again in 1s.', 'requests', null, 'rate_limit_exceeded'),
        { 'retry-after': '1', 'retry-after-ms': '1000' },
      );
      return true;
    case '500':
    case '500-once':
      if (fault === '500-once' && !context.failOnce()) return false;
      sendError(
        res,
        500,
        errorBody('The server had an error while processing your request. Sorry about that!', 'server_error'),
      );
      return true;
    default:
      return false;
  }
}
