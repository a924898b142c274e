import type { DexieOptions } from 'dexie';
import type { CaseStore } from './case-store';
import { listCaseRevisions, listStoredCases, saveCase } from './cases';
import { AnamnesisDatabase } from './database';
import { createMemoryCaseStore } from './memory-case-store';
import { createMemoryStore } from './memory-store';
import type { SessionStore } from './session-store';
import { importSessions } from './import-sessions';
import { createSession, getSession, listSessions, listSessionsOfCase, updateSession } from './sessions';
import { getCaseSnapshot, putCaseSnapshot } from './snapshots';
import { querySummaries, summaryFacets } from './summary-query';
import { StorageError, toStorageError } from './storage-errors';
import { listTurns, markInterrupted, putTurn, putTurns } from './turns';

/** The SessionStore over an AnamnesisDatabase. */
export function createDexieStore(db: AnamnesisDatabase): SessionStore {
  return {
    kind: 'indexeddb',
    createSession: (record) => createSession(db, record),
    getSession: (id) => getSession(db, id),
    updateSession: (id, changes) => updateSession(db, id, changes),
    listSessions: (options) => listSessions(db, options),
    putTurn: (turn) => putTurn(db, turn),
    putTurns: (turns) => putTurns(db, turns),
    listTurns: (sessionId) => listTurns(db, sessionId),
    markInterrupted: (sessionId) => markInterrupted(db, sessionId),
    putCaseSnapshot: (snapshot) => putCaseSnapshot(db, snapshot),
    getCaseSnapshot: (hash) => getCaseSnapshot(db, hash),
    importSessions: (batch) => importSessions(db, batch),
    querySummaries: (query) => querySummaries(db, query),
    summaryFacets: () => summaryFacets(db),
    listSessionsOfCase: (caseId) => listSessionsOfCase(db, caseId),
    onNotice: (listener) => db.onNotice(listener),
    close: () => db.close(),
  };
}

/** The CaseStore over an AnamnesisDatabase. */
export function createDexieCaseStore(db: AnamnesisDatabase): CaseStore {
  return {
    kind: 'indexeddb',
    saveCase: (record) => saveCase(db, record),
    listStoredCases: () => listStoredCases(db),
    listCaseRevisions: (id) => listCaseRevisions(db, id),
  };
}

export interface OpenSessionStoreOptions {
  /** Database name; `anamnesis` when not given. */
  name?: string;
  /** `{ indexedDB, IDBKeyRange }` in tests. */
  dexie?: DexieOptions;
}

export interface OpenedSessionStore {
  store: SessionStore;
  /** The stored case files, over the same connection (or in memory, beside `store`). */
  cases: CaseStore;
  /** Why the stores are in memory; undefined when IndexedDB works. */
  problem: StorageError | undefined;
}

/** The session and case stores: IndexedDB when it opens and accepts a read-write transaction, otherwise memory plus the reason. */
export async function openSessionStore(options: OpenSessionStoreOptions = {}): Promise<OpenedSessionStore> {
  // Constructing touches no storage; opening is what fails when IndexedDB is missing or full.
  const db = new AnamnesisDatabase(options.name, options.dexie);
  try {
    await db.open();
    // A read-write transaction proves storage is writable; a read by one key keeps it cheap at any size (count() walks them all).
    await db.transaction('rw', db.sessions, () => db.sessions.get(''));
    return { store: createDexieStore(db), cases: createDexieCaseStore(db), problem: undefined };
  } catch (error) {
    db.close();
    return { store: createMemoryStore(), cases: createMemoryCaseStore(), problem: toStorageError(error) ?? new StorageError('unavailable', { cause: error }) };
  }
}
