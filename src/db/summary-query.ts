import type { AnamnesisDatabase } from './database';
import type { SessionSummary } from './schema';
import { pageSize } from './sessions';
import { guardStorage } from './storage-errors';

// The dashboard's queries over session summaries: sort, filter, search, key-based paging.
// Every sort reads an index that ends in the primary key, so the order is total, ties are
// broken by id in both directions, and a page starts strictly after the last row of the one
// before: never an offset, so page 200 costs what page 1 does.

export type SummarySort = 'date' | 'score' | 'student' | 'case';

export interface SummaryFilter {
  /** SessionSummary.caseKey: one case exactly. */
  caseKey?: string;
  /** SessionSummary.studentKey: one student exactly. */
  studentKey?: string;
  /** startedAt >= from (epoch ms). */
  from?: number;
  /** startedAt < to (epoch ms). */
  to?: number;
  /** Only sessions with misinformation flags standing. */
  flagged?: boolean;
  /** Only sessions not marked as reviewed. */
  unreviewed?: boolean;
  /** Words that must all appear in the student's name, the case title or the case id. */
  search?: string;
}

export interface SummaryQuery {
  sort: SummarySort;
  direction: 'asc' | 'desc';
  filter: SummaryFilter;
  /** Page size. */
  limit: number;
  /** The last row of the previous page: the next page starts after it. */
  after?: SessionSummary;
}

export interface SummaryPage {
  rows: SessionSummary[];
  /** Pass as `after` for the next page; undefined on the last. */
  next: SessionSummary | undefined;
}

export interface SummaryFacets {
  cases: { caseKey: string; caseId: string; caseTitle: string }[];
  students: { studentKey: string; studentName: string }[];
}

/**
 * An index key. An array sorts after every number and string: [] is the top of a prefix's range,
 * [[]] above every compound key, and [] below them all. (Dexie.maxKey depends on the global
 * IndexedDB it finds when loaded, so it is not used.)
 */
type Key = (string | number | Key)[];
const TOP: Key = [];

/** The index that orders each sort, and a row's key in it. Index names must match SCHEMA_V3. */
const SORT_INDEX: Record<SummarySort, { index: string; key: (row: SessionSummary) => Key }> = {
  date: { index: '[startedAt+id]', key: (r) => [r.startedAt, r.id] },
  score: { index: '[scoreKey+id]', key: (r) => [r.scoreKey, r.id] },
  student: { index: '[studentKey+startedAt+id]', key: (r) => [r.studentKey, r.startedAt, r.id] },
  case: { index: '[caseKey+startedAt+id]', key: (r) => [r.caseKey, r.startedAt, r.id] },
};

/** IndexedDB's order for the keys used here: numbers before strings, strings by UTF-16 code units, arrays element-wise, a prefix first. */
export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i] as Key[number];
    const y = b[i] as Key[number];
    const order = rank(x) - rank(y);
    if (order !== 0) return order;
    if (Array.isArray(x) || Array.isArray(y)) {
      const inner = compareKeys(x as Key, y as Key);
      if (inner !== 0) return inner;
    } else if (x < y) return -1;
    else if (x > y) return 1;
  }
  return a.length - b.length;
}

const rank = (value: Key[number]) => (typeof value === 'number' ? 0 : typeof value === 'string' ? 1 : 2);

