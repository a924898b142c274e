// `npm run bench`: figures, not a test. Builds the streaming benchmark page and the app into
// dist-bench/, serves both on loopback, drives Debian's Chromium (offline: nothing is
// downloaded), and prints medians of 3 runs: the cost of streaming a long reply into the
// interview screen with a short and a long conversation, and the first screen's JavaScript;
// then imports a file of 1,000 sessions (median of 3), and seeds 10,000 sessions into the app's
// IndexedDB and times the review desk (median of 5). `--only dashboard,import` runs some parts.
// It never fails on a figure: the targets are printed beside them.
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { dashboardOnce, seedDashboard, timeQueries, type DashboardRun } from '../bench/node/dashboard.ts';
import { firstScreenFromBuild, firstScreenInBrowser, type FileSize } from '../bench/node/first-screen.ts';
import { importOnce } from '../bench/node/import.ts';
import type { ImportRun } from '../bench/import-bench.ts';
import { serve } from '../bench/node/serve.ts';
import { streamOnce, type StreamRun } from '../bench/node/streaming.ts';
import { launch } from '../test/e2e/chromium.ts';
import { bundledCases } from './vite-bundled-cases.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'dist-bench');
const RUNS = 3;
const TOKENS = 1500;
const SIZES = [10, 300] as const;
const DASHBOARD_SESSIONS = 10_000;
const DASHBOARD_RUNS = 5;
const IMPORT_SESSIONS = 1_000;
const PARTS = ['streaming', 'first-screen', 'import', 'dashboard'] as const;
const only = process.argv.includes('--only') ? (process.argv[process.argv.indexOf('--only') + 1] ?? '').split(',') : [...PARTS];
const runs = (part: (typeof PARTS)[number]) => only.includes(part);

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
const fixed = (value: number, digits = 2) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const met = (ok: boolean) => (ok ? 'met' : 'MISSED');

function row(label: string, ...cells: string[]) {
  console.log(`  ${label.padEnd(44)}${cells.map((c) => c.padStart(12)).join('')}`);
}

async function buildAll() {
  console.log('Building the streaming page and the app into dist-bench/ …');
  // Build warnings are the app's business (npm run build shows them); here only the figures.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  await build({ root: ROOT, configFile: join(ROOT, 'vite.bench.config.ts'), logLevel: 'error' });
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir: join(OUT, 'app'), emptyOutDir: true },
  });
  // The dashboard's seeding page, beside the app so it shares its origin (and IndexedDB);
  // its own assets folder keeps it out of the first-screen figures.
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    plugins: [bundledCases(ROOT)],
    logLevel: 'error',
    build: {
      outDir: join(OUT, 'app'),
      emptyOutDir: false,
      assetsDir: 'bench-assets',
      reportCompressedSize: false,
      rolldownOptions: {
        input: { 'dashboard-seed': join(ROOT, 'bench/dashboard-seed.html'), 'import-bench': join(ROOT, 'bench/import-bench.html') },
      },
    },
  });
}

