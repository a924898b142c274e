import { Case } from '../../src/case/schema';
import { checkCase, createCheckContext } from '../../src/case';
import { factsReachable, unreachableFacts } from '../../src/patient/reachability';
import { minimalCase } from '../fixtures/minimal-case';
import { loadCase, loadQuestionSets } from './question-set';

describe('fact reachability', () => {
  // Kept back until asked specifically, yet cued only by its section: nothing asks for it.
  const withHiddenFact = (cues: string[]) =>
    Case.parse(
      minimalCase((draft) => {
        draft.facts.push({ id: 'borrowed-pills', category: 'meds', says: "I've been taking my wife's pills at night.", reveal: 'on-specific-ask', cues });
      }),
    );

  it('finds a fact that no question can reveal', () => {
    const caseFile = withHiddenFact(['medicines', 'tablets']);
    expect(unreachableFacts(caseFile).map((f) => f.id)).toEqual(['borrowed-pills']);
    const problems = checkCase(caseFile, createCheckContext('x.yaml'), [factsReachable]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(`facts[${caseFile.facts.length - 1}]`);
    expect(problems[0]?.message).toMatch(/no question reveals this fact/);
  });

  it('reaches the same fact once it has a cue a student would use', () => {
    expect(unreachableFacts(withHiddenFact(['medicines', 'sleeping pills', "someone else's tablets"]))).toEqual([]);
  });

  it.each(loadQuestionSets().map((s) => s.caseId))('every fact of %s is reachable', (caseId) => {
    expect(unreachableFacts(loadCase(caseId)).map((f) => f.id)).toEqual([]);
  });
});
