import { checkCase, caseChecks, createCheckContext, type CaseCheck } from './consistency';
import { readCaseSource, toParseResult, type CaseParseResult } from './parse';

export interface ValidateOptions {
  /** The consistency checks to run; defaults to caseChecks. */
  checks?: readonly CaseCheck[];
}

/**
 * Everything a case file can get wrong: YAML syntax, the schema, then the consistency checks
 * (which run only once the schema passes). Pass fileName '' for a source that is not a file,
 * such as the in-app editor: the checks about the file itself are then skipped.
 */
export async function validateCaseSource(
  source: string,
  fileName: string,
  { checks = caseChecks }: ValidateOptions = {},
): Promise<CaseParseResult> {
  const { case: caseData, problems, sourceMap } = readCaseSource(source, fileName);
  if (caseData === undefined) return toParseResult(undefined, problems);
  const consistency = checkCase(caseData, createCheckContext(fileName, sourceMap), checks);
  return toParseResult(caseData, [...problems, ...consistency]);
}
