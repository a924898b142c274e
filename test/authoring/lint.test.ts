import { Case, createCheckContext, type CaseInput } from '../../src/case';
import {
  criticalItemsHaveFacts,
  distinctiveWords,
  factsGraded,
  factsKeepDiagnosis,
  gradedCategoriesHaveFacts,
  itemsEarnable,
} from '../../src/authoring/lint';
import type { CaseCheck } from '../../src/case';
import { minimalCase } from '../fixtures/minimal-case';

// Each lint on the minimal case changed just enough to trip it, and on the case as it was.

const run = (check: CaseCheck, edit: (draft: CaseInput) => void = () => {}) =>
  check(Case.parse(minimalCase(edit)), createCheckContext()).map(({ path, severity, message }) => ({ path, severity, message }));

describe('itemsEarnable', () => {
  it('passes an item with a fact a question can bring out', () => {
    expect(run(itemsEarnable)).toEqual([]);
  });
  it('warns when every fact of the item is on-specific-ask without cues', () => {
    const problems = run(itemsEarnable, (c) => {
      c.facts[1] = { ...c.facts[1]!, reveal: 'on-specific-ask', cues: [] };
    });
    expect(problems).toEqual([{ path: 'checklist[0].facts', severity: 'warning', message: expect.stringMatching(/on-specific-ask without cues/) }]);
  });
  it('warns when none of its facts exist', () => {
    expect(run(itemsEarnable, (c) => void (c.checklist[0]!.facts = ['nothing']))).toEqual([
      { path: 'checklist[0].facts', severity: 'warning', message: expect.stringMatching(/none of its facts exist/) },
    ]);
  });
  it('is not fooled by one cue-less specific fact beside an earnable one', () => {
    expect(
      run(itemsEarnable, (c) => {
        c.facts.push({ id: 'secret', category: 'social', says: 'I vape too.', reveal: 'on-specific-ask' });
        c.checklist[0]!.facts.push('secret');
      }),
    ).toEqual([]);
  });
});

describe('criticalItemsHaveFacts', () => {
  it('warns about a critical item none of whose facts exist, and leaves it to this lint alone', () => {
    const edit = (c: CaseInput) => {
      c.checklist[0]!.critical = true;
      c.checklist[0]!.facts = ['missing'];
    };
    expect(run(criticalItemsHaveFacts, edit)).toEqual([{ path: 'checklist[0]', severity: 'warning', message: expect.stringMatching(/critical item needs a fact/) }]);
    expect(run(itemsEarnable, edit)).toEqual([]);
  });
  it('passes a critical item with a fact', () => {
    expect(run(criticalItemsHaveFacts, (c) => void (c.checklist[0]!.critical = true))).toEqual([]);
  });
});

describe('factsGraded', () => {
  it('warns about each fact no checklist item uses', () => {
    expect(run(factsGraded)).toEqual([{ path: 'facts[0].id', severity: 'warning', message: 'no checklist item uses the fact "cough-duration"' }]);
  });
  it('passes when every fact is used', () => {
    expect(run(factsGraded, (c) => c.checklist[0]!.facts.push('cough-duration'))).toEqual([]);
  });
});

describe('factsKeepDiagnosis', () => {
  it('warns about a fact that names the diagnosis or an alias', () => {
    const problems = run(factsKeepDiagnosis, (c) => {
      c.diagnosis.aliases = ['Lingering cough after a virus'];
      c.facts[0]!.says = 'The doctor said lingering cough after a virus, maybe.';
    });
    expect(problems).toEqual([{ path: 'facts[0].says', severity: 'warning', message: expect.stringMatching(/names the diagnosis \("lingering cough after a virus"\)/) }]);
  });
  it('warns about a distinctive word of the diagnosis', () => {
    const problems = run(factsKeepDiagnosis, (c) => void (c.facts[0]!.says = 'It came after a viral thing.'));
    expect(problems).toEqual([{ path: 'facts[0].says', severity: 'warning', message: expect.stringMatching(/says "viral", a word of the diagnosis/) }]);
  });
  it('does not count generic words, or words the door note already tells', () => {
    const caseData = Case.parse(minimalCase());
    // "Post-viral cough": "post" is generic, "cough" is in the reason for the visit.
    expect(distinctiveWords(caseData)).toEqual(['viral']);
    expect(run(factsKeepDiagnosis, (c) => void (c.facts[0]!.says = 'The cough is worse after a post.'))).toEqual([]);
  });
});

describe('gradedCategoriesHaveFacts', () => {
  it('is quiet when each graded category has a fact for each item, as the minimal case has', () => {
    expect(run(gradedCategoriesHaveFacts)).toEqual([]);
  });
  it('warns when more items grade a category than it has facts', () => {
    const problems = run(gradedCategoriesHaveFacts, (c) => {
      c.checklist.push({ id: 'ask-alcohol', text: 'Asks about alcohol', category: 'social', facts: ['smoking'] });
    });
    expect(problems).toEqual([
      { path: 'checklist[0].category', severity: 'warning', message: expect.stringMatching(/2 checklist items grade "social", but the case has only 1 fact/) },
    ]);
  });
  it('says when a graded category has none, once per category', () => {
    const problems = run(gradedCategoriesHaveFacts, (c) => {
      c.checklist.push({ id: 'ask-family', text: 'Asks about family', category: 'family', facts: ['smoking'] });
      c.checklist.push({ id: 'ask-family-2', text: 'Asks about family again', category: 'family', facts: ['smoking'] });
    });
    expect(problems).toEqual([{ path: 'checklist[1].category', severity: 'warning', message: expect.stringMatching(/has no facts in it/) }]);
  });
});
