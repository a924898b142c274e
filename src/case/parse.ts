import { LineCounter, parseDocument } from 'yaml';
import { hashCase } from './hash';
import { hasErrors, sortProblems, type Problem } from './problem';
import { Case } from './schema';
import { schemaProblems, USE_PLAIN_MESSAGE } from './schema-problems';
import { createSourceMap, type SourceMap } from './source-map';
import { yamlProblems } from './yaml-problems';

/** `problems` is sorted by position; when ok, it holds only warnings. */
export type CaseParseResult =
  | { ok: true; case: Case; hash: string; problems: Problem[] }
  | { ok: false; problems: Problem[] };

export interface CaseSource {
  /** Set when the YAML is well-formed and matches the schema. */
  case?: Case;
  problems: Problem[];
  sourceMap: SourceMap;
}

/** YAML syntax and schema, synchronously; the building block of parseCaseYaml and validateCaseSource. */
export function readCaseSource(source: string, fileName: string): CaseSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const sourceMap = createSourceMap(doc, lineCounter);
  const syntax = yamlProblems(doc, source, lineCounter, fileName);
  // After a syntax error the parsed values are guesses; schema messages about them would mislead.
  if (hasErrors(syntax)) return { problems: syntax, sourceMap };

  const data: unknown = doc.toJS();
  const result = Case.safeParse(data, { error: () => USE_PLAIN_MESSAGE });
  if (!result.success) {
    const problems = schemaProblems(result.error.issues, data, Case, sourceMap, fileName);
    return { problems: sortProblems([...syntax, ...problems]), sourceMap };
  }
  return { case: result.data, problems: syntax, sourceMap };
}

/** Parses a case file and checks it against the schema (not the consistency checks: see validateCaseSource). */
export async function parseCaseYaml(source: string, fileName: string): Promise<CaseParseResult> {
  const { case: caseData, problems } = readCaseSource(source, fileName);
  return toParseResult(caseData, problems);
}

export async function toParseResult(caseData: Case | undefined, problems: Problem[]): Promise<CaseParseResult> {
  const sorted = sortProblems(problems);
  if (caseData === undefined || hasErrors(sorted)) return { ok: false, problems: sorted };
  return { ok: true, case: caseData, hash: await hashCase(caseData), problems: sorted };
}
