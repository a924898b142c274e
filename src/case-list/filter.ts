import type { Case } from '../case';
import type { LibraryCase } from '../case/library';
import { languageName } from '../ui/case-format';

// Which cases the list shows. An empty string in a filter field means "any".

export interface CaseFilter {
  /** Words that must all appear in the title, ignoring case and accents. */
  query: string;
  tag: string;
  difficulty: '' | Case['difficulty'];
  language: string;
}

export const NO_FILTER: CaseFilter = { query: '', tag: '', difficulty: '', language: '' };

export const DIFFICULTIES: ReadonlyArray<Case['difficulty']> = ['beginner', 'intermediate', 'advanced'];

export function filterCases(cases: readonly LibraryCase[], filter: CaseFilter): LibraryCase[] {
  const words = searchable(filter.query).split(/\s+/).filter(Boolean);
  return cases.filter(({ case: c }) => {
    const title = searchable(c.title);
    return (
      words.every((word) => title.includes(word)) &&
      (filter.tag === '' || c.tags.includes(filter.tag)) &&
      (filter.difficulty === '' || c.difficulty === filter.difficulty) &&
      (filter.language === '' || c.language === filter.language)
    );
  });
}

/**
 * Easiest first, then by title: a student new to the tutor meets a beginner case at the top.
 * A stored case with the same title as a bundled one comes right after it.
 */
export function sortCases(cases: readonly LibraryCase[]): LibraryCase[] {
  const stored = (entry: LibraryCase) => (entry.origin === 'stored' ? 1 : 0);
  return [...cases].sort(
    (a, b) =>
      DIFFICULTIES.indexOf(a.case.difficulty) - DIFFICULTIES.indexOf(b.case.difficulty) ||
      a.case.title.localeCompare(b.case.title) ||
      stored(a) - stored(b),
  );
}

export interface FilterChoices {
  tags: string[];
  difficulties: Array<Case['difficulty']>;
  languages: string[];
}

/** Only the values some case has, so no choice leads to an empty list on its own. */
export function filterChoices(cases: readonly LibraryCase[]): FilterChoices {
  const present = (pick: (c: Case) => readonly string[]) => new Set(cases.flatMap(({ case: c }) => pick(c)));
  const difficulties = present((c) => [c.difficulty]);
  return {
    tags: [...present((c) => c.tags)].sort((a, b) => a.localeCompare(b)),
    difficulties: DIFFICULTIES.filter((difficulty) => difficulties.has(difficulty)),
    languages: [...present((c) => [c.language])].sort((a, b) => languageName(a).localeCompare(languageName(b))),
  };
}

function searchable(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}
