import { useState } from 'react';
import type { FlagDecision, ReviewComment } from '../../db/schema';
import type { MisinformationFlag } from '../../grading/schema';
import type { TranscriptTurn } from '../../grading/types';
import { CommentForm } from './CommentForm';
import { CommentList } from './CommentList';
import { flagHeadline } from './flag-text';
import { describeFlagDecision } from './format';
import type { Segment } from './marks';

// One turn of the graded transcript: the words cited as evidence or flagged marked in place,
// which checklist items the turn supports, each flag beside its correction, and comments.

interface Props {
  turn: TranscriptTurn;
  who: string;
  segments: readonly Segment[];
  /** The checklist items this turn is evidence for, as their text. */
  supports: readonly string[];
  flags: readonly { index: number; flag: MisinformationFlag; decision: FlagDecision | undefined }[];
  comments: readonly ReviewComment[];
  itemText(itemId: string): string;
  onComment: ((text: string) => Promise<boolean>) | undefined;
}

export function TranscriptTurnView({ turn, who, segments, supports, flags, comments, itemText, onComment }: Props) {
  const [commenting, setCommenting] = useState(false);
  const cited = supports.length > 0;
  return (
    <li
      id={`turn-${turn.turn}`}
      tabIndex={-1}
      aria-label={`Turn ${turn.turn}`}
      className={`transcript-turn transcript-${turn.speaker}${cited ? ' is-cited' : ''}${flags.length ? ' is-flagged' : ''}`}
    >
      <span className="transcript-who">
        {turn.turn}. {who}
      </span>
      <p className="transcript-text">
        {segments.map((segment, i) =>
          segment.itemIds.length + segment.flagIndexes.length === 0 ? (
            segment.text
          ) : (
            <mark
              key={i}
              className={[segment.itemIds.length ? 'mark-evidence' : '', segment.flagIndexes.length ? 'mark-flag' : ''].join(' ').trim()}
              title={segment.itemIds.length ? `Evidence for: ${segment.itemIds.map(itemText).join('; ')}` : 'Flagged as misinformation'}
            >
              {segment.text}
            </mark>
          ),
        )}
      </p>
      {cited && <p className="turn-supports">Evidence for: {supports.join('; ')}</p>}
      {flags.map(({ index, flag, decision }) => (
        <p key={index} className={`correction severity-${flag.severity}${decision?.verdict === 'dismissed' ? ' is-dismissed' : ''}`}>
          <strong>{flagHeadline(flag)}</strong> {flag.problem} <strong>Correction:</strong> {flag.correction}
          {decision && <span className="correction-verdict"> {describeFlagDecision(decision)}.</span>}
        </p>
      ))}
      <CommentList comments={comments} />
      {!onComment ? null : commenting ? (
        <CommentForm
          label={`Comment on turn ${turn.turn}`}
          autoFocus
          onSave={async (text) => {
            const saved = await onComment(text);
            if (saved) setCommenting(false);
            return saved;
          }}
          onCancel={() => setCommenting(false)}
        />
      ) : (
        <button type="button" className="button button-small turn-comment" onClick={() => setCommenting(true)}>
          Comment
        </button>
      )}
    </li>
  );
}
