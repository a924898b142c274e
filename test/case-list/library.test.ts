import { loadCaseLibrary } from '../../src/case/library';
import { BROKEN_FILE, BROKEN_LINE, realCaseSources, validSources, withBrokenSource } from './sources';

describe('loadCaseLibrary', () => {
  it('loads all 11 bundled case files', async () => {
    const sources = realCaseSources();
    const library = await loadCaseLibrary(sources);
    expect(library.failures.map((failure) => failure.problems)).toEqual([]);
    expect(Object.keys(sources)).toHaveLength(11);
    expect(library.cases).toHaveLength(11);
    for (const entry of library.cases) {
      expect(entry.file).toBe(`cases/${entry.case.id}.yaml`);
      expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('leaves out an invalid case, keeps the others and reports the file and line', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const library = await loadCaseLibrary(withBrokenSource());
    const warnings = warn.mock.calls.map(([message]) => String(message));
    warn.mockRestore();

    expect(library.cases.map((entry) => entry.case.id).sort()).toEqual(['bauchschmerzen-test', 'chest-pain-test', 'minimal-case']);
    expect(library.failures).toHaveLength(1);
    const [failure] = library.failures;
    expect(failure?.file).toBe(BROKEN_FILE);
    expect(failure?.problems[0]).toMatchObject({ file: BROKEN_FILE, line: BROKEN_LINE, path: 'difficulty', severity: 'error' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`${BROKEN_FILE}:${BROKEN_LINE}:`);
  });

  it('reports a case that breaks a consistency check (id not matching the file name)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sources = validSources();
    const library = await loadCaseLibrary({ '/cases/renamed.yaml': sources['/cases/minimal-case.yaml'] ?? '' });
    warn.mockRestore();

    expect(library.cases).toEqual([]);
    expect(library.failures[0]?.problems[0]).toMatchObject({ file: 'cases/renamed.yaml', path: 'id' });
  });

  it('loads nothing from no sources', async () => {
    expect(await loadCaseLibrary({})).toEqual({ cases: [], failures: [] });
  });
});
