import { existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// Browser tests drive a Chromium that is already on the machine: nothing is downloaded.

/** CHROMIUM_PATH, then Debian's package, then Playwright's own cache. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'].find(existsSync);
  if (system) return system;
  const cache = join(process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'));
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const sub of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-headless-shell-linux64/chrome-headless-shell']) {
      const candidate = join(cache, dir, sub);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** A fresh browser profile each time: no state leaks between tests. */
export async function launch(viewport = { width: 1280, height: 900 }): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: install Debian\'s chromium or set CHROMIUM_PATH.');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'anamnesis-e2e-')), {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
  });
}

export const SCREENSHOTS = 'test-results/screenshots';

/** A fresh profile's first page, with the page's uncaught errors collected for the test to check. */
export async function openPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const context = await launch();
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}
