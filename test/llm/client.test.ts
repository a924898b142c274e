import { createLlmClient, NO_KEY_PLACEHOLDER } from '../../src/llm/client';
import { startTestServer } from '../mock-llm/helpers';
import type { MockLlm } from '../mock-llm/server';
import { mockSettings, settingsFor, startRecordingServer, type RecordingServer } from './servers';

let recorder: RecordingServer;
let mock: MockLlm;
beforeAll(async () => {
  recorder = await startRecordingServer();
  mock = await startTestServer();
});
afterAll(async () => {
  await recorder.close();
  await mock.close();
});
beforeEach(() => {
  recorder.requests.length = 0;
});

describe('createLlmClient', () => {
  it('sends none of the SDK’s X-Stainless-* headers, nor its User-Agent (CORS preflights fail on them)', async () => {
    const client = createLlmClient(settingsFor(recorder.url, { apiKey: 'sk-test-key' }));
    await client.models.list();
    await client.chat.completions.create({ model: 'recorded-model', messages: [{ role: 'user', content: 'Hi' }] }).catch(() => {});
    expect(recorder.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /v1/models', 'POST /v1/chat/completions']);
    for (const { headers } of recorder.requests) {
      expect(Object.keys(headers).filter((name) => name.startsWith('x-stainless'))).toEqual([]);
      expect(headers['user-agent'] ?? '').not.toMatch(/OpenAI/);
      expect(headers.authorization).toBe('Bearer sk-test-key');
    }
  });

  it('sends a placeholder key when the server needs none (the SDK insists on one)', async () => {
    await createLlmClient(settingsFor(recorder.url, { apiKey: '  ' })).models.list();
    expect(recorder.requests[0]?.headers.authorization).toBe(`Bearer ${NO_KEY_PLACEHOLDER}`);
  });

  it('trims a pasted base URL with a trailing slash', async () => {
    await createLlmClient(settingsFor(` ${recorder.url}/ `)).models.list();
    expect(recorder.requests[0]?.path).toBe('/v1/models');
  });

  it('uses an injected fetch', async () => {
    const seen: string[] = [];
    const client = createLlmClient(mockSettings(mock), {
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    const page = await client.models.list();
    expect(page.data.map((m) => m.id)).toContain('mock-patient');
    expect(seen).toEqual([`${mock.url}/models`]);
  });

  it('retries a failed request by default', async () => {
    const client = createLlmClient(mockSettings(mock));
    const completion = await client.chat.completions.create({
      model: 'mock-fault-500-once',
      messages: [{ role: 'system', content: 'Case: mock-sore-throat' }, { role: 'user', content: 'What brings you in?' }],
    });
    expect(completion.choices[0]?.message.content).toBeTruthy();
  });
});
