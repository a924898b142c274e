import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { formatProblem, parseCaseYaml, type Case } from '../../src/case';
import { startMockLlm, type MockLlm } from '../mock-llm/server';
import { launch } from './chromium';

// The student flow with a language model as the patient: the mock OpenAI-compatible server
// (scripted patient behind real HTTP + SSE) configured on the Settings page as a custom
// provider, as a new user would, in a fresh browser profile. Faults come from the model name.

const shots = 'test-results/screenshots';
const CASE_LINK = /Start: Central chest pain/;
const SECRET = 'sk-test-SECRET123';
const CUSTOM = 'Other OpenAI-compatible server (Azure OpenAI, LiteLLM, …)';

interface Stored {
  sessions: Record<string, unknown>[];
  turns: Record<string, unknown>[];
}

async function loadCases(dir = 'cases'): Promise<Case[]> {
  const cases: Case[] = [];
  for (const name of readdirSync(dir).filter((n) => /\.ya?ml$/i.test(n)).sort()) {
    const file = join(dir, name);
    const result = await parseCaseYaml(readFileSync(file, 'utf8'), file);
    if (!result.ok) throw new Error(`${file}:\n${result.problems.map(formatProblem).join('\n')}`);
    cases.push(result.case);
  }
  return cases;
}

/** Everything in the app's IndexedDB database, read with the plain IndexedDB API. */
function readDatabase(page: Page): Promise<Stored> {
  return page.evaluate(
    () =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('anamnesis');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['sessions', 'turns'], 'readonly');
          const out: Stored = { sessions: [], turns: [] };
          const sessions = tx.objectStore('sessions').getAll();
          const turns = tx.objectStore('turns').getAll();
          sessions.onsuccess = () => (out.sessions = sessions.result as Stored['sessions']);
          turns.onsuccess = () => (out.turns = turns.result as Stored['turns']);
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

const readLocalStorage = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

const sessionIdOf = (page: Page) => /#\/session\/([^/?#]+)/.exec(page.url())?.[1] ?? '';

const composer = (page: Page) => page.getByRole('textbox', { name: 'Message to the patient' });
const conversation = (page: Page) => page.getByRole('list', { name: 'Conversation' });

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { name: 'Settings' }).waitFor();
}

/** Settings → custom provider at the mock's URL, with a patient model (and a key if given). */
async function configureServer(page: Page, baseUrl: string, model: string, apiKey?: string) {
  await openSettings(page);
  await page.getByLabel('Provider').selectOption({ label: CUSTOM });
  await page.getByLabel('Base URL').fill(baseUrl);
  if (apiKey !== undefined) await page.getByLabel('API key').fill(apiKey);
  await page.getByLabel('Patient model').fill(model);
}

async function startChestPain(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
  await page.getByRole('link', { name: CASE_LINK }).click();
  await page.getByLabel('Your name').fill('Ada Student');
  await page.getByRole('button', { name: 'Start encounter' }).click();
  await composer(page).waitFor();
}

async function ask(page: Page, question: string) {
  await composer(page).fill(question);
  await composer(page).press('Enter');
}

/** Changes the patient model in Settings and comes back to the open session. */
async function switchModel(page: Page, model: string) {
  const sessionUrl = page.url();
  await openSettings(page);
  await page.getByLabel('Patient model').fill(model);
  await page.goto(sessionUrl);
  await composer(page).waitFor();
}

