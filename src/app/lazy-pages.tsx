import { lazyPage } from './lazy-page';
import { routeKeyOf, type RouteKey } from './route-keys';

// Every page but the case list, each its own download: the interview (patient engine,
// storage), the sessions, the review desk and the settings load when someone goes there.
export const StartPage = lazyPage(() => import('./pages/StartPage').then((m) => m.StartPage));
export const EncounterPage = lazyPage(() => import('./pages/EncounterPage').then((m) => m.EncounterPage));
export const SessionsPage = lazyPage(() => import('./pages/SessionsPage').then((m) => m.SessionsPage));
export const ReviewDashboardPage = lazyPage(() => import('./pages/ReviewDashboardPage').then((m) => m.ReviewDashboardPage));
export const ReviewSessionPage = lazyPage(() => import('./pages/ReviewSessionPage').then((m) => m.ReviewSessionPage));
export const CohortPage = lazyPage(() => import('./pages/CohortPage').then((m) => m.CohortPage));
export const AuthoringPage = lazyPage(() => import('./pages/AuthoringPage').then((m) => m.AuthoringPage));
export const SettingsPage = lazyPage(() => import('../settings/SettingsPage').then((m) => m.SettingsPage));

type Preloadable = { preload(): Promise<unknown> };

const PAGES: Record<RouteKey, Preloadable> = {
  case: StartPage,
  session: EncounterPage,
  sessions: SessionsPage,
  settings: SettingsPage,
  author: AuthoringPage,
  review: ReviewDashboardPage,
  'review/session': ReviewSessionPage,
  'review/cohort': CohortPage,
};

/** The lazy page a route path (the URL hash) opens, to preload before the first render; undefined for the case list. */
export function pageForPath(path: string): Preloadable | undefined {
  const key = routeKeyOf(path);
  return key && PAGES[key];
}
