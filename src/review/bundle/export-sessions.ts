import type { SessionRecord, SessionStore } from '../../db';
import { downloadText } from '../../ui/download';
import { allSessions, collectExport, type FindCase } from './collect-export';
import { bundleFileName, serializeBundle } from './export-bundle';

// Exporting from "My sessions": all sessions, or one, saved as a bundle file.

export interface ExportResult {
  file: string;
  exported: number;
  /** Sessions left out because their exact case is no longer in this browser. */
  missingCase: SessionRecord[];
}

export async function exportSessions(store: SessionStore, findCase: FindCase, only?: SessionRecord): Promise<ExportResult> {
  const sessions = only ? [only] : await allSessions(store);
  const { bundle, missingCase } = await collectExport(store, sessions, findCase);
  const names = [...new Set(bundle.content.sessions.map((s) => s.session.studentName).filter(Boolean))];
  const file = bundleFileName(names.length === 1 ? (names[0] ?? '') : 'sessions', bundle.exportedAt);
  if (bundle.content.sessions.length > 0) downloadText(file, serializeBundle(bundle), 'application/json');
  return { file, exported: bundle.content.sessions.length, missingCase };
}

export function describeExport(result: ExportResult): string {
  const lost = result.missingCase.length
    ? ` ${result.missingCase.length} session${result.missingCase.length === 1 ? ' was' : 's were'} left out: the case they were played with has changed since and its earlier text is not in this browser (${[...new Set(result.missingCase.map((s) => s.caseTitle))].join(', ')}).`
    : '';
  if (result.exported === 0) return `Nothing was exported.${lost}`;
  return `Saved ${result.exported} session${result.exported === 1 ? '' : 's'} to ${result.file}.${lost}`;
}
