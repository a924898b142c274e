// A language pack: the words the scripted patient understands and the words it answers with.
// Patterns are regular-expression sources matched case-insensitively at a word start;
// a pattern may match a stem ("vomit" matches "vomiting").

/**
 * dim:     a dimension of the history of a complaint (onset, site, ...); asked with question words.
 * topic:   a section of the history (smoking, medications, family, ...).
 * symptom: a thing the patient may or may not have (cough, fever, ...).
 * body:    a place on the body; narrows a question but is seldom required to match.
 * person:  someone in the patient's life (mother, brother); narrows like a body part.
 */
export type ConceptKind = 'dim' | 'topic' | 'symptom' | 'body' | 'person';

export interface ConceptDef {
  id: string;
  kind: ConceptKind;
  /** Phrasings, used on both sides unless `question` or `fact` narrows a side. */
  words?: string[];
  /** Extra phrasings only recognised in a student's question. */
  question?: string[];
  /** Extra phrasings only recognised in a fact the patient says. */
  fact?: string[];
  /** Broader concepts a fact about this one is also about (high blood pressure → past history). */
  implies?: string[];
}

export type MoveId =
  | 'greeting'
  | 'consent'
  | 'name'
  | 'age'
  | 'open'
  | 'more'
  | 'anything-else'
  | 'associated'
  | 'diagnosis-request'
  | 'advice-request'
  | 'role-break'
  | 'summary'
  | 'closing'
  | 'examine'
  | 'empathy';

export interface JargonTerm {
  /** The term as students write it (pattern source). */
  term: string;
  /** How the patient names it when asking what it means. */
  display: string;
  /** Concepts the term stands for; a question that also uses one of them has explained it. */
  concepts: string[];
}

export interface Templates {
  greeting: string[];
  greetingInformant: string[];
  consent: string[];
  name: string;
  nameInformant: string;
  age: string;
  ageInformant: string;
  months: string;
  /** Subject pronouns by the patient's sex, used when an informant speaks about the patient. */
  pronoun: Record<'female' | 'male' | 'intersex', string>;
  possessive: Record<'female' | 'male' | 'intersex', string>;
  deny: string[];
  unsure: string[];
  denyByTopic: Record<string, string>;
  diagnosis: string[];
  advice: string[];
  roleBreak: string[];
  jargon: string[];
  summaryConfirm: string[];
  summaryCorrect: string;
  closing: string[];
  nothingElse: string[];
  unclear: string[];
  examine: string[];
  empathy: string[];
  occupation: string;
  partsJoiner: string;
}

export interface LanguagePack {
  language: string;
  concepts: ConceptDef[];
  moves: Record<MoveId, string[]>;
  jargon: JargonTerm[];
  /** Words that mark a negated statement ("no", "never", "not"). */
  negation: string[];
  /** Words that do not carry content; left out of retrieval. */
  stopwords: string[];
  /** Text speak and common misspellings, each read as the word it stands for ("ur" → "your"). */
  spellings: Record<string, string>;
  /** Words that open a question that cannot be answered yes or no ("where", "when"). */
  whWords: string[];
  /** Words a question starts with, for turns written without a question mark. */
  questionWords: string[];
  /** Word endings and beginnings of clinical terms a lay person would not know. */
  jargonShape: string;
  /** Clinical-looking words most lay people do know ("arthritis"). */
  layTerms: string[];
  /** Words joining two questions in one turn: "... and where ...". */
  questionStarters: string[];
  /** Questions that probe whether every fact of a case can be reached by some question. */
  probes: {
    /** An open question and its follow-up ("anything else?"), asked in a row. */
    open: [string, string];
    /** Questions any history asks (ideas, concerns, expectations...). */
    standard: string[];
    /** Frames for each cue word of a fact ("Have you had any {cue}?"). */
    cue: string[];
  };
  /** Words that stand for a number in speech ("a couple of days"). */
  approximateNumbers: Record<string, number>;
  /** Words that mean "one" before a unit of time ("an hour", "eine Woche"). */
  articles: string[];
  /** Number words from zero upwards, for checking a summary read back ("two days"). */
  numberWords: string[];
  /** Groups of words naming the same thing that a summary can get wrong: sides, time units. */
  contrasts: string[][];
  templates: Templates;
}
