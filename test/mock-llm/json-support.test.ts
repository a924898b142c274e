import OpenAI from 'openai';
import { soreThroat } from './fixture';
import { clientFor, startTestServer, systemFor } from './helpers';
import { rawText, type MockLlm } from './server';

// Model names that make the mock behave like servers without (enforced) structured output,
// and raw answers from the jsonResponder.

const schemaFormat = {
  type: 'json_schema' as const,
  json_schema: { name: 'grading', strict: true, schema: { type: 'object', properties: { ok: { type: 'boolean' } }, required: ['ok'], additionalProperties: false } },
};
const messages = [
  { role: 'system' as const, content: `Grade. ${systemFor(soreThroat)}` },
  { role: 'user' as const, content: 'Transcript: …' },
];

let server: MockLlm;
let next: unknown = { ok: true };
beforeAll(async () => {
  server = await startTestServer({ jsonResponder: () => next });
});
afterAll(() => server.close());
beforeEach(() => {
  next = { ok: true };
});

const contentOf = (completion: OpenAI.ChatCompletion) => completion.choices[0]?.message.content ?? '';

describe('servers without structured output', () => {
  it('mock-no-json-schema: 400 naming response_format for json_schema; json_object answers', async () => {
    const client = clientFor(server);
    const error = await client.chat.completions
      .create({ model: 'mock-no-json-schema', messages, response_format: schemaFormat })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, param: 'response_format' });
    expect((error as Error).message).toMatch(/'response_format' of type 'json_schema' is not supported/);

    const completion = await client.chat.completions.create({ model: 'mock-no-json-schema', messages, response_format: { type: 'json_object' } });
    expect(JSON.parse(contentOf(completion))).toEqual({ ok: true });
  });

  it('mock-no-response-format: 400 for json_schema and json_object; a plain request gets JSON inside prose', async () => {
    const client = clientFor(server);
    for (const format of [schemaFormat, { type: 'json_object' as const }]) {
      await expect(
        client.chat.completions.create({ model: 'mock-no-response-format', messages, response_format: format }),
      ).rejects.toMatchObject({ status: 400, param: 'response_format' });
    }
    const text = contentOf(await client.chat.completions.create({ model: 'mock-no-response-format', messages }));
    expect(text).toMatch(/^Sure! Here is the answer in the format \{…\} you asked for:\n\n```json\n\{"ok":true\}\n```/);
  });

  it('mock-ignores-response-format: accepts json_schema and answers in prose, streamed too', async () => {
    const client = clientFor(server);
    const text = contentOf(await client.chat.completions.create({ model: 'mock-ignores-response-format', messages, response_format: schemaFormat }));
    expect(text).toContain('```json\n{"ok":true}\n```');
    expect(() => JSON.parse(text)).toThrow();

    const stream = await client.chat.completions.create({ model: 'mock-ignores-response-format', messages, response_format: schemaFormat, stream: true });
    let streamed = '';
    for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? '';
    expect(streamed).toBe(text);
  });

  it('other models keep the patient for plain requests', async () => {
    const text = contentOf(await clientFor(server).chat.completions.create({ model: 'mock-patient', messages: [
      { role: 'system', content: systemFor(soreThroat) },
      { role: 'user', content: 'When did it start?' },
    ] }));
    expect(text).not.toContain('```json');
  });
});

describe('jsonResponder: raw text', () => {
  it('is sent as it is, not as a JSON string', async () => {
    next = rawText('{"ok": tru');
    const completion = await clientFor(server).chat.completions.create({ model: 'mock-grader', messages, response_format: schemaFormat });
    expect(contentOf(completion)).toBe('{"ok": tru');
  });
});
