import type { SummaryFacets } from '../../db';
import type { FilterState } from './filter-state';

// The filter bar: one case, one student, a date span, flagged or unreviewed only, and words to
// search for in the student's name and the case. Every change applies at once.

interface Props {
  value: FilterState;
  facets: SummaryFacets | undefined;
  onChange(next: FilterState): void;
}

export function DashboardFilters({ value, facets, onChange }: Props) {
  const set = <K extends keyof FilterState>(name: K, field: FilterState[K]) => onChange({ ...value, [name]: field });
  const titles = new Map<string, number>();
  for (const c of facets?.cases ?? []) titles.set(c.caseTitle, (titles.get(c.caseTitle) ?? 0) + 1);

  return (
    <form className="dashboard-filters" role="search" aria-label="Filter sessions" onSubmit={(event) => event.preventDefault()}>
      <div className="dashboard-field dashboard-search">
        <label htmlFor="dashboard-search">Search sessions</label>
        <input
          id="dashboard-search"
          type="search"
          placeholder="Student or case"
          value={value.search}
          onChange={(event) => set('search', event.target.value)}
        />
      </div>
      <div className="dashboard-field">
        <label htmlFor="dashboard-case">Case</label>
        <select id="dashboard-case" value={value.caseKey} onChange={(event) => set('caseKey', event.target.value)}>
          <option value="">All cases</option>
          {facets?.cases.map((c) => (
            <option key={c.caseKey} value={c.caseKey}>
              {(titles.get(c.caseTitle) ?? 0) > 1 ? `${c.caseTitle} (${c.caseId})` : c.caseTitle}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-field">
        <label htmlFor="dashboard-student">Student</label>
        <select id="dashboard-student" value={value.studentKey} onChange={(event) => set('studentKey', event.target.value)}>
          <option value="">All students</option>
          {facets?.students.map((s) => (
            <option key={s.studentKey} value={s.studentKey}>
              {s.studentName.trim() || 'Unnamed student'}
            </option>
          ))}
        </select>
      </div>
      <div className="dashboard-field dashboard-date-field">
        <label htmlFor="dashboard-from">From</label>
        <input id="dashboard-from" type="date" value={value.from} max={value.to || undefined} onChange={(event) => set('from', event.target.value)} />
      </div>
      <div className="dashboard-field dashboard-date-field">
        <label htmlFor="dashboard-to">To</label>
        <input id="dashboard-to" type="date" value={value.to} min={value.from || undefined} onChange={(event) => set('to', event.target.value)} />
      </div>
      <div className="dashboard-checks">
        <label>
          <input type="checkbox" checked={value.flagged} onChange={(event) => set('flagged', event.target.checked)} /> Flagged only
        </label>
        <label>
          <input type="checkbox" checked={value.unreviewed} onChange={(event) => set('unreviewed', event.target.checked)} /> Unreviewed only
        </label>
      </div>
    </form>
  );
}
