import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { SessionStore } from '../../db';
import {
  agreementOf,
  CaseSelect,
  CohortView,
  listCohortCases,
  loadCohort,
  loadPooledPairs,
  type Attempts,
  type CohortCaseOption,
  type PooledAgreement,
} from '../../review/cohort';
import { findSessionCase } from '../session-case';
import { useServices } from '../ServicesContext';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

// #/review/cohort/<caseId>: one case's cohort. Without a case in the URL, the first case
// that has sessions is shown (and put in the URL, so the view can be linked).

export function CohortPage({ caseId }: { caseId?: string }) {
  const services = useServices();
  const [, navigate] = useLocation();
  const loaded = useAsync(async () => {
    const { store, problem } = await services.sessions();
    return { store, problem, cases: await listCohortCases(store) };
  }, []);
  const first = loaded.status === 'ready' ? loaded.value.cases[0]?.caseId : undefined;
  useEffect(() => {
    if (!caseId && first) navigate(`/review/cohort/${encodeURIComponent(first)}`, { replace: true });
  }, [caseId, first, navigate]);

  let select;
  let body;
  if (loaded.status === 'loading') body = <p role="status">Loading the cases…</p>;
  else if (loaded.status === 'failed') body = <LoadFailed what="the sessions" />;
  else if (loaded.value.cases.length === 0) {
    body = (
      <p className="cohort-empty">
        No sessions yet. They appear here once students play cases in this browser, or once you import their session files on the{' '}
        <Link href="/review">review dashboard</Link>.
      </p>
    );
  } else {
    const { store, problem, cases } = loaded.value;
    select = <CaseSelect cases={cases} value={caseId} onChange={(id) => navigate(`/review/cohort/${encodeURIComponent(id)}`)} />;
    body = (
      <>
        {problem && (
          <p className="banner banner-warning" role="status">
            {problem.message} Sessions are kept in this tab only.
          </p>
        )}
        {caseId && <CaseCohort key={caseId} store={store} cases={cases} caseId={caseId} />}
      </>
    );
  }

  return (
    <section className="cohort" aria-labelledby="cohort-title">
      <div className="cohort-header">
        <h2 id="cohort-title">Cohort</h2>
        {select}
      </div>
      {body}
    </section>
  );
}

function CaseCohort({ store, cases, caseId }: { store: SessionStore; cases: readonly CohortCaseOption[]; caseId: string }) {
  const services = useServices();
  const [attempts, setAttempts] = useState<Attempts>('latest');
  const cohort = useAsync(() => loadCohort(store, caseId, async (session) => (await findSessionCase(services, session))?.case), [caseId]);
  const pooled = useAsync(() => loadPooledPairs(store, cases.map((c) => c.caseId)), [cases]);
  const overall = useMemo((): PooledAgreement => {
    if (pooled.status !== 'ready') return { status: pooled.status };
    const { pairs, reviewedSessions, cases: reviewedCases } = pooled.value;
    return { status: 'ready', agreement: agreementOf(pairs), reviewedSessions, cases: reviewedCases };
  }, [pooled]);

  // A case with a thousand sessions takes a moment to read: say so rather than show nothing.
  if (cohort.status === 'loading') return <p role="status">Loading the sessions of this case…</p>;
  if (cohort.status === 'failed') return <LoadFailed what="the sessions of this case" />;
  return <CohortView cohort={cohort.value} attempts={attempts} onAttemptsChange={setAttempts} overall={overall} />;
}
