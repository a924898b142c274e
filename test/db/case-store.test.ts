import Dexie, { type DBCore, type Middleware } from 'dexie';
import {
  createDexieCaseStore,
  createMemoryCaseStore,
  InvalidRecordError,
  openSessionStore,
  StorageError,
  StoredCaseRecord,
  type AnamnesisDatabase,
  type CaseStore,
} from '../../src/db';
import { closeTestDatabases, fakeIndexedDb, makeNewCase, openTestDatabase, rejectionOf } from './fixtures';

const implementations = [
  { name: 'IndexedDB (Dexie)', create: () => createDexieCaseStore(openTestDatabase()) },
  { name: 'memory', create: () => createMemoryCaseStore() },
];

describe.each(implementations)('$name case store', ({ create }) => {
  let store: CaseStore;

  beforeEach(() => {
    store = create();
  });

  afterEach(closeTestDatabases);

  it('stores a first save as revision 1 with the key id@1, the text exactly as given', async () => {
    const yaml = '$schema: ./case.schema.json\r\nid: minimal-case   # trailing comment\r\n\r\n';
    const saved = await store.saveCase(makeNewCase({ yaml }));

    expect(saved).toEqual({ ...makeNewCase({ yaml }), key: 'minimal-case@1', revision: 1 });
    expect(StoredCaseRecord.safeParse(saved).success).toBe(true);
    await expect(store.listStoredCases()).resolves.toEqual([saved]);
    await expect(store.listCaseRevisions('minimal-case')).resolves.toEqual([saved]);
  });

  it('never overwrites: saving the same id again adds revision 2 and keeps revision 1 as it was', async () => {
    const first = await store.saveCase(makeNewCase({ title: 'First', savedAt: 1000 }));
    const second = await store.saveCase(makeNewCase({ title: 'Second', version: 2, savedAt: 2000, source: 'editor' }));

    expect([first.key, second.key]).toEqual(['minimal-case@1', 'minimal-case@2']);
    expect(second.revision).toBe(2);
    await expect(store.listCaseRevisions('minimal-case')).resolves.toEqual([first, second]);
    await expect(store.listStoredCases()).resolves.toEqual([second]);
  });

  it('saves identical content again as a new revision', async () => {
    await store.saveCase(makeNewCase());
    const again = await store.saveCase(makeNewCase());
    expect(again.revision).toBe(2);
    expect((await store.listCaseRevisions('minimal-case')).map((r) => r.revision)).toEqual([1, 2]);
  });

  it('lists the latest revision of each id, ordered by id, and numbers revisions per id', async () => {
    await store.saveCase(makeNewCase({ id: 'zeta', title: 'Z1' }));
    await store.saveCase(makeNewCase({ id: 'alpha', title: 'A1' }));
    await store.saveCase(makeNewCase({ id: 'zeta', title: 'Z2' }));
    await store.saveCase(makeNewCase({ id: 'alpha', title: 'A2' }));
    await store.saveCase(makeNewCase({ id: 'zeta', title: 'Z3' }));

    const latest = await store.listStoredCases();

    expect(latest.map((r) => [r.key, r.title])).toEqual([
      ['alpha@2', 'A2'],
      ['zeta@3', 'Z3'],
    ]);
    expect((await store.listCaseRevisions('zeta')).map((r) => r.title)).toEqual(['Z1', 'Z2', 'Z3']);
  });

  it('orders revisions numerically, not as text (revision 10 after 9)', async () => {
    for (let i = 1; i <= 11; i++) await store.saveCase(makeNewCase({ title: `T${i}` }));
    expect((await store.listCaseRevisions('minimal-case')).map((r) => r.revision)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await store.listStoredCases()).map((r) => r.key)).toEqual(['minimal-case@11']);
  });

  it('keeps ids that are prefixes of each other apart', async () => {
    await store.saveCase(makeNewCase({ id: 'chest-pain' }));
    await store.saveCase(makeNewCase({ id: 'chest-pain-smoker' }));
    await store.saveCase(makeNewCase({ id: 'chest-pain' }));

    expect((await store.listCaseRevisions('chest-pain')).map((r) => r.key)).toEqual(['chest-pain@1', 'chest-pain@2']);
    expect((await store.listStoredCases()).map((r) => r.key)).toEqual(['chest-pain@2', 'chest-pain-smoker@1']);
  });

  it('is empty before anything is saved', async () => {
    await expect(store.listStoredCases()).resolves.toEqual([]);
    await expect(store.listCaseRevisions('nothing')).resolves.toEqual([]);
  });

  it('refuses an invalid record, naming the field, and stores nothing', async () => {
    const error = await rejectionOf(store.saveCase(makeNewCase({ yaml: '', revision: 5 } as never)));

    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).fields.sort()).toEqual(['revision', 'yaml']);
    await expect(store.listStoredCases()).resolves.toEqual([]);
  });

  it('hands out copies: changing a returned record does not change the stored one', async () => {
    const saved = await store.saveCase(makeNewCase());
    const [listed] = await store.listStoredCases();
    if (listed) listed.title = 'changed';
    saved.title = 'changed too';

    expect((await store.listStoredCases())[0]?.title).toBe('Cough for three weeks');
  });
});

