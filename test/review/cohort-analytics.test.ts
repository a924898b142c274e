import type { ChecklistStatus } from '../../src/grading/schema';
import {
  agreementOf,
  agreementPairs,
  analyseCohort,
  binOf,
  coverageOf,
  effectiveSession,
  effectiveSessions,
  median,
  misinformationOf,
  normaliseText,
  scoreDistribution,
  type CohortCase,
  type StatusPair,
} from '../../src/review/cohort/analytics';
import { kappaText, percentText, scoreText } from '../../src/review/cohort/format';
import { makeSession } from '../db/fixtures';
import { checklistDecision, flag, flagDecision, gradedSession, makeGrading } from './cohort-fixtures';

const items = [
  { id: 'ask-flatus', text: 'Asks about passing flatus or stool', points: 2, critical: true },
  { id: 'ask-vomit', text: 'Asks about vomiting', points: 1, critical: false },
];

const METOCLOPRAMIDE = {
  claim: 'Give a prokinetic such as metoclopramide straight away',
  correction: 'Prokinetics are contraindicated until mechanical obstruction is excluded.',
};
const caseInfo: CohortCase = { checklist: items, misconceptions: [METOCLOPRAMIDE] };

/** `count` copies of one (grader, instructor) pair. */
function pairs(grader: ChecklistStatus, instructor: ChecklistStatus, count: number): StatusPair[] {
  return Array.from({ length: count }, () => ({ grader, instructor }));
}

describe('a session as the instructor left it', () => {
  it('takes the latest decision per item, and a decision back to the grader is no override', () => {
    const session = gradedSession(
      { 'ask-flatus': 'missed', 'ask-vomit': 'met' },
      { decisions: [checklistDecision('ask-flatus', 'met'), checklistDecision('ask-vomit', 'partial'), checklistDecision('ask-vomit', 'met')] },
    );
    expect(effectiveSession(session)?.checklist).toEqual([
      { itemId: 'ask-flatus', grader: 'missed', status: 'met', overridden: true },
      { itemId: 'ask-vomit', grader: 'met', status: 'met', overridden: false },
    ]);
  });

  it('counts the flags not dismissed, by the latest verdict on each', () => {
    const flags = [flag('one'), flag('two'), flag('three')];
    const session = gradedSession({}, { flags, decisions: [flagDecision(0, 'dismissed'), flagDecision(1, 'dismissed'), flagDecision(1, 'upheld'), flagDecision(2, 'upheld')] });
    expect(effectiveSession(session)?.flags.map((f) => f.problem)).toEqual(['two', 'three']);
  });

  it('applies a review to the grading it names, even when a later grading exists', () => {
    const reviewed = gradedSession({ 'ask-flatus': 'missed' }, { decisions: [checklistDecision('ask-flatus', 'partial')], reviewed: true, reviewedPercent: 25 });
    const later = makeGrading({ 'ask-flatus': 'met' });
    const session = { ...reviewed, gradings: [...(reviewed.gradings ?? []), later] };
    const effective = effectiveSession(session);
    expect(effective?.grading.id).toBe(reviewed.review?.gradingId);
    expect(effective?.checklist[0]?.status).toBe('partial');
    expect(effective?.score).toBe(25);
    expect(effective?.reviewed).toBe(true);
  });

  it("uses the grader's score until the instructor's changes give another, and skips ungraded sessions", () => {
    expect(effectiveSession(gradedSession({ 'ask-flatus': 'met' }, { percent: 70 }))?.score).toBe(70);
    expect(effectiveSession(gradedSession({ 'ask-flatus': 'met' }, { percent: 70, decisions: [], reviewedPercent: 55 }))?.score).toBe(55);
    expect(effectiveSession(makeSession())).toBeUndefined();
    expect(effectiveSessions([makeSession(), gradedSession({})])).toHaveLength(1);
  });
});

