import type { Case } from '../../case/schema';
import { normalise } from '../../patient/annotate';
import type { CaseIndex } from '../../patient/fact-index';
import type { MisinformationFlag } from '../schema';
import type { StudentNote, TranscriptTurn } from '../types';
import { graderPhrases } from './language';
import { isNegation, matches, meaningWords, sameWord, sentences, shortQuote, words } from './text';

// Misinformation the case names: a misconception is matched in what the student says (and
// writes in the note) by its cue phrases — literally, or all their words close together — or
// by most of the words of the claim itself. A match does not count when the words just before
// it turn it round ("avoid prokinetics", "it's a myth that…") or when a negation appears that
// the cue does not have ("I won't give metoclopramide"); a question counts only when it
// proposes something ("shall I give you…?"). Only words are read: nothing a student writes
// can tell the grader what to conclude.

type Misconception = Case['misconceptions'][number];

/** Words looked at before a match for a negation or a turn-round. */
const BEFORE_WINDOW = 4;
/** Words looked at after a match for a negation ("leftover amoxicillin without effect"). */
const AFTER_WINDOW = 2;
/** Share of a claim's words a sentence must hold to match the claim without a cue. */
export const CLAIM_SHARE = 0.9;
const CLAIM_MIN_WORDS = 3;
/** A cue matched by its words (not literally) needs this many content words besides negations. */
const CUE_MIN_WORDS = 2;

/** The constants above, for the rule set's hash. */
export const misinformationRules = { BEFORE_WINDOW, AFTER_WINDOW, CLAIM_SHARE, CLAIM_MIN_WORDS, CUE_MIN_WORDS };

export interface ClaimMatch {
  misconception: Misconception;
  /** The sentence, as written. */
  sentence: string;
}

/** Misconceptions of the case matched in a text, at most one match per misconception. */
export function findClaims(index: CaseIndex, text: string): ClaimMatch[] {
  const found: ClaimMatch[] = [];
  for (const sentence of sentences(text)) {
    if (isQuestion(index, sentence)) continue;
    for (const misconception of index.case.misconceptions) {
      if (found.some((f) => f.misconception === misconception)) continue;
      if (matchesMisconception(index, misconception, sentence)) found.push({ misconception, sentence });
    }
  }
  return found;
}

function isQuestion(index: CaseIndex, sentence: string): boolean {
  return sentence.trim().endsWith('?') && !matches(graderPhrases(index.case.language).proposal, sentence);
}

export function matchesMisconception(index: CaseIndex, misconception: Misconception, sentence: string): boolean {
  const tokens = words(sentence);
  for (const cue of misconception.cues) {
    const span = cueSpan(index, cue, tokens);
    if (span && !turnedRound(index, tokens, span, cue)) return true;
  }
  return claimMatches(index, misconception.claim, tokens);
}

/** Where the cue is in the sentence (token positions), or undefined. */
function cueSpan(index: CaseIndex, cue: string, tokens: string[]): [number, number] | undefined {
  const cueWords = words(cue);
  const literal = findRun(tokens, cueWords);
  if (literal >= 0) return [literal, literal + cueWords.length - 1];
  const wanted = meaningWords(cue, index.pack);
  // "No need to tell" is three words, but "no need" alone says nothing about whom to tell.
  if (wanted.filter((w) => !isNegation(w, index.pack)).length < CUE_MIN_WORDS) return undefined;
  // All the cue's meaningful words, in any order, close together: "give you some metoclopramide".
  const positions = wanted.map((w) => tokens.flatMap((t, i) => (sameWord(t, w) ? [i] : [])));
  if (positions.some((p) => p.length === 0)) return undefined;
  const window = wanted.length * 2 + 3;
  for (const start of positions[0] ?? []) {
    const chosen = positions.map((p) => p.reduce((best, i) => (Math.abs(i - start) < Math.abs(best - start) ? i : best)));
    const lo = Math.min(...chosen);
    const hi = Math.max(...chosen);
    if (hi - lo <= window) return [lo, hi];
  }
  return undefined;
}

