import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseKey,
  checkCaseFile,
  createStoredCaseLoader,
  findCaseByKey,
  formatProblem,
  loadStoredCase,
  loadStoredCases,
  mergeCaseLibraries,
  resolveSessionCase,
  type CaseLibrary,
  type LibraryCase,
  type StoredCaseSource,
} from '../../src/case';
import { loadCaseLibrary } from '../../src/case/library';
import { MINIMAL_CASE_YAML, positionOf, replaceOnce } from '../fixtures/minimal-case';

const CHEST_PAIN_YAML = readFileSync(join(import.meta.dirname, '../../cases/chest-pain-smoker.yaml'), 'utf8');

function stored(yaml: string, overrides: Partial<StoredCaseSource> = {}): StoredCaseSource {
  const id = /^id: (.+)$/m.exec(yaml)?.[1] ?? 'unknown';
  return { id, revision: 1, yaml, savedAt: 1_764_000_000_000, ...overrides };
}

async function bundledChestPain(): Promise<CaseLibrary> {
  return loadCaseLibrary({ 'cases/chest-pain-smoker.yaml': CHEST_PAIN_YAML });
}

/** The bundled chest-pain case, edited and stored under the same id. */
const EDITED_CHEST_PAIN = replaceOnce(CHEST_PAIN_YAML, 'title: Central chest pain in a 55-year-old smoker', 'title: Chest pain (our version)');

