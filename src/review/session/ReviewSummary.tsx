import type { GradingRecord, ReviewScore, SessionRecord, SessionReview } from '../../db/schema';
import { BAND_LABEL } from '../../feedback/labels';
import { formatTime } from './format';

// The head of the report: who, which case, when; the grader's score beside the reviewed one,
// critical items missed, and whether (and by whom) the review is signed off.

interface Props {
  session: SessionRecord;
  grading: GradingRecord | undefined;
  /** The score with the decisions applied; undefined without the case. */
  reviewedScore: ReviewScore | undefined;
  review: SessionReview | undefined;
  flagsUpheld: number;
  itemText(itemId: string): string;
  onMarkReviewed(): void;
  onPrint(): void;
}

export function ReviewSummary({ session, grading, reviewedScore, review, flagsUpheld, itemText, onMarkReviewed, onPrint }: Props) {
  const decided = (review?.decisions.length ?? 0) > 0;
  return (
    <section aria-labelledby="review-title" className="review-section review-summary">
      <h2 id="review-title">
        Review: <span lang={session.caseLanguage}>{session.caseTitle}</span>
      </h2>
      <dl className="review-facts">
        <dt>Student</dt>
        <dd>{session.studentName || 'no name given'}</dd>
        <dt>Case</dt>
        <dd>
          {session.caseId}, version {session.caseVersion}
        </dd>
        <dt>Date</dt>
        <dd>
          {formatTime(session.startedAt)}
          {session.endedAt !== undefined && ` (${Math.max(1, Math.round((session.endedAt - session.startedAt) / 60000))} min)`}
          {session.status === 'active' && ' — still in progress'}
        </dd>
        {grading && (
          <>
            <dt>Graded by</dt>
            <dd>
              {grading.grader.kind === 'rule' ? 'the built-in rule grader' : `the model ${grading.grader.modelAnswered ?? grading.grader.model ?? ''}`},{' '}
              {formatTime(grading.createdAt)}
            </dd>
          </>
        )}
        {session.origin && (
          <>
            <dt>Imported</dt>
            <dd>
              from {session.origin.file}, {formatTime(session.origin.importedAt)}
            </dd>
          </>
        )}
      </dl>
      {grading && (
        <div className="review-scores">
          <ScoreBox label="Grader's score" score={grading.score} />
          {reviewedScore && <ScoreBox label="Reviewed score" score={reviewedScore} note={decided ? undefined : 'No changes yet'} />}
        </div>
      )}
      {grading && (
        <p>
          Critical items missed{reviewedScore && decided ? ' (after review)' : ''}:{' '}
          {(reviewedScore ?? grading.score).criticalMissed.map(itemText).join('; ') || 'none'}. Misinformation flags standing: {flagsUpheld} of{' '}
          {grading.result.misinformation.length}.
        </p>
      )}
      <div className="review-signoff">
        {review?.reviewed ? (
          <p className="banner banner-ok" role="status">
            Reviewed by {review.reviewed.reviewer}, {formatTime(review.reviewed.at)}
          </p>
        ) : (
          grading && <p className="review-pending">Not yet marked as reviewed.</p>
        )}
        <div className="review-buttons">
          {grading && (
            <button type="button" className="button button-primary" onClick={onMarkReviewed}>
              {review?.reviewed ? 'Mark as reviewed again' : 'Mark as reviewed'}
            </button>
          )}
          <button type="button" className="button" onClick={onPrint}>
            Print report
          </button>
        </div>
      </div>
    </section>
  );
}

function ScoreBox({ label, score, note }: { label: string; score: ReviewScore; note?: string }) {
  return (
    <div className="score-box" role="group" aria-label={label}>
      <p className="score-label">{label}</p>
      <p className="score-value">{score.percent}%</p>
      <p className="score-detail">
        {BAND_LABEL[score.band]} · {score.points} of {score.maxPoints} points
        {note && ` · ${note}`}
      </p>
    </div>
  );
}
