import { createHash } from 'node:crypto';
import { canonicalJson, parseCaseYaml, type Problem } from '../../src/case';
import { MINIMAL_CASE_FILE, MINIMAL_CASE_YAML, minimalCaseYaml, positionOf, replaceOnce } from '../fixtures/minimal-case';

async function problemsOf(source: string): Promise<Problem[]> {
  const result = await parseCaseYaml(source, MINIMAL_CASE_FILE);
  return result.problems;
}

/** The minimal case with one line changed, and its single problem. */
async function onlyProblem(from: string, to: string) {
  const source = replaceOnce(MINIMAL_CASE_YAML, from, to);
  const problems = await problemsOf(source);
  expect(problems).toHaveLength(1);
  return { source, problem: problems[0]! };
}

describe('parseCaseYaml on a valid case', () => {
  it('returns the case with defaults filled in and no problems', async () => {
    const result = await parseCaseYaml(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.problems).toEqual([]);
    expect(result.case.patient.unknownPolicy).toBe('deny');
    expect(result.case.facts[1]).toMatchObject({ id: 'smoking', reveal: 'on-ask', cues: ['smoke', 'cigarettes'] });
  });

  it('hashes the canonical JSON of the case with SHA-256, leaving out $schema', async () => {
    const result = await parseCaseYaml(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE);
    if (!result.ok) throw new Error('expected a valid case');
    const { $schema: _ignored, ...content } = result.case;
    expect(result.hash).toBe(createHash('sha256').update(canonicalJson(content)).digest('hex'));
  });

  it('gives the same hash whatever the key order, layout, comments and $schema', async () => {
    const original = await parseCaseYaml(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE);
    const reordered = replaceOnce(MINIMAL_CASE_YAML, 'title: Cough for three weeks\nversion: 1\n', 'version: 1 # bumped later\ntitle: "Cough for three weeks"\n');
    const moved = replaceOnce(reordered, '$schema: ./case.schema.json', '$schema: ../cases/case.schema.json');
    const again = await parseCaseYaml(moved, MINIMAL_CASE_FILE);
    expect(again.ok && original.ok && again.hash === original.hash).toBe(true);
  });

  it('gives another hash when the content changes', async () => {
    const original = await parseCaseYaml(MINIMAL_CASE_YAML, MINIMAL_CASE_FILE);
    const changed = await parseCaseYaml(replaceOnce(MINIMAL_CASE_YAML, 'age: 42', 'age: 43'), MINIMAL_CASE_FILE);
    expect(original.ok && changed.ok && original.hash !== changed.hash).toBe(true);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined fields', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});

describe('schema problems: where they are', () => {
  it('points a wrong value at the value itself', async () => {
    const { source, problem } = await onlyProblem('reveal: spontaneous', 'reveal: sometimes');
    expect(problem).toMatchObject({ file: MINIMAL_CASE_FILE, path: 'facts[0].reveal', severity: 'error', ...positionOf(source, 'sometimes') });
  });

  it('points a missing field at the mapping that lacks it', async () => {
    const { source, problem } = await onlyProblem('  age: 42\n', '');
    expect(problem).toMatchObject({ path: 'patient.age', message: 'is required', ...positionOf(source, 'name: Sam Lee') });
  });

  it('points a missing top-level field at the start of the file', async () => {
    const { problem } = await onlyProblem('license: CC BY 4.0\n', '');
    expect(problem).toMatchObject({ path: 'license', message: 'is required', line: 1, column: 1 });
  });

  it('points an unknown field at its key', async () => {
    const problems = await problemsOf(replaceOnce(MINIMAL_CASE_YAML, 'says: About three weeks now.', 'say: About three weeks now.'));
    expect(problems.map(({ path, line, column, message }) => ({ path, line, column, message }))).toEqual([
      { path: 'facts[0].says', line: 26, column: 5, message: 'is required' },
      { path: 'facts[0].say', line: 28, column: 5, message: 'unknown field "say" (did you mean "says"?)' },
    ]);
  });

  it('points an empty value at its key', async () => {
    const { source, problem } = await onlyProblem('  persona: Calm and cooperative.', '  persona:');
    expect(problem).toMatchObject({ path: 'patient.persona', message: 'is empty: it must be text', ...positionOf(source, 'persona:') });
  });

  it('finds values inside flow mappings and lists', async () => {
    const { source, problem } = await onlyProblem('cues: [smoke, cigarettes]', 'cues: [smoke, ""]');
    expect(problem).toMatchObject({ path: 'facts[1].cues[1]', message: 'must not be empty', ...positionOf(source, '""') });
  });

  it('reports every problem, sorted by position', async () => {
    const source = minimalCaseYaml((draft) => {
      draft.version = 0;
      draft.patient.sex = 'man' as 'male';
      draft.checklist[0]!.facts = [];
    });
    const problems = await problemsOf(source);
    expect(problems.map((p) => p.path)).toEqual(['version', 'patient.sex', 'checklist[0].facts']);
    expect(problems.map((p) => p.line)).toEqual([...problems.map((p) => p.line)].sort((a, b) => a - b));
  });
});

describe('schema problems: what they say', () => {
  it.each([
    ['reveal: spontaneous', 'reveal: sometimes', 'must be one of spontaneous, on-ask, on-specific-ask (got "sometimes")'],
    ['reveal: spontaneous', 'reveal: on ask', 'must be one of spontaneous, on-ask, on-specific-ask (got "on ask"; did you mean "on-ask"?)'],
    ['age: 42', 'age: "sixty"', 'must be a number (got "sixty")'],
    ['age: 42', 'age: "42"', 'must be a number (got "42"; remove the quotes)'],
    ['age: 42', 'age: 142', 'must be at most 120 (got 142)'],
    ['version: 1', 'version: 1.5', 'must be a whole number (got 1.5)'],
    ['title: Cough for three weeks', 'title: 1984', 'must be text (got 1984; put it in quotes)'],
    ['title: Cough for three weeks', 'title: "  "', 'must not be empty'],
    ['cues: [smoke, cigarettes]', 'cues: smoke, cigarettes', 'must be a list (got "smoke, cigarettes"; write a list as [first, second] or as lines starting with "- ")'],
    ['id: minimal-case', 'id: Minimal Case', 'must be lower-case words joined by hyphens, like "chest-pain-smoker" (got "Minimal Case")'],
    ['language: en', 'language: English', 'must be a language code like "en" or "de" (got "English")'],
    ['  - citation: Test reference', '  - citation: Test reference\n    url: www.example.org', 'must be a web address like "https://example.org/page" (got "www.example.org")'],
    ['  ice:\n', '  Ice:\n', 'unknown field "Ice" (did you mean "ice"?)'],
    ['  sex: male', '  sex: male\n  adress: 1 High Street', 'unknown field "adress"'],
  ])('%s → %s: "%s"', async (from, to, message) => {
    const problems = await problemsOf(replaceOnce(MINIMAL_CASE_YAML, from, to));
    expect(problems.map((p) => p.message)).toContain(message);
  });

  it('explains an empty file', async () => {
    expect(await problemsOf('')).toMatchObject([{ line: 1, column: 1, path: '', message: expect.stringContaining('the file is empty') }]);
  });

  it('explains a file that is a list instead of a case', async () => {
    expect(await problemsOf('- id: x\n')).toMatchObject([{ line: 1, path: '', message: 'must be a group of fields (got a list)' }]);
  });
});

describe('YAML syntax problems', () => {
  it('points an unclosed quote at where it opens', async () => {
    const { source, problem } = await onlyProblem('says: I smoke about ten a day.', 'says: "I smoke about ten a day.');
    expect(problem).toMatchObject({ path: '', message: 'a text opened with " is never closed: add the closing "', ...positionOf(source, '"I smoke') });
  });

  it('explains a colon inside unquoted text', async () => {
    const { problem } = await onlyProblem('says: I smoke about ten a day.', 'says: I told the nurse: ten a day.');
    expect(problem).toMatchObject({ line: 32, message: expect.stringContaining('put the whole text in double quotes') });
  });

  it('reports a badly indented line once, not every line after it', async () => {
    const { problem } = await onlyProblem('  sex: male', ' sex: male');
    expect(problem).toMatchObject({ line: 16, column: 2, message: expect.stringContaining('check its indentation') });
  });

  it('reports indentation mistakes in different sections separately', async () => {
    const source = replaceOnce(replaceOnce(MINIMAL_CASE_YAML, '  sex: male', ' sex: male'), '    says: I smoke', '   says: I smoke');
    expect((await problemsOf(source)).map((p) => p.line)).toEqual([16, 32]);
  });

  it('explains a tab used for indentation', async () => {
    const { problem } = await onlyProblem('  sex: male', '\tsex: male');
    expect(problem).toMatchObject({ line: 16, column: 1, message: 'a tab is used for indentation: use spaces instead' });
  });

  it('names a field written twice', async () => {
    const { problem } = await onlyProblem('  age: 42\n', '  age: 42\n  age: 43\n');
    expect(problem).toMatchObject({ line: 16, column: 3, message: 'the field "age" appears twice in the same group: keep one' });
  });

  it('explains an apostrophe that ends single-quoted text', async () => {
    const { problem } = await onlyProblem('says: I smoke about ten a day.', "says: 'I don't smoke'");
    expect(problem.message).toContain('use double quotes');
  });

  it('does not check the schema once the YAML is broken', async () => {
    const source = replaceOnce(replaceOnce(MINIMAL_CASE_YAML, 'age: 42', 'age: "sixty"'), 'says: I smoke', 'says: "I smoke');
    expect((await problemsOf(source)).map((p) => p.path)).toEqual(['']);
  });
});
