import type { ItemCoverage } from './coverage';
import { percentText } from './format';

// Coverage per checklist item as a horizontal bar chart. It is a real table: the item is the
// row header, and met, partial and the number of sessions are cells a screen reader reads;
// the bar under each item only draws the same numbers.

export function CoverageChart({ coverage, counted }: { coverage: readonly ItemCoverage[]; counted: number }) {
  // Every item is judged in every session unless the case changed between versions: only then
  // does each item need its own count.
  const perItem = coverage.some((row) => row.total !== counted);
  return (
    <section className="cohort-card" aria-labelledby="cohort-coverage-title">
      <h3 id="cohort-coverage-title">Coverage per checklist item</h3>
      <p className="field-hint">
        Share of the {counted} sessions in which the item was met, and partly met, after the instructors' changes. Missed and
        unverified items count as not covered.
      </p>
      {coverage.length === 0 ? (
        <p className="cohort-empty">No checklist items to show.</p>
      ) : (
        <>
          <ul className="cohort-legend" aria-hidden="true">
            <li>
              <span className="cohort-swatch cohort-bar-met" /> Met
            </li>
            <li>
              <span className="cohort-swatch cohort-bar-partial" /> Partial
            </li>
            <li>
              <span className="cohort-swatch cohort-swatch-none" /> Not covered
            </li>
          </ul>
          <div className="cohort-scroll">
            <table className="cohort-table">
              <caption className="cohort-sr-only">Coverage per checklist item, {counted} sessions</caption>
              <thead>
                <tr>
                  <th scope="col">Checklist item</th>
                  <th scope="col">Met</th>
                  <th scope="col">Partial</th>
                  {perItem && <th scope="col">Sessions</th>}
                </tr>
              </thead>
              <tbody>
                {coverage.map((row) => (
                  <CoverageRow key={row.item.id} row={row} perItem={perItem} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function CoverageRow({ row, perItem }: { row: ItemCoverage; perItem: boolean }) {
  const { item, metPercent, partialPercent, total } = row;
  return (
    <tr>
      <th scope="row">
        <span className="cohort-item-text">
          {item.text}
          {item.critical && <span className="badge cohort-critical">critical</span>}
        </span>
        <span className="cohort-bar" aria-hidden="true">
          <span className="cohort-bar-met" style={{ width: `${metPercent}%` }} />
          <span className="cohort-bar-partial" style={{ width: `${partialPercent}%` }} />
        </span>
      </th>
      <td>{percentText(metPercent)}</td>
      <td>{percentText(partialPercent)}</td>
      {perItem && <td>{total}</td>}
    </tr>
  );
}
