import type { Case } from '../case/schema';
import type { GradingResult } from './schema';

// The Grader seam: the rule grader (built in) and the LLM grader both implement it; the UI
// and the command line never know which one answered.

/** One turn of the transcript as graders see it; `turn` is 1-based, as evidence cites it. */
export interface TranscriptTurn {
  turn: number;
  speaker: 'student' | 'patient';
  text: string;
  /** Facts the built-in patient reported revealing in this turn (absent for an LLM patient). */
  factIds?: readonly string[];
}

export interface StudentNote {
  summary: string;
  /** Ranked, most likely first. */
  differential: readonly string[];
  plan?: string;
}

export interface GradingInput {
  caseFile: Case;
  transcript: readonly TranscriptTurn[];
  note: StudentNote | null;
  /** Turns whose reply the leak guard replaced (the patient named the diagnosis). */
  leaks?: readonly { turn: number; term: string }[];
}

/** How a grading was made, so it can be reproduced. Never holds an API key. */
export interface GraderRecord {
  kind: 'rule' | 'llm';
  /** The rule grader's version, or the LLM grader's prompt version. */
  version: string;
  /** Hash of the grader prompt (LLM) or of the rule set (rule). */
  hash: string;
  model?: string;
  modelAnswered?: string;
  temperature?: number;
}

export interface GraderOutput {
  result: GradingResult;
  grader: GraderRecord;
  /** The model's raw text, kept for review (LLM grader only). */
  raw?: string;
}

export interface Grader {
  grade(input: GradingInput, signal?: AbortSignal): Promise<GraderOutput>;
}
