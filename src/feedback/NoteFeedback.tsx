import type { Case } from '../case/schema';
import type { NoteAssessment } from '../grading/schema';

export function NoteFeedback({ caseFile, note }: { caseFile: Case; note: NoteAssessment | null }) {
  return (
    <section aria-labelledby="feedback-note" className="feedback-section">
      <h3 id="feedback-note">Your note</h3>
      {!note ? (
        <p>No note was submitted.</p>
      ) : (
        <>
          <p>
            {note.diagnosisNamed
              ? `Your differential names the diagnosis${note.diagnosisRank ? ` (ranked ${note.diagnosisRank})` : ''}: ${caseFile.diagnosis.primary}.`
              : `Your differential does not name the diagnosis: ${caseFile.diagnosis.primary}.`}
          </p>
          <p>{note.summaryAccurate ? 'Your summary matches what the patient said.' : 'Your summary does not match what the patient said.'} {note.summaryComments}</p>
          {note.wrongDifferentials.length > 0 && <p>Entries that do not fit this case: {note.wrongDifferentials.join(', ')}.</p>}
          {note.missedRedFlags.length > 0 && (
            <p>
              Red flags not addressed: <span lang={caseFile.language}>{note.missedRedFlags.join('; ')}</span>.
            </p>
          )}
          {note.comments && <p>{note.comments}</p>}
        </>
      )}
    </section>
  );
}
