import type { CaseLibrary, CaseLoadFailure, LibraryCase } from './library';
import type { Problem } from './problem';
import type { Case } from './schema';
import { validateCaseSource } from './validate';

// Case files stored in this browser, as the library shows them. The text is stored and parsed
// again on every load, with the same validation as `npm run cases:check`, so a stored case
// meets the rules of the app that shows it, not only those of the app that imported it.
// This module pulls in the YAML parser and the validator: load it lazily.

/** The fields of a stored case record that the library needs (src/db's StoredCaseRecord has them). */
export interface StoredCaseSource {
  id: string;
  revision: number;
  /** The source text as imported. */
  yaml: string;
  savedAt: number;
}

/** What a case file contributes to a stored record; the store adds the revision, the caller the time and source. */
export interface CaseFileRecord {
  id: string;
  version: number;
  title: string;
  language: string;
  yaml: string;
  hash: string;
}

export type CaseFileCheck =
  | { ok: true; case: Case; record: CaseFileRecord; /** Sorted by position. */ warnings: Problem[] }
  | { ok: false; /** Sorted by position; never empty. */ problems: Problem[] };

/** A case file is a few kilobytes; anything this big is not one. */
export const MAX_CASE_FILE_BYTES = 1_000_000;

/** The name a stored case is checked under: an imported file had this name (its id must match it). */
export function storedCaseFileName(id: string): string {
  return `${id}.yaml`;
}

const fileProblem = (file: string, message: string): Problem => ({ file, line: 0, column: 0, path: '', message, severity: 'error' });

/** Checks a file the user picked, exactly as `npm run cases:check` checks the files in cases/. */
export async function checkCaseFile(fileName: string, text: string): Promise<CaseFileCheck> {
  if (!/\.ya?ml$/i.test(fileName)) return { ok: false, problems: [fileProblem(fileName, 'is not a case file: choose a .yaml or .yml file')] };
  if (text.length > MAX_CASE_FILE_BYTES) return { ok: false, problems: [fileProblem(fileName, 'is too large for a case file (over 1 MB)')] };
  if (text.trim() === '') return { ok: false, problems: [fileProblem(fileName, 'is empty')] };
  const result = await validateCaseSource(text, fileName);
  if (!result.ok) return { ok: false, problems: result.problems };
  const { case: c, hash } = result;
  return {
    ok: true,
    case: c,
    record: { id: c.id, version: c.version, title: c.title, language: c.language, yaml: text, hash },
    warnings: result.problems,
  };
}

/** One stored revision as a library entry, or why it cannot be shown. Never rejects. */
export async function loadStoredCase(record: StoredCaseSource): Promise<LibraryCase | CaseLoadFailure> {
  const file = storedCaseFileName(record.id);
  const failure = (problems: Problem[]): CaseLoadFailure => ({ file, problems, origin: 'stored' });
  try {
    const result = await validateCaseSource(record.yaml, file);
    if (!result.ok) return failure(result.problems.filter((problem) => problem.severity === 'error'));
    return { case: result.case, hash: result.hash, file, origin: 'stored', revision: record.revision, savedAt: record.savedAt };
  } catch (error) {
    return failure([fileProblem(file, error instanceof Error ? error.message : String(error))]);
  }
}

function toLibrary(results: ReadonlyArray<LibraryCase | CaseLoadFailure>): CaseLibrary {
  const library: CaseLibrary = { cases: [], failures: [] };
  for (const result of results) {
    if ('case' in result) library.cases.push(result);
    else library.failures.push(result);
  }
  return library;
}

/** Every record as a library (the latest revisions, typically). */
export async function loadStoredCases(records: readonly StoredCaseSource[]): Promise<CaseLibrary> {
  return toLibrary(await Promise.all(records.map(loadStoredCase)));
}

/**
 * loadStoredCases that parses each revision once. A revision's text never changes once stored,
 * so id@revision with the same text is the same entry; the text is compared all the same, in
 * case the database was deleted and a revision number reused.
 */
export function createStoredCaseLoader(): (records: readonly StoredCaseSource[]) => Promise<CaseLibrary> {
  const cache = new Map<string, { yaml: string; entry: Promise<LibraryCase | CaseLoadFailure> }>();
  const loadOnce = (record: StoredCaseSource) => {
    const key = `${record.id}@${record.revision}`;
    const cached = cache.get(key);
    if (cached?.yaml === record.yaml) return cached.entry;
    const entry = loadStoredCase(record);
    cache.set(key, { yaml: record.yaml, entry });
    return entry;
  };
  return async (records) => toLibrary(await Promise.all(records.map(loadOnce)));
}

/**
 * The bundled library and the stored cases side by side. A stored case with the id of a bundled
 * one is a separate entry (told apart by `origin`, and in URLs by caseKey): nothing hides anything.
 */
export function mergeCaseLibraries(bundled: CaseLibrary, stored: CaseLibrary): CaseLibrary {
  return {
    cases: [...bundled.cases.map((entry): LibraryCase => ({ ...entry, origin: entry.origin ?? 'bundled' })), ...stored.cases],
    failures: [...bundled.failures, ...stored.failures],
  };
}
