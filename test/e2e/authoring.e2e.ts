import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { caseChecks, validateCaseSource } from '../../src/case';
import { factsReachable } from '../../src/patient/reachability';
import { openPage, SCREENSHOTS as shots } from './chromium';

// An educator writes a case: from the template, makes a mistake and fixes it from the problem
// list, tries the draft with the built-in patient, comes back and exports the YAML, which
// cases:check accepts as it is.

describe('an educator authors a case', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  it('creates a case, fixes a validation error, tries it with the built-in patient, and exports it', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: 'Write a new case' }).click();
    const text = page.getByRole('textbox', { name: 'Case file (YAML)' });
    await text.waitFor();
    const check = page.getByRole('status', { name: 'Check' });
    await expect.poll(() => check.textContent(), { timeout: 15_000 }).toMatch(/^No problems/);

    // A title the educator chooses, and a mistake: a difficulty the format does not know.
    const yaml = (await text.inputValue()).replace(/^title: .*$/m, 'title: Cough in a gardener').replace('difficulty: beginner', 'difficulty: expert');
    await text.fill(yaml);
    await expect.poll(() => check.textContent(), { timeout: 15_000 }).toMatch(/^1 error/);
    const problem = page.getByRole('button', { name: /— difficulty — / });
    await problem.waitFor();
    expect(await page.getByRole('button', { name: 'Try it' }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${shots}/authoring-error.png`, fullPage: true });

    await problem.click();
    await text.fill(yaml.replace('difficulty: expert', 'difficulty: intermediate'));
    await expect.poll(() => check.textContent(), { timeout: 15_000 }).toMatch(/^No problems|^0 errors/);

    await page.getByRole('button', { name: 'Try it' }).click();
    const composer = page.getByRole('textbox', { name: 'Message to the patient' });
    await composer.waitFor();
    await page.getByText('Built-in patient, offline').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Cough in a gardener' }).waitFor();
    await composer.fill('What brings you in today?');
    await composer.press('Enter');
    await page.getByText(/cough/i).last().waitFor();
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await page.screenshot({ path: `${shots}/authoring-tried.png`, fullPage: true });

    // Back to the editor: the draft is still there, unsaved; export it.
    await page.goBack();
    await expect.poll(() => text.inputValue(), { timeout: 10_000 }).toContain('title: Cough in a gardener');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export YAML' }).click();
    const file = await download;
    const exported = readFileSync(`${await file.path()}`, 'utf8');
    expect(exported).toBe(await text.inputValue());
    // What `npm run cases:check` runs, reachability included.
    const checked = await validateCaseSource(exported, file.suggestedFilename(), { checks: [...caseChecks, factsReachable] });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
