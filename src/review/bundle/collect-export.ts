import type { CaseSnapshot, SessionRecord, SessionStore } from '../../db';
import type { Case } from '../../case/schema';
import { buildBundle, type ExportEntry } from './export-bundle';
import type { Bundle } from './bundle-schema';

// Gathering what a bundle needs from the store: each session's turns and the case it was
// played with. Sessions started before cases were kept with them fall back to the library;
// one whose exact case is gone is left out and reported rather than exported without it.

/** The case with exactly this id and hash, from the library (the app passes findSessionCase). */
export type FindCase = (session: SessionRecord) => Promise<{ case: Case; hash: string } | undefined>;

export interface CollectedExport {
  bundle: Bundle;
  /** Sessions left out: their case, with the hash they were played with, is no longer in this browser. */
  missingCase: SessionRecord[];
}

export async function collectExport(store: SessionStore, sessions: readonly SessionRecord[], findCase: FindCase): Promise<CollectedExport> {
  const entries: ExportEntry[] = [];
  const snapshots = new Map<string, CaseSnapshot>();
  const missingCase: SessionRecord[] = [];
  for (const session of sessions) {
    const snapshot = snapshots.get(session.caseHash) ?? (await snapshotOf(store, session, findCase));
    if (!snapshot) {
      missingCase.push(session);
      continue;
    }
    snapshots.set(snapshot.hash, snapshot);
    entries.push({ session, turns: await store.listTurns(session.id) });
  }
  return { bundle: buildBundle(entries, [...snapshots.values()]), missingCase };
}

async function snapshotOf(store: SessionStore, session: SessionRecord, findCase: FindCase): Promise<CaseSnapshot | undefined> {
  const stored = await store.getCaseSnapshot(session.caseHash);
  if (stored) return stored;
  const found = await findCase(session);
  if (!found || found.hash !== session.caseHash) return undefined;
  const { case: caseFile } = found;
  return { hash: found.hash, caseId: caseFile.id, version: caseFile.version, title: caseFile.title, case: caseFile };
}

/** Every session in the store, newest first, page by page. */
export async function allSessions(store: SessionStore): Promise<SessionRecord[]> {
  const all: SessionRecord[] = [];
  let page = await store.listSessions({ limit: 500 });
  all.push(...page.sessions);
  while (page.next) {
    page = await store.listSessions({ limit: 500, before: page.next });
    all.push(...page.sessions);
  }
  return all;
}
