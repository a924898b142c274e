import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { gzipSize } from './serve';

// The JavaScript the first screen (the case list at #/) loads, gzip-compressed: measured in
// Chromium (every .js request until the case list shows), and cross-checked by following the
// built files (the entry's static imports plus the bundled-case chunk the list loads at start).

export interface FileSize {
  file: string;
  bytes: number;
  gzip: number;
}

function sizeOf(dist: string, file: string): FileSize {
  const bytes = readFileSync(join(dist, file));
  return { file, bytes: bytes.length, gzip: gzipSize(bytes) };
}

/** Loads #/ in a fresh page and lists the scripts requested until the case list has rendered. */
export async function firstScreenInBrowser(context: BrowserContext, url: string, dist: string): Promise<FileSize[]> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js') || request.resourceType() === 'script') scripts.add(pathname);
  });
  await page.goto(`${url}/#/`);
  await page.getByRole('link', { name: /^Start: / }).first().waitFor({ timeout: 30_000 });
  const loaded = [...scripts];
  await page.close();
  return loaded.map((pathname) => sizeOf(dist, pathname.slice(1)));
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']\.\/([^"']+\.js)["']/g;

/** The entry chunk of index.html, its static imports (transitively), and assets/bundled-*.js. */
export function firstScreenFromBuild(dist: string): FileSize[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error(`No module entry script in ${dist}/index.html`);
  const files = new Set<string>();
  const follow = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    for (const match of readFileSync(join(dist, file), 'utf8').matchAll(STATIC_IMPORT)) follow(`${dir}${match[1]}`);
  };
  follow(entry);
  for (const name of readdirSync(join(dist, 'assets')).filter((n) => /^bundled-.*\.js$/.test(n))) follow(`assets/${name}`);
  return [...files].map((file) => sizeOf(dist, file));
}
