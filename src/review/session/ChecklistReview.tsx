import type { Case, FactCategory } from '../../case/schema';
import type { GradingRecord, SessionReview } from '../../db/schema';
import { CATEGORY_LABEL } from '../../feedback/labels';
import type { ChecklistJudgement, ChecklistStatus } from '../../grading/schema';
import { checklistHistory } from '../decisions';
import { ChecklistItemReview } from './ChecklistItemReview';

// The case's checklist by history section, each item with the grader's judgement and the
// instructor's decision.

interface Props {
  caseFile: Case;
  judgements: readonly ChecklistJudgement[];
  review: SessionReview | undefined;
  disagreements: GradingRecord['disagreements'];
  onJump(turn: number): void;
  decide(itemId: string, status: ChecklistStatus, note: string): Promise<boolean>;
}

export function ChecklistReview({ caseFile, judgements, review, disagreements, onJump, decide }: Props) {
  const crossCheck = new Map((disagreements ?? []).flatMap((d) => (d.kind === 'checklist' ? [[d.itemId, d.note] as const] : [])));
  const byId = new Map(judgements.map((j) => [j.itemId, j]));
  const groups = new Map<FactCategory, Case['checklist']>();
  for (const item of caseFile.checklist) groups.set(item.category, [...(groups.get(item.category) ?? []), item]);
  return (
    <section aria-labelledby="review-checklist" className="review-section">
      <h3 id="review-checklist">History checklist</h3>
      <p className="field-hint">Agree with the grader, or choose a status and override. Every decision is kept; the latest counts.</p>
      {[...groups].map(([category, items]) => (
        <div key={category} className="checklist-group">
          <h4>{CATEGORY_LABEL[category]}</h4>
          <ul className="checklist">
            {items.map((item) => (
              <ChecklistItemReview
                key={item.id}
                item={item}
                language={caseFile.language}
                judgement={byId.get(item.id)}
                history={checklistHistory(review, item.id)}
                crossCheck={crossCheck.get(item.id)}
                onJump={onJump}
                decide={(status, note) => decide(item.id, status, note)}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
