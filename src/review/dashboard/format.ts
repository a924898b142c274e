import type { SessionSummary } from '../../db';

// How a summary's numbers read in the table.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(epochMs: number): string {
  return dateTime.format(epochMs);
}

export function formatDuration(row: SessionSummary): string {
  if (row.durationMs === null) return 'in progress';
  const minutes = Math.round(row.durationMs / 60_000);
  return minutes < 1 ? 'under 1 min' : `${minutes} min`;
}

export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}
