import { testConnection } from '../../src/llm/connection';
import { DEFAULT_SETTINGS } from '../../src/llm/settings';
import { startTestServer } from '../mock-llm/helpers';
import type { MockLlm } from '../mock-llm/server';
import { corsBlockedFetch, faultFetch, freePort, mockSettings, nothingAnswersFetch, settingsFor, startRecordingServer } from './servers';

let mock: MockLlm;
beforeAll(async () => {
  mock = await startTestServer();
});
afterAll(() => mock.close());

const problemOf = async (...args: Parameters<typeof testConnection>) => {
  const result = await testConnection(...args);
  if (result.ok) throw new Error('the connection test passed');
  return result.problem;
};

describe('testConnection', () => {
  it('lists the server’s models', async () => {
    const result = await testConnection(mockSettings(mock));
    expect(result.ok).toBe(true);
    expect(result.ok && result.models).toEqual(expect.arrayContaining(['mock-patient', 'mock-grader']));
  });

  it('needs no server for the built-in patient', async () => {
    expect(await testConnection(DEFAULT_SETTINGS)).toEqual({ ok: true, models: [] });
  });

  it('401 → bad-key', async () => {
    expect(await problemOf(mockSettings(mock, { apiKey: 'sk-wrong' }), { fetch: faultFetch('401') })).toMatchObject({
      kind: 'bad-key',
      message: 'Ollama rejected the API key.',
    });
  });

  it('404-model → model-not-found', async () => {
    expect((await problemOf(mockSettings(mock), { fetch: faultFetch('404-model') })).kind).toBe('model-not-found');
  });

  it('says precisely which chosen model the server does not have, and returns the list', async () => {
    const result = await testConnection(mockSettings(mock, { patientModel: 'llama3.1:8b' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('model-not-found');
    expect(result.problem.message).toMatch(/^The patient model "llama3\.1:8b" is not on this server \(it lists \d+ models\)\.$/);
    expect(result.problem.fix).toMatch(/^Choose one it lists: mock-patient, mock-grader, .* Download it with "ollama pull llama3\.1:8b"/);
    expect(result.models).toContain('mock-patient');
  });

  it('checks the grader model too', async () => {
    const problem = await problemOf(mockSettings(mock, { graderModel: 'gpt-grader' }));
    expect(problem.message).toMatch(/^The grader model "gpt-grader" is not on this server/);
    const both = await problemOf(mockSettings(mock, { patientModel: 'a', graderModel: 'b' }));
    expect(both.message).toMatch(/^Neither the patient model "a" nor the grader model "b" is on this server/);
  });

  it('reminds that no patient model is chosen, with the list to choose from', async () => {
    const problem = await problemOf(mockSettings(mock, { patientModel: '' }));
    expect(problem.message).toMatch(/^Ollama answered and lists \d+ models, but no patient model is chosen\.$/);
  });

  it('accepts an Ollama model name without its ":latest" tag', async () => {
    const ollama = await startRecordingServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'llama3.1:latest', object: 'model', created: 0, owned_by: 'library' }] }));
    });
    const result = await testConnection(settingsFor(ollama.url, { patientModel: 'llama3.1' }));
    await ollama.close();
    expect(result).toEqual({ ok: true, models: ['llama3.1:latest'] });
  });

  it('an unreachable port → unreachable, with how to start the server', async () => {
    const url = `http://127.0.0.1:${await freePort()}/v1`;
    expect(await problemOf(settingsFor(url))).toEqual({
      kind: 'unreachable',
      message: `Nothing answered at ${url}. Is Ollama running?`,
      fix: 'Start it with "ollama serve".',
      retryable: false,
    });
  });

  it('in a browser, tells CORS from a server that is down by probing without CORS', async () => {
    const cors = await problemOf(mockSettings(mock), { fetch: corsBlockedFetch });
    expect(cors.kind).toBe('cors');
    expect(cors.fix).toMatch(/^Ollama only answers pages it trusts: set OLLAMA_ORIGINS/);
    const down = await problemOf(mockSettings(mock), { fetch: nothingAnswersFetch });
    expect(down).toMatchObject({ kind: 'unreachable', fix: 'Start it with "ollama serve".' });
  });

  it('a server that sends headers and then nothing → stalled (the SDK would wait forever)', async () => {
    const problem = await problemOf(mockSettings(mock), { fetch: faultFetch('stall'), timeoutMs: 300 });
    expect(problem).toMatchObject({ kind: 'stalled', retryable: true });
  });

  it.each([
    ['429', 'rate-limited'],
    ['500', 'server'],
    ['cut', 'dropped'],
    ['bad-json', 'bad-response'],
  ] as const)('%s → %s', async (fault, kind) => {
    expect((await problemOf(mockSettings(mock), { fetch: faultFetch(fault) })).kind).toBe(kind);
  });

  it('asks for the missing key before sending anything', async () => {
    const recorder = await startRecordingServer();
    const problem = await problemOf(settingsFor(recorder.url, { provider: 'openai', apiKey: '' }));
    await recorder.close();
    expect(problem).toMatchObject({ kind: 'bad-key', message: 'OpenAI needs an API key, and none is set.' });
    expect(recorder.requests).toEqual([]);
  });

  it.each([
    ['', 'No base URL is set.'],
    ['localhost:11434', '"localhost:11434" is not a web address.'],
  ])('checks the base URL %j first', async (baseUrl, message) => {
    expect(await problemOf(settingsFor(baseUrl))).toMatchObject({ kind: 'unreachable', message });
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = testConnection(mockSettings(mock), { fetch: faultFetch('stall'), signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('never puts the key in a problem', async () => {
    const key = 'sk-or-v1-0123456789abcdef0123456789';
    for (const fault of ['401', '404-model', '429', '500', 'cut', 'bad-json', 'stall'] as const) {
      const settings = mockSettings(mock, { provider: 'openrouter', apiKey: key, patientModel: 'mock-patient' });
      const result = await testConnection(settings, { fetch: faultFetch(fault), timeoutMs: 300 });
      expect(JSON.stringify(result)).not.toContain(key);
    }
  });
});
