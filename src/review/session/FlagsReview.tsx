import { useId, useState } from 'react';
import type { FlagDecision, GradingRecord, SessionReview } from '../../db/schema';
import type { MisinformationFlag } from '../../grading/schema';
import { flagHeadline } from './flag-text';
import { latestFlagDecisions } from '../decisions';
import { describeFlagDecision } from './format';

// The grader's misinformation flags, each with what was wrong and the correction, and the
// instructor's verdict: upheld (it stands, as it does until decided) or dismissed.

interface Props {
  flags: readonly MisinformationFlag[];
  review: SessionReview | undefined;
  disagreements: GradingRecord['disagreements'];
  studentName: string;
  patientName: string;
  onJump(turn: number): void;
  judge(flagIndex: number, verdict: FlagDecision['verdict'], note: string): Promise<boolean>;
}

export function FlagsReview({ flags, review, disagreements, studentName, patientName, onJump, judge }: Props) {
  const missedByModel = (disagreements ?? []).flatMap((d) => (d.kind === 'misinformation' ? [d] : []));
  const latest = latestFlagDecisions(review);
  return (
    <section aria-labelledby="review-flags" className="review-section">
      <h3 id="review-flags">Misinformation flags</h3>
      {flags.length === 0 ? (
        <p>The grader flagged nothing.</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag, index) => (
            <FlagItem
              key={index}
              flag={flag}
              who={flag.speaker === 'student' ? studentName : patientName}
              decision={latest.get(index)}
              onJump={onJump}
              judge={(verdict, note) => judge(index, verdict, note)}
            />
          ))}
        </ul>
      )}
      {missedByModel.length > 0 && (
        <>
          <h4>Found only by the rule grader</h4>
          <ul>
            {missedByModel.map((d) => (
              <li key={`${d.turn}:${d.quote}`} className="cross-check">
                <button type="button" className="evidence-link" onClick={() => onJump(d.turn)}>
                  Turn {d.turn}
                </button>{' '}
                {d.note}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ItemProps {
  flag: MisinformationFlag;
  who: string;
  decision: FlagDecision | undefined;
  onJump(turn: number): void;
  judge(verdict: FlagDecision['verdict'], note: string): Promise<boolean>;
}

function FlagItem({ flag, who, decision, onJump, judge }: ItemProps) {
  const [note, setNote] = useState('');
  const quoteId = useId();
  const submit = async (verdict: FlagDecision['verdict']) => {
    if (await judge(verdict, note)) setNote('');
  };
  return (
    <li aria-labelledby={quoteId} className={`flag severity-${flag.severity}${decision?.verdict === 'dismissed' ? ' is-dismissed' : ''}`}>
      <p className="flag-quote">
        <button type="button" className="evidence-link" onClick={() => onJump(flag.turn)}>
          Turn {flag.turn}
        </button>{' '}
        {who}: <q id={quoteId}>{flag.quote}</q>
      </p>
      <p className="flag-problem">
        <strong>{flagHeadline(flag)}</strong> ({flag.severity} severity) {flag.problem} <strong>Correction:</strong> {flag.correction}
      </p>
      <p className="decision" role="note">
        {decision ? (
          <>
            <strong>{describeFlagDecision(decision)}</strong>
            {decision.note && ` — ${decision.note}`}
          </>
        ) : (
          'Not yet decided: the flag stands.'
        )}
      </p>
      <div className="decision-form">
        <input type="text" value={note} onChange={(event) => setNote(event.target.value)} aria-label="Note on the flag (optional)" placeholder="Note (optional)" />
        <button type="button" className="button button-small" onClick={() => void submit('upheld')}>
          Uphold
        </button>
        <button type="button" className="button button-small" onClick={() => void submit('dismissed')}>
          Dismiss
        </button>
      </div>
    </li>
  );
}
