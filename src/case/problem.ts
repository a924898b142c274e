// A problem found in a case file, in terms an educator can act on.

export type PathSegment = string | number;

export interface SourcePosition {
  /** 1-based; 0 when the case did not come from a source text. */
  line: number;
  /** 1-based; 0 when the case did not come from a source text. */
  column: number;
}

export interface Problem extends SourcePosition {
  file: string;
  /** Where in the case, e.g. "facts[3].reveal"; "" for the file as a whole. */
  path: string;
  /** Plain English, without the path. */
  message: string;
  severity: 'error' | 'warning';
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}

/** One line: `file:line:column  path  message`; warnings say so. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}:${problem.line}:${problem.column}`;
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}  ${problem.path || '(file)'}  ${prefix}${problem.message}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column,
  );
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error');
}
