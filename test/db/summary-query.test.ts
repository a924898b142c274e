import {
  compareKeys,
  planQuery,
  querySummaries,
  querySummaryRows,
  summaryFacets,
  summaryFacetsOfRows,
  type SummaryFilter,
  type SummaryQuery,
  type SummarySort,
} from '../../src/db/summary-query';
import { caseSortKey, studentKeyOf, SessionSummary, type AnamnesisDatabase } from '../../src/db';
import { closeTestDatabases, makeSession, openTestDatabase } from './fixtures';

// The dashboard's queries, IndexedDB (Dexie on fake-indexeddb) against the in-memory version
// and both against a plain filter and sort, walking every page of many query combinations.

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)] as T;
  return { next, int, pick };
}

// Names that differ only in case or spaces share a student key; titles that share a lower-cased
// form but not an id are two cases.
const STUDENTS = ['Ada', 'ada ', 'Bartholomew Ñúñez', 'Chloé', 'dmitri', 'Émile Zola', 'Zed'];
const CASES = [
  { id: 'postop-ileus', title: 'Abdominal distension after surgery' },
  { id: 'cough', title: 'Cough for three weeks' },
  { id: 'cough-2', title: 'cough for three weeks' },
  { id: 'chest-pain', title: 'Chest pain on exertion' },
];
const DAY = 86_400_000;
const START = 1_760_000_000_000;