function findRun(tokens: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= tokens.length; i++) {
    if (run.every((w, j) => tokens[i + j] === w)) return i;
  }
  return -1;
}

/** A negation or turn-round just before the match, or a negation inside it that the cue lacks. */
function turnedRound(index: CaseIndex, tokens: readonly string[], [lo, hi]: [number, number], cue: string): boolean {
  const { pack } = index;
  const before = tokens.slice(Math.max(0, lo - BEFORE_WINDOW), lo);
  const around = [...before, ...tokens.slice(lo, hi + 1 + AFTER_WINDOW)];
  const cueNegated = words(cue).some((w) => isNegation(w, pack));
  if (!cueNegated && around.some((w) => isNegation(w, pack))) return true;
  return matches(graderPhrases(index.case.language).against, before.join(' '));
}

function claimMatches(index: CaseIndex, claim: string, tokens: readonly string[]): boolean {
  const { pack } = index;
  const wanted = meaningWords(claim, pack).filter((w) => !isNegation(w, pack));
  if (wanted.length < CLAIM_MIN_WORDS) return false;
  const found = wanted.filter((w) => tokens.some((t) => sameWord(t, w))).length;
  if (found < CLAIM_MIN_WORDS || found / wanted.length < CLAIM_SHARE) return false;
  // "Morphine does not affect the bowel" is the claim; "morphine does affect the bowel" is not.
  const claimNegated = words(claim).some((w) => isNegation(w, pack));
  const saidNegated = tokens.some((w) => isNegation(w, pack));
  return claimNegated === saidNegated && !matches(graderPhrases(index.case.language).against, tokens.join(' '));
}

/** One flag per student turn and misconception. */
export function studentMisinformation(index: CaseIndex, transcript: readonly TranscriptTurn[]): MisinformationFlag[] {
  return transcript
    .filter((t) => t.speaker === 'student')
    .flatMap((turn) => findClaims(index, turn.text).map((match) => flag(turn.turn, match)));
}

function flag(turn: number, { misconception, sentence }: ClaimMatch): MisinformationFlag {
  return {
    turn,
    speaker: 'student',
    quote: shortQuote(sentence),
    problem: `This repeats a misconception the case warns about: ${misconception.claim}`,
    correction: misconception.correction,
    severity: misconception.severity,
    source: 'case-misconception',
  };
}

/** Misconceptions in the note's summary and plan (the note has no turn, so these are reported with the note). */
export function noteMisinformation(index: CaseIndex, note: StudentNote): ClaimMatch[] {
  const text = [note.summary, note.plan ?? ''].join('\n');
  const found: ClaimMatch[] = [];
  for (const line of text.split('\n')) {
    for (const match of findClaims(index, line)) {
      if (!found.some((f) => f.misconception === match.misconception)) found.push(match);
    }
  }
  return found;
}

/** The leak guard replaced these patient turns: the model patient named the diagnosis. */
export function leakFlags(
  transcript: readonly TranscriptTurn[],
  leaks: readonly { turn: number; term: string }[] = [],
): MisinformationFlag[] {
  const flags: MisinformationFlag[] = [];
  for (const leak of leaks) {
    const turn = transcript.find((t) => t.turn === leak.turn);
    if (!turn || turn.speaker !== 'patient' || normalise(turn.text) === '') continue;
    flags.push({
      turn: leak.turn,
      speaker: 'patient',
      quote: shortQuote(turn.text),
      problem: `The simulated patient named the diagnosis ("${leak.term}"); the leak guard replaced its reply with the words quoted here.`,
      correction:
        'The student did not see the diagnosis, but the model patient strayed from its case: read the turns around this one before relying on the session.',
      severity: 'medium',
      source: 'patient-deviation',
    });
  }
  return flags;
}
