import { formatProblem, type Problem } from './problem';
import type { Case } from './schema';
import { validateCaseSource } from './validate';

// The case library: case files parsed and validated in the browser. A case that fails validation
// is left out and reported, so one broken file never hides the others.

export interface LibraryCase {
  case: Case;
  /** Content hash, recorded with every session (see hashCase). */
  hash: string;
  /** The file the case came from, e.g. "cases/chest-pain-smoker.yaml"; for a stored case, "<id>.yaml". */
  file: string;
  /** Where the case comes from: the app's cases/ folder, or this browser's storage. Undefined means bundled. */
  origin?: 'bundled' | 'stored';
  /** A stored case: which revision of its id this is (1, 2, …). */
  revision?: number;
  /** A stored case: when this revision was saved (epoch ms). */
  savedAt?: number;
}

export interface CaseLoadFailure {
  file: string;
  /** Set for a case stored in this browser; undefined means a bundled file. */
  origin?: 'stored';
  /** The errors, sorted by position; never empty. */
  problems: Problem[];
}

export interface CaseLibrary {
  cases: LibraryCase[];
  failures: CaseLoadFailure[];
}

/** Case file path → raw YAML text. */
export type CaseSources = Readonly<Record<string, string>>;

/**
 * Parses and validates every source (YAML syntax, schema and consistency checks, the same as
 * `npm run cases:check`). Never rejects: a source that throws is reported like any invalid one.
 */
export async function loadCaseLibrary(sources: CaseSources): Promise<CaseLibrary> {
  const files = Object.keys(sources).sort();
  const results = await Promise.all(files.map((path) => loadOne(displayFileName(path), sources[path] ?? '')));
  const library: CaseLibrary = { cases: [], failures: [] };
  for (const result of results) {
    if ('case' in result) library.cases.push(result);
    else {
      library.failures.push(result);
      console.warn(`Case file ${result.file} could not be loaded:\n${result.problems.map(formatProblem).join('\n')}`);
    }
  }
  return library;
}

async function loadOne(file: string, source: string): Promise<LibraryCase | CaseLoadFailure> {
  try {
    const result = await validateCaseSource(source, file);
    if (result.ok) return { case: result.case, hash: result.hash, file };
    return { file, problems: result.problems.filter((problem) => problem.severity === 'error') };
  } catch (error) {
    // Hashing needs crypto.subtle, which browsers withhold from pages served over plain http.
    const message = error instanceof Error ? error.message : String(error);
    return { file, problems: [{ file, line: 0, column: 0, path: '', message, severity: 'error' }] };
  }
}

/** "/cases/a.yaml" (a glob key) → "cases/a.yaml", the way authors and `cases:check` name it. */
function displayFileName(path: string): string {
  return path.replace(/^\/+/, '');
}
