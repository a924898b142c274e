// Every released schema version of the Anamnesis database, oldest first.
// A released version is never edited or deleted: browsers hold data written under it.
// To change the stored shape, add SCHEMA_Vn here, declare it in AnamnesisDatabase with a named,
// dated upgrade method, and extend test/db/upgrade.test.ts from every earlier version.
// Index strings use Dexie's syntax: the first entry is the primary key, `[a+b]` a compound index.

/** 2026-11-25: sessions and their turns. */
export const SCHEMA_V1 = {
  // [updatedAt+id] pages the session list by key: updatedAt alone can tie.
  sessions: 'id, updatedAt, caseId, status, [updatedAt+id]',
  turns: 'id, [sessionId+index], sessionId',
} as const;

/**
 * 2026-11-25: adds `cases`, the case files stored in this browser, one row per revision.
 * Sessions and turns are unchanged.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  // key = `${id}@${revision}`; [id+revision] finds an id's revisions in order and its latest.
  cases: 'key, id, [id+revision], savedAt',
} as const;

export const DATABASE_NAME = 'anamnesis';
