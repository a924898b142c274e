// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { App } from '../../src/app/App';
import { createBrowserServices, type AppServices } from '../../src/app/services';
import { TEMPLATE_YAML } from '../../src/authoring/template';
import { positionOf } from '../fixtures/minimal-case';
import '../support/blob-text';

// The case editor through the whole app: real services, a real Dexie database on
// fake-indexeddb, the user typing into the text and pressing the buttons.


vi.setConfig({ testTimeout: 20_000 });

let services: AppServices;

/** Selects [start, end) of the text, as a user would with the mouse, for the next keys to replace. */
function select(text: HTMLTextAreaElement, start: number, end = start) {
  text.focus();
  text.setSelectionRange(start, end);
}

async function openEditor(hash = '#/author') {
  window.location.hash = hash;
  services = createBrowserServices();
  await act(async () => {
    render(<App services={services} />);
  });
  const text = (await screen.findByRole('textbox', { name: 'Case file (YAML)' }, { timeout: 5000 })) as HTMLTextAreaElement;
  return { user: userEvent.setup(), text };
}

const checkStatus = () => screen.getByRole('status', { name: 'Check' });
const checked = (pattern: RegExp) => waitFor(() => expect(checkStatus().textContent).toMatch(pattern), { timeout: 5000 });

afterEach(async () => {
  cleanup();
  sessionStorage.clear();
  await Dexie.delete('anamnesis');
});