describe('coverage', () => {
  it('gives each item the share of sessions with it met, and partial apart', () => {
    const sessions = effectiveSessions([
      gradedSession({ 'ask-flatus': 'met', 'ask-vomit': 'met' }),
      gradedSession({ 'ask-flatus': 'met', 'ask-vomit': 'unverified' }),
      gradedSession({ 'ask-flatus': 'partial', 'ask-vomit': 'missed' }),
      gradedSession({ 'ask-flatus': 'missed', 'ask-vomit': 'missed' }),
    ]);
    const [flatus, vomit] = coverageOf(items, sessions);
    expect(flatus).toMatchObject({ total: 4, met: 2, partial: 1, notCovered: 1, metPercent: 50, partialPercent: 25 });
    // Unverified is not covered: no quote the grader gave was in the transcript.
    expect(vomit).toMatchObject({ total: 4, met: 1, partial: 0, notCovered: 3, metPercent: 25, partialPercent: 0 });
  });

  it("counts the instructor's status where they overrode the grader", () => {
    const sessions = effectiveSessions([
      gradedSession({ 'ask-flatus': 'missed' }, { decisions: [checklistDecision('ask-flatus', 'met')] }),
      gradedSession({ 'ask-flatus': 'met' }, { decisions: [checklistDecision('ask-flatus', 'partial')] }),
    ]);
    expect(coverageOf(items, sessions)[0]).toMatchObject({ met: 1, partial: 1, metPercent: 50, partialPercent: 50 });
  });

  it('keeps the case order, names items only an older version had by id, and gives 0% to an item nobody was judged on', () => {
    const sessions = effectiveSessions([gradedSession({ 'ask-old': 'met', 'ask-flatus': 'met' })]);
    const coverage = coverageOf(items, sessions);
    expect(coverage.map((c) => [c.item.text, c.total, c.metPercent])).toEqual([
      ['Asks about passing flatus or stool', 1, 100],
      ['Asks about vomiting', 0, 0],
      ['ask-old', 1, 100],
    ]);
  });
});

describe('misinformation', () => {
  it('groups flags under the case misconception by its correction or by its claim in the problem', () => {
    const sessions = effectiveSessions([
      gradedSession({}, { flags: [flag('LLM wording of the problem', { source: 'case-misconception', correction: `  ${METOCLOPRAMIDE.correction.toUpperCase()}` })] }),
      gradedSession({}, { flags: [flag(`This repeats a misconception the case warns about: ${METOCLOPRAMIDE.claim}`, { source: 'case-misconception', correction: 'other words' })] }),
    ]);
    expect(misinformationOf(sessions, caseInfo.misconceptions)).toEqual([
      { key: 'misconception:0', label: METOCLOPRAMIDE.claim, correction: METOCLOPRAMIDE.correction, fromCase: true, severity: 'medium', sessions: 2, flags: 2 },
    ]);
  });

  it('groups other flags by their problem, normalised, and ranks by sessions, then flags', () => {
    const antibiotics = flag('Antibiotics cure viral colds.', { severity: 'low' });
    const sessions = effectiveSessions([
      gradedSession({}, { flags: [antibiotics, flag('  antibiotics   cure viral colds', { severity: 'high' })] }),
      gradedSession({}, { flags: [flag('ANTIBIOTICS cure viral colds!')] }),
      gradedSession({}, { flags: [flag('Chest pain at rest is harmless'), flag('Chest pain at rest is harmless'), flag('Chest pain at rest is harmless')] }),
      // Named as a case misconception, but the case lists none like it: grouped by its problem.
      gradedSession({}, { flags: [flag('Unknown misconception', { source: 'case-misconception' })] }),
    ]);
    const groups = misinformationOf(sessions, caseInfo.misconceptions);
    expect(groups.map((g) => [g.label, g.sessions, g.flags, g.severity, g.fromCase])).toEqual([
      ['Antibiotics cure viral colds.', 2, 3, 'high', false],
      ['Chest pain at rest is harmless', 1, 3, 'medium', false],
      ['Unknown misconception', 1, 1, 'medium', false],
    ]);
    expect(groups[0]?.correction).toBe('Correction of: Antibiotics cure viral colds.');
  });

  it('leaves out flags an instructor dismissed', () => {
    const sessions = effectiveSessions([
      gradedSession({}, { flags: [flag('Dismissed one'), flag('Kept one')], decisions: [flagDecision(0, 'dismissed')] }),
    ]);
    expect(misinformationOf(sessions, []).map((g) => g.label)).toEqual(['Kept one']);
  });

  it('normalises case, spacing and surrounding punctuation only', () => {
    expect(normaliseText('  "Rest  is\nbest!" ')).toBe('rest is best');
    expect(normaliseText('Rest is not best')).not.toBe(normaliseText('Rest is best'));
  });
});

