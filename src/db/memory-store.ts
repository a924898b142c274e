import { SessionExistsError, SessionNotFoundError } from './record-errors';
import { sessionDigest } from './digest';
import { planImport, sourceIdOf, type ImportCandidate } from './imports';
import type { CaseSnapshot, SessionRecord, TurnRecord } from './schema';
import { parseSnapshot } from './snapshots';
import { querySummaryRows, summaryFacetsOfRows } from './summary-query';
import { summarize } from './summarize';
import type { SessionStore } from './session-store';
import { applySessionChanges, pageSize, parseSession, toPage, type SessionCursor } from './sessions';
import { asInterrupted, parseTurn, parseTurns } from './turns';

// Same order as the IndexedDB indexes: [updatedAt+id] descending, [sessionId+index] ascending
// (ties broken by the primary key). IndexedDB and `<` both compare strings by UTF-16 code units.
function compareKeys(a: readonly [number, string], b: readonly [number, string]): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
}

const sessionKey = (session: SessionCursor) => [session.updatedAt, session.id] as const;
const turnKey = (turn: TurnRecord) => [turn.index, turn.id] as const;

/**
 * A SessionStore that keeps everything in this tab. The app falls back to it when IndexedDB is
 * unavailable or full, so the current session keeps working. Records are copied in and out,
 * as IndexedDB does, so callers cannot change stored data by mutating what they hold.
 */
export function createMemoryStore(): SessionStore {
  const sessions = new Map<string, SessionRecord>();
  const turns = new Map<string, TurnRecord>();
  const snapshots = new Map<string, CaseSnapshot>();
  const summaries = () => [...sessions.values()].map(summarize);
  const localDigest = (id: string) => {
    const session = sessions.get(id);
    return session ? sessionDigest(session, turnsOf(id)) : '';
  };

  const turnsOf = (sessionId: string) =>
    [...turns.values()].filter((turn) => turn.sessionId === sessionId).sort((a, b) => compareKeys(turnKey(a), turnKey(b)));

  return {
    kind: 'memory',

    async createSession(record) {
      const session = parseSession(record);
      if (sessions.has(session.id)) throw new SessionExistsError(session.id);
      sessions.set(session.id, structuredClone(session));
      return session;
    },

    async getSession(id) {
      const session = sessions.get(id);
      return session && structuredClone(session);
    },

    async updateSession(id, changes) {
      const current = sessions.get(id);
      if (!current) throw new SessionNotFoundError(id);
      const next = applySessionChanges(current, changes);
      sessions.set(id, structuredClone(next));
      return next;
    },

    async listSessions(options = {}) {
      const size = pageSize(options.limit);
      const { before } = options;
      const rows = [...sessions.values()]
        .filter((session) => !before || compareKeys(sessionKey(session), sessionKey(before)) < 0)
        .sort((a, b) => compareKeys(sessionKey(b), sessionKey(a)))
        .slice(0, size + 1);
      return toPage(structuredClone(rows), size);
    },

    async putTurn(turn) {
      const valid = parseTurn(turn);
      turns.set(valid.id, structuredClone(valid));
      return valid;
    },

    async putTurns(batch) {
      const valid = parseTurns(batch);
      for (const turn of valid) turns.set(turn.id, structuredClone(turn));
      return valid;
    },

    async listTurns(sessionId) {
      return structuredClone(turnsOf(sessionId));
    },

    async markInterrupted(sessionId) {
      const interrupted = turnsOf(sessionId)
        .filter((turn) => turn.status === 'streaming')
        .map(asInterrupted);
      for (const turn of interrupted) turns.set(turn.id, structuredClone(turn));
      return interrupted;
    },

    async putCaseSnapshot(snapshot) {
      const valid = parseSnapshot(snapshot);
      if (!snapshots.has(valid.hash)) snapshots.set(valid.hash, structuredClone(valid));
    },

    async getCaseSnapshot(hash) {
      const snapshot = snapshots.get(hash);
      return snapshot && structuredClone(snapshot);
    },

    async importSessions(batch) {
      // Planned in full before anything is written, so a failure leaves the maps as they were.
      const planned = new Map<string, SessionRecord>();
      const plannedTurns: TurnRecord[] = [];
      const now = Date.now();
      // The stored sessions by source id, read once; each planned session joins them for the entries after it.
      const candidates = new Map<string, ImportCandidate[]>();
      const sourceIds = new Set(batch.entries.map(sourceIdOf));
      for (const summary of summaries().filter((row) => sourceIds.has(row.sourceId))) {
        const digest = summary.importDigest ?? localDigest(summary.id);
        candidates.set(summary.sourceId, [...(candidates.get(summary.sourceId) ?? []), { summary, digest }]);
      }
      const outcomes = batch.entries.map((entry) => {
        const sourceId = sourceIdOf(entry);
        const known = candidates.get(sourceId) ?? [];
        const plan = planImport(entry, known, batch.file, now, () => crypto.randomUUID());
        if (plan.write) {
          if (sessions.has(plan.write.session.id) || planned.has(plan.write.session.id)) throw new SessionExistsError(plan.write.session.id);
          planned.set(plan.write.session.id, plan.write.session);
          plannedTurns.push(...plan.write.turns);
          candidates.set(sourceId, [...known, { summary: summarize(plan.write.session), digest: entry.digest }]);
        }
        return plan.outcome;
      });
      for (const turn of plannedTurns) if (turns.has(turn.id)) throw new SessionExistsError(turn.sessionId);
      for (const [id, session] of planned) sessions.set(id, structuredClone(session));
      for (const turn of plannedTurns) turns.set(turn.id, structuredClone(turn));
      for (const snapshot of batch.snapshots) if (!snapshots.has(snapshot.hash)) snapshots.set(snapshot.hash, structuredClone(snapshot));
      return outcomes;
    },

    async querySummaries(query) {
      return structuredClone(querySummaryRows(summaries(), query));
    },

    async summaryFacets() {
      return summaryFacetsOfRows(summaries());
    },

    async listSessionsOfCase(caseId) {
      return structuredClone([...sessions.values()].filter((session) => session.caseId === caseId));
    },

    onNotice: () => () => {},
    close: () => {},
  };
}
