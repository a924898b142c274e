import type { SessionReview } from '../../db/schema';
import type { ChecklistJudgement, MisinformationFlag } from '../../grading/schema';
import type { TranscriptTurn } from '../../grading/types';
import { latestFlagDecisions } from '../decisions';
import { itemsCitingTurn, segmentTurn } from './marks';
import { TranscriptTurnView } from './TranscriptTurnView';

// The transcript as it was graded, numbered like the evidence, with the grading laid over it.
// Without a grading (or without the case) it is the plain transcript, still open to comments.

interface Props {
  transcript: readonly TranscriptTurn[];
  judgements: readonly ChecklistJudgement[];
  flags: readonly MisinformationFlag[];
  review: SessionReview | undefined;
  studentName: string;
  patientName: string;
  itemText(itemId: string): string;
  /** Absent when comments cannot be kept (an ungraded session has no review to hold them). */
  onComment?(turn: number, text: string): Promise<boolean>;
}

export function AnnotatedTranscript({ transcript, judgements, flags, review, studentName, patientName, itemText, onComment }: Props) {
  const verdicts = latestFlagDecisions(review);
  return (
    <section aria-labelledby="review-transcript" className="review-section review-transcript">
      <h3 id="review-transcript">Transcript</h3>
      {transcript.length === 0 ? (
        <p>Nothing was said in this session.</p>
      ) : (
        <ol className="transcript">
          {transcript.map((turn) => (
            <TranscriptTurnView
              key={turn.turn}
              turn={turn}
              who={turn.speaker === 'student' ? studentName : patientName}
              segments={segmentTurn(turn.text, turn.turn, judgements, flags)}
              supports={itemsCitingTurn(judgements, turn.turn).map(itemText)}
              flags={flags.flatMap((flag, index) => (flag.turn === turn.turn ? [{ index, flag, decision: verdicts.get(index) }] : []))}
              comments={(review?.comments ?? []).filter((c) => c.turn === turn.turn)}
              itemText={itemText}
              onComment={onComment && ((text) => onComment(turn.turn, text))}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
