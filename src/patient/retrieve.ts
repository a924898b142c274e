import { annotate, conceptKind, normalise, type Annotation } from './annotate';
import type { CaseIndex, IndexedFact } from './fact-index';
import { CATEGORY_TOPIC, searchTerms } from './fact-index';

// Second stage of answering a question: pick the fact the question is about, or none.
// A fact is chosen only when it covers most of what was asked (weighted by how rare each
// concept is in the case); otherwise the patient says it has nothing like that.

/** Below this share of the question's weight, the case does not contain what was asked. */
export const ANSWER_THRESHOLD = 0.5;
const WORD_WEIGHT = 0.45;
const MAX_WORDS_WEIGHT = 0.9;
const KIND_WEIGHT = { dim: 1, topic: 1, symptom: 1, body: 0.3 } as const;
const MAX_FACTS_FOR_BROAD_QUESTION = 3;
const GENERAL_PENALTY = 0.9;
/** Sections a patient answers with a list: "any medical problems?" */
const BROAD_TOPICS = new Set(['pmh', 'meds', 'allergies', 'family', 'surgery']);
const CUE_BONUS = 0.12;

const SECTION_BONUS = 0.05;
const rank = (c: Candidate) => c.coverage + CUE_BONUS * c.cueMatch + (c.inSection ? SECTION_BONUS : 0);

function tokens(index: CaseIndex, text: string): string[] {
  const stop = new Set(index.pack.stopwords);
  return normalise(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 1 && !stop.has(w));
}

const sameWord = (a: string, b: string) =>
  a === b || (a.length > 4 && b.length > 4 && (a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1))));

function cueEcho(entry: IndexedFact, questionTokens: string[]): number {
  let best = 0;
  for (const cue of entry.cueTokens) {
    if (cue.length === 0) continue;
    const echoed = cue.filter((w) => questionTokens.some((q) => sameWord(q, w))).length;
    best = Math.max(best, echoed / cue.length);
  }
  return best;
}

export interface Candidate {
  entry: IndexedFact;
  coverage: number;
  /** How closely the question echoes one of the fact's cue phrases, 0..1. */
  cueMatch: number;
  /** The question names the history section the fact belongs to. */
  inSection: boolean;
  score: number;
}

export interface Retrieval {
  annotation: Annotation;
  /** Best first; empty when the case has nothing that answers the question. */
  chosen: IndexedFact[];
  candidates: Candidate[];
}

/** A dimension beside a subject ("operations in the past") only frames the question. */
const FRAMING_DIMENSION = 0.5;

function conceptWeight(index: CaseIndex, concept: string, hasSubject: boolean): number {
  const kind = conceptKind(index.pack, concept) ?? 'symptom';
  const df = index.documentFrequency.get(concept) ?? 0.5;
  const framing = kind === 'dim' && hasSubject ? FRAMING_DIMENSION : 1;
  return KIND_WEIGHT[kind] * framing * (1 + Math.log(index.facts.length / df) / 3);
}

const isSubject = (index: CaseIndex, concept: string) => {
  const kind = conceptKind(index.pack, concept);
  return kind === 'symptom' || kind === 'topic';
};

function isImplicitlyAbout(index: CaseIndex, concept: string, entry: IndexedFact): boolean {
  if (!index.mainConcepts.has(concept)) return false;
  if (entry.fact.category !== 'presenting-complaint' && entry.fact.category !== 'hpi') return false;
  for (const own of entry.concepts) {
    const kind = conceptKind(index.pack, own);
    if (kind === 'symptom' && !index.mainConcepts.has(own)) return false;
  }
  return true;
}

function factHasWord(entry: IndexedFact, word: string): boolean {
  return entry.words.some((w) => w === word || (word.length > 4 && (w.startsWith(word) || word.startsWith(w))));
}

/** A fact revealed only on a specific ask needs the question to touch one of its cues. */
function specificallyAsked(entry: IndexedFact, annotation: Annotation): boolean {
  if (entry.fact.reveal !== 'on-specific-ask') return true;
  return [...annotation.concepts, ...annotation.words].some((t) => entry.cueTerms.has(t));
}

