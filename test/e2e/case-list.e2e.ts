import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openPage, SCREENSHOTS as shots } from './chromium';

describe('the case list in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage());
    await page.goto(inject('baseUrl'));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('shows every bundled case with its door note, and no page errors', async () => {
    await page.getByRole('article').first().waitFor();
    expect(await page.getByRole('article').count()).toBe(11);
    await expect(page.getByRole('heading', { name: /abdominal distension|vomiting/i }).count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/case-list.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('narrows the list as the student types a search', async () => {
    await page.getByRole('searchbox', { name: 'Search cases' }).fill('chest');
    await page.waitForFunction(() => document.querySelectorAll('article').length < 11);
    const titles = await page.getByRole('article').getByRole('heading').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title.toLowerCase()).toContain('chest');
  });
});