describe('the Dexie case store', () => {
  afterEach(closeTestDatabases);

  it('keeps revisions across a reopen', async () => {
    const deps = fakeIndexedDb();
    await createDexieCaseStore(openTestDatabase(deps, 'anamnesis-cases')).saveCase(makeNewCase());
    closeTestDatabases();

    const store = createDexieCaseStore(openTestDatabase(deps, 'anamnesis-cases'));
    const second = await store.saveCase(makeNewCase({ title: 'Reopened' }));

    expect(second.key).toBe('minimal-case@2');
    expect((await store.listCaseRevisions('minimal-case')).map((r) => r.title)).toEqual(['Cough for three weeks', 'Reopened']);
  });

  it('two saves of the same id at once get revisions 1 and 2, not one key twice', async () => {
    const store = createDexieCaseStore(openTestDatabase());
    const saved = await Promise.all([store.saveCase(makeNewCase({ title: 'A' })), store.saveCase(makeNewCase({ title: 'B' }))]);
    expect(saved.map((r) => r.revision).sort()).toEqual([1, 2]);
    expect(await store.listCaseRevisions('minimal-case')).toHaveLength(2);
  });

  it('maps a full disk to StorageError "full" and keeps the earlier revisions', async () => {
    const db = openTestDatabase();
    const disk = failWrites(db);
    const store = createDexieCaseStore(db);
    const first = await store.saveCase(makeNewCase());
    disk.fault = () => new Dexie.AbortError('Transaction aborted', new DOMException('quota', 'QuotaExceededError'));

    const error = await rejectionOf(store.saveCase(makeNewCase({ title: 'Too much' })));

    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('full');
    await expect(store.listCaseRevisions('minimal-case')).resolves.toEqual([first]);
  });

  it('maps a closed database to StorageError "closed"', async () => {
    const db = openTestDatabase();
    const store = createDexieCaseStore(db);
    await db.open();
    db.close({ disableAutoOpen: true });

    const error = await rejectionOf(store.listStoredCases());

    expect((error as StorageError).kind).toBe('closed');
  });
});

describe('openSessionStore', () => {
  afterEach(closeTestDatabases);

  it('opens the case store over the same database as the sessions', async () => {
    const deps = fakeIndexedDb();
    const opened = await openSessionStore({ name: 'anamnesis-open-cases', dexie: deps });
    await opened.cases.saveCase(makeNewCase());

    expect(opened.cases.kind).toBe('indexeddb');
    const raw = new Dexie('anamnesis-open-cases', deps);
    await raw.open();
    expect((await raw.table('cases').toArray()).map((r: { key: string }) => r.key)).toEqual(['minimal-case@1']);
    raw.close();
    opened.store.close();
  });

  it('falls back to a memory case store when IndexedDB is missing', async () => {
    const { cases, problem } = await openSessionStore();
    expect(cases.kind).toBe('memory');
    expect(problem?.kind).toBe('unavailable');
    await cases.saveCase(makeNewCase());
    expect(await cases.listStoredCases()).toHaveLength(1);
  });
});

/** Once `fault` is set, every write below Dexie's API fails with it, as on a full disk. Use before the first query. */
function failWrites(db: AnamnesisDatabase): { fault: (() => Error) | undefined } {
  const state: { fault: (() => Error) | undefined } = { fault: undefined };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'failing-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => (state.fault ? Promise.reject(state.fault()) : table.mutate(request)) };
      },
    }),
  };
  db.use(middleware);
  return state;
}
