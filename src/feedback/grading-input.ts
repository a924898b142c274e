import type { Case } from '../case/schema';
import type { SessionRecord, TurnRecord } from '../db';
import type { GradingInput, TranscriptTurn } from '../grading/types';

// What a grader reads from a session: the turns that were said (a failed or interrupted reply
// said nothing the student heard), numbered from 1 as evidence cites them, and the note.

export function transcriptOf(turns: readonly TurnRecord[]): { transcript: TranscriptTurn[]; turnByIndex: Map<number, number> } {
  const said = [...turns]
    .sort((a, b) => a.index - b.index)
    .filter((t) => t.speaker === 'student' || ((t.status === 'complete' || t.status === 'stopped') && t.text.trim() !== ''));
  const turnByIndex = new Map<number, number>();
  const transcript = said.map((t, i) => {
    turnByIndex.set(t.index, i + 1);
    return { turn: i + 1, speaker: t.speaker, text: t.text, ...(t.factIds.length ? { factIds: t.factIds } : {}) };
  });
  return { transcript, turnByIndex };
}

export function gradingInputOf(caseFile: Case, session: SessionRecord, turns: readonly TurnRecord[]): GradingInput {
  const { transcript, turnByIndex } = transcriptOf(turns);
  const leaks = session.events.flatMap((event) => {
    const turn = turnByIndex.get(event.turnIndex);
    return turn === undefined ? [] : [{ turn, term: event.term }];
  });
  const note = session.note
    ? { summary: session.note.summary, differential: session.note.differential, plan: session.note.plan }
    : null;
  return { caseFile, transcript, note, leaks };
}
