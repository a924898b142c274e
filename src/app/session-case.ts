import type { LibraryCase } from '../case/library';
import { resolveSessionCase } from '../case/case-key';
import type { SessionRecord } from '../db';
import type { AppServices } from './services';

// The case a session was played with, wherever it is kept: the library (bundled or stored,
// by id and hash), an earlier stored revision, or the snapshot that came with an imported
// session. Only when none has the session's hash does a case with the same id stand in.

export async function findSessionCase(services: AppServices, session: Pick<SessionRecord, 'caseId' | 'caseHash'>): Promise<LibraryCase | undefined> {
  const [{ store, cases }, library] = await Promise.all([services.sessions(), services.library()]);
  const byHash = async (id: string, hash: string): Promise<LibraryCase | undefined> => {
    const revision = (await cases.listCaseRevisions(id)).find((record) => record.hash === hash);
    if (revision) {
      const loaded = await (await import('../case/stored')).loadStoredCase(revision);
      if ('case' in loaded) return loaded;
    }
    const snapshot = await store.getCaseSnapshot(hash);
    return snapshot && { case: snapshot.case, hash: snapshot.hash, file: `${snapshot.caseId} (as played, from an import)` };
  };
  return resolveSessionCase(library, session, byHash);
}
