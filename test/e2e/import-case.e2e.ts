import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openPage, SCREENSHOTS as shots } from './chromium';

// An educator's case file imported through the Cases screen, played with the built-in patient,
// and still there after a reload.

const ID = 'chest-pain-imported';
const TITLE = 'Chest pain in a smoker (imported copy)';

/** A copy of cases/chest-pain-smoker.yaml with a new id and title; the file is named after the id, as cases:check wants. */
function writeCaseCopy(): string {
  const original = readFileSync(join(import.meta.dirname, '../../cases/chest-pain-smoker.yaml'), 'utf8');
  const copy = original
    .replace(/^id: chest-pain-smoker$/m, `id: ${ID}`)
    .replace(/^title: .*$/m, `title: ${TITLE}`);
  if (copy === original || !copy.includes(`id: ${ID}`) || !copy.includes(`title: ${TITLE}`)) throw new Error('the copy did not change id and title');
  const path = join(mkdtempSync(join(tmpdir(), 'anamnesis-case-')), `${ID}.yaml`);
  writeFileSync(path, copy);
  return path;
}

describe('importing a case file in Chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  it('imports a YAML file, lists it as stored, plays it with the built-in patient, and keeps it after a reload', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('article').first().waitFor();

    await page.getByLabel('Import case files').setInputFiles(writeCaseCopy());

    const card = page.getByRole('article', { name: TITLE });
    await card.getByText('Stored in this browser').waitFor();
    await page.getByText(`${ID}.yaml: imported “${TITLE}”.`).waitFor();
    expect(await page.getByRole('article').count()).toBe(12);
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/case-list-imported.png`, fullPage: true });

    await card.getByRole('link', { name: `Start: ${TITLE} (stored in this browser)` }).click();
    expect(new URL(page.url()).hash).toBe(`#/case/stored:${ID}`);
    await page.getByLabel('Your name').fill('Ada Student');
    await page.getByRole('button', { name: 'Start encounter' }).click();
    await page.getByText('Built-in patient, offline').waitFor();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();

    const composer = page.getByRole('textbox', { name: 'Message to the patient' });
    await composer.fill('Do you smoke?');
    await composer.press('Enter');
    await page.getByText(/twenty a day/).waitFor();

    await page.goto(inject('baseUrl'));
    await page.reload();
    await page.getByRole('article', { name: TITLE }).getByText('Stored in this browser').waitFor();
    expect(await page.getByRole('article').count()).toBe(12);
    expect(errors).toEqual([]);
  });
});
