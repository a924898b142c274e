import { choosePatient } from '../../src/app/patient-choice';
import { DEFAULT_SETTINGS, type LlmSettings } from '../../src/llm/settings';
import { soreThroat } from '../mock-llm/fixture';
import { startMockLlm, type MockLlm } from '../mock-llm/server';

let server: MockLlm;
beforeAll(async () => {
  server = await startMockLlm({ cases: [soreThroat] });
});
afterAll(() => server.close());

const settings = (patientModel: string): LlmSettings => ({
  ...DEFAULT_SETTINGS,
  provider: 'custom',
  baseUrl: server.url,
  patientModel,
  apiKey: 'sk-test-SECRET123',
});

async function replyText(choice: Awaited<ReturnType<typeof choosePatient>>, text: string) {
  const reply = choice.patient.reply([{ speaker: 'student', text }]);
  let said = '';
  for await (const chunk of reply) said += chunk;
  return { said, info: await reply.info };
}

describe('choosing the patient', () => {
  it('is the built-in patient when no model is configured, recorded as scripted', async () => {
    const choice = await choosePatient(soreThroat, DEFAULT_SETTINGS);
    expect(choice.label).toBe('Built-in patient, offline');
    expect(choice.record.kind).toBe('scripted');
    expect(choice.record.promptHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is the model on the configured server, recorded without the key', async () => {
    const choice = await choosePatient(soreThroat, settings('mock-patient'));
    expect(choice.record).toMatchObject({ kind: 'llm', provider: 'custom', baseUrl: server.url, model: 'mock-patient' });
    expect(JSON.stringify(choice.record)).not.toContain('SECRET123');
    const { said, info } = await replyText(choice, 'Do you smoke?');
    expect(said.length).toBeGreaterThan(0);
    expect(info.model).toBe('mock-patient');
  });

  it('tells the page when the server is busy and the SDK retries, then answers', async () => {
    const choice = await choosePatient(soreThroat, settings('mock-fault-429-once'));
    const statuses: number[] = [];
    choice.onRetrying?.((status) => statuses.push(status));
    const { said } = await replyText(choice, 'Do you smoke?');
    expect(statuses).toEqual([429]);
    expect(said.length).toBeGreaterThan(0);
  }, 15_000);
});
