import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { soreThroat } from './fixture';
import { clientFor, patientSays, startTestServer, systemFor } from './helpers';
import type { MockLlm } from './server';

let server: MockLlm;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const conversation: ChatCompletionMessageParam[] = [
  { role: 'system', content: systemFor(soreThroat) },
  { role: 'user', content: 'Hello, I am one of the medical students. What brings you in today?' },
  { role: 'assistant', content: soreThroat.patient.openingStatement },
  { role: 'user', content: 'Have you had a fever or felt hot?' },
];
const turns = [
  { speaker: 'student' as const, text: 'Hello, I am one of the medical students. What brings you in today?' },
  { speaker: 'patient' as const, text: soreThroat.patient.openingStatement },
  { speaker: 'student' as const, text: 'Have you had a fever or felt hot?' },
];

async function collect(stream: AsyncIterable<ChatCompletionChunk>): Promise<ChatCompletionChunk[]> {
  const chunks: ChatCompletionChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}
const textOf = (chunks: ChatCompletionChunk[]) => chunks.map((c) => c.choices[0]?.delta.content ?? '').join('');

describe('POST /v1/chat/completions', () => {
  it('answers a non-streaming request with a chat.completion and usage', async () => {
    const completion = await clientFor(server).chat.completions.create({ model: 'mock-patient', messages: conversation });
    expect(completion).toMatchObject({ object: 'chat.completion', model: 'mock-patient', system_fingerprint: 'fp_mock' });
    expect(completion.id).toMatch(/^chatcmpl-/);
    expect(completion.choices).toHaveLength(1);
    expect(completion.choices[0]).toMatchObject({ index: 0, finish_reason: 'stop', message: { role: 'assistant' } });
    expect(completion.choices[0]?.message.content).toBe(await patientSays(soreThroat, turns));
    const usage = completion.usage;
    expect(usage?.completion_tokens).toBeGreaterThan(0);
    expect(usage?.total_tokens).toBe((usage?.prompt_tokens ?? 0) + (usage?.completion_tokens ?? 0));
  });

  it('streams chunks in OpenAI order: role first, content, stop, usage last', async () => {
    const stream = await clientFor(server).chat.completions.create({
      model: 'mock-patient',
      messages: conversation,
      stream: true,
      stream_options: { include_usage: true },
    });
    const chunks = await collect(stream);
    const [first] = chunks;
    const usageChunk = chunks.at(-1);
    const stopChunk = chunks.at(-2);
    const contentChunks = chunks.slice(1, -2);

    expect(first?.choices[0]?.delta).toMatchObject({ role: 'assistant', content: '' });
    expect(contentChunks.length).toBeGreaterThan(1);
    for (const chunk of contentChunks) {
      expect(chunk.choices[0]?.delta.content).toBeTruthy();
      expect(chunk.choices[0]?.finish_reason).toBeNull();
      expect(chunk.choices[0]?.delta.role).toBeUndefined();
    }
    expect(stopChunk?.choices[0]).toMatchObject({ finish_reason: 'stop', delta: {} });
    expect(usageChunk?.choices).toEqual([]);
    expect(usageChunk?.usage?.completion_tokens).toBeGreaterThan(0);
    for (const chunk of chunks) {
      expect(chunk).toMatchObject({ object: 'chat.completion.chunk', model: 'mock-patient', id: first?.id });
      expect(chunk.created).toBe(first?.created);
      expect(chunk.system_fingerprint).toBe('fp_mock');
    }
    // With include_usage, every chunk before the last carries usage: null.
    expect(chunks.slice(0, -1).every((c) => c.usage === null)).toBe(true);
    expect(textOf(chunks)).toBe(await patientSays(soreThroat, turns));
  });

  it('sends no usage chunk unless include_usage is asked for', async () => {
    const stream = await clientFor(server).chat.completions.create({ model: 'mock-patient', messages: conversation, stream: true });
    const chunks = await collect(stream);
    expect(chunks.at(-1)?.choices[0]?.finish_reason).toBe('stop');
    expect(chunks.every((c) => c.usage === undefined)).toBe(true);
  });

  it('streams exactly what the scripted patient says, chunked into small pieces', async () => {
    const opening: ChatCompletionMessageParam[] = [
      { role: 'system', content: `The patient for case ${soreThroat.id} is speaking.` },
      { role: 'user', content: 'Hello, what brings you in today?' },
    ];
    const stream = await clientFor(server).chat.completions.create({ model: 'mock-patient', messages: opening, stream: true });
    const chunks = await collect(stream);
    const expected = await patientSays(soreThroat, [{ speaker: 'student', text: 'Hello, what brings you in today?' }]);
    expect(textOf(chunks)).toBe(expected);
    const pieces = chunks.map((c) => c.choices[0]?.delta.content ?? '').filter(Boolean);
    expect(pieces.length).toBeGreaterThanOrEqual(expected.split(' ').length);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(12);
  });

  it('reads content given as an array of text parts', async () => {
    const completion = await clientFor(server).chat.completions.create({
      model: 'mock-patient',
      messages: [
        { role: 'system', content: [{ type: 'text', text: systemFor(soreThroat) }] },
        { role: 'user', content: [{ type: 'text', text: 'Have you had a fever' }, { type: 'text', text: ' or felt hot?' }] },
      ],
    });
    const expected = await patientSays(soreThroat, [{ speaker: 'student', text: 'Have you had a fever or felt hot?' }]);
    expect(completion.choices[0]?.message.content).toBe(expected);
  });
});
