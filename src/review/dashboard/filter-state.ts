import type { SummaryFilter, SummarySort } from '../../db';

// What the filter controls hold (strings, as the inputs give them), and the query they mean.

export interface FilterState {
  caseKey: string;
  studentKey: string;
  /** yyyy-mm-dd from a date input, or empty. */
  from: string;
  to: string;
  flagged: boolean;
  unreviewed: boolean;
  search: string;
}

export const NO_FILTERS: FilterState = { caseKey: '', studentKey: '', from: '', to: '', flagged: false, unreviewed: false, search: '' };

export interface SortState {
  sort: SummarySort;
  direction: 'asc' | 'desc';
}

/** Newest first: what an instructor opening the desk wants to see. */
export const DEFAULT_SORT: SortState = { sort: 'date', direction: 'desc' };

/** The direction a column starts in when first clicked: names A–Z, dates and scores highest first. */
export const FIRST_DIRECTION: Record<SummarySort, 'asc' | 'desc'> = { date: 'desc', score: 'desc', student: 'asc', case: 'asc' };

/** Local midnight of a yyyy-mm-dd day, in epoch ms; undefined for an empty or malformed value. */
export function localDayStart(day: string, plusDays = 0): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plusDays).getTime();
}

/** The store's filter: dates become local day bounds, "to" including the whole day chosen. */
export function toSummaryFilter(state: FilterState): SummaryFilter {
  const filter: SummaryFilter = {};
  if (state.caseKey) filter.caseKey = state.caseKey;
  if (state.studentKey) filter.studentKey = state.studentKey;
  const from = localDayStart(state.from);
  const to = localDayStart(state.to, 1);
  if (from !== undefined) filter.from = from;
  if (to !== undefined) filter.to = to;
  if (state.flagged) filter.flagged = true;
  if (state.unreviewed) filter.unreviewed = true;
  if (state.search.trim()) filter.search = state.search.trim();
  return filter;
}

export function isFiltered(state: FilterState): boolean {
  return Object.keys(toSummaryFilter(state)).length > 0;
}

/** What the desk shows when it opens: every session, newest first. */
export const DASHBOARD_START = { ...DEFAULT_SORT, filter: toSummaryFilter(NO_FILTERS) };
