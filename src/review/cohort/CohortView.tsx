import { useId, useMemo } from 'react';
import { analyseCohort, type Attempts } from './analytics';
import { AgreementPanel, type PooledAgreement } from './AgreementPanel';
import { CoverageChart } from './CoverageChart';
import { plural } from './format';
import type { LoadedCohort } from './load';
import { MisinformationList } from './MisinformationList';
import { ScoreHistogram } from './ScoreHistogram';
import './cohort.css';

// One case's cohort: who played it, what they covered, how they scored, what misinformation
// they repeated, and how far the instructors agreed with the grader.

export interface CohortViewProps {
  cohort: LoadedCohort;
  attempts: Attempts;
  onAttemptsChange: (attempts: Attempts) => void;
  overall: PooledAgreement;
}

export function CohortView({ cohort, attempts, onAttemptsChange, overall }: CohortViewProps) {
  const analytics = useMemo(() => analyseCohort(cohort.sessions, cohort.caseInfo, attempts), [cohort, attempts]);
  const checkboxId = useId();
  if (analytics.sessions === 0) return <p className="cohort-empty">No sessions of this case yet.</p>;
  if (analytics.graded === 0) {
    const text = analytics.sessions === 1 ? 'The one session of this case has not been graded yet.' : `None of the ${analytics.sessions} sessions of this case has been graded yet.`;
    return <p className="cohort-empty">{text}</p>;
  }
  const ungraded = analytics.sessions - analytics.graded;
  return (
    <>
      <div className="cohort-intro">
        <div className="cohort-summary">
          <p>
            {plural(analytics.students, 'student')} · {plural(analytics.graded, 'graded session')}
            {ungraded > 0 && ` (${ungraded} not graded)`} · {analytics.reviewedSessions} reviewed
          </p>
          <label htmlFor={checkboxId}>
            <input id={checkboxId} type="checkbox" checked={attempts === 'all'} onChange={(event) => onAttemptsChange(event.target.checked ? 'all' : 'latest')} />
            Count every attempt
          </label>
        </div>
        <p className="field-hint">
          {attempts === 'latest'
            ? "Coverage, scores and misinformation count each student's latest graded attempt once."
            : 'Coverage, scores and misinformation count every graded attempt.'}
        </p>
      </div>
      {!cohort.caseFound && (
        <p className="banner banner-warning" role="status">
          The case these sessions were played with is not in this browser, so checklist items are named by their ids and
          misinformation is grouped by the grader's wording.
        </p>
      )}
      <CoverageChart coverage={analytics.coverage} counted={analytics.counted} />
      <div className="cohort-grid">
        <ScoreHistogram scores={analytics.scores} />
        <AgreementPanel thisCase={{ agreement: analytics.agreement, reviewedSessions: analytics.reviewedSessions }} overall={overall} />
      </div>
      <MisinformationList groups={analytics.misinformation} counted={analytics.counted} />
    </>
  );
}