describe('checkCaseFile', () => {
  it('accepts a valid file and keeps its text exactly, with the fields a stored record needs', async () => {
    const text = `${MINIMAL_CASE_YAML}\n# a trailing comment\n`;
    const check = await checkCaseFile('minimal-case.yaml', text);

    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.record).toEqual({
      id: 'minimal-case',
      version: 1,
      title: 'Cough for three weeks',
      language: 'en',
      yaml: text,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(check.warnings).toEqual([]);
  });

  it('rejects a file with every problem, each at its line and column', async () => {
    const broken = replaceOnce(replaceOnce(MINIMAL_CASE_YAML, 'difficulty: beginner', 'difficulty: expert'), 'age: 42', 'age: old');
    const check = await checkCaseFile('minimal-case.yaml', broken);

    expect(check.ok).toBe(false);
    if (check.ok) return;
    const lines = check.problems.map(formatProblem);
    const difficulty = positionOf(broken, 'expert');
    const age = positionOf(broken, 'old');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^minimal-case\\.yaml:${difficulty.line}:${difficulty.column}  difficulty  `));
    expect(lines[1]).toMatch(new RegExp(`^minimal-case\\.yaml:${age.line}:${age.column}  patient\\.age  `));
  });

  it('applies the same consistency checks as cases:check (the id must match the file name)', async () => {
    const check = await checkCaseFile('renamed.yaml', MINIMAL_CASE_YAML);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]).toMatchObject({ file: 'renamed.yaml', path: 'id' });
  });

  it.each([
    ['a file that is not YAML', 'notes.txt', MINIMAL_CASE_YAML, /not a case file/],
    ['an empty file', 'minimal-case.yaml', '  \n', /is empty/],
    ['a huge file', 'minimal-case.yaml', 'x'.repeat(1_000_001), /too large/],
  ])('rejects %s', async (_, name, text, message) => {
    const check = await checkCaseFile(name, text);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems[0]?.message).toMatch(message);
  });
});

describe('stored cases in the library', () => {
  it('parses a stored revision on load into a library entry marked stored', async () => {
    const entry = await loadStoredCase(stored(MINIMAL_CASE_YAML, { revision: 3, savedAt: 42 }));

    expect(entry).toMatchObject({ file: 'minimal-case.yaml', origin: 'stored', revision: 3, savedAt: 42 });
    expect('case' in entry && entry.case.title).toBe('Cough for three weeks');
    expect('case' in entry && entry.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports a stored text that no longer validates, with its file, line and origin, and keeps the others', async () => {
    const broken = replaceOnce(EDITED_CHEST_PAIN, 'difficulty: beginner', 'difficulty: expert');
    const library = await loadStoredCases([stored(broken), stored(MINIMAL_CASE_YAML)]);

    expect(library.cases.map((entry) => entry.case.id)).toEqual(['minimal-case']);
    expect(library.failures).toHaveLength(1);
    expect(library.failures[0]).toMatchObject({ file: 'chest-pain-smoker.yaml', origin: 'stored' });
    expect(library.failures[0]?.problems[0]).toMatchObject({ path: 'difficulty', line: positionOf(broken, 'difficulty: expert').line });
  });

  it('keeps a stored case with the id of a bundled one as its own entry, each with its own key', async () => {
    const bundled = await bundledChestPain();
    const merged = mergeCaseLibraries(bundled, await loadStoredCases([stored(EDITED_CHEST_PAIN, { revision: 2 })]));

    expect(merged.cases.map((entry) => [entry.case.id, entry.origin, entry.case.title])).toEqual([
      ['chest-pain-smoker', 'bundled', 'Central chest pain in a 55-year-old smoker'],
      ['chest-pain-smoker', 'stored', 'Chest pain (our version)'],
    ]);
    expect(merged.cases.map(caseKey)).toEqual(['chest-pain-smoker', 'stored:chest-pain-smoker']);
    expect(findCaseByKey(merged, 'chest-pain-smoker')?.origin).toBe('bundled');
    expect(findCaseByKey(merged, 'stored:chest-pain-smoker')?.case.title).toBe('Chest pain (our version)');
    expect(findCaseByKey(merged, 'stored:minimal-case')).toBeUndefined();
    expect(merged.cases[0]?.hash).not.toBe(merged.cases[1]?.hash);
    // The bundled library itself is not changed.
    expect(bundled.cases[0]?.origin).toBeUndefined();
  });

  it('merges failures from both sides', async () => {
    const bundled: CaseLibrary = { cases: [], failures: [{ file: 'cases/a.yaml', problems: [] }] };
    const merged = mergeCaseLibraries(bundled, await loadStoredCases([stored('id: broken\n')]));
    expect(merged.failures.map((failure) => [failure.file, failure.origin])).toEqual([
      ['cases/a.yaml', undefined],
      ['broken.yaml', 'stored'],
    ]);
  });

  it('parses each revision once, and again only when its text differs', async () => {
    const load = createStoredCaseLoader();
    const first = await load([stored(MINIMAL_CASE_YAML)]);
    const again = await load([stored(MINIMAL_CASE_YAML)]);
    expect(again.cases[0]).toBe(first.cases[0]);

    const changed = await load([stored(MINIMAL_CASE_YAML.replace('Cough for three weeks', 'Cough for a month'))]);
    expect(changed.cases[0]?.case.title).toBe('Cough for a month');
  });
});

describe('resolveSessionCase: which case a session was played with', () => {
  let merged: CaseLibrary;
  let bundledEntry: LibraryCase;
  let storedEntry: LibraryCase;

  beforeAll(async () => {
    merged = mergeCaseLibraries(await bundledChestPain(), await loadStoredCases([stored(EDITED_CHEST_PAIN, { revision: 2 })]));
    [bundledEntry, storedEntry] = merged.cases as [LibraryCase, LibraryCase];
  });

  it('finds the stored case and the bundled case by id and hash when they share the id', async () => {
    await expect(resolveSessionCase(merged, { caseId: 'chest-pain-smoker', caseHash: storedEntry.hash })).resolves.toBe(storedEntry);
    await expect(resolveSessionCase(merged, { caseId: 'chest-pain-smoker', caseHash: bundledEntry.hash })).resolves.toBe(bundledEntry);
  });

  it('finds an earlier stored revision by its hash when a newer one is listed', async () => {
    const revision1 = replaceOnce(CHEST_PAIN_YAML, 'title: Central chest pain in a 55-year-old smoker', 'title: Chest pain, first draft');
    const older = await loadStoredCase(stored(revision1, { revision: 1 }));
    if (!('case' in older)) throw new Error('revision 1 should load');
    const asked: string[] = [];

    const found = await resolveSessionCase(merged, { caseId: 'chest-pain-smoker', caseHash: older.hash }, async (id, hash) => {
      asked.push(id);
      return hash === older.hash ? older : undefined;
    });

    expect(found?.case.title).toBe('Chest pain, first draft');
    expect(asked).toEqual(['chest-pain-smoker']);
  });

  it('falls back to the bundled case of that id when no hash matches (the case file changed since)', async () => {
    const found = await resolveSessionCase(merged, { caseId: 'chest-pain-smoker', caseHash: 'old-hash' }, async () => undefined);
    expect(found).toBe(bundledEntry);
  });

  it('falls back to the stored case when there is no bundled case of that id', async () => {
    const onlyStored = await loadStoredCases([stored(MINIMAL_CASE_YAML)]);
    const found = await resolveSessionCase(onlyStored, { caseId: 'minimal-case', caseHash: 'old-hash' });
    expect(found?.origin).toBe('stored');
  });

  it('finds nothing for an id that is in neither', async () => {
    await expect(resolveSessionCase(merged, { caseId: 'gone', caseHash: 'x' })).resolves.toBeUndefined();
  });
});
