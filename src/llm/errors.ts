import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import * as z from 'zod';
import { describeNetworkFailure, type NetworkContext } from './network-errors';
import { whereOf, type LlmProblem } from './problem';
import { redactSecrets } from './redact';
import type { LlmSettings } from './settings';
import { describeStatusError, type StatusContext } from './status-errors';

// Turns whatever the SDK (or a stream, or our own timers) threw into words a student can act
// on. Every message passes through redactSecrets: the key never reaches the screen.

export type { LlmErrorKind, LlmProblem } from './problem';

export type DescribeContext = StatusContext & NetworkContext;

/** Thrown by callers whose own idle timer gave up on a silent server (the SDK has none). */
export class LlmStalledError extends Error {
  override readonly name = 'LlmStalledError';
  constructor(readonly silentMs: number) {
    super(`No data from the server for ${Math.round(silentMs / 1000)} s.`);
  }
}

/** An abort the app asked for: a normal outcome, not a failure to report. */
export function isAbortError(error: unknown): boolean {
  return error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError');
}

export function describeLlmError(error: unknown, settings: LlmSettings, context: DescribeContext = {}): LlmProblem {
  const problem = classify(error, settings, context);
  return {
    ...problem,
    message: redactSecrets(problem.message, settings.apiKey),
    ...(problem.fix !== undefined ? { fix: redactSecrets(problem.fix, settings.apiKey) } : {}),
  };
}

function classify(error: unknown, settings: LlmSettings, context: DescribeContext): LlmProblem {
  const where = whereOf(settings);
  if (error instanceof LlmStalledError || streamFailureKind(error) === 'stalled') {
    const silence = error instanceof LlmStalledError ? `for ${Math.round(error.silentMs / 1000)} s` : 'for too long';
    return {
      kind: 'stalled',
      message: `${where.server} stopped sending: nothing arrived ${silence}.`,
      fix: stalledFix(where.preset.local),
      retryable: true,
    };
  }
  if (error instanceof APIConnectionTimeoutError) {
    return { kind: 'stalled', message: `${where.server} did not answer in time.`, fix: stalledFix(where.preset.local), retryable: true };
  }
  if (isAbortError(error)) return { kind: 'unknown', message: 'The request was cancelled.', retryable: true };
  if (error instanceof APIConnectionError) return describeNetworkFailure(error, where, context);
  if (error instanceof APIError) return describeStatusError(error, settings, where, context);
  if (error instanceof TypeError || streamFailureKind(error) === 'dropped') {
    // The SDK wraps failures before the response in APIConnectionError, so a bare TypeError
    // comes from reading the body: the connection broke part-way ("terminated", "network error").
    return {
      kind: 'dropped',
      message: `The connection to ${where.server} broke before the answer was complete.`,
      fix: 'Try again. If it keeps happening, check the network or the server’s log.',
      retryable: true,
    };
  }
  if (error instanceof SyntaxError) {
    return {
      kind: 'bad-response',
      message: `${where.server} sent an answer that is not valid JSON.`,
      fix: 'Check that the base URL points at an OpenAI-compatible API (it usually ends in /v1), then try again.',
      retryable: true,
    };
  }
  if (error instanceof z.ZodError) {
    return {
      kind: 'bad-response',
      message: 'The model’s answer did not have the expected shape.',
      fix: 'Try again; if it keeps failing, choose a more capable model.',
      retryable: true,
    };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { kind: 'unknown', message: `Something went wrong talking to ${where.server}: ${text}`, retryable: false };
}

/**
 * A stream failure raised by a caller that reads the stream itself (the LLM patient's
 * PatientStreamError): recognised by its `kind`, so this module needs no import from features.
 */
function streamFailureKind(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('kind' in error)) return undefined;
  return typeof error.kind === 'string' ? error.kind : undefined;
}

function stalledFix(local: boolean): string {
  return local
    ? 'A local server may still be loading the model, which can take a minute the first time. Try again.'
    : 'The service may be overloaded. Try again in a moment.';
}
