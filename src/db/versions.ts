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

/**
 * 2026-11-25: adds `summaries`, one small row per session for the instructor's dashboard
 * (filled from the existing sessions by the upgrade), and `snapshots`, the cases that imported
 * sessions were played with, by hash. Sessions gain optional `review` and `origin` fields
 * (no index). Every dashboard sort and equality filter has an index ending in the primary key,
 * so each page is read by key range, never by offset.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  summaries:
    'id, sourceId, studentKey, caseKey, [startedAt+id], [scoreKey+id], [studentKey+startedAt+id], [caseKey+startedAt+id], [reviewed+startedAt+id], [flagged+startedAt+id]',
  snapshots: 'hash',
} as const;
