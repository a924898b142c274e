import type { AnamnesisDatabase } from './database';
import { sessionDigest } from './digest';
import { planImport, sourceIdOf, type ImportBatch, type ImportCandidate, type ImportOutcome } from './imports';
import type { SessionRecord, SessionSummary, TurnRecord } from './schema';
import { guardStorage } from './storage-errors';
import { summarize } from './summarize';

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
      // Only non-empty writes: Chromium commits the transaction as soon as no request is pending,
      // and Dexie settles an empty bulk call without one, so a read after it would find it closed.
      if (sessions.length > 0) {
        await db.sessions.bulkAdd(sessions);
        await db.turns.bulkAdd(turns);
        await db.summaries.bulkAdd(summaries);
      }
      const snapshots = [...new Map(batch.snapshots.map((snapshot) => [snapshot.hash, snapshot])).values()];
      const stored = new Set((await db.snapshots.bulkGet(snapshots.map((s) => s.hash))).map((s) => s?.hash));
      const fresh = snapshots.filter((snapshot) => !stored.has(snapshot.hash));
      if (fresh.length > 0) await db.snapshots.bulkAdd(fresh);
      return outcomes;
    }),
  );
}

/**
 * The stored sessions sharing each source id, with their digests. Only Dexie calls are awaited:
 * Dexie keeps a transaction across a limited number of other awaits, and there may be thousands.
 */
async function candidatesBySource(db: AnamnesisDatabase, sourceIds: string[]): Promise<Map<string, ImportCandidate[]>> {
  const bySource = new Map<string, ImportCandidate[]>();
  if (sourceIds.length === 0) return bySource;
  const rows = await db.summaries.where('sourceId').anyOf(sourceIds).toArray();
  // An imported session is known by the digest it arrived with; one made here, by what it holds now.
  const local = rows.filter((row) => !row.importDigest).map((row) => row.id);
  const sessions = local.length ? await db.sessions.bulkGet(local) : [];
  const turns = local.length ? await db.turns.where('sessionId').anyOf(local).toArray() : [];
  const turnsOf = new Map<string, TurnRecord[]>();
  for (const turn of turns) turnsOf.set(turn.sessionId, [...(turnsOf.get(turn.sessionId) ?? []), turn]);
  const localDigests = new Map(sessions.flatMap((session) => (session ? [[session.id, sessionDigest(session, turnsOf.get(session.id) ?? [])] as const] : [])));
  for (const row of rows) {
    const digest = row.importDigest ?? localDigests.get(row.id) ?? '';
    bySource.set(row.sourceId, [...(bySource.get(row.sourceId) ?? []), { summary: row, digest }]);
  }
  return bySource;
}
