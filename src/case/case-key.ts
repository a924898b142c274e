import type { CaseLibrary, LibraryCase } from './library';

// How the app names a case in its URLs (#/case/<key>), so a stored case and a bundled case
// with the same id are two entries, each with its own link:
//   bundled:  <id>          e.g. #/case/chest-pain-smoker
//   stored:   stored:<id>   e.g. #/case/stored:chest-pain-smoker  (its latest revision)
// A case id is lower-case words joined by hyphens, so it never contains the colon.
// Nothing here parses YAML: the first screen imports this module.

export const STORED_PREFIX = 'stored:';

export function isStored(entry: LibraryCase): boolean {
  return entry.origin === 'stored';
}

/** The entry's key in URLs and lists. */
export function caseKey(entry: LibraryCase): string {
  return isStored(entry) ? `${STORED_PREFIX}${entry.case.id}` : entry.case.id;
}

/** The entry a key names: `stored:<id>` only a stored case, a plain id only a bundled one. */
export function findCaseByKey(library: CaseLibrary, key: string): LibraryCase | undefined {
  const stored = key.startsWith(STORED_PREFIX);
  const id = stored ? key.slice(STORED_PREFIX.length) : key;
  return library.cases.find((entry) => entry.case.id === id && isStored(entry) === stored);
}

/** What a session recorded about its case. */
export interface SessionCaseRef {
  caseId: string;
  caseHash: string;
}

/**
 * The case a session was played with. The id alone is not enough: a stored case may share
 * its id with a bundled one, and a stored case gains revisions. In order:
 * 1. the listed case with the session's id and hash;
 * 2. an earlier stored revision with that hash, from `findRevision` (its text is kept forever);
 * 3. the case has changed since: the bundled case with that id, else the stored one, so an
 *    older session still opens (as sessions did before cases were stored).
 */
export async function resolveSessionCase(
  library: CaseLibrary,
  session: SessionCaseRef,
  findRevision?: (id: string, hash: string) => Promise<LibraryCase | undefined>,
): Promise<LibraryCase | undefined> {
  const sameId = library.cases.filter((entry) => entry.case.id === session.caseId);
  const exact = sameId.find((entry) => entry.hash === session.caseHash);
  if (exact) return exact;
  const revision = await findRevision?.(session.caseId, session.caseHash);
  if (revision) return revision;
  return sameId.find((entry) => !isStored(entry)) ?? sameId[0];
}
