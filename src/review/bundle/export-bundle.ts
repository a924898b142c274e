import { canonicalJson } from '../../case/hash';
import { version } from '../../../package.json';
import { sha256Hex, type CaseSnapshot, type SessionRecord, type TurnRecord } from '../../db';
import { BUNDLE_EXTENSION, BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleContent } from './bundle-schema';

// Making a bundle from stored sessions. Pure: the caller reads the store and saves the file.


export interface ExportEntry {
  session: SessionRecord;
  turns: TurnRecord[];
}

/** Of the content as it is in the file, so it takes any JSON value. */
export function digestOf(content: unknown): string {
  return sha256Hex(canonicalJson(content));
}

/** The bundle of `entries`, with the snapshot of each session's case (one per hash). */
export function buildBundle(entries: readonly ExportEntry[], snapshots: readonly CaseSnapshot[], now = Date.now()): Bundle {
  const byHash = new Map(snapshots.map((snapshot) => [snapshot.hash, snapshot]));
  const used = [...new Set(entries.map((entry) => entry.session.caseHash))];
  const missing = used.filter((hash) => !byHash.has(hash));
  if (missing.length > 0) throw new Error(`No case snapshot for case hash ${missing.join(', ')}`);
  const content: BundleContent = {
    sessions: entries.map(({ session, turns }) => ({ session, turns: [...turns].sort((a, b) => a.index - b.index) })),
    cases: used.flatMap((hash) => byHash.get(hash) ?? []),
  };
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: now,
    app: { name: 'Anamnesis', version },
    digest: { algorithm: 'SHA-256', value: digestOf(content) },
    content,
  };
}

/** Compact JSON: bundles of many sessions get large, and nobody reads them by eye. */
export function serializeBundle(bundle: Bundle): string {
  return JSON.stringify(bundle);
}

/** `anamnesis-<who>-<yyyy-mm-dd>.anamnesis.json`, with only safe characters. */
export function bundleFileName(who: string, now = Date.now()): string {
  const slug = who.normalize('NFKD').replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase().slice(0, 40) || 'sessions';
  return `anamnesis-${slug}-${new Date(now).toISOString().slice(0, 10)}${BUNDLE_EXTENSION}`;
}
