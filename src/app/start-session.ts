import type { Case } from '../case/schema';
import type { SessionPatient, SessionRecord, SessionStore } from '../db';

// Starting an encounter, from the start page (a listed case) or the editor's "Try it" (a draft).
// The case is kept as a snapshot under its hash first, so the encounter page finds it however
// it changes later (and a draft is never saved as a case), then the session is created.

export interface NewSession {
  case: Case;
  hash: string;
  studentName: string;
  patient: SessionPatient;
  /** Absent for no limit. */
  timeLimitMinutes?: number;
}

/** Returns the new session's id, for `/session/<id>`. */
export async function startSession(store: SessionStore, start: NewSession, now = Date.now()): Promise<string> {
  const c = start.case;
  const session: SessionRecord = {
    id: crypto.randomUUID(),
    caseId: c.id,
    caseVersion: c.version,
    caseHash: start.hash,
    caseTitle: c.title,
    caseLanguage: c.language,
    studentName: start.studentName,
    status: 'active',
    startedAt: now,
    updatedAt: now,
    timeLimitMinutes: start.timeLimitMinutes,
    patient: start.patient,
    events: [],
  };
  await store.putCaseSnapshot({ hash: start.hash, caseId: c.id, version: c.version, title: c.title, case: c });
  await store.createSession(session);
  return session.id;
}
