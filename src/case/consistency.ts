import { didYouMean } from './suggest';
import { formatPath, type PathSegment, type Problem } from './problem';
import type { Case } from './schema';
import { noSourceMap, type SourceMap } from './source-map';

// Checks a case that already matches the schema for mistakes the schema cannot see.
// A check is a plain function; add one by appending it to `caseChecks` (or pass your own list to
// checkCase when the check lives in a feature that must not be imported here, like the patient).

export interface CheckContext {
  /** The file name the case came from, when it came from a file. */
  fileName?: string;
  /** Builds a problem at the source position of `path`. */
  problem(path: readonly PathSegment[], message: string, severity?: Problem['severity']): Problem;
}

export type CaseCheck = (caseData: Case, context: CheckContext) => Problem[];

export function createCheckContext(fileName?: string, sourceMap: SourceMap = noSourceMap): CheckContext {
  return {
    fileName,
    problem: (path, message, severity = 'error') => ({
      file: fileName ?? '',
      ...sourceMap.valueAt(path),
      path: formatPath(path),
      message,
      severity,
    }),
  };
}

export const uniqueFactIds: CaseCheck = (caseData, context) =>
  duplicates(caseData.facts, 'facts', 'fact', context);

export const uniqueChecklistIds: CaseCheck = (caseData, context) =>
  duplicates(caseData.checklist, 'checklist', 'checklist item', context);

export const checklistFactsExist: CaseCheck = (caseData, context) => {
  const factIds = caseData.facts.map((fact) => fact.id);
  return caseData.checklist.flatMap((item, i) =>
    item.facts.flatMap((factId, j) =>
      factIds.includes(factId)
        ? []
        : [context.problem(['checklist', i, 'facts', j], `names the fact "${factId}", which does not exist${didYouMean(factId, factIds)}`)],
    ),
  );
};

export const diagnosisNotSpoken: CaseCheck = (caseData, context) => {
  const { primary, aliases } = caseData.diagnosis;
  const names = [
    { name: primary, source: 'diagnosis.primary' },
    { name: withoutParentheses(primary), source: 'diagnosis.primary' },
    ...aliases.map((alias, i) => ({ name: alias, source: `diagnosis.aliases[${i}]` })),
  ].filter(({ name }) => name !== '');
  const spoken: Array<[PathSegment[], string]> = [
    [['patient', 'openingStatement'], caseData.patient.openingStatement],
    [['patient', 'ice', 'ideas'], caseData.patient.ice.ideas],
    [['patient', 'ice', 'concerns'], caseData.patient.ice.concerns],
    [['patient', 'ice', 'expectations'], caseData.patient.ice.expectations],
    ...caseData.facts.map((fact, i): [PathSegment[], string] => [['facts', i, 'says'], fact.says]),
  ];
  return spoken.flatMap(([path, text]) => {
    const leak = names.find(({ name }) => wholeWords(name).test(text));
    if (!leak) return [];
    const said = wholeWords(leak.name).exec(text)?.[0] ?? leak.name;
    return [context.problem(path, `gives away the diagnosis: the patient says "${said}" (${leak.source}); describe it in the patient's own words`)];
  });
};

export const specificFactsHaveCues: CaseCheck = (caseData, context) =>
  caseData.facts.flatMap((fact, i) =>
    fact.reveal === 'on-specific-ask' && fact.cues.length === 0
      ? [context.problem(['facts', i, 'cues'], 'an on-specific-ask fact needs cues: list the words a student would use to ask for it')]
      : [],
  );

export const idMatchesFileName: CaseCheck = (caseData, context) => {
  if (!context.fileName) return [];
  const baseName = context.fileName.split(/[\\/]/).pop() ?? '';
  const expected = baseName.replace(/\.ya?ml$/i, '');
  return caseData.id === expected
    ? []
    : [context.problem(['id'], `must match the file name "${baseName}", so "${expected}" (got "${caseData.id}"); rename the file or change the id`)];
};

export const editorSchemaLinked: CaseCheck = (caseData, context) =>
  context.fileName && caseData.$schema === undefined
    ? [context.problem(['$schema'], 'is missing: add "$schema: ./case.schema.json" as the first line so editors check the file as you type', 'warning')]
    : [];

export const caseChecks: readonly CaseCheck[] = [
  idMatchesFileName,
  editorSchemaLinked,
  uniqueFactIds,
  uniqueChecklistIds,
  checklistFactsExist,
  specificFactsHaveCues,
  diagnosisNotSpoken,
];

export function checkCase(caseData: Case, context: CheckContext = createCheckContext(), checks: readonly CaseCheck[] = caseChecks): Problem[] {
  return checks.flatMap((check) => check(caseData, context));
}

function duplicates(items: ReadonlyArray<{ id: string }>, listName: string, noun: string, context: CheckContext): Problem[] {
  const firstIndex = new Map<string, number>();
  return items.flatMap((item, i) => {
    const first = firstIndex.get(item.id);
    if (first === undefined) {
      firstIndex.set(item.id, i);
      return [];
    }
    return [context.problem([listName, i, 'id'], `the ${noun} id "${item.id}" is already used by ${listName}[${first}]; ids must be unique`)];
  });
}

function withoutParentheses(name: string): string {
  return name.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Case-insensitive, whole words, any run of spaces between them. */
function wholeWords(name: string): RegExp {
  const words = name.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}
