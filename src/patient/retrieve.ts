import { annotate, conceptKind, contentTokens, isSubject, type Annotation } from './annotate';
import { CATEGORY_TOPIC, searchTerms, type CaseIndex, type IndexedFact } from './fact-index';

// Second stage of answering a question: pick the fact the question is about, or none.
// A fact is chosen only when it is about a subject the question names and covers most of
// what was asked (each concept weighted by how rare it is in the case); otherwise the
// patient says it has nothing like that.

/** Below this share of the question's weight, the case does not contain what was asked. */
export const ANSWER_THRESHOLD = 0.5;
const KIND_WEIGHT = { dim: 1, topic: 1, symptom: 1, body: 0.3, person: 0.3 } as const;
/** A dimension beside a symptom ("did the pain come on suddenly") frames the question... */
const FRAMING_DIMENSION = 0.5;
/** ...and beside a history section ("operations in the past") barely matters. */
const FRAMING_DIMENSION_OF_SECTION = 0.25;
/** A word the case never uses may be filler or a subject the case lacks. */
const UNKNOWN_WORD_WEIGHT = 0.4;
const MAX_WORDS_WEIGHT = 2;
/** A dimension question ("where is it?") wants the specific fact, not the opening complaint. */
const GENERAL_PENALTY = 0.9;
const CUE_BONUS = 0.12;
const SECTION_BONUS = 0.05;
/** The author named the fact after what was asked ("previous", "onset"). */
const ID_BONUS = 0.05;
/** "Where is the pain?" is answered with where it is, not with where it is not. */
const NEGATIVE_TO_WH_PENALTY = 0.05;
const MAX_FACTS_FOR_BROAD_QUESTION = 3;
/** "Any pain?" is answered by the pain there is, not by "no headache, no neck pain". */
const NEGATIVE_ELSEWHERE_PENALTY = 0.04;
/** A concept only a cue gives the fact counts for less than one the patient says. */
const CUE_ONLY_CONCEPT = 0.9;
const WEAK_CONCEPT = 0.45;
/** "When did it start?" without a subject means the main complaint, not the cough. */
const OFF_MAIN_PENALTY = 0.9;
const UNPLACED_PENALTY = 0.6;
/** Sections a patient answers with a list: "any medical problems?" */
const BROAD_TOPICS = new Set(['pmh', 'meds', 'allergies', 'family', 'surgery']);
/**
 * Topics that say whose history or which kind of fact is asked about: "has anyone in your
 * family had a clot?" is answered from the family history or not at all, and "allergic to
 * any medicines?" from the allergies; the other subjects only narrow the question.
 */
const HEAD_TOPICS = ['family', 'allergies'];
const ICE = new Set(['ideas', 'concerns', 'expectations']);
const NARROWING_SUBJECT = 0.5;

export interface Candidate {
  entry: IndexedFact;
  /** Share of the question's weight this fact covers, 0..1. */
  coverage: number;
  /** Coverage plus small preferences (cue echoed, section named, positive for a wh-question). */
  rank: number;
  /** BM25 score from the index, the last tie-breaker. */
  score: number;
}

export interface Retrieval {
  annotation: Annotation;
  /** Best first; empty when the case has nothing that answers the question. */
  chosen: IndexedFact[];
  candidates: Candidate[];
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

  const subjects = concepts.filter((c) => isSubject(index.pack, c));
  const dimensions = concepts.filter((c) => conceptKind(index.pack, c) === 'dim');
  const bodyParts = concepts.filter((c) => conceptKind(index.pack, c) === 'body');
  const people = concepts.filter((c) => conceptKind(index.pack, c) === 'person');
  const head = HEAD_TOPICS.find((t) => subjects.includes(t));
  // An implied concept ("diabetes" implies past history) anchors a fact but weighs nothing.
  const weights = new Map(
    concepts.map((c) => {
      if (annotation.implied.includes(c)) return [c, 0];
      const narrowing = head && c !== head && isSubject(index.pack, c) ? NARROWING_SUBJECT : 1;
      return [c, conceptWeight(index, c, subjects) * narrowing];
    }),
  );
  const wordWeights = scaledWordWeights(index, words);
  // Without a subject, several dimensions are alternatives ("since it started, better or
  // worse?"): the question weighs as much as its weightiest dimension.
  const alternatives = subjects.length === 0 && dimensions.length > 1;
  const conceptTotal = alternatives
    ? Math.max(...dimensions.map((d) => weights.get(d) ?? 0)) +
      [...weights].filter(([c]) => !dimensions.includes(c)).reduce((a, [, w]) => a + w, 0)
    : [...weights.values()].reduce((a, b) => a + b, 0);
  const total = conceptTotal + [...wordWeights.values()].reduce((a, b) => a + b, 0);
  const scores = new Map(
    index.search.search(searchTerms(annotation), { combineWith: 'OR' }).map((hit) => [Number(hit.id), hit.score]),
  );
  const questionTokens = contentTokens(question, index.pack);
  const whQuestion = index.pack.whWords.some((w) => question.trimStart().toLowerCase().startsWith(w));

