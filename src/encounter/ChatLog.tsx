import { memo, useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { TurnRecord } from '../db';
import type { EncounterStore } from './encounter-store';

// The conversation. Finished turns are memoised by identity, so while a reply streams only
// the streaming bubble re-renders. Patient text is plain text, never HTML or markdown.

interface Props {
  store: EncounterStore;
  patientName: string;
  onRetry(turnId: string): void;
}

export function ChatLog({ store, patientName, onRetry }: Props) {
  const turns = useStore(store, (s) => s.turns);
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    endRef.current?.scrollIntoView?.({ block: 'end' });
  }, [turns.length]);

  return (
    <ol className="chat-log" aria-label="Conversation" aria-live="polite">
      <FinishedTurns turns={turns} patientName={patientName} onRetry={onRetry} />
      <StreamingMessage store={store} patientName={patientName} />
      <div ref={endRef} />
    </ol>
  );
}

/**
 * The finished turns as one memoised child of the list: while a reply streams, React then steps
 * past them as one fiber on each commit instead of visiting every turn of a long log.
 */
const FinishedTurns = memo(function FinishedTurns({
  turns,
  patientName,
  onRetry,
}: {
  turns: TurnRecord[];
  patientName: string;
  onRetry(turnId: string): void;
}) {
  return turns.map((turn) => <Message key={turn.id} turn={turn} patientName={patientName} onRetry={onRetry} />);
});

const STATUS_LABEL: Partial<Record<TurnRecord['status'], string>> = {
  stopped: 'stopped',
  interrupted: 'interrupted',
  error: 'not finished',
};

const Message = memo(function Message({
  turn,
  patientName,
  onRetry,
}: {
  turn: TurnRecord;
  patientName: string;
  onRetry(turnId: string): void;
}) {
  const label = STATUS_LABEL[turn.status];
  const retryable = turn.speaker === 'patient' && (turn.status === 'error' || turn.status === 'interrupted');
  return (
    <li className={`message message-${turn.speaker}`} data-status={turn.status}>
      <span className="message-who">{turn.speaker === 'student' ? 'You' : patientName}</span>
      {turn.text && <p className="message-text">{turn.text}</p>}
      {label && <span className="message-status">({label})</span>}
      {retryable && (
        <button type="button" className="button button-small" onClick={() => onRetry(turn.id)}>
          Retry
        </button>
      )}
    </li>
  );
});

/** The only part of the log that renders while a reply streams. */
function StreamingMessage({ store, patientName }: { store: EncounterStore; patientName: string }) {
  const streaming = useStore(store, (s) => s.streaming);
  const waiting = useStore(store, (s) => s.waiting);
  const note = useStore(store, (s) => s.waitingNote);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'end' });
  }, [streaming?.text]);
  if (!streaming) return null;
  return (
    <li ref={ref} className="message message-patient" data-status="streaming" aria-busy="true">
      <span className="message-who">{patientName}</span>
      <p className="message-text">{streaming.text || (waiting ? '…' : '')}</p>
      {note && (
        <span className="message-status" role="status">
          {note}
        </span>
      )}
    </li>
  );
}
