import type { BrowserContext } from 'playwright-core';
import type { ImportRun } from '../import-bench';

// Importing a session file through the app's own import code, in Chromium with its real
// IndexedDB, on a bench page served beside the app (bench/import-bench.html).

export async function importOnce(context: BrowserContext, url: string, sessions: number, run: number): Promise<ImportRun> {
  const page = await context.newPage();
  try {
    await page.goto(`${url}/bench/import-bench.html`);
    await page.waitForFunction(() => window.__benchImport !== undefined, undefined, { timeout: 30_000 });
    return await page.evaluate(
      ([n, r]) => {
        const bench = window.__benchImport;
        if (!bench) throw new Error('The import bench page did not start.');
        return bench(n, r);
      },
      [sessions, run] as const,
    );
  } finally {
    await page.close();
  }
}
