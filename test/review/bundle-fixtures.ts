import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { hashCase } from '../../src/case/hash';
import { Case } from '../../src/case/schema';
import { createMemoryStore, openSessionStore, type CaseSnapshot, type SessionRecord, type SessionStore, type TurnRecord } from '../../src/db';
import { buildBundle, serializeBundle } from '../../src/review/bundle/export-bundle';
import type { BundleFile } from '../../src/review/bundle/import-file';
import { makeSession, makeTurn } from '../db/fixtures';
import { minimalCase } from '../fixtures/minimal-case';

// Sessions, bundles and stores for the export/import tests.

export const stores: [string, () => Promise<SessionStore>][] = [
  ['memory', async () => createMemoryStore()],
  ['indexeddb', async () => (await openSessionStore({ name: `b-${crypto.randomUUID()}`, dexie: { indexedDB: new IDBFactory(), IDBKeyRange } })).store],
];

export async function snapshotOfMinimalCase(): Promise<CaseSnapshot> {
  const caseFile = Case.parse(minimalCase());
  return { hash: await hashCase(caseFile), caseId: caseFile.id, version: caseFile.version, title: caseFile.title, case: caseFile };
}

export function sessionWithTurns(snapshot: CaseSnapshot, overrides: Partial<SessionRecord> = {}): { session: SessionRecord; turns: TurnRecord[] } {
  const session = makeSession({ caseId: snapshot.caseId, caseHash: snapshot.hash, caseTitle: snapshot.title, status: 'ended', endedAt: 1_700_000_600_000, ...overrides });
  return { session, turns: [0, 1, 2, 3].map((index) => makeTurn(session.id, index)) };
}

export function fileOf(name: string, text: string): BundleFile {
  return { name, size: new TextEncoder().encode(text).length, text: async () => text };
}

export function bundleText(entries: { session: SessionRecord; turns: TurnRecord[] }[], snapshots: CaseSnapshot[]): string {
  return serializeBundle(buildBundle(entries, snapshots, 1_700_001_000_000));
}

/** Everything a store holds that an import could touch, for "left exactly as it was". */
export async function contentsOf(store: SessionStore, snapshotHashes: string[]) {
  const { sessions } = await store.listSessions({ limit: 10_000 });
  const withTurns = await Promise.all(sessions.map(async (session) => ({ session, turns: await store.listTurns(session.id) })));
  const snapshots = await Promise.all(snapshotHashes.map((hash) => store.getCaseSnapshot(hash)));
  const summaries = await store.querySummaries({ sort: 'date', direction: 'desc', filter: {}, limit: 10_000 });
  return { withTurns, snapshots, summaries };
}
