import type { SessionSummary } from '../../db';

// The gradebook as CSV, one row per session, for a spreadsheet: RFC 4180 quoting, CRLF line
// ends, and a UTF-8 byte order mark so Excel reads accented names as UTF-8 rather than the
// system code page. Text that a spreadsheet would run as a formula is defused with a quote.

export const GRADEBOOK_HEADER = [
  'student',
  'case',
  'case id',
  'date',
  'duration (minutes)',
  'score',
  'reviewed score',
  'critical misses',
  'flags',
  'reviewed',
] as const;

/** Put first in the file (once): the UTF-8 byte order mark. */
export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

// = + - @ start a formula in Excel, LibreOffice and Google Sheets; a leading tab or CR can hide one.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field: empty for null, formula starts defused, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);

export function gradebookLine(row: SessionSummary): string {
  return csvLine([
    row.studentName,
    row.caseTitle,
    row.caseId,
    new Date(row.startedAt).toISOString(),
    minutes(row.durationMs),
    row.graderScore,
    row.reviewedScore,
    row.criticalMissed,
    row.flags,
    row.reviewed ? 'yes' : 'no',
  ]);
}

/** The whole file for rows already read; the dashboard builds it page by page from the same parts. */
export function gradebookCsv(rows: readonly SessionSummary[]): string {
  return CSV_BOM + csvLine(GRADEBOOK_HEADER) + rows.map(gradebookLine).join('');
}