  const candidates: Candidate[] = [];
  const asksIce = concepts.some((c) => ICE.has(c));
  for (const entry of index.facts) {
    if (entry.fact.reveal === 'on-specific-ask' && !echoesCue(entry, annotation)) continue;
    // The patient's ideas, concerns and expectations answer questions about them, or about
    // what they name ("will my parents find out?"), not "have you had anything like this before?".
    if (entry.fact.category === 'ice' && !asksIce && !echoesCue(entry, annotation)) continue;
    // "When did the pain start?" may be answered by an onset fact that does not say "pain";
    // "Have you been sleeping?" needs a fact that is about sleep.
    const implicit = (c: string) => dimensions.length > 0 && isImplicitlyAbout(index, c, entry, bodyParts);
    const has = (c: string) => entry.concepts.has(c) || implicit(c);
    // The family history answers questions about the family, not about the patient.
    if (entry.fact.category === 'family' && !concepts.includes('family')) continue;
    // "Any tummy pain?" is not answered by "no pain in my chest", nor "your mum?" by your dad.
    if (elsewhere(index, entry, bodyParts, 'body') || elsewhere(index, entry, people, 'person')) continue;
    const anchored = head ? has(head) : subjects.length ? subjects.some(has) : dimensions.length ? dimensions.some(has) : true;
    if (!anchored) continue;
    let covered = 0;
    let coveredDimension = 0;
    for (const [concept, weight] of weights) {
      const share =
        entry.saidConcepts.has(concept) || implicit(concept)
          ? 1
          : entry.weakConcepts.has(concept)
            ? WEAK_CONCEPT
            : entry.concepts.has(concept)
              ? CUE_ONLY_CONCEPT
              : 0;
      if (alternatives && dimensions.includes(concept)) coveredDimension = Math.max(coveredDimension, weight * share);
      else covered += weight * share;
    }
    covered += coveredDimension;
    for (const [word, weight] of wordWeights) if (factHasWord(entry, word)) covered += weight;
    if (covered === 0) continue;
    const general = dimensions.length && entry.fact.category === 'presenting-complaint' ? GENERAL_PENALTY : 1;
    const offMain = subjects.length === 0 && aboutSomethingElse(index, entry) ? OFF_MAIN_PENALTY : 1;
    // "Any tummy pain?" is not answered by a fact that never says where.
    const unplaced = bodyParts.length > 0 && !bodyParts.some(has) ? UNPLACED_PENALTY : 1;
    const coverage = (covered / total) * general * offMain * unplaced;
    const section = CATEGORY_TOPIC[entry.fact.category];
    const rank =
      coverage +
      CUE_BONUS * cueEcho(entry, questionTokens) +
      (section && concepts.includes(section) ? SECTION_BONUS : 0) +
      (concepts.some((c) => entry.idConcepts.has(c)) ? ID_BONUS : 0) -
      (whQuestion && entry.negative ? NEGATIVE_TO_WH_PENALTY : 0) -
      (entry.negative && deniesSomethingElse(index, entry, subjects) ? NEGATIVE_ELSEWHERE_PENALTY : 0);
    candidates.push({ entry, coverage, rank, score: scores.get(entry.position) ?? 0 });
  }
  candidates.sort(
    (a, b) =>
      b.rank - a.rank ||
      b.score - a.score ||
      Number(revealed.has(a.entry.fact.id)) - Number(revealed.has(b.entry.fact.id)),
  );
  return { annotation, chosen: choose(candidates, subjects, dimensions, revealed), candidates };
}

function conceptWeight(index: CaseIndex, concept: string, subjects: string[]): number {
  const kind = conceptKind(index.pack, concept) ?? 'symptom';
  const df = index.documentFrequency.get(concept) ?? 0.5;
  let framing = 1;
  if (kind === 'dim' && subjects.length) {
    const sectionsOnly = subjects.every((s) => conceptKind(index.pack, s) === 'topic');
    framing = sectionsOnly ? FRAMING_DIMENSION_OF_SECTION : FRAMING_DIMENSION;
  }
  return KIND_WEIGHT[kind] * framing * (1 + Math.log(index.facts.length / df) / 3);
}