async function streaming(context: BrowserContext, url: string) {
  const runs = new Map<number, StreamRun[]>(SIZES.map((n) => [n, []]));
  // Interleaved, so a slow moment of the shared machine does not land on one size only.
  for (let run = 0; run < RUNS; run++) for (const n of SIZES) runs.get(n)?.push(await streamOnce(context, url, n, TOKENS));
  const profiles = new Map<number, StreamRun>();
  for (const n of SIZES) profiles.set(n, await streamOnce(context, url, n, TOKENS, true));

  const stat = (n: number, pick: (r: StreamRun) => number) => median((runs.get(n) ?? []).map(pick));
  const each = (pick: (r: StreamRun) => number, digits = 2) => SIZES.map((n) => fixed(stat(n, pick), digits));
  const perToken = (n: number) => stat(n, (r) => r.busy.task / r.tokens);
  const ratio = perToken(300) / perToken(10);
  const p95 = Math.max(...SIZES.map((n) => stat(n, (r) => r.latency.p95)));
  const maxPerFrame = Math.max(...SIZES.flatMap((n) => (runs.get(n) ?? []).map((r) => r.maxStreamCommitsPerFrame)));

  console.log(`\nStreaming a ${TOKENS.toLocaleString('en')}-token reply into the interview screen (median of ${RUNS} runs)`);
  row('finished turns in the log (N)', ...SIZES.map(String));
  row('main thread, ms per token', ...each((r) => r.busy.task / r.tokens, 3));
  row('  script (React, controller, patient)', ...each((r) => r.busy.script / r.tokens, 3));
  row('  style', ...each((r) => r.busy.style / r.tokens, 3));
  row('  layout', ...each((r) => r.busy.layout / r.tokens, 3));
  row('  the rest (paint, pre-paint, compositing)', ...each((r) => (r.busy.task - r.busy.script - r.busy.style - r.busy.layout) / r.tokens, 3));
  row('main thread busy over the run, ms', ...each((r) => r.busy.task, 0));
  row('stream duration (first chunk to last paint), ms', ...each((r) => r.streamMs, 0));
  row('frames painted during the stream', ...each((r) => r.frames, 0));
  row('React commits (all in the run)', ...each((r) => r.commits, 0));
  row('React commits showing more of the reply', ...each((r) => r.streamCommits, 0));
  row('reply commits per frame (mean)', ...each((r) => r.streamCommits / r.frames));
  row('reply commits in one frame (max)', ...each((r) => r.maxStreamCommitsPerFrame, 0));
  row('any commits in one frame (max)', ...each((r) => r.maxCommitsPerFrame, 0));
  row('chunk arrival to paint, p50 ms', ...each((r) => r.latency.p50, 1));
  row('chunk arrival to paint, p95 ms', ...each((r) => r.latency.p95, 1));
  row('chunk arrival to paint, max ms', ...each((r) => r.latency.max, 1));
  row('  waiting for the next frame, p50 / p95 ms', ...SIZES.map((n) => `${fixed(stat(n, (r) => r.frameWait.p50), 1)} / ${fixed(stat(n, (r) => r.frameWait.p95), 1)}`));
  row('  that frame until painted, p50 / p95 ms', ...SIZES.map((n) => `${fixed(stat(n, (r) => r.frameWork.p50), 1)} / ${fixed(stat(n, (r) => r.frameWork.p95), 1)}`));
  row('chunks painted by the next frame', ...SIZES.map((n) => `${fixed(stat(n, (r) => r.nextFrameShare * 100), 1)} %`));
  row('long tasks (> 50 ms)', ...each((r) => r.longTasks.count, 0));
  console.log(`\n  ms/token ratio, N=300 vs N=10: ${fixed(ratio)} (target ≤ 1.5: ${met(ratio <= 1.5)})`);
  console.log(`  p95 arrival to paint: ${fixed(p95, 1)} ms at worst (target ≤ 16 ms: ${met(p95 <= 16)})`);
  console.log(`  reply commits per frame: at most ${maxPerFrame} in any run (target ≤ 1: ${met(maxPerFrame <= 1)})`);

  console.log('\n  Render profile (one more run each): components that rendered, summed over the run');
  for (const [n, profile] of profiles) {
    const { stream = {}, other = {} } = profile.renders ?? {};
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([name, count]) => `${name} ×${count}`)
        .join(', ') || 'none';
    console.log(`  N=${n}: ${profile.streamCommits} reply commits rendered ${list(stream)}`);
    console.log(`  ${' '.repeat(String(n).length + 3)}${profile.commits - profile.streamCommits} other commits rendered ${list(other)}`);
  }
}

