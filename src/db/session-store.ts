import type { DatabaseNoticeListener } from './database';
import type { ImportBatch, ImportOutcome } from './imports';
import type { CaseSnapshot, SessionRecord, TurnRecord } from './schema';
import type { SummaryFacets, SummaryPage, SummaryQuery } from './summary-query';
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
  /** Keeps the case a session is played with (by hash; an existing one is left as it is). */
  putCaseSnapshot(snapshot: CaseSnapshot): Promise<void>;
  getCaseSnapshot(hash: string): Promise<CaseSnapshot | undefined>;
  /** Writes one bundle file's sessions, all or nothing; never replaces a stored session. */
  importSessions(batch: ImportBatch): Promise<ImportOutcome[]>;
  /** A page of the dashboard: session summaries sorted, filtered and paged by key. */
  querySummaries(query: SummaryQuery): Promise<SummaryPage>;
  /** The cases and students that have sessions, for the dashboard's filters. */
  summaryFacets(): Promise<SummaryFacets>;
  /** Every session of one case (whole records, with gradings and reviews), for cohort analytics. */
  listSessionsOfCase(caseId: string): Promise<SessionRecord[]>;
  /** Connection notices (another tab upgraded the database…); the memory store has none. Returns an unsubscribe function. */
  onNotice(listener: DatabaseNoticeListener): () => void;
  close(): void;
}
