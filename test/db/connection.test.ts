import Dexie from 'dexie';
import { createDexieStore, getSession, SCHEMA_V1, SCHEMA_V2, StorageError, type DatabaseNotice } from '../../src/db';
import { closeTestDatabases, fakeIndexedDb, makeSession, openTestDatabase } from './fixtures';

const NAME = 'anamnesis-tabs';

describe('another tab changes the database', () => {
  afterEach(closeTestDatabases);

  it('closes this connection on versionchange, tells the listeners to reload, and later calls fail as "closed"', async () => {
    const deps = fakeIndexedDb();
    const db = openTestDatabase(deps, NAME);
    const store = createDexieStore(db);
    const session = await store.createSession(makeSession());
    const notices: DatabaseNotice[] = [];
    store.onNotice((notice) => notices.push(notice));

    // A newer build of the app, opened in another tab, upgrades the database.
    const newerTab = new Dexie(NAME, deps);
    newerTab.version(1).stores(SCHEMA_V1);
    newerTab.version(2).stores(SCHEMA_V2);
    newerTab.version(3).stores({ ...SCHEMA_V2, gradings: 'id, sessionId' });
    await newerTab.open();

    expect(notices).toEqual([{ kind: 'reload-needed', reason: 'upgraded' }]);
    expect(db.notice).toEqual({ kind: 'reload-needed', reason: 'upgraded' });
    expect(db.isOpen()).toBe(false);
    const error = await getSession(db, session.id).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).kind).toBe('closed');
    expect((error as StorageError).message).toMatch(/Reload the page/);
    await expect(newerTab.table('sessions').get(session.id)).resolves.toEqual(session);
    newerTab.close();
  });

  it('reports a deletion from another tab as reload-needed', async () => {
    const deps = fakeIndexedDb();
    const db = openTestDatabase(deps, NAME);
    await db.open();
    const notices: DatabaseNotice[] = [];
    db.onNotice((notice) => notices.push(notice));

    await new Dexie(NAME, deps).delete();

    expect(notices).toEqual([{ kind: 'reload-needed', reason: 'deleted' }]);
  });

  it('stops notifying a listener after it unsubscribes', async () => {
    const deps = fakeIndexedDb();
    const db = openTestDatabase(deps, NAME);
    await db.open();
    const notices: DatabaseNotice[] = [];
    const unsubscribe = db.onNotice((notice) => notices.push(notice));
    unsubscribe();

    await new Dexie(NAME, deps).delete();

    expect(notices).toEqual([]);
  });

  it('reports "blocked" while an older connection in another tab will not close, then opens', async () => {
    const deps = fakeIndexedDb();
    // An old connection that ignores versionchange, as a hung tab would.
    const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = deps.indexedDB.open(NAME, 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = openTestDatabase(deps, NAME);
    const notices: DatabaseNotice[] = [];
    const blocked = new Promise<void>((resolve) =>
      db.onNotice((notice) => {
        notices.push(notice);
        if (notice.kind === 'blocked') resolve();
      }),
    );

    const opening = db.open();
    await blocked;
    oldTab.close();
    await opening;

    expect(notices).toEqual([{ kind: 'blocked' }]);
    expect(db.isOpen()).toBe(true);
  });
});
