import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { AnamnesisDatabase, type NewStoredCase, type SessionRecord, type TurnRecord } from '../../src/db';

/** Dexie options for a fresh, isolated fake IndexedDB. */
export function fakeIndexedDb() {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

const opened: AnamnesisDatabase[] = [];

export function openTestDatabase(deps = fakeIndexedDb(), name = 'anamnesis-test'): AnamnesisDatabase {
  const db = new AnamnesisDatabase(name, deps);
  opened.push(db);
  return db;
}

export function closeTestDatabases(): void {
  for (const db of opened.splice(0)) db.close();
}

export function makeSession(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: crypto.randomUUID(),
    caseId: 'postop-ileus',
    caseVersion: 3,
    caseHash: 'sha256-abc123',
    caseTitle: 'Abdominal distension after surgery',
    caseLanguage: 'en',
    studentName: 'Ada',
    status: 'active',
    startedAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    patient: { kind: 'scripted', promptVersion: 'scripted-1', promptHash: 'sha256-def456' },
    events: [],
    ...overrides,
  };
}

export function makeTurn(sessionId: string, index: number, overrides: Partial<TurnRecord> = {}): TurnRecord {
  return {
    id: `${sessionId}:${index}`,
    sessionId,
    index,
    speaker: index % 2 === 0 ? 'student' : 'patient',
    text: `turn ${index}`,
    status: 'complete',
    startedAt: 1_700_000_000_000 + index * 1000,
    endedAt: 1_700_000_000_500 + index * 1000,
    factIds: [],
    ...overrides,
  };
}

export function makeNewCase(overrides: Partial<NewStoredCase> = {}): NewStoredCase {
  return {
    id: 'minimal-case',
    version: 1,
    title: 'Cough for three weeks',
    language: 'en',
    yaml: 'id: minimal-case\ntitle: Cough for three weeks\n',
    hash: 'a'.repeat(64),
    savedAt: 1_764_000_000_000,
    source: 'import',
    ...overrides,
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
