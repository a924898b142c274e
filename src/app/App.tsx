import { Suspense, use } from 'react';
import type { CaseLibrary } from '../case/library';
import { CaseList } from '../case-list';
import { LoadErrorBoundary } from './LoadErrorBoundary';

// The shell: header, main content, footer. Features are composed here and nowhere else.

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the cases
      </a>
      <header className="app-header">
        <div className="app-width">
          <h1 className="app-name">Anamnesis</h1>
          <p className="app-tagline">Practise taking a history from a simulated patient, then see what you missed.</p>
        </div>
      </header>
      <main id="main" className="app-main app-width" tabIndex={-1}>
        <LoadErrorBoundary what="the cases">
          <Suspense fallback={<p role="status">Loading cases…</p>}>
            <BundledCaseList />
          </Suspense>
        </LoadErrorBoundary>
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <p>All patients are fictional. For learning only — not medical advice.</p>
        </div>
      </footer>
    </>
  );
}

let bundledLibrary: Promise<CaseLibrary> | undefined;

/**
 * The cases shipped in cases/, parsed in the browser. The loader (YAML parser, zod and the case
 * texts) is its own chunk, so the page frame paints before it arrives. An invalid case never makes
 * it reject; only a chunk that cannot be fetched does (LoadErrorBoundary).
 */
function loadBundledLibrary(): Promise<CaseLibrary> {
  bundledLibrary ??= import('../case/library').then((library) => library.loadBundledCaseLibrary());
  return bundledLibrary;
}

function BundledCaseList() {
  const library = use(loadBundledLibrary());
  return <CaseList library={library} />;
}
