// The public surface of src/db, the only module that touches IndexedDB.
export * from './schema';
export { AnamnesisDatabase, type DatabaseNotice, type DatabaseNoticeListener } from './database';
export { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './versions';
export {
  createSession,
  getSession,
  updateSession,
  listSessions,
  DEFAULT_PAGE_SIZE,
  type ListSessionsOptions,
  type SessionChanges,
  type SessionCursor,
  type SessionPage,
} from './sessions';
export { putTurn, putTurns, listTurns, markInterrupted } from './turns';
export { InvalidRecordError, SessionExistsError, SessionNotFoundError } from './record-errors';
export { StorageError, toStorageError, type StorageErrorKind } from './storage-errors';
export type { SessionStore } from './session-store';
export { createMemoryStore } from './memory-store';
export { saveCase, listStoredCases, listCaseRevisions } from './cases';
export type { CaseStore } from './case-store';
export { createMemoryCaseStore } from './memory-case-store';
export { createDexieStore, createDexieCaseStore, openSessionStore, type OpenSessionStoreOptions, type OpenedSessionStore } from './store';
export { requestPersistentStorage } from './persistence';
export { summarize, caseSortKey, studentKeyOf, gradingUnderReview } from './summarize';
export { sessionDigest, sha256Hex } from './digest';
export { planImport, type ImportBatch, type ImportEntry, type ImportOutcome } from './imports';
export type { SummaryFacets, SummaryFilter, SummaryPage, SummaryQuery, SummarySort } from './summary-query';
