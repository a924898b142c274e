import OpenAI from 'openai';
import { createLlmClient } from '../../src/llm/client';
import { describeLlmError, isAbortError, LlmStalledError } from '../../src/llm/errors';
import type { LlmSettings } from '../../src/llm/settings';
import { soreThroat } from '../mock-llm/fixture';
import { startTestServer, systemFor } from '../mock-llm/helpers';
import type { Fault, MockLlm } from '../mock-llm/server';
import { faultFetch, mockSettings, settingsFor, startRecordingServer } from './servers';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestServer();
});
afterAll(() => mock.close());

const messages = [
  { role: 'system' as const, content: systemFor(soreThroat) },
  { role: 'user' as const, content: 'What brings you in today?' },
];

/** What a chat request to the mock ends with, the stream read to the end. */
async function chatError(settings: LlmSettings, options: { fault?: Fault; model?: string; stream?: boolean } = {}) {
  const client = createLlmClient(settings, { maxRetries: 0, ...(options.fault ? { fetch: faultFetch(options.fault) } : {}) });
  const model = options.model ?? 'mock-patient';
  try {
    if (options.stream) {
      const stream = await client.chat.completions.create({ model, messages, stream: true });
      for await (const chunk of stream) void chunk;
    } else {
      await client.chat.completions.create({ model, messages });
    }
  } catch (error) {
    return error;
  }
  throw new Error('the request succeeded');
}

const describeFrom = async (settings: LlmSettings, options: Parameters<typeof chatError>[1]) =>
  describeLlmError(await chatError(settings, options), settings, options?.model ? { model: options.model } : {});

describe('describeLlmError: answers from the server', () => {
  it('401 → bad-key, pointing at the key in Settings', async () => {
    const problem = await describeFrom(mockSettings(mock, { apiKey: 'sk-wrong-key-000' }), { fault: '401' });
    expect(problem).toEqual({ kind: 'bad-key', message: 'Ollama rejected the API key.', fix: 'Check the API key in Settings.', retryable: false });
  });

  it('404 for a model → model-not-found, naming the model', async () => {
    const problem = await describeFrom(mockSettings(mock), { model: 'mock-fault-404-model' });
    expect(problem.kind).toBe('model-not-found');
    expect(problem.message).toBe('The model "mock-fault-404-model" is not on this server.');
    expect(problem.fix).toBe('Download it with "ollama pull mock-fault-404-model", or pick a model the server lists.');
  });

  it('takes the model name from the server’s message when the caller does not say', () => {
    const error = new OpenAI.NotFoundError(404, { message: 'model "llama3" not found, try pulling it first' }, undefined, new Headers());
    const problem = describeLlmError(error, settingsFor('http://localhost:11434/v1', { patientModel: 'other' }));
    expect(problem).toMatchObject({ kind: 'model-not-found', message: 'The model "llama3" is not on this server.' });
  });

  it('404 for a path → the base URL is wrong, and it usually ends in /v1', async () => {
    const settings = mockSettings(mock, { baseUrl: mock.url.replace(/\/v1$/, '/api') });
    const problem = describeLlmError(await createLlmClient(settings, { maxRetries: 0 }).models.list().catch((e: unknown) => e), settings);
    expect(problem.kind).toBe('unreachable');
    expect(problem.message).toContain(`There is no OpenAI-compatible API at ${settings.baseUrl}`);
    expect(problem.fix).toBe('Check the base URL: it usually ends in /v1 (for Ollama: http://localhost:11434/v1).');
  });

  it('429 → rate-limited, retryable, with the wait the server asked for', async () => {
    const problem = await describeFrom(mockSettings(mock), { fault: '429' });
    expect(problem).toMatchObject({ kind: 'rate-limited', retryable: true, retryAfterMs: 1000 });
    expect(problem.message).toBe('The server is busy (rate limit). It asks to wait 1 s.');
  });

  it('429 for an exhausted quota is not worth retrying', () => {
    const error = new OpenAI.RateLimitError(429, { message: 'You exceeded your current quota', code: 'insufficient_quota' }, undefined, new Headers());
    expect(describeLlmError(error, settingsFor('https://api.openai.com/v1', { provider: 'openai' }))).toMatchObject({
      kind: 'rate-limited',
      retryable: false,
      message: 'The account behind this API key has run out of credit or quota.',
    });
  });

  it('403 → forbidden, with the server’s reason', () => {
    const error = new OpenAI.PermissionDeniedError(403, { message: 'Project does not have access to model gpt-4.1' }, undefined, new Headers());
    const problem = describeLlmError(error, settingsFor('https://api.openai.com/v1', { provider: 'openai' }));
    expect(problem).toMatchObject({ kind: 'forbidden', retryable: false });
    expect(problem.message).toBe('OpenAI refused access (403): Project does not have access to model gpt-4.1');
  });

  it('500 → server, retryable', async () => {
    const problem = await describeFrom(mockSettings(mock), { fault: '500' });
    expect(problem).toMatchObject({ kind: 'server', retryable: true });
    expect(problem.message).toMatch(/^Ollama failed while answering \(error 500\)/);
  });

  it('another 4xx says what the server did not accept', () => {
    const error = new OpenAI.BadRequestError(400, { message: "This model's maximum context length is 8192 tokens." }, undefined, new Headers());
    expect(describeLlmError(error, settingsFor('http://localhost:8000/v1', { provider: 'vllm' }))).toMatchObject({
      kind: 'unknown',
      message: "vLLM did not accept the request (error 400): This model's maximum context length is 8192 tokens.",
      retryable: false,
    });
  });
});

