import type { ChecklistStatus, MisinformationFlag } from '../../grading/schema';
import { gradingUnderReview, type GradingRecord, type SessionRecord, type SessionReview } from '../../db';

// A session as the instructor left it: the grading under review, each checklist status after
// the latest decision on its item, and the flags that still stand. Decisions are append-only,
// so the one appended last for an item or flag is the one that counts.
// (src/review/decisions.ts is being written beside this; this is the small part cohort needs.)

export interface EffectiveJudgement {
  itemId: string;
  /** What the grader said. */
  grader: ChecklistStatus;
  /** What counts: the latest instructor decision on the item, else the grader's status. */
  status: ChecklistStatus;
  overridden: boolean;
}

export interface EffectiveSession {
  session: SessionRecord;
  grading: GradingRecord;
  /** The review of this grading, if there is one (a review of an earlier grading does not apply). */
  review: SessionReview | undefined;
  checklist: EffectiveJudgement[];
  /** The grading's flags an instructor has not dismissed. */
  flags: MisinformationFlag[];
  /** The reviewed score when there is one, else the grader's (percent). */
  score: number;
  /** Marked as reviewed ("Mark as reviewed" pressed). */
  reviewed: boolean;
}

/** The latest checklist decision per item id and the latest flag verdict per flag index. */
export function latestDecisions(review: SessionReview | undefined): {
  checklist: Map<string, ChecklistStatus>;
  flags: Map<number, 'upheld' | 'dismissed'>;
} {
  const checklist = new Map<string, ChecklistStatus>();
  const flags = new Map<number, 'upheld' | 'dismissed'>();
  for (const decision of review?.decisions ?? []) {
    if (decision.kind === 'checklist') checklist.set(decision.itemId, decision.status);
    else flags.set(decision.flagIndex, decision.verdict);
  }
  return { checklist, flags };
}

/** The session with the instructor's decisions applied; undefined when it has no grading. */
export function effectiveSession(session: SessionRecord): EffectiveSession | undefined {
  const grading = gradingUnderReview(session);
  if (!grading) return undefined;
  const review = session.review?.gradingId === grading.id ? session.review : undefined;
  const latest = latestDecisions(review);
  const checklist = grading.result.checklist.map((judgement) => {
    const decided = latest.checklist.get(judgement.itemId);
    return {
      itemId: judgement.itemId,
      grader: judgement.status,
      status: decided ?? judgement.status,
      overridden: decided !== undefined && decided !== judgement.status,
    };
  });
  const flags = grading.result.misinformation.filter((_, index) => latest.flags.get(index) !== 'dismissed');
  return {
    session,
    grading,
    review,
    checklist,
    flags,
    score: review?.score?.percent ?? grading.score.percent,
    reviewed: Boolean(review?.reviewed),
  };
}
