import * as z from 'zod';
import { CHECKLIST_STATUSES, GradingResult } from '../grading/schema';
import { SessionOrigin, SessionReview } from './review-schema';

export * from './review-schema';
export * from './summary-schema';

// The shapes stored in IndexedDB. These schemas are the single definition: the TypeScript
// types are inferred from them and every write is parsed with them.
// Changing a stored shape needs a migration: add a version in versions.ts with an upgrade
// that converts old rows, and extend test/db/upgrade.test.ts. Never edit a released shape in place.

const epochMs = z.int().nonnegative();
const nonEmpty = z.string().min(1, 'must not be empty');

// Strict objects throughout: an unknown field (an `apiKey`, say) is rejected rather than stored.

/** A base URL must not smuggle a secret into storage or exports: no user:password@, no ?key=. */
const KEY_LIKE_PARAM = /^(api[-_]?key|key|access[-_]?token|token|secret|password|auth|authorization)$/i;

function carriesCredentials(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://relative.invalid');
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return true;
  return [...parsed.searchParams.keys()].some((name) => KEY_LIKE_PARAM.test(name));
}

const baseUrl = nonEmpty.refine((url) => !carriesCredentials(url), {
  message: 'must not contain credentials (a user name, password or key parameter); API keys are never stored',
});

/** How the patient was produced, so a session can be reproduced. Never holds the API key. */
export const SessionPatient = z.strictObject({
  kind: z.enum(['scripted', 'llm']),
  provider: z.string().optional(),
  baseUrl: baseUrl.optional(),
  /** The model id that was requested. */
  model: z.string().optional(),
  /** The model id the API answered with, which can differ from the one requested. */
  modelAnswered: z.string().optional(),
  temperature: z.number().nonnegative().optional(),
  promptVersion: nonEmpty,
  promptHash: nonEmpty,
});
export type SessionPatient = z.infer<typeof SessionPatient>;

/** The student's closing note. */
export const SessionNote = z.strictObject({
  summary: z.string(),
  /** Ranked: most likely first. */
  differential: z.array(z.string()),
  plan: z.string(),
  submittedAt: epochMs,
});
export type SessionNote = z.infer<typeof SessionNote>;

/** The leak guard replaced a patient reply that named the diagnosis. */
export const LeakRecord = z.strictObject({
  at: epochMs,
  kind: z.literal('leak'),
  turnIndex: z.int().nonnegative(),
  term: z.string(),
});
export type LeakRecord = z.infer<typeof LeakRecord>;

/** How a grading was made (never an API key). */
export const GradingGrader = z.strictObject({
  kind: z.enum(['rule', 'llm']),
  version: nonEmpty,
  hash: nonEmpty,
  model: z.string().optional(),
  modelAnswered: z.string().optional(),
  temperature: z.number().optional(),
});

export const GradingDisagreement = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('checklist'),
    itemId: z.string(),
    llm: z.enum(CHECKLIST_STATUSES),
    rule: z.enum(CHECKLIST_STATUSES),
    note: z.string(),
  }),
  z.strictObject({
    kind: z.literal('misinformation'),
    turn: z.int().min(1),
    speaker: z.enum(['student', 'patient']),
    quote: z.string(),
    note: z.string(),
  }),
]);

/**
 * One grading of the session (added 2026-11-25 as an optional field: rows written before it
 * simply have none). Regrading adds another; earlier ones are kept.
 */
export const GradingRecord = z.strictObject({
  id: z.uuid(),
  createdAt: epochMs,
  grader: GradingGrader,
  result: GradingResult,
  score: z.strictObject({
    points: z.number().nonnegative(),
    maxPoints: z.number().nonnegative(),
    percent: z.number().min(0).max(100),
    band: z.enum(['excellent', 'good', 'borderline', 'needs work']),
    criticalMissed: z.array(z.string()),
  }),
  verification: z.strictObject({ droppedFlags: z.int().nonnegative(), unverifiedItems: z.array(z.string()) }),
  disagreements: z.array(GradingDisagreement).nullable(),
  /** The model's raw answer, for review. */
  raw: z.string().optional(),
});
export type GradingRecord = z.infer<typeof GradingRecord>;

export const SESSION_STATUSES = ['active', 'ended'] as const;

export const SessionRecord = z.strictObject({
  id: z.uuid(),
  caseId: nonEmpty,
  caseVersion: z.int().min(1),
  caseHash: nonEmpty,
  caseTitle: z.string(),
  caseLanguage: nonEmpty,
  studentName: z.string(),
  status: z.enum(SESSION_STATUSES),
  startedAt: epochMs,
  endedAt: epochMs.optional(),
  /** Set by every write; sessions are listed newest first by it. */
  updatedAt: epochMs,
  timeLimitMinutes: z.number().positive().optional(),
  patient: SessionPatient,
  note: SessionNote.optional(),
  /** Oldest first; absent until the first grading. */
  gradings: z.array(GradingRecord).optional(),
  events: z.array(LeakRecord),
  /** The instructor's review (added 2026-11-25, optional). */
  review: SessionReview.optional(),
  /** Set on a session that came from an import bundle (added 2026-11-25, optional). */
  origin: SessionOrigin.optional(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const TURN_STATUSES = ['complete', 'streaming', 'stopped', 'interrupted', 'error'] as const;

export const TurnRecord = z.strictObject({
  id: nonEmpty,
  sessionId: z.uuid(),
  /** 0-based position in the session. */
  index: z.int().nonnegative(),
  speaker: z.enum(['student', 'patient']),
  /** May be empty while the turn is streaming. */
  text: z.string(),
  /** `interrupted`: the page went away while the turn was streaming. */
  status: z.enum(TURN_STATUSES),
  startedAt: epochMs,
  endedAt: epochMs.optional(),
  /** Ids of the case facts this turn revealed. */
  factIds: z.array(z.string()),
  /** A message for the student, set when status is `error`. */
  error: z.string().optional(),
});
export type TurnRecord = z.infer<typeof TurnRecord>;

export const CASE_SOURCES = ['import', 'editor'] as const;

/** `${id}@${revision}`: the primary key of a stored case revision. Changing it needs a migration. */
export function storedCaseKey(id: string, revision: number): string {
  return `${id}@${revision}`;
}

const StoredCaseFields = z.strictObject({
  /** `${id}@${revision}`. */
  key: nonEmpty,
  /** The case's own id (its `id:` field). */
  id: nonEmpty,
  /** 1, 2, … per id, in the order they were saved. */
  revision: z.int().min(1),
  /** The case's own `version:` field, which the author keeps; independent of `revision`. */
  version: z.int().min(1),
  title: z.string(),
  language: nonEmpty,
  /** The source text exactly as imported or saved; parsed again whenever the library loads. */
  yaml: nonEmpty,
  /** The case hash from validateCaseSource when it was saved. */
  hash: nonEmpty,
  savedAt: epochMs,
  source: z.enum(CASE_SOURCES),
});

/**
 * One revision of a case file stored in this browser (imported, or saved from the editor).
 * A revision is never changed once written: a new save of the same id adds revision n + 1.
 */
export const StoredCaseRecord = StoredCaseFields.refine((record) => record.key === storedCaseKey(record.id, record.revision), {
  message: 'must be "<id>@<revision>"',
  path: ['key'],
});
export type StoredCaseRecord = z.infer<typeof StoredCaseRecord>;

/** What a caller saves: the store assigns the key and the next revision. */
export const NewStoredCase = StoredCaseFields.omit({ key: true, revision: true });
export type NewStoredCase = z.infer<typeof NewStoredCase>;
