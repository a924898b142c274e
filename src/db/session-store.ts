import type { DatabaseNoticeListener } from './database';
import type { SessionRecord, TurnRecord } from './schema';
import type { ListSessionsOptions, SessionChanges, SessionPage } from './sessions';

/**
 * What the app stores and reads, without knowing where. Both implementations validate every
 * write the same way and throw the same errors: InvalidRecordError, SessionExistsError,
 * SessionNotFoundError, and StorageError when the browser's storage fails.
 */
export interface SessionStore {
  /** `indexeddb` survives reloads; `memory` lasts until the tab closes. */
  readonly kind: 'indexeddb' | 'memory';
  createSession(record: SessionRecord): Promise<SessionRecord>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  updateSession(id: string, changes: SessionChanges): Promise<SessionRecord>;
  listSessions(options?: ListSessionsOptions): Promise<SessionPage>;
  putTurn(turn: TurnRecord): Promise<TurnRecord>;
  putTurns(turns: readonly TurnRecord[]): Promise<TurnRecord[]>;
  listTurns(sessionId: string): Promise<TurnRecord[]>;
  markInterrupted(sessionId: string): Promise<TurnRecord[]>;
  /** Connection notices (another tab upgraded the database…); the memory store has none. Returns an unsubscribe function. */
  onNotice(listener: DatabaseNoticeListener): () => void;
  close(): void;
}
