import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { bundleText, sessionWithTurns, snapshotOfMinimalCase } from '../review/bundle-fixtures';
import { openPage, SCREENSHOTS as shots } from './chromium';

// A student interviews and exports; an instructor, in another browser profile, imports the file,
// reviews the session, overrides a checklist item, marks it reviewed and downloads the CSV.

async function interviewAndExport(page: Page, student: string): Promise<string> {
  await page.goto(inject('baseUrl'));
  await page.getByRole('link', { name: /Start: Central chest pain/ }).click();
  await page.getByLabel('Your name').fill(student);
  await page.getByRole('button', { name: 'Start encounter' }).click();
  const composer = page.getByRole('textbox', { name: 'Message to the patient' });
  await composer.fill('Hello, I am a medical student. What brings you in today?');
  await composer.press('Enter');
  await page.getByText(/pain in the middle of my chest/).waitFor();
  await page.getByRole('button', { name: 'Send' }).waitFor();
  await composer.fill('Do you smoke?');
  await composer.press('Enter');
  await page.getByText(/twenty a day/).waitFor();
  await page.getByRole('button', { name: 'Send' }).waitFor();
  await page.getByRole('button', { name: 'End encounter' }).click();
  await page.getByLabel('Summary').fill('Smoker with central chest pain.');
  await page.getByLabel('Differential diagnosis').fill('Acute coronary syndrome\nPulmonary embolism');
  await page.getByRole('button', { name: 'Submit note' }).click();
  await page.getByRole('heading', { name: /Your score: / }).waitFor();

  await page.getByRole('link', { name: 'My sessions' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export sessions' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.anamnesis\.json$/);
  await page.getByText(/Saved 1 session to/).waitFor();
  await page.screenshot({ path: `${shots}/sessions-exported.png`, fullPage: true });
  // Saved under its own name, as a browser would: the instructor's import reports it.
  const path = join(mkdtempSync(join(tmpdir(), 'anamnesis-export-')), file.suggestedFilename());
  await file.saveAs(path);
  const text = readFileSync(path, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'anamnesis-sessions', version: 1 });
  return path;
}

describe('from a student to an instructor', () => {
  const contexts: BrowserContext[] = [];
  afterAll(async () => {
    for (const context of contexts) await context.close();
  });

  it('exports, imports into a fresh profile, reviews with an override, and downloads the gradebook', async () => {
    const files: string[] = [];
    for (const student of ['Ada Student', 'Ben Student']) {
      const { context, page, errors } = await openPage();
      contexts.push(context);
      files.push(await interviewAndExport(page, student));
      expect(errors).toEqual([]);
    }

    const { context, page, errors } = await openPage();
    contexts.push(context);
    await page.goto(`${inject('baseUrl')}#/review`);
    await page.getByLabel('Import sessions').setInputFiles(files);
    await page.getByText(/^anamnesis-ada-student-.*\.anamnesis\.json: 1 session imported$/).waitFor();
    await page.getByText(/^anamnesis-ben-student-.*\.anamnesis\.json: 1 session imported$/).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('link', { name: 'Ada Student' }).waitFor();
    await table.getByRole('link', { name: 'Ben Student' }).waitFor();
    expect(await table.getByText('Chest pain', { exact: false }).count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${shots}/review-dashboard.png`, fullPage: true });

    // The same files again: skipped, nothing doubled.
    await page.getByLabel('Import sessions').setInputFiles(files);
    await expect.poll(() => page.getByText(/already here \(skipped\)/).count()).toBe(2);
    expect(await table.getByRole('link', { name: 'Ada Student' }).count()).toBe(1);

    await table.getByRole('link', { name: 'Ada Student' }).click();
    await page.getByLabel('Your name').fill('Dr Reviewer');
    const missed = page.locator('li.review-item.status-missed').first();
    const itemText = (await missed.getAttribute('aria-labelledby')) ?? '';
    expect(itemText).not.toBe('');
    await missed.getByLabel('Status').selectOption('met');
    await missed.getByRole('button', { name: 'Override' }).click();
    await missed.getByText(/Overridden by Dr Reviewer/).waitFor();
    await page.getByRole('button', { name: 'Mark as reviewed' }).click();
    await page.getByText(/Reviewed by Dr Reviewer/).waitFor();
    await page.screenshot({ path: `${shots}/review-session.png`, fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${shots}/review-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Review', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = readFileSync(`${await (await download).path()}`, 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines).toHaveLength(3);
    const header = (lines[0] ?? '').split(',');
    const ada = (lines.find((line) => line.startsWith('Ada Student')) ?? '').split(',');
    const column = (name: RegExp) => header.findIndex((cell) => name.test(cell));
    expect(ada[column(/^reviewed score$/i)]).toMatch(/^\d+(\.\d)?$/);
    expect(Number(ada[column(/^reviewed score$/i)])).toBeGreaterThan(Number(ada[column(/^score$/i)]));
    expect(ada[column(/^reviewed$/i)]).toBe('yes');

    // The cohort: one reviewed session with one item overridden, so grader and instructor agree on all items but one.
    await page.getByRole('link', { name: 'Cohort analytics' }).click();
    await page.getByRole('heading', { name: 'Cohort', level: 2 }).waitFor();
    const thisCase = page.getByRole('row', { name: /^This case/ });
    await thisCase.waitFor();
    const agreement = Number(/(\d+(?:\.\d+)?)\s*%/.exec((await thisCase.textContent()) ?? '')?.[1]);
    expect(agreement).toBeGreaterThan(80);
    expect(agreement).toBeLessThan(100);
    await page.screenshot({ path: `${shots}/cohort.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  // Chromium commits a transaction as soon as nothing is pending, and Dexie keeps one only
  // across a limited number of other awaits: a file of many sessions, imported twice, must
  // import and then be skipped whole.
  it('imports a file of 150 sessions, then skips all of them the second time', async () => {
    const snapshot = await snapshotOfMinimalCase();
    const path = join(mkdtempSync(join(tmpdir(), 'anamnesis-cohort-')), 'cohort.anamnesis.json');
    writeFileSync(path, bundleText(Array.from({ length: 150 }, (_, i) => sessionWithTurns(snapshot, { studentName: `Student ${i + 1}` })), [snapshot]));
    const { context, page, errors } = await openPage();
    contexts.push(context);
    await page.goto(`${inject('baseUrl')}#/review`);
    await page.getByLabel('Import sessions').setInputFiles(path);
    await page.getByText('cohort.anamnesis.json: 150 sessions imported').waitFor();
    await page.getByLabel('Import sessions').setInputFiles(path);
    await page.getByText('cohort.anamnesis.json: 0 sessions imported, 150 already here (skipped)').waitFor();
    expect(errors).toEqual([]);
  });
});
