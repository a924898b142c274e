import { de } from './phrases/de';
import { en } from './phrases/en';
import type { GraderPhrases } from './phrases/types';

// The rule grader's phrases by language (see phrases/types.ts for what they are and why the
// language pack does not already hold them).

export type { GraderPhrases } from './phrases/types';

const phrases: Record<string, GraderPhrases> = { en, de };

/** The grader's phrases for a case's language; English when there are none. */
export function graderPhrases(language: string): GraderPhrases {
  return phrases[language.slice(0, 2).toLowerCase()] ?? en;
}

/** The phrase lists as data, for the rule set's hash (the sentence builders are code, versioned by RULE_GRADER_VERSION). */
export function phraseData(language: string): Omit<GraderPhrases, 'feedback' | 'advice'> {
  const { feedback: _feedback, advice: _advice, ...data } = graderPhrases(language);
  return data;
}
