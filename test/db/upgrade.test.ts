import Dexie from 'dexie';
import {
  createDexieCaseStore,
  getSession,
  listCaseRevisions,
  listSessions,
  listStoredCases,
  listTurns,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SessionRecord,
  SessionSummary,
  StoredCaseRecord,
  TurnRecord,
} from '../../src/db';
import { closeTestDatabases, fakeIndexedDb, openTestDatabase } from './fixtures';

// The schema-upgrade harness. For each released version: open the database as that build of
// the app did (raw Dexie, the declarations alone), write rows in that version's shape, then
// reopen with AnamnesisDatabase and check the rows came through, converted where needed.
// When a version lands: add its schema below, keep the older rows as they are, and assert their
// converted form after the reopen.

const RELEASED_SCHEMAS = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3];
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

// A literal row in the version-2 shape of `cases`. Frozen history, like the rows above.
const v2StoredCase = {
  key: 'cough-three-weeks@2',
  id: 'cough-three-weeks',
  revision: 2,
  version: 4,
  title: 'Cough for three weeks',
  language: 'en',
  yaml: 'id: cough-three-weeks\ntitle: Cough for three weeks\nversion: 4\n',
  hash: 'c0ffee'.padEnd(64, '0'),
  savedAt: 1_764_000_000_000,
  source: 'import',
};

// A graded session as version 2 stored it (gradings were added as an optional field in v2's time). Frozen.
const GRADED_ID = '0b9d3c1e-7a4f-4e2b-8c6d-5f1a2b3c4d5e';
const v2Grading = {
  id: 'a3c1e2d4-5b6f-4a7e-9d8c-1b2a3c4d5e6f',
  createdAt: 1_760_000_800_000,
  grader: { kind: 'rule', version: 'rule-1', hash: 'ab12' },
  result: {
    checklist: [{ itemId: 'ask-flatus', status: 'missed', evidence: [], rationale: 'Not asked.' }],
    communication: [],
    misinformation: [
      { turn: 1, speaker: 'student', quote: 'Hello', problem: 'Example', correction: 'Example', severity: 'low', source: 'medical-knowledge' },
    ],
    note: null,
    strengths: [],
    nextSteps: [],
  },
  score: { points: 5, maxPoints: 8, percent: 62.5, band: 'borderline', criticalMissed: ['ask-flatus'] },
  verification: { droppedFlags: 0, unverifiedItems: [] },
  disagreements: null,
};

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

  it('2026-11-25, v1 → v2 (and on): sessions and turns come through untouched, and the new cases table starts empty and works', async () => {
    const deps = fakeIndexedDb();
    const old = await openAsVersion(1, deps);
    await old.table('sessions').add(v1Session);
    await old.table('turns').bulkAdd(v1Turns);
    const rawTurns = await old.table('turns').orderBy('id').toArray();
    old.close();

    const db = openTestDatabase(deps, NAME);
    await db.open();

    expect(db.verno).toBe(RELEASED_SCHEMAS.length);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['cases', 'sessions', 'snapshots', 'summaries', 'turns']);
    await expect(getSession(db, SESSION_ID)).resolves.toEqual(v1Session);
    // Byte-for-byte the same rows, not only the same ids.
    await expect(db.turns.orderBy('id').toArray()).resolves.toEqual(rawTurns);
    await expect(listStoredCases(db)).resolves.toEqual([]);
    const { key: _key, revision: _revision, ...newCase } = v2StoredCase;
    const saved = await createDexieCaseStore(db).saveCase({ ...newCase, source: 'import' });
    expect(saved.key).toBe('cough-three-weeks@1');
  });

  it('keeps stored cases written by version 2 when AnamnesisDatabase reopens them', async () => {
    const deps = fakeIndexedDb();
    const old = await openAsVersion(2, deps);
    await old.table('cases').add(v2StoredCase);
    old.close();

    const db = openTestDatabase(deps, NAME);

    const [stored] = await listStoredCases(db);
    expect(stored).toEqual(v2StoredCase);
    expect(StoredCaseRecord.safeParse(stored).success).toBe(true);
    await expect(listCaseRevisions(db, 'cough-three-weeks')).resolves.toEqual([v2StoredCase]);
  });

  it('2026-11-25, v2 → v3: every session gets its dashboard summary; sessions are unchanged', async () => {
    const deps = fakeIndexedDb();
    const old = await openAsVersion(2, deps);
    const graded = { ...v1Session, id: GRADED_ID, studentName: ' Ben ', gradings: [v2Grading] };
    await old.table('sessions').bulkAdd([v1Session, graded]);
    old.close();

    const db = openTestDatabase(deps, NAME);
    await db.open();

    await expect(getSession(db, GRADED_ID)).resolves.toEqual(graded);
    const summaries = await db.summaries.orderBy('id').toArray();
    expect(summaries).toEqual([
      expect.objectContaining({ id: GRADED_ID, studentName: ' Ben ', studentKey: 'ben', graderScore: 62.5, scoreKey: 62.5, criticalMissed: 1, flags: 1, flagged: 1 }),
      expect.objectContaining({ id: SESSION_ID, sourceId: SESSION_ID, studentKey: 'ada', durationMs: 600_000, graderScore: null, scoreKey: -1, flags: 0, reviewed: 0, imported: 0 }),
    ]);
    expect(summaries[1]?.caseKey).toBe('abdominal distension after surgery\u0000postop-ileus');
    expect(summaries.every((row) => SessionSummary.safeParse(row).success)).toBe(true);
  });
});
