import type { ChecklistStatus, MisinformationFlag } from '../../grading/schema';
import { gradingUnderReview, type GradingRecord, type SessionRecord, type SessionReview } from '../../db';
import { effectiveChecklist, graderStatus, upheldFlags } from '../decisions';

// A session as the instructor left it: the grading under review, each checklist status after
// the latest decision on its item, and the flags that still stand (the rules are in
// ../decisions.ts, shared with the session review).

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

/** The session with the instructor's decisions applied; undefined when it has no grading. */
export function effectiveSession(session: SessionRecord): EffectiveSession | undefined {
  const grading = gradingUnderReview(session);
  if (!grading) return undefined;
  const review = session.review?.gradingId === grading.id ? session.review : undefined;
  const judgements = grading.result.checklist;
  const checklist = effectiveChecklist(judgements, review).map((judgement) => {
    const grader = graderStatus(judgements, judgement.itemId);
    return { itemId: judgement.itemId, grader, status: judgement.status, overridden: judgement.status !== grader };
  });
  const flags = upheldFlags(grading.result.misinformation, review);
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
