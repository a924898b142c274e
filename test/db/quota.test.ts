import Dexie, { type DBCore, type Middleware } from 'dexie';
import {
  createSession,
  getSession,
  listTurns,
  markInterrupted,
  putTurn,
  putTurns,
  sessionDigest,
  StorageError,
  updateSession,
  type AnamnesisDatabase,
} from '../../src/db';
import { importSessions } from '../../src/db/import-sessions';
import { closeTestDatabases, makeSession, makeTurn, openTestDatabase } from './fixtures';

const FULL_MESSAGE = /^Your browser's storage for this site is full/;

/**
 * Simulates a full disk below Dexie's API: while `fault` returns an error, every write request
 * fails with it (`after: true` lets the write happen first, then fails the transaction).
 * Reads are untouched, as they are in a browser that has run out of quota.
 */
function simulateFullStorage(db: AnamnesisDatabase, options: { after?: boolean } = {}) {
  const state: { fault: (() => Error) | undefined } = { fault: undefined };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'simulated-full-storage',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            const fault = state.fault;
            if (!fault) return table.mutate(request);
            if (!options.after) return Promise.reject(fault());
            return table.mutate(request).then(() => Promise.reject(fault()));
          },
        };
      },
    }),
  };
  db.use(middleware);
  return state;
}

const quotaDomException = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const abortWithQuotaInside = () => new Dexie.AbortError('Transaction aborted', quotaDomException());

async function storageErrorOf(promise: Promise<unknown>): Promise<StorageError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof StorageError)) throw new Error(`expected a StorageError, got ${String(error)}`);
  return error;
}

describe.each([
  { name: 'a QuotaExceededError DOMException', makeError: quotaDomException },
  { name: 'a Dexie AbortError whose inner is a QuotaExceededError', makeError: abortWithQuotaInside },
])('when storage is full ($name)', ({ makeError }) => {
  let db: AnamnesisDatabase;
  let storage: { fault: (() => Error) | undefined };
  const session = makeSession();
  const earlierTurns = [makeTurn(session.id, 0), makeTurn(session.id, 1, { status: 'streaming', endedAt: undefined })];

  beforeEach(async () => {
    db = openTestDatabase();
    storage = simulateFullStorage(db);
    await createSession(db, session);
    await putTurns(db, earlierTurns);
    storage.fault = makeError;
  });

  afterEach(closeTestDatabases);

  it('putTurn fails as "full" with the plain message, and earlier turns are intact', async () => {
    const error = await storageErrorOf(putTurn(db, makeTurn(session.id, 2)));

    expect(error.kind).toBe('full');
    expect(error.message).toMatch(FULL_MESSAGE);
    await expect(listTurns(db, session.id)).resolves.toEqual(earlierTurns);
  });

  it('putTurns fails as "full" and writes none of the batch', async () => {
    const batch = [2, 3, 4].map((index) => makeTurn(session.id, index));

    const error = await storageErrorOf(putTurns(db, batch));

    expect(error.kind).toBe('full');
    await expect(listTurns(db, session.id)).resolves.toEqual(earlierTurns);
  });

  it('createSession and updateSession fail as "full", and the stored session is intact', async () => {
    expect((await storageErrorOf(createSession(db, makeSession()))).kind).toBe('full');
    expect((await storageErrorOf(updateSession(db, session.id, { status: 'ended' }))).kind).toBe('full');

    await expect(getSession(db, session.id)).resolves.toEqual(session);
  });

  it('markInterrupted fails as "full" and leaves the turn streaming', async () => {
    expect((await storageErrorOf(markInterrupted(db, session.id))).kind).toBe('full');

    expect((await listTurns(db, session.id)).map((t) => t.status)).toEqual(['complete', 'streaming']);
  });

  it('keeps the original error as the cause', async () => {
    const error = await storageErrorOf(putTurn(db, makeTurn(session.id, 2)));
    expect(error.cause).toBeInstanceOf(Error);
  });
});

describe('putTurns in one transaction', () => {
  afterEach(closeTestDatabases);

  it('rolls back a batch whose write reached the store before the transaction failed', async () => {
    const db = openTestDatabase();
    const storage = simulateFullStorage(db, { after: true });
    const sessionId = crypto.randomUUID();
    await putTurn(db, makeTurn(sessionId, 0));
    storage.fault = quotaDomException;

    const error = await storageErrorOf(putTurns(db, [1, 2, 3, 4, 5].map((index) => makeTurn(sessionId, index))));

    expect(error.kind).toBe('full');
    expect((await listTurns(db, sessionId)).map((t) => t.index)).toEqual([0]);
  });
});

describe('importing sessions when storage fills up mid-file', () => {
  afterEach(closeTestDatabases);

  it('fails as "full" and stores nothing from the file: no session, turn or summary', async () => {
    const db = openTestDatabase();
    const storage = simulateFullStorage(db, { after: true });
    const local = makeSession({ studentName: 'Local' });
    await createSession(db, local);
    const entries = [makeSession(), makeSession()].map((session) => {
      const turns = [0, 1].map((index) => makeTurn(session.id, index));
      return { session, turns, digest: sessionDigest(session, turns) };
    });
    storage.fault = quotaDomException;

    const error = await storageErrorOf(importSessions(db, { file: 'cohort.anamnesis.json', entries, snapshots: [] }));

    expect(error.kind).toBe('full');
    expect(error.message).toMatch(FULL_MESSAGE);
    await expect(db.sessions.toArray()).resolves.toEqual([local]);
    await expect(db.turns.count()).resolves.toBe(0);
    expect((await db.summaries.toArray()).map((row) => row.id)).toEqual([local.id]);
  });
});
