import type { SessionNote } from '../../db/schema';
import type { NoteAssessment } from '../../grading/schema';

// The note the student closed the encounter with, and what the grader made of it.

interface Props {
  note: SessionNote | undefined;
  assessment: NoteAssessment | null | undefined;
  /** The case's diagnosis; undefined when the case is missing. */
  diagnosis: string | undefined;
}

export function StudentNote({ note, assessment, diagnosis }: Props) {
  return (
    <section aria-labelledby="review-note" className="review-section">
      <h3 id="review-note">The student's note</h3>
      {!note ? (
        <p>No note was written.</p>
      ) : (
        <dl className="review-note">
          <dt>Summary</dt>
          <dd className="pre-wrap">{note.summary || '—'}</dd>
          <dt>Differential</dt>
          <dd>{note.differential.length ? <ol>{note.differential.map((d, i) => <li key={i}>{d}</li>)}</ol> : '—'}</dd>
          {note.plan && (
            <>
              <dt>Plan</dt>
              <dd className="pre-wrap">{note.plan}</dd>
            </>
          )}
        </dl>
      )}
      {assessment && (
        <ul className="note-assessment">
          <li>
            {assessment.diagnosisNamed
              ? `The differential names the diagnosis${assessment.diagnosisRank ? ` (ranked ${assessment.diagnosisRank})` : ''}`
              : 'The differential does not name the diagnosis'}
            {diagnosis ? `: ${diagnosis}.` : '.'}
          </li>
          <li>
            {assessment.summaryAccurate ? 'The summary matches the transcript.' : 'The summary does not match the transcript.'} {assessment.summaryComments}
          </li>
          {assessment.wrongDifferentials.length > 0 && <li>Entries that do not fit: {assessment.wrongDifferentials.join(', ')}.</li>}
          {assessment.missedRedFlags.length > 0 && <li>Red flags not addressed: {assessment.missedRedFlags.join('; ')}.</li>}
          {assessment.comments && <li>{assessment.comments}</li>}
        </ul>
      )}
    </section>
  );
}
