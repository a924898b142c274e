// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, getDefaultNormalizer, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from '../../src/app/App';
import { createBrowserServices } from '../../src/app/services';
import { positionOf, replaceOnce } from '../fixtures/minimal-case';
import '../support/blob-text';

// The import on the Cases screen, through the whole app: real services, a real Dexie database
// on fake-indexeddb, the files handed to the file input as a user would pick them.


const CHEST_PAIN = readFileSync(join(import.meta.dirname, '../../cases/chest-pain-smoker.yaml'), 'utf8');
const BUNDLED_TITLE = 'Central chest pain in a 55-year-old smoker';

function caseFile(id: string, title: string, edit: (text: string) => string = (text) => text): File {
  const text = edit(replaceOnce(replaceOnce(CHEST_PAIN, 'id: chest-pain-smoker', `id: ${id}`), `title: ${BUNDLED_TITLE}`, `title: ${title}`));
  return new File([text], `${id}.yaml`, { type: 'application/yaml' });
}

const BROKEN_TEXT = replaceOnce(CHEST_PAIN, 'difficulty: beginner', 'difficulty: expert');
const BROKEN_AT = positionOf(BROKEN_TEXT, 'expert');

async function openCases() {
  window.location.hash = '';
  await act(async () => {
    render(<App services={createBrowserServices()} />);
  });
  await waitFor(() => expect(screen.getAllByRole('article').length).toBeGreaterThanOrEqual(11), { timeout: 3000 });
  return { user: userEvent.setup(), input: screen.getByLabelText('Import case files') };
}

const card = (title: string) => screen.findByRole('article', { name: title }, { timeout: 3000 });

afterEach(async () => {
  cleanup();
  await Dexie.delete('anamnesis');
});

describe('importing case files on the Cases screen', () => {
  it('saves a good file and lists it as stored at once, and rejects a broken one naming the file, line and problem', async () => {
    const { user, input } = await openCases();
    expect(input).toHaveProperty('multiple', true);
    expect(input.getAttribute('accept')).toBe('.yaml,.yml,.jsonl,.txt');

    const broken = new File([BROKEN_TEXT], 'chest-pain-smoker.yaml', { type: 'application/yaml' });
    await user.upload(input, [caseFile('chest-pain-copy', 'Chest pain, imported copy'), broken]);

    const imported = await card('Chest pain, imported copy');
    within(imported).getByText('Stored in this browser');
    expect(screen.getAllByRole('article')).toHaveLength(12);
    expect(screen.getAllByText('Stored in this browser')).toHaveLength(1);
    within(imported).getByRole('link', { name: 'Start: Chest pain, imported copy (stored in this browser)' });

    const results = screen.getByText(/imported “Chest pain, imported copy”/).closest('[role="status"]') as HTMLElement;
    within(results).getByText(/chest-pain-smoker\.yaml/, { selector: 'strong' });
    within(results).getByText((_, element) => element?.textContent === 'chest-pain-smoker.yaml was not imported: 1 problem.');
    // `file:line:column  path  message`, two spaces apart, as `npm run cases:check` prints it.
    const line = within(results).getByText(/^chest-pain-smoker\.yaml:\d+:\d+ {2}difficulty {2}/, {
      normalizer: getDefaultNormalizer({ collapseWhitespace: false }),
    });
    expect(line.textContent).toMatch(new RegExp(`^chest-pain-smoker\\.yaml:${BROKEN_AT.line}:${BROKEN_AT.column}  difficulty  \\S`));
  });

  it('keeps every revision: importing the same id again lists the latest, once, as revision 2', async () => {
    const { user, input } = await openCases();

    await user.upload(input, caseFile('chest-pain-copy', 'First draft'));
    await card('First draft');
    await user.upload(input, caseFile('chest-pain-copy', 'Second draft'));

    const latest = await card('Second draft');
    within(latest).getByText('Revision 2');
    screen.getByText(/imported “Second draft” as revision 2/);
    expect(screen.queryByRole('article', { name: 'First draft' })).toBeNull();
    expect(screen.getAllByRole('article')).toHaveLength(12);
  });

  it('lists a stored case with the id of a bundled one beside it, with its own link to its own start page', async () => {
    const { user, input } = await openCases();

    await user.upload(input, caseFile('chest-pain-smoker', 'Chest pain, our edition'));

    const storedCard = await card('Chest pain, our edition');
    within(screen.getByRole('article', { name: BUNDLED_TITLE })).getByRole('link', { name: `Start: ${BUNDLED_TITLE}` });
    expect(screen.queryAllByText('Stored in this browser')).toHaveLength(1);
    const link = within(storedCard).getByRole('link', { name: /^Start: Chest pain, our edition/ });
    expect(link.getAttribute('href')).toBe('#/case/stored:chest-pain-smoker');

    await user.click(link);
    await screen.findByRole('heading', { level: 2, name: 'Chest pain, our edition' }, { timeout: 3000 });
    screen.getByText('Stored in this browser.');

    // The session records the id both cases share; its hash opens the stored one.
    await user.type(screen.getByLabelText('Your name'), 'Ada');
    await user.click(screen.getByRole('button', { name: 'Start encounter' }));
    await screen.findByRole('textbox', { name: 'Message to the patient' }, { timeout: 5000 });
    expect(window.location.hash).toMatch(/^#\/session\//);
    screen.getByRole('heading', { level: 2, name: 'Chest pain, our edition' });
  });

  it('lists the stored cases again when the page is opened anew', async () => {
    const first = await openCases();
    await first.user.upload(first.input, caseFile('chest-pain-copy', 'Kept across visits'));
    await card('Kept across visits');
    cleanup();

    await openCases();
    within(await card('Kept across visits')).getByText('Stored in this browser');
  });
});
