import { useMemo } from 'react';
import { Link, Route, Router, Switch, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CasesPage } from './pages/CasesPage';
import { AuthoringPage, CohortPage, EncounterPage, ReviewDashboardPage, ReviewSessionPage, SessionsPage, SettingsPage, StartPage } from './lazy-pages';
import type { AppServices } from './services';
import { ServicesContext } from './ServicesContext';

// The shell: header with navigation, the routed page, footer. Features are composed here and
// nowhere else. Routes live in the URL hash (#/session/…), so a deep link survives a reload
// on any static host, with no server rewrite rules.

export function App({ services }: { services: AppServices }) {
  const provided = useMemo(() => services, [services]);
  return (
    <ServicesContext value={provided}>
      <Router hook={useHashLocation}>
        <a className="skip-link" href="#main" onClick={skipToMain}>
          Skip to the content
        </a>
        <header className="app-header">
          <div className="app-width">
            <h1 className="app-name">Anamnesis</h1>
            <p className="app-tagline">Practise taking a history from a simulated patient, then see what you missed.</p>
            <nav className="app-nav" aria-label="Main">
              <ul>
                <NavLink href="/">Cases</NavLink>
                <NavLink href="/sessions">My sessions</NavLink>
                <NavLink href="/review">Review</NavLink>
                <NavLink href="/settings">Settings</NavLink>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="app-main app-width" tabIndex={-1}>
          <Switch>
            <Route path="/">{() => <CasesPage />}</Route>
            <Route path="/case/:caseId">{(params) => <StartPage.Page caseId={params.caseId} />}</Route>
            <Route path="/session/:sessionId">{(params) => <EncounterPage.Page key={params.sessionId} sessionId={params.sessionId} />}</Route>
            <Route path="/sessions">{() => <SessionsPage.Page />}</Route>
            <Route path="/review">{() => <ReviewDashboardPage.Page />}</Route>
            <Route path="/review/session/:sessionId">{(params) => <ReviewSessionPage.Page key={params.sessionId} sessionId={params.sessionId} />}</Route>
            <Route path="/review/cohort/:caseId?">{(params) => <CohortPage.Page caseId={params.caseId} />}</Route>
            <Route path="/author/:caseKey?">{(params) => <AuthoringPage.Page key={params.caseKey ?? 'new'} caseKey={params.caseKey} />}</Route>
            <Route path="/settings">{() => <SettingsPage.Page />}</Route>
            <Route>{() => <p role="alert">This page does not exist. <Link href="/">Back to the cases</Link></p>}</Route>
          </Switch>
        </main>
        <footer className="app-footer">
          <div className="app-width">
            <p>All patients are fictional. For learning only — not medical advice.</p>
          </div>
        </footer>
      </Router>
    </ServicesContext>
  );
}

function NavLink({ href, children }: { href: string; children: string }) {
  const [active] = useRoute(href === '/' ? '/' : `${href}/*?`);
  return (
    <li>
      <Link href={href} aria-current={active ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/** The hash holds the route, so the skip link moves focus itself instead of changing it. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
