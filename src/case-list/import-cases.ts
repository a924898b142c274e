import { formatProblem } from '../case/problem';
import type { CaseFileCheck, CaseFileRecord } from '../case/stored';

// Importing case files the user picked: each is checked like `npm run cases:check`; a good one
// is saved as a new revision (nothing stored is replaced), a bad one is reported problem by
// problem. The checker and the storage come from the app, so this runs the same in tests.

export type ImportOutcome =
  | { file: string; status: 'saved'; title: string; revision: number; /** `file:line:column  path  warning: message` */ warnings: string[] }
  | { file: string; status: 'rejected'; /** `file:line:column  path  message`, in file order. */ problems: string[] }
  | { file: string; status: 'failed'; /** Why saving failed, written for the user. */ message: string };

export interface ImportDeps {
  check(fileName: string, text: string): Promise<CaseFileCheck>;
  save(record: CaseFileRecord): Promise<{ revision: number }>;
}

/** A File, or anything with a name and a text. */
export interface PickedFile {
  readonly name: string;
  text(): Promise<string>;
}

/** One file at a time, in the order given, so two revisions of one id in a batch keep that order. */
export async function importCaseFiles(files: readonly PickedFile[], deps: ImportDeps): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const file of files) outcomes.push(await importCaseFile(file, deps));
  return outcomes;
}

async function importCaseFile(file: PickedFile, deps: ImportDeps): Promise<ImportOutcome> {
  let check: CaseFileCheck;
  try {
    check = await deps.check(file.name, await file.text());
  } catch (error) {
    return { file: file.name, status: 'failed', message: `could not be read (${messageOf(error)})` };
  }
  if (!check.ok) return { file: file.name, status: 'rejected', problems: check.problems.map(formatProblem) };
  try {
    const { revision } = await deps.save(check.record);
    return { file: file.name, status: 'saved', title: check.case.title, revision, warnings: check.warnings.map(formatProblem) };
  } catch (error) {
    return { file: file.name, status: 'failed', message: messageOf(error) };
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
