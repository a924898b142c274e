import { Case } from '../../src/case/schema';
import { SessionReview, type GradingRecord } from '../../src/db/schema';
import type { GradingResult } from '../../src/grading/schema';
import { scoreChecklist } from '../../src/grading/score';
import {
  checklistHistory,
  countFlagsUpheld,
  effectiveChecklist,
  emptyReview,
  finalScore,
  flagStands,
  graderStatus,
  isAgreement,
  latestChecklistDecisions,
  latestFlagDecisions,
  markedReviewed,
  recomputed,
  startReview,
  upheldFlags,
  withChecklistDecision,
  withComment,
  withFlagDecision,
  type ReviewContext,
} from '../../src/review/decisions';
import { minimalCase } from '../fixtures/minimal-case';

const caseFile = Case.parse(
  minimalCase((d) => {
    d.checklist.push({ id: 'ask-duration', text: 'Asks how long the cough has lasted', category: 'hpi', facts: ['cough-duration'], critical: true, points: 2 });
    d.checklist.push({ id: 'ask-ice', text: 'Asks about concerns', category: 'ice', facts: ['smoking'] });
  }),
);

const flag = (turn: number, quote: string) => ({
  turn,
  speaker: 'student' as const,
  quote,
  problem: 'Wrong.',
  correction: 'Right.',
  severity: 'high' as const,
  source: 'medical-knowledge' as const,
});

const result: GradingResult = {
  checklist: [
    { itemId: 'ask-smoking', status: 'met', evidence: [{ turn: 1, quote: 'do you smoke?' }], rationale: 'Asked.' },
    { itemId: 'ask-duration', status: 'missed', evidence: [], rationale: 'Never asked.' },
    // ask-ice left out by the grader: it counts as missed.
  ],
  communication: [],
  misinformation: [flag(3, 'Smoking is fine'), flag(5, 'Cough syrup cures it')],
  note: null,
  strengths: [],
  nextSteps: [],
};

const grading: GradingRecord = {
  id: '3f1b2c4d-5e6f-4a1b-8c2d-9e0f1a2b3c4d',
  createdAt: 1,
  grader: { kind: 'rule', version: 'rule-1', hash: 'x' },
  result,
  score: scoreChecklist(caseFile, result.checklist),
  verification: { droppedFlags: 0, unverifiedItems: [] },
  disagreements: null,
};
const frozen = structuredClone(grading);

const context: ReviewContext = { caseFile, grading };
const ada = (at: number) => ({ reviewer: 'Dr Ada', at });

describe('an empty review', () => {
  it('is valid, has nothing decided and no score', () => {
    const review = emptyReview(grading.id);
    expect(SessionReview.parse(review)).toEqual({ gradingId: grading.id, decisions: [], comments: [], reviewed: null, score: null, flagsUpheld: 0 });
  });

  it('rejects a grading id that is not a uuid', () => {
    expect(() => emptyReview('not-a-uuid')).toThrow();
  });

  it('started from a grading counts every flag as standing', () => {
    expect(startReview(grading).flagsUpheld).toBe(2);
  });
});

describe('the decisions that count', () => {
  it('is the last one per item and per flag, in the order they were added (not by time)', () => {
    let review = startReview(grading);
    review = withChecklistDecision(review, { itemId: 'ask-duration', status: 'met' }, ada(200), context);
    review = withChecklistDecision(review, { itemId: 'ask-smoking', status: 'met' }, ada(150), context);
    review = withChecklistDecision(review, { itemId: 'ask-duration', status: 'partial' }, ada(100), context);
    review = withFlagDecision(review, { flagIndex: 1, verdict: 'dismissed' }, ada(300), context);
    review = withFlagDecision(review, { flagIndex: 1, verdict: 'upheld' }, ada(50), context);
    const items = latestChecklistDecisions(review);
    expect([...items].map(([id, d]) => [id, d.status, d.at])).toEqual([
      ['ask-duration', 'partial', 100],
      ['ask-smoking', 'met', 150],
    ]);
    expect(latestFlagDecisions(review).get(1)?.verdict).toBe('upheld');
    expect(latestFlagDecisions(review).has(0)).toBe(false);
    expect(checklistHistory(review, 'ask-duration').map((d) => d.status)).toEqual(['met', 'partial']);
    expect(checklistHistory(review, 'ask-ice')).toEqual([]);
  });

  it('is none for no review at all', () => {
    expect(latestChecklistDecisions(undefined).size).toBe(0);
    expect(latestFlagDecisions(undefined).size).toBe(0);
    expect(effectiveChecklist(result.checklist, undefined)).toEqual(result.checklist);
  });
});

