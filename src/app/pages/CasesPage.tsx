import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { caseKey, isStored } from '../../case/case-key';
import type { CaseLibrary, LibraryCase } from '../../case/library';
import { CaseImport, CaseList, importCaseFiles, type ImportOutcome } from '../../case-list';
import { expandCaseSources } from '../../case-list/expand-imports';
import type { AppServices } from '../services';
import { useServices } from '../ServicesContext';
import { useAsync } from './useAsync';

// The bundled cases show first; the cases stored in this browser join them once the list has
// painted and storage has opened (the database code is not part of the first download).
// An import adds to the list as soon as it is saved.

const MEMORY_ONLY =
  'This browser does not let Anamnesis save here (private mode?), so imported cases are kept only until this tab is closed.';

export function CasesPage() {
  const services = useServices();
  const bundled = useAsync(() => services.bundledLibrary(), []);
  const [withStored, setWithStored] = useState<CaseLibrary>();
  const [storageNote, setStorageNote] = useState<string>();

  useEffect(() => {
    if (bundled.status !== 'ready') return;
    let live = true;
    // After the list has painted: the storage code is not needed to show it. On failure the
    // bundled list stays; library() itself reports stored cases it cannot read.
    const cancel = whenIdle(() => services.library().then((library) => live && setWithStored(library), () => {}));
    return () => {
      live = false;
      cancel();
    };
  }, [bundled.status, services]);

  if (bundled.status === 'loading') return <p role="status">Loading cases…</p>;
  if (bundled.status === 'failed') return <LoadFailed what="the cases" />;

  const onImport = async (files: File[]): Promise<ImportOutcome[]> => {
    const { outcomes, kind } = await importFiles(services, files);
    if (kind === 'memory') setStorageNote(MEMORY_ONLY);
    setWithStored(await services.library());
    return outcomes;
  };

  return (
    <CaseList
      library={withStored ?? bundled.value}
      toolbar={
        <div className="case-authoring">
          <CaseImport onImport={onImport} storageNote={storageNote} />
          <Link href="/author" className="button">
            Write a new case
          </Link>
        </div>
      }
      action={(entry) => <CaseActions entry={entry} />}
    />
  );
}

/** Runs `task` once the browser is idle (within half a second), or on the next task where there is no idle callback. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 500 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

async function importFiles(services: AppServices, files: File[]) {
  // The validator (the YAML parser) loads only when someone imports.
  const [{ checkCaseFile }, { cases }] = await Promise.all([import('../../case/stored'), services.sessions()]);
  // Files from other tools (AgentClinic .jsonl, VSP .txt) are converted first; the importers load only then.
  const { files: caseFiles, failures } = await expandCaseSources(files, async (format, text, file) => {
    const importer = (await import('../../case/importers')).importerFor(format);
    if (!importer) throw new Error(`no importer for ${format}`);
    return importer.importText(text, file);
  });
  const outcomes = await importCaseFiles(caseFiles, {
    check: checkCaseFile,
    save: (record) => cases.saveCase({ ...record, savedAt: Date.now(), source: 'import' }),
  });
  return { outcomes: [...failures, ...outcomes], kind: cases.kind };
}

function CaseActions({ entry }: { entry: LibraryCase }) {
  const title = isStored(entry) ? `${entry.case.title} (stored in this browser)` : entry.case.title;
  return (
    <span className="case-actions">
      <Link href={`/case/${caseKey(entry)}`} className="button button-primary" aria-label={`Start: ${title}`}>
        Start
      </Link>
      <Link href={`/author/${caseKey(entry)}`} className="button button-small" aria-label={`Edit a copy: ${title}`}>
        Edit a copy
      </Link>
    </span>
  );
}

export function LoadFailed({ what }: { what: string }) {
  return (
    <div className="load-error" role="alert">
      <p>Could not load {what}. Check your connection and reload the page.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
