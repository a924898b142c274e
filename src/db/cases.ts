import Dexie from 'dexie';
import type { AnamnesisDatabase } from './database';
import { parseRecord } from './record-errors';
import { NewStoredCase, StoredCaseRecord, storedCaseKey } from './schema';
import { guardStorage } from './storage-errors';

// Case files stored in this browser. Every save adds a revision; nothing is ever overwritten,
// so a session can always find the exact text it was played with.

export function parseNewStoredCase(value: unknown): NewStoredCase {
  return parseRecord(NewStoredCase, 'stored case', value);
}

/** The record for the revision after `latest` (1 when there is none), validated. */
export function nextRevision(record: NewStoredCase, latest: number | undefined): StoredCaseRecord {
  const revision = (latest ?? 0) + 1;
  return parseRecord(StoredCaseRecord, 'stored case', { ...record, key: storedCaseKey(record.id, revision), revision });
}

/** Newest revision last within an id; ids in code-unit order, as IndexedDB sorts them. */
export function compareRevisions(a: StoredCaseRecord, b: StoredCaseRecord): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : a.revision - b.revision;
}

function revisionsOf(db: AnamnesisDatabase, id: string) {
  return db.cases.where('[id+revision]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true);
}

/** Stores the case as the next revision of its id, in one transaction, and returns the stored record. */
export async function saveCase(db: AnamnesisDatabase, record: NewStoredCase): Promise<StoredCaseRecord> {
  const valid = parseNewStoredCase(record);
  return guardStorage(() =>
    db.transaction('rw', db.cases, async () => {
      const latest = await revisionsOf(db, valid.id).last();
      const stored = nextRevision(valid, latest?.revision);
      // add, not put: a key that exists fails rather than replacing a revision.
      await db.cases.add(stored);
      return stored;
    }),
  );
}

/** The latest revision of every stored case, ordered by id. */
export async function listStoredCases(db: AnamnesisDatabase): Promise<StoredCaseRecord[]> {
  return guardStorage(() =>
    db.transaction('r', db.cases, async () => {
      const ids = await db.cases.orderBy('id').uniqueKeys();
      const latest = await Promise.all(ids.map((id) => revisionsOf(db, String(id)).last()));
      return latest.filter((record) => record !== undefined);
    }),
  );
}

/** Every revision of one case, oldest first; empty when the id is not stored. */
export async function listCaseRevisions(db: AnamnesisDatabase, id: string): Promise<StoredCaseRecord[]> {
  return guardStorage(() => revisionsOf(db, id).toArray());
}
