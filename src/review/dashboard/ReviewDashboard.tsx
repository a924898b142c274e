import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { SessionStore, SummaryFacets, SummaryPage, SummarySort } from '../../db';
import { DashboardFilters } from './DashboardFilters';
import { DownloadCsv } from './DownloadCsv';
import { DEFAULT_SORT, FIRST_DIRECTION, isFiltered, NO_FILTERS, toSummaryFilter, type FilterState, type SortState } from './filter-state';
import { SummaryTable } from './SummaryTable';
import { useSummaryPages } from './useSummaryPages';
import { useSettled } from './useSettled';
import './dashboard.css';

const SEARCH_PAUSE_MS = 200;

// The instructor's review desk: every session in this browser (made here or imported), as
// summaries only, so the first page costs the same at ten sessions or ten thousand.

interface Props {
  store: SessionStore;
  /** Changes when sessions were added elsewhere (an import): the table and filters are read again. */
  version: number;
  /** The import control, shown above the table. */
  toolbar?: React.ReactNode;
  /** The first page of DASHBOARD_START, if the page read it ahead (see firstPageQuery). */
  initialPage?: SummaryPage | undefined;
}

export function ReviewDashboard({ store, version, toolbar, initialPage }: Props) {
  const [filters, setFilters] = useState<FilterState>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>(DEFAULT_SORT);
  // A search that matches little reads every summary (~250 ms at 10,000): one read per pause in
  // typing, not one per key. The other filters use indexes and apply at once.
  const search = useSettled(filters.search, SEARCH_PAUSE_MS);
  const view = { ...sort, filter: toSummaryFilter({ ...filters, search }) };
  const pages = useSummaryPages(store, view, version, initialPage);
  // The filters' lists wait for the first rows: they share the database with them.
  const [firstShown, setFirstShown] = useState(false);
  useEffect(() => {
    if (pages.status !== 'loading') setFirstShown(true);
  }, [pages.status]);
  const facets = useFacets(store, version, firstShown);

  const onSort = (column: SummarySort) =>
    setSort((current) =>
      current.sort === column
        ? { sort: column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
        : { sort: column, direction: FIRST_DIRECTION[column] },
    );
  const filtered = isFiltered(filters);

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="dashboard-head">
        <h2 id="dashboard-title">Review</h2>
        <Link href="/review/cohort" className="button">
          Cohort analytics
        </Link>
      </div>
      <p className="field-hint">Sessions made in this browser and imported from students. Open one to review its transcript and grading.</p>
      {toolbar}
      <DashboardFilters value={filters} facets={facets} onChange={setFilters} />
      <div className="dashboard-actions">
        <DownloadCsv store={store} view={view} />
        {pages.status === 'loading' && (
          <span role="status" className="field-hint">
            Loading sessions…
          </span>
        )}
      </div>
      {pages.status === 'failed' ? (
        <p role="alert" className="banner banner-error">
          Could not read the sessions stored in this browser. Reload the page to try again.
        </p>
      ) : (
        <SummaryTable
          rows={pages.rows}
          sort={sort}
          onSort={onSort}
          busy={pages.status === 'loading'}
          empty={pages.status === 'loading' || search !== filters.search ? 'Loading sessions…' : <Empty filtered={filtered} clear={() => setFilters(NO_FILTERS)} />}
        />
      )}
      {pages.hasMore && (
        <button type="button" className="button dashboard-more" onClick={pages.showMore} disabled={pages.loadingMore}>
          {pages.loadingMore ? 'Loading more…' : 'Show more'}
        </button>
      )}
    </section>
  );
}

function Empty({ filtered, clear }: { filtered: boolean; clear(): void }) {
  if (filtered) {
    return (
      <>
        <p>No sessions match these filters.</p>
        <button type="button" className="button button-small" onClick={clear}>
          Clear filters
        </button>
      </>
    );
  }
  return (
    <>
      <p>
        <strong>No sessions yet.</strong>
      </p>
      <p>
        Import the session files your students export from <em>My sessions</em> with <strong>Import sessions</strong> above; their
        sessions, and any made in this browser, appear here.
      </p>
    </>
  );
}

/** The cases and students for the filters; read once `wanted`, and again after an import. */
function useFacets(store: SessionStore, version: number, wanted: boolean): SummaryFacets | undefined {
  const [facets, setFacets] = useState<SummaryFacets>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    store.summaryFacets().then(
      (value) => live && setFacets(value),
      // The table still works without the lists; the selects offer "All" only.
      () => live && setFacets({ cases: [], students: [] }),
    );
    return () => {
      live = false;
    };
  }, [store, version, wanted]);
  return facets;
}
