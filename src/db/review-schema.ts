import * as z from 'zod';
import { CHECKLIST_STATUSES } from '../grading/schema';

// What an instructor adds to a session, and where an imported session came from. Stored inside
// the session record (both optional: rows written before 2026-11-25 have neither).
// Changing a stored shape needs a migration (see schema.ts).

const epochMs = z.int().nonnegative();
const nonEmpty = z.string().min(1, 'must not be empty');

/** An instructor's judgement of one checklist item: the status they give it. Same as the grader's = agrees. */
export const ChecklistDecision = z.strictObject({
  kind: z.literal('checklist'),
  itemId: nonEmpty,
  status: z.enum(CHECKLIST_STATUSES),
  note: z.string(),
  reviewer: nonEmpty,
  at: epochMs,
});
export type ChecklistDecision = z.infer<typeof ChecklistDecision>;

/** An instructor's judgement of one misinformation flag, by its position in the grading's list. */
export const FlagDecision = z.strictObject({
  kind: z.literal('flag'),
  flagIndex: z.int().nonnegative(),
  verdict: z.enum(['upheld', 'dismissed']),
  note: z.string(),
  reviewer: nonEmpty,
  at: epochMs,
});
export type FlagDecision = z.infer<typeof FlagDecision>;

export const ReviewDecision = z.discriminatedUnion('kind', [ChecklistDecision, FlagDecision]);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewComment = z.strictObject({
  /** The 1-based transcript turn it is about; null for a comment on the whole session. */
  turn: z.int().min(1).nullable(),
  text: nonEmpty,
  reviewer: nonEmpty,
  at: epochMs,
});
export type ReviewComment = z.infer<typeof ReviewComment>;

export const ReviewScore = z.strictObject({
  points: z.number().nonnegative(),
  maxPoints: z.number().nonnegative(),
  percent: z.number().min(0).max(100),
  band: z.enum(['excellent', 'good', 'borderline', 'needs work']),
  criticalMissed: z.array(z.string()),
});
export type ReviewScore = z.infer<typeof ReviewScore>;

/**
 * The instructor's review of one grading. Append-only: a changed mind adds a decision, and the
 * latest decision per item or flag counts; the grading itself is never changed.
 */
export const SessionReview = z.strictObject({
  /** The grading (GradingRecord.id) under review. */
  gradingId: z.uuid(),
  decisions: z.array(ReviewDecision),
  comments: z.array(ReviewComment),
  /** Set by "Mark as reviewed"; null until then. */
  reviewed: z.strictObject({ reviewer: nonEmpty, at: epochMs }).nullable(),
  /** The score with the decisions applied, computed with the case when they change; null before any. */
  score: ReviewScore.nullable(),
  /** How many of the grading's flags still stand after the decisions. */
  flagsUpheld: z.int().nonnegative(),
});
export type SessionReview = z.infer<typeof SessionReview>;

/** An imported session: which file it came from, and what it was called there. */
export const SessionOrigin = z.strictObject({
  kind: z.literal('import'),
  /** The session's id in the bundle; differs from the stored id when it arrived as a revision. */
  sourceId: z.uuid(),
  /** SHA-256 of the session and its turns as they were in the file: a second import of the same is skipped. */
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits'),
  file: nonEmpty,
  importedAt: epochMs,
  /** 1 for the first import of a source id, 2… for different content under the same id. */
  revision: z.int().min(1),
});
export type SessionOrigin = z.infer<typeof SessionOrigin>;
