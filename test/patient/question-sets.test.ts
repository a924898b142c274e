import { loadQuestionSets, runQuestionSet, type CaseResult } from './question-set';

// Accuracy of the scripted patient on the labelled question sets in test/fixtures/questions.
// Each case's figure is printed; the floors below are what the patient reaches today, so a
// change that makes it answer worse fails here. `npm run patient:accuracy -- --failures`
// lists every miss.

const OVERALL_FLOOR = 0.8;
const CASE_FLOOR = 0.75;

const sets = loadQuestionSets();
const results: CaseResult[] = [];

describe('scripted patient on the labelled question sets', () => {
  it('has a question set for every case, each with at least 40 utterances', () => {
    expect(sets.length).toBeGreaterThanOrEqual(10);
    for (const set of sets) expect(set.questions.length, set.caseId).toBeGreaterThanOrEqual(40);
  });

  it.each(sets.map((s) => [s.caseId, s] as const))('%s', (caseId, set) => {
    const result = runQuestionSet(caseId, set.questions);
    results.push(result);
    const right = result.outcomes.filter((o) => o.correct).length;
    console.log(`${caseId}: ${right}/${result.outcomes.length} (${(result.accuracy * 100).toFixed(1)}%)`);
    expect(result.accuracy).toBeGreaterThanOrEqual(CASE_FLOOR);
  });

  it('reaches the overall floor', () => {
    const outcomes = results.flatMap((r) => r.outcomes);
    expect(outcomes.length).toBe(sets.reduce((n, s) => n + s.questions.length, 0));
    const accuracy = outcomes.filter((o) => o.correct).length / outcomes.length;
    console.log(`overall: ${(accuracy * 100).toFixed(1)}% of ${outcomes.length}`);
    expect(accuracy).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
});
