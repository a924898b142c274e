// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Case } from '../../src/case/schema';
import { createMemoryStore, StorageError, type SessionRecord, type SessionStore } from '../../src/db';
import { createEncounterController, createEncounterStore, EncounterView } from '../../src/encounter';
import { createScriptedPatient, withLeakGuard, type Patient, type PatientReply, type ReplyInfo } from '../../src/patient';
import { minimalCase } from '../fixtures/minimal-case';

const caseFile = Case.parse(minimalCase());

function sessionRecord(): SessionRecord {
  return {
    id: crypto.randomUUID(),
    caseId: caseFile.id,
    caseVersion: caseFile.version,
    caseHash: 'hash',
    caseTitle: caseFile.title,
    caseLanguage: 'en',
    studentName: 'Ada',
    status: 'active',
    startedAt: Date.now(),
    updatedAt: Date.now(),
    patient: { kind: 'scripted', promptVersion: 'scripted-1', promptHash: 'x' },
    events: [],
  };
}

/** A patient whose replies the test drives chunk by chunk. */
function controllablePatient() {
  let push: (chunk: string) => void = () => {};
  let end: (info?: Partial<ReplyInfo>, error?: unknown) => void = () => {};
  const patient: Patient = {
    reply(_turns, signal): PatientReply {
      const queue: string[] = [];
      let wake: () => void = () => {};
      let finished: { info?: Partial<ReplyInfo>; error?: unknown } | undefined;
      let settle: (info: ReplyInfo) => void = () => {};
      const info = new Promise<ReplyInfo>((resolve) => (settle = resolve));
      push = (chunk) => {
        queue.push(chunk);
        wake();
      };
      end = (extra, error) => {
        finished = { info: extra, error };
        wake();
      };
      signal?.addEventListener('abort', () => end());
      async function* stream() {
        try {
          for (;;) {
            if (queue.length) {
              yield queue.shift() ?? '';
              continue;
            }
            if (finished) {
              if (finished.error) throw finished.error;
              return;
            }
            await new Promise<void>((resolve) => (wake = resolve));
          }
        } finally {
          // Like a real patient, the reply's info settles however the stream ends.
          settle({ factIds: [], moves: [], stopped: signal?.aborted ?? false, ...finished?.info });
        }
      }
      const iterator = stream();
      return { [Symbol.asyncIterator]: () => iterator, info };
    },
  };
  return { patient, push: (chunk: string) => act(async () => push(chunk)), end: (info?: Partial<ReplyInfo>, error?: unknown) => act(async () => end(info, error)) };
}

async function setup(
  patient: Patient,
  describeError = (error: unknown) => ({ message: `Failed: ${String(error)}` }),
  storage: SessionStore = createMemoryStore(),
) {
  const session = await storage.createSession(sessionRecord());
  const store = createEncounterStore();
  const controller = createEncounterController({
    sessionId: session.id,
    store,
    storage,
    patient,
    describeError,
    storageMessage: (error) => (error instanceof Error ? error.message : String(error)),
    saveIntervalMs: 10,
  });
  const onEnd = vi.fn();
  render(
    <EncounterView
      caseFile={caseFile}
      session={session}
      store={store}
      controller={controller}
      patientLabel="Built-in patient, offline"
      onEnd={onEnd}
      onSubmitNote={() => {}}
    />,
  );
  return { storage, session, store, onEnd, user: userEvent.setup() };
}

const log = () => screen.getByRole('list', { name: 'Conversation' });

