import type { Case } from '../case/schema';
import type { SessionPatient, SessionRecord, SessionStore } from '../db';

// Starting an encounter with a draft, as the start page starts one with a listed case: the
// case is kept as a snapshot under its hash (the encounter page finds it there, as it finds
// the case of an imported session), then the session is created. Nothing is saved as a case.

export interface DraftSession {
  case: Case;
  hash: string;
  studentName: string;
  patient: SessionPatient;
}

/** Returns the new session's id, for `/session/<id>`. */
export async function startDraftSession(store: SessionStore, draft: DraftSession, now = Date.now()): Promise<string> {
  const c = draft.case;
  const session: SessionRecord = {
    id: crypto.randomUUID(),
    caseId: c.id,
    caseVersion: c.version,
    caseHash: draft.hash,
    caseTitle: c.title,
    caseLanguage: c.language,
    studentName: draft.studentName,
    status: 'active',
    startedAt: now,
    updatedAt: now,
    timeLimitMinutes: c.doorNote.timeLimitMinutes,
    patient: draft.patient,
    events: [],
  };
  await store.putCaseSnapshot({ hash: draft.hash, caseId: c.id, version: c.version, title: c.title, case: c });
  await store.createSession(session);
  return session.id;
}
