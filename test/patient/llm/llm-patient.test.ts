import OpenAI from 'openai';
import type { Case } from '../../../src/case/schema';
import { createScriptedPatient } from '../../../src/patient';
import { createLlmPatient, PatientStreamError, type LlmPatientOptions } from '../../../src/patient/llm';
import type { Patient, Turn } from '../../../src/patient/types';
import { soreThroat } from '../../mock-llm/fixture';
import { startMockLlm, type MockLlm } from '../../mock-llm/server';
import { abortedWithin, ask, clientFor, drain, settled, type ClientOptions } from './helpers';

// The LLM patient through the real openai SDK, over loopback HTTP, against the mock server
// (which answers as the scripted patient for the case named in the system prompt).

let server: MockLlm;
/** The server side's signal for each request, by the student's last question: it aborts when the client leaves. */
const serverSignals = new Map<string, AbortSignal>();

beforeAll(async () => {
  server = await startMockLlm({
    cases: [soreThroat],
    createPatient: (c: Case): Patient => {
      const scripted = createScriptedPatient(c);
      return {
        reply(turns, signal) {
          const last = turns.at(-1)?.text;
          if (last !== undefined && signal) serverSignals.set(last, signal);
          return scripted.reply(turns, signal);
        },
      };
    },
  });
});
afterAll(() => server.close());

const patientFor = (client: ClientOptions = {}, options: Partial<LlmPatientOptions> = {}) =>
  createLlmPatient({ client: clientFor(server.url, client), model: 'mock-patient', temperature: 0.7, caseFile: soreThroat, ...options });
const scriptedSays = (turns: Turn[]) => createScriptedPatient(soreThroat).answer(turns).text;
const withFault = (fault: string, headers: Record<string, string> = {}) => ({ headers: { 'x-mock-fault': fault, ...headers } });