describe('agreeing and overriding', () => {
  it("a decision with the grader's status is an agreement; an item the grader left out is missed", () => {
    let review = startReview(grading);
    review = withChecklistDecision(review, { itemId: 'ask-smoking', status: 'met' }, ada(1), context);
    review = withChecklistDecision(review, { itemId: 'ask-duration', status: 'met' }, ada(2), context);
    review = withChecklistDecision(review, { itemId: 'ask-ice', status: 'missed' }, ada(3), context);
    const [smoking, duration, ice] = review.decisions.filter((d) => d.kind === 'checklist');
    expect(isAgreement(smoking!, result.checklist)).toBe(true);
    expect(isAgreement(duration!, result.checklist)).toBe(false);
    expect(isAgreement(ice!, result.checklist)).toBe(true);
    expect(graderStatus(result.checklist, 'ask-ice')).toBe('missed');
  });

  it('applies overrides to the checklist, keeping the evidence and rationale, and adds items the grader left out', () => {
    let review = startReview(grading);
    review = withChecklistDecision(review, { itemId: 'ask-smoking', status: 'partial' }, ada(1), context);
    review = withChecklistDecision(review, { itemId: 'ask-ice', status: 'met' }, ada(2), context);
    expect(effectiveChecklist(result.checklist, review)).toEqual([
      { itemId: 'ask-smoking', status: 'partial', evidence: [{ turn: 1, quote: 'do you smoke?' }], rationale: 'Asked.' },
      { itemId: 'ask-duration', status: 'missed', evidence: [], rationale: 'Never asked.' },
      { itemId: 'ask-ice', status: 'met', evidence: [], rationale: '' },
    ]);
  });

  it('stamps reviewer (trimmed), time and note, and rejects a decision without a reviewer', () => {
    const review = withChecklistDecision(startReview(grading), { itemId: 'ask-duration', status: 'met', note: '  Asked in turn 5.  ' }, { reviewer: ' Dr Ada ', at: 42 }, context);
    expect(review.decisions).toEqual([{ kind: 'checklist', itemId: 'ask-duration', status: 'met', note: 'Asked in turn 5.', reviewer: 'Dr Ada', at: 42 }]);
    expect(() => withChecklistDecision(startReview(grading), { itemId: 'ask-duration', status: 'met' }, { reviewer: '  ', at: 1 }, context)).toThrow();
    expect(() => withFlagDecision(startReview(grading), { flagIndex: 0, verdict: 'upheld' }, { reviewer: '', at: 1 }, context)).toThrow();
  });

  it('rejects an item the case does not have, a flag the grading does not have, and checklist decisions without the case', () => {
    const review = startReview(grading);
    expect(() => withChecklistDecision(review, { itemId: 'ask-nothing', status: 'met' }, ada(1), context)).toThrow(/No checklist item/);
    expect(() => withFlagDecision(review, { flagIndex: 2, verdict: 'upheld' }, ada(1), context)).toThrow(/No flag 2/);
    expect(() => withFlagDecision(review, { flagIndex: -1, verdict: 'upheld' }, ada(1), context)).toThrow(/No flag/);
    expect(() => withChecklistDecision(review, { itemId: 'ask-smoking', status: 'met' }, ada(1), { caseFile: undefined, grading })).toThrow(/case is missing/);
  });

  it('rejects a negative time and a review of another grading', () => {
    expect(() => withChecklistDecision(startReview(grading), { itemId: 'ask-smoking', status: 'met' }, ada(-1), context)).toThrow();
    const other = emptyReview('00000000-0000-4000-8000-000000000000');
    expect(() => withComment(other, { turn: null, text: 'Hi' }, ada(1), context)).toThrow(/another grading/);
  });

  it('never changes the grading or the review it was given', () => {
    const before = startReview(grading);
    const copy = structuredClone(before);
    withChecklistDecision(before, { itemId: 'ask-duration', status: 'met' }, ada(1), context);
    withFlagDecision(before, { flagIndex: 0, verdict: 'dismissed' }, ada(1), context);
    withComment(before, { turn: 2, text: 'Good.' }, ada(1), context);
    markedReviewed(before, ada(1), context);
    expect(before).toEqual(copy);
    expect(grading).toEqual(frozen);
  });
});

describe('the final score', () => {
  it("equals the grader's with no decisions", () => {
    expect(finalScore(caseFile, grading, undefined)).toEqual(grading.score);
    expect(finalScore(caseFile, grading, startReview(grading))).toEqual(grading.score);
  });

  it('follows the overrides: points, percent, band and critical items missed', () => {
    // 4 points in all: ask-smoking 1 (met), ask-duration 2 (critical, missed), ask-ice 1 (missed).
    expect(grading.score).toMatchObject({ points: 1, maxPoints: 4, percent: 25, band: 'needs work', criticalMissed: ['ask-duration'] });
    let review = withChecklistDecision(startReview(grading), { itemId: 'ask-duration', status: 'met' }, ada(1), context);
    expect(review.score).toEqual({ points: 3, maxPoints: 4, percent: 75, band: 'good', criticalMissed: [] });
    review = withChecklistDecision(review, { itemId: 'ask-ice', status: 'partial' }, ada(2), context);
    expect(review.score).toMatchObject({ points: 3.5, percent: 87.5, band: 'excellent' });
    review = withChecklistDecision(review, { itemId: 'ask-duration', status: 'partial' }, ada(3), context);
    expect(review.score).toMatchObject({ points: 2.5, percent: 62.5, band: 'borderline', criticalMissed: ['ask-duration'] });
    review = withChecklistDecision(review, { itemId: 'ask-smoking', status: 'unverified' }, ada(4), context);
    expect(review.score).toMatchObject({ points: 1.5, percent: 37.5 });
    expect(review.score).toEqual(finalScore(caseFile, grading, review));
  });

  it('is null until something bears on it: a comment alone leaves it null, a sign-off sets it', () => {
    const commented = withComment(startReview(grading), { turn: null, text: 'Nice rapport.' }, ada(1), context);
    expect(commented.score).toBeNull();
    const signed = markedReviewed(commented, ada(2), context);
    expect(signed.score).toEqual(grading.score);
  });

  it('without the case keeps the last score computed with it', () => {
    const decided = withChecklistDecision(startReview(grading), { itemId: 'ask-duration', status: 'met' }, ada(1), context);
    const flagged = withFlagDecision(decided, { flagIndex: 0, verdict: 'dismissed' }, ada(2), { caseFile: undefined, grading });
    expect(flagged.score).toEqual(decided.score);
    expect(flagged.flagsUpheld).toBe(1);
  });
});

