import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { openPage, SCREENSHOTS as shots } from './chromium';

describe('a student interviews the built-in patient', () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    ({ context, page, errors } = await openPage());
  });
  afterAll(async () => {
    await context?.close();
  });

  it('picks a case, interviews, ends the encounter, writes the note, and finds it all after a reload', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: /Start: Central chest pain/ }).click();
    await page.getByLabel('Your name').fill('Ada Student');
    await page.getByRole('button', { name: 'Start encounter' }).click();
    await page.getByText('Built-in patient, offline').waitFor();

    const composer = page.getByRole('textbox', { name: 'Message to the patient' });
    await composer.fill('Hello, I am Ada, a medical student. What brings you in today?');
    await composer.press('Enter');
    await page.getByText(/pain in the middle of my chest/).waitFor();
    await composer.fill('Do you smoke?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText(/twenty a day/).waitFor();
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await page.screenshot({ path: `${shots}/encounter.png`, fullPage: true });

    await page.getByRole('button', { name: 'End encounter' }).click();
    await page.getByLabel('Summary').fill('55-year-old smoker with crushing central chest pain for 90 minutes.');
    await page.getByLabel('Differential diagnosis').fill('Acute coronary syndrome\nAortic dissection\nPulmonary embolism');
    await page.getByRole('button', { name: 'Submit note' }).click();
    await page.getByText(/Note saved/).waitFor();
    await page.screenshot({ path: `${shots}/note.png`, fullPage: true });

    // The built-in rule grader grades the note at once; evidence jumps to its turn.
    await page.getByRole('heading', { name: /Your score: \d+(\.\d)?% — / }).waitFor();
    const checklist = page.getByRole('region', { name: 'History checklist' });
    await checklist.getByRole('button', { name: /Turn \d+: “/ }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^turn-\d+$/);
    await page.screenshot({ path: `${shots}/feedback.png`, fullPage: true });

    await page.reload();
    await page.getByRole('list', { name: 'Conversation' }).getByText(/twenty a day/).waitFor();
    await page.getByRole('heading', { name: /Your score:/ }).waitFor();
    expect(await page.getByLabel('Summary').inputValue()).toContain('55-year-old smoker');
    expect(await page.getByLabel('Differential diagnosis').inputValue()).toContain('Aortic dissection');

    await page.getByRole('link', { name: 'My sessions' }).click();
    await page.getByText('ended, note written').waitFor();
    await page.screenshot({ path: `${shots}/sessions.png`, fullPage: true });
    expect(errors).toEqual([]);
  });

  it('keeps the partial reply, marked interrupted, when the page reloads mid-stream', async () => {
    await page.goto(inject('baseUrl'));
    await page.getByRole('link', { name: /Start: Central chest pain/ }).click();
    await page.getByRole('button', { name: 'Start encounter' }).click();
    const composer = page.getByRole('textbox', { name: 'Message to the patient' });
    await composer.fill('Tell me about the pain: where is it, does it go anywhere, and what does it feel like?');
    await composer.press('Enter');
    // Pull the page away while the reply is still streaming.
    await page.getByText(/right in the middle/).waitFor();
    expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(1);
    await page.reload();
    await page.getByText('(interrupted)').waitFor();
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await page.getByText(/squeezing feeling/).waitFor();
    expect(await page.getByText('(interrupted)').count()).toBe(0);
    await page.screenshot({ path: `${shots}/after-retry.png`, fullPage: true });
  });
});
