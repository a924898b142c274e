import type { BrowserContext } from 'playwright-core';
import type { StreamResult } from '../types';

// One streaming run: a fresh page of bench/streaming.html, the reply streamed once, and the main
// thread's busy time over the run from Chrome's own counters (DevTools Protocol
// Performance.getMetrics: TaskDuration and its script, style and layout parts), read just before
// and just after. It counts every task on the page's main thread: the controller, React, the
// frame batcher, style, layout and paint recording, and the fake patient's own (small) work.

export interface StreamRun extends StreamResult {
  /** Main-thread busy time over the run, in ms. */
  busy: { task: number; script: number; style: number; layout: number };
}

const COUNTERS = { task: 'TaskDuration', script: 'ScriptDuration', style: 'RecalcStyleDuration', layout: 'LayoutDuration' } as const;

export async function streamOnce(context: BrowserContext, url: string, turns: number, tokens: number, profile = false): Promise<StreamRun> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${url}/bench/streaming.html?turns=${turns}&tokens=${tokens}${profile ? '&profile' : ''}`);
    await page.waitForFunction(() => window.__bench !== undefined || document.body.dataset.error !== undefined, undefined, { timeout: 30_000 });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const value = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
      return { task: value(COUNTERS.task), script: value(COUNTERS.script), style: value(COUNTERS.style), layout: value(COUNTERS.layout) };
    };
    const before = await read();
    const result = await page.evaluate(() => {
      const bench = window.__bench;
      if (!bench) throw new Error(document.body.dataset.error ?? 'The benchmark page did not start.');
      return bench.run();
    });
    const after = await read();
    if (errors.length) throw new Error(`The benchmark page failed: ${errors.join('; ')}`);
    return {
      ...result,
      busy: {
        task: after.task - before.task,
        script: after.script - before.script,
        style: after.style - before.style,
        layout: after.layout - before.layout,
      },
    };
  } finally {
    await page.close();
  }
}
