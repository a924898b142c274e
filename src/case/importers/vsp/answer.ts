import type { CaseInput } from '../../schema';
import { commaList, keyValues, type Section } from './sections';
import { ImportError } from './header';

// [ANSWER] → the diagnosis (most likely), its differentials (also accepted) and its aliases
// (the pass diagnosis words), plus the teaching point and miss note for the learning objectives.

export interface Answer {
  diagnosis: CaseInput['diagnosis'];
  learningObjectives: string[];
  missNote: string;
}

export function readAnswer(section: Section, notes: string[]): Answer {
  const kv = keyValues(section);
  const get = (key: string) => kv.get(key)?.value ?? '';
  const primary = get('most likely');
  if (!primary) throw new ImportError(section.line, '[ANSWER] has no "most likely:" line');
  const differentials = commaList(get('also accepted'));
  if (differentials.length === 0) throw new ImportError(kv.get('also accepted')?.line ?? section.line, '[ANSWER] has no "also accepted:" list, and a case needs at least one differential');
  const aliases: string[] = [];
  for (const word of commaList(get('pass diagnosis words'))) {
    const alias = word.endsWith('*') ? expandWildcard(word, primary) : word;
    if (!alias) {
      notes.push(`the pass word "${word}" names no word in "${primary}", so it is not an alias`);
      continue;
    }
    // "cholecystitis" is a pass word and a differential: as an alias it would mark the differential correct.
    const differential = differentials.find((d) => wholeWords(alias).test(d));
    if (differential) {
      notes.push(`the pass word "${word}" names the differential "${differential}", so it is not an alias`);
      continue;
    }
    if (alias.toLowerCase() !== primary.toLowerCase() && !aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) aliases.push(alias);
  }
  const tests = get('tests');
  const learningObjectives = [get('teaching point'), tests ? `Work-up: ${tests}` : ''].filter(Boolean);
  if (get('pass test words')) notes.push('the pass test words are not mapped: the case format has no list of accepted test names');
  return { diagnosis: { primary, aliases, differentials, redFlags: [] }, learningObjectives, missNote: get('miss note') };
}

/** "diverticul*" → "diverticulitis", the word of the diagnosis it stands for. */
function expandWildcard(word: string, primary: string): string | undefined {
  const stem = word.slice(0, -1).toLowerCase();
  return primary.match(/[\p{L}][\p{L}'-]*/gu)?.find((w) => w.toLowerCase().startsWith(stem))?.toLowerCase();
}

/** Case-insensitive, whole words: the same test the case check uses for a leaked diagnosis. */
export function wholeWords(name: string): RegExp {
  const words = name.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

export function withoutParentheses(name: string): string {
  return name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}
