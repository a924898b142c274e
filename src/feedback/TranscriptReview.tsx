import type { MisinformationFlag } from '../grading/schema';
import type { TranscriptTurn } from '../grading/types';

// The transcript as it was graded, numbered like the evidence, with misinformation marked
// where it was said and its correction beside it. Plain text only.

interface Props {
  transcript: readonly TranscriptTurn[];
  flags: readonly MisinformationFlag[];
  patientName: string;
}

export function TranscriptReview({ transcript, flags, patientName }: Props) {
  return (
    <section aria-labelledby="feedback-transcript" className="feedback-section">
      <h3 id="feedback-transcript">Transcript</h3>
      <ol className="transcript">
        {transcript.map((turn) => {
          const turnFlags = flags.filter((f) => f.turn === turn.turn);
          return (
            <li key={turn.turn} id={`turn-${turn.turn}`} tabIndex={-1} className={`transcript-turn transcript-${turn.speaker}`}>
              <span className="transcript-who">
                {turn.turn}. {turn.speaker === 'student' ? 'You' : patientName}
              </span>
              <p className="transcript-text">{highlight(turn.text, turnFlags)}</p>
              {turnFlags.map((flag) => (
                <p key={flag.quote} className={`correction severity-${flag.severity}`}>
                  <strong>{flag.speaker === 'patient' ? 'The patient strayed from the case: ' : 'Incorrect: '}</strong>
                  {flag.problem} <strong>Correction:</strong> {flag.correction}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Marks the flagged quotes in a turn's text (first occurrence each, case-insensitive). */
function highlight(text: string, flags: readonly MisinformationFlag[]) {
  const spans: { start: number; end: number }[] = [];
  for (const flag of flags) {
    const at = text.toLowerCase().indexOf(flag.quote.toLowerCase());
    if (at >= 0) spans.push({ start: at, end: at + flag.quote.length });
  }
  spans.sort((a, b) => a.start - b.start);
  const parts: (string | { marked: string })[] = [];
  let from = 0;
  for (const span of spans) {
    if (span.start < from) continue;
    parts.push(text.slice(from, span.start), { marked: text.slice(span.start, span.end) });
    from = span.end;
  }
  parts.push(text.slice(from));
  return parts.map((part, i) => (typeof part === 'string' ? part : <mark key={i}>{part.marked}</mark>));
}
