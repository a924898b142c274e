import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validateCaseSource } from '../../src/case';

const casesDir = join(import.meta.dirname, '../../cases');
const caseFiles = readdirSync(casesDir).filter((name) => /\.ya?ml$/.test(name)).sort();

describe('the case files in cases/', () => {
  it('exist', () => {
    expect(caseFiles.length, 'cases/ holds no *.yaml case file').toBeGreaterThanOrEqual(1);
  });

  it.each(caseFiles)('%s has no errors', async (name) => {
    const result = await validateCaseSource(readFileSync(join(casesDir, name), 'utf8'), `cases/${name}`);
    const errors = result.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });
});
