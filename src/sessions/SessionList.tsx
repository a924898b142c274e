import type { ReactNode } from 'react';
import type { SessionRecord } from '../db';
import './sessions.css';

// "My sessions": past and unfinished interviews, newest first, to resume or reopen.

interface Props {
  sessions: readonly SessionRecord[];
  /** The link that opens a session (the app decides where it goes). */
  open(session: SessionRecord): ReactNode;
}

export function SessionList({ sessions, open }: Props) {
  if (sessions.length === 0) return <p>No sessions yet. Choose a case to start your first interview.</p>;
  return (
    <ul className="session-list">
      {sessions.map((session) => (
        <li key={session.id} className="session-row">
          <div>
            <p className="session-title" lang={session.caseLanguage}>
              {session.caseTitle}
            </p>
            <p className="session-meta">
              {formatDate(session.startedAt)} · {session.studentName || 'no name'} · {describe(session)}
            </p>
          </div>
          {open(session)}
        </li>
      ))}
    </ul>
  );
}

function describe(session: SessionRecord): string {
  const imported = session.origin ? `, imported from ${session.origin.file}` : '';
  if (session.status === 'active') return `in progress${imported}`;
  return (session.note ? 'ended, note written' : 'ended, note to write') + imported;
}

function formatDate(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
