import type { AnamnesisDatabase } from './database';
import { parseRecord } from './record-errors';
import { CaseSnapshot } from './schema';
import { guardStorage } from './storage-errors';

// The case a session was played with, by hash. A hash names one content, so a snapshot that
// is already stored is left as it is.

export function parseSnapshot(value: unknown): CaseSnapshot {
  return parseRecord(CaseSnapshot, 'case snapshot', value);
}

export async function putCaseSnapshot(db: AnamnesisDatabase, snapshot: CaseSnapshot): Promise<void> {
  const valid = parseSnapshot(snapshot);
  await guardStorage(() =>
    db.transaction('rw', db.snapshots, async () => {
      if (!(await db.snapshots.get(valid.hash))) await db.snapshots.add(valid);
    }),
  );
}

export async function getCaseSnapshot(db: AnamnesisDatabase, hash: string): Promise<CaseSnapshot | undefined> {
  return guardStorage(() => db.snapshots.get(hash));
}
