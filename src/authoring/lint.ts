import type { CaseCheck } from '../case/consistency';
import type { Case, Fact } from '../case/schema';

// Advice beyond the schema and `cases:check`, for the editor: things that make a case play or
// grade badly without making it wrong. Every lint is a warning, never an error, and a plain
// CaseCheck, so its problems carry the line and column of what they are about.

const specificWithoutCues = (fact: Fact) => fact.reveal === 'on-specific-ask' && fact.cues.length === 0;

/** A checklist item whose facts no question can bring out: missing, or on-specific-ask without cues. */
export const itemsEarnable: CaseCheck = (caseData, context) => {
  const facts = new Map(caseData.facts.map((fact) => [fact.id, fact]));
  return caseData.checklist.flatMap((item, i) => {
    const named = item.facts.flatMap((id) => facts.get(id) ?? []);
    // A critical item with no existing fact is reported by criticalItemsHaveFacts.
    if (named.length === 0 && item.critical) return [];
    if (named.some((fact) => !specificWithoutCues(fact))) return [];
    const why = named.length === 0 ? 'none of its facts exist' : 'its facts are all on-specific-ask without cues';
    return [context.problem(['checklist', i, 'facts'], `no question can earn this item: ${why}`, 'warning')];
  });
};

/** A fact that no checklist item names: the patient may say it, but nothing grades it. */
export const factsGraded: CaseCheck = (caseData, context) => {
  const used = new Set(caseData.checklist.flatMap((item) => item.facts));
  return caseData.facts.flatMap((fact, i) =>
    used.has(fact.id) ? [] : [context.problem(['facts', i, 'id'], `no checklist item uses the fact "${fact.id}"`, 'warning')],
  );
};

/** Words too common in diagnoses, or in what patients say, to give one away. */
const GENERIC_WORDS = new Set([
  'acute', 'chronic', 'syndrome', 'disease', 'disorder', 'infection', 'post', 'primary', 'secondary',
  'with', 'without', 'left', 'right', 'upper', 'lower', 'severe', 'mild', 'type', 'related', 'induced',
  'pain', 'failure', 'episode', 'first', 'early', 'late', 'simple', 'complex', 'general', 'unspecified',
  // Lay words a patient uses without knowing the diagnosis ("my heart was racing", "deep breath").
  'heart', 'attack', 'chest', 'blood', 'head', 'back', 'deep', 'water', 'breath', 'stomach', 'tummy',
]);

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/**
 * The words of a diagnosis that would tell it: four letters or more, not generic, and not
 * already told at the door or in the opening statement (the student knows those anyway).
 */
export function distinctiveWords(caseData: Case): string[] {
  const told = new Set(wordsOf(`${caseData.doorNote.reason} ${caseData.patient.openingStatement}`));
  const names = [caseData.diagnosis.primary, ...caseData.diagnosis.aliases];
  const words = names.flatMap(wordsOf).filter((word) => word.length >= 4 && !GENERIC_WORDS.has(word) && !told.has(word));
  return [...new Set(words)];
}

/** A fact whose words would tell the diagnosis: its name, an alias, or a distinctive word of one. */
export const factsKeepDiagnosis: CaseCheck = (caseData, context) => {
  const names = [caseData.diagnosis.primary, ...caseData.diagnosis.aliases].map((name) => wordsOf(name).join(' '));
  const distinctive = distinctiveWords(caseData);
  return caseData.facts.flatMap((fact, i) => {
    const words = wordsOf(fact.says);
    const said = ` ${words.join(' ')} `;
    const name = names.find((n) => n !== '' && said.includes(` ${n} `));
    const word = name ?? distinctive.find((w) => words.includes(w));
    if (word === undefined) return [];
    const what = name ? `names the diagnosis ("${word}")` : `says "${word}", a word of the diagnosis`;
    return [context.problem(['facts', i, 'says'], `may give the diagnosis away: it ${what}; describe it in the patient's own words`, 'warning')];
  });
};

/** A critical item must be earnable: at least one of its facts must exist. */
export const criticalItemsHaveFacts: CaseCheck = (caseData, context) => {
  const ids = new Set(caseData.facts.map((fact) => fact.id));
  return caseData.checklist.flatMap((item, i) =>
    item.critical && !item.facts.some((id) => ids.has(id))
      ? [context.problem(['checklist', i], `a critical item needs a fact that earns it; none of [${item.facts.join(', ')}] exists`, 'warning')]
      : [],
  );
};

/**
 * Every category the checklist grades holds at least as many facts as items grade it, so each
 * item has something of its own to find. (One "no allergies" fact for one allergy item is fine.)
 */
export const gradedCategoriesHaveFacts: CaseCheck = (caseData, context) => {
  const seen = new Set<string>();
  return caseData.checklist.flatMap((item, i) => {
    if (seen.has(item.category)) return [];
    seen.add(item.category);
    const items = caseData.checklist.filter((other) => other.category === item.category).length;
    const count = caseData.facts.filter((fact) => fact.category === item.category).length;
    if (count >= items) return [];
    const has = count === 0 ? 'no facts' : count === 1 ? 'only 1 fact' : `only ${count} facts`;
    return [context.problem(['checklist', i, 'category'], `${items} checklist items grade "${item.category}", but the case has ${has} in it: add one for each item`, 'warning')];
  });
};

export const authoringLints: readonly CaseCheck[] = [itemsEarnable, criticalItemsHaveFacts, factsGraded, factsKeepDiagnosis, gradedCategoriesHaveFacts];
