import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import type { SessionStore } from '../../db';
import { BUNDLE_EXTENSION } from './bundle-schema';
import { describeReport, importBundleFiles, type FileReport } from './import-file';
import './bundle.css';

// "Import sessions": session files from students, picked or dropped, many at once. Each file
// imports on its own (all or nothing); the list says what became of each.

interface Props {
  store: SessionStore;
  onImported(): void;
}

export function ImportSessions({ store, onImported }: Props) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [reports, setReports] = useState<FileReport[]>([]);

  const importFiles = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setReports([]);
    try {
      await importBundleFiles(store, files, (report) => setReports((done) => [...done, report]));
    } finally {
      setBusy(false);
      onImported();
    }
  };

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    void importFiles(Array.from(input.files ?? [])).finally(() => {
      // Picking the same file again must fire another change.
      input.value = '';
    });
  };

  const dropped = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void importFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <div
      className={`session-import${dragging ? ' session-import-dragging' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={dropped}
    >
      <label htmlFor={id}>Import sessions</label>
      <input id={id} type="file" accept={`${BUNDLE_EXTENSION},.json,application/json`} multiple disabled={busy} onChange={picked} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="field-hint">
        Session files ({BUNDLE_EXTENSION}) exported by students from “My sessions”: pick several or drop them here. A session
        already here is skipped; nothing stored is ever replaced.
      </p>
      <div role="status" className="session-import-results">
        {busy && <p>Importing…</p>}
        {reports.length > 0 && (
          <ul>
            {reports.map((report, index) => (
              <li key={`${index} ${report.file}`} className={report.kind === 'rejected' ? 'import-rejected' : 'import-saved'}>
                <strong>{report.file}</strong>: {describeReport(report)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