describe('describeLlmError: broken answers', () => {
  it('an error event inside a stream → server, retryable, with the server’s words', () => {
    const error = new OpenAI.APIError(undefined, { message: 'lost my train of thought' }, undefined, undefined);
    expect(describeLlmError(error, settingsFor('http://localhost:11434/v1'))).toMatchObject({
      kind: 'server',
      message: 'Ollama reported an error while answering: lost my train of thought',
      retryable: true,
    });
  });

  it.each([
    ['cut', false, 'dropped'],
    ['cut', true, 'dropped'],
    ['bad-json', false, 'bad-response'],
  ] as const)('%s (stream: %s) → %s', async (fault, stream, kind) => {
    const problem = await describeFrom(mockSettings(mock), { fault, stream });
    expect(problem.kind).toBe(kind);
    expect(problem.retryable).toBe(true);
  });

  it('a stall caught by the caller’s idle timer → stalled, with advice for local servers', () => {
    const problem = describeLlmError(new LlmStalledError(30_000), settingsFor('http://localhost:11434/v1'));
    expect(problem).toMatchObject({ kind: 'stalled', retryable: true, message: 'Ollama stopped sending: nothing arrived for 30 s.' });
    expect(problem.fix).toMatch(/loading the model/);
  });

  it('a stream failure that names its kind (the LLM patient’s PatientStreamError) keeps it', () => {
    const streamFailure = (kind: string) => Object.assign(new Error('patient stream failed'), { kind });
    const ollama = settingsFor('http://localhost:11434/v1');
    expect(describeLlmError(streamFailure('stalled'), ollama)).toMatchObject({
      kind: 'stalled',
      message: 'Ollama stopped sending: nothing arrived for too long.',
    });
    expect(describeLlmError(streamFailure('dropped'), ollama).kind).toBe('dropped');
  });

  it('the SDK’s own timeout → stalled', () => {
    expect(describeLlmError(new OpenAI.APIConnectionTimeoutError(), settingsFor('http://localhost:1234/v1', { provider: 'lmstudio' })).kind).toBe('stalled');
  });

  it('an abort is recognised as one, not as a failure', () => {
    expect(isAbortError(new OpenAI.APIUserAbortError())).toBe(true);
    expect(isAbortError(new DOMException('This operation was aborted', 'AbortError'))).toBe(true);
    expect(isAbortError(new TypeError('terminated'))).toBe(false);
  });
});

