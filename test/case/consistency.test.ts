import { Case, caseChecks, checkCase, createCheckContext, validateCaseSource, type CaseCheck, type Problem } from '../../src/case';
import { MINIMAL_CASE_FILE, MINIMAL_CASE_YAML, minimalCase, minimalCaseYaml, positionOf, replaceOnce } from '../fixtures/minimal-case';

async function problemsOf(source: string, fileName = MINIMAL_CASE_FILE): Promise<Problem[]> {
  return (await validateCaseSource(source, fileName)).problems;
}

const summary = ({ path, line, column, message, severity }: Problem) => ({ path, line, column, message, severity });

describe('validateCaseSource', () => {
  it('accepts the minimal case', async () => {
    const result = await validateCaseSource(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('runs the checks it is given, in addition to the schema', async () => {
    const noSmokers: CaseCheck = (c, context) =>
      c.facts.flatMap((fact, i) => (fact.id === 'smoking' ? [context.problem(['facts', i, 'id'], 'no smokers please', 'warning')] : []));
    const result = await validateCaseSource(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE, { checks: [...caseChecks, noSmokers] });
    expect(result.ok).toBe(true);
    expect(result.problems.map(summary)).toEqual([
      { path: 'facts[1].id', line: 30, column: 9, message: 'no smokers please', severity: 'warning' },
    ]);
  });
});

describe('unique ids', () => {
  it('reports a repeated fact id at the repeat, naming the first', async () => {
    const source = minimalCaseYaml((draft) => {
      draft.facts.push({ id: 'smoking', category: 'social', says: 'I vape too.' });
    });
    const problems = await problemsOf(source);
    expect(problems.map(summary)).toEqual([
      {
        path: 'facts[2].id',
        ...positionOf(source, 'smoking\n    category: social\n    says: I vape'),
        message: 'the fact id "smoking" is already used by facts[1]; ids must be unique',
        severity: 'error',
      },
    ]);
  });

  it('reports a repeated checklist id', async () => {
    const source = minimalCaseYaml((draft) => {
      draft.checklist.push({ id: 'ask-smoking', text: 'Asks about pack-years', category: 'social', facts: ['smoking'] });
    });
    expect((await problemsOf(source)).map((p) => [p.path, p.message])).toEqual([
      ['checklist[1].id', 'the checklist item id "ask-smoking" is already used by checklist[0]; ids must be unique'],
    ]);
  });
});

describe('checklist facts', () => {
  it('reports a fact name that does not exist, at the name, with a suggestion', async () => {
    const source = replaceOnce(MINIMAL_CASE_YAML, 'facts: [smoking]', 'facts: [smoking, smokng, alcohol]');
    const problems = await problemsOf(source);
    expect(problems.map(summary)).toEqual([
      { path: 'checklist[0].facts[1]', ...positionOf(source, 'smokng'), message: 'names the fact "smokng", which does not exist (did you mean "smoking"?)', severity: 'error' },
      { path: 'checklist[0].facts[2]', ...positionOf(source, 'alcohol'), message: 'names the fact "alcohol", which does not exist', severity: 'error' },
    ]);
  });
});

describe('diagnosis given away by the patient', () => {
  const leaks = async (edit: Parameters<typeof minimalCase>[0]) =>
    (await problemsOf(minimalCaseYaml(edit))).map((p) => [p.path, p.message]);

  it('finds the primary diagnosis in a fact, whatever its case', async () => {
    expect(await leaks((d) => (d.facts[0]!.says = 'The GP said it was a POST-VIRAL  cough.'))).toEqual([
      ['facts[0].says', 'gives away the diagnosis: the patient says "POST-VIRAL  cough" (diagnosis.primary); describe it in the patient\'s own words'],
    ]);
  });

  it('checks the opening statement and each of ideas, concerns and expectations', async () => {
    const paths = await leaks((d) => {
      d.diagnosis.aliases = ['whooping cough', 'pertussis'];
      d.patient.openingStatement = 'I think I have whooping cough.';
      d.patient.ice.ideas = 'Pertussis, maybe?';
      d.patient.ice.concerns = 'Whooping cough is serious, isn\'t it?';
      d.patient.ice.expectations = 'A test for pertussis.';
    });
    expect(paths.map(([path]) => path)).toEqual(['patient.openingStatement', 'patient.ice.ideas', 'patient.ice.concerns', 'patient.ice.expectations']);
    expect(paths[1]?.[1]).toContain('"Pertussis" (diagnosis.aliases[1])');
  });

  it('matches whole words only', async () => {
    expect(await leaks((d) => {
      d.diagnosis.aliases = ['flu'];
      d.facts[0]!.says = 'It flared up after a fluid-filled week of coughing; influenza jab done.';
    })).toEqual([]);
  });

  it('ignores the part of the primary diagnosis in parentheses', async () => {
    expect(await leaks((d) => {
      d.diagnosis.primary = 'Post-viral cough (rule out pertussis)';
      d.facts[0]!.says = 'Could it be a post-viral cough?';
    })).toHaveLength(1);
  });

  it('lets the patient name a differential diagnosis', async () => {
    expect(await leaks((d) => (d.diagnosis.differentials = ['Cough']))).toEqual([]);
  });
});

describe('on-specific-ask facts', () => {
  it('requires cues, pointing at the fact when cues are left out', async () => {
    const source = replaceOnce(MINIMAL_CASE_YAML, 'reveal: spontaneous', 'reveal: on-specific-ask');
    expect((await problemsOf(source)).map(summary)).toEqual([
      {
        path: 'facts[0].cues',
        ...positionOf(source, 'id: cough-duration'),
        message: 'an on-specific-ask fact needs cues: list the words a student would use to ask for it',
        severity: 'error',
      },
    ]);
  });

  it('points at an empty cue list', async () => {
    const source = replaceOnce(MINIMAL_CASE_YAML, 'cues: [smoke, cigarettes]', 'reveal: on-specific-ask\n    cues: []');
    expect((await problemsOf(source)).map((p) => [p.path, p.line, p.column])).toEqual([['facts[1].cues', 34, 11]]);
  });

  it('accepts one with cues', async () => {
    const source = replaceOnce(MINIMAL_CASE_YAML, 'cues: [smoke, cigarettes]', 'reveal: on-specific-ask\n    cues: [smoke]');
    expect(await problemsOf(source)).toEqual([]);
  });
});

describe('id and file name', () => {
  it('reports an id that does not match the file name', async () => {
    expect((await problemsOf(MINIMAL_CASE_YAML, 'cases/cough.yaml')).map(summary)).toEqual([
      { path: 'id', line: 2, column: 5, severity: 'error', message: 'must match the file name "cough.yaml", so "cough" (got "minimal-case"); rename the file or change the id' },
    ]);
  });

  it('accepts .yml and Windows paths', async () => {
    expect(await problemsOf(MINIMAL_CASE_YAML, 'C:\\cases\\minimal-case.yml')).toEqual([]);
  });
});

describe('$schema line', () => {
  it('warns when it is missing, without failing the case', async () => {
    const result = await validateCaseSource(replaceOnce(MINIMAL_CASE_YAML, '$schema: ./case.schema.json\n', ''), MINIMAL_CASE_FILE);
    expect(result.ok).toBe(true);
    expect(result.problems.map(summary)).toEqual([
      { path: '$schema', line: 1, column: 1, severity: 'warning', message: expect.stringContaining('add "$schema: ./case.schema.json"') },
    ]);
  });
});

describe('checkCase without a source file', () => {
  it('reports problems at line 0 and skips the file checks', () => {
    const caseData = Case.parse(minimalCase((d) => {
      delete d.$schema;
      d.checklist[0]!.facts = ['alcohol'];
    }));
    expect(checkCase(caseData)).toEqual([
      { file: '', line: 0, column: 0, path: 'checklist[0].facts[0]', message: 'names the fact "alcohol", which does not exist', severity: 'error' },
    ]);
  });

  it('uses the context it is given', () => {
    const caseData = Case.parse(minimalCase());
    expect(checkCase(caseData, createCheckContext('other.yaml')).map((p) => p.path)).toEqual(['id']);
  });
});
