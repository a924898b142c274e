import { checkCaseFile } from '../../src/case';
import { importCaseFiles, type ImportDeps, type PickedFile } from '../../src/case-list/import-cases';
import { createMemoryCaseStore, StorageError } from '../../src/db';
import { MINIMAL_CASE_YAML, replaceOnce } from '../fixtures/minimal-case';

const file = (name: string, text: string): PickedFile => ({ name, text: async () => text });

function withStore(store = createMemoryCaseStore()): ImportDeps {
  return { check: checkCaseFile, save: (record) => store.saveCase({ ...record, savedAt: 1, source: 'import' }) };
}

describe('importCaseFiles', () => {
  it('reports each file in the order picked: saved with its revision, or rejected with every problem line', async () => {
    const store = createMemoryCaseStore();
    const broken = replaceOnce(MINIMAL_CASE_YAML, 'difficulty: beginner', 'difficulty: expert');

    const outcomes = await importCaseFiles(
      [file('minimal-case.yaml', MINIMAL_CASE_YAML), file('other.yaml', broken), file('minimal-case.yaml', MINIMAL_CASE_YAML)],
      withStore(store),
    );

    expect(outcomes).toEqual([
      { file: 'minimal-case.yaml', status: 'saved', title: 'Cough for three weeks', revision: 1, warnings: [] },
      {
        file: 'other.yaml',
        status: 'rejected',
        // As with cases:check, the consistency checks (the id against the file name) wait for the schema to pass.
        problems: ['other.yaml:6:13  difficulty  must be one of beginner, intermediate, advanced (got "expert")'],
      },
      { file: 'minimal-case.yaml', status: 'saved', title: 'Cough for three weeks', revision: 2, warnings: [] },
    ]);
    expect((await store.listCaseRevisions('minimal-case')).map((r) => r.yaml)).toEqual([MINIMAL_CASE_YAML, MINIMAL_CASE_YAML]);
  });

  it('names a consistency problem once the schema passes', async () => {
    const [outcome] = await importCaseFiles([file('other.yaml', MINIMAL_CASE_YAML)], withStore());
    expect(outcome).toEqual({ file: 'other.yaml', status: 'rejected', problems: [expect.stringMatching(/^other\.yaml:2:5 {2}id {2}must match the file name/)] });
  });

  it('passes warnings on with a saved file', async () => {
    const withoutSchema = MINIMAL_CASE_YAML.replace('$schema: ./case.schema.json\n', '');
    const [outcome] = await importCaseFiles([file('minimal-case.yaml', withoutSchema)], withStore());
    expect(outcome).toMatchObject({ status: 'saved', warnings: [expect.stringMatching(/^minimal-case\.yaml:1:1 {2}\$schema {2}warning: is missing/)] });
  });

  it('says plainly when storage is full, and goes on with the next file', async () => {
    const store = createMemoryCaseStore();
    let calls = 0;
    const deps: ImportDeps = {
      check: checkCaseFile,
      save: (record) => (++calls === 1 ? Promise.reject(new StorageError('full')) : store.saveCase({ ...record, savedAt: 1, source: 'import' })),
    };

    const outcomes = await importCaseFiles([file('minimal-case.yaml', MINIMAL_CASE_YAML), file('minimal-case.yaml', MINIMAL_CASE_YAML)], deps);

    expect(outcomes[0]).toEqual({ file: 'minimal-case.yaml', status: 'failed', message: expect.stringMatching(/^Your browser's storage for this site is full/) });
    expect(outcomes[1]).toMatchObject({ status: 'saved', revision: 1 });
  });

  it('reports a file that cannot be read', async () => {
    const unreadable: PickedFile = { name: 'gone.yaml', text: () => Promise.reject(new DOMException('gone', 'NotFoundError')) };
    const [outcome] = await importCaseFiles([unreadable], withStore());
    expect(outcome).toEqual({ file: 'gone.yaml', status: 'failed', message: 'could not be read (gone)' });
  });
});
