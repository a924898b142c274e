import MiniSearch from 'minisearch';
import type { Case, Fact, FactCategory } from '../case/schema';
import { annotate, conceptKind, contentTokens, normalise, type Annotation } from './annotate';
import type { LanguagePack } from './lexicon/types';

// Everything the scripted patient knows about a case, tagged once when the case loads:
// each fact's concepts (from its words, its cue words and its id) and a BM25 index over them.

export interface IndexedFact {
  fact: Fact;
  position: number;
  /** Concepts from what the patient says, the cues, the id and the category. */
  concepts: Set<string>;
  /** Concepts only a cue gives, of a kind the fact is unlikely to be about. */
  weakConcepts: Set<string>;
  /** Concepts named by the fact's id, as its author labelled it. */
  idConcepts: Set<string>;
  /** Concepts in what the patient says (stronger evidence than a cue). */
  saidConcepts: Set<string>;
  /** Concepts and words from the cues only: what asking "specifically" about the fact means. */
  cueTerms: Set<string>;
  /** Each cue's content words, for recognising a question that echoes a cue. */
  cueTokens: string[][];
  /** Content words from what the patient says, the cues and the id. */
  words: string[];
  /** The fact is a pertinent negative ("No, I haven't had a temperature."). */
  negative: boolean;
}

export interface CaseIndex {
  case: Case;
  pack: LanguagePack;
  facts: IndexedFact[];
  byId: Map<string, IndexedFact>;
  /** Concepts of the presenting complaint: a question about "the pain" means the main pain. */
  mainConcepts: Set<string>;
  /** Everything the patient says and every cue, lower-case: words this patient knows. */
  caseText: string;
  search: MiniSearch<SearchDoc>;
  /** How many facts carry each concept: rarer concepts weigh more. */
  documentFrequency: Map<string, number>;
}

interface SearchDoc {
  /** The fact's position: ids are not trusted to be unique before the case is checked. */
  id: number;
  terms: string;
}

export const CATEGORY_TOPIC: Partial<Record<FactCategory, string>> = {
  pmh: 'pmh',
  meds: 'meds',
  allergies: 'allergies',
  family: 'family',
  sexual: 'sexual',
};

const ICE = ['ideas', 'concerns', 'expectations'];
const COMPLAINT_CATEGORIES = new Set<FactCategory>(['presenting-complaint', 'hpi', 'ros']);
const SOCIAL_SECTIONS = new Set(['travel', 'occupation', 'home', 'exercise', 'smoking', 'alcohol', 'drugs', 'diet', 'hobbies', 'driving', 'contacts', 'pets']);
/** "No, ..." or "I haven't ...": a pertinent negative says so within its first words. */
export const NEGATION_WINDOW = 5;

export const conceptTerm = (concept: string) => `c_${concept.replace(/-/g, '_')}`;

/** The terms a question or a fact contributes to the BM25 index. */
export function searchTerms(annotation: Annotation, extraConcepts: Iterable<string> = []): string {
  return [...annotation.concepts, ...extraConcepts].map(conceptTerm).concat(annotation.words).join(' ');
}

function indexFact(fact: Fact, position: number, pack: LanguagePack): { indexed: IndexedFact; doc: SearchDoc } {
  const said = annotate(fact.says, pack, 'fact');
  const cues = fact.cues.map((cue) => annotate(cue, pack, 'question'));
  const fromId = annotate(fact.id.replace(/-/g, ' '), pack, 'question');
  const section = CATEGORY_TOPIC[fact.category];
  const tag = (found: string[]) => {
    const set = new Set(found);
    if (section) set.add(section);
    // "I think I bit my tongue" is not the patient's idea of the illness: only ICE facts carry ICE.
    if (fact.category !== 'ice') ICE.forEach((c) => set.delete(c));
    return set;
  };
  const saidConcepts = tag(said.concepts);
  const concepts = tag([...said.concepts, ...fromId.concepts, ...cues.flatMap((c) => c.concepts)]);
  // A cue "travel" on a fact about where the pain goes is not about trips abroad: a history
  // section named only by a cue of a complaint fact is weak evidence.
  const weakConcepts = new Set(
    COMPLAINT_CATEGORIES.has(fact.category) ? [...concepts].filter((c) => SOCIAL_SECTIONS.has(c) && !saidConcepts.has(c)) : [],
  );
  const words = [...said.words, ...fromId.words, ...cues.flatMap((c) => c.words)];
  return {
    indexed: {
      fact,
      position,
      concepts,
      saidConcepts,
      weakConcepts,
      idConcepts: new Set(fromId.concepts),
      cueTerms: new Set(cues.flatMap((c) => [...c.concepts, ...c.words])),
      cueTokens: fact.cues.map((cue) => contentTokens(cue, pack)),
      words,
      negative: annotate(fact.says.split(/\s+/).slice(0, NEGATION_WINDOW).join(' '), pack, 'fact').negated,
    },
    doc: { id: position, terms: [...concepts].map(conceptTerm).concat(words).join(' ') },
  };
}

export function buildCaseIndex(caseFile: Case, pack: LanguagePack): CaseIndex {
  const entries = caseFile.facts.map((fact, position) => indexFact(fact, position, pack));
  const facts = entries.map((e) => e.indexed);
  const search = new MiniSearch<SearchDoc>({
    fields: ['terms'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { prefix: (term) => !term.startsWith('c_') && term.length > 4 },
  });
  search.addAll(entries.map((e) => e.doc));

  const mainConcepts = new Set<string>();
  const mainSources = [
    caseFile.patient.openingStatement,
    caseFile.doorNote.reason,
    ...caseFile.facts.filter((f) => f.category === 'presenting-complaint').map((f) => f.says),
  ];
  for (const source of mainSources) {
    for (const concept of annotate(source, pack, 'fact').concepts) {
      const kind = conceptKind(pack, concept);
      if (kind === 'symptom' || kind === 'body') mainConcepts.add(concept);
    }
  }

  const documentFrequency = new Map<string, number>();
  for (const f of facts) for (const c of f.concepts) documentFrequency.set(c, (documentFrequency.get(c) ?? 0) + 1);

  return {
    case: caseFile,
    pack,
    facts,
    byId: new Map(facts.map((f) => [f.fact.id, f])),
    mainConcepts,
    caseText: normalise(caseFile.facts.flatMap((f) => [f.says, ...f.cues]).join(' | ')),
    search,
    documentFrequency,
  };
}
