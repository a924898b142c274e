import Dexie from 'dexie';
import { openSessionStore, requestPersistentStorage, StorageError, toStorageError } from '../../src/db';
import { fakeIndexedDb, makeSession } from './fixtures';

const quota = () => new DOMException('Quota exceeded', 'QuotaExceededError');

describe('toStorageError', () => {
  it.each([
    ['a QuotaExceededError DOMException', quota(), 'full'],
    ["Dexie's own QuotaExceededError", new Dexie.QuotaExceededError('quota'), 'full'],
    ['an AbortError whose inner is a QuotaExceededError', new Dexie.AbortError('Transaction aborted', quota()), 'full'],
    ['a DatabaseClosedError whose inner is a QuotaExceededError', new Dexie.DatabaseClosedError('closed', quota()), 'full'],
    ['an OpenFailedError whose inner is a QuotaExceededError', new Dexie.OpenFailedError('open failed', quota()), 'full'],
    ['a quota error two levels down', new Dexie.AbortError('aborted', new Dexie.AbortError('aborted', quota())), 'full'],
    ['a plain object named QuotaExceededError (some browsers)', { name: 'QuotaExceededError', message: 'full' }, 'full'],
    ['a missing indexedDB (Dexie MissingAPIError)', new Dexie.MissingAPIError('IndexedDB API missing'), 'unavailable'],
    ['a missing indexedDB global', new ReferenceError('indexedDB is not defined'), 'unavailable'],
    ['a SecurityError DOMException (storage blocked)', new DOMException('denied', 'SecurityError'), 'unavailable'],
    ['an InvalidStateError on open (old Firefox private windows)', new Dexie.OpenFailedError(new DOMException('x', 'InvalidStateError')), 'unavailable'],
    ['an OpenFailedError for an unnamed reason', new Dexie.OpenFailedError('UnknownError'), 'unavailable'],
    ['a DatabaseClosedError', new Dexie.DatabaseClosedError('Database has been closed'), 'closed'],
    ['a VersionError (the stored database is newer)', new DOMException('newer', 'VersionError'), 'closed'],
  ] as const)('recognises %s', (_, error, kind) => {
    const storageError = toStorageError(error);
    expect(storageError).toBeInstanceOf(StorageError);
    expect(storageError?.kind).toBe(kind);
    expect(storageError?.cause).toBe(error);
  });

  it.each([
    ['an AbortError with no inner reason', new Dexie.AbortError('Transaction aborted')],
    ['a ConstraintError', new Dexie.ConstraintError('Key already exists')],
    ['a TypeError', new TypeError('x is not a function')],
    ['a string', 'oops'],
    ['undefined', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(toStorageError(error)).toBeUndefined();
  });

  it('returns a StorageError unchanged', () => {
    const error = new StorageError('closed');
    expect(toStorageError(error)).toBe(error);
  });

  it('writes messages for the student', () => {
    expect(new StorageError('full').message).toMatch(/^Your browser's storage for this site is full/);
    expect(new StorageError('unavailable').message).toMatch(/^This browser does not allow saving \(private mode\?\)/);
    expect(new StorageError('closed').message).toMatch(/Reload the page/);
  });
});

describe('openSessionStore', () => {
  it('uses IndexedDB when it works', async () => {
    const { store, problem } = await openSessionStore({ name: 'anamnesis-open', dexie: fakeIndexedDb() });

    expect(problem).toBeUndefined();
    expect(store.kind).toBe('indexeddb');
    const session = await store.createSession(makeSession());
    await expect(store.getSession(session.id)).resolves.toEqual(session);
    store.close();
  });

  it('falls back to a working memory store, explained as "unavailable", when indexedDB is missing', async () => {
    expect(globalThis.indexedDB).toBeUndefined();

    const { store, problem } = await openSessionStore();

    expect(store.kind).toBe('memory');
    expect(problem?.kind).toBe('unavailable');
    expect(problem?.message).toMatch(/^This browser does not allow saving/);
    const session = await store.createSession(makeSession());
    await expect(store.getSession(session.id)).resolves.toEqual(session);
  });

  it('falls back to memory, explained as "full", when opening runs out of quota', async () => {
    const deps = fakeIndexedDb();
    const failingFactory = {
      open: () => {
        throw quota();
      },
    };

    const { store, problem } = await openSessionStore({ dexie: { ...deps, indexedDB: failingFactory } });

    expect(store.kind).toBe('memory');
    expect(problem?.kind).toBe('full');
  });
});

describe('requestPersistentStorage', () => {
  it('returns true when storage is already persistent, without asking again', async () => {
    let asked = false;
    const granted = await requestPersistentStorage({
      persisted: async () => true,
      persist: async () => {
        asked = true;
        return true;
      },
    });
    expect(granted).toBe(true);
    expect(asked).toBe(false);
  });

  it('returns what the browser answers', async () => {
    await expect(requestPersistentStorage({ persisted: async () => false, persist: async () => true })).resolves.toBe(true);
    await expect(requestPersistentStorage({ persisted: async () => false, persist: async () => false })).resolves.toBe(false);
  });

  it('returns false when the API is missing or fails, and never throws', async () => {
    await expect(requestPersistentStorage(undefined)).resolves.toBe(false);
    await expect(
      requestPersistentStorage({
        persist: async () => {
          throw new DOMException('no', 'NotAllowedError');
        },
      }),
    ).resolves.toBe(false);
  });
});
