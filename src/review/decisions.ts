import type { Case } from '../case/schema';
import { SessionReview, type ChecklistDecision, type FlagDecision, type GradingRecord, type ReviewScore } from '../db/schema';
import type { ChecklistJudgement, ChecklistStatus, MisinformationFlag } from '../grading/schema';
import { scoreChecklist } from '../grading/score';

// The instructor's review as plain data: which decision counts, what the checklist and score
// become with them, and the next review after one more decision, comment or sign-off. Pure,
// no React and no storage. The grader's grading is never changed; a review only ever grows.
//
// "Latest" means last in the list, not the greatest `at`: decisions are appended in the order
// they were made, and two browsers' clocks need not agree.

/** What a review needs to know about the session it belongs to. */
export interface ReviewContext {
  /** The case the session was played with; undefined when it cannot be found (no score then). */
  caseFile: Case | undefined;
  /** The grading under review. */
  grading: Pick<GradingRecord, 'id' | 'result'>;
}

/** Who acts, and when (epoch ms). */
export interface Stamp {
  reviewer: string;
  at: number;
}

export type NewChecklistDecision = Pick<ChecklistDecision, 'itemId' | 'status'> & { note?: string };
export type NewFlagDecision = Pick<FlagDecision, 'flagIndex' | 'verdict'> & { note?: string };
export type NewComment = { turn: number | null; text: string };

export function emptyReview(gradingId: string): SessionReview {
  return SessionReview.parse({ gradingId, decisions: [], comments: [], reviewed: null, score: null, flagsUpheld: 0 });
}

/** A review of `grading` with nothing decided yet: every flag stands. */
export function startReview(grading: ReviewContext['grading']): SessionReview {
  return { ...emptyReview(grading.id), flagsUpheld: grading.result.misinformation.length };
}

/** The decision that counts for each checklist item, by item id. */
export function latestChecklistDecisions(review: SessionReview | undefined): Map<string, ChecklistDecision> {
  const latest = new Map<string, ChecklistDecision>();
  for (const decision of review?.decisions ?? []) if (decision.kind === 'checklist') latest.set(decision.itemId, decision);
  return latest;
}

/** The decision that counts for each flag, by its index in the grading's misinformation list. */
export function latestFlagDecisions(review: SessionReview | undefined): Map<number, FlagDecision> {
  const latest = new Map<number, FlagDecision>();
  for (const decision of review?.decisions ?? []) if (decision.kind === 'flag') latest.set(decision.flagIndex, decision);
  return latest;
}

/** Every decision ever made about one item, oldest first (the history behind the latest). */
export function checklistHistory(review: SessionReview | undefined, itemId: string): ChecklistDecision[] {
  return (review?.decisions ?? []).filter((d): d is ChecklistDecision => d.kind === 'checklist' && d.itemId === itemId);
}

/** The grader's status for an item; an item the grader left out counts as missed, as in scoring. */
export function graderStatus(judgements: readonly ChecklistJudgement[], itemId: string): ChecklistStatus {
  return judgements.find((j) => j.itemId === itemId)?.status ?? 'missed';
}

/** Whether a decision keeps the grader's status (an "agree") or changes it (an override). */
export function isAgreement(decision: ChecklistDecision, judgements: readonly ChecklistJudgement[]): boolean {
  return decision.status === graderStatus(judgements, decision.itemId);
}

/**
 * The grader's judgements with the latest decisions applied: an overridden item takes the
 * instructor's status and keeps the grader's evidence and rationale. An item the grader left
 * out but the instructor decided on is added, with no evidence.
 */
export function effectiveChecklist(judgements: readonly ChecklistJudgement[], review: SessionReview | undefined): ChecklistJudgement[] {
  const latest = latestChecklistDecisions(review);
  const applied = judgements.map((j) => {
    const decision = latest.get(j.itemId);
    return decision ? { ...j, status: decision.status } : j;
  });
  const judged = new Set(judgements.map((j) => j.itemId));
  for (const [itemId, decision] of latest) {
    if (!judged.has(itemId)) applied.push({ itemId, status: decision.status, evidence: [], rationale: '' });
  }
  return applied;
}

