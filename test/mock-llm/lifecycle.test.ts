import OpenAI from 'openai';
import type { Patient, PatientReply, ReplyInfo } from '../../src/patient/types';
import { soreThroat } from './fixture';
import { clientFor, startTestServer, systemFor } from './helpers';
import type { MockLlm } from './server';

// The server's side of a conversation's end: a student who leaves stops the patient, and a
// patient that fails mid-reply reaches the SDK as an error, the way OpenAI reports one.

const signals: AbortSignal[] = [];

/** A patient who talks until told to stop, or fails after two words when asked to. */
const talkative: Patient = {
  reply(turns, signal): PatientReply {
    if (signal) signals.push(signal);
    const failing = turns.at(-1)?.text === 'fail';
    const info: ReplyInfo = { factIds: [], moves: [], stopped: false };
    return {
      info: Promise.resolve(info),
      async *[Symbol.asyncIterator]() {
        for (let i = 0; !signal?.aborted; i++) {
          if (failing && i === 2) throw new Error('lost my train of thought');
          yield `word${i} `;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      },
    };
  },
};

let server: MockLlm;
beforeAll(async () => {
  server = await startTestServer({ createPatient: () => talkative });
});
afterAll(() => server.close());

const messages = (text: string) => [
  { role: 'system' as const, content: systemFor(soreThroat) },
  { role: 'user' as const, content: text },
];

it('aborting the stream on the client stops the patient on the server', async () => {
  const controller = new AbortController();
  const stream = await clientFor(server).chat.completions.create(
    { model: 'mock-patient', messages: messages('Tell me everything.'), stream: true },
    { signal: controller.signal },
  );
  let contentChunks = 0;
  for await (const chunk of stream) {
    if (chunk.choices[0]?.delta.content) contentChunks++;
    if (contentChunks === 3) controller.abort();
  }
  expect(contentChunks).toBe(3);
  const serverSide = signals.at(-1);
  await vi.waitFor(() => expect(serverSide?.aborted).toBe(true));
});

it('a patient that fails mid-stream ends the stream with an error event the SDK raises as APIError', async () => {
  const stream = await clientFor(server).chat.completions.create({ model: 'mock-patient', messages: messages('fail'), stream: true });
  let text = '';
  const error = await (async () => {
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
  })().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OpenAI.APIError);
  expect((error as Error).message).toContain('lost my train of thought');
  expect(text).toBe('word0 word1 ');
});

it('close() can be called twice', async () => {
  const own = await startTestServer();
  await own.close();
  await expect(own.close()).resolves.toBeUndefined();
});
