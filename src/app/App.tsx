import { Suspense, use } from 'react';
import { loadBundledCaseLibrary } from '../case/library';
import { CaseList } from '../case-list';

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
        <Suspense fallback={<p role="status">Loading cases…</p>}>
          <BundledCaseList />
        </Suspense>
      </main>
      <footer className="app-footer">
        <div className="app-width">
          <p>All patients are fictional. For learning only — not medical advice.</p>
        </div>
      </footer>
    </>
  );
}

/** The cases shipped in cases/, parsed once in the browser (the loader never rejects). */
function BundledCaseList() {
  const library = use(loadBundledCaseLibrary());
  return <CaseList library={library} />;
}
