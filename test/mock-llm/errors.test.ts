import OpenAI from 'openai';
import { soreThroat } from './fixture';
import { clientFor, NO_STAINLESS_HEADERS, startTestServer } from './helpers';
import { CORS_HEADERS } from './http';
import type { MockLlm } from './server';

let server: MockLlm;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('OpenAI-shaped errors', () => {
  it('400 case_not_found when no case id is named in the system message', async () => {
    const error = await clientFor(server)
      .chat.completions.create({
        model: 'mock-patient',
        messages: [
          { role: 'system', content: 'You are a patient in case unknown-case.' },
          { role: 'user', content: 'Hello' },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'case_not_found', param: 'messages', type: 'invalid_request_error' });
    expect((error as Error).message).toContain(soreThroat.id);
  });

  it('400 no_user_message when there is nothing for the patient to answer', async () => {
    const error = await clientFor(server)
      .chat.completions.create({ model: 'mock-patient', messages: [{ role: 'system', content: `Case: ${soreThroat.id}` }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, code: 'no_user_message' });
  });

  it('400 with an OpenAI error body for a body that is not JSON', async () => {
    const response = await post('{"model": "mock-patient", "messages": [');
    expect(response.status).toBe(400);
    const body: unknown = await response.json();
    expect(body).toEqual({
      error: { message: expect.stringContaining('could not parse the JSON body'), type: 'invalid_request_error', param: null, code: null },
    });
  });

  it('400 missing_required_parameter when messages are missing, empty_array when empty', async () => {
    const missing = await post(JSON.stringify({ model: 'mock-patient' }));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { param: 'messages', code: 'missing_required_parameter' } });
    const empty = await post(JSON.stringify({ model: 'mock-patient', messages: [] }));
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ error: { param: 'messages', code: 'empty_array' } });
  });

  it('reports the path of an invalid field the way OpenAI does', async () => {
    const response = await post(JSON.stringify({ model: 'mock-patient', messages: [{ content: 'hi' }] }));
    expect(await response.json()).toMatchObject({ error: { param: 'messages[0].role', code: 'missing_required_parameter' } });
  });

  it('404 for an unknown path, through the SDK too', async () => {
    const response = await fetch(`${server.url}/engines`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: { message: 'Invalid URL (GET /v1/engines)', type: 'invalid_request_error', param: null, code: null },
    });
    await expect(clientFor(server).get('/nowhere')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });
});

describe('CORS', () => {
  it('answers the preflight with the allowed headers', async () => {
    const response = await fetch(`${server.url}/chat/completions`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-mock-fault-key');
  });

  it('an SDK client with X-Stainless-* nulled sends only headers the preflight allows', async () => {
    const sent: string[] = [];
    const allowed = new Set([...CORS_HEADERS['access-control-allow-headers']!.split(', '), 'accept', 'user-agent']);
    const client = new OpenAI({
      baseURL: server.url,
      apiKey: 'sk-mock',
      maxRetries: 0,
      logLevel: 'off',
      defaultHeaders: { ...NO_STAINLESS_HEADERS, 'x-mock-fault': 'slow', 'x-mock-delay-ms': '0' },
      fetch: (url, init) => {
        new Headers(init?.headers).forEach((_value, name) => sent.push(name));
        return fetch(url, init);
      },
    });
    await client.chat.completions.create({
      model: 'mock-patient',
      messages: [
        { role: 'system', content: `Case: ${soreThroat.id}` },
        { role: 'user', content: 'Hello' },
      ],
    });
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.filter((name) => !allowed.has(name))).toEqual([]);
  });
});
