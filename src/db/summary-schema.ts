import * as z from 'zod';
import { Case } from '../case/schema';

// Rows derived from sessions, kept beside them in the same transactions (added 2026-11-25,
// database version 3). Changing a stored shape needs a migration (see schema.ts).

const epochMs = z.int().nonnegative();
const flag = z.union([z.literal(0), z.literal(1)]);

/**
 * One row per session for the instructor's dashboard: small, and indexed for each sort and
 * filter, so the first page never reads whole sessions. Written by every session write;
 * never edited on its own. IndexedDB cannot index booleans or null, hence 0/1 and -1.
 */
export const SessionSummary = z.strictObject({
  id: z.uuid(),
  /** The id the session had where it was made (differs for a conflicting import). */
  sourceId: z.uuid(),
  studentName: z.string(),
  /** Lower-cased, trimmed name: groups "Ada " and "ada". */
  studentKey: z.string(),
  caseId: z.string().min(1),
  caseTitle: z.string(),
  /** `${lower-cased title}\u0000${caseId}`: sorts by title, filters one case exactly. */
  caseKey: z.string().min(1),
  status: z.enum(['active', 'ended']),
  startedAt: epochMs,
  /** Null while the session is still open. */
  durationMs: z.int().nonnegative().nullable(),
  /** The grader's score of the latest grading, percent; null before any grading. */
  graderScore: z.number().min(0).max(100).nullable(),
  /** The score with the instructor's decisions; null until a decision is made. */
  reviewedScore: z.number().min(0).max(100).nullable(),
  /** reviewedScore ?? graderScore ?? -1: what the dashboard sorts by. */
  scoreKey: z.number().min(-1).max(100),
  criticalMissed: z.int().nonnegative(),
  /** Misinformation flags that stand (after the instructor's decisions). */
  flags: z.int().nonnegative(),
  flagged: flag,
  reviewed: flag,
  imported: flag,
  /** The origin digest of an imported session; null for one made here. */
  importDigest: z.string().nullable(),
  /** Student, case title and case id, lower-cased, for the search box. */
  searchText: z.string(),
  updatedAt: epochMs,
});
export type SessionSummary = z.infer<typeof SessionSummary>;

/** The case as a session was played with it, so a review works without the case installed. Keyed by hash. */
export const CaseSnapshot = z.strictObject({
  hash: z.string().min(1),
  caseId: z.string().min(1),
  version: z.int().min(1),
  title: z.string(),
  case: Case,
});
export type CaseSnapshot = z.infer<typeof CaseSnapshot>;
