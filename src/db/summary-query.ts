import type { AnamnesisDatabase } from './database';
import type { SessionSummary } from './schema';

// The dashboard's queries over session summaries: sort, filter, search, key-based paging.
// (Types are final; the implementations are being written.)

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

export async function querySummaries(_db: AnamnesisDatabase, _query: SummaryQuery): Promise<SummaryPage> {
  throw new Error('not written yet');
}

export function querySummaryRows(_rows: readonly SessionSummary[], _query: SummaryQuery): SummaryPage {
  throw new Error('not written yet');
}

export async function summaryFacets(_db: AnamnesisDatabase): Promise<SummaryFacets> {
  throw new Error('not written yet');
}

export function summaryFacetsOfRows(_rows: readonly SessionSummary[]): SummaryFacets {
  throw new Error('not written yet');
}
