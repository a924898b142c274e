import { percentText, plural } from './format';
import type { MisinformationGroup } from './misinformation';

// The misinformation the cohort repeats most, with how many sessions and flags, and the correction.

const SHOWN = 10;

export function MisinformationList({ groups, counted }: { groups: readonly MisinformationGroup[]; counted: number }) {
  const shown = groups.slice(0, SHOWN);
  return (
    <section className="cohort-card" aria-labelledby="cohort-misinformation-title">
      <h3 id="cohort-misinformation-title">Most common misinformation</h3>
      <p className="field-hint">Flags that stand after review, grouped by the case's misconception where the grader named one. Most sessions first.</p>
      {shown.length === 0 ? (
        <p className="cohort-empty">No misinformation flagged{counted > 0 ? ' (or every flag was dismissed)' : ''}.</p>
      ) : (
        <ol className="cohort-misinformation" aria-labelledby="cohort-misinformation-title">
          {shown.map((group) => (
            <li key={group.key}>
              <p className="cohort-misinformation-claim">{group.label}</p>
              <p className="cohort-misinformation-meta">
                {plural(group.sessions, 'session')} of {counted} ({percentText((group.sessions / Math.max(1, counted)) * 100)}) ·{' '}
                {plural(group.flags, 'flag')} ·{' '}
                <span className={`badge${group.severity === 'high' ? ' cohort-severity-high' : ''}`}>{group.severity} severity</span>
                {group.fromCase && ' · a misconception the case lists'}
              </p>
              {group.correction && <p>Correction: {group.correction}</p>}
            </li>
          ))}
        </ol>
      )}
      {groups.length > SHOWN && <p className="cohort-note">And {plural(groups.length - SHOWN, 'other kind')} of misinformation, each less common.</p>}
    </section>
  );
}