describe('the encounter screen', () => {
  it('says when the built-in patient answers, and streams its reply', async () => {
    const { user, storage, session } = await setup(createScriptedPatient(caseFile));
    screen.getByText('Built-in patient, offline');
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Do you smoke?{Enter}');
    await within(log()).findByText('I smoke about ten a day.');
    const turns = await storage.listTurns(session.id);
    expect(turns.map((t) => [t.speaker, t.text, t.status])).toEqual([
      ['student', 'Do you smoke?', 'complete'],
      ['patient', 'I smoke about ten a day.', 'complete'],
    ]);
  });

  it('makes a new line with Shift+Enter instead of sending', async () => {
    const { user } = await setup(createScriptedPatient(caseFile));
    const box = screen.getByRole('textbox', { name: 'Message to the patient' });
    await user.type(box, 'First line{Shift>}{Enter}{/Shift}second line');
    expect(box).toHaveProperty('value', 'First line\nsecond line');
    expect(within(log()).queryByText(/First line/)).toBeNull();
  });

  it('shows the reply as it streams, and Stop keeps the partial text marked stopped', async () => {
    const fake = controllablePatient();
    const { user, storage, session } = await setup(fake.patient);
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Where is the pain?{Enter}');
    await fake.push('It is ');
    await fake.push('in my ');
    await within(log()).findByText('It is in my');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await within(log()).findByText('(stopped)');
    expect(within(log()).getByText('It is in my')).toBeTruthy();
    await waitFor(async () => expect((await storage.listTurns(session.id)).at(-1)?.status).toBe('stopped'));
    screen.getByRole('button', { name: 'Send' });
  });

  it('reports a failed reply in plain words with a retry, and never loses the student message', async () => {
    const fake = controllablePatient();
    const { user, storage, session } = await setup(fake.patient, () => ({ message: 'The server rejected the API key.', fix: 'Check it in Settings.' }));
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Any allergies?{Enter}');
    await fake.end(undefined, new Error('401'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server rejected the API key.');
    expect(alert.textContent).toContain('Check it in Settings.');
    within(log()).getByText('Any allergies?');
    const turns = await storage.listTurns(session.id);
    expect(turns.map((t) => t.status)).toEqual(['complete', 'error']);
    await user.click(within(log()).getByRole('button', { name: 'Retry' }));
    await fake.push('No allergies.');
    await fake.end();
    await within(log()).findByText('No allergies.');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps what a dropped stream said before it broke', async () => {
    const fake = controllablePatient();
    const dropped = Object.assign(new Error('terminated'), { partialText: 'I was going to say' });
    const { user } = await setup(fake.patient);
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Tell me more{Enter}');
    await fake.push('I was going ');
    await fake.end(undefined, dropped);
    await within(log()).findByText('I was going to say');
    within(log()).getByText('(not finished)');
  });

  it('replaces a reply that names the diagnosis with an in-character deflection', async () => {
    const fake = controllablePatient();
    const { user, storage, session } = await setup(withLeakGuard(fake.patient, caseFile));
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'What do you think it is?{Enter}');
    await fake.push('Honestly, I read it might be ');
    await fake.push(`${caseFile.diagnosis.primary.toLowerCase()}, doctor.`);
    await fake.end();
    await waitFor(async () => expect((await storage.listTurns(session.id)).at(-1)?.status).toBe('complete'));
    const reply = (await storage.listTurns(session.id)).at(-1)?.text ?? '';
    expect(reply.toLowerCase()).not.toContain(caseFile.diagnosis.primary.toLowerCase());
    expect(within(log()).queryByText(new RegExp(caseFile.diagnosis.primary, 'i'))).toBeNull();
    within(log()).getByText(/hoping you could tell me/);
  });

  it('says plainly when the browser storage is full, and the interview goes on', async () => {
    const full = createMemoryStore();
    const storage: SessionStore = { ...full, putTurn: () => Promise.reject(new StorageError('full')) };
    const { user } = await setup(createScriptedPatient(caseFile), undefined, storage);
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Do you smoke?{Enter}');
    await within(log()).findByText('I smoke about ten a day.');
    const banner = await screen.findByText(/storage for this site is full/i);
    expect(banner.textContent).toMatch(/keep this tab open/);
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Any allergies?{Enter}');
    await within(log()).findByText('Any allergies?');
  });

  it('ends the encounter only when no reply is streaming', async () => {
    const fake = controllablePatient();
    const { user, onEnd } = await setup(fake.patient);
    await user.type(screen.getByRole('textbox', { name: 'Message to the patient' }), 'Hello{Enter}');
    expect(screen.getByRole('button', { name: 'End encounter' })).toHaveProperty('disabled', true);
    await fake.end();
    await user.click(screen.getByRole('button', { name: 'End encounter' }));
    expect(onEnd).toHaveBeenCalledOnce();
  });
});