describe('flags', () => {
  it('stand until dismissed; the latest verdict counts; the count is stored', () => {
    let review = startReview(grading);
    expect(countFlagsUpheld(result.misinformation, review)).toBe(2);
    review = withFlagDecision(review, { flagIndex: 0, verdict: 'dismissed', note: 'Quoted out of context.' }, ada(1), context);
    expect(review.flagsUpheld).toBe(1);
    expect(flagStands(review, 0)).toBe(false);
    expect(flagStands(review, 1)).toBe(true);
    expect(upheldFlags(result.misinformation, review).map((f) => f.quote)).toEqual(['Cough syrup cures it']);
    review = withFlagDecision(review, { flagIndex: 1, verdict: 'upheld' }, ada(2), context);
    expect(review.flagsUpheld).toBe(1);
    review = withFlagDecision(review, { flagIndex: 0, verdict: 'upheld' }, ada(3), context);
    expect(review.flagsUpheld).toBe(2);
    expect(review.decisions.at(0)).toMatchObject({ kind: 'flag', flagIndex: 0, verdict: 'dismissed', note: 'Quoted out of context.', reviewer: 'Dr Ada', at: 1 });
  });

  it('are none in a grading without misinformation', () => {
    const clean = { ...grading, result: { ...result, misinformation: [] } };
    expect(recomputed(startReview(clean), { caseFile, grading: clean }).flagsUpheld).toBe(0);
  });
});

describe('comments', () => {
  it('on a turn or the whole session, trimmed and stamped, all kept in order', () => {
    let review = withComment(startReview(grading), { turn: 3, text: '  Check this claim.  ' }, ada(1), context);
    review = withComment(review, { turn: null, text: 'Good structure overall.' }, { reviewer: 'Dr Bo', at: 2 }, context);
    review = withComment(review, { turn: 3, text: 'Discussed in class.' }, ada(3), context);
    expect(review.comments).toEqual([
      { turn: 3, text: 'Check this claim.', reviewer: 'Dr Ada', at: 1 },
      { turn: null, text: 'Good structure overall.', reviewer: 'Dr Bo', at: 2 },
      { turn: 3, text: 'Discussed in class.', reviewer: 'Dr Ada', at: 3 },
    ]);
    expect(review.decisions).toEqual([]);
  });

  it('must have words, a reviewer and a turn from 1', () => {
    expect(() => withComment(startReview(grading), { turn: 1, text: '   ' }, ada(1), context)).toThrow(/must not be empty/);
    expect(() => withComment(startReview(grading), { turn: 1, text: 'Hi' }, { reviewer: '', at: 1 }, context)).toThrow();
    expect(() => withComment(startReview(grading), { turn: 0, text: 'Hi' }, ada(1), context)).toThrow();
  });
});

describe('marking as reviewed', () => {
  it('records who and when; a later sign-off replaces it; decisions may follow and keep it', () => {
    let review = markedReviewed(startReview(grading), ada(10), context);
    expect(review.reviewed).toEqual({ reviewer: 'Dr Ada', at: 10 });
    review = markedReviewed(review, { reviewer: 'Dr Bo', at: 20 }, context);
    expect(review.reviewed).toEqual({ reviewer: 'Dr Bo', at: 20 });
    review = withChecklistDecision(review, { itemId: 'ask-duration', status: 'met' }, ada(30), context);
    expect(review.reviewed).toEqual({ reviewer: 'Dr Bo', at: 20 });
    expect(review.score?.percent).toBe(75);
  });

  it('needs a reviewer', () => {
    expect(() => markedReviewed(startReview(grading), { reviewer: ' ', at: 1 }, context)).toThrow();
  });
});

describe('recomputing', () => {
  it('repairs a stale score and count from the decisions', () => {
    const decided = withChecklistDecision(startReview(grading), { itemId: 'ask-duration', status: 'met' }, ada(1), context);
    const stale = { ...decided, score: grading.score, flagsUpheld: 0 };
    expect(recomputed(stale, context)).toEqual(decided);
  });
});