describe('scores', () => {
  it('puts each score in its 10-point bin, 100 in the last', () => {
    expect([0, 9.9, 10, 49.5, 90, 99.9, 100].map(binOf)).toEqual([0, 0, 1, 4, 9, 9, 9]);
    const distribution = scoreDistribution([5, 15, 15, 100, 95]);
    expect(distribution.bins.map((b) => b.count)).toEqual([1, 2, 0, 0, 0, 0, 0, 0, 0, 2]);
    expect(distribution.bins[9]).toEqual({ from: 90, to: 100, count: 2 });
    expect(distribution).toMatchObject({ n: 5, median: 15, mean: 46 });
  });

  it('gives the median of an even count as the middle two averaged, and none for no scores', () => {
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(scoreDistribution([])).toMatchObject({ n: 0, median: null, mean: null });
  });
});

describe("Cohen's kappa", () => {
  it('matches a worked 2x2 example', () => {
    // Grader (rows) × instructor (columns), 50 items:
    //             met  missed
    //   met        20      5    | 25
    //   missed     10     15    | 25
    //              30     20      50
    // po = (20 + 15) / 50 = 0.70
    // pe = (25/50)(30/50) + (25/50)(20/50) = 0.30 + 0.20 = 0.50
    // κ  = (0.70 − 0.50) / (1 − 0.50) = 0.40
    const result = agreementOf([...pairs('met', 'met', 20), ...pairs('met', 'missed', 5), ...pairs('missed', 'met', 10), ...pairs('missed', 'missed', 15)]);
    expect(result).toMatchObject({ n: 50, agreed: 35, percent: 70 });
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa.value).toBeCloseTo(0.4, 12);
    expect(result.table.met).toEqual({ met: 20, partial: 0, missed: 5, unverified: 0 });
  });

  it('matches a worked 3x3 example', () => {
    // 100 items:
    //             met  partial  missed
    //   met        30      5       5    | 40
    //   partial     5     15      10    | 30
    //   missed      0      5      25    | 30
    //              35     25      40     100
    // po = (30 + 15 + 25) / 100 = 0.70
    // pe = 0.40·0.35 + 0.30·0.25 + 0.30·0.40 = 0.14 + 0.075 + 0.12 = 0.335
    // κ  = (0.70 − 0.335) / (1 − 0.335) = 0.365 / 0.665 = 73/133 ≈ 0.5489
    const result = agreementOf([
      ...pairs('met', 'met', 30), ...pairs('met', 'partial', 5), ...pairs('met', 'missed', 5),
      ...pairs('partial', 'met', 5), ...pairs('partial', 'partial', 15), ...pairs('partial', 'missed', 10),
      ...pairs('missed', 'partial', 5), ...pairs('missed', 'missed', 25),
    ]);
    expect(result.expected).toBeCloseTo(0.335, 12);
    expect(result.kappa.value).toBeCloseTo(73 / 133, 12);
  });

  it('is 1 for perfect agreement over several statuses', () => {
    const result = agreementOf([...pairs('met', 'met', 3), ...pairs('partial', 'partial', 2), ...pairs('unverified', 'unverified', 1)]);
    expect(result).toMatchObject({ percent: 100, kappa: { value: 1 } });
  });

  it('is 0 when agreement is what chance gives, and negative below it', () => {
    // Each rater says met half the time, independently: po = 0.5 = pe.
    const chance = agreementOf([...pairs('met', 'met', 25), ...pairs('met', 'missed', 25), ...pairs('missed', 'met', 25), ...pairs('missed', 'missed', 25)]);
    expect(chance.percent).toBe(50);
    expect(chance.kappa.value).toBe(0);
    // Never agreeing, with the same 50/50 habits: po = 0, pe = 0.5, κ = −1.
    expect(agreementOf([...pairs('met', 'missed', 5), ...pairs('missed', 'met', 5)]).kappa.value).toBe(-1);
  });

  it('is undefined, with the reason, when both gave every item the same status (pe = 1)', () => {
    const result = agreementOf(pairs('met', 'met', 12));
    expect(result.percent).toBe(100);
    expect(result.expected).toBe(1);
    expect(result.kappa).toEqual({ value: null, reason: expect.stringMatching(/same status/) });
  });

  it('is undefined with no pairs', () => {
    expect(agreementOf([])).toMatchObject({ n: 0, percent: null, kappa: { value: null, reason: 'no reviewed items' } });
  });
});

