import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionStore, SessionSummary, SummaryFilter, SummaryPage, SummarySort } from '../../db';

// The dashboard's rows: the first page for the current sort and filters, then more pages on
// request, each starting after the last row shown. A newer query wins: answers to older ones
// (a search typed faster than the store replies) are dropped.

export const PAGE_SIZE = 50;

export interface SummaryView {
  sort: SummarySort;
  direction: 'asc' | 'desc';
  filter: SummaryFilter;
}

export interface SummaryPages {
  status: 'loading' | 'ready' | 'failed';
  rows: SessionSummary[];
  /** Whether "Show more" has anything to show. */
  hasMore: boolean;
  /** True while a further page is being read. */
  loadingMore: boolean;
  showMore(): void;
}

interface Loaded {
  rows: SessionSummary[];
  next: SessionSummary | undefined;
  status: SummaryPages['status'];
}

/** The query for the first page of `view`, as this hook asks it: a page can read it ahead. */
export function firstPageQuery(view: SummaryView) {
  return { ...view, limit: PAGE_SIZE };
}

/** `initial`, when given, is the first page of `view` already read: shown at once, not read again. */
export function useSummaryPages(store: SessionStore, view: SummaryView, version: number, initial?: SummaryPage): SummaryPages {
  const [loaded, setLoaded] = useState<Loaded>(
    initial ? { rows: initial.rows, next: initial.next, status: 'ready' } : { rows: [], next: undefined, status: 'loading' },
  );
  const [loadingMore, setLoadingMore] = useState(false);
  const ticket = useRef(0);
  const skipFirst = useRef(initial !== undefined);
  const key = JSON.stringify(view);

  useEffect(() => {
    const mine = ++ticket.current;
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    // The rows shown stay until the new ones arrive: no flash of an empty table.
    setLoaded((current) => ({ ...current, status: 'loading' }));
    setLoadingMore(false);
    store.querySummaries(firstPageQuery(view)).then(
      (page) => mine === ticket.current && setLoaded({ rows: page.rows, next: page.next, status: 'ready' }),
      () => mine === ticket.current && setLoaded({ rows: [], next: undefined, status: 'failed' }),
    );
    // `key` stands for the view's contents.
  }, [store, key, version]);

  const showMore = useCallback(() => {
    const after = loaded.next;
    if (!after || loadingMore) return;
    const mine = ticket.current;
    setLoadingMore(true);
    store.querySummaries({ ...view, limit: PAGE_SIZE, after }).then(
      (page) => {
        if (mine !== ticket.current) return;
        setLoaded((current) => ({ rows: [...current.rows, ...page.rows], next: page.next, status: 'ready' }));
        setLoadingMore(false);
      },
      () => {
        if (mine !== ticket.current) return;
        setLoaded((current) => ({ ...current, status: 'failed' }));
        setLoadingMore(false);
      },
    );
    // `key` stands for the view's contents.
  }, [store, key, loaded.next, loadingMore]);

  return { status: loaded.status, rows: loaded.rows, hasMore: loaded.next !== undefined, loadingMore, showMore };
}
