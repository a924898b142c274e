import { useRef, useState, type ReactNode } from 'react';
import type { Case } from '../../case/schema';
import type { GradingRecord, SessionRecord, SessionReview } from '../../db/schema';
import { CommunicationFeedback } from '../../feedback/CommunicationFeedback';
import { jumpToTurn } from '../../feedback/EvidenceLink';
import { STATUS_LABEL } from '../../feedback/labels';
import type { TranscriptTurn } from '../../grading/types';
import {
  countFlagsUpheld,
  finalScore,
  markedReviewed,
  withChecklistDecision,
  withComment,
  withFlagDecision,
  type ReviewContext,
  type Stamp,
} from '../decisions';
import { AnnotatedTranscript } from './AnnotatedTranscript';
import { ChecklistReview } from './ChecklistReview';
import { FlagsReview } from './FlagsReview';
import { OverallComments } from './OverallComments';
import { ReviewerField } from './ReviewerField';
import { ReviewSummary } from './ReviewSummary';
import { StudentNote } from './StudentNote';
import '../../feedback/feedback.css';
import './review.css';

// The instructor's review desk for one session: the transcript with the grading laid over it
// on one side, the checklist, flags and communication with the instructor's decisions on the
// other. Storage is the caller's: `save` gets a change to apply to the latest stored review.

export type ReviewUpdate = (review: SessionReview) => SessionReview;

interface Props {
  session: SessionRecord;
  transcript: readonly TranscriptTurn[];
  /** Undefined when the case cannot be found: the transcript and grading show, decisions on items do not. */
  caseFile: Case | undefined;
  /** The grading under review; undefined for an ungraded session. */
  grading: GradingRecord | undefined;
  reviewer: string;
  onReviewerChange(name: string): void;
  /** Applies the change to the stored review; resolves true once stored. */
  save(update: ReviewUpdate): Promise<boolean>;
  onPrint(): void;
  /** Notices above the report (missing case, ungraded session, a failed save). */
  notices?: ReactNode;
}

export function ReviewSessionView({ session, transcript, caseFile, grading, reviewer, onReviewerChange, save, onPrint, notices }: Props) {
  const [nameMissing, setNameMissing] = useState(false);
  // Said to screen readers after each save.
  const [saved, setSaved] = useState('');
  const nameInput = useRef<HTMLInputElement>(null);
  const review = grading && session.review?.gradingId === grading.id ? session.review : undefined;
  const patientName = caseFile ? (caseFile.patient.informant?.name ?? caseFile.patient.name) : 'Patient';
  const itemText = (id: string) => caseFile?.checklist.find((item) => item.id === id)?.text ?? id;

  /** Stamps and saves a change, once the reviewer has given a name. */
  async function act(done: string, make: (review: SessionReview, stamp: Stamp, context: ReviewContext) => SessionReview): Promise<boolean> {
    if (!reviewer.trim()) {
      setNameMissing(true);
      nameInput.current?.focus();
      return false;
    }
    setNameMissing(false);
    if (!grading) return false;
    const context = { caseFile, grading };
    const stored = await save((current) => make(current, { reviewer, at: Date.now() }, context));
    if (stored) setSaved(done);
    return stored;
  }

  const comment = (turn: number | null, text: string) => act('Comment saved.', (r, stamp, context) => withComment(r, { turn, text }, stamp, context));

  return (
    <div className="review-session">
      <ReviewerField
        name={reviewer}
        onChange={(name) => {
          onReviewerChange(name);
          if (name.trim()) setNameMissing(false);
        }}
        missing={nameMissing}
        inputRef={nameInput}
      />
      {notices}
      <p className="visually-hidden" role="status">
        {saved}
      </p>
      <ReviewSummary
        session={session}
        grading={grading}
        reviewedScore={caseFile && grading ? finalScore(caseFile, grading, review) : undefined}
        review={review}
        flagsUpheld={grading ? countFlagsUpheld(grading.result.misinformation, review) : 0}
        itemText={itemText}
        onMarkReviewed={() => void act('Marked as reviewed.', (r, stamp, context) => markedReviewed(r, stamp, context))}
        onPrint={onPrint}
      />
      <div className="review-columns">
        <AnnotatedTranscript
          transcript={transcript}
          judgements={grading?.result.checklist ?? []}
          flags={grading?.result.misinformation ?? []}
          review={review}
          studentName={session.studentName || 'Student'}
          patientName={patientName}
          itemText={itemText}
          onComment={grading && ((turn, text) => comment(turn, text))}
        />
        <div className="review-side">
          {grading && caseFile && (
            <ChecklistReview
              caseFile={caseFile}
              judgements={grading.result.checklist}
              review={review}
              disagreements={grading.disagreements}
              onJump={jumpToTurn}
              decide={(itemId, status, note) => act('Decision saved.', (r, stamp, context) => withChecklistDecision(r, { itemId, status, note }, stamp, context))}
            />
          )}
          {grading && !caseFile && (
            <section aria-labelledby="review-checklist" className="review-section">
              <h3 id="review-checklist">History checklist (as graded)</h3>
              <p className="field-hint">Without the case, the items cannot be decided on or rescored.</p>
              <ul>
                {grading.result.checklist.map((j) => (
                  <li key={j.itemId}>
                    <strong>{STATUS_LABEL[j.status]}</strong> {j.itemId}: {j.rationale}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {grading && (
            <FlagsReview
              flags={grading.result.misinformation}
              review={review}
              disagreements={grading.disagreements}
              studentName={session.studentName || 'Student'}
              patientName={patientName}
              onJump={jumpToTurn}
              judge={(flagIndex, verdict, note) => act(`Flag ${verdict}.`, (r, stamp, context) => withFlagDecision(r, { flagIndex, verdict, note }, stamp, context))}
            />
          )}
          {grading && grading.result.communication.length > 0 && <CommunicationFeedback scores={grading.result.communication} onJump={jumpToTurn} />}
          <StudentNote note={session.note} assessment={grading?.result.note} diagnosis={caseFile?.diagnosis.primary} />
          {grading && <OverallComments comments={(review?.comments ?? []).filter((c) => c.turn === null)} onComment={(text) => comment(null, text)} />}
        </div>
      </div>
    </div>
  );
}