/** The score with the decisions applied, by the same rules as the grader's. */
export function finalScore(caseFile: Case, grading: Pick<GradingRecord, 'result'>, review: SessionReview | undefined): ReviewScore {
  return scoreChecklist(caseFile, effectiveChecklist(grading.result.checklist, review));
}

/** Whether a flag still stands: upheld, or not yet decided on. */
export function flagStands(review: SessionReview | undefined, flagIndex: number): boolean {
  return latestFlagDecisions(review).get(flagIndex)?.verdict !== 'dismissed';
}

/** The grading's flags that still stand after the decisions. */
export function upheldFlags(flags: readonly MisinformationFlag[], review: SessionReview | undefined): MisinformationFlag[] {
  const latest = latestFlagDecisions(review);
  return flags.filter((_, index) => latest.get(index)?.verdict !== 'dismissed');
}

export function countFlagsUpheld(flags: readonly MisinformationFlag[], review: SessionReview | undefined): number {
  return upheldFlags(flags, review).length;
}

/** A new review with a checklist decision appended. Throws on an item the case and grading do not have. */
export function withChecklistDecision(review: SessionReview, decision: NewChecklistDecision, stamp: Stamp, context: ReviewContext): SessionReview {
  if (!context.caseFile) throw new Error('The case is missing, so the score cannot be recomputed: checklist decisions need the case.');
  if (!context.caseFile.checklist.some((item) => item.id === decision.itemId)) throw new RangeError(`No checklist item "${decision.itemId}" in this case.`);
  const added: ChecklistDecision = { kind: 'checklist', itemId: decision.itemId, status: decision.status, note: decision.note?.trim() ?? '', ...stampOf(stamp) };
  return recomputed({ ...review, decisions: [...review.decisions, added] }, context);
}

/** A new review with a verdict on one flag appended. Throws on a flag the grading does not have. */
export function withFlagDecision(review: SessionReview, decision: NewFlagDecision, stamp: Stamp, context: ReviewContext): SessionReview {
  if (!Number.isInteger(decision.flagIndex) || decision.flagIndex < 0 || decision.flagIndex >= context.grading.result.misinformation.length) {
    throw new RangeError(`No flag ${decision.flagIndex} in this grading.`);
  }
  const added: FlagDecision = { kind: 'flag', flagIndex: decision.flagIndex, verdict: decision.verdict, note: decision.note?.trim() ?? '', ...stampOf(stamp) };
  return recomputed({ ...review, decisions: [...review.decisions, added] }, context);
}

/** A new review with a comment appended (on a 1-based transcript turn, or null for the whole session). */
export function withComment(review: SessionReview, comment: NewComment, stamp: Stamp, context: ReviewContext): SessionReview {
  const text = comment.text.trim();
  if (!text) throw new Error('A comment must not be empty.');
  return recomputed({ ...review, comments: [...review.comments, { turn: comment.turn, text, ...stampOf(stamp) }] }, context);
}

/** A new review signed off by the reviewer (a later sign-off replaces an earlier one). */
export function markedReviewed(review: SessionReview, stamp: Stamp, context: ReviewContext): SessionReview {
  return recomputed({ ...review, reviewed: stampOf(stamp) }, context);
}

/** The stored score and count of standing flags, brought up to date, and the whole review validated. */
export function recomputed(review: SessionReview, context: ReviewContext): SessionReview {
  if (review.gradingId !== context.grading.id) throw new Error('This review belongs to another grading.');
  // Null until something bears on the score (a decision or the sign-off); without the case, the last score computed with it stays.
  const decided = review.decisions.length > 0 || review.reviewed !== null;
  const score = !decided ? null : context.caseFile ? finalScore(context.caseFile, context.grading, review) : review.score;
  return SessionReview.parse({ ...review, score, flagsUpheld: countFlagsUpheld(context.grading.result.misinformation, review) });
}

function stampOf(stamp: Stamp): Stamp {
  return { reviewer: stamp.reviewer.trim(), at: stamp.at };
}
