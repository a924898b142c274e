import OpenAI from 'openai';
import { FAULTS } from './faults';
import { clientFor, startTestServer } from './helpers';
import type { MockLlm } from './server';

let server: MockLlm;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /v1/models', () => {
  it('lists the patient, grader and fault models in OpenAI list format', async () => {
    const ids: string[] = [];
    for await (const model of clientFor(server).models.list()) {
      expect(model).toMatchObject({ object: 'model', owned_by: 'anamnesis-mock' });
      ids.push(model.id);
    }
    expect(ids).toEqual(expect.arrayContaining(['mock-patient', 'mock-grader']));
    expect(ids).toEqual(expect.arrayContaining(FAULTS.map((fault) => `mock-fault-${fault}`)));
  });

  it('retrieves one model and answers 404 model_not_found for an unknown one', async () => {
    const client = clientFor(server);
    await expect(client.models.retrieve('mock-patient')).resolves.toMatchObject({ id: 'mock-patient' });
    const error = await client.models.retrieve('gpt-nothing').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenAI.NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'model_not_found' });
  });

  it('fails the list with a status fault from the header, as a connection test would see it', async () => {
    const client = clientFor(server, { headers: { 'x-mock-fault': '401' } });
    await expect(client.models.list()).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
  });
});
