import { useId, useState } from 'react';
import type { Case } from '../../case/schema';
import type { ChecklistDecision } from '../../db/schema';
import { EvidenceLink } from '../../feedback/EvidenceLink';
import { STATUS_LABEL } from '../../feedback/labels';
import type { ChecklistJudgement, ChecklistStatus } from '../../grading/schema';
import { describeChecklistDecision } from './format';

// One checklist item as the grader judged it — status, rationale, evidence — and, beside it,
// what the instructor decided. The grader's judgement always stays on screen.

const OVERRIDE_STATUSES: readonly ChecklistStatus[] = ['met', 'partial', 'missed'];

interface Props {
  item: Case['checklist'][number];
  language: string;
  /** The grader's judgement; undefined when the grader left the item out (it counts as missed). */
  judgement: ChecklistJudgement | undefined;
  /** Every decision on this item, oldest first; the last one counts. */
  history: readonly ChecklistDecision[];
  /** Where the model grader and the rule grader disagree on this item, said in words. */
  crossCheck: string | undefined;
  onJump(turn: number): void;
  decide(status: ChecklistStatus, note: string): Promise<boolean>;
}

export function ChecklistItemReview({ item, language, judgement, history, crossCheck, onJump, decide }: Props) {
  const graderStatus = judgement?.status ?? 'missed';
  const latest = history.at(-1);
  const finalStatus = latest?.status ?? graderStatus;
  const [status, setStatus] = useState<ChecklistStatus>(finalStatus === 'unverified' ? 'missed' : finalStatus);
  const [note, setNote] = useState('');
  const textId = useId();

  async function submit(chosen: ChecklistStatus) {
    if (await decide(chosen, note)) setNote('');
  }

  return (
    <li aria-labelledby={textId} className={`checklist-item review-item status-${graderStatus}${latest ? ' is-decided' : ''}`}>
      <span className="checklist-status">
        <span className="visually-hidden">Grader: </span>
        {STATUS_LABEL[graderStatus]}
        {finalStatus !== graderStatus && (
          <span className={`final-status status-${finalStatus}`}>
            <span className="visually-hidden">, reviewed: </span>→ {STATUS_LABEL[finalStatus]}
          </span>
        )}
      </span>
      <span className="checklist-text" id={textId} lang={language}>
        {item.text}
      </span>
      <span className="checklist-meta">
        {item.points} {item.points === 1 ? 'point' : 'points'}
        {item.critical && <strong className="critical"> · critical</strong>}
      </span>
      {judgement?.rationale ? (
        <span className="checklist-rationale">Grader: {judgement.rationale}</span>
      ) : (
        !judgement && <span className="checklist-rationale">The grader did not judge this item; it counts as missed.</span>
      )}
      {crossCheck && <span className="cross-check">Graders disagree: {crossCheck}</span>}
      {judgement?.evidence.map((evidence) => (
        <EvidenceLink key={`${evidence.turn}:${evidence.quote}`} evidence={evidence} onJump={onJump} />
      ))}
      {latest && (
        <div className="decision" role="note">
          <strong>{describeChecklistDecision(latest, graderStatus)}</strong>
          {latest.note && <span> — {latest.note}</span>}
          {history.length > 1 && (
            <ul className="decision-history" aria-label="Earlier decisions">
              {history.slice(0, -1).map((d) => (
                <li key={d.at + d.reviewer + d.status + d.note}>
                  Earlier: {describeChecklistDecision(d, graderStatus)}
                  {d.note && ` — ${d.note}`}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <form
        className="decision-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(status);
        }}
      >
        <input type="text" value={note} onChange={(event) => setNote(event.target.value)} aria-label="Note (optional)" placeholder="Note (optional)" />
        <button type="button" className="button button-small" onClick={() => void submit(graderStatus)}>
          Agree
        </button>
        <select value={status} onChange={(event) => setStatus(event.target.value as ChecklistStatus)} aria-label="Status">
          {OVERRIDE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button-small">
          Override
        </button>
      </form>
    </li>
  );
}
