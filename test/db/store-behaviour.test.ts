import {
  createDexieStore,
  createMemoryStore,
  InvalidRecordError,
  SessionExistsError,
  SessionNotFoundError,
  type SessionRecord,
  type SessionStore,
} from '../../src/db';
import { closeTestDatabases, makeSession, makeTurn, openTestDatabase, rejectionOf } from './fixtures';

const implementations = [
  { name: 'IndexedDB (Dexie)', create: () => createDexieStore(openTestDatabase()) },
  { name: 'memory', create: () => createMemoryStore() },
];

describe.each(implementations)('$name store', ({ create }) => {
  let store: SessionStore;

  beforeEach(() => {
    store = create();
  });

  afterEach(() => {
    store.close();
    closeTestDatabases();
  });

  describe('sessions', () => {
    it('round-trips a session with an LLM patient, a note and a leak event', async () => {
      const session = makeSession({
        status: 'ended',
        endedAt: 1_700_000_900_000,
        timeLimitMinutes: 15,
        patient: {
          kind: 'llm',
          provider: 'ollama',
          baseUrl: 'http://localhost:11434/v1',
          model: 'llama3.1',
          modelAnswered: 'llama3.1:8b',
          temperature: 0.7,
          promptVersion: 'patient-3',
          promptHash: 'sha256-0f0f',
        },
        note: {
          summary: 'Day 3 after sigmoid resection, distended, vomiting, no flatus.',
          differential: ['Postoperative ileus', 'Mechanical small-bowel obstruction'],
          plan: 'NG tube, bloods, CT abdomen',
          submittedAt: 1_700_000_800_000,
        },
        events: [{ at: 1_700_000_500_000, kind: 'leak', turnIndex: 5, term: 'ileus' }],
      });

      await expect(store.createSession(session)).resolves.toEqual(session);
      await expect(store.getSession(session.id)).resolves.toEqual(session);
    });

    it('returns undefined for a session that does not exist', async () => {
      await expect(store.getSession(crypto.randomUUID())).resolves.toBeUndefined();
    });

    it('refuses a second session with the same id and keeps the first', async () => {
      const session = makeSession();
      await store.createSession(session);

      const error = await rejectionOf(store.createSession({ ...session, studentName: 'Someone else' }));

      expect(error).toBeInstanceOf(SessionExistsError);
      await expect(store.getSession(session.id)).resolves.toEqual(session);
    });

    it('updateSession merges the changes, validates them and bumps updatedAt', async () => {
      const session = await store.createSession(makeSession());
      const before = Date.now();

      const note = { summary: 'Ileus likely', differential: ['Ileus', 'Obstruction'], plan: 'NG tube', submittedAt: before };
      const updated = await store.updateSession(session.id, { status: 'ended', endedAt: before, note });

      expect(updated).toEqual({ ...session, status: 'ended', endedAt: before, note, updatedAt: updated.updatedAt });
      expect(updated.updatedAt).toBeGreaterThanOrEqual(before);
      await expect(store.getSession(session.id)).resolves.toEqual(updated);
    });

    it('updateSession moves updatedAt forward even when the clock has not', async () => {
      const future = Date.now() + 60_000;
      const session = await store.createSession(makeSession({ updatedAt: future }));

      const updated = await store.updateSession(session.id, { studentName: 'Ada L.' });

      expect(updated.updatedAt).toBe(future + 1);
    });

    it('updateSession keeps the id even if the changes carry another one', async () => {
      const session = await store.createSession(makeSession());
      const changes = { studentName: 'Bea', id: crypto.randomUUID() };

      const updated = await store.updateSession(session.id, changes);

      expect(updated.id).toBe(session.id);
      await expect(store.getSession(changes.id)).resolves.toBeUndefined();
    });

    it('updateSession rejects an invalid merge, names the field, and leaves the stored session alone', async () => {
      const session = await store.createSession(makeSession());
      const note = { summary: 's', differential: ['Ileus', 42], plan: 'p', submittedAt: 1 };

      // @ts-expect-error: a differential entry must be a string
      const error = await rejectionOf(store.updateSession(session.id, { note }));

      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).fields).toEqual(['note.differential[1]']);
      expect((error as Error).message).toMatch(/^Invalid session: note\.differential\[1\]: /);
      await expect(store.getSession(session.id)).resolves.toEqual(session);
    });

    it('updateSession throws SessionNotFoundError for an unknown id', async () => {
      const id = crypto.randomUUID();
      const error = await rejectionOf(store.updateSession(id, { status: 'ended' }));
      expect(error).toBeInstanceOf(SessionNotFoundError);
      expect((error as Error).message).toContain(id);
    });

    it('refuses a session with an API key in it, naming the field', async () => {
      const session = makeSession();
      const withKey = { ...session, patient: { ...session.patient, apiKey: 'sk-secret' } };

      const error = await rejectionOf(store.createSession(withKey));

      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).fields).toEqual(['patient.apiKey']);
      await expect(store.getSession(session.id)).resolves.toBeUndefined();
    });

    it('lists sessions newest first', async () => {
      const oldest = await store.createSession(makeSession({ updatedAt: 1000 }));
      const newest = await store.createSession(makeSession({ updatedAt: 3000 }));
      const middle = await store.createSession(makeSession({ updatedAt: 2000 }));

      const page = await store.listSessions();

      expect(page.sessions.map((s) => s.id)).toEqual([newest.id, middle.id, oldest.id]);
      expect(page.next).toBeUndefined();
    });

    it('pages 25 sessions by key, 10 at a time, with no duplicates or gaps even when updatedAt ties', async () => {
      const created: SessionRecord[] = [];
      // Three sessions share each millisecond, as when several are written in one tick.
      for (let i = 0; i < 25; i++) created.push(await store.createSession(makeSession({ updatedAt: 1000 + Math.floor(i / 3) })));

      const pages: SessionRecord[][] = [];
      let page = await store.listSessions({ limit: 10 });
      pages.push(page.sessions);
      while (page.next) {
        page = await store.listSessions({ limit: 10, before: page.next });
        pages.push(page.sessions);
      }

      expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
      const listed = pages.flat();
      expect(new Set(listed.map((s) => s.id)).size).toBe(25);
      const expectedOrder = [...created].sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? 1 : -1));
      expect(listed.map((s) => s.id)).toEqual(expectedOrder.map((s) => s.id));
    });

    it('says there is no next page when the last page is exactly full', async () => {
      for (let i = 0; i < 10; i++) await store.createSession(makeSession({ updatedAt: 1000 + i }));
      const page = await store.listSessions({ limit: 10 });
      expect(page.sessions).toHaveLength(10);
      expect(page.next).toBeUndefined();
    });

    it('accepts the last session of a page as the cursor', async () => {
      for (let i = 0; i < 4; i++) await store.createSession(makeSession({ updatedAt: 1000 + i }));
      const first = await store.listSessions({ limit: 2 });
      const last = first.sessions.at(-1);
      expect(last).toBeDefined();

      const second = await store.listSessions({ limit: 2, before: last });

      expect(second.sessions.map((s) => s.updatedAt)).toEqual([1001, 1000]);
    });

    it('rejects a page size that is not a positive whole number', async () => {
      await expect(store.listSessions({ limit: 0 })).rejects.toThrow(RangeError);
    });

    it('hands out copies: changing a returned session does not change the stored one', async () => {
      const session = await store.createSession(makeSession());
      const copy = await store.getSession(session.id);
      copy?.events.push({ at: 1, kind: 'leak', turnIndex: 0, term: 'x' });

      await expect(store.getSession(session.id)).resolves.toEqual(session);
    });
  });

  describe('turns', () => {
    it('round-trips turns and lists them in index order, whatever order they were written in', async () => {
      const sessionId = crypto.randomUUID();
      const turns = [0, 1, 2, 3].map((index) => makeTurn(sessionId, index, { factIds: index === 1 ? ['flatus'] : [] }));

      for (const turn of [turns[2], turns[0], turns[3], turns[1]]) if (turn) await store.putTurn(turn);

      await expect(store.listTurns(sessionId)).resolves.toEqual(turns);
    });

    it('orders turns numerically, not as text (index 10 after 9)', async () => {
      const sessionId = crypto.randomUUID();
      const turns = Array.from({ length: 12 }, (_, index) => makeTurn(sessionId, index, { id: crypto.randomUUID() }));

      await store.putTurns([...turns].reverse());

      expect((await store.listTurns(sessionId)).map((t) => t.index)).toEqual(turns.map((t) => t.index));
    });

    it("keeps each session's turns apart", async () => {
      const a = crypto.randomUUID();
      const b = crypto.randomUUID();
      await store.putTurns([makeTurn(a, 0), makeTurn(b, 0), makeTurn(a, 1), makeTurn(b, 1), makeTurn(b, 2)]);

      expect((await store.listTurns(a)).map((t) => t.id)).toEqual([`${a}:0`, `${a}:1`]);
      expect(await store.listTurns(b)).toHaveLength(3);
      await expect(store.listTurns(crypto.randomUUID())).resolves.toEqual([]);
    });

    it('putTurn replaces the turn with the same id', async () => {
      const sessionId = crypto.randomUUID();
      await store.putTurn(makeTurn(sessionId, 1, { text: 'I feel', status: 'streaming', endedAt: undefined }));
      const done = makeTurn(sessionId, 1, { text: 'I feel awful.', factIds: ['nausea'] });

      await store.putTurn(done);

      await expect(store.listTurns(sessionId)).resolves.toEqual([done]);
    });

    it('putTurns writes all or nothing: an invalid third turn of five stops the batch', async () => {
      const sessionId = crypto.randomUUID();
      const turns = [0, 1, 2, 3, 4].map((index) => makeTurn(sessionId, index));
      const batch = turns.map((turn, i) => (i === 2 ? { ...turn, status: 'thinking' } : turn));

      // @ts-expect-error: 'thinking' is not a turn status
      const error = await rejectionOf(store.putTurns(batch));

      expect(error).toBeInstanceOf(InvalidRecordError);
      expect((error as InvalidRecordError).fields).toEqual(['turns[2].status']);
      await expect(store.listTurns(sessionId)).resolves.toEqual([]);
    });

    it('putTurn names the field that is wrong', async () => {
      const turn = { ...makeTurn(crypto.randomUUID(), 0), index: -1 };
      const error = await rejectionOf(store.putTurn(turn));
      expect((error as InvalidRecordError).fields).toEqual(['index']);
      expect((error as Error).message).toMatch(/^Invalid turn: index: /);
    });

    it('markInterrupted turns streaming turns into interrupted ones and returns them', async () => {
      const sessionId = crypto.randomUUID();
      const other = crypto.randomUUID();
      await store.putTurns([
        makeTurn(sessionId, 0),
        makeTurn(sessionId, 1, { status: 'streaming', text: 'My belly', endedAt: undefined }),
        makeTurn(sessionId, 2, { status: 'stopped' }),
        makeTurn(sessionId, 3, { status: 'streaming', text: '', endedAt: undefined }),
        makeTurn(other, 0, { status: 'streaming', endedAt: undefined }),
      ]);

      const interrupted = await store.markInterrupted(sessionId);

      expect(interrupted.map((t) => [t.index, t.status, t.text])).toEqual([
        [1, 'interrupted', 'My belly'],
        [3, 'interrupted', ''],
      ]);
      expect((await store.listTurns(sessionId)).map((t) => t.status)).toEqual(['complete', 'interrupted', 'stopped', 'interrupted']);
      expect((await store.listTurns(other)).map((t) => t.status)).toEqual(['streaming']);
      await expect(store.markInterrupted(sessionId)).resolves.toEqual([]);
    });
  });
});