describe('a student with an OpenAI-compatible server (the mock) as the patient', () => {
  let mock: MockLlm;
  let cases: Case[];
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    cases = await loadCases();
    mock = await startMockLlm({ port: 0, host: '127.0.0.1', cases });
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => errors.push(error.message));
  });
  afterAll(async () => {
    await context?.close();
    await mock?.close();
  });

  it('sets up the server in Settings, interviews the model, and keeps the note, the model and no key', async () => {
    await page.goto(inject('baseUrl'));
    await configureServer(page, mock.url, 'mock-patient', SECRET);
    await page.getByRole('button', { name: 'Test connection' }).click();
    const result = page.getByRole('status', { name: 'Connection test result' });
    await result.getByText(/Connected\. The server lists 12 models/).waitFor();
    expect(await result.getByRole('list', { name: 'Models on the server' }).getByRole('listitem').allTextContents()).toContain('mock-patient');
    await page.screenshot({ path: `${shots}/settings.png`, fullPage: true });

    await startChestPain(page);
    await page.getByText('Model: mock-patient').waitFor();
    expect(await page.getByText('Built-in patient, offline').count()).toBe(0);

    await ask(page, 'Hello, I am Ada, a medical student. What brings you in today?');
    await conversation(page).getByText(/terrible pain in the middle of my chest/).waitFor();
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await ask(page, 'Do you smoke?');
    await conversation(page).getByText(/I smoke about twenty a day/).waitFor();
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await page.screenshot({ path: `${shots}/llm-encounter.png`, fullPage: true });

    await page.getByRole('button', { name: 'End encounter' }).click();
    await page.getByLabel('Summary').fill('55-year-old smoker (20/day) with central chest pain since this morning.');
    await page.getByLabel('Differential diagnosis').fill('Acute coronary syndrome\nAortic dissection\nPulmonary embolism');
    await page.getByRole('button', { name: 'Submit note' }).click();
    await page.getByText(/Note saved/).waitFor();

    // The key is in this tab's memory now: it must be nowhere in storage.
    const id = sessionIdOf(page);
    const before = await readDatabase(page);
    expect(JSON.stringify(before)).not.toContain('SECRET123');
    expect(await readLocalStorage(page)).not.toContain('SECRET123');

    await page.reload();
    await conversation(page).getByText(/twenty a day/).waitFor();
    expect(await page.getByLabel('Summary').inputValue()).toContain('55-year-old smoker');
    expect(await page.getByLabel('Differential diagnosis').inputValue()).toContain('Aortic dissection');

    const stored = await readDatabase(page);
    const session = stored.sessions.find((s) => s.id === id);
    expect(session).toMatchObject({
      status: 'ended',
      caseId: 'chest-pain-smoker',
      patient: { kind: 'llm', provider: 'custom', baseUrl: mock.url, model: 'mock-patient', modelAnswered: 'mock-patient' },
      note: { differential: ['Acute coronary syndrome', 'Aortic dissection', 'Pulmonary embolism'] },
    });
    const turns = stored.turns.filter((t) => t.sessionId === id).sort((a, b) => Number(a.index) - Number(b.index));
    expect(turns.map((t) => [t.speaker, t.status])).toEqual([
      ['student', 'complete'],
      ['patient', 'complete'],
      ['student', 'complete'],
      ['patient', 'complete'],
    ]);
    expect(String(turns[3]?.text)).toContain('twenty a day');
    expect(JSON.stringify(stored)).not.toContain('SECRET123');

    await page.getByRole('link', { name: 'My sessions' }).click();
    await page.getByText('ended, note written').waitFor();
    await page.screenshot({ path: `${shots}/llm-sessions.png`, fullPage: true });

    // Remembering the key is the one way it reaches localStorage; forgetting takes it out again.
    await openSettings(page);
    await page.getByLabel('API key').fill(SECRET);
    expect(await readLocalStorage(page)).not.toContain('SECRET123');
    await page.getByLabel('Remember on this device').check();
    await expect.poll(() => readLocalStorage(page)).toContain('SECRET123');
    await page.getByRole('button', { name: 'Forget key' }).click();
    await expect.poll(() => readLocalStorage(page)).not.toContain('SECRET123');
    expect(JSON.stringify(await readDatabase(page))).not.toContain('SECRET123');
    expect(errors).toEqual([]);
  });

  describe('failures of the server', () => {
    let sessionUrl = '';

    beforeAll(async () => {
      await page.goto(inject('baseUrl'));
      await configureServer(page, mock.url, 'mock-patient');
      await startChestPain(page);
      sessionUrl = page.url();
    });

    const faults = [
      {
        model: 'mock-fault-401',
        question: 'Do you have any allergies?',
        message: /asks for an API key|rejected the API key/,
        fix: /Check the API key in Settings/,
        reply: /No allergies that I know of/,
      },
      {
        model: 'mock-fault-404-model',
        question: 'Do you take any medicines?',
        message: /The model "mock-fault-404-model" is not on this server/,
        fix: /Test connection/,
        reply: /amlodipine/,
      },
      {
        model: 'mock-fault-500',
        question: 'Any family history of heart disease?',
        message: /failed while answering \(error 500\)/,
        fix: /Try again in a moment/,
        reply: /older brother/,
      },
      {
        model: 'mock-fault-cut',
        question: 'Do you drink alcohol?',
        message: /broke before the answer was complete/,
        fix: /Try again/,
        partial: 'Four or five',
        reply: /pints on a Friday and a Saturday/,
      },
    ];

    it.each(faults)('$model: a clear message, the question kept, and Retry answers once the model is fixed', async (fault) => {
      await page.goto(sessionUrl);
      await composer(page).waitFor();
      await switchModel(page, fault.model);
      await ask(page, fault.question);

      const alert = page.getByRole('alert');
      await alert.getByText(fault.message).waitFor();
      await alert.getByText(fault.fix).waitFor();
      // One way forward in the banner (Settings), one Retry on the failed reply itself.
      expect(await alert.getByRole('link', { name: 'Open Settings' }).count()).toBe(1);
      // The student's words stay, on screen and stored.
      await conversation(page).getByText(fault.question).waitFor();
      const failed = conversation(page).getByRole('listitem').filter({ hasText: '(not finished)' });
      expect(await failed.count()).toBe(1);
      if (fault.partial) expect(await failed.textContent()).toContain(fault.partial);
      expect(await failed.getByRole('button', { name: 'Retry' }).count()).toBe(1);
      await page.screenshot({ path: `${shots}/llm-error-${fault.model.replace('mock-fault-', '')}.png`, fullPage: true });
      if (fault.partial) await page.screenshot({ path: `${shots}/llm-error.png`, fullPage: true });

      const stored = await readDatabase(page);
      const id = sessionIdOf(page);
      const mine = stored.turns.filter((t) => t.sessionId === id);
      expect(mine.some((t) => t.speaker === 'student' && t.text === fault.question)).toBe(true);
      const errorTurn = mine.find((t) => t.status === 'error');
      expect(errorTurn?.error).toMatch(fault.message);
      if (fault.partial) expect(String(errorTurn?.text)).toContain(fault.partial);

      await switchModel(page, 'mock-patient');
      await conversation(page).getByText(fault.question).waitFor();
      await conversation(page).getByRole('button', { name: 'Retry' }).click();
      await conversation(page).getByText(fault.reply).waitFor();
      await page.getByRole('button', { name: 'Send' }).waitFor();
      expect(await conversation(page).getByText('(not finished)').count()).toBe(0);
      expect(await page.getByRole('alert').count()).toBe(0);
      const after = (await readDatabase(page)).turns.filter((t) => t.sessionId === id);
      expect(after.filter((t) => t.status === 'error')).toEqual([]);
    });
  });

  it('keeps a reply cut off by a reload (mock-fault-slow), marked interrupted, and Retry completes it', async () => {
    await page.goto(inject('baseUrl'));
    await configureServer(page, mock.url, 'mock-fault-slow');
    await startChestPain(page);
    const id = sessionIdOf(page);
    await ask(page, 'What do you do for work?');
    // Reload once the growing reply has been saved at least once (the app saves it every 250 ms).
    await expect
      .poll(async () => (await readDatabase(page)).turns.find((t) => t.sessionId === id && t.status === 'streaming' && String(t.text).includes('drive'))?.text, {
        timeout: 10_000,
        interval: 50,
      })
      .toBeTruthy();
    expect(await page.getByRole('button', { name: 'Stop' }).count()).toBe(1);
    await page.reload();

    const interrupted = conversation(page).getByRole('listitem').filter({ hasText: '(interrupted)' });
    await interrupted.waitFor();
    const partial = (await interrupted.locator('.message-text').textContent()) ?? '';
    expect(partial).toMatch(/^I drive/);
    expect(partial).not.toContain('heavy lifting some days');
    await conversation(page).getByText('What do you do for work?').waitFor();
    const stored = (await readDatabase(page)).turns.find((t) => t.sessionId === id && t.speaker === 'patient');
    expect(stored?.status).toBe('interrupted');

    await interrupted.getByRole('button', { name: 'Retry' }).click();
    await conversation(page).getByText("I drive a delivery van for a builders' merchant. It's heavy lifting some days.").waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Send' }).waitFor();
    expect(await conversation(page).getByText('(interrupted)').count()).toBe(0);
    const done = (await readDatabase(page)).turns.filter((t) => t.sessionId === id && t.speaker === 'patient');
    expect(done.map((t) => t.status)).toEqual(['complete']);
    expect(errors).toEqual([]);
  });

  it('keeps a session with the patient it began with: a model session waits for a model to be set up again', async () => {
    await page.goto(inject('baseUrl'));
    await configureServer(page, mock.url, 'mock-patient');
    await startChestPain(page);
    const sessionUrl = page.url();
    await ask(page, 'Do you smoke?');
    await conversation(page).getByText(/twenty a day/).waitFor();

    await openSettings(page);
    await page.getByLabel('Provider').selectOption({ index: 0 });
    await page.goto(sessionUrl);
    await page.getByText(/This session was held with the model mock-patient/).waitFor();
    expect(await composer(page).isDisabled()).toBe(true);
    await page.getByText('Model: mock-patient').waitFor();
    expect(await page.getByText('Built-in patient, offline').count()).toBe(0);
  });

  it('mock-fault-stall: the idle timer gives up with a message, the question kept, and Retry answers', async () => {
    // The app has no setting for the LLM patient's 20 s idle timeout, so this browser's clock
    // is faked (Playwright's clock API) and moved on instead of waiting 20 s.
    const stallContext = await launch();
    try {
      const p = stallContext.pages()[0] ?? (await stallContext.newPage());
      await p.clock.install();
      await p.goto(inject('baseUrl'));
      await configureServer(p, mock.url, 'mock-fault-stall');
      await startChestPain(p);
      const streamStarted = p.waitForResponse((response) => response.url().endsWith('/chat/completions') && response.status() === 200);
      await ask(p, 'Do you smoke?');
      await streamStarted;
      await conversation(p).locator('[data-status="streaming"]').waitFor();

      const alert = p.getByRole('alert');
      // The idle timer is armed once the SDK hands over the stream: step the clock until it fires.
      for (let i = 0; i < 10 && (await alert.count()) === 0; i++) {
        await p.clock.fastForward(21_000);
        await alert.waitFor({ timeout: 500 }).catch(() => undefined);
      }
      await alert.getByText(/stopped sending: nothing arrived/).waitFor();
      await alert.getByText(/Try again/).waitFor();
      await conversation(p).getByText('Do you smoke?').waitFor();
      expect(await conversation(p).getByRole('listitem').filter({ hasText: '(not finished)' }).count()).toBe(1);
      await p.screenshot({ path: `${shots}/llm-error-stall.png`, fullPage: true });

      await switchModel(p, 'mock-patient');
      await conversation(p).getByRole('button', { name: 'Retry' }).click();
      await conversation(p).getByText(/I smoke about twenty a day/).waitFor();
      expect(await conversation(p).getByText('(not finished)').count()).toBe(0);
    } finally {
      await stallContext.close();
    }
  });
});
