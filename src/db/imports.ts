import type { CaseSnapshot, SessionRecord, SessionSummary, TurnRecord } from './schema';
import { SessionOrigin } from './schema';
import { parseRecord } from './record-errors';
import { parseSession } from './sessions';
import { parseTurns } from './turns';

// Importing sessions from a bundle file. Nothing stored is ever replaced: the same session
// again (same id, same digest) is skipped; the same id with other content is stored as a new
// revision under a new id, with its own turn ids, so both stay side by side.

/** One session from a bundle, validated, with the digest of its content as it is in the file. */
export interface ImportEntry {
  session: SessionRecord;
  turns: TurnRecord[];
  digest: string;
}

/** One file's worth: written in one transaction, all or nothing. */
export interface ImportBatch {
  /** The file name, recorded with each imported session. */
  file: string;
  entries: ImportEntry[];
  snapshots: CaseSnapshot[];
}

export type ImportOutcome =
  | { kind: 'imported'; sourceId: string; sessionId: string }
  | { kind: 'duplicate'; sourceId: string; sessionId: string }
  | { kind: 'revision'; sourceId: string; sessionId: string; revision: number };

/** A stored session with the same source id, and the digest to compare with. */
export interface ImportCandidate {
  summary: SessionSummary;
  digest: string;
}

export interface PlannedImport {
  outcome: ImportOutcome;
  /** What to write; absent for a duplicate. */
  write?: { session: SessionRecord; turns: TurnRecord[] };
}

/**
 * What importing `entry` does, given the stored sessions that share its source id.
 * `newId` makes the ids of a revision (a uuid in the app).
 */
export function planImport(entry: ImportEntry, candidates: readonly ImportCandidate[], file: string, now: number, newId: () => string): PlannedImport {
  const sourceId = entry.session.origin?.sourceId ?? entry.session.id;
  const same = candidates.find((candidate) => candidate.digest === entry.digest);
  if (same) return { outcome: { kind: 'duplicate', sourceId, sessionId: same.summary.id } };

  const revision = candidates.length + 1;
  const sessionId = candidates.length === 0 ? entry.session.id : newId();
  const origin = parseRecord(SessionOrigin, 'session origin', { kind: 'import', sourceId, digest: entry.digest, file, importedAt: now, revision });
  const session = parseSession({ ...entry.session, id: sessionId, origin });
  const turns =
    sessionId === entry.session.id
      ? entry.turns
      : parseTurns(entry.turns.map((turn) => ({ ...turn, id: newId(), sessionId })));
  const outcome: ImportOutcome = revision === 1 ? { kind: 'imported', sourceId, sessionId } : { kind: 'revision', sourceId, sessionId, revision };
  return { outcome, write: { session, turns } };
}

/** The source id an entry is known by: the id where it was made. */
export function sourceIdOf(entry: ImportEntry): string {
  return entry.session.origin?.sourceId ?? entry.session.id;
}
