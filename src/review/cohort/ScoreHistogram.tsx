import { plural, scoreText } from './format';
import type { ScoreBin, ScoreDistribution } from './scores';

// The spread of final scores as a histogram of ten 10-point bins. The columns are drawn for
// the eye only; the same counts are in a visually hidden table, and the median and mean are text.

function binLabel(bin: ScoreBin): string {
  return bin.to === 100 ? `${bin.from}–100%` : `${bin.from}–under ${bin.to}%`;
}

export function ScoreHistogram({ scores }: { scores: ScoreDistribution }) {
  const highest = Math.max(1, ...scores.bins.map((bin) => bin.count));
  return (
    <section className="cohort-card" aria-labelledby="cohort-scores-title">
      <h3 id="cohort-scores-title">Score distribution</h3>
      <p className="field-hint">Final scores (the instructor's where they changed the grading), in bins of 10 points; 100 is in the last.</p>
      {scores.n === 0 ? (
        <p className="cohort-empty">No graded sessions yet.</p>
      ) : (
        <>
          <div aria-hidden="true">
            <div className="cohort-histogram">
              {scores.bins.map((bin) => (
                <div className="cohort-histogram-column" key={bin.from}>
                  {bin.count > 0 && <span>{bin.count}</span>}
                  <div className="cohort-histogram-bar" style={{ height: `${(bin.count / highest) * 85}%` }} />
                </div>
              ))}
            </div>
            <div className="cohort-histogram-axis">
              {scores.bins.map((bin) => (
                <span key={bin.from}>{bin.from}</span>
              ))}
            </div>
          </div>
          <table className="cohort-sr-only">
            <caption>Score distribution</caption>
            <thead>
              <tr>
                <th scope="col">Score</th>
                <th scope="col">Sessions</th>
              </tr>
            </thead>
            <tbody>
              {scores.bins.map((bin) => (
                <tr key={bin.from}>
                  <th scope="row">{binLabel(bin)}</th>
                  <td>{bin.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl className="cohort-stats">
            <div>
              <dt>Median</dt>
              <dd>{scores.median === null ? '–' : scoreText(scores.median)}</dd>
            </div>
            <div>
              <dt>Mean</dt>
              <dd>{scores.mean === null ? '–' : scoreText(scores.mean)}</dd>
            </div>
            <div>
              <dt>Scored</dt>
              <dd>{plural(scores.n, 'session')}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
