import { scoreChecklist } from '../../src/grading/score';
import { caseWith, judgement } from './verification-fixtures';

// Four items worth 1, 2, 3 and 4 points (10 in all); the 4-point one is critical.
const caseFile = caseWith((draft) => {
  draft.checklist = [1, 2, 3, 4].map((points) => ({
    id: `item-${points}`,
    text: `Item worth ${points}`,
    category: 'social',
    facts: ['smoking'],
    points,
    critical: points === 4,
  }));
});

describe('scoreChecklist', () => {
  it('gives full points for met, half for partial, none for missed or unverified', () => {
    const score = scoreChecklist(caseFile, [
      judgement('item-1', 'met'),
      judgement('item-2', 'partial'),
      judgement('item-3', 'unverified'),
      judgement('item-4', 'missed'),
    ]);
    expect(score).toMatchObject({ points: 2, maxPoints: 10, percent: 20 });
  });

  it('counts an item the grader did not judge as missed', () => {
    expect(scoreChecklist(caseFile, [judgement('item-4', 'met')]).points).toBe(4);
  });

  it('ignores judgements of items the case does not have', () => {
    expect(scoreChecklist(caseFile, [judgement('not-in-case', 'met')]).points).toBe(0);
  });

  it('rounds the percentage to one decimal', () => {
    const thirds = caseWith((draft) => {
      draft.checklist = ['a', 'b', 'c'].map((id) => ({ id, text: id, category: 'social', facts: ['smoking'] }));
    });
    expect(scoreChecklist(thirds, [judgement('a', 'met')]).percent).toBe(33.3);
  });

  it.each([
    ['met', []],
    ['partial', ['item-4']],
    ['unverified', ['item-4']],
    ['missed', ['item-4']],
  ] as const)('reports a critical item %s as critical missed: %j', (status, expected) => {
    expect(scoreChecklist(caseFile, [judgement('item-4', status)]).criticalMissed).toEqual(expected);
  });

  it.each([
    // [statuses of items 1–4, percent, band]
    [['met', 'met', 'met', 'met'], 100, 'excellent'],
    [['missed', 'partial', 'met', 'met'], 80, 'good'],
    [['met', 'met', 'met', 'partial'], 80, 'good'],
    [['missed', 'missed', 'met', 'met'], 70, 'good'],
    [['met', 'partial', 'met', 'missed'], 50, 'borderline'],
    [['partial', 'met', 'missed', 'partial'], 45, 'needs work'],
    [['missed', 'missed', 'missed', 'missed'], 0, 'needs work'],
  ] as const)('%j scores %d%%: %s', (statuses, percent, band) => {
    const score = scoreChecklist(
      caseFile,
      statuses.map((status, index) => judgement(`item-${index + 1}`, status)),
    );
    expect(score.percent).toBe(percent);
    expect(score.band).toBe(band);
  });

  it('puts the band floors at 85, 70 and 50 percent', () => {
    const twenty = caseWith((draft) => {
      draft.checklist = Array.from({ length: 20 }, (_, i) => ({ id: `i-${i}`, text: `${i}`, category: 'social', facts: ['smoking'] }));
    });
    const bandFor = (met: number) =>
      scoreChecklist(twenty, Array.from({ length: met }, (_, i) => judgement(`i-${i}`, 'met'))).band;
    expect([bandFor(17), bandFor(16), bandFor(14), bandFor(13), bandFor(10), bandFor(9)]).toEqual([
      'excellent', 'good', 'good', 'borderline', 'borderline', 'needs work',
    ]);
  });

  it('scores a case without points as 0 %', () => {
    // The schema needs at least one item; an empty list can still reach scoreChecklist from elsewhere.
    const empty = { ...caseFile, checklist: [] };
    expect(scoreChecklist(empty, [])).toMatchObject({ points: 0, maxPoints: 0, percent: 0, band: 'needs work' });
  });
});
