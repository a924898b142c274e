import { Link } from 'wouter';
import type { SessionSummary, SummarySort } from '../../db';
import type { SortState } from './filter-state';
import { formatDate, formatDuration, formatPercent } from './format';

// Every session as one row: who, which case, when, how long, how it scored, what the grader
// found and whether an instructor has reviewed it. Sortable columns have a button in their header.

interface Props {
  rows: readonly SessionSummary[];
  sort: SortState;
  onSort(sort: SummarySort): void;
  /** Shown in place of the body when there are no rows. */
  empty: React.ReactNode;
  busy: boolean;
}

export function SummaryTable({ rows, sort, onSort, empty, busy }: Props) {
  const header = (label: string, column: SummarySort, className?: string) => (
    <SortHeader label={label} column={column} sort={sort} onSort={onSort} className={className} />
  );
  return (
    <div className="dashboard-table-frame">
      <table className="dashboard-table" aria-busy={busy}>
        <caption className="dashboard-sr">Sessions</caption>
        <thead>
          <tr>
            {header('Student', 'student')}
            {header('Case', 'case')}
            {header('Date', 'date')}
            <th scope="col" className="numeric">
              Duration
            </th>
            {header('Score', 'score', 'numeric')}
            <th scope="col" className="numeric">
              <abbr title="Critical checklist items missed">Critical missed</abbr>
            </th>
            <th scope="col" className="numeric">
              <abbr title="Misinformation flags standing">Flags</abbr>
            </th>
            <th scope="col">Reviewed</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={8} className="dashboard-empty">
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => <SummaryRow key={row.id} row={row} />)
          )}
        </tbody>
      </table>
    </div>
  );
}

function SortHeader({ label, column, sort, onSort, className }: { label: string; column: SummarySort; sort: SortState; onSort(sort: SummarySort): void; className?: string | undefined }) {
  const active = sort.sort === column;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort} className={className}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}

function SummaryRow({ row }: { row: SessionSummary }) {
  return (
    <tr>
      <th scope="row" className="dashboard-student">
        <Link href={`/review/session/${row.id}`}>{row.studentName.trim() || 'Unnamed student'}</Link>
        {row.imported === 1 && <span className="dashboard-note">imported</span>}
      </th>
      <td className="dashboard-case-cell">
        <span className="dashboard-case">{row.caseTitle}</span>
        <span className="dashboard-case-id">{row.caseId}</span>
      </td>
      <td className="dashboard-date">
        <time dateTime={new Date(row.startedAt).toISOString()}>{formatDate(row.startedAt)}</time>
      </td>
      <td className="numeric">{formatDuration(row)}</td>
      <td className="numeric">
        <Score row={row} />
      </td>
      <td className={row.criticalMissed > 0 ? 'numeric dashboard-alert' : 'numeric'}>{row.criticalMissed}</td>
      <td className={row.flags > 0 ? 'numeric dashboard-alert' : 'numeric'}>{row.flags}</td>
      <td>{row.reviewed ? <span className="badge">Reviewed</span> : <span className="dashboard-muted">Not yet</span>}</td>
    </tr>
  );
}

function Score({ row }: { row: SessionSummary }) {
  if (row.graderScore === null) return <span className="dashboard-muted">not graded</span>;
  if (row.reviewedScore === null) return <>{formatPercent(row.graderScore)}</>;
  return (
    <>
      <span className="dashboard-muted" title="Grader's score">
        <span className="dashboard-sr">grader </span>
        {formatPercent(row.graderScore)} →{' '}
      </span>
      <strong title="Score after review">
        <span className="dashboard-sr">reviewed </span>
        {formatPercent(row.reviewedScore)}
      </strong>
    </>
  );
}
