import { compareGradings, type Disagreement } from './cross-check';
import { verifyGrading } from './grounding';
import { createRuleGrader } from './rule-grader';
import type { GradingResult } from './schema';
import { scoreChecklist, type Score } from './score';
import type { Grader, GraderRecord, GradingInput } from './types';

// One grading from start to end, the same in the app and on the command line: grade, check
// every quote against the transcript, score in code, and — when a model graded — cross-check
// with the rule grader and list where they disagree.

export interface GradedSession {
  grader: GraderRecord;
  /** The grading after verification: invented evidence removed, unfounded flags dropped. */
  result: GradingResult;
  score: Score;
  verification: { droppedFlags: number; unverifiedItems: string[] };
  /** Null when the rule grader graded alone. */
  disagreements: Disagreement[] | null;
  /** The model's raw answer, for review. */
  raw?: string;
}

export async function gradeSession(input: GradingInput, llmGrader?: Grader, signal?: AbortSignal): Promise<GradedSession> {
  const rule = createRuleGrader();
  const output = await (llmGrader ?? rule).grade(input, signal);
  const verified = verifyGrading(output.result, input);
  let disagreements: Disagreement[] | null = null;
  if (llmGrader) {
    const crossCheck = verifyGrading((await rule.grade(input, signal)).result, input);
    disagreements = compareGradings(verified.result, crossCheck.result);
  }
  return {
    grader: output.grader,
    result: verified.result,
    score: scoreChecklist(input.caseFile, verified.result.checklist),
    verification: { droppedFlags: verified.droppedFlags, unverifiedItems: verified.unverifiedItems },
    disagreements,
    ...(output.raw !== undefined ? { raw: output.raw } : {}),
  };
}
