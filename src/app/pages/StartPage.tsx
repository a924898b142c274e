import { useId, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { presetFor } from '../../llm/presets';
import { usesBuiltInPatient } from '../../llm/settings';
import { findCaseByKey, isStored } from '../../case/case-key';
import type { LibraryCase } from '../../case/library';
import { DoorNote } from '../../ui/DoorNote';
import { formatPatient } from '../../ui/case-format';
import { startSession } from '../start-session';
import { useServices } from '../ServicesContext';
import { useAppSettings } from '../settings';
import { useStudent } from '../student';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

// Before the interview: the door note, the student's name (asked once), the time limit.

/** `caseId` is the URL's case key: `<id>` for a bundled case, `stored:<id>` for a stored one (see caseKey). */
export function StartPage({ caseId }: { caseId: string }) {
  const services = useServices();
  const library = useAsync(() => services.library(), []);
  if (library.status === 'loading') return <p role="status">Loading the case…</p>;
  if (library.status === 'failed') return <LoadFailed what="the case" />;
  const entry = findCaseByKey(library.value, caseId);
  if (!entry) return <p role="alert">There is no case "{caseId}". It may have been removed.</p>;
  return <StartForm entry={entry} />;
}

function StartForm({ entry }: { entry: LibraryCase }) {
  const services = useServices();
  const settings = useAppSettings();
  const [, navigate] = useLocation();
  const student = useStudent();
  const [name, setName] = useState(student.name);
  const [limit, setLimit] = useState(entry.case.doorNote.timeLimitMinutes ?? 0);
  const [error, setError] = useState('');
  const ids = { name: useId(), limit: useId() };
  const c = entry.case;

  const start = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setError('Please enter your name: it is saved with your session.');
    student.setName(name);
    try {
      const [{ store }, choice] = await Promise.all([services.sessions(), services.choosePatient(c, settings)]);
      const sessionId = await startSession(store, {
        case: c,
        hash: entry.hash,
        studentName: name.trim(),
        patient: choice.record,
        timeLimitMinutes: limit > 0 ? limit : undefined,
      });
      navigate(`/session/${sessionId}`);
    } catch (failure) {
      setError(`The session could not start: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  return (
    <section className="start-page" aria-labelledby={ids.name + '-title'}>
      <h2 id={ids.name + '-title'} lang={c.language}>
        {c.title}
      </h2>
      <p>Patient: {formatPatient(c.patient)}</p>
      {isStored(entry) && (
        <p className="field-hint">
          Stored in this browser{entry.revision && entry.revision > 1 ? ` (revision ${entry.revision})` : ''}.
        </p>
      )}
      <DoorNote doorNote={c.doorNote} language={c.language} />
      <form className="start-form" onSubmit={start}>
        <label htmlFor={ids.name}>Your name</label>
        <input id={ids.name} type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} />
        <label htmlFor={ids.limit}>Time limit</label>
        <select id={ids.limit} value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          <option value={0}>No time limit</option>
          {[5, 10, 15, 20, 30].map((minutes) => (
            <option key={minutes} value={minutes}>
              {minutes} minutes{minutes === c.doorNote.timeLimitMinutes ? ' (suggested)' : ''}
            </option>
          ))}
        </select>
        <p className="field-hint">
          {usesBuiltInPatient(settings)
            ? 'You will talk to the built-in patient (offline, no key needed). '
            : `You will talk to ${settings.patientModel || 'the model'} on ${presetFor(settings.provider).label}. `}
          <Link href="/settings">Change in Settings</Link>
        </p>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary">
          Start encounter
        </button>
      </form>
    </section>
  );
}
