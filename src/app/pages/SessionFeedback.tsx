import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import type { Case } from '../../case';
import type { GradingRecord, SessionRecord, SessionStore, TurnRecord } from '../../db';
import { FeedbackView, type Attempt } from '../../feedback';
import { gradingInputOf, transcriptOf } from '../../feedback/grading-input';
import { usesBuiltInPatient } from '../../llm/settings';
import { useServices } from '../ServicesContext';
import { useAppSettings } from '../settings';

// After the note: grade the session (a configured model, cross-checked by the rule grader;
// otherwise the rule grader), keep the grading with the session, and show the feedback.
// Regrading adds a grading and keeps the earlier ones.

interface Props {
  caseFile: Case;
  caseKey: string;
  session: SessionRecord;
  turns: readonly TurnRecord[];
  sessions: SessionStore;
  patientName: string;
  save(changes: Partial<SessionRecord>): Promise<void>;
}

type State = { kind: 'idle' } | { kind: 'grading' } | { kind: 'failed'; message: string; fix?: string };

export function SessionFeedback({ caseFile, caseKey, session, turns, sessions, patientName, save }: Props) {
  const services = useServices();
  const settings = useAppSettings();
  const [, navigate] = useLocation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [attempts, setAttempts] = useState<Attempt[]>([]);
  const latest = session.gradings?.at(-1);

  async function grade(withModel: boolean) {
    setState({ kind: 'grading' });
    try {
      const [{ gradeSession }, { chooseLlmGrader }] = await Promise.all([import('../../grading/grade-session'), import('../grader-choice')]);
      const llmGrader = withModel ? await chooseLlmGrader(settings) : undefined;
      const graded = await gradeSession(gradingInputOf(caseFile, session, turns), llmGrader);
      const record: GradingRecord = { id: crypto.randomUUID(), createdAt: Date.now(), ...graded };
      await save({ gradings: [...(session.gradings ?? []), record] });
      setState({ kind: 'idle' });
    } catch (error) {
      const problem = await services.describeError(error, settings);
      setState({ kind: 'failed', ...problem });
    }
  }

  // A note just submitted and not yet graded: grade it.
  const needsGrading = Boolean(session.note) && (!latest || latest.createdAt < (session.note?.submittedAt ?? 0));
  useEffect(() => {
    if (needsGrading && state.kind === 'idle') void grade(!usesBuiltInPatient(settings));
    // Runs when a note arrives, not on every render.
  }, [needsGrading]);

  useEffect(() => {
    void sessions.listSessions({ limit: 100 }).then((page) =>
      setAttempts(
        page.sessions
          .filter((s) => s.caseId === session.caseId && s.gradings?.length)
          .sort((a, b) => a.startedAt - b.startedAt)
          .map((s) => ({ startedAt: s.startedAt, percent: s.gradings?.at(-1)?.score.percent ?? 0 })),
      ),
    );
  }, [sessions, session.caseId, latest?.id]);

  if (!session.note) return null;
  return (
    <section aria-label="Feedback" className="session-feedback">
      {state.kind === 'grading' && <p role="status">Grading your history…</p>}
      {state.kind === 'failed' && (
        <div className="banner banner-error" role="alert">
          <p>The grading could not be made: {state.message}</p>
          {state.fix && <p>{state.fix}</p>}
          <button type="button" className="button button-small" onClick={() => void grade(false)}>
            Grade with the built-in grader
          </button>
        </div>
      )}
      {latest && (
        <>
          <FeedbackView
            caseFile={caseFile}
            transcript={transcriptOf(turns).transcript}
            grading={{ ...latest, disagreements: (latest.disagreements ?? []).map(describeDisagreement) }}
            patientName={patientName}
            attempts={attempts}
            onTryAgain={() => navigate(`/case/${caseKey}`)}
          />
          {!usesBuiltInPatient(settings) && state.kind !== 'grading' && (
            <button type="button" className="button" onClick={() => void grade(true)}>
              Grade again with {settings.graderModel || settings.patientModel}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function describeDisagreement(d: NonNullable<GradingRecord['disagreements']>[number]): { itemId: string; note: string } {
  return d.kind === 'checklist' ? { itemId: d.itemId, note: d.note } : { itemId: `turn ${d.turn}`, note: d.note };
}
