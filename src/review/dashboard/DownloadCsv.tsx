import { useState } from 'react';
import type { SessionStore } from '../../db';
import { CSV_BOM, CSV_MIME, csvLine, GRADEBOOK_HEADER, gradebookLine } from '../gradebook/csv';
import { downloadBlob } from '../../ui/download';
import type { SummaryView } from './useSummaryPages';

// "Download CSV": every session the current filters match, in the table's order, read page by
// page (summaries only), then handed to the browser as one file.

const CSV_PAGE = 1000;

export async function gradebookBlob(store: SessionStore, view: SummaryView): Promise<{ blob: Blob; count: number }> {
  const parts: string[] = [CSV_BOM, csvLine(GRADEBOOK_HEADER)];
  let count = 0;
  let page = await store.querySummaries({ ...view, limit: CSV_PAGE });
  for (;;) {
    for (const row of page.rows) parts.push(gradebookLine(row));
    count += page.rows.length;
    if (!page.next) break;
    page = await store.querySummaries({ ...view, limit: CSV_PAGE, after: page.next });
  }
  return { blob: new Blob(parts, { type: CSV_MIME }), count };
}

export function DownloadCsv({ store, view }: { store: SessionStore; view: SummaryView }) {
  const [state, setState] = useState<{ kind: 'idle' | 'working' } | { kind: 'done'; count: number } | { kind: 'failed' }>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'working' });
    try {
      const { blob, count } = await gradebookBlob(store, view);
      downloadBlob(`anamnesis-gradebook-${new Date().toISOString().slice(0, 10)}.csv`, blob);
      setState({ kind: 'done', count });
    } catch {
      setState({ kind: 'failed' });
    }
  };
  return (
    <div className="dashboard-download">
      <button type="button" className="button" onClick={download} disabled={state.kind === 'working'}>
        {state.kind === 'working' ? 'Preparing CSV…' : 'Download CSV'}
      </button>
      <span role="status" className="field-hint">
        {state.kind === 'done' && `${state.count} ${state.count === 1 ? 'session' : 'sessions'} in the file.`}
        {state.kind === 'failed' && <span className="form-error">Could not read the sessions for the file. Try again.</span>}
      </span>
    </div>
  );
}
