import { checkCase, caseChecks, createCheckContext, type CaseCheck } from './consistency';
import { readCaseSource, toParseResult, type CaseParseResult } from './parse';

export interface ValidateOptions {
  /** The consistency checks to run; defaults to caseChecks. */
  checks?: readonly CaseCheck[];
}

/** Everything a case file can get wrong: YAML syntax, the schema, then the consistency checks. */
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
