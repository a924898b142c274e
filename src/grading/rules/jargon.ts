import { annotate, cachedAlternation, normalise } from '../../patient/annotate';
import type { CaseIndex } from '../../patient/fact-index';
import { graderPhrases } from './language';
import { sentences } from './text';

// Clinical words a lay patient would not know, used without saying what they mean. The terms
// come from the patient's language pack (its jargon list and the shapes of clinical words);
// the test is the one the scripted patient applies before it asks "what does that mean?":
// a word the case itself uses is one this patient knows, and a term is explained when the
// same sentence also says it in plain words or marks an explanation.

export interface JargonUse {
  /** The term as the pack displays it ("dyspnoea"). */
  term: string;
  /** The sentence it was used in, as written. */
  sentence: string;
  /** Concepts the term stands for (empty for a word recognised only by its shape). */
  concepts: string[];
}

export function unexplainedJargon(index: CaseIndex, text: string): JargonUse[] {
  const { pack } = index;
  const explained = cachedAlternation(graderPhrases(pack.language).explained);
  const known = index.caseText;
  const found: JargonUse[] = [];
  for (const sentence of sentences(text)) {
    const plain = normalise(sentence);
    if (explained.test(plain)) continue;
    // "urethral discharge" is one use, though the pack lists "urethral" and "urethral discharge".
    const taken: [number, number][] = [];
    for (const term of pack.jargon) {
      const pattern = cachedAlternation([term.term]);
      const match = plain.match(pattern);
      if (!match || known.includes(match[0])) continue;
      const at = match.index ?? 0;
      if (taken.some(([from, to]) => at < to && at + match[0].length > from)) continue;
      const rest = annotate(plain.replace(pattern, ' '), pack, 'question').concepts;
      if (term.concepts.some((c) => rest.includes(c))) continue;
      taken.push([at, at + match[0].length]);
      if (!found.some((f) => f.term === term.display)) found.push({ term: term.display, sentence, concepts: term.concepts });
    }
    const shape = cachedAlternation([`(?:${pack.jargonShape})(?![\\p{L}])`]);
    const shaped = plain.match(shape)?.[0];
    if (shaped && !pack.layTerms.includes(shaped) && !known.includes(shaped) && !found.some((f) => f.sentence === sentence)) {
      found.push({ term: shaped, sentence, concepts: [] });
    }
  }
  return found;
}
