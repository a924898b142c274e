import type { ChecklistStatus, MisinformationFlag } from '../../src/grading/schema';
import type { GradingRecord, ReviewDecision, SessionRecord, SessionReview } from '../../src/db';
import { makeSession } from '../db/fixtures';

// Graded sessions for the cohort tests: a grading from a map of item statuses, and optionally
// an instructor's review with decisions.

const CREDIT = { met: 1, partial: 0.5, missed: 0, unverified: 0 } as const;

export function makeGrading(statuses: Record<string, ChecklistStatus>, options: { flags?: MisinformationFlag[]; percent?: number } = {}): GradingRecord {
  const entries = Object.entries(statuses);
  const points = entries.reduce((sum, [, status]) => sum + CREDIT[status], 0);
  const percent = options.percent ?? (entries.length === 0 ? 0 : Math.round((points / entries.length) * 1000) / 10);
  return {
    id: crypto.randomUUID(),
    createdAt: 1_764_000_000_000,
    grader: { kind: 'rule', version: 'rule-1', hash: 'sha256-rule' },
    result: {
      checklist: entries.map(([itemId, status]) => ({ itemId, status, evidence: [], rationale: '' })),
      communication: [],
      misinformation: options.flags ?? [],
      note: null,
      strengths: [],
      nextSteps: [],
    },
    score: { points, maxPoints: entries.length, percent, band: 'needs work', criticalMissed: [] },
    verification: { droppedFlags: 0, unverifiedItems: [] },
    disagreements: null,
  };
}

export function flag(problem: string, overrides: Partial<MisinformationFlag> = {}): MisinformationFlag {
  return {
    turn: 1,
    speaker: 'student',
    quote: 'something wrong',
    problem,
    correction: `Correction of: ${problem}`,
    severity: 'medium',
    source: 'medical-knowledge',
    ...overrides,
  };
}

export function checklistDecision(itemId: string, status: ChecklistStatus, at = 1_764_000_100_000): ReviewDecision {
  return { kind: 'checklist', itemId, status, note: '', reviewer: 'Dr Osei', at };
}

export function flagDecision(flagIndex: number, verdict: 'upheld' | 'dismissed', at = 1_764_000_100_000): ReviewDecision {
  return { kind: 'flag', flagIndex, verdict, note: '', reviewer: 'Dr Osei', at };
}

export interface GradedOptions {
  student?: string;
  caseId?: string;
  caseTitle?: string;
  startedAt?: number;
  flags?: MisinformationFlag[];
  percent?: number;
  /** Decisions on the grading; with `reviewed` the session is marked as reviewed. */
  decisions?: ReviewDecision[];
  reviewed?: boolean;
  reviewedPercent?: number;
}

export function gradedSession(statuses: Record<string, ChecklistStatus>, options: GradedOptions = {}): SessionRecord {
  const grading = makeGrading(statuses, { flags: options.flags, percent: options.percent });
  const startedAt = options.startedAt ?? 1_764_000_000_000;
  const review: SessionReview | undefined =
    options.decisions || options.reviewed
      ? {
          gradingId: grading.id,
          decisions: options.decisions ?? [],
          comments: [],
          reviewed: options.reviewed ? { reviewer: 'Dr Osei', at: startedAt + 60_000 } : null,
          score:
            options.reviewedPercent === undefined
              ? null
              : { points: 0, maxPoints: 0, percent: options.reviewedPercent, band: 'needs work', criticalMissed: [] },
          flagsUpheld: 0,
        }
      : undefined;
  return makeSession({
    studentName: options.student ?? 'Ada',
    caseId: options.caseId ?? 'postop-ileus',
    caseTitle: options.caseTitle ?? 'Abdominal distension after surgery',
    status: 'ended',
    startedAt,
    endedAt: startedAt + 600_000,
    updatedAt: startedAt + 600_000,
    gradings: [grading],
    ...(review ? { review } : {}),
  });
}
