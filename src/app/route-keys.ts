// Which page a route path (the URL hash without `#`) opens, as a key. Plain TypeScript without
// imports: the build reads it too (scripts/vite-route-preload.ts), to tell a deep link's first
// request which code to fetch.

export const ROUTE_PAGES = {
  case: 'src/app/pages/StartPage.tsx',
  session: 'src/app/pages/EncounterPage.tsx',
  sessions: 'src/app/pages/SessionsPage.tsx',
  settings: 'src/settings/SettingsPage.tsx',
  author: 'src/app/pages/AuthoringPage.tsx',
  review: 'src/app/pages/ReviewDashboardPage.tsx',
  'review/session': 'src/app/pages/ReviewSessionPage.tsx',
  'review/cohort': 'src/app/pages/CohortPage.tsx',
} as const;

export type RouteKey = keyof typeof ROUTE_PAGES;

/**
 * The key of `path`'s page; undefined for the case list and unknown paths. Kept to plain
 * ES5-style code: the build inlines this very function's text into index.html.
 */
export function routeKeyOf(path: string): RouteKey | undefined {
  var parts = path.replace(/^#?\/?/, '').split(/[/?]/);
  var key = parts[0] === 'review' && (parts[1] === 'session' || parts[1] === 'cohort') ? 'review/' + parts[1] : parts[0];
  return key && Object.prototype.hasOwnProperty.call(ROUTE_PAGES, key) ? (key as RouteKey) : undefined;
}
