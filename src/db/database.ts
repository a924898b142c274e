import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { CaseSnapshot, SessionRecord, SessionSummary, StoredCaseRecord, TurnRecord } from './schema';
import { summarize } from './summarize';
import { DATABASE_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './versions';

/** Something the UI should tell the student about the database connection. */
export type DatabaseNotice =
  /** Another tab upgraded (or deleted) the database; this tab's connection is closed. Reload to continue. */
  | { kind: 'reload-needed'; reason: 'upgraded' | 'deleted' }
  /** This tab's upgrade waits for another tab that still has the old version open. */
  | { kind: 'blocked' };

export type DatabaseNoticeListener = (notice: DatabaseNotice) => void;

/**
 * The Anamnesis IndexedDB database. Only the functions in src/db use it; the rest of the app
 * goes through a SessionStore and a CaseStore.
 *
 * Schema history: every version stays declared, in order. A new version is added as
 * `this.version(n).stores(SCHEMA_Vn).upgrade((tx) => this.upgradeToVn(tx))` with a private
 * method `upgradeToVn` whose comment gives the date and what it converts.
 */
export class AnamnesisDatabase extends Dexie {
  declare readonly sessions: EntityTable<SessionRecord, 'id'>;
  declare readonly turns: EntityTable<TurnRecord, 'id'>;
  declare readonly cases: EntityTable<StoredCaseRecord, 'key'>;
  declare readonly summaries: EntityTable<SessionSummary, 'id'>;
  declare readonly snapshots: EntityTable<CaseSnapshot, 'hash'>;

  private readonly listeners = new Set<DatabaseNoticeListener>();
  private lastNotice: DatabaseNotice | undefined;

  /** `options` takes `{ indexedDB, IDBKeyRange }` from fake-indexeddb in tests. */
  constructor(name: string = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    // 2026-11-25: sessions and turns.
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => this.upgradeToV2(tx));
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade((tx) => this.upgradeToV3(tx));

    this.on('versionchange', (event) => this.closeForOtherTab(event));
    this.on('blocked', () => {
      this.notify({ kind: 'blocked' });
      return false; // replaces Dexie's console warning: the notice is the report
    });
  }

  /**
   * 2026-11-25, version 1 → 2: adds the `cases` table for case files stored in this browser.
   * It starts empty, and sessions and turns keep their shape, so no row is converted; the method
   * is declared so the history reads the same for every version.
   */
  private async upgradeToV2(_tx: Transaction): Promise<void> {}

  /**
   * 2026-11-25, version 2 → 3: adds `summaries` (a dashboard row per session) and `snapshots`
   * (cases of imported sessions). Every existing session gets its summary here; sessions
   * themselves are unchanged (their new `review` and `origin` fields are optional).
   */
  private async upgradeToV3(tx: Transaction): Promise<void> {
    const sessions: SessionRecord[] = await tx.table('sessions').toArray();
    await tx.table('summaries').bulkPut(sessions.map(summarize));
  }

  /** The latest notice, for a UI that subscribes after it happened. */
  get notice(): DatabaseNotice | undefined {
    return this.lastNotice;
  }

  /** Returns an unsubscribe function. */
  onNotice(listener: DatabaseNoticeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // Dexie's default handler also closes, but lets the next query silently reopen with this
  // tab's outdated schema. Closing for good makes every later call fail as `closed` instead.
  private closeForOtherTab(event: IDBVersionChangeEvent): false {
    this.close({ disableAutoOpen: true });
    this.notify({ kind: 'reload-needed', reason: event.newVersion ? 'upgraded' : 'deleted' });
    return false;
  }

  private notify(notice: DatabaseNotice): void {
    this.lastNotice = notice;
    for (const listener of this.listeners) listener(notice);
  }
}