function uuid(rng: ReturnType<typeof random>): string {
  const hex = (n: number) => Array.from({ length: n }, () => rng.int(16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
}

function makeSummaries(count: number, seed = 7): SessionSummary[] {
  const rng = random(seed);
  return Array.from({ length: count }, () => {
    const student = rng.pick(STUDENTS);
    const kase = rng.pick(CASES);
    const graded = rng.next() < 0.8;
    const graderScore = graded ? rng.pick([0, 45, 50, 62.5, 80, 100]) : null;
    const reviewedScore = graded && rng.next() < 0.3 ? rng.pick([50, 70, 80]) : null;
    const flags = rng.pick([0, 0, 0, 1, 2]);
    // Few distinct start times, so ties on startedAt (and on score) are common.
    const startedAt = START + rng.int(20) * DAY + rng.pick([0, 0, 3_600_000]);
    const id = uuid(rng);
    return SessionSummary.parse({
      id,
      sourceId: id,
      studentName: student,
      studentKey: studentKeyOf(student),
      caseId: kase.id,
      caseTitle: kase.title,
      caseKey: caseSortKey(kase.title, kase.id),
      status: 'ended',
      startedAt,
      durationMs: rng.int(30) * 60_000,
      graderScore,
      reviewedScore,
      scoreKey: reviewedScore ?? graderScore ?? -1,
      criticalMissed: rng.int(3),
      flags,
      flagged: flags > 0 ? 1 : 0,
      reviewed: reviewedScore !== null && rng.next() < 0.7 ? 1 : 0,
      imported: rng.int(2),
      importDigest: null,
      searchText: `${student}\n${kase.title}\n${kase.id}`.toLowerCase(),
      updatedAt: startedAt,
    });
  });
}

/** The reference: filter and sort written out plainly, independent of the implementation. */
function expected(rows: readonly SessionSummary[], sort: SummarySort, direction: 'asc' | 'desc', filter: SummaryFilter): string[] {
  const words = (filter.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const field: Record<SummarySort, (r: SessionSummary) => (string | number)[]> = {
    date: (r) => [r.startedAt, r.id],
    score: (r) => [r.scoreKey, r.id],
    student: (r) => [r.studentKey, r.startedAt, r.id],
    case: (r) => [r.caseKey, r.startedAt, r.id],
  };
  const cmp = (a: SessionSummary, b: SessionSummary) => {
    const [x, y] = [field[sort](a), field[sort](b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return (x[i] as string | number) < (y[i] as string | number) ? -1 : 1;
    return 0;
  };
  return rows
    .filter(
      (r) =>
        (filter.caseKey === undefined || r.caseKey === filter.caseKey) &&
        (filter.studentKey === undefined || r.studentKey === filter.studentKey) &&
        (filter.from === undefined || r.startedAt >= filter.from) &&
        (filter.to === undefined || r.startedAt < filter.to) &&
        (!filter.flagged || r.flags > 0) &&
        (!filter.unreviewed || r.reviewed === 0) &&
        words.every((w) => r.searchText.includes(w)),
    )
    .sort((a, b) => (direction === 'asc' ? cmp(a, b) : cmp(b, a)))
    .map((r) => r.id);
}

const SORTS: SummarySort[] = ['date', 'score', 'student', 'case'];
const ada = studentKeyOf('Ada');
const cough = caseSortKey('Cough for three weeks', 'cough');
const FILTERS: SummaryFilter[] = [
  {},
  { caseKey: cough },
  { studentKey: ada },
  { unreviewed: true },
  { flagged: true },
  { from: START + 5 * DAY },
  { to: START + 5 * DAY },
  { from: START + 3 * DAY, to: START + 9 * DAY + 3_600_000 },
  { caseKey: cough, from: START + 2 * DAY, to: START + 12 * DAY },
  { studentKey: ada, to: START + 10 * DAY },
  { unreviewed: true, flagged: true, from: START + 4 * DAY },
  { flagged: true, to: START + 15 * DAY },
  { caseKey: cough, studentKey: ada },
  { search: 'cough' },
  { search: '  WEEKS   chlo ' },
  { search: 'cough-2 ada', unreviewed: true },
  { search: 'nobody-matches' },
  { from: START + 9 * DAY, to: START + 3 * DAY },
  { caseKey: 'no such case' },
];

async function walk(query: (q: SummaryQuery) => Promise<{ rows: SessionSummary[]; next: SessionSummary | undefined }>, base: SummaryQuery) {
  const ids: string[] = [];
  let after: SessionSummary | undefined;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await query({ ...base, ...(after ? { after } : {}) });
    expect(page.rows.length).toBeLessThanOrEqual(base.limit);
    ids.push(...page.rows.map((r) => r.id));
    if (!page.next) return ids;
    expect(page.rows).toHaveLength(base.limit);
    after = page.next;
  }
  throw new Error('too many pages');
}

describe('summary queries', () => {
  const rows = makeSummaries(300);
  let db: AnamnesisDatabase;

  beforeAll(async () => {
    db = openTestDatabase();
    await db.summaries.bulkPut(rows);
  });
  afterAll(() => closeTestDatabases());

  describe.each(SORTS)('sorted by %s', (sort) => {
    it.each(FILTERS.map((filter) => [JSON.stringify(filter), filter] as const))('every page, both directions, filter %s', async (_name, filter) => {
      for (const direction of ['asc', 'desc'] as const) {
        const want = expected(rows, sort, direction, filter);
        for (const limit of [23, 50]) {
          const base: SummaryQuery = { sort, direction, filter, limit };
          const fromDexie = await walk((q) => querySummaries(db, q), base);
          const inMemory = await walk(async (q) => querySummaryRows(rows, q), base);
          expect(fromDexie).toEqual(want);
          expect(inMemory).toEqual(want);
        }
      }
    });
  });

  it('walks single-row pages the same way in both, where ties are common', async () => {
    for (const [sort, direction, filter] of [
      ['score', 'desc', {}],
      ['student', 'asc', { studentKey: ada }],
      ['date', 'asc', { flagged: true }],
    ] as const) {
      const base: SummaryQuery = { sort, direction, filter, limit: 1 };
      const want = expected(rows, sort, direction, filter);
      expect(await walk((q) => querySummaries(db, q), base)).toEqual(want);
      expect(await walk(async (q) => querySummaryRows(rows, q), base)).toEqual(want);
    }
  });

  it('has more rows than a page in the generated set, and ties on date and score', () => {
    expect(new Set(rows.map((r) => r.startedAt)).size).toBeLessThan(rows.length / 2);
    expect(new Set(rows.map((r) => r.scoreKey)).size).toBeLessThan(12);
  });

  it('reads an equality filter that matches the sort from its compound index, with no row-by-row check', () => {
    const date = (filter: SummaryFilter) => planQuery({ sort: 'date', direction: 'desc', filter, limit: 50 });
    expect(date({ caseKey: cough, from: 1 })).toMatchObject({ index: '[caseKey+startedAt+id]', exact: true });
    expect(date({ studentKey: ada })).toMatchObject({ index: '[studentKey+startedAt+id]', exact: true });
    expect(date({ unreviewed: true, to: 5 })).toMatchObject({ index: '[reviewed+startedAt+id]', exact: true });
    expect(date({ flagged: true })).toMatchObject({ index: '[flagged+startedAt+id]', exact: true });
    expect(date({ from: 1, to: 2 })).toMatchObject({ index: '[startedAt+id]', exact: true });
    expect(date({ search: 'ada' })).toMatchObject({ index: '[startedAt+id]', exact: false });
    expect(planQuery({ sort: 'case', direction: 'asc', filter: { caseKey: cough, from: 3 }, limit: 5 })).toMatchObject({ exact: true });
    expect(planQuery({ sort: 'score', direction: 'asc', filter: { caseKey: cough }, limit: 5 })).toMatchObject({ index: '[scoreKey+id]', exact: false });
  });

  it('orders keys as IndexedDB does', () => {
    expect(compareKeys([1, 'b'], [1, 'a'])).toBeGreaterThan(0);
    expect(compareKeys([2], ['1'])).toBeLessThan(0);
    expect(compareKeys(['a'], ['a', 1])).toBeLessThan(0);
    expect(compareKeys(['a', []], ['a', 9e15, 'zzz'])).toBeGreaterThan(0);
  });

  it('lists the distinct cases and students, sorted, the same from the indexes as from the rows', async () => {
    const facets = await summaryFacets(db);
    expect(facets).toEqual(summaryFacetsOfRows(rows));
    expect(facets.cases.map((c) => c.caseId)).toEqual(['postop-ileus', 'chest-pain', 'cough', 'cough-2']);
    expect(facets.cases.find((c) => c.caseId === 'cough-2')?.caseTitle).toBe('cough for three weeks');
    expect(facets.students.map((s) => s.studentKey)).toEqual(['ada', 'bartholomew ñúñez', 'chloé', 'dmitri', 'zed', 'émile zola']);
  });

  it('gives no facets and an empty page for an empty database', async () => {
    const empty = openTestDatabase(undefined, 'empty');
    await expect(summaryFacets(empty)).resolves.toEqual({ cases: [], students: [] });
    await expect(querySummaries(empty, { sort: 'date', direction: 'desc', filter: {}, limit: 50 })).resolves.toEqual({ rows: [], next: undefined });
  });

  it('rejects a page size that is not a positive whole number', async () => {
    await expect(querySummaries(db, { sort: 'date', direction: 'desc', filter: {}, limit: 0 })).rejects.toThrow(RangeError);
    expect(() => querySummaryRows(rows, { sort: 'date', direction: 'desc', filter: {}, limit: 1.5 })).toThrow(RangeError);
  });
});

describe('summaries written with sessions', () => {
  afterEach(() => closeTestDatabases());

  it('finds a session created through the store by its student, case and search words', async () => {
    const { createDexieStore } = await import('../../src/db');
    const store = createDexieStore(openTestDatabase());
    const session = await store.createSession(makeSession({ studentName: 'Grace Hopper' }));
    await store.createSession(makeSession({ studentName: 'Alan Turing', caseId: 'cough', caseTitle: 'Cough for three weeks' }));
    const page = await store.querySummaries({ sort: 'date', direction: 'desc', filter: { studentKey: 'grace hopper', search: 'ileus' }, limit: 50 });
    expect(page.rows.map((r) => r.id)).toEqual([session.id]);
    expect(page.next).toBeUndefined();
  });
});
