import { studentKeyOf, type SessionRecord } from '../../db';
import { agreementOf, agreementPairs, type Agreement, type StatusPair } from './agreement';
import { coverageOf, type CohortItem, type ItemCoverage } from './coverage';
import { effectiveSession, type EffectiveSession } from './effective';
import { misinformationOf, type CohortMisconception, type MisinformationGroup } from './misinformation';
import { scoreDistribution, type ScoreDistribution } from './scores';

// One case's cohort at a glance, from its sessions as instructors left them (overrides
// applied, dismissed flags dropped). Pure: the page loads the sessions and the case, this
// counts. A student who tried a case several times counts once, with their latest graded
// attempt, unless every attempt is asked for; agreement always uses every reviewed session,
// since it measures the grader, not the students.

export * from './agreement';
export * from './coverage';
export * from './effective';
export * from './misinformation';
export * from './scores';

export interface CohortCase {
  checklist: readonly CohortItem[];
  misconceptions: readonly CohortMisconception[];
}

export type Attempts = 'latest' | 'all';

export interface CohortAnalytics {
  /** Every session of the case. */
  sessions: number;
  /** Sessions with a grading. */
  graded: number;
  /** Distinct students with a graded session (an unnamed session counts as its own student). */
  students: number;
  /** The sessions counted for coverage, misinformation and scores. */
  counted: number;
  coverage: ItemCoverage[];
  misinformation: MisinformationGroup[];
  scores: ScoreDistribution;
  /** Sessions marked as reviewed (any attempt). */
  reviewedSessions: number;
  pairs: StatusPair[];
  agreement: Agreement;
}

/** Whose session it is: the trimmed, lower-cased name, or the session itself when it has none. */
export function studentOf(session: SessionRecord): string {
  const key = studentKeyOf(session.studentName);
  return key ? `name:${key}` : `session:${session.id}`;
}

function later(a: EffectiveSession, b: EffectiveSession): boolean {
  const x = a.session;
  const y = b.session;
  return x.startedAt !== y.startedAt ? x.startedAt > y.startedAt : x.updatedAt !== y.updatedAt ? x.updatedAt > y.updatedAt : x.id > y.id;
}

/** Each student's latest graded session, in no particular order. */
export function latestPerStudent(sessions: readonly EffectiveSession[]): EffectiveSession[] {
  const latest = new Map<string, EffectiveSession>();
  for (const session of sessions) {
    const student = studentOf(session.session);
    const current = latest.get(student);
    if (!current || later(session, current)) latest.set(student, session);
  }
  return [...latest.values()];
}

/** The graded sessions with the instructors' decisions applied. */
export function effectiveSessions(sessions: readonly SessionRecord[]): EffectiveSession[] {
  return sessions.flatMap((session) => effectiveSession(session) ?? []);
}

export function analyseCohort(sessions: readonly SessionRecord[], caseInfo: CohortCase, attempts: Attempts = 'latest'): CohortAnalytics {
  const graded = effectiveSessions(sessions);
  const counted = attempts === 'latest' ? latestPerStudent(graded) : graded;
  const pairs = agreementPairs(graded);
  return {
    sessions: sessions.length,
    graded: graded.length,
    students: new Set(graded.map((s) => studentOf(s.session))).size,
    counted: counted.length,
    coverage: coverageOf(caseInfo.checklist, counted),
    misinformation: misinformationOf(counted, caseInfo.misconceptions),
    scores: scoreDistribution(counted.map((s) => s.score)),
    reviewedSessions: graded.filter((s) => s.reviewed).length,
    pairs,
    agreement: agreementOf(pairs),
  };
}
