import { useState } from 'react';
import { Link } from 'wouter';
import type { SessionCursor, SessionRecord } from '../../db';
import { ExportSessions } from '../../review/bundle';
import { SessionList } from '../../sessions';
import { findSessionCase } from '../session-case';
import { useServices } from '../ServicesContext';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

const PAGE_SIZE = 50;

export function SessionsPage() {
  const services = useServices();
  const [more, setMore] = useState<{ sessions: SessionRecord[]; next: SessionCursor | undefined } | null>(null);
  const first = useAsync(async () => {
    const { store, problem } = await services.sessions();
    return { store, problem, page: await store.listSessions({ limit: PAGE_SIZE }) };
  }, []);
  if (first.status === 'loading') return <p role="status">Loading your sessions…</p>;
  if (first.status === 'failed') return <LoadFailed what="your sessions" />;
  const { store, problem, page } = first.value;
  const sessions = [...page.sessions, ...(more?.sessions ?? [])];
  const next = more ? more.next : page.next;
  const findCase = (session: SessionRecord) => findSessionCase(services, session);

  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">My sessions</h2>
      {problem && (
        <p className="banner banner-warning" role="status">
          {problem.message} Sessions are kept in this tab only.
        </p>
      )}
      <p className="field-hint">
        Sessions are stored in this browser only, and browsers may clear site data you have not visited for a while. Export
        them to keep a copy or to hand them to your instructor.
      </p>
      {sessions.length > 0 && (
        <div className="sessions-toolbar">
          <ExportSessions store={store} findCase={findCase} />
        </div>
      )}
      <SessionList
        sessions={sessions}
        open={(session) => (
          <span className="session-actions">
            <Link href={`/session/${session.id}`} className="button" aria-label={`Open: ${session.caseTitle}`}>
              {session.status === 'active' ? 'Resume' : 'Open'}
            </Link>
            <ExportSessions store={store} findCase={findCase} only={session} />
          </span>
        )}
      />
      {next && (
        <button
          type="button"
          className="button"
          onClick={async () => {
            const older = await store.listSessions({ limit: PAGE_SIZE, before: next });
            setMore((current) => ({ sessions: [...(current?.sessions ?? []), ...older.sessions], next: older.next }));
          }}
        >
          Show older sessions
        </button>
      )}
    </section>
  );
}
