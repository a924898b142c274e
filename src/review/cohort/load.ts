import type { Case } from '../../case/schema';
import type { SessionRecord, SessionStore } from '../../db';
import { agreementPairs, type StatusPair } from './agreement';
import type { CohortCase } from './analytics';
import { effectiveSessions } from './analytics';

// What the cohort page reads from the store. The case a session was played with is found by
// the app (library, stored revision or imported snapshot) and handed in as `findCase`.

export interface CohortCaseOption {
  caseId: string;
  caseTitle: string;
}

/** The cases that have sessions, one entry per case id, by title. */
export async function listCohortCases(store: SessionStore): Promise<CohortCaseOption[]> {
  const { cases } = await store.summaryFacets();
  const byId = new Map<string, CohortCaseOption>();
  // A case whose title changed between versions has one facet per title: keep the first.
  for (const { caseId, caseTitle } of cases) if (!byId.has(caseId)) byId.set(caseId, { caseId, caseTitle });
  return [...byId.values()];
}

export interface LoadedCohort {
  sessions: SessionRecord[];
  caseTitle: string;
  caseInfo: CohortCase;
  /** False when no session's case could be found: checklist items are then named by their ids. */
  caseFound: boolean;
}

export function cohortCaseOf(caseFile: Case): CohortCase {
  return {
    checklist: caseFile.checklist.map(({ id, text, points, critical }) => ({ id, text, points, critical })),
    misconceptions: caseFile.misconceptions.map(({ claim, correction }) => ({ claim, correction })),
  };
}

/** Every session of the case, and the case as the most recently started of them was played with. */
export async function loadCohort(
  store: SessionStore,
  caseId: string,
  findCase: (session: SessionRecord) => Promise<Case | undefined>,
): Promise<LoadedCohort> {
  const sessions = await store.listSessionsOfCase(caseId);
  const latest = sessions.reduce<SessionRecord | undefined>((found, s) => (!found || s.startedAt > found.startedAt ? s : found), undefined);
  const caseFile = latest && (await findCase(latest));
  return {
    sessions,
    caseTitle: caseFile?.title ?? latest?.caseTitle ?? caseId,
    caseInfo: caseFile ? cohortCaseOf(caseFile) : { checklist: [], misconceptions: [] },
    caseFound: Boolean(caseFile),
  };
}

export interface PooledPairs {
  pairs: StatusPair[];
  reviewedSessions: number;
  /** Cases with at least one reviewed session. */
  cases: number;
}

/** Agreement pairs of every case, pooled. One case is read at a time, and only its pairs are kept. */
export async function loadPooledPairs(store: SessionStore, caseIds: readonly string[]): Promise<PooledPairs> {
  const pooled: PooledPairs = { pairs: [], reviewedSessions: 0, cases: 0 };
  for (const caseId of caseIds) {
    const reviewed = effectiveSessions(await store.listSessionsOfCase(caseId)).filter((s) => s.reviewed);
    if (reviewed.length === 0) continue;
    pooled.pairs.push(...agreementPairs(reviewed));
    pooled.reviewedSessions += reviewed.length;
    pooled.cases += 1;
  }
  return pooled;
}
