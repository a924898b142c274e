import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createMemoryStore, InvalidRecordError, openSessionStore, type GradingRecord, type SessionStore } from '../../src/db';
import { makeSession } from './fixtures';

const grading = (percent: number): GradingRecord => ({
  id: crypto.randomUUID(),
  createdAt: 1_700_000_000_000 + percent,
  grader: { kind: 'rule', version: 'rule-1', hash: 'abc' },
  result: { checklist: [], communication: [], misinformation: [], note: null, strengths: [], nextSteps: [] },
  score: { points: percent, maxPoints: 100, percent, band: 'borderline', criticalMissed: [] },
  verification: { droppedFlags: 0, unverifiedItems: [] },
  disagreements: null,
});

const stores: [string, () => Promise<SessionStore>][] = [
  ['memory', async () => createMemoryStore()],
  ['indexeddb', async () => (await openSessionStore({ name: `g-${crypto.randomUUID()}`, dexie: { indexedDB: new IDBFactory(), IDBKeyRange } })).store],
];

describe.each(stores)('gradings stored with the session (%s)', (_kind, open) => {
  it('keeps every grading, oldest first, and a session without any still reads', async () => {
    const store = await open();
    const session = await store.createSession(makeSession());
    expect((await store.getSession(session.id))?.gradings).toBeUndefined();
    await store.updateSession(session.id, { gradings: [grading(50)] });
    const again = await store.getSession(session.id);
    await store.updateSession(session.id, { gradings: [...(again?.gradings ?? []), grading(70)] });
    expect((await store.getSession(session.id))?.gradings?.map((g) => g.score.percent)).toEqual([50, 70]);
  });

  it('refuses a grading that breaks the schema, naming the field, and keeps what was stored', async () => {
    const store = await open();
    const session = await store.createSession(makeSession());
    await store.updateSession(session.id, { gradings: [grading(50)] });
    const broken = { ...grading(60), score: { ...grading(60).score, percent: 180 } };
    await expect(store.updateSession(session.id, { gradings: [broken] })).rejects.toThrow(InvalidRecordError);
    await expect(store.updateSession(session.id, { gradings: [broken] })).rejects.toThrow(/gradings\[0\]\.score\.percent/);
    expect((await store.getSession(session.id))?.gradings?.map((g) => g.score.percent)).toEqual([50]);
  });
});
