// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadCaseLibrary, type CaseSources } from '../../src/case/library';
import { CaseList } from '../../src/case-list';
import { minimalCaseYaml } from '../fixtures/minimal-case';
import {
  BROKEN_FILE,
  BROKEN_LINE,
  CHEST_PAIN_TITLE,
  COUGH_TITLE,
  GERMAN_TITLE,
  realCaseSources,
  validSources,
  withBrokenSource,
} from './sources';

afterEach(cleanup);

async function renderList(sources: CaseSources) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const library = await loadCaseLibrary(sources);
  warn.mockRestore();
  render(<CaseList library={library} />);
  return { user: userEvent.setup(), library };
}

const shownTitles = () => screen.queryAllByRole('article').map((card) => within(card).getByRole('heading').textContent);

describe('CaseList', () => {
  it('shows every valid case as a card with its door note', async () => {
    await renderList(validSources());

    expect(shownTitles()).toEqual([COUGH_TITLE, CHEST_PAIN_TITLE, GERMAN_TITLE]);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '3 cases');

    const chestPain = screen.getByRole('article', { name: CHEST_PAIN_TITLE });
    within(chestPain).getByRole('heading', { name: CHEST_PAIN_TITLE });
    within(chestPain).getByText('Intermediate');
    within(chestPain).getByText('English');
    within(chestPain).getByText('Patient: 42 years, male');
    within(chestPain).getByText('General practice');
    within(chestPain).getByText('Take a focused history.');
    expect(chestPain.textContent).toContain('Vital signsBP 150/90 · HR 102 · T 38.6 °C · SpO₂ 96 %Your task');
    const tags = within(chestPain).getByRole('list', { name: 'Tags' });
    expect(within(tags).getAllByRole('listitem').map((tag) => tag.textContent)).toEqual(['cardiology', 'emergency medicine']);

    const german = screen.getByRole('article', { name: GERMAN_TITLE });
    within(german).getByText('German');
    within(german).getByText('Advanced');
    within(german).getByText('Patient: 18 months, female');
  });

  it('narrows the list to titles containing every search word, ignoring case', async () => {
    const { user } = await renderList(validSources());

    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'STAIRS chest');

    expect(shownTitles()).toEqual([CHEST_PAIN_TITLE]);
    expect(screen.getByRole('status')).toHaveProperty('textContent', 'Showing 1 of 3 cases');
  });

  it('filters by tag', async () => {
    const { user } = await renderList(validSources());
    const tag = screen.getByRole('combobox', { name: 'Tag' });

    await user.selectOptions(tag, 'emergency medicine');
    expect(shownTitles()).toEqual([CHEST_PAIN_TITLE, GERMAN_TITLE]);

    await user.selectOptions(tag, 'cardiology');
    expect(shownTitles()).toEqual([CHEST_PAIN_TITLE]);
  });

  it('filters by difficulty', async () => {
    const { user } = await renderList(validSources());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Difficulty' }), 'Beginner');

    expect(shownTitles()).toEqual([COUGH_TITLE]);
  });

  it('filters by language', async () => {
    const { user } = await renderList(validSources());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'German');

    expect(shownTitles()).toEqual([GERMAN_TITLE]);
  });

  it('says "No cases match" when the filters exclude every case, and clears them on request', async () => {
    const { user } = await renderList(validSources());

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'German');
    await user.type(screen.getByRole('searchbox', { name: 'Search cases' }), 'cough');

    expect(shownTitles()).toEqual([]);
    screen.getByText('No cases match');

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownTitles()).toHaveLength(3);
    expect(screen.getByRole('searchbox', { name: 'Search cases' })).toHaveProperty('value', '');
  });

  it('reports an invalid case with its file and line and still shows the others', async () => {
    await renderList(withBrokenSource());

    const notice = screen.getByText(/1 case could not be loaded/);
    expect(notice.textContent).toMatch(new RegExp(`^1 case could not be loaded: ${BROKEN_FILE}:${BROKEN_LINE} difficulty `));
    expect(shownTitles()).toEqual([COUGH_TITLE, CHEST_PAIN_TITLE, GERMAN_TITLE]);
  });

  it('shows case text as plain text, never as HTML', async () => {
    const title = '<img src="x" onerror="alert(1)"> <b>Cough</b>';
    const { library } = await renderList({
      '/cases/minimal-case.yaml': minimalCaseYaml((draft) => {
        draft.title = title;
        draft.doorNote.reason = '<script>alert(1)</script>';
      }),
    });

    expect(library.cases).toHaveLength(1);
    screen.getByRole('heading', { name: title });
    screen.getByText('<script>alert(1)</script>');
    expect(document.querySelector('article img, article b, article script')).toBeNull();
  });

  it('never shows the diagnosis, the checklist or the misconceptions of the real cases', async () => {
    const { library } = await renderList(realCaseSources());
    expect(screen.getAllByRole('article')).toHaveLength(11);

    const text = renderedText(document.body);
    for (const { case: c } of library.cases) {
      const secrets = [
        c.diagnosis.primary,
        ...c.diagnosis.aliases,
        ...c.checklist.map((item) => item.text),
        ...c.misconceptions.map((misconception) => misconception.claim),
      ];
      for (const secret of secrets) expect(text, `${c.id} shows "${secret}"`).not.toMatch(wholeWords(secret));
    }
  });
});

/** Every text node and attribute value, separated, so words from neighbouring elements do not run together. */
function renderedText(root: HTMLElement): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node instanceof Element) parts.push(...Array.from(node.attributes, (attribute) => attribute.value));
    else parts.push(node.textContent ?? '');
  }
  return parts.join('\n');
}

function wholeWords(phrase: string): RegExp {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}
