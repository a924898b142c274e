import { CHECKLIST_STATUSES, type ChecklistStatus } from '../../grading/schema';
import type { EffectiveSession } from './effective';

// How far instructors agree with the grader, from their reviews: one pair per checklist item
// of every session marked as reviewed — the grader's status and the instructor's final one
// (their latest decision, or the grader's status where they left the item as it was).
// Cohen's kappa corrects the raw agreement for the agreement two raters would reach by
// chance with the same habits: κ = (po − pe) / (1 − pe).

export interface StatusPair {
  grader: ChecklistStatus;
  instructor: ChecklistStatus;
}

export type KappaResult = { value: number; reason?: undefined } | { value: null; reason: string };

export interface Agreement {
  /** Number of pairs (checklist items judged by both). */
  n: number;
  agreed: number;
  /** agreed / n × 100; null when there are no pairs. */
  percent: number | null;
  /** Observed agreement po (0–1); null when there are no pairs. */
  observed: number | null;
  /** Chance agreement pe (0–1) from each rater's own share of each status; null when there are no pairs. */
  expected: number | null;
  kappa: KappaResult;
  /** table[grader][instructor]: how many pairs had that combination. */
  table: Record<ChecklistStatus, Record<ChecklistStatus, number>>;
}

/** The pairs of the sessions marked as reviewed; sessions not marked contribute none. */
export function agreementPairs(sessions: readonly EffectiveSession[]): StatusPair[] {
  return sessions
    .filter((session) => session.reviewed)
    .flatMap((session) => session.checklist.map((item) => ({ grader: item.grader, instructor: item.status })));
}

function emptyTable(): Agreement['table'] {
  const row = () => Object.fromEntries(CHECKLIST_STATUSES.map((s) => [s, 0])) as Record<ChecklistStatus, number>;
  return Object.fromEntries(CHECKLIST_STATUSES.map((s) => [s, row()])) as Agreement['table'];
}

/** Percent agreement and Cohen's kappa over the four statuses; pass pooled pairs for several cases. */
export function agreementOf(pairs: readonly StatusPair[]): Agreement {
  const table = emptyTable();
  for (const pair of pairs) table[pair.grader][pair.instructor] += 1;
  const n = pairs.length;
  if (n === 0) {
    return { n, agreed: 0, percent: null, observed: null, expected: null, kappa: { value: null, reason: 'no reviewed items' }, table };
  }
  let agreed = 0;
  let expected = 0;
  for (const status of CHECKLIST_STATUSES) {
    agreed += table[status][status];
    const byGrader = CHECKLIST_STATUSES.reduce((sum, other) => sum + table[status][other], 0);
    const byInstructor = CHECKLIST_STATUSES.reduce((sum, other) => sum + table[other][status], 0);
    expected += (byGrader / n) * (byInstructor / n);
  }
  const observed = agreed / n;
  return { n, agreed, percent: observed * 100, observed, expected, kappa: kappaOf(observed, expected), table };
}

function kappaOf(observed: number, expected: number): KappaResult {
  // pe is 1 only when grader and instructors gave every item one and the same status: chance
  // alone explains the agreement, and kappa divides zero by zero.
  if (expected >= 1) {
    return { value: null, reason: 'both gave every item the same status, so agreement by chance is already 100%' };
  }
  return { value: (observed - expected) / (1 - expected) };
}
