import { useState } from 'react';
import type { SessionRecord, SessionStore } from '../../db';
import type { FindCase } from './collect-export';
import { describeExport, exportSessions } from './export-sessions';

// The "Export sessions" button of "My sessions" (all sessions) and the per-session "Export".

interface Props {
  store: SessionStore;
  findCase: FindCase;
  /** One session; all sessions when not given. */
  only?: SessionRecord;
}

export function ExportSessions({ store, findCase, only }: Props) {
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done' | 'failed'; message: string }>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'busy' });
    try {
      setState({ kind: 'done', message: describeExport(await exportSessions(store, findCase, only)) });
    } catch (error) {
      setState({ kind: 'failed', message: `The export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };
  const label = only ? 'Export' : 'Export sessions';
  return (
    <span className="session-export">
      <button type="button" className={only ? 'button button-small' : 'button'} onClick={() => void run()} disabled={state.kind === 'busy'} aria-label={only ? `Export: ${only.caseTitle}` : undefined}>
        {state.kind === 'busy' ? 'Exporting…' : label}
      </button>
      {(state.kind === 'done' || state.kind === 'failed') && (
        <span role={state.kind === 'failed' ? 'alert' : 'status'} className={state.kind === 'failed' ? 'form-error' : 'field-hint'}>
          {' '}
          {state.message}
        </span>
      )}
    </span>
  );
}
