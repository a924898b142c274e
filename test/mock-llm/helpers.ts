import { SUPPRESSED_SDK_HEADERS } from '../../src/llm/client';
import OpenAI from 'openai';
import type { Case } from '../../src/case/schema';
import { createScriptedPatient } from '../../src/patient';
import type { Turn } from '../../src/patient/types';
import { soreThroat } from './fixture';
import { startMockLlm, type MockLlm, type MockLlmOptions } from './server';

/** The SDK's X-Stainless-* headers, nulled as the browser app does for CORS. */
export const NO_STAINLESS_HEADERS = SUPPRESSED_SDK_HEADERS;

export function startTestServer(options: Partial<MockLlmOptions> = {}): Promise<MockLlm> {
  return startMockLlm({ cases: [soreThroat], ...options });
}

export interface ClientOptions {
  maxRetries?: number;
  headers?: Record<string, string>;
}

export function clientFor(server: MockLlm, options: ClientOptions = {}): OpenAI {
  return new OpenAI({
    baseURL: server.url,
    apiKey: 'sk-mock',
    maxRetries: options.maxRetries ?? 0,
    timeout: 10_000,
    logLevel: 'off',
    defaultHeaders: { ...NO_STAINLESS_HEADERS, ...options.headers },
  });
}

/** The patient system prompt as the app will build it: it names the case id. */
export function systemFor(c: Case): string {
  return `You are ${c.patient.name}, a simulated patient.\nCase: ${c.id}\nStay in role.`;
}

/** Collects what the scripted patient says for these turns, straight from the module. */
export async function patientSays(c: Case, turns: readonly Turn[]): Promise<string> {
  let text = '';
  for await (const chunk of createScriptedPatient(c).reply(turns)) text += chunk;
  return text;
}
