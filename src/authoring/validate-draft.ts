import { caseChecks, type CaseCheck } from '../case/consistency';
import { hasErrors, type Problem } from '../case/problem';
import type { Case } from '../case/schema';
import { validateCaseSource } from '../case/validate';
import { factsReachable } from '../patient/reachability';
import { authoringLints } from './lint';

// The editor's check of a draft: exactly what `npm run cases:check` runs (scripts/cases-check.ts),
// then the authoring lints as warnings.

export const CASES_CHECK_CHECKS: readonly CaseCheck[] = [...caseChecks, factsReachable];

export interface DraftCheck {
  /** Set when the draft has no errors (warnings allowed): what Save and Try it use. */
  valid?: { case: Case; hash: string };
  /** Sorted by position: errors and warnings. */
  problems: Problem[];
}

/** The draft is not a file: fileName '' skips the checks about file names. */
export async function checkDraft(source: string): Promise<DraftCheck> {
  const result = await validateCaseSource(source, '', { checks: [...CASES_CHECK_CHECKS, ...authoringLints] });
  const problems = withoutRepeats(result.problems);
  if (!result.ok || hasErrors(problems)) return { problems };
  return { valid: { case: result.case, hash: result.hash }, problems };
}

/** A lint warning at the path of an error says nothing the error does not. */
function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const errorPaths = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.path));
  return problems.filter((p) => p.severity === 'error' || !errorPaths.has(p.path));
}
