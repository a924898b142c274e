import { alternation, annotate, contentTokens, normalise } from './annotate';
import type { CaseIndex, IndexedFact } from './fact-index';
import { NEGATION_WINDOW } from './fact-index';
import { retrieve, sameWord } from './retrieve';

// When the student reads a summary back, the patient confirms it or corrects the first
// thing that contradicts what it said: a number, a side, a time unit, or yes for no.

const MIN_COVERAGE = 0.5;
/** Units after which "a"/"an" means one; the German words are there for `de` cases. */
const COUNTED_UNIT = /^(second|minute|hour|day|week|month|year|stone|kilo|pound|pint|bottle|glass|pack|cigarette|tablet|sekunde|minute|stunde|tag|woche|monat|jahr|kilo|flasche|glas|schachtel|zigarette|tablette)/u;

export function checkSummary(index: CaseIndex, summary: string): IndexedFact | undefined {
  const everything = new Set(index.facts.map((f) => f.fact.id));
  const clauses = normalise(summary)
    .split(/[,;.:]|\s+(?:and|but|und|aber)\s+/u)
    .map((c) => c.trim())
    .filter((c) => c.split(' ').length >= 2);
  for (const clause of clauses) {
    // A summary states facts, so read it the way facts are read.
    const { candidates } = retrieve(index, clause, everything, annotate(clause, index.pack, 'fact'));
    const best = candidates[0];
    if (!best || best.coverage < MIN_COVERAGE) continue;
    // Different numbers of the same unit ("two months" against "eight or nine months") are
    // wrong; yes for no, or a different word from a contrast ("left" for "right"), only when
    // the two share a word.
    const wrong = contradiction(index, clause, best.entry);
    if (wrong === 'quantity' || (wrong && sharesWords(index, clause, best.entry))) return best.entry;
  }
  return undefined;
}

/** Concepts can match loosely; before calling a summary wrong, the two must share a word. */
function sharesWords(index: CaseIndex, clause: string, entry: IndexedFact): boolean {
  const contrast = alternation(index.pack.contrasts.flat().map((w) => `(?:${w})\\b`));
  const told = contentTokens(entry.fact.says.replace(contrast, ' '), index.pack);
  return contentTokens(clause.replace(contrast, ' '), index.pack).some(
    (word) => !/^\d/.test(word) && told.some((other) => sameWord(word, other)),
  );
}

function contradiction(index: CaseIndex, clause: string, entry: IndexedFact): 'quantity' | 'contrast' | 'polarity' | undefined {
  const said = normalise(entry.fact.says);
  // "You don't have any allergies" against "I'm allergic to penicillin". The other way round
  // is left alone: a fact like "Not a pain as such, more a pressure" denies one thing and
  // affirms another.
  const opening = clause.split(/\s+/).slice(0, NEGATION_WINDOW).join(' ');
  if (annotate(opening, index.pack, 'fact').negated && !entry.negative) return 'polarity';
  const claimed = quantities(index, clause);
  const actual = quantities(index, said);
  for (const [unit, values] of claimed) {
    const told = actual.get(unit);
    if (told && ![...values].some((v) => told.has(v))) return 'quantity';
  }
  for (const group of index.pack.contrasts) {
    const inClause = group.findIndex((w) => alternation([`(?:${w})\\b`]).test(clause));
    const inFact = group.findIndex((w) => alternation([`(?:${w})\\b`]).test(said));
    // A fact may name both ("left arm, right leg"); only a word the fact lacks is wrong.
    if (inClause >= 0 && inFact >= 0 && inClause !== inFact && !alternation([`(?:${group[inClause]})\\b`]).test(said)) {
      return 'contrast';
    }
  }
  return undefined;
}

/** Numbers by the unit that follows them: "three days" → days: {3}. */
function quantities(index: CaseIndex, text: string): Map<string, Set<number>> {
  const words = index.pack.numberWords;
  const found = new Map<string, Set<number>>();
  const tokens = text.split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
  tokens.forEach((token, i) => {
    const next = tokens[i + 1] ?? '';
    // "an hour" is one hour; "a bit" is no number at all.
    const article = index.pack.articles.includes(token) && COUNTED_UNIT.test(next) ? 1 : -1;
    const approximate = index.pack.approximateNumbers[token] ?? -1;
    const value = /^\d+(\.\d+)?$/.test(token) ? Number(token) : Math.max(words.indexOf(token), article, approximate);
    if (value <= 0 || Number.isNaN(value)) return;
    const unit = tokens.slice(i + 1, i + 3).find((t) => t.length > 2 && words.indexOf(t) < 0);
    if (!unit) return;
    // "day"/"days", "Tag"/"Tagen": a unit is known by its first letters.
    const key = unit.slice(0, 4);
    found.set(key, (found.get(key) ?? new Set()).add(value));
  });
  return found;
}
