import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { SessionStore, StorageError } from '../../db';
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
  } else body = <Cohorts {...loaded.value} caseId={caseId} />;

  return (
    <section className="cohort" aria-labelledby="cohort-title">
      <h2 id="cohort-title">Cohort</h2>
      {body}
    </section>
  );
}

interface CohortsProps {
  store: SessionStore;
  problem: StorageError | undefined;
  cases: readonly CohortCaseOption[];
  caseId: string | undefined;
}

/** The case selector and the selected case; agreement over all cases is read once, whichever case is shown. */
function Cohorts({ store, problem, cases, caseId }: CohortsProps) {
  const [, navigate] = useLocation();
  const [attempts, setAttempts] = useState<Attempts>('latest');
  const pooled = useAsync(() => loadPooledPairs(store, cases.map((c) => c.caseId)), [store, cases]);
  const overall = useMemo((): PooledAgreement => {
    if (pooled.status !== 'ready') return { status: pooled.status };
    const { pairs, reviewedSessions, cases: reviewedCases } = pooled.value;
    return { status: 'ready', agreement: agreementOf(pairs), reviewedSessions, cases: reviewedCases };
  }, [pooled]);
  return (
    <>
      {problem && (
        <p className="banner banner-warning" role="status">
          {problem.message} Sessions are kept in this tab only.
        </p>
      )}
      <CaseSelect cases={cases} value={caseId} onChange={(id) => navigate(`/review/cohort/${encodeURIComponent(id)}`)} />
      {caseId && <CaseCohort key={caseId} store={store} caseId={caseId} attempts={attempts} onAttemptsChange={setAttempts} overall={overall} />}
    </>
  );
}

interface CaseCohortProps {
  store: SessionStore;
  caseId: string;
  attempts: Attempts;
  onAttemptsChange: (attempts: Attempts) => void;
  overall: PooledAgreement;
}

function CaseCohort({ store, caseId, ...view }: CaseCohortProps) {
  const services = useServices();
  const cohort = useAsync(() => loadCohort(store, caseId, async (session) => (await findSessionCase(services, session))?.case), [caseId]);
  // A case with a thousand sessions takes a moment to read: say so rather than show nothing.
  if (cohort.status === 'loading') return <p role="status">Loading the sessions of this case…</p>;
  if (cohort.status === 'failed') return <LoadFailed what="the sessions of this case" />;
  return <CohortView cohort={cohort.value} {...view} />;
}
