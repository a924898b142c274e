import type { AnamnesisDatabase } from './database';
import { sessionDigest } from './digest';
import { planImport, sourceIdOf, type ImportBatch, type ImportCandidate, type ImportOutcome } from './imports';
import type { SessionRecord, SessionSummary, TurnRecord } from './schema';
import { guardStorage } from './storage-errors';
import { summarize } from './summarize';
import { listTurns } from './turns';

/**
 * Imports one file's sessions in one transaction: every session, turn, summary and case
 * snapshot is written, or none is. Stored sessions sharing a source id are read in one query,
 * the writes go in bulk, and with `bulkAdd`, never `put`: a key that already exists fails the
 * whole file rather than replacing anything.
 */
export async function importSessions(db: AnamnesisDatabase, batch: ImportBatch, newId: () => string = () => crypto.randomUUID()): Promise<ImportOutcome[]> {
  const now = Date.now();
  return guardStorage(() =>
    db.transaction('rw', [db.sessions, db.turns, db.summaries, db.snapshots], async () => {
      const candidates = await candidatesBySource(db, [...new Set(batch.entries.map(sourceIdOf))]);
      const sessions: SessionRecord[] = [];
      const turns: TurnRecord[] = [];
      const summaries: SessionSummary[] = [];
      const outcomes = batch.entries.map((entry) => {
        const sourceId = sourceIdOf(entry);
        const known = candidates.get(sourceId) ?? [];
        const planned = planImport(entry, known, batch.file, now, newId);
        if (planned.write) {
          const summary = summarize(planned.write.session);
          sessions.push(planned.write.session);
          turns.push(...planned.write.turns);
          summaries.push(summary);
          // A later entry of this file with the same source id compares with this one too.
          candidates.set(sourceId, [...known, { summary, digest: entry.digest }]);
        }
        return planned.outcome;
      });
      await db.sessions.bulkAdd(sessions);
      await db.turns.bulkAdd(turns);
      await db.summaries.bulkAdd(summaries);
      const snapshots = [...new Map(batch.snapshots.map((snapshot) => [snapshot.hash, snapshot])).values()];
      const stored = new Set((await db.snapshots.bulkGet(snapshots.map((s) => s.hash))).map((s) => s?.hash));
      await db.snapshots.bulkAdd(snapshots.filter((snapshot) => !stored.has(snapshot.hash)));
      return outcomes;
    }),
  );
}

async function candidatesBySource(db: AnamnesisDatabase, sourceIds: string[]): Promise<Map<string, ImportCandidate[]>> {
  const bySource = new Map<string, ImportCandidate[]>();
  for (const summary of await db.summaries.where('sourceId').anyOf(sourceIds).toArray()) {
    bySource.set(summary.sourceId, [...(bySource.get(summary.sourceId) ?? []), { summary, digest: await digestOf(db, summary) }]);
  }
  return bySource;
}

/** An imported session is known by the digest it arrived with; one made here, by what it holds now. */
async function digestOf(db: AnamnesisDatabase, summary: SessionSummary): Promise<string> {
  if (summary.importDigest) return summary.importDigest;
  const session = await db.sessions.get(summary.id);
  return session ? sessionDigest(session, await listTurns(db, summary.id)) : '';
}
