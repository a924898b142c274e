import { alternation, annotate, normalise } from './annotate';
import type { CaseIndex, IndexedFact } from './fact-index';
import { retrieve } from './retrieve';

// When the student reads a summary back, the patient confirms it or corrects the first
// thing that contradicts what it said: a number, a side, a time unit, or yes for no.

const MIN_COVERAGE = 0.5;

export function checkSummary(index: CaseIndex, summary: string): IndexedFact | undefined {
  const everything = new Set(index.facts.map((f) => f.fact.id));
  const clauses = normalise(summary)
    .split(/[,;.:]|\s+(?:and|but|und|aber)\s+/u)
    .map((c) => c.trim())
    .filter((c) => c.split(' ').length >= 2);
  for (const clause of clauses) {
    // A summary states facts, so read it the way facts are read.
    const best = retrieve(index, clause, everything, annotate(clause, index.pack, 'fact')).candidates[0];
    if (!best || best.coverage < MIN_COVERAGE) continue;
    if (contradicts(index, clause, best.entry)) return best.entry;
  }
  return undefined;
}

function contradicts(index: CaseIndex, clause: string, entry: IndexedFact): boolean {
  const said = normalise(entry.fact.says);
  const claimed = numbers(index, clause);
  const actual = numbers(index, said);
  if (claimed.length && actual.length && !claimed.some((n) => actual.includes(n))) return true;
  for (const group of index.pack.contrasts) {
    const inClause = group.findIndex((w) => alternation([`(?:${w})\\b`]).test(clause));
    const inFact = group.findIndex((w) => alternation([`(?:${w})\\b`]).test(said));
    if (inClause >= 0 && inFact >= 0 && inClause !== inFact) {
      // A fact may name both ("left arm, right leg"); only a word the fact lacks is wrong.
      const clauseWord = group[inClause] ?? '';
      if (!alternation([`(?:${clauseWord})\\b`]).test(said)) return true;
    }
  }
  return false;
}

function numbers(index: CaseIndex, text: string): number[] {
  const found = [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(',', '.')));
  index.pack.numberWords.forEach((word, value) => {
    if (value > 0 && alternation([`${word}\\b`]).test(text)) found.push(value);
  });
  return found;
}
