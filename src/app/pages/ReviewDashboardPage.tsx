import { useState } from 'react';
import { DASHBOARD_START, firstPageQuery, ReviewDashboard } from '../../review/dashboard';
import { ImportSessions } from '../../review/bundle';
import { useServices } from '../ServicesContext';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

// The instructor's review desk (#/review): the import control above the sessions table; an
// import bumps `version`, so the table and its filters are read again. The first page is read
// with the store's opening, so the table's first render already has its rows.

export function ReviewDashboardPage(_props: Record<string, string | undefined>) {
  const services = useServices();
  const [version, setVersion] = useState(0);
  const opened = useAsync(async () => {
    const { store, problem } = await services.sessions();
    // A failed read here is not fatal: the dashboard reads again and says so if it fails too.
    const first = await store.querySummaries(firstPageQuery(DASHBOARD_START)).catch(() => undefined);
    return { store, problem, first };
  }, []);
  if (opened.status === 'loading') return <p role="status">Loading the sessions…</p>;
  if (opened.status === 'failed') return <LoadFailed what="the sessions" />;
  const { store, problem, first } = opened.value;
  return (
    <>
      {problem && (
        <p className="banner banner-warning" role="status">
          {problem.message} Sessions are kept in this tab only, and imported ones are gone when it closes.
        </p>
      )}
      <ReviewDashboard
        store={store}
        version={version}
        initialPage={first}
        toolbar={<ImportSessions store={store} onImported={() => setVersion((v) => v + 1)} />}
      />
    </>
  );
}
