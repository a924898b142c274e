import type { NewStoredCase, StoredCaseRecord } from './schema';

/**
 * The case files stored in this browser, without knowing where. Both implementations validate
 * every write the same way and throw the same errors: InvalidRecordError, and StorageError when
 * the browser's storage fails. A save never replaces anything: it adds the next revision.
 */
export interface CaseStore {
  /** `indexeddb` survives reloads; `memory` lasts until the tab closes. */
  readonly kind: 'indexeddb' | 'memory';
  /** Stores `record` as revision n + 1 of its id (1 for a new id) and returns what was stored. */
  saveCase(record: NewStoredCase): Promise<StoredCaseRecord>;
  /** The latest revision of each stored case, ordered by id. */
  listStoredCases(): Promise<StoredCaseRecord[]>;
  /** All revisions of one case, oldest first. */
  listCaseRevisions(id: string): Promise<StoredCaseRecord[]>;
}
