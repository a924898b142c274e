import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Case, type CaseInput } from '../../src/case';
import type { ChecklistJudgement, GradingResult } from '../../src/grading/schema';
import type { TranscriptTurn } from '../../src/grading/types';
import { minimalCase } from '../fixtures/minimal-case';

// Cases, transcripts and gradings for the tests of grounding, cross-check, note assessment and score.

export const root = join(import.meta.dirname, '..', '..');

const parsedCases = new Map<string, Case>();

/** A case from cases/, parsed with the schema (defaults applied); parsed once per test file. */
export function realCase(name: string): Case {
  const cached = parsedCases.get(name);
  if (cached) return cached;
  const parsed = Case.parse(parse(readFileSync(join(root, 'cases', `${name}.yaml`), 'utf8')));
  parsedCases.set(name, parsed);
  return parsed;
}

/** The minimal test case, changed by `edit`. */
export function caseWith(edit: (draft: CaseInput) => void = () => {}): Case {
  return Case.parse(minimalCase(edit));
}

/** Turns numbered from 1, in the order given. */
export function transcript(...turns: [TranscriptTurn['speaker'], string][]): TranscriptTurn[] {
  return turns.map(([speaker, text], index) => ({ turn: index + 1, speaker, text }));
}

export function grading(parts: Partial<GradingResult> = {}): GradingResult {
  return { checklist: [], communication: [], misinformation: [], note: null, strengths: [], nextSteps: [], ...parts };
}

export function judgement(itemId: string, status: ChecklistJudgement['status'], evidence: ChecklistJudgement['evidence'] = []): ChecklistJudgement {
  return { itemId, status, evidence, rationale: `${itemId} judged ${status}` };
}