describe('the case editor', () => {
  it('starts a new case from the template, which has no problems', async () => {
    const { text } = await openEditor();
    expect(text.value).toBe(TEMPLATE_YAML);
    screen.getByRole('heading', { level: 2, name: 'New case' });
    await checked(/^No problems/);
  });

  it('shows a problem at its line as soon as one is typed, moves the caret there on a click, and clears it when fixed', async () => {
    const { user, text } = await openEditor();
    await checked(/^No problems/);
    const at = positionOf(TEMPLATE_YAML, 'beginner');

    const start = TEMPLATE_YAML.indexOf('beginner');
    select(text, start, start + 'beginner'.length);
    await user.keyboard('expert');
    await checked(/^1 error, 0 warnings/);
    const problem = screen.getByRole('button', { name: new RegExp(`^line ${at.line}, column ${at.column} — difficulty — `) });
    expect(screen.getByRole('heading', { name: 'Errors (1)' })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save to this browser' }) as HTMLButtonElement).disabled).toBe(true);

    text.setSelectionRange(0, 0);
    await user.click(problem);
    expect(document.activeElement).toBe(text);
    expect(text.selectionStart).toBe(start);

    select(text, start, start + 'expert'.length);
    await user.keyboard('advanced');
    await checked(/^No problems/);
    expect(screen.queryByRole('heading', { name: /^Errors/ })).toBeNull();
  });

  it('lists lint warnings apart from errors', async () => {
    const { user, text } = await openEditor();
    await checked(/^No problems/);
    const start = TEMPLATE_YAML.indexOf('facts: [smoking, alcohol]');
    select(text, start, start + 'facts: [smoking, alcohol]'.length);
    await user.keyboard('facts: [[smoking]'); // "[[" types "["
    await checked(/^0 errors, 1 warning\.$/);
    screen.getByRole('heading', { name: 'Warnings (1)' });
    screen.getByRole('button', { name: /— facts\[5\]\.id — no checklist item uses the fact "alcohol"$/ });
  });

  it('saves a new revision each time, with the text as written', async () => {
    const { user, text } = await openEditor();
    await checked(/^No problems/);
    await user.click(screen.getByRole('button', { name: 'Save to this browser' }));
    await screen.findByText(/Saved “Cough for three weeks” to this browser as revision 1 of new-case\./);

    select(text, 0, 0);
    await user.keyboard('# second draft\n');
    await user.click(screen.getByRole('button', { name: 'Save to this browser' }));
    await screen.findByText(/as revision 2 of new-case\./);

    const { cases } = await services.sessions();
    const revisions = await cases.listCaseRevisions('new-case');
    expect(revisions.map((r) => [r.revision, r.source, r.yaml])).toEqual([
      [1, 'editor', TEMPLATE_YAML],
      [2, 'editor', `# second draft\n${TEMPLATE_YAML}`],
    ]);
  });

  it('exports the text unchanged as <id>.yaml', async () => {
    const { user, text } = await openEditor();
    select(text, 0, 0);
    await user.keyboard('# exported as is   \n');
    const downloads: Array<{ name: string; blob: Blob }> = [];
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:test');
    URL.revokeObjectURL = () => {};
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, blob: created.at(-1)! });
    });
    await user.click(screen.getByRole('button', { name: 'Export YAML' }));
    click.mockRestore();
    expect(downloads.map((d) => d.name)).toEqual(['new-case.yaml']);
    expect(await downloads[0]!.blob.text()).toBe(`# exported as is   \n${TEMPLATE_YAML}`);
  });

  it('opens a YAML file into the editor', async () => {
    const { user, text } = await openEditor();
    const file = new File(['id: from-file\n'], 'from-file.yaml', { type: 'application/yaml' });
    await user.upload(screen.getByLabelText('Import YAML file'), file);
    await waitFor(() => expect(text.value).toBe('id: from-file\n'));
    await checked(/error/);
  });

  it('opens a bundled case as a copy, its text giving back the case', async () => {
    const { text } = await openEditor('#/author/chest-pain-smoker');
    screen.getByRole('heading', { level: 2, name: 'Copy of “Central chest pain in a 55-year-old smoker”' });
    expect(text.value).toMatch(/^\$schema: \.\/case\.schema\.json\nid: chest-pain-smoker\n/);
    await checked(/^0 errors|^No problems/);
  });

  it('tries the unsaved draft: an encounter starts with it, and nothing is saved', async () => {
    const { user, text } = await openEditor();
    const start = TEMPLATE_YAML.indexOf('Cough for three weeks');
    select(text, start, start + 'Cough for three weeks'.length);
    await user.keyboard('A draft never saved');
    await checked(/^No problems/);
    await user.click(screen.getByRole('button', { name: 'Try it' }));
    await screen.findByRole('textbox', { name: 'Message to the patient' }, { timeout: 5000 });
    expect(window.location.hash).toMatch(/^#\/session\//);
    screen.getByRole('heading', { level: 2, name: 'A draft never saved' });
    const { cases } = await services.sessions();
    expect(await cases.listStoredCases()).toEqual([]);
  });

  it('edits the same document in the form: a change there is a change of one line in the text, and back', async () => {
    const { user, text } = await openEditor();
    await user.click(screen.getByRole('button', { name: 'Form' }));
    const name = screen.getByRole('textbox', { name: 'Patient name' });
    await user.clear(name);
    await user.type(name, 'Alex Kim');
    await user.click(screen.getByRole('button', { name: 'YAML' }));
    expect(text.value).toBe(TEMPLATE_YAML.replace('  name: Sam Lee\n', '  name: Alex Kim\n'));

    select(text, text.value.indexOf('Bus driver'), text.value.indexOf('Bus driver') + 'Bus driver'.length);
    await user.keyboard('Nurse');
    const start = text.value.indexOf('age: 42') + 'age: '.length;
    select(text, start, start + 2);
    await user.keyboard('57');
    await user.click(screen.getByRole('button', { name: 'Form' }));
    expect((screen.getByRole('spinbutton', { name: 'Age (years)' }) as HTMLInputElement).value).toBe('57');

    await user.click(screen.getByRole('button', { name: 'Add a fact' }));
    await user.click(screen.getByRole('button', { name: 'YAML' }));
    expect(text.value).toMatch(/- id: new-fact-7\n\s+category: hpi/);
    expect(text.value).toContain('# What a good history covers');
    await checked(/^0 errors, \d+ warnings?\./);
  });

  it('opens a stored case with the text it was saved with, comments included, and says when a key names no case', async () => {
    const first = await openEditor();
    select(first.text, 0, 0);
    await first.user.keyboard('# kept as written\n');
    await checked(/^No problems/);
    await first.user.click(screen.getByRole('button', { name: 'Save to this browser' }));
    await screen.findByText(/as revision 1 of new-case\./);
    cleanup();

    const { text } = await openEditor('#/author/stored:new-case');
    screen.getByRole('heading', { level: 2, name: 'Copy of “Cough for three weeks”' });
    expect(text.value).toBe(`# kept as written\n${TEMPLATE_YAML}`);
    cleanup();

    window.location.hash = '#/author/stored:no-such-case';
    render(<App services={createBrowserServices()} />);
    await screen.findByText(/There is no case "stored:no-such-case" to open\./, {}, { timeout: 5000 });
  });

  it('keeps unsaved changes in this tab: after trying the draft, coming back opens it again, until discarded', async () => {
    const { user, text } = await openEditor();
    select(text, 0, 0);
    await user.keyboard('# work in progress\n');
    await checked(/^No problems/);
    await user.click(screen.getByRole('button', { name: 'Try it' }));
    await screen.findByRole('textbox', { name: 'Message to the patient' }, { timeout: 5000 });

    await act(async () => {
      window.location.hash = '#/author';
    });
    const back = (await screen.findByRole('textbox', { name: 'Case file (YAML)' }, { timeout: 5000 })) as HTMLTextAreaElement;
    expect(back.value).toBe(`# work in progress\n${TEMPLATE_YAML}`);
    await user.click(screen.getByRole('button', { name: 'Discard them' }));
    expect((screen.getByRole('textbox', { name: 'Case file (YAML)' }) as HTMLTextAreaElement).value).toBe(TEMPLATE_YAML);
  });
});
