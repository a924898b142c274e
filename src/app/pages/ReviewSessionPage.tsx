import { useRef, useState } from 'react';
import { Link } from 'wouter';
import type { Case } from '../../case';
import { gradingUnderReview, toStorageError, type GradingRecord, type SessionRecord, type SessionStore, type TurnRecord } from '../../db';
import { gradingInputOf, transcriptOf } from '../../feedback/grading-input';
import { startReview } from '../../review/decisions';
import { ReviewSessionView, type ReviewUpdate } from '../../review/session';
import { useReviewer } from '../reviewer';
import { findSessionCase } from '../session-case';
import { useServices } from '../ServicesContext';
import { LoadFailed } from './CasesPage';
import { useAsync } from './useAsync';

// #/review/session/<id>: one session on the instructor's review desk. Loads the session, its
// turns and the case it was played with; saves the review with every decision, comment and
// sign-off. An ungraded session can be graded here with the built-in grader.

interface Opened {
  session: SessionRecord;
  turns: TurnRecord[];
  store: SessionStore;
  caseFile: Case | undefined;
  /** The case found has other content than the one played (it changed since). */
  caseChanged: boolean;
  caseFileName: string | undefined;
}

export function ReviewSessionPage({ sessionId }: { sessionId?: string }) {
  const services = useServices();
  const opened = useAsync(async (): Promise<Opened | undefined> => {
    const { store } = await services.sessions();
    const session = sessionId ? await store.getSession(sessionId) : undefined;
    if (!session) return undefined;
    const [entry, turns] = await Promise.all([findSessionCase(services, session), store.listTurns(session.id)]);
    return { session, turns, store, caseFile: entry?.case, caseChanged: entry !== undefined && entry.hash !== session.caseHash, caseFileName: entry?.file };
  }, [sessionId]);

  if (opened.status === 'loading') return <p role="status">Opening the session…</p>;
  if (opened.status === 'failed') return <LoadFailed what="this session" />;
  if (!opened.value)
    return (
      <p role="alert">
        This session is not stored in this browser. <Link href="/review">Back to the review dashboard</Link>
      </p>
    );
  return <OpenReview opened={opened.value} />;
}

function OpenReview({ opened }: { opened: Opened }) {
  const reviewer = useReviewer();
  const [session, setSession] = useState(opened.session);
  const [problem, setProblem] = useState<string>();
  const [grading, setGrading] = useState(false);
  // Saves run one after another, each applied to what the one before stored.
  const current = useRef(session);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const { store, caseFile, turns } = opened;
  const underReview = gradingUnderReview(session);
  const latestGrading = session.gradings?.at(-1);

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.current.then(task);
    queue.current = run.catch(() => undefined);
    return run;
  }

  async function write(changes: Partial<SessionRecord>, describe: string): Promise<boolean> {
    try {
      const stored = await store.updateSession(current.current.id, changes);
      current.current = stored;
      setSession(stored);
      setProblem(undefined);
      return true;
    } catch (error) {
      setProblem(`${describe}: ${toStorageError(error)?.message ?? (error instanceof Error ? error.message : String(error))}`);
      return false;
    }
  }

  function save(update: ReviewUpdate): Promise<boolean> {
    return enqueue(async () => {
      const latest = current.current;
      const graded = gradingUnderReview(latest);
      if (!graded) return false;
      let review;
      try {
        review = update(latest.review?.gradingId === graded.id ? latest.review : startReview(graded));
      } catch (error) {
        setProblem(`The review could not be saved: ${error instanceof Error ? error.message : String(error)}`);
        return false;
      }
      return write({ review }, 'The review could not be saved');
    });
  }

  async function gradeWithRules() {
    if (!caseFile) return;
    setGrading(true);
    try {
      const { gradeSession } = await import('../../grading/grade-session');
      const graded = await gradeSession(gradingInputOf(caseFile, current.current, turns));
      const record: GradingRecord = { id: crypto.randomUUID(), createdAt: Date.now(), ...graded };
      await enqueue(() => write({ gradings: [...(current.current.gradings ?? []), record] }, 'The grading could not be saved'));
    } catch (error) {
      setProblem(`The grading could not be made: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setGrading(false);
    }
  }

  const notices = (
    <>
      {problem && (
        <p className="banner banner-error" role="alert">
          {problem}
        </p>
      )}
      {!caseFile && (
        <p className="banner banner-warning">
          The case “{session.caseTitle}” ({session.caseId}, version {session.caseVersion}) this session was played with is missing from this
          browser: the transcript and the grading are shown, but the checklist cannot be decided on or rescored. Import the case to review it
          fully.
        </p>
      )}
      {opened.caseChanged && (
        <p className="banner banner-warning">
          The case has changed since this session was played: the checklist and scores below use {opened.caseFileName} (version{' '}
          {caseFile?.version}).
        </p>
      )}
      {!underReview && (
        <div className="banner banner-warning">
          <p>This session has not been graded{session.status === 'active' ? ', and the student has not finished it yet' : ''}.</p>
          {caseFile && (
            <button type="button" className="button button-small" disabled={grading} onClick={() => void gradeWithRules()}>
              {grading ? 'Grading…' : 'Grade with the built-in grader'}
            </button>
          )}
        </div>
      )}
      {underReview && latestGrading && underReview.id !== latestGrading.id && (
        <p className="banner banner-warning">This review applies to an earlier grading; the session was graded again since.</p>
      )}
    </>
  );

  return (
    <>
      <p className="review-back">
        <Link href="/review">← All sessions</Link>
      </p>
      <ReviewSessionView
        session={session}
        transcript={transcriptOf(turns).transcript}
        caseFile={caseFile}
        grading={underReview}
        reviewer={reviewer.name}
        onReviewerChange={reviewer.setName}
        save={save}
        onPrint={() => printReport(session)}
        notices={notices}
      />
    </>
  );
}

/** Prints the page; the title names the file a browser saves the PDF as. */
function printReport(session: SessionRecord) {
  const title = document.title;
  const day = new Date(session.startedAt).toISOString().slice(0, 10);
  document.title = `Review - ${session.studentName || 'student'} - ${session.caseId} - ${day}`;
  try {
    window.print();
  } finally {
    document.title = title;
  }
}
