import Dexie from 'dexie';
import { getSession, listSessions, listTurns, SCHEMA_V1, SessionRecord, TurnRecord } from '../../src/db';
import { closeTestDatabases, fakeIndexedDb, openTestDatabase } from './fixtures';

// The schema-upgrade harness. For each released version: open the database as that build of
// the app did (raw Dexie, the declarations alone), write rows in that version's shape, then
// reopen with AnamnesisDatabase and check the rows came through, converted where needed.
// When version 2 lands: add SCHEMA_V2 below, keep the v1 rows as they are, and assert their
// converted form after the reopen.

const RELEASED_SCHEMAS = [SCHEMA_V1];
const NAME = 'anamnesis-upgrade';

async function openAsVersion(version: number, deps: ReturnType<typeof fakeIndexedDb>): Promise<Dexie> {
  const db = new Dexie(NAME, deps);
  RELEASED_SCHEMAS.slice(0, version).forEach((stores, i) => db.version(i + 1).stores(stores));
  await db.open();
  return db;
}

// Literal rows in the version-1 shape. Frozen history: do not update them when the schema changes.
const SESSION_ID = '6f1c9a52-3a8e-4d7b-9c1e-2b5f8d0a4e71';
const v1Session = {
  id: SESSION_ID,
  caseId: 'postop-ileus',
  caseVersion: 3,
  caseHash: 'sha256-1f2e3d',
  caseTitle: 'Abdominal distension after surgery',
  caseLanguage: 'en',
  studentName: 'Ada',
  status: 'ended',
  startedAt: 1_760_000_000_000,
  endedAt: 1_760_000_600_000,
  updatedAt: 1_760_000_700_000,
  timeLimitMinutes: 15,
  patient: {
    kind: 'llm',
    provider: 'openai',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    modelAnswered: 'gpt-4o-mini-2024-07-18',
    temperature: 0.6,
    promptVersion: 'patient-1',
    promptHash: 'sha256-aa11',
  },
  note: { summary: 'Probable ileus', differential: ['Ileus', 'Obstruction'], plan: 'NG tube', submittedAt: 1_760_000_650_000 },
  events: [{ at: 1_760_000_300_000, kind: 'leak', turnIndex: 3, term: 'ileus' }],
};
const v1Turns = [
  { id: 't1', sessionId: SESSION_ID, index: 1, speaker: 'patient', text: 'I feel awful.', status: 'complete', startedAt: 1_760_000_010_000, endedAt: 1_760_000_012_000, factIds: ['opening'] },
  { id: 't0', sessionId: SESSION_ID, index: 0, speaker: 'student', text: 'Hello, how are you?', status: 'complete', startedAt: 1_760_000_000_000, endedAt: 1_760_000_000_000, factIds: [] },
  { id: 't2', sessionId: SESSION_ID, index: 2, speaker: 'patient', text: 'My bel', status: 'error', startedAt: 1_760_000_020_000, factIds: [], error: 'The model stopped answering.' },
];

describe('schema upgrades', () => {
  afterEach(closeTestDatabases);

  it('declares one Dexie version per released schema', async () => {
    const db = openTestDatabase();
    await db.open();
    expect(db.verno).toBe(RELEASED_SCHEMAS.length);
  });

  it.each(RELEASED_SCHEMAS.map((_, i) => i + 1))('keeps rows written by version %i when AnamnesisDatabase reopens them', async (version) => {
    const deps = fakeIndexedDb();
    const old = await openAsVersion(version, deps);
    await old.table('sessions').add(v1Session);
    await old.table('turns').bulkAdd(v1Turns);
    old.close();

    const db = openTestDatabase(deps, NAME);

    const session = await getSession(db, SESSION_ID);
    expect(session).toEqual(v1Session);
    expect(SessionRecord.safeParse(session).success).toBe(true);
    const turns = await listTurns(db, SESSION_ID);
    expect(turns.map((t) => t.id)).toEqual(['t0', 't1', 't2']);
    expect(turns.every((t) => TurnRecord.safeParse(t).success)).toBe(true);
    expect((await listSessions(db)).sessions.map((s) => s.id)).toEqual([SESSION_ID]);
  });
});
