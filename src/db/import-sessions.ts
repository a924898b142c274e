import type { AnamnesisDatabase } from './database';
import { sessionDigest } from './digest';
import { planImport, type ImportBatch, type ImportCandidate, type ImportOutcome } from './imports';
import { sourceIdOf } from './imports';
import { guardStorage } from './storage-errors';
import { summarize } from './summarize';
import { listTurns } from './turns';

/**
 * Imports one file's sessions in one transaction: every session, turn, summary and case
 * snapshot is written, or none is. `add`, never `put`: a key that already exists fails the
 * whole file rather than replacing anything.
 */
export async function importSessions(db: AnamnesisDatabase, batch: ImportBatch, newId: () => string = () => crypto.randomUUID()): Promise<ImportOutcome[]> {
  const now = Date.now();
  return guardStorage(() =>
    db.transaction('rw', [db.sessions, db.turns, db.summaries, db.snapshots], async () => {
      const outcomes: ImportOutcome[] = [];
      for (const entry of batch.entries) {
        const planned = planImport(entry, await candidatesOf(db, sourceIdOf(entry)), batch.file, now, newId);
        outcomes.push(planned.outcome);
        if (!planned.write) continue;
        await db.sessions.add(planned.write.session);
        await db.turns.bulkAdd(planned.write.turns);
        await db.summaries.add(summarize(planned.write.session));
      }
      const snapshots = [...new Map(batch.snapshots.map((snapshot) => [snapshot.hash, snapshot])).values()];
      const known = new Set((await db.snapshots.bulkGet(snapshots.map((s) => s.hash))).map((s) => s?.hash));
      await db.snapshots.bulkAdd(snapshots.filter((snapshot) => !known.has(snapshot.hash)));
      return outcomes;
    }),
  );
}

async function candidatesOf(db: AnamnesisDatabase, sourceId: string): Promise<ImportCandidate[]> {
  const summaries = await db.summaries.where('sourceId').equals(sourceId).toArray();
  return Promise.all(
    summaries.map(async (summary) => {
      if (summary.importDigest) return { summary, digest: summary.importDigest };
      // A session made in this browser: its digest is of what it holds now.
      const session = await db.sessions.get(summary.id);
      const digest = session ? sessionDigest(session, await listTurns(db, summary.id)) : '';
      return { summary, digest };
    }),
  );
}
