import type { Case } from '../case/schema';
import {
  containsAll,
  contentWords,
  coreWords,
  expandAbbreviations,
  GENERIC_WORDS,
  QUALIFIERS,
  sameStem,
  withoutParentheses,
} from './clinical-terms';
import type { NoteAssessment } from './schema';
import { doorNoteSources, unsupportedDetails } from './summary-facts';
import type { StudentNote, TranscriptTurn } from './types';

// The student's note judged by rules, the same for both graders: whether the differential
// names the case's diagnosis and where, which entries do not fit the case, which red flags the
// summary and plan leave out, and whether the summary's numbers and sides are the patient's.

/** Share of a red flag's content words the summary and plan must contain to count as mentioning it. */
export const RED_FLAG_COVERAGE = 0.6;

/**
 * Whether a differential entry names the case's diagnosis: every content word of the primary
 * diagnosis or of one alias (parenthetical parts and qualifiers such as "acute" or "suspected"
 * left out) appears in the entry, in any order, with any extra words. So "cholangitis from a
 * CBD stone" names "Acute cholangitis", but "pulmonary oedema" does not name "pulmonary
 * embolism". Abbreviations count only when the case lists them as aliases.
 */
export function diagnosisMatch(caseFile: Case, entry: string): boolean {
  const words = contentWords(entry);
  return diagnosisNames(caseFile).some((core) => core.length > 0 && containsAll(words, core));
}

function diagnosisNames(caseFile: Case): string[][] {
  const { primary, aliases } = caseFile.diagnosis;
  return [primary, ...aliases].map(coreWords);
}

/**
 * Whether an entry fits one of the case's listed differentials: it names one, or one part of one
 * ("Anastomotic leak with intra-abdominal collection" fits "Anastomotic leak with intra-abdominal
 * sepsis"), as diagnosisMatch names the diagnosis; or every word of the entry is, in some form,
 * part of one: "cholecystitis" fits "Biliary colic or acute cholecystitis", "hypokalaemia" fits
 * "Electrolyte disturbance (hypokalaemia, hypomagnesaemia)", "adhesional obstruction" fits
 * "… obstruction (adhesions …)". Words such as "disease" need not be there, and common
 * abbreviations (PE, GORD, SBO) are spelled out first.
 */
export function differentialMatch(caseFile: Case, entry: string): boolean {
  const words = contentWords(expandAbbreviations(entry)).filter((word) => !QUALIFIERS.has(word));
  const specific = words.filter((word) => !GENERIC_WORDS.has(word));
  if (specific.length === 0) return false;
  return caseFile.diagnosis.differentials.some((differential) => {
    const names = [differential, ...differential.split(DIFFERENTIAL_PARTS)].map(coreWords);
    const all = contentWords(differential);
    return (
      names.some((core) => core.length > 0 && containsAll(words, core)) ||
      specific.every((word) => all.some((w) => sameStem(w, word)))
    );
  });
}

/** Where a listed differential joins alternatives or adds detail: "A or B", "A with B", "A (B, C)", "A: B". */
const DIFFERENTIAL_PARTS = /[,;:()/]|\bor\b|\bwith\b/u;

export function assessNote(caseFile: Case, note: StudentNote, transcript: readonly TranscriptTurn[]): NoteAssessment {
  const differential = note.differential.map((entry) => entry.trim()).filter((entry) => entry !== '');
  const rankIndex = differential.findIndex((entry) => diagnosisMatch(caseFile, entry));
  const diagnosisRank = rankIndex < 0 ? null : rankIndex + 1;
  const wrongDifferentials = differential.filter(
    (entry) => !diagnosisMatch(caseFile, entry) && !differentialMatch(caseFile, entry),
  );
  const missedRedFlags = caseFile.diagnosis.redFlags.filter(
    (flag) => !mentionsRedFlag(expandAbbreviations(`${note.summary}\n${note.plan ?? ''}`), flag),
  );
  const patientSaid = transcript.filter((turn) => turn.speaker === 'patient').map((turn) => turn.text);
  const unsupported = unsupportedDetails(note.summary, [...patientSaid, ...doorNoteSources(caseFile)]);

  return {
    summaryAccurate: unsupported.length === 0,
    summaryComments: summaryComment(note.summary, unsupported),
    diagnosisNamed: diagnosisRank !== null,
    diagnosisRank,
    wrongDifferentials,
    missedRedFlags,
    comments: [
      rankComment(caseFile, diagnosisRank),
      wrongComment(wrongDifferentials),
      redFlagComment(missedRedFlags),
    ]
      .filter((sentence) => sentence !== '')
      .join(' '),
  };
}

/**
 * A red flag counts as mentioned when the text holds at least RED_FLAG_COVERAGE of its content
 * words, or of one of its parts: flags list alternatives ("Colicky pain or faeculent vomiting
 * (mechanical obstruction)"), and a student who writes "no colicky pain" has thought of it.
 * Words match when equal after folding or when one begins with the other ("vomit", "vomiting").
 */
export function mentionsRedFlag(text: string, flag: string): boolean {
  const have = contentWords(text);
  const parts = [flag, ...flag.split(/[,;:()]|\bor\b/u)].map(contentWords).filter((part) => part.length > 0);
  return parts.some((part) => part.filter((word) => have.some((w) => sameStem(w, word))).length >= part.length * RED_FLAG_COVERAGE);
}

function summaryComment(summary: string, unsupported: readonly string[]): string {
  if (summary.trim() === '') return 'The note has no summary.';
  if (unsupported.length === 0) return 'The numbers and sides in the summary match what the patient said.';
  const list = unsupported.map((detail) => `"${detail}"`).join(', ');
  return `The summary gives ${list}, which the patient did not say and the door note does not give. Check these details against the interview.`;
}

function rankComment(caseFile: Case, rank: number | null): string {
  const name = withoutParentheses(caseFile.diagnosis.primary);
  if (rank === null) return `The differential does not name the most likely diagnosis, ${name}.`;
  if (rank === 1) return `The differential puts the most likely diagnosis, ${name}, first.`;
  return `The differential names ${name}, but in place ${rank}; the history points to it as most likely.`;
}

function wrongComment(wrong: readonly string[]): string {
  if (wrong.length === 0) return '';
  const list = wrong.map((entry) => `"${entry}"`).join(', ');
  return `${wrong.length === 1 ? 'This entry does' : 'These entries do'} not fit the case: ${list}.`;
}

function redFlagComment(missed: readonly string[]): string {
  if (missed.length === 0) return 'The summary and plan address every red flag of the case.';
  return `The summary and plan do not mention ${missed.length === 1 ? 'this red flag' : 'these red flags'}: ${missed.join('; ')}.`;
}
