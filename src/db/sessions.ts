import type { AnamnesisDatabase } from './database';
import { parseRecord, SessionExistsError, SessionNotFoundError } from './record-errors';
import { SessionRecord } from './schema';
import { guardStorage } from './storage-errors';
import { summarize } from './summarize';

/** Everything but the id can change; `updatedAt` is set by the write itself. */
export type SessionChanges = Partial<Omit<SessionRecord, 'id' | 'updatedAt'>>;

/** Where a page of sessions ended: pass the last session of a page to get the next one. */
export type SessionCursor = Pick<SessionRecord, 'updatedAt' | 'id'>;

export interface ListSessionsOptions {
  /** Page size; 20 when not given. */
  limit?: number;
  /** Only sessions that come after this one in the list (older, or equally old with a smaller id). */
  before?: SessionCursor;
}

export interface SessionPage {
  /** Newest first. */
  sessions: SessionRecord[];
  /** Pass as `before` to get the next page; undefined on the last page. */
  next: SessionCursor | undefined;
}

export const DEFAULT_PAGE_SIZE = 20;

export function parseSession(value: unknown): SessionRecord {
  return parseRecord(SessionRecord, 'session', value);
}

export function pageSize(limit: number | undefined): number {
  const size = limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`limit must be a positive whole number, got ${size}`);
  return size;
}

/** The merged record, validated, with an `updatedAt` that moves forward even within one millisecond. */
export function applySessionChanges(current: SessionRecord, changes: SessionChanges, now = Date.now()): SessionRecord {
  return parseSession({ ...current, ...changes, id: current.id, updatedAt: Math.max(now, current.updatedAt + 1) });
}

/** Cuts one extra row off a fetched page; its presence says whether another page follows. */
export function toPage(rows: SessionRecord[], size: number): SessionPage {
  const sessions = rows.slice(0, size);
  const last = sessions.at(-1);
  return { sessions, next: rows.length > size && last ? { updatedAt: last.updatedAt, id: last.id } : undefined };
}

export async function createSession(db: AnamnesisDatabase, record: SessionRecord): Promise<SessionRecord> {
  const session = parseSession(record);
  return guardStorage(async () => {
    try {
      await db.transaction('rw', db.sessions, db.summaries, async () => {
        await db.sessions.add(session);
        await db.summaries.put(summarize(session));
      });
    } catch (error) {
      if (error instanceof Error && error.name === 'ConstraintError') throw new SessionExistsError(session.id);
      throw error;
    }
    return session;
  });
}

export async function getSession(db: AnamnesisDatabase, id: string): Promise<SessionRecord | undefined> {
  return guardStorage(() => db.sessions.get(id));
}

/** Merges `changes` into the stored session in one transaction; throws SessionNotFoundError if there is none. */
export async function updateSession(db: AnamnesisDatabase, id: string, changes: SessionChanges): Promise<SessionRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.sessions, db.summaries, async () => {
      const current = await db.sessions.get(id);
      if (!current) throw new SessionNotFoundError(id);
      const next = applySessionChanges(current, changes);
      await db.sessions.put(next);
      await db.summaries.put(summarize(next));
      return next;
    }),
  );
}

/** Newest first, paged by key rather than offset so each page costs the same. */
export async function listSessions(db: AnamnesisDatabase, options: ListSessionsOptions = {}): Promise<SessionPage> {
  const size = pageSize(options.limit);
  const { before } = options;
  return guardStorage(async () => {
    const range = before
      ? db.sessions.where('[updatedAt+id]').below([before.updatedAt, before.id])
      : db.sessions.orderBy('[updatedAt+id]');
    return toPage(await range.reverse().limit(size + 1).toArray(), size);
  });
}

/** Every session of one case, in no particular order. */
export async function listSessionsOfCase(db: AnamnesisDatabase, caseId: string): Promise<SessionRecord[]> {
  return guardStorage(() => db.sessions.where('caseId').equals(caseId).toArray());
}
