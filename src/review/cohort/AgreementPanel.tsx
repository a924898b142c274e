import { CHECKLIST_STATUSES } from '../../grading/schema';
import type { Agreement } from './agreement';
import { kappaText, percentText, plural } from './format';

// How often instructors kept the grader's checklist status, for this case and pooled over all
// cases: percent agreement, Cohen's kappa and the number of items behind them.

export interface AgreementRow {
  agreement: Agreement;
  reviewedSessions: number;
}

export type PooledAgreement = { status: 'loading' } | { status: 'failed' } | ({ status: 'ready'; cases: number } & AgreementRow);

export function AgreementPanel({ thisCase, overall }: { thisCase: AgreementRow; overall: PooledAgreement }) {
  const notes = [
    kappaNote('This case', thisCase),
    overall.status === 'ready' ? kappaNote('All cases', overall) : undefined,
  ].filter((note): note is string => Boolean(note));
  return (
    <section className="cohort-card" aria-labelledby="cohort-agreement-title">
      <h3 id="cohort-agreement-title">Agreement between grader and instructors</h3>
      <p className="field-hint">
        Every checklist item of every session marked as reviewed: the grader's status against the instructor's final one. Cohen's κ
        discounts the agreement expected by chance (1 perfect, 0 chance level); N is the number of items compared.
      </p>
      <div className="cohort-scroll">
        <table className="cohort-table cohort-agreement">
          <caption className="cohort-sr-only">Agreement between grader and instructors</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="cohort-sr-only">Sessions</span>
              </th>
              <th scope="col">Agreement</th>
              <th scope="col">
                Cohen's <abbr title="kappa">κ</abbr>
              </th>
              <th scope="col">
                <abbr title="checklist items compared">N</abbr>
              </th>
              <th scope="col">Reviewed</th>
            </tr>
          </thead>
          <tbody>
            <Row label="This case" row={thisCase} />
            {overall.status === 'ready' ? (
              <Row label="All cases" row={overall} reviewedIn={overall.cases} />
            ) : (
              <tr>
                <th scope="row">All cases</th>
                <td colSpan={4} className="cohort-span" role={overall.status === 'loading' ? 'status' : undefined}>
                  {overall.status === 'loading' ? 'Reading every case…' : 'Could not be read.'}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {notes.map((note) => (
        <p className="cohort-note" key={note}>
          {note}
        </p>
      ))}
      {thisCase.agreement.n > 0 && <ConfusionTable agreement={thisCase.agreement} />}
    </section>
  );
}

/** `reviewedIn`: over how many cases the reviewed sessions are spread (pooled rows). */
function Row({ label, row, reviewedIn }: { label: string; row: AgreementRow; reviewedIn?: number }) {
  const { agreement, reviewedSessions } = row;
  if (reviewedSessions === 0 || agreement.percent === null) {
    return (
      <tr>
        <th scope="row">{label}</th>
        <td colSpan={4} className="cohort-span">
          No reviewed sessions yet
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <th scope="row">
        {label}
        {reviewedIn !== undefined && ' '}
        {reviewedIn !== undefined && <span className="cohort-row-note">{plural(reviewedIn, 'case')} with reviews</span>}
      </th>
      <td>{percentText(agreement.percent)}</td>
      <td>{agreement.kappa.value === null ? 'undefined' : kappaText(agreement.kappa.value)}</td>
      <td>{agreement.n}</td>
      <td>{reviewedSessions}</td>
    </tr>
  );
}

function kappaNote(label: string, row: AgreementRow): string | undefined {
  const { kappa, n } = row.agreement;
  if (n === 0 || kappa.value !== null) return undefined;
  return `${label}: κ is undefined because ${kappa.reason}.`;
}

/** Grader's status by row, the instructor's by column. */
function ConfusionTable({ agreement }: { agreement: Agreement }) {
  return (
    <details className="cohort-details">
      <summary>Grader against instructor, item by item (this case)</summary>
      <div className="cohort-scroll">
        <table className="cohort-table">
          <caption className="cohort-sr-only">Grader's status (rows) against the instructor's (columns), this case</caption>
          <thead>
            <tr>
              <th scope="col">Grader ↓ · instructor →</th>
              {CHECKLIST_STATUSES.map((status) => (
                <th scope="col" key={status}>
                  {status}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {CHECKLIST_STATUSES.map((grader) => (
              <tr key={grader}>
                <th scope="row">{grader}</th>
                {CHECKLIST_STATUSES.map((instructor) => (
                  <td key={instructor}>{agreement.table[grader][instructor]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