async function firstScreen(context: BrowserContext, url: string) {
  const dist = join(OUT, 'app');
  const runs: FileSize[][] = [];
  for (let run = 0; run < RUNS; run++) runs.push(await firstScreenInBrowser(context, url, dist));
  const totals = runs.map((files) => files.reduce((sum, f) => sum + f.gzip, 0));
  const total = median(totals);
  const files = runs[totals.indexOf(total)] ?? runs[0] ?? [];
  const fromBuild = firstScreenFromBuild(dist);
  const buildTotal = fromBuild.reduce((sum, f) => sum + f.gzip, 0);
  const same = fromBuild.length === files.length && fromBuild.every((f) => files.some((g) => g.file === f.file));

  console.log(`\nFirst screen (the case list at #/): JavaScript loaded until the list shows, gzip (median of ${RUNS} loads)`);
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${f.file.padEnd(44)}${kB(f.gzip).padStart(12)}${`(${kB(f.bytes)} raw)`.padStart(18)}`);
  console.log(`  ${'total'.padEnd(44)}${kB(total).padStart(12)}  (target ≤ 150 kB: ${met(total <= 150_000)})`);
  console.log(`  cross-check from the build (entry + static imports + bundled-*.js): ${kB(buildTotal)}, ${same ? 'the same files' : 'DIFFERENT files'}`);
}

async function dashboard(context: BrowserContext, url: string) {
  const seeded = await seedDashboard(context, url, DASHBOARD_SESSIONS);
  const runs: DashboardRun[] = [];
  for (let run = 0; run < DASHBOARD_RUNS; run++) runs.push(await dashboardOnce(context, url, DASHBOARD_SESSIONS));
  const queries = [];
  for (let run = 0; run < DASHBOARD_RUNS; run++) queries.push(await timeQueries(context, url));
  const stat = (pick: (r: DashboardRun) => number) => median(runs.map(pick));
  const spread = (pick: (r: DashboardRun) => number) => `${fixed(Math.min(...runs.map(pick)), 1)}–${fixed(Math.max(...runs.map(pick)), 1)}`;
  const painted = stat((r) => r.painted);

  console.log(
    `\nReview desk (#/review) over ${DASHBOARD_SESSIONS.toLocaleString('en')} sessions (median of ${DASHBOARD_RUNS} loads; seeded in ${fixed(seeded.ms / 1000, 1)} s, ${kB(seeded.meanBytes)} a session as JSON)`,
  );
  row('', 'median', 'range');
  row('  the last script received, ms', fixed(stat((r) => r.scripts), 1), spread((r) => r.scripts));
  row('  "Loading…" shown, ms', fixed(stat((r) => r.fallback), 1), spread((r) => r.fallback));
  row('  the review page rendered (store opening), ms', fixed(stat((r) => r.page), 1), spread((r) => r.page));
  row('navigation to first rows in the DOM, ms', fixed(stat((r) => r.inDom), 1), spread((r) => r.inDom));
  row('navigation to first rows painted, ms', fixed(painted, 1), spread((r) => r.painted));
  row('rows on the first page', fixed(stat((r) => r.rows), 0), '');
  row('"Show more": click to next 50 painted, ms', fixed(stat((r) => r.more), 1), spread((r) => r.more));
  row(`"Download CSV" of all ${DASHBOARD_SESSIONS.toLocaleString('en')}, ms`, fixed(stat((r) => r.csv), 0), spread((r) => r.csv));
  console.log('\n  the store alone (fresh connection each run, median)');
  row('  openSessionStore (open + read-write probe), ms', fixed(median(queries.map((q) => q.open)), 1));
  row('  first page (50 rows, newest first), ms', fixed(median(queries.map((q) => q.firstPage)), 1));
  row('  second page, ms', fixed(median(queries.map((q) => q.secondPage)), 1));
  row('  case and student lists (facets), ms', fixed(median(queries.map((q) => q.facets)), 1));
  row('  search "grace", first page, ms', fixed(median(queries.map((q) => q.searchPage)), 1));
  row('  search matching nothing (reads all), ms', fixed(median(queries.map((q) => q.searchNone)), 1));
  console.log(`\n  first page painted: ${fixed(painted, 1)} ms (target ≤ 100 ms: ${met(painted <= 100)})`);
}

async function importing(context: BrowserContext, url: string) {
  const results: ImportRun[] = [];
  for (let run = 0; run < RUNS; run++) results.push(await importOnce(context, url, IMPORT_SESSIONS, run));
  const stat = (pick: (r: ImportRun) => number) => median(results.map(pick));
  const [first] = results;
  console.log(
    `\nImporting a session file of ${IMPORT_SESSIONS.toLocaleString('en')} sessions (${fixed((first?.fileBytes ?? 0) / 1e6, 1)} MB; real interviews graded by the rule grader), median of ${RUNS}`,
  );
  row('read, parse, validate, check digests, write, ms', fixed(stat((r) => r.importMs), 0));
  row('  of which reading and checking the file, ms', fixed(stat((r) => r.parseMs), 0));
  row('  per session, ms', fixed(stat((r) => r.importMs / r.sessions), 2));
  row('the same file again (all skipped), ms', fixed(stat((r) => r.againMs), 0));
  row('imported / skipped', `${first?.imported ?? 0} / ${first?.skipped ?? 0}`);
}

async function main() {
  await buildAll();
  const streamServer = await serve(join(OUT, 'streaming'));
  const appServer = await serve(join(OUT, 'app'));
  const context = await launch();
  try {
    const version = context.browser()?.version() ?? 'unknown';
    const cpu = cpus();
    console.log(`\nMachine: ${cpu.length} CPUs (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory`);
    console.log(`Node ${process.version}, Chromium ${version} (headless, flags of test/e2e/chromium.ts)`);
    if (runs('streaming')) await streaming(context, streamServer.url);
    if (runs('first-screen')) await firstScreen(context, appServer.url);
    if (runs('import')) await importing(context, appServer.url);
    // Last: it fills the app origin's IndexedDB, which the first screen must not see.
    if (runs('dashboard')) await dashboard(context, appServer.url);
  } finally {
    await context.close();
    await streamServer.close();
    await appServer.close();
  }
}

await main();
