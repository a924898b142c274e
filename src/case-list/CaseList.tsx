import { useId, useMemo, useState, type ReactNode } from 'react';
import { caseKey, isStored } from '../case/case-key';
import type { CaseLibrary, LibraryCase } from '../case/library';
import { CaseCard } from './CaseCard';
import { CaseFilters } from './CaseFilters';
import { filterCases, filterChoices, NO_FILTER, sortCases, type CaseFilter } from './filter';
import { LoadFailureNotice } from './LoadFailureNotice';
import './case-list.css';

// The first screen: every case a student can practise, with search and filters.
// The library comes in as a prop, so tests pass their own cases.

interface Props {
  library: CaseLibrary;
  /** What each card offers, e.g. a link to start the case (the app decides where it goes). */
  action?: (entry: LibraryCase) => ReactNode;
  /** Shown under the heading, above the filters and the cards (the import, say). */
  toolbar?: ReactNode;
}

export function CaseList({ library, action, toolbar }: Props) {
  const [filter, setFilter] = useState<CaseFilter>(NO_FILTER);
  const sorted = useMemo(() => sortCases(library.cases), [library.cases]);
  const choices = useMemo(() => filterChoices(library.cases), [library.cases]);
  const shown = useMemo(() => filterCases(sorted, filter), [sorted, filter]);
  const total = sorted.length;
  const headingId = useId();

  return (
    <section className="case-list" aria-labelledby={headingId}>
      <h2 id={headingId}>Choose a case</h2>
      <LoadFailureNotice failures={library.failures} />
      {toolbar}
      {total === 0 ? (
        <p className="case-list-empty">No cases are available yet.</p>
      ) : (
        <>
          <CaseFilters filter={filter} choices={choices} onChange={setFilter} />
          <p className="case-list-count" role="status">
            {shown.length === total ? `${total} ${total === 1 ? 'case' : 'cases'}` : `Showing ${shown.length} of ${total} cases`}
          </p>
          {shown.length === 0 ? (
            <div className="case-list-empty">
              <p>No cases match</p>
              <button type="button" onClick={() => setFilter(NO_FILTER)}>
                Clear filters
              </button>
            </div>
          ) : (
            <ul className="case-grid">
              {shown.map((entry) => (
                <li key={`${caseKey(entry)} ${entry.file}`}>
                  <CaseCard case={entry.case} storedRevision={isStored(entry) ? (entry.revision ?? 1) : undefined}>
                    {action?.(entry)}
                  </CaseCard>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
