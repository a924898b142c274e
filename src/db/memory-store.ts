import { SessionExistsError, SessionNotFoundError } from './record-errors';
import type { SessionRecord, TurnRecord } from './schema';
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

    onNotice: () => () => {},
    close: () => {},
  };
}
