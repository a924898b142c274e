import type { Case } from '../case/schema';
import type { GradingResult } from '../grading/schema';
import type { Score } from '../grading/score';
import type { GraderRecord, TranscriptTurn } from '../grading/types';
import { ChecklistFeedback } from './ChecklistFeedback';
import { CommunicationFeedback } from './CommunicationFeedback';
import { jumpToTurn } from './EvidenceLink';
import { BAND_LABEL } from './labels';
import { NoteFeedback } from './NoteFeedback';
import { TranscriptReview } from './TranscriptReview';
import './feedback.css';

// Feedback the student can act on: the score and band, the checklist with evidence that jumps
// to the transcript, misinformation beside its correction, communication, the note, and what
// to work on next.

export interface FeedbackGrading {
  result: GradingResult;
  score: Score;
  grader: GraderRecord;
  verification: { droppedFlags: number; unverifiedItems: readonly string[] };
  /** Items where the LLM grader and the rule grader disagree (empty for the rule grader alone). */
  disagreements: readonly { itemId: string; note: string }[];
}

export interface Attempt {
  startedAt: number;
  percent: number;
}

interface Props {
  caseFile: Case;
  transcript: readonly TranscriptTurn[];
  grading: FeedbackGrading;
  patientName: string;
  attempts: readonly Attempt[];
  onTryAgain(): void;
}

export function FeedbackView({ caseFile, transcript, grading, patientName, attempts, onTryAgain }: Props) {
  const { result, score, grader, verification, disagreements } = grading;
  const itemText = (id: string) => caseFile.checklist.find((i) => i.id === id)?.text ?? id;
  return (
    <div className="feedback">
      <section aria-labelledby="feedback-score" className="feedback-section feedback-score">
        <h3 id="feedback-score">
          Your score: {score.percent}% — {BAND_LABEL[score.band]}
        </h3>
        <p>
          {score.points} of {score.maxPoints} checklist points. Graded by{' '}
          {grader.kind === 'rule' ? 'the built-in rule grader' : `the model ${grader.modelAnswered ?? grader.model ?? ''}`}.
        </p>
        {score.criticalMissed.length > 0 && (
          <p className="banner banner-warning">Critical points not covered: {score.criticalMissed.map(itemText).join('; ')}.</p>
        )}
        {verification.unverifiedItems.length + verification.droppedFlags > 0 && (
          <p className="field-hint">
            {verification.unverifiedItems.length} judgement(s) had no evidence in the transcript and earn no points
            {verification.droppedFlags ? `; ${verification.droppedFlags} unfounded flag(s) were dropped` : ''}.
          </p>
        )}
        <button type="button" className="button button-primary" onClick={onTryAgain}>
          Try again
        </button>
        {attempts.length > 1 && (
          <p className="attempts">
            Your attempts at this case: {attempts.map((a) => `${a.percent}%`).join(' → ')}
          </p>
        )}
      </section>
      {result.strengths.length + result.nextSteps.length > 0 && (
        <section aria-labelledby="feedback-next" className="feedback-section">
          <h3 id="feedback-next">What went well, and what to work on</h3>
          <ul>
            {result.strengths.map((s) => (
              <li key={s}>✓ {s}</li>
            ))}
            {result.nextSteps.map((s) => (
              <li key={s}>→ {s}</li>
            ))}
          </ul>
        </section>
      )}
      {disagreements.length > 0 && (
        <section aria-labelledby="feedback-disagreements" className="feedback-section">
          <h3 id="feedback-disagreements">Where the two graders disagree</h3>
          <ul>
            {disagreements.map((d) => (
              <li key={d.itemId}>
                {itemText(d.itemId)}: {d.note}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ChecklistFeedback caseFile={caseFile} judgements={result.checklist} onJump={jumpToTurn} />
      <NoteFeedback caseFile={caseFile} note={result.note} />
      <CommunicationFeedback scores={result.communication} onJump={jumpToTurn} />
      <TranscriptReview transcript={transcript} flags={result.misinformation} patientName={patientName} />
    </div>
  );
}
