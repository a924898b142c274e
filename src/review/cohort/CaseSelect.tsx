import { useId } from 'react';
import type { CohortCaseOption } from './load';
import './cohort.css';

// Which case's cohort to show: the cases that have sessions.

export function CaseSelect({ cases, value, onChange }: { cases: readonly CohortCaseOption[]; value: string | undefined; onChange: (caseId: string) => void }) {
  const id = useId();
  const known = cases.some((c) => c.caseId === value);
  return (
    <div className="cohort-case-select">
      <label htmlFor={id}>Case</label>
      <select id={id} value={known ? value : ''} onChange={(event) => event.target.value && onChange(event.target.value)}>
        {!known && (
          <option value="" disabled>
            Choose a case
          </option>
        )}
        {cases.map((c) => (
          <option key={c.caseId} value={c.caseId}>
            {c.caseTitle || c.caseId}
          </option>
        ))}
      </select>
    </div>
  );
}