/** Words the case uses in one fact say a lot; words it never uses say little. */
function scaledWordWeights(index: CaseIndex, words: string[]): Map<string, number> {
  const raw = words.map((word) => {
    const df = index.facts.filter((entry) => factHasWord(entry, word)).length;
    return [word, df === 0 ? UNKNOWN_WORD_WEIGHT : UNKNOWN_WORD_WEIGHT + (1 - UNKNOWN_WORD_WEIGHT) / df] as const;
  });
  const sum = raw.reduce((a, [, w]) => a + w, 0);
  const scale = sum > MAX_WORDS_WEIGHT ? MAX_WORDS_WEIGHT / sum : 1;
  return new Map(raw.map(([word, w]) => [word, w * scale]));
}

/**
 * "When did the pain start?" asks about the presenting complaint even when the onset fact
 * does not repeat the word "pain" — unless the question points elsewhere on the body.
 */
function isImplicitlyAbout(index: CaseIndex, concept: string, entry: IndexedFact, bodyParts: string[]): boolean {
  if (!index.mainConcepts.has(concept)) return false;
  if (entry.fact.category !== 'presenting-complaint' && entry.fact.category !== 'hpi') return false;
  if (bodyParts.some((b) => !index.mainConcepts.has(b) && !entry.concepts.has(b))) return false;
  for (const own of entry.concepts) {
    if (conceptKind(index.pack, own) === 'symptom' && !index.mainConcepts.has(own)) return false;
  }
  return true;
}

function elsewhere(index: CaseIndex, entry: IndexedFact, asked: string[], kind: 'body' | 'person'): boolean {
  if (asked.length === 0) return false;
  const own = [...entry.saidConcepts].filter((c) => conceptKind(index.pack, c) === kind);
  return own.length > 0 && !own.some((c) => asked.includes(c));
}

function deniesSomethingElse(index: CaseIndex, entry: IndexedFact, subjects: string[]): boolean {
  return [...entry.saidConcepts].some((c) => conceptKind(index.pack, c) === 'symptom' && !subjects.includes(c) && c !== 'pain');
}

function aboutSomethingElse(index: CaseIndex, entry: IndexedFact): boolean {
  return [...entry.saidConcepts].some((c) => isSubject(index.pack, c) && !index.mainConcepts.has(c));
}

export const sameWord = (a: string, b: string) =>
  a === b || (a.length > 4 && b.length > 4 && (a.startsWith(b.slice(0, -1)) || b.startsWith(a.slice(0, -1))));

function factHasWord(entry: IndexedFact, word: string): boolean {
  return entry.words.some((w) => sameWord(w, word));
}

/** How closely the question echoes one of the fact's cue phrases, 0..1. */
function cueEcho(entry: IndexedFact, questionTokens: string[]): number {
  let best = 0;
  for (const cue of entry.cueTokens) {
    if (cue.length === 0) continue;
    const echoed = cue.filter((w) => questionTokens.some((q) => sameWord(q, w))).length;
    best = Math.max(best, echoed / cue.length);
  }
  return best;
}

/**
 * Whether the question touches one of the fact's cues — more than the section it sits in:
 * "any medicines?" does not ask specifically about the little blue pill.
 */
function echoesCue(entry: IndexedFact, annotation: Annotation): boolean {
  const cueTerms = [...entry.cueTerms];
  return (
    annotation.concepts.some((c) => entry.cueTerms.has(c) && !BROAD_TOPICS.has(c)) ||
    annotation.words.some((w) => cueTerms.some((t) => sameWord(t, w)))
  );
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
  const ties = passing.filter((c) => c.rank >= best.rank - 1e-9 && c.score >= best.score * 0.75);
  // Asked again about something already told, prefer what has not been said yet.
  const first = ties.find((c) => !revealed.has(c.entry.fact.id)) ?? best;
  const broad = subjects.length === 1 && dimensions.length === 0 && BROAD_TOPICS.has(subjects[0] ?? '');
  if (!broad) return [first.entry];
  // "Any medical problems?" is answered with the list a patient would give: the positive
  // facts of that section that name what was asked.
  const alongside = passing.filter(
    (c) =>
      c !== first &&
      !c.entry.negative &&
      c.coverage >= first.coverage - 1e-9 &&
      c.entry.fact.category === first.entry.fact.category &&
      subjects.every((s) => c.entry.concepts.has(s)) &&
      // Past operations are their own section: not part of "any medical problems?"
      (subjects.includes('surgery') || !c.entry.saidConcepts.has('surgery')),
  );
  return [first, ...alongside].slice(0, MAX_FACTS_FOR_BROAD_QUESTION).map((c) => c.entry);
}