describe('createLlmPatient against the mock server', () => {
  it('streams what the scripted patient says for the same turns, with the model id the server answered with', async () => {
    const turns = ask('What brings you in today?');
    const reply = patientFor().reply(turns);
    const { chunks, text, error } = await drain(reply);
    expect(error).toBeUndefined();
    expect(text).toBe(scriptedSays(turns));
    expect(chunks.length).toBeGreaterThan(3);
    expect(await reply.info).toEqual({ factIds: [], moves: [], stopped: false, model: 'mock-patient' });
  });

  it('sends the system prompt first and byte-identical every turn, then the turns as user/assistant, streamed with usage', async () => {
    const bodies: Array<Record<string, unknown>> = [];
    const recording: typeof fetch = async (url, init) => {
      bodies.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
      return fetch(url, init);
    };
    const patient = patientFor({ fetch: recording });
    const first = ask('What brings you in today?');
    const firstAnswer = (await drain(patient.reply(first))).text;
    const second: Turn[] = [...first, { speaker: 'patient', text: firstAnswer }, ...ask('Do you smoke?')];
    const secondAnswer = (await drain(patient.reply(second))).text;
    expect(secondAnswer).toBe(scriptedSays(second));

    expect(bodies).toHaveLength(2);
    const [a, b] = bodies;
    expect(a).toMatchObject({ model: 'mock-patient', temperature: 0.7, stream: true, stream_options: { include_usage: true } });
    expect(a?.messages).toEqual([
      { role: 'system', content: patient.prompt.system },
      { role: 'user', content: 'What brings you in today?' },
    ]);
    expect(b?.messages).toEqual([
      { role: 'system', content: patient.prompt.system },
      { role: 'user', content: 'What brings you in today?' },
      { role: 'assistant', content: firstAnswer },
      { role: 'user', content: 'Do you smoke?' },
    ]);
  });

  it('leaves temperature out when none is given', async () => {
    const bodies: string[] = [];
    const patient = patientFor(
      { fetch: async (url, init) => (bodies.push(String(init?.body)), fetch(url, init)) },
      { temperature: undefined },
    );
    await drain(patient.reply(ask('Hello')));
    expect(bodies[0]).not.toContain('temperature');
  });

  describe('HTTP errors reach the caller as the SDK raised them', () => {
    it('401 → AuthenticationError (from the stream and from info)', async () => {
      const reply = patientFor(withFault('401')).reply(ask('Hello'));
      const { chunks, error } = await drain(reply);
      expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
      expect(chunks).toEqual([]);
      expect(await settled(reply.info)).toEqual({ error });
    });

    it('404-model → NotFoundError', async () => {
      const { error } = await drain(patientFor({}, { model: 'mock-fault-404-model' }).reply(ask('Hello')));
      expect(error).toBeInstanceOf(OpenAI.NotFoundError);
      expect((error as Error).message).toContain('mock-fault-404-model');
    });

    it('429-once with a retry → the SDK retries before the body and the reply succeeds', async () => {
      const statuses: number[] = [];
      // Shortens the server's Retry-After (1 s) to 1 ms so the test stays fast; the SDK still honours it.
      const quickRetry: typeof fetch = async (url, init) => {
        const response = await fetch(url, init);
        statuses.push(response.status);
        if (response.status !== 429) return response;
        const headers = new Headers(response.headers);
        headers.set('retry-after-ms', '1');
        headers.delete('retry-after');
        return new Response(response.body, { status: response.status, headers });
      };
      const turns = ask('When did it start?');
      const reply = patientFor({ maxRetries: 1, fetch: quickRetry, ...withFault('429-once', { 'x-mock-fault-key': 'llm-patient-429' }) }).reply(turns);
      const { text, error } = await drain(reply);
      expect(error).toBeUndefined();
      expect(statuses).toEqual([429, 200]);
      expect(text).toBe(scriptedSays(turns));
      expect((await reply.info).stopped).toBe(false);
    });

    it('500 → InternalServerError', async () => {
      const { error } = await drain(patientFor(withFault('500')).reply(ask('Hello')));
      expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    });
  });

  describe('stream faults', () => {
    it('cut → PatientStreamError "dropped" carrying the partial text', async () => {
      const turns = ask('Any fever?');
      const reply = patientFor(withFault('cut')).reply(turns);
      const { text, error } = await drain(reply);
      expect(error).toBeInstanceOf(PatientStreamError);
      const streamError = error as PatientStreamError;
      expect(streamError.kind).toBe('dropped');
      expect(streamError.partialText).toBe(text);
      expect(text.length).toBeGreaterThan(0);
      expect(scriptedSays(turns).startsWith(text)).toBe(true);
      expect(text).not.toBe(scriptedSays(turns));
      expect(streamError.cause).toBeInstanceOf(TypeError);
      expect(await settled(reply.info)).toEqual({ error });
    });

    it('bad-json (a malformed event mid-stream) → PatientStreamError "dropped"', async () => {
      const { text, error } = await drain(patientFor(withFault('bad-json')).reply(ask('Do you smoke?')));
      expect(error).toMatchObject({ kind: 'dropped', partialText: text });
      expect((error as Error).cause).toBeInstanceOf(SyntaxError);
    });

    it('stall → PatientStreamError "stalled" after the idle timeout, and the request is aborted', async () => {
      const question = 'Is it worse at night? (stall)';
      const started = performance.now();
      const reply = patientFor(withFault('stall'), { idleTimeoutMs: 300 }).reply(ask(question));
      const { text, error } = await drain(reply);
      expect(error).toBeInstanceOf(PatientStreamError);
      expect(error).toMatchObject({ kind: 'stalled', partialText: '' });
      expect(text).toBe('');
      expect(performance.now() - started).toBeGreaterThanOrEqual(290);
      // The server sees the client leave.
      await abortedWithin(serverSignals.get(question), 2000);
      expect(await settled(reply.info)).toEqual({ error });
    });

    it('slow → every chunk arrives, in order; the idle timer restarts with each chunk', async () => {
      const turns = ask('What brings you in today?');
      // 15 ms between chunks, about twenty chunks: longer than the idle timeout in all, never between two.
      const reply = patientFor(withFault('slow', { 'x-mock-delay-ms': '15' }), { idleTimeoutMs: 150 }).reply(turns);
      const { chunks, text, error } = await drain(reply);
      expect(error).toBeUndefined();
      expect(text).toBe(scriptedSays(turns));
      expect(chunks.length).toBeGreaterThan(10);
      expect((await reply.info).stopped).toBe(false);
    });

    it('a consumer slower than the idle timeout is not a stall: only the server is timed', async () => {
      const turns = ask('Do you smoke?');
      const reply = patientFor({}, { idleTimeoutMs: 100 }).reply(turns);
      const { text, error } = await drain(reply, (_chunk, i) => (i === 0 ? new Promise((r) => setTimeout(r, 250)) : undefined));
      expect(error).toBeUndefined();
      expect(text).toBe(scriptedSays(turns));
    });
  });

  describe('stopping', () => {
    it("the caller's abort mid-stream ends the reply with stopped: true, the partial text kept, no error", async () => {
      const question = 'Tell me about your throat (abort).';
      const controller = new AbortController();
      const reply = patientFor(withFault('slow', { 'x-mock-delay-ms': '5' })).reply(ask(question), controller.signal);
      const { chunks, text, error } = await drain(reply, (_chunk, i) => {
        if (i === 1) controller.abort();
      });
      expect(error).toBeUndefined();
      expect(chunks).toHaveLength(2);
      expect(scriptedSays(ask(question)).startsWith(text)).toBe(true);
      expect(await reply.info).toEqual({ factIds: [], moves: [], stopped: true, model: 'mock-patient' });
      await abortedWithin(serverSignals.get(question), 2000);
    });

    it('an already aborted signal sends no request', async () => {
      let requests = 0;
      const controller = new AbortController();
      controller.abort();
      const patient = patientFor({ fetch: async (url, init) => (requests++, fetch(url, init)) });
      const reply = patient.reply(ask('Hello'), controller.signal);
      expect(await drain(reply)).toEqual({ chunks: [], text: '', error: undefined });
      expect(await reply.info).toEqual({ factIds: [], moves: [], stopped: true });
      expect(requests).toBe(0);
    });

    it('an abort before the response starts is a stop, not an error', async () => {
      const controller = new AbortController();
      const reply = patientFor({ fetch: async (url, init) => (controller.abort(), fetch(url, init)) }).reply(ask('Hello'), controller.signal);
      expect((await drain(reply)).error).toBeUndefined();
      expect((await reply.info).stopped).toBe(true);
    });

    it('a consumer that stops reading closes the request and the reply counts as stopped', async () => {
      const question = 'How long has it hurt? (break)';
      const reply = patientFor(withFault('slow', { 'x-mock-delay-ms': '5' })).reply(ask(question));
      for await (const _chunk of reply) break;
      expect((await reply.info).stopped).toBe(true);
      await abortedWithin(serverSignals.get(question), 2000);
    });
  });
});
