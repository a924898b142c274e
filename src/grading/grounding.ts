import type { Case } from '../case/schema';
import type { ChecklistJudgement, CommunicationScore, Evidence, GradingResult, MisinformationFlag } from './schema';
import type { GradingInput, TranscriptTurn } from './types';

// A grader (above all a model) may quote words nobody said. Before a grading is stored or
// shown, every quote is checked against the turn it cites; what cannot be found loses its
// credit. Quotes are compared as sequences of words, so case, spacing, curly quotes and
// punctuation do not matter, but every word must be there, in order, in that one turn.

export interface Verification {
  result: GradingResult;
  /** Misinformation flags removed because their quote is not in a turn of the flagged speaker. */
  droppedFlags: number;
  /** Checklist items whose status is `unverified` after the check. */
  unverifiedItems: string[];
}

export const UNVERIFIED_PREFIX = 'Evidence not found in the transcript: ';
export const NOT_JUDGED_RATIONALE = 'The grader did not judge this item.';

type Speakers = 'student' | 'patient' | 'either';

export function verifyGrading(result: GradingResult, input: Pick<GradingInput, 'caseFile' | 'transcript'>): Verification {
  const turns = new Map(input.transcript.map((turn) => [turn.turn, turn]));
  const grounded = (evidence: Evidence, speakers: Speakers) => quoteIsInTurn(turns.get(evidence.turn), evidence.quote, speakers);

  const checklist = completeChecklist(input.caseFile, result.checklist).map((judgement) =>
    verifyJudgement(judgement, (evidence) => grounded(evidence, 'either')),
  );
  const communication = result.communication.map(
    (score): CommunicationScore => ({ ...score, evidence: score.evidence.filter((e) => grounded(e, 'student')) }),
  );
  const misinformation = result.misinformation.filter((flag: MisinformationFlag) => grounded(flag, flag.speaker));

  return {
    result: { ...result, checklist, communication, misinformation },
    droppedFlags: result.misinformation.length - misinformation.length,
    unverifiedItems: checklist.filter((j) => j.status === 'unverified').map((j) => j.itemId),
  };
}

/** One judgement per checklist item of the case, in the case's order: unknown ids and repeats dropped, missing items added as missed. */
function completeChecklist(caseFile: Case, judgements: readonly ChecklistJudgement[]): ChecklistJudgement[] {
  const byId = new Map<string, ChecklistJudgement>();
  for (const judgement of judgements) if (!byId.has(judgement.itemId)) byId.set(judgement.itemId, judgement);
  return caseFile.checklist.map(
    (item) => byId.get(item.id) ?? { itemId: item.id, status: 'missed', evidence: [], rationale: NOT_JUDGED_RATIONALE },
  );
}

function verifyJudgement(judgement: ChecklistJudgement, grounded: (evidence: Evidence) => boolean): ChecklistJudgement {
  const evidence = judgement.evidence.filter(grounded);
  const claimsCredit = judgement.status === 'met' || judgement.status === 'partial';
  if (claimsCredit && evidence.length === 0) {
    return { ...judgement, status: 'unverified', evidence, rationale: UNVERIFIED_PREFIX + judgement.rationale };
  }
  return { ...judgement, evidence };
}

/** Whether `quote` was said in `turn` by one of `speakers`. */
export function quoteIsInTurn(turn: TranscriptTurn | undefined, quote: string, speakers: Speakers = 'either'): boolean {
  if (!turn) return false;
  if (speakers !== 'either' && turn.speaker !== speakers) return false;
  return quoteOccursIn(quote, turn.text);
}

/**
 * Whether `quote` occurs in `text` as a run of whole words; a quote elided with "…", "...",
 * ". . ." or "[…]" matches when its pieces occur in order.
 */
export function quoteOccursIn(quote: string, text: string): boolean {
  const pieces = quote.split(ELLIPSIS).map(words).filter((piece) => piece.length > 0);
  if (pieces.length === 0) return false;
  const haystack = words(text);
  let from = 0;
  for (const piece of pieces) {
    const at = indexOfRun(haystack, piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

const ELLIPSIS = /\[\s*(?:…|\.(?:\s?\.){2,})\s*\]|…|\.(?:\s?\.){2,}/u;

/** Lower-case words (letters and digits, with inner apostrophes); everything else separates them. */
export function words(text: string): string[] {
  const plain = text.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019\u02BC\u0060\u00B4]/gu, "'");
  return plain.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
}

function indexOfRun(haystack: readonly string[], run: readonly string[], from: number): number {
  for (let start = from; start + run.length <= haystack.length; start += 1) {
    if (run.every((word, offset) => haystack[start + offset] === word)) return start;
  }
  return -1;
}
