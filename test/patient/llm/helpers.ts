import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import OpenAI from 'openai';
import type { Case } from '../../../src/case/schema';
import type { Patient, PatientReply, ReplyInfo, Turn } from '../../../src/patient/types';
import { pendingReplyInfo } from '../../../src/patient/reply-info';
import { NO_STAINLESS_HEADERS } from '../../mock-llm/helpers';
import { loadCase } from '../question-set';

/** Every case in cases/, parsed. */
export function bundledCases(): Case[] {
  const dir = join(import.meta.dirname, '../../../cases');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => loadCase(name.replace(/\.yaml$/, '')));
}

export interface ClientOptions {
  maxRetries?: number;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** An SDK client the way the app builds one: X-Stainless-* headers nulled. */
export function clientFor(url: string, options: ClientOptions = {}): OpenAI {
  return new OpenAI({
    baseURL: url,
    apiKey: 'test',
    maxRetries: options.maxRetries ?? 0,
    timeout: 10_000,
    logLevel: 'off',
    defaultHeaders: { ...NO_STAINLESS_HEADERS, ...options.headers },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

export const ask = (...texts: string[]): Turn[] => texts.map((text) => ({ speaker: 'student', text }));

/** Reads a reply to its end; an error it ends with is returned, not thrown. */
export async function drain(reply: AsyncIterable<string>, onChunk?: (chunk: string, index: number) => void | Promise<void>) {
  const chunks: string[] = [];
  let error: unknown;
  try {
    for await (const chunk of reply) {
      chunks.push(chunk);
      await onChunk?.(chunk, chunks.length - 1);
    }
  } catch (e) {
    error = e;
  }
  return { chunks, text: chunks.join(''), error };
}

export const settled = <T>(promise: Promise<T>) =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/** Resolves when the signal aborts; rejects if it has not within `ms`. */
export function abortedWithin(signal: AbortSignal | undefined, ms: number): Promise<void> {
  if (!signal) return Promise.reject(new Error('no signal was captured'));
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the signal did not abort within ${ms} ms`)), ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}

export interface FakePatient extends Patient {
  /** The signal of each reply, as the fake received it. */
  readonly signals: Array<AbortSignal | undefined>;
  /** How many chunks each reply handed out. */
  readonly handedOut: number[];
}

/**
 * A patient that streams the given chunks, stops when its signal aborts (settling `stopped`), and
 * can end with an error after the chunks.
 */
export function fakePatient(chunks: readonly string[], options: { error?: unknown; info?: Partial<ReplyInfo> } = {}): FakePatient {
  const signals: Array<AbortSignal | undefined> = [];
  const handedOut: number[] = [];
  function reply(_turns: readonly Turn[], signal?: AbortSignal): PatientReply {
    const n = signals.push(signal) - 1;
    handedOut[n] = 0;
    const { info, settle, fail } = pendingReplyInfo();
    async function* stream(): AsyncGenerator<string> {
      let stopped = false;
      let failed = false;
      try {
        for (const chunk of chunks) {
          await Promise.resolve();
          if (signal?.aborted) {
            stopped = true;
            return;
          }
          handedOut[n] = (handedOut[n] ?? 0) + 1;
          yield chunk;
        }
        if (options.error !== undefined) {
          failed = true;
          throw options.error;
        }
      } finally {
        if (failed) fail(options.error);
        else settle({ factIds: ['fake-fact'], moves: ['fake'], stopped: stopped || signal?.aborted === true, ...options.info });
      }
    }
    const iterator = stream();
    return { [Symbol.asyncIterator]: () => iterator, info };
  }
  return { reply, signals, handedOut };
}