function searchWords(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a row passes every condition of the filter. */
export function matchesFilter(filter: SummaryFilter): (row: SessionSummary) => boolean {
  const words = searchWords(filter.search);
  return (row) =>
    (filter.caseKey === undefined || row.caseKey === filter.caseKey) &&
    (filter.studentKey === undefined || row.studentKey === filter.studentKey) &&
    (filter.from === undefined || row.startedAt >= filter.from) &&
    (filter.to === undefined || row.startedAt < filter.to) &&
    (!filter.flagged || row.flagged === 1) &&
    (!filter.unreviewed || row.reviewed === 0) &&
    words.every((word) => row.searchText.includes(word));
}

/**
 * How to read one page: an index, the fixed values its leading fields must equal, whether the
 * next field is startedAt (so from/to become part of the key range), and the row's key in it.
 */
interface Plan {
  index: string;
  prefix: Key;
  dateRange: boolean;
  key: (row: SessionSummary) => Key;
  /** Whether the range alone enforces the whole filter (no row-by-row check needed). */
  exact: boolean;
}

export function planQuery(query: SummaryQuery): Plan {
  const { sort, filter } = query;
  const sorted = SORT_INDEX[sort];
  const usesFromTo = filter.from !== undefined || filter.to !== undefined;
  let plan: Plan = { index: sorted.index, prefix: [], dateRange: sort === 'date', key: sorted.key, exact: false };
  let enforced: (keyof SummaryFilter)[] = sort === 'date' ? ['from', 'to'] : [];
  if (sort === 'date') {
    // The most selective equality whose index continues with startedAt and id.
    if (filter.caseKey !== undefined) {
      plan = { ...plan, index: SORT_INDEX.case.index, prefix: [filter.caseKey], key: SORT_INDEX.case.key };
      enforced = ['caseKey', 'from', 'to'];
    } else if (filter.studentKey !== undefined) {
      plan = { ...plan, index: SORT_INDEX.student.index, prefix: [filter.studentKey], key: SORT_INDEX.student.key };
      enforced = ['studentKey', 'from', 'to'];
    } else if (filter.unreviewed) {
      plan = { ...plan, index: '[reviewed+startedAt+id]', prefix: [0], key: (r) => [r.reviewed, r.startedAt, r.id] };
      enforced = ['unreviewed', 'from', 'to'];
    } else if (filter.flagged) {
      plan = { ...plan, index: '[flagged+startedAt+id]', prefix: [1], key: (r) => [r.flagged, r.startedAt, r.id] };
      enforced = ['flagged', 'from', 'to'];
    }
  } else if (sort === 'case' && filter.caseKey !== undefined) {
    plan = { ...plan, prefix: [filter.caseKey], dateRange: true };
    enforced = ['caseKey', 'from', 'to'];
  } else if (sort === 'student' && filter.studentKey !== undefined) {
    plan = { ...plan, prefix: [filter.studentKey], dateRange: true };
    enforced = ['studentKey', 'from', 'to'];
  }
  const active = (Object.keys(filter) as (keyof SummaryFilter)[]).filter((name) => {
    const value = filter[name];
    if (name === 'search') return searchWords(filter.search).length > 0;
    if (name === 'flagged' || name === 'unreviewed') return value === true;
    return value !== undefined;
  });
  const needsDates = usesFromTo && !plan.dateRange;
  return { ...plan, exact: !needsDates && active.every((name) => enforced.includes(name)) };
}

/** Lower and upper bounds of the plan's key range; undefined means unbounded. Both are inclusive of every stored key in between. */
function bounds(plan: Plan, filter: SummaryFilter): { lower: Key | undefined; upper: Key | undefined } {
  const { prefix } = plan;
  // [p, from] sorts before every [p, from, id] and [p, to] before every [p, to, id]: from is in, to is out.
  const from = plan.dateRange ? filter.from : undefined;
  const to = plan.dateRange ? filter.to : undefined;
  const lower = from !== undefined ? [...prefix, from] : prefix.length ? prefix : undefined;
  const upper = to !== undefined ? [...prefix, to] : prefix.length ? [...prefix, TOP] : undefined;
  return { lower, upper };
}

export async function querySummaries(db: AnamnesisDatabase, query: SummaryQuery): Promise<SummaryPage> {
  const size = pageSize(query.limit);
  const plan = planQuery(query);
  let { lower, upper } = bounds(plan, query.filter);
  let lowerOpen = false;
  let upperOpen = false;
  const after = query.after && plan.key(query.after);
  if (after && query.direction === 'asc' && (!lower || compareKeys(after, lower) >= 0)) [lower, lowerOpen] = [after, true];
  if (after && query.direction === 'desc' && (!upper || compareKeys(after, upper) <= 0)) [upper, upperOpen] = [after, true];
  if (lower && upper && compareKeys(lower, upper) > 0) return { rows: [], next: undefined };

  return guardStorage(async () => {
    let collection = db.summaries
      .where(plan.index)
      .between(lower ?? [], upper ?? [TOP], !lowerOpen, !upperOpen);
    if (query.direction === 'desc') collection = collection.reverse();
    if (!plan.exact) collection = collection.filter(matchesFilter(query.filter));
    return toSummaryPage(await collection.limit(size + 1).toArray(), size);
  });
}

function toSummaryPage(rows: SessionSummary[], size: number): SummaryPage {
  const page = rows.slice(0, size);
  return { rows: page, next: rows.length > size ? page.at(-1) : undefined };
}

export function querySummaryRows(rows: readonly SessionSummary[], query: SummaryQuery): SummaryPage {
  const size = pageSize(query.limit);
  const { key } = SORT_INDEX[query.sort];
  const sign = query.direction === 'asc' ? 1 : -1;
  const after = query.after && key(query.after);
  const matches = matchesFilter(query.filter);
  const selected = rows
    .filter((row) => matches(row) && (!after || sign * compareKeys(key(row), after) > 0))
    .sort((a, b) => sign * compareKeys(key(a), key(b)));
  return toSummaryPage(selected.slice(0, size + 1), size);
}

/**
 * Distinct cases and students, each with the row of smallest id under its key. A skip scan:
 * one cursor per index that, after each row, seeks straight past every other row with the same
 * key, so it costs one step per distinct key. (Walking the whole index, as uniqueKeys() does,
 * costs one step per row: ~100 ms at 10,000 sessions in Chromium, measured by `npm run bench`.)
 */
export async function summaryFacets(db: AnamnesisDatabase): Promise<SummaryFacets> {
  return guardStorage(async () => {
    if (!db.isOpen()) await db.open();
    const transaction = db.backendDB().transaction('summaries', 'readonly');
    const [cases, students] = await Promise.all([firstRowPerKey(transaction, 'caseKey'), firstRowPerKey(transaction, 'studentKey')]);
    return { cases: cases.map(caseFacet), students: students.map(studentFacet) };
  });
}

/** The first row (in index order, so the smallest id) of each distinct string key of `index`. */
function firstRowPerKey(transaction: IDBTransaction, index: 'caseKey' | 'studentKey'): Promise<SessionSummary[]> {
  return new Promise((resolve, reject) => {
    const rows: SessionSummary[] = [];
    const request = transaction.objectStore('summaries').index(index).openCursor();
    request.onsuccess = () => {
      const cursor = request.result;
      if (!cursor) return resolve(rows);
      const row = cursor.value as SessionSummary;
      rows.push(row);
      // The smallest string greater than the key: the next distinct key's first row.
      cursor.continue(`${row[index]}\u0000`);
    };
    request.onerror = () => reject(request.error);
  });
}

const caseFacet = (row: SessionSummary) => ({ caseKey: row.caseKey, caseId: row.caseId, caseTitle: row.caseTitle });
const studentFacet = (row: SessionSummary) => ({ studentKey: row.studentKey, studentName: row.studentName });

export function summaryFacetsOfRows(rows: readonly SessionSummary[]): SummaryFacets {
  const byId = [...rows].sort((a, b) => compareKeys([a.id], [b.id]));
  const cases = new Map<string, SessionSummary>();
  const students = new Map<string, SessionSummary>();
  for (const row of byId) {
    if (!cases.has(row.caseKey)) cases.set(row.caseKey, row);
    if (!students.has(row.studentKey)) students.set(row.studentKey, row);
  }
  const sortedValues = (map: Map<string, SessionSummary>) =>
    [...map.entries()].sort(([a], [b]) => compareKeys([a], [b])).map(([, row]) => row);
  return { cases: sortedValues(cases).map(caseFacet), students: sortedValues(students).map(studentFacet) };
}
