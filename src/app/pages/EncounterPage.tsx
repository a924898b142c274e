import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { Link } from 'wouter';
import { DEFAULT_SETTINGS, usesBuiltInPatient } from '../../llm/settings';
import type { Case } from '../../case';
import { caseKey } from '../../case/case-key';
import type { SessionRecord, SessionStore } from '../../db';
import { toStorageError } from '../../db';
import { createEncounterController, createEncounterStore, EncounterView, type Note } from '../../encounter';
import { findSessionCase } from '../session-case';
import { useServices } from '../ServicesContext';
import { useAppSettings } from '../settings';
import type { PatientChoice } from '../patient-choice';
import { LoadFailed } from './CasesPage';
import { SessionFeedback } from './SessionFeedback';
import { useAsync } from './useAsync';

// Opens a session (new, or resumed after a reload): its case, its turns — a reply that was
// streaming when the page went away is marked interrupted, with a retry — and the patient.

interface Opened {
  session: SessionRecord;
  caseFile: Case;
  /** How the case is addressed in the URL (bundled or stored), for "Try again". */
  caseKey: string;
  store: SessionStore;
  storageProblem?: string;
  choice: PatientChoice;
  turns: Awaited<ReturnType<SessionStore['listTurns']>>;
  /** The session talked to a model, and none is configured now. */
  modelMissing: boolean;
}

export function EncounterPage({ sessionId }: { sessionId: string }) {
  const services = useServices();
  const settings = useAppSettings();
  const opened = useAsync(async (): Promise<Opened | undefined> => {
    const { store, problem } = await services.sessions();
    const session = await store.getSession(sessionId);
    if (!session) return undefined;
    const entry = await findSessionCase(services, session);
    if (!entry) throw new Error(`The case "${session.caseId}" of this session is not installed.`);
    await store.markInterrupted(sessionId);
    const turns = await store.listTurns(sessionId);
    // A session keeps the kind of patient it began with: a built-in session stays built-in
    // whatever the settings say now; a model session needs a model configured to go on.
    const modelMissing = session.patient.kind === 'llm' && usesBuiltInPatient(settings);
    const choice = await services.choosePatient(entry.case, session.patient.kind === 'scripted' || modelMissing ? DEFAULT_SETTINGS : settings);
    return { session, caseFile: entry.case, caseKey: caseKey(entry), store, storageProblem: problem?.message, choice, turns, modelMissing };
  }, [sessionId]);

  if (opened.status === 'loading') return <p role="status">Opening the session…</p>;
  if (opened.status === 'failed') return <LoadFailed what="this session" />;
  if (!opened.value) return <p role="alert">This session is not stored in this browser.</p>;
  return <OpenEncounter opened={opened.value} />;
}

function OpenEncounter({ opened }: { opened: Opened }) {
  const services = useServices();
  const settings = useAppSettings();
  const [session, setSession] = useState(opened.session);
  // Callbacks made once per session (the controller's) read the latest session from here.
  const current = useRef(session);
  current.current = session;
  const { store: sessions } = opened;

  const { store, controller } = useMemo(() => {
    const store = createEncounterStore();
    store.getState().load(opened.turns);
    if (opened.storageProblem) store.getState().setStorageWarning(`${opened.storageProblem} This session is kept in this tab only.`);
    const controller = createEncounterController({
      sessionId: opened.session.id,
      store,
      storage: sessions,
      patient: opened.choice.patient,
      describeError: (error) => services.describeError(error, settings),
      storageMessage: (error) => toStorageError(error)?.message ?? 'Saving failed.',
      onReplyInfo: ({ model, leak, turnIndex }) => {
        const latest = current.current;
        const changes: Partial<SessionRecord> = {};
        if (model && model !== latest.patient.modelAnswered) changes.patient = { ...latest.patient, modelAnswered: model };
        if (leak) changes.events = [...latest.events, { at: Date.now(), kind: 'leak', turnIndex, term: leak.term }];
        if (Object.keys(changes).length) void save(changes);
      },
    });
    return { store, controller };
    // One store and controller per opened session.
  }, [opened]);

  useEffect(() => () => controller.stop(), [controller]);
  // Another tab upgraded or deleted the database: this tab can no longer save.
  useEffect(
    () =>
      sessions.onNotice((notice) =>
        store
          .getState()
          .setStorageWarning(
            notice.kind === 'blocked'
              ? 'Another tab of Anamnesis is holding the storage open. Close the other tabs to keep saving.'
              : 'Anamnesis changed in another tab. Reload this page to keep saving; the conversation stays on screen until then.',
          ),
      ),
    [sessions, store],
  );
  useEffect(
    () =>
      opened.choice.onRetrying?.((status) =>
        store.getState().setWaitingNote(status === 429 ? 'The server is busy. Retrying…' : 'The server had a problem. Retrying…'),
      ),
    [opened.choice, store],
  );

  async function save(changes: Partial<SessionRecord>) {
    try {
      setSession(await sessions.updateSession(session.id, changes));
    } catch (error) {
      setSession((current) => ({ ...current, ...changes }));
      store.getState().setStorageWarning(`${toStorageError(error)?.message ?? 'Saving failed.'} Keep this tab open.`);
    }
  }

  const turns = useStore(store, (s) => s.turns);
  const patient = opened.caseFile.patient;

  return (
    <>
    <EncounterView
      caseFile={opened.caseFile}
      session={session}
      store={store}
      controller={controller}
      patientLabel={opened.modelMissing ? `Model: ${session.patient.model ?? 'unknown'}` : opened.choice.label}
      settingsLink={session.patient.kind === 'llm' ? <Link href="/settings">Open Settings</Link> : undefined}
      blocked={
        opened.modelMissing ? (
          <p>
            This session was held with the model {session.patient.model}. To go on, set up a model in{' '}
            <Link href="/settings">Settings</Link>, or start a new session with the built-in patient.
          </p>
        ) : undefined
      }
      onEnd={() => void save({ status: 'ended', endedAt: Date.now() })}
      onSubmitNote={(note: Note) => save({ note: { ...note, submittedAt: Date.now() } })}
    />
    {session.status === 'ended' && (
      <SessionFeedback
        caseFile={opened.caseFile}
        caseKey={opened.caseKey}
        session={session}
        turns={turns}
        sessions={sessions}
        patientName={patient.informant?.name ?? patient.name}
        save={save}
      />
    )}
    </>
  );
}
