import { parse } from 'yaml';
import { Case } from '../../src/case';
import { loadBundledCases } from './bundled';
import { caseToYaml, draftId } from '../../src/authoring/source';
import { TEMPLATE_YAML } from '../../src/authoring/template';
import { CASES_CHECK_CHECKS, checkDraft } from '../../src/authoring/validate-draft';
import { validateCaseSource } from '../../src/case/validate';

describe('the new-case template', () => {
  it('passes cases:check with no errors and no warnings, as a file named after its id', async () => {
    const result = await validateCaseSource(TEMPLATE_YAML, 'new-case.yaml', { checks: CASES_CHECK_CHECKS });
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('draws no authoring lint either', async () => {
    const check = await checkDraft(TEMPLATE_YAML);
    expect(check.problems).toEqual([]);
    expect(check.valid?.case.id).toBe('new-case');
    expect(draftId(TEMPLATE_YAML)).toBe('new-case');
  });
});

describe('opening a bundled case as YAML', () => {
  it('gives back the same case for every bundled case, nothing dropped', async () => {
    const cases = await loadBundledCases();
    expect(cases.length).toBeGreaterThanOrEqual(11);
    for (const original of cases) {
      const text = caseToYaml(original);
      expect(Case.parse(parse(text))).toEqual(original);
      expect(draftId(text)).toBe(original.id);
      const check = await validateCaseSource(text, `${original.id}.yaml`);
      expect(check.problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  }, 30_000);
});
