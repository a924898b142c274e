import OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { soreThroat } from './fixture';
import { clientFor, NO_STAINLESS_HEADERS, patientSays, startTestServer, systemFor } from './helpers';
import type { MockLlm } from './server';

let server: MockLlm;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const question = 'What brings you in today?';
const messages: ChatCompletionMessageParam[] = [
  { role: 'system', content: systemFor(soreThroat) },
  { role: 'user', content: question },
];
const fullText = () => patientSays(soreThroat, [{ speaker: 'student', text: question }]);
const withFault = (fault: string, headers: Record<string, string> = {}) =>
  clientFor(server, { headers: { 'x-mock-fault': fault, ...headers } });
const ask = (client: OpenAI, model = 'mock-patient') => client.chat.completions.create({ model, messages });
const caught = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

/** Iterates a stream, collecting chunks; the error it ends with (if any) is returned, not thrown. */
async function drain(stream: AsyncIterable<ChatCompletionChunk>, onChunk?: () => void) {
  const chunks: ChatCompletionChunk[] = [];
  let error: unknown;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk);
      onChunk?.();
    }
  } catch (e) {
    error = e;
  }
  const text = chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');
  return { chunks, text, error };
}

/** A client-side idle timer: aborts when no chunk arrived for `ms` (the SDK has none of its own). */
function idleTimer(controller: AbortController, ms: number) {
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    reset: () => {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop: () => clearTimeout(timer),
  };
}

describe('status faults reach the SDK as from a real server', () => {
  it('401 → AuthenticationError with invalid_api_key', async () => {
    const error = await caught(ask(withFault('401')));
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' });
  });

  it('404-model (chosen by model name) → NotFoundError with model_not_found', async () => {
    const error = await caught(ask(clientFor(server), 'mock-fault-404-model'));
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'model_not_found' });
    expect((error as Error).message).toContain('mock-fault-404-model');
  });

  it('429 without retries → RateLimitError carrying Retry-After', async () => {
    const error = await caught(ask(withFault('429')));
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    const headers = (error as InstanceType<typeof OpenAI.RateLimitError>).headers;
    expect(headers.get('retry-after')).toBe('1');
    expect(headers.get('retry-after-ms')).toBe('1000');
  });

  it('500 (chosen by model name) → InternalServerError', async () => {
    const error = await caught(ask(clientFor(server), 'mock-fault-500'));
    expect(error).toBeInstanceOf(OpenAI.InternalServerError);
    expect(error).toMatchObject({ status: 500, type: 'server_error' });
  });

  it.each(['429-once', '500-once'])('%s: the SDK retries (after Retry-After for 429) and succeeds', async (fault) => {
    const statuses: number[] = [];
    const client = new OpenAI({
      baseURL: server.url,
      apiKey: 'sk-mock',
      maxRetries: 2,
      logLevel: 'off',
      defaultHeaders: { ...NO_STAINLESS_HEADERS, 'x-mock-fault': fault, 'x-mock-fault-key': `retry-${fault}` },
      fetch: async (url, init) => {
        const response = await fetch(url, init);
        statuses.push(response.status);
        return response;
      },
    });
    const started = Date.now();
    const completion = await ask(client);
    expect(completion.choices[0]?.message.content).toBe(await fullText());
    expect(statuses).toEqual([fault === '429-once' ? 429 : 500, 200]);
    // Retry-After: 1 is a lower bound on the wait, so this cannot flake on a slow machine.
    if (fault === '429-once') expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('429-once fails only the first request with a key', async () => {
    const client = withFault('429-once', { 'x-mock-fault-key': 'only-once' });
    await expect(ask(client)).rejects.toBeInstanceOf(OpenAI.RateLimitError);
    await expect(ask(client)).resolves.toMatchObject({ object: 'chat.completion' });
  });

  it('an unknown fault name → BadRequestError', async () => {
    const error = await caught(ask(withFault('gremlins')));
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect((error as Error).message).toContain('gremlins');
  });
});

describe('stream faults', () => {
  it('cut: the stream breaks mid-way; for await throws undici TypeError "terminated" after partial text', async () => {
    const stream = await withFault('cut').chat.completions.create({ model: 'mock-patient', messages, stream: true });
    const { chunks, text, error } = await drain(stream);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('terminated');
    expect(String((error as Error).cause)).toMatch(/other side closed/);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(text.length).toBeGreaterThan(0);
    expect((await fullText()).startsWith(text)).toBe(true);
    expect(text).not.toBe(await fullText());
    expect(chunks.some((c) => c.choices[0]?.finish_reason === 'stop')).toBe(false);
  });

  it('cut on a non-streaming request: the SDK rejects with the same TypeError', async () => {
    const error = await caught(ask(withFault('cut')));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe('terminated');
  });

  it('stall: only the first chunk arrives; aborting on an idle timer ends the loop silently', async () => {
    const controller = new AbortController();
    const stream = await withFault('stall').chat.completions.create(
      { model: 'mock-patient', messages, stream: true },
      { signal: controller.signal },
    );
    const idle = idleTimer(controller, 150);
    const { chunks, text, error } = await drain(stream, idle.reset);
    idle.stop();
    expect(controller.signal.aborted).toBe(true);
    expect(error).toBeUndefined(); // no APIUserAbortError: the SDK swallows the abort mid-stream
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.choices[0]?.delta).toMatchObject({ role: 'assistant', content: '' });
    expect(text).toBe('');
  });

  it('slow: every chunk still arrives, in order, one by one', async () => {
    const stream = await withFault('slow', { 'x-mock-delay-ms': '15' }).chat.completions.create({
      model: 'mock-patient',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    const { chunks, text, error } = await drain(stream);
    expect(error).toBeUndefined();
    expect(text).toBe(await fullText());
    const content = chunks.filter((c) => c.choices[0]?.delta.content);
    expect(content.length).toBeGreaterThan(3);
    expect(chunks[0]?.choices[0]?.delta.role).toBe('assistant');
    expect(chunks.at(-2)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.at(-1)?.usage).toBeTruthy();
  });

  it('bad-json on a chat stream: a malformed data: line makes the SDK throw SyntaxError', async () => {
    const stream = await withFault('bad-json').chat.completions.create({ model: 'mock-patient', messages, stream: true });
    const { text, error } = await drain(stream);
    expect(error).toBeInstanceOf(SyntaxError);
    expect(text.length).toBeGreaterThan(0); // the first piece arrived before the broken line
  });

  it('bad-json on a json_schema request: the content is not valid JSON', async () => {
    const completion = await withFault('bad-json').chat.completions.create({
      model: 'mock-grader',
      messages: [{ role: 'user', content: 'Grade this.' }],
      response_format: {
        type: 'json_schema',
        json_schema: {
          name: 'grading',
          strict: true,
          schema: { type: 'object', properties: { score: { type: 'integer' } }, required: ['score'], additionalProperties: false },
        },
      },
    });
    const content = completion.choices[0]?.message.content ?? '';
    expect(content.length).toBeGreaterThan(0);
    expect(() => JSON.parse(content)).toThrow(SyntaxError);
  });
});

describe('shutting down', () => {
  it('close() ends a stalled stream that nobody aborted, so tests never hang', async () => {
    const own = await startTestServer();
    const stream = await clientFor(own, { headers: { 'x-mock-fault': 'stall' } }).chat.completions.create({
      model: 'mock-patient',
      messages,
      stream: true,
    });
    const draining = drain(stream);
    await own.close();
    const { chunks, error } = await draining;
    expect(chunks).toHaveLength(1);
    expect(error).toBeInstanceOf(TypeError);
  });
});
