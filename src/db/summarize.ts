import type { SessionRecord, SessionSummary } from './schema';

// The dashboard row of a session. Pure: the same session always gives the same row, so the
// upgrade, every write and every import derive it the same way.

export function caseSortKey(caseTitle: string, caseId: string): string {
  return `${caseTitle.trim().toLowerCase()}\u0000${caseId}`;
}

export function studentKeyOf(name: string): string {
  return name.trim().toLowerCase();
}

/** The grading a review applies to, else the latest. */
export function gradingUnderReview(session: SessionRecord) {
  const gradings = session.gradings ?? [];
  const reviewed = session.review && gradings.find((g) => g.id === session.review?.gradingId);
  return reviewed ?? gradings.at(-1);
}

export function summarize(session: SessionRecord): SessionSummary {
  const grading = gradingUnderReview(session);
  const review = session.review?.gradingId === grading?.id ? session.review : undefined;
  const graderScore = grading ? grading.score.percent : null;
  const reviewedScore = review?.score?.percent ?? null;
  const criticalMissed = (review?.score ?? grading?.score)?.criticalMissed.length ?? 0;
  const flags = review ? review.flagsUpheld : (grading?.result.misinformation.length ?? 0);
  return {
    id: session.id,
    sourceId: session.origin?.sourceId ?? session.id,
    studentName: session.studentName,
    studentKey: studentKeyOf(session.studentName),
    caseId: session.caseId,
    caseTitle: session.caseTitle,
    caseKey: caseSortKey(session.caseTitle, session.caseId),
    status: session.status,
    startedAt: session.startedAt,
    durationMs: session.endedAt === undefined ? null : Math.max(0, session.endedAt - session.startedAt),
    graderScore,
    reviewedScore,
    scoreKey: reviewedScore ?? graderScore ?? -1,
    criticalMissed,
    flags,
    flagged: flags > 0 ? 1 : 0,
    reviewed: review?.reviewed ? 1 : 0,
    imported: session.origin ? 1 : 0,
    importDigest: session.origin?.digest ?? null,
    searchText: `${session.studentName}\n${session.caseTitle}\n${session.caseId}`.toLowerCase(),
    updatedAt: session.updatedAt,
  };
}