describe('agreement pairs', () => {
  it("pairs every item of each session marked as reviewed, unchanged items with the grader's status", () => {
    const sessions = effectiveSessions([
      gradedSession({ 'ask-flatus': 'missed', 'ask-vomit': 'met' }, { decisions: [checklistDecision('ask-flatus', 'partial')], reviewed: true }),
      // Decided on but not marked as reviewed: not yet part of the agreement.
      gradedSession({ 'ask-flatus': 'missed' }, { decisions: [checklistDecision('ask-flatus', 'met')] }),
      gradedSession({ 'ask-flatus': 'met' }),
    ]);
    expect(agreementPairs(sessions)).toEqual([
      { grader: 'missed', instructor: 'partial' },
      { grader: 'met', instructor: 'met' },
    ]);
  });

  it('pools pairs from several cases into one agreement', () => {
    const a = agreementPairs(effectiveSessions([gradedSession({ x: 'met', y: 'missed' }, { reviewed: true })]));
    const b = agreementPairs(effectiveSessions([gradedSession({ x: 'met' }, { reviewed: true, decisions: [checklistDecision('x', 'missed')], caseId: 'other' })]));
    // Alone, case a has pe = 0.5·0.5 + 0.5·0.5 = 0.5 and po = 1: κ = 1. Pooled (3 pairs):
    // grader met 2/3, missed 1/3; instructor met 1/3, missed 2/3; po = 2/3,
    // pe = 2/9 + 2/9 = 4/9, κ = (2/3 − 4/9) / (5/9) = 2/5.
    expect(agreementOf(a).kappa.value).toBe(1);
    const pooled = agreementOf([...a, ...b]);
    expect(pooled.n).toBe(3);
    expect(pooled.kappa.value).toBeCloseTo(0.4, 12);
  });
});

describe('a case cohort', () => {
  it("counts each student once, with their latest graded attempt; agreement uses every reviewed attempt", () => {
    const sessions = [
      gradedSession({ 'ask-flatus': 'missed', 'ask-vomit': 'missed' }, { student: 'Ada', startedAt: 1000, percent: 0, reviewed: true }),
      gradedSession({ 'ask-flatus': 'met', 'ask-vomit': 'met' }, { student: 'ada ', startedAt: 2000, percent: 100, reviewed: true }),
      gradedSession({ 'ask-flatus': 'partial', 'ask-vomit': 'met' }, { student: 'Ben', startedAt: 1500, percent: 75 }),
      gradedSession({ 'ask-flatus': 'missed', 'ask-vomit': 'met' }, { student: '', percent: 50 }),
      gradedSession({ 'ask-flatus': 'missed', 'ask-vomit': 'met' }, { student: '  ', percent: 50 }),
      makeSession({ studentName: 'Cleo' }),
    ];
    const latest = analyseCohort(sessions, caseInfo);
    expect(latest).toMatchObject({ sessions: 6, graded: 5, students: 4, counted: 4, reviewedSessions: 2 });
    expect(latest.coverage[0]).toMatchObject({ total: 4, met: 1, partial: 1 });
    expect(latest.scores).toMatchObject({ n: 4, median: 62.5, mean: 68.75 });
    expect(latest.agreement.n).toBe(4);

    const all = analyseCohort(sessions, caseInfo, 'all');
    expect(all).toMatchObject({ counted: 5, students: 4 });
    expect(all.coverage[0]).toMatchObject({ total: 5, met: 1 });
    expect(all.agreement.n).toBe(4);
  });
});

describe('numbers as the page shows them', () => {
  it('rounds shares to whole percents, scores to one decimal, and kappa to two with a real minus', () => {
    expect([percentText(62.5), percentText(100 / 3)]).toEqual(['63%', '33%']);
    expect([scoreText(57.5), scoreText(70), scoreText(63.94)]).toEqual(['57.5%', '70%', '63.9%']);
    expect([kappaText(73 / 133), kappaText(-0.123), kappaText(-0.001), kappaText(1)]).toEqual(['0.55', '−0.12', '0.00', '1.00']);
  });
});
