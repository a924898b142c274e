import * as z from 'zod';
import type { JSONSchema } from 'zod/v4/core';
import { soreThroat } from './fixture';
import { clientFor, startTestServer, systemFor } from './helpers';
import type { JsonRequest, MockLlm } from './server';

// A grading-like shape, built the way DESIGN.md recommends: root object, every property
// required, nullable instead of optional, sent as z.toJSONSchema(...) and validated ourselves.
const Grading = z.object({
  summary: z.string().min(1),
  items: z.array(
    z.object({
      id: z.string(),
      met: z.boolean(),
      evidence: z.string().nullable(),
      points: z.int().min(0).max(10),
    }),
  ),
  overall: z.enum(['unsatisfactory', 'satisfactory', 'excellent']),
  score: z.number().min(0).max(100),
});
const gradingFormat = {
  type: 'json_schema' as const,
  json_schema: { name: 'grading', strict: true, schema: z.toJSONSchema(Grading) },
};
const graderMessages = [
  { role: 'system' as const, content: `You grade history taking. ${systemFor(soreThroat)}` },
  { role: 'user' as const, content: 'Transcript: …' },
];

const seen: JsonRequest[] = [];
let server: MockLlm;
let withResponder: MockLlm;
beforeAll(async () => {
  server = await startTestServer();
  withResponder = await startTestServer({
    jsonResponder: (request) => {
      seen.push(request);
      if (request.schemaName !== 'grading') return undefined;
      return { summary: `Graded ${request.case?.id}`, items: [], overall: 'excellent', score: 97 };
    },
  });
});
afterAll(async () => {
  await server.close();
  await withResponder.close();
});

describe('response_format', () => {
  it('json_schema: the content is JSON that the zod schema accepts', async () => {
    const completion = await clientFor(server).chat.completions.create({
      model: 'mock-grader',
      messages: graderMessages,
      response_format: gradingFormat,
    });
    const grading = Grading.parse(JSON.parse(completion.choices[0]?.message.content ?? ''));
    expect(grading.overall).toBe('unsatisfactory');
    expect(grading.items).toHaveLength(1);
  });

  it('json_schema over a stream: the assembled content parses too', async () => {
    const stream = await clientFor(server).chat.completions.create({
      model: 'mock-grader',
      messages: graderMessages,
      response_format: gradingFormat,
      stream: true,
    });
    let text = '';
    let pieces = 0;
    for await (const chunk of stream) {
      const piece = chunk.choices[0]?.delta.content;
      if (piece) pieces++;
      text += piece ?? '';
    }
    expect(pieces).toBeGreaterThan(1);
    expect(Grading.safeParse(JSON.parse(text)).success).toBe(true);
  });

  it('json_schema: a hand-written schema with $defs validates with z.fromJSONSchema', async () => {
    const schema: JSONSchema.JSONSchema = {
      type: 'object',
      $defs: { finding: { type: 'object', properties: { fact: { type: 'string' }, quote: { type: ['string', 'null'] } }, required: ['fact', 'quote'], additionalProperties: false } },
      properties: { findings: { type: 'array', items: { $ref: '#/$defs/finding' } }, severity: { enum: ['low', 'high'] } },
      required: ['findings', 'severity'],
      additionalProperties: false,
    };
    const completion = await clientFor(server).chat.completions.create({
      model: 'mock-grader',
      messages: [{ role: 'user', content: 'Extract findings.' }],
      response_format: { type: 'json_schema', json_schema: { name: 'findings', strict: true, schema: { ...schema } } },
    });
    const value: unknown = JSON.parse(completion.choices[0]?.message.content ?? '');
    expect(z.fromJSONSchema(schema).safeParse(value).success).toBe(true);
  });

  it('json_object: the content is a JSON object', async () => {
    const completion = await clientFor(server).chat.completions.create({
      model: 'mock-grader',
      messages: [{ role: 'user', content: 'Answer in JSON.' }],
      response_format: { type: 'json_object' },
    });
    const value: unknown = JSON.parse(completion.choices[0]?.message.content ?? '');
    expect(value).toBeTypeOf('object');
    expect(Array.isArray(value)).toBe(false);
  });

  it('jsonResponder supplies the object, with the schema name and the case it found', async () => {
    const completion = await clientFor(withResponder).chat.completions.create({
      model: 'mock-grader',
      messages: graderMessages,
      response_format: gradingFormat,
    });
    const grading = Grading.parse(JSON.parse(completion.choices[0]?.message.content ?? ''));
    expect(grading).toEqual({ summary: 'Graded mock-sore-throat', items: [], overall: 'excellent', score: 97 });
    expect(seen.at(-1)).toMatchObject({ schemaName: 'grading', case: { id: 'mock-sore-throat' } });
  });

  it('falls back to the schema instance when jsonResponder returns undefined', async () => {
    const completion = await clientFor(withResponder).chat.completions.create({
      model: 'mock-grader',
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'other', schema: { type: 'object', properties: { ok: { type: 'boolean' } } } } },
    });
    expect(JSON.parse(completion.choices[0]?.message.content ?? '')).toEqual({ ok: true });
  });
});