describe('describeLlmError: no answer at all', () => {
  const ollama = settingsFor('http://localhost:11434/v1');
  const browserFailure = () => new OpenAI.APIConnectionError({ cause: new TypeError('Failed to fetch') });

  it('a browser failure on a local URL names both causes: not running, or CORS, with the preset’s fix', () => {
    const problem = describeLlmError(browserFailure(), ollama);
    expect(problem.kind).toBe('unreachable');
    expect(problem.message).toBe(
      'Could not reach http://localhost:11434/v1: either the server is not running, or it does not allow requests from this page (CORS).',
    );
    expect(problem.fix).toContain('Start it with "ollama serve".');
    expect(problem.fix).toContain('OLLAMA_ORIGINS=http://localhost:5173 ollama serve');
  });

  it('when a probe shows the server is up, it is CORS', () => {
    const problem = describeLlmError(browserFailure(), ollama, { reachable: true });
    expect(problem.kind).toBe('cors');
    expect(problem.fix).toContain('OLLAMA_ORIGINS=');
  });

  it('a refused connection (Node names it) → unreachable, with how to start the server', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:11434'), { code: 'ECONNREFUSED' });
    const error = new OpenAI.APIConnectionError({ cause: Object.assign(new TypeError('fetch failed'), { cause: refused }) });
    expect(describeLlmError(error, ollama)).toEqual({
      kind: 'unreachable',
      message: 'Nothing answered at http://localhost:11434/v1. Is Ollama running?',
      fix: 'Start it with "ollama serve".',
      retryable: false,
    });
  });

  it('an unknown host → unreachable, check the address', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND llm.example.invalid'), { code: 'ENOTFOUND' });
    const error = new OpenAI.APIConnectionError({ cause: Object.assign(new TypeError('fetch failed'), { cause: dns }) });
    const problem = describeLlmError(error, settingsFor('https://llm.example.invalid/v1', { provider: 'custom' }));
    expect(problem).toMatchObject({ kind: 'unreachable', message: 'The address llm.example.invalid could not be found.' });
  });
});

describe('the API key never appears in a message', () => {
  const key = 'sk-proj-Secret1234567890abcdef';

  it('is redacted when the server echoes it in its error text', async () => {
    const echo = await startRecordingServer((req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      const message = `Bad key ${key} (sent as ${req.headers.authorization}); key tail ${key.slice(-8)}`;
      res.end(JSON.stringify({ error: { message, type: 'invalid_request_error', param: null, code: null } }));
    });
    const settings = settingsFor(echo.url, { provider: 'custom', apiKey: key });
    const error = await createLlmClient(settings, { maxRetries: 0 }).models.list().catch((e: unknown) => e);
    await echo.close();
    expect((error as Error).message).toContain(key); // the SDK passes it on…
    const problem = describeLlmError(error, settings);
    expect(problem.kind).toBe('unknown');
    expect(JSON.stringify(problem)).not.toContain(key); // …we do not.
    expect(problem.message).toContain('[redacted]');
  });

  it('is redacted even from text we do not recognise, keys of other shapes too', () => {
    const homemade = 'my-own-server-password';
    const settings = settingsFor('http://localhost:8000/v1', { provider: 'vllm', apiKey: homemade });
    const problem = describeLlmError(new Error(`weird failure with ${homemade} and sk-abcdefghijklmnop`), settings);
    expect(problem.message).not.toContain(homemade);
    expect(problem.message).not.toContain('sk-abcdefghijklmnop');
  });

  it.each(['401', '404-model', '429', '500', 'cut', 'bad-json'] as const)('%s: not in message or fix', async (fault) => {
    const settings = mockSettings(mock, { apiKey: key });
    const problem = await describeFrom(settings, { fault });
    expect(JSON.stringify(problem)).not.toContain(key);
    expect(JSON.stringify(problem)).not.toContain(key.slice(0, 12));
  });
});
