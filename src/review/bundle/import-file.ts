import type { ImportOutcome, SessionStore } from '../../db';
import { MAX_BUNDLE_BYTES } from './bundle-schema';
import { parseBundle, type BundleProblem } from './parse-bundle';

// Importing bundle files one after another. Each file is its own transaction: a bad file is
// rejected whole, with the reason, and the files before and after it still import.

/** What the importer needs of a File (tests pass plain objects). */
export interface BundleFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export type FileReport =
  | { file: string; kind: 'rejected'; problem: BundleProblem }
  | { file: string; kind: 'imported'; imported: number; duplicates: number; revisions: number; outcomes: ImportOutcome[] };

export async function importBundleFile(store: SessionStore, file: BundleFile): Promise<FileReport> {
  const reject = (where: string, message: string): FileReport => ({ file: file.name, kind: 'rejected', problem: { file: file.name, where, message } });
  if (file.size > MAX_BUNDLE_BYTES) {
    return reject('', `is ${(file.size / 1024 / 1024).toFixed(1)} MB; files over ${MAX_BUNDLE_BYTES / 1024 / 1024} MB are not read. Export fewer sessions per file.`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return reject('', `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = await parseBundle(text, file.name);
  if (!parsed.ok) return { file: file.name, kind: 'rejected', problem: parsed.problem };
  try {
    const outcomes = await store.importSessions(parsed.batch);
    const count = (kind: ImportOutcome['kind']) => outcomes.filter((outcome) => outcome.kind === kind).length;
    return { file: file.name, kind: 'imported', imported: count('imported'), duplicates: count('duplicate'), revisions: count('revision'), outcomes };
  } catch (error) {
    return reject('', `was not imported, and nothing from it was stored: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** In order, one at a time: files share the store, and each must see what the one before stored. */
export async function importBundleFiles(store: SessionStore, files: readonly BundleFile[], onReport?: (report: FileReport) => void): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const file of files) {
    const report = await importBundleFile(store, file);
    reports.push(report);
    onReport?.(report);
  }
  return reports;
}

/** One sentence for a report, e.g. "3 sessions imported, 1 already here (skipped)". */
export function describeReport(report: FileReport): string {
  if (report.kind === 'rejected') {
    const { where, message } = report.problem;
    return `Rejected: ${where ? `${where} ` : ''}${message}`;
  }
  const parts = [`${report.imported} session${report.imported === 1 ? '' : 's'} imported`];
  if (report.duplicates) parts.push(`${report.duplicates} already here (skipped)`);
  if (report.revisions) parts.push(`${report.revisions} with the same id but different content (kept as new revision${report.revisions === 1 ? '' : 's'})`);
  return parts.join(', ');
}
