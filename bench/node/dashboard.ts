import type { BrowserContext } from 'playwright-core';
import type { QueryTimes, SeedResult } from '../dashboard-seed';

// The review desk over many sessions: seeds the app's own IndexedDB through a bench page on the
// same origin, then opens #/review in fresh pages and times, from navigation start (the page's
// performance.now() origin), the first page of rows appearing in the DOM and being painted.
// "Painted" is the end of the frame that shows them: a requestAnimationFrame callback, then a
// message posted from it, which runs once that frame's rendering is done.

export interface DashboardRun {
  /** The last script of the page received, ms after navigation start. */
  scripts: number;
  /** "Loading…" (the page waiting for its code or its data) first in the DOM. */
  fallback: number;
  /** The review page itself rendered (asking the store to open). */
  page: number;
  /** First body row inserted into the table, ms after navigation start. */
  inDom: number;
  /** The frame showing it rendered, ms after navigation start. */
  painted: number;
  rows: number;
  /** "Show more": click to the next 50 rows painted, ms. */
  more: number;
  /** "Download CSV" of every session: click to the file handed to the browser, ms. */
  csv: number;
}

declare global {
  interface Window {
    __dashboardFirstRows?: Promise<{ inDom: number; painted: number; rows: number; scripts: number; fallback: number; page: number }>;
  }
}

const ROWS = 'table tbody th[scope="row"]';

export async function seedDashboard(context: BrowserContext, url: string, count: number): Promise<SeedResult> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/bench/dashboard-seed.html`);
    await page.waitForFunction(() => window.__seedDashboard !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate((n) => {
      const seed = window.__seedDashboard;
      if (!seed) throw new Error('The seeding page did not start.');
      return seed(n);
    }, count);
  } finally {
    await page.close();
  }
}

/**
 * Set up before the page's own scripts run. A string, not a function: tsx would wrap named
 * inner functions in a helper that does not exist in the page.
 */
const FIRST_ROWS_SCRIPT = `
window.__dashboardFirstRows = new Promise((resolve) => {
  const selector = ${JSON.stringify(ROWS)};
  let fallback = NaN;
  let page = NaN;
  const observer = new MutationObserver(() => {
    const text = document.body ? document.body.textContent : '';
    if (Number.isNaN(fallback) && text.includes('Loading…')) fallback = performance.now();
    if (Number.isNaN(page) && (text.includes('Loading the sessions') || document.querySelector('table'))) page = performance.now();
    if (document.querySelectorAll(selector).length === 0) return;
    observer.disconnect();
    const inDom = performance.now();
    const scripts = Math.max(...performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js')).map((r) => r.responseEnd));
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ inDom, painted: performance.now(), rows: document.querySelectorAll(selector).length, scripts, fallback, page });
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
});
`;

export async function dashboardOnce(context: BrowserContext, url: string, expectedTotal: number): Promise<DashboardRun> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.addInitScript({ content: FIRST_ROWS_SCRIPT });
    await page.goto(`${url}/#/review`);
    const first = await page.evaluate(() => window.__dashboardFirstRows);
    if (!first) throw new Error('The timing script did not run.');

    const more = await page.evaluate(async (selector) => {
      const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Show more');
      if (!button) throw new Error('No "Show more" button.');
      const before = document.querySelectorAll(selector).length;
      const start = performance.now();
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(selector).length <= before) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve();
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        button.click();
      });
      return performance.now() - start;
    }, ROWS);

    const csvStart = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Download CSV' }).click();
    await page.getByText(`${expectedTotal} sessions in the file.`).waitFor({ timeout: 60_000 });
    const csv = (await page.evaluate(() => performance.now())) - csvStart;

    if (errors.length) throw new Error(`The dashboard failed: ${errors.join('; ')}`);
    return { ...first, more, csv };
  } finally {
    await page.close();
  }
}

/** The store's calls alone, on the seeding page (same origin, same database): opening, pages, lists. */
export async function timeQueries(context: BrowserContext, url: string): Promise<QueryTimes> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/bench/dashboard-seed.html`);
    await page.waitForFunction(() => window.__timeDashboardQueries !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(() => {
      const time = window.__timeDashboardQueries;
      if (!time) throw new Error('The seeding page did not start.');
      return time();
    });
  } finally {
    await page.close();
  }
}
