import { Case } from '../../src/case/schema';
import type { TurnRecord } from '../../src/db';
import { makeSession } from '../db/fixtures';
import { gradingInputOf } from '../../src/feedback/grading-input';
import { minimalCase } from '../fixtures/minimal-case';

const caseFile = Case.parse(minimalCase());
const turn = (index: number, speaker: TurnRecord['speaker'], text: string, status: TurnRecord['status'] = 'complete', factIds: string[] = []): TurnRecord => ({
  id: `t${index}`,
  sessionId: 's',
  index,
  speaker,
  text,
  status,
  startedAt: index,
  factIds,
});

describe('what the grader reads from a session', () => {
  it('numbers the turns that were said from 1, leaving out failed replies, and maps leaks to them', () => {
    const session = makeSession({
      events: [{ at: 1, kind: 'leak', turnIndex: 4, term: 'post-viral cough' }],
      note: { summary: 'Cough for three weeks.', differential: ['Post-viral cough'], plan: '', submittedAt: 2 },
    });
    const input = gradingInputOf(caseFile, session, [
      turn(0, 'student', 'Do you smoke?'),
      turn(1, 'patient', '', 'error'),
      turn(2, 'student', 'Do you smoke?'),
      turn(4, 'patient', "I'm sorry, I don't know what it is.", 'complete'),
      turn(3, 'patient', 'I smoke about ten a day.', 'complete', ['smoking']),
    ]);
    expect(input.transcript.map((t) => [t.turn, t.speaker, t.text])).toEqual([
      [1, 'student', 'Do you smoke?'],
      [2, 'student', 'Do you smoke?'],
      [3, 'patient', 'I smoke about ten a day.'],
      [4, 'patient', "I'm sorry, I don't know what it is."],
    ]);
    expect(input.transcript[2]?.factIds).toEqual(['smoking']);
    expect(input.leaks).toEqual([{ turn: 4, term: 'post-viral cough' }]);
    expect(input.note?.differential).toEqual(['Post-viral cough']);
  });
});
