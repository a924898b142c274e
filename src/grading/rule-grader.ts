import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../case/hash';
import { createScriptedPatient, languagePack, SCRIPTED_PATIENT_VERSION } from '../patient';
import { assessNote } from './note-assessment';
import { checklistRules, judgeChecklist } from './rules/checklist';
import { communicationRules, scoreCommunication } from './rules/communication';
import { exchangeRules, readExchanges, type ExchangeOptions } from './rules/exchanges';
import { feedback } from './rules/feedback';
import { graderPhrases, phraseData, type GraderPhrases } from './rules/language';
import { leakFlags, misinformationRules, noteMisinformation, studentMisinformation, type ClaimMatch } from './rules/misinformation';
import { GradingResult, type NoteAssessment } from './schema';
import type { Grader, GraderOutput, GradingInput } from './types';

// The built-in rule grader: no network, no model. It reads only which case facts came out in
// answer to the student's questions (as the scripted patient reports them, or inferred with
// its retrieval for an LLM patient) and which phrases the student used; nothing a student
// types can instruct it. It runs on its own or beside the LLM grader as a cross-check.

/** Bump when the same input can grade differently (rules, thresholds, phrases' use). */
export const RULE_GRADER_VERSION = 'rule-1';

export type RuleGraderOptions = ExchangeOptions;

export function createRuleGrader(options: RuleGraderOptions = {}): Grader {
  return {
    async grade(input: GradingInput, signal?: AbortSignal): Promise<GraderOutput> {
      signal?.throwIfAborted();
      const result = gradeByRules(input, options);
      return { result, grader: { kind: 'rule', version: RULE_GRADER_VERSION, hash: ruleSetHash(input.caseFile.language) } };
    },
  };
}

export function gradeByRules(input: GradingInput, options: RuleGraderOptions = {}): GradingResult {
  const { caseFile, transcript } = input;
  const patient = createScriptedPatient(caseFile);
  const { index } = patient;
  const phrases = graderPhrases(caseFile.language);

  const exchanges = readExchanges(patient, transcript, options);
  const checklist = judgeChecklist(index, exchanges);
  const communication = scoreCommunication(index, transcript, exchanges);
  const misinformation = [...studentMisinformation(index, transcript), ...leakFlags(transcript, input.leaks)].sort(
    (a, b) => a.turn - b.turn,
  );
  const noteClaims = input.note ? noteMisinformation(index, input.note) : [];
  const note = input.note ? withClaims(assessNote(caseFile, input.note, transcript), noteClaims, phrases) : null;
  const { strengths, nextSteps } = feedback(caseFile, phrases, checklist, communication, misinformation, noteClaims, note?.missedRedFlags);

  return GradingResult.parse({
    checklist: checklist.map(({ itemId, status, evidence, rationale }) => ({ itemId, status, evidence, rationale })),
    communication,
    misinformation,
    note,
    strengths,
    nextSteps,
  });
}

/** A note has no turn to cite, so misconceptions written in it are reported in the note's comments. */
function withClaims(assessment: NoteAssessment, claims: readonly ClaimMatch[], phrases: GraderPhrases): NoteAssessment {
  if (claims.length === 0) return assessment;
  const said = claims.map((c) => phrases.feedback.noteComment(c.sentence, c.misconception.correction));
  return { ...assessment, comments: [assessment.comments, ...said].filter(Boolean).join(' ') };
}

const hashes = new Map<string, string>();

/** SHA-256 of the rule set as data: version, thresholds, the grader's phrases and the language pack it reads. */
export function ruleSetHash(language: string): string {
  const key = languagePack(language).language;
  let hash = hashes.get(key);
  if (!hash) {
    const description = {
      version: RULE_GRADER_VERSION,
      // The grader reads questions with the scripted patient's retrieval.
      patient: SCRIPTED_PATIENT_VERSION,
      language: key,
      thresholds: { ...exchangeRules, ...checklistRules, ...communicationRules, ...misinformationRules },
      phrases: phraseData(key),
      pack: languagePack(key),
    };
    hash = bytesToHex(sha256(new TextEncoder().encode(canonicalJson(description))));
    hashes.set(key, hash);
  }
  return hash;
}
