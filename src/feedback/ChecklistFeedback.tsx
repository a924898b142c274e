import type { Case, FactCategory } from '../case/schema';
import type { ChecklistJudgement } from '../grading/schema';
import { EvidenceLink } from './EvidenceLink';
import { CATEGORY_LABEL, STATUS_LABEL } from './labels';

// The checklist grouped by history section: what was met, partly met or missed, and why.

interface Props {
  caseFile: Case;
  judgements: readonly ChecklistJudgement[];
  onJump(turn: number): void;
}

export function ChecklistFeedback({ caseFile, judgements, onJump }: Props) {
  const byId = new Map(judgements.map((j) => [j.itemId, j]));
  const groups = new Map<FactCategory, typeof caseFile.checklist>();
  for (const item of caseFile.checklist) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return (
    <section aria-labelledby="feedback-checklist" className="feedback-section">
      <h3 id="feedback-checklist">History checklist</h3>
      {[...groups].map(([category, items]) => (
        <div key={category} className="checklist-group">
          <h4>{CATEGORY_LABEL[category]}</h4>
          <ul className="checklist">
            {items.map((item) => {
              const judgement = byId.get(item.id);
              const status = judgement?.status ?? 'missed';
              return (
                <li key={item.id} className={`checklist-item status-${status}`}>
                  <span className="checklist-status">{STATUS_LABEL[status]}</span>
                  <span className="checklist-text" lang={caseFile.language}>
                    {item.text}
                    {item.critical && <strong className="critical"> (critical)</strong>}
                  </span>
                  {judgement?.rationale && <span className="checklist-rationale">{judgement.rationale}</span>}
                  {judgement?.evidence.map((evidence) => (
                    <EvidenceLink key={`${evidence.turn}:${evidence.quote}`} evidence={evidence} onJump={onJump} />
                  ))}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