export function retrieve(
  index: CaseIndex,
  question: string,
  revealed: ReadonlySet<string>,
  annotation: Annotation = annotate(question, index.pack, 'question'),
): Retrieval {
  const concepts = [...new Set(annotation.concepts)];
  const words = [...new Set(annotation.words)];
  if (concepts.length === 0 && words.length === 0) return { annotation, chosen: [], candidates: [] };

  const scores = new Map<string, number>();
  for (const hit of index.search.search(searchTerms(annotation), { combineWith: 'OR' })) {
    scores.set(String(hit.id), hit.score);
  }
  const subjects = concepts.filter((c) => isSubject(index, c));
  const dimensions = concepts.filter((c) => conceptKind(index.pack, c) === 'dim');
  const weights = new Map(concepts.map((c) => [c, conceptWeight(index, c, subjects.length > 0)]));
  const wordWeight = words.length ? Math.min(WORD_WEIGHT, MAX_WORDS_WEIGHT / words.length) : 0;
  const total = [...weights.values()].reduce((a, b) => a + b, 0) + wordWeight * words.length;

  const hasDimension = concepts.some((c) => conceptKind(index.pack, c) === 'dim');
  const questionTokens = tokens(index, question);
  const candidates: Candidate[] = [];
  for (const entry of index.facts) {
    if (!specificallyAsked(entry, annotation)) continue;
    const has = (c: string) => entry.concepts.has(c) || isImplicitlyAbout(index, c, entry);
    // The fact must be about something the question names: a subject, else a dimension.
    const anchored = subjects.length ? subjects.some(has) : dimensions.length ? dimensions.some(has) : true;
    if (!anchored) continue;
    let covered = 0;
    for (const [concept, weight] of weights) {
      if (has(concept)) covered += weight;
    }
    for (const word of words) if (factHasWord(entry, word)) covered += wordWeight;
    // A dimension question ("where is it?") wants the specific fact, not the opening complaint.
    const general = hasDimension && entry.fact.category === 'presenting-complaint' ? GENERAL_PENALTY : 1;
    const section = CATEGORY_TOPIC[entry.fact.category];
    const coverage = (covered / total) * general;
    const cueMatch = cueEcho(entry, questionTokens);
    // "Any medical conditions?" prefers the past-history fact over a medication fact naming one.
    const inSection = section !== undefined && concepts.includes(section);
    if (coverage > 0) candidates.push({ entry, coverage, cueMatch, inSection, score: scores.get(entry.fact.id) ?? 0 });
  }
  candidates.sort(
    (a, b) =>
      rank(b) - rank(a) ||
      b.score - a.score ||
      Number(revealed.has(a.entry.fact.id)) - Number(revealed.has(b.entry.fact.id)),
  );
  return { annotation, chosen: choose(candidates, subjects, dimensions, revealed), candidates };
}

function choose(
  candidates: Candidate[],
  subjects: string[],
  dimensions: string[],
  revealed: ReadonlySet<string>,
): IndexedFact[] {
  const passing = candidates.filter((c) => c.coverage >= ANSWER_THRESHOLD);
  const best = passing[0];
  if (!best) return [];
  const ties = passing.filter((c) => rank(c) >= rank(best) - 1e-9 && c.score >= best.score * 0.75);
  // Asked again about something already told, prefer what has not been said yet.
  const fresh = ties.find((c) => !revealed.has(c.entry.fact.id)) ?? best;
  const broad = subjects.length === 1 && dimensions.length === 0 && BROAD_TOPICS.has(subjects[0] ?? '');
  if (!broad) return [fresh.entry];
  // "Any medical problems?" is answered with the list a patient would give: the positive
  // facts of that section that name what was asked.
  const alongside = ties.filter(
    (c) =>
      c !== fresh &&
      !c.entry.negative &&
      c.entry.fact.category === fresh.entry.fact.category &&
      subjects.every((concept) => c.entry.concepts.has(concept)),
  );
  return [fresh, ...alongside].slice(0, MAX_FACTS_FOR_BROAD_QUESTION).map((c) => c.entry);
}
