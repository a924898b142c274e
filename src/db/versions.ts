// Every released schema version of the Anamnesis database, oldest first.
// A released version is never edited or deleted: browsers hold data written under it.
// To change the stored shape, add SCHEMA_V2 here, declare it in AnamnesisDatabase with a named,
// dated upgrade method, and extend test/db/upgrade.test.ts from version 1.
// Index strings use Dexie's syntax: the first entry is the primary key, `[a+b]` a compound index.

/** 2026-11-25: sessions and their turns. */
export const SCHEMA_V1 = {
  // [updatedAt+id] pages the session list by key: updatedAt alone can tie.
  sessions: 'id, updatedAt, caseId, status, [updatedAt+id]',
  turns: 'id, [sessionId+index], sessionId',
} as const;

export const DATABASE_NAME = 'anamnesis';
