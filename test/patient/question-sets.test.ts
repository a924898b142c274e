import { holdout2Dir, holdout3Dir, holdoutDir, loadQuestionSets, questionSetDir, runQuestionSet, type CaseResult } from './question-set';

// Accuracy of the scripted patient on the labelled question sets: test/fixtures/questions (one
// set per bundled case) and three later held-out sets, written by people who had not seen the
// patient's code (test/fixtures/holdout, holdout2, holdout3; five of their cases are not bundled). Each
// figure is printed; the floors sit a little under what the patient reaches today, so a change
// that makes it answer worse fails here. `npm run patient:accuracy -- --failures` lists misses.

const suites = [
  { name: 'question sets of the bundled cases', dir: questionSetDir, overall: 0.88, perCase: 0.78, minSets: 10 },
  { name: 'held-out sets', dir: holdoutDir, overall: 0.8, perCase: 0.7, minSets: 3 },
  { name: 'second held-out sets', dir: holdout2Dir, overall: 0.85, perCase: 0.75, minSets: 3 },
  // Measured blind at 80.8 %, then its misses were read: now a guard like the others.
  { name: 'third held-out sets', dir: holdout3Dir, overall: 0.85, perCase: 0.8, minSets: 3 },
];

describe.each(suites)('scripted patient on the $name', ({ dir, overall, perCase, minSets }) => {
  const sets = loadQuestionSets(dir);
  const results: CaseResult[] = [];

  it(`has at least ${minSets} sets of at least 40 utterances`, () => {
    expect(sets.length).toBeGreaterThanOrEqual(minSets);
    for (const set of sets) expect(set.questions.length, set.caseId).toBeGreaterThanOrEqual(40);
  });

  it.each(sets.map((s) => [s.caseId, s] as const))('%s', (caseId, set) => {
    const result = runQuestionSet(caseId, set.questions);
    results.push(result);
    const right = result.outcomes.filter((o) => o.correct).length;
    console.log(`${caseId}: ${right}/${result.outcomes.length} (${(result.accuracy * 100).toFixed(1)}%)`);
    expect(result.accuracy).toBeGreaterThanOrEqual(perCase);
  });

  it('reaches the overall floor', () => {
    const outcomes = results.flatMap((r) => r.outcomes);
    expect(outcomes.length).toBe(sets.reduce((n, s) => n + s.questions.length, 0));
    const accuracy = outcomes.filter((o) => o.correct).length / outcomes.length;
    console.log(`overall: ${(accuracy * 100).toFixed(1)}% of ${outcomes.length}`);
    expect(accuracy).toBeGreaterThanOrEqual(overall);
  });
});
