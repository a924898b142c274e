import type { ReactNode } from 'react';
import { useCallback } from 'react';
import { useStore } from 'zustand';
import type { Case } from '../case';
import type { SessionRecord } from '../db';
import { DoorNote } from '../ui/DoorNote';
import { formatPatient } from '../ui/case-format';
import { ChatLog } from './ChatLog';
import { Composer } from './Composer';
import type { EncounterController } from './encounter-controller';
import type { EncounterStore } from './encounter-store';
import { EncounterTimer } from './EncounterTimer';
import { NoteForm, type Note } from './NoteForm';
import './encounter.css';

// The interview screen: the door note beside the chat; after "End encounter", the note.

interface Props {
  caseFile: Case;
  session: SessionRecord;
  store: EncounterStore;
  controller: EncounterController;
  /** "Built-in patient, offline", or the model the server runs. */
  patientLabel: string;
  onEnd(): void;
  onSubmitNote(note: Note): Promise<void> | void;
  /** Where to fix a configuration problem (a link the app provides). */
  settingsLink?: ReactNode;
  /** Why the student cannot send (e.g. the session's model is not configured); the composer is disabled. */
  blocked?: ReactNode;
}

export function EncounterView({ caseFile, session, store, controller, patientLabel, onEnd, onSubmitNote, settingsLink, blocked }: Props) {
  const { patient } = caseFile;
  const speaker = patient.informant ? `${patient.informant.name} (${patient.informant.relation} of ${patient.name})` : patient.name;
  const busy = useStore(store, (s) => s.busy);
  const unanswered = useStore(store, (s) => !s.busy && s.turns.at(-1)?.speaker === 'student');
  const problem = useStore(store, (s) => s.problem);
  const storageWarning = useStore(store, (s) => s.storageWarning);
  const ended = session.status === 'ended';
  // Stable, so the memoised turns of a long log do not all re-render when `busy` flips.
  const onRetry = useCallback((turnId: string) => void controller.retry(turnId), [controller]);

  return (
    <div className="encounter">
      <aside className="encounter-brief" aria-label="Door note">
        <h2 lang={caseFile.language}>{caseFile.title}</h2>
        <p className="encounter-patient">Patient: {formatPatient(patient)}</p>
        <DoorNote doorNote={caseFile.doorNote} language={caseFile.language} />
      </aside>
      <section className="encounter-chat" aria-label="Interview">
        <header className="encounter-bar">
          <p>
            Speaking with <strong>{speaker}</strong> <span className="badge">{patientLabel}</span>
          </p>
          {!ended && <EncounterTimer startedAt={session.startedAt} limitMinutes={session.timeLimitMinutes} />}
          {!ended && (
            <button type="button" className="button" onClick={onEnd} disabled={busy}>
              End encounter
            </button>
          )}
        </header>
        {storageWarning && (
          <p className="banner banner-warning" role="status">
            {storageWarning}
          </p>
        )}
        <ChatLog store={store} patientName={patient.informant?.name ?? patient.name} onRetry={onRetry} />
        {unanswered && !problem && !ended && (
          <div className="banner banner-warning" role="status">
            <p>The patient has not answered your last message yet.</p>
            <button type="button" className="button button-small" onClick={() => void controller.answerPending()}>
              Ask again
            </button>
          </div>
        )}
        {problem && (
          <div className="banner banner-error" role="alert">
            <p>{problem.message}</p>
            {problem.fix && <p>{problem.fix}</p>}
            {settingsLink && <p>{settingsLink}</p>}
          </div>
        )}
        {blocked && !ended && (
          <div className="banner banner-warning" role="status">
            {blocked}
          </div>
        )}
        {ended ? (
          <EncounterNote session={session} onSubmitNote={onSubmitNote} />
        ) : (
          <Composer busy={busy} disabled={Boolean(blocked)} onSend={(text) => void controller.send(text)} onStop={() => controller.stop()} />
        )}
      </section>
    </div>
  );
}

function EncounterNote({ session, onSubmitNote }: Pick<Props, 'session' | 'onSubmitNote'>) {
  return (
    <section className="encounter-note" aria-label="Your note">
      <h3>Post-encounter note</h3>
      {session.note ? (
        <p role="status" className="banner banner-ok">
          Note saved. Your feedback is below; submit the note again to have it graded again.
        </p>
      ) : (
        <p className="field-hint">Summarise the history and give your differential diagnosis. It is saved with this session.</p>
      )}
      <NoteForm initial={session.note} onSubmit={onSubmitNote} />
    </section>
  );
}
