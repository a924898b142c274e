import { NOT_JUDGED_RATIONALE, quoteOccursIn, UNVERIFIED_PREFIX, verifyGrading } from '../../src/grading/grounding';
import type { MisinformationFlag } from '../../src/grading/schema';
import { caseWith, grading, judgement, transcript } from './verification-fixtures';

const caseFile = caseWith((draft) => {
  draft.checklist = [
    { id: 'ask-smoking', text: 'Asks about smoking', category: 'social', facts: ['smoking'] },
    { id: 'ask-duration', text: 'Asks how long the cough has lasted', category: 'hpi', facts: ['cough-duration'] },
  ];
});

const turns = transcript(
  ['student', 'Hello, I’m Alex, one of the medical students. What brings you in today?'],
  ['patient', "I've had this cough for weeks and it won't go away."],
  ['student', 'Do you smoke at all? Cigarettes, vapes, anything like that?'],
  ['patient', 'I smoke about ten a day.\nHave done since I was  sixteen.'],
  ['student', 'Smoking is fine as long as you cut down a bit.'],
);
const input = { caseFile, transcript: turns };

const flag = (turn: number, speaker: MisinformationFlag['speaker'], quote: string): MisinformationFlag => ({
  turn,
  speaker,
  quote,
  problem: 'Wrong',
  correction: 'Right',
  severity: 'medium',
  source: 'medical-knowledge',
});

describe('quoteOccursIn', () => {
  it.each([
    ['the exact words', 'I smoke about ten a day.'],
    ['a contiguous part', 'about ten a day'],
    ['other case and spacing', '  i SMOKE   about ten '],
    ['punctuation dropped or added at the ends', '"about ten a day"'],
    ['curly for straight quotes', 'I’ve had this cough'],
    ['words across a line break', 'ten a day. Have done'],
    ['an elided quote with …', 'I smoke … since I was sixteen'],
    ['an elided quote with ...', 'I smoke... [...] sixteen'],
    ['an elided quote with . . .', 'I smoke . . . sixteen'],
  ])('accepts %s', (_, quote) => {
    expect(quoteOccursIn(quote, "I smoke about ten a day.\nHave done since I was  sixteen. I've had this cough")).toBe(true);
  });

  it.each([
    ['an invented quote', 'I smoke twenty a day'],
    ['words in another order', 'a day about ten'],
    ['elided pieces out of order', 'sixteen … I smoke'],
    ['part of a word', 'moke about'],
    ['only an ellipsis', '…'],
  ])('rejects %s', (_, quote) => {
    expect(quoteOccursIn(quote, 'I smoke about ten a day. Have done since I was sixteen.')).toBe(false);
  });
});

describe('verifyGrading', () => {
  it('keeps a checklist judgement whose quote is in the turn it cites, from either speaker', () => {
    const result = grading({
      checklist: [
        judgement('ask-smoking', 'met', [{ turn: 3, quote: 'Do you smoke at all?' }]),
        judgement('ask-duration', 'partial', [{ turn: 2, quote: "I've had this cough for weeks" }]),
      ],
    });
    const verified = verifyGrading(result, input);
    expect(verified.result.checklist).toEqual(result.checklist);
    expect(verified.unverifiedItems).toEqual([]);
  });

  it('marks an item met on an invented quote unverified, without the quote, saying why', () => {
    const result = grading({ checklist: [judgement('ask-smoking', 'met', [{ turn: 3, quote: 'How many cigarettes a day?' }])] });
    const verified = verifyGrading(result, input);
    expect(verified.result.checklist[0]).toEqual({
      itemId: 'ask-smoking',
      status: 'unverified',
      evidence: [],
      rationale: `${UNVERIFIED_PREFIX}ask-smoking judged met`,
    });
    expect(verified.unverifiedItems).toEqual(['ask-smoking']);
  });

  it('marks an item unverified when its quote is from another turn', () => {
    const result = grading({ checklist: [judgement('ask-smoking', 'partial', [{ turn: 1, quote: 'Do you smoke at all?' }])] });
    expect(verifyGrading(result, input).result.checklist[0]?.status).toBe('unverified');
  });

  it.each([0, 6, 99])('marks an item unverified when it cites turn %d, which does not exist', (turn) => {
    const result = grading({ checklist: [judgement('ask-smoking', 'met', [{ turn, quote: 'Do you smoke at all?' }])] });
    expect(verifyGrading(result, input).unverifiedItems).toEqual(['ask-smoking']);
  });

  it('keeps an item met when one of its quotes holds, and drops the others', () => {
    const result = grading({
      checklist: [
        judgement('ask-smoking', 'met', [
          { turn: 3, quote: 'Do you smoke … anything like that?' },
          { turn: 4, quote: 'I have never smoked' },
        ]),
      ],
    });
    const [item] = verifyGrading(result, input).result.checklist;
    expect(item?.status).toBe('met');
    expect(item?.evidence).toEqual([{ turn: 3, quote: 'Do you smoke … anything like that?' }]);
    expect(item?.rationale).toBe('ask-smoking judged met');
  });

  it('leaves a missed item missed, removing quotes not in the transcript', () => {
    const result = grading({ checklist: [judgement('ask-smoking', 'missed', [{ turn: 2, quote: 'invented' }])] });
    expect(verifyGrading(result, input).result.checklist[0]).toMatchObject({ status: 'missed', evidence: [] });
  });

  it('adds the case items the grader left out as missed, drops unknown ids and repeats, in case order', () => {
    const result = grading({
      checklist: [
        judgement('ask-duration', 'met', [{ turn: 2, quote: 'for weeks' }]),
        judgement('ask-made-up', 'met', [{ turn: 2, quote: 'for weeks' }]),
        judgement('ask-duration', 'missed'),
      ],
    });
    const { result: verified } = verifyGrading(result, input);
    expect(verified.checklist.map((j) => [j.itemId, j.status])).toEqual([
      ['ask-smoking', 'missed'],
      ['ask-duration', 'met'],
    ]);
    expect(verified.checklist[0]).toMatchObject({ evidence: [], rationale: NOT_JUDGED_RATIONALE });
  });

  it('keeps communication evidence only when the student said it in that turn', () => {
    const result = grading({
      communication: [
        {
          domain: 'introduction',
          score: 4,
          evidence: [
            { turn: 1, quote: "I'm Alex, one of the medical students" },
            { turn: 2, quote: "I've had this cough" },
            { turn: 1, quote: 'I am Dr Alex' },
          ],
          advice: 'Say what you are here to do.',
        },
      ],
    });
    const [score] = verifyGrading(result, input).result.communication;
    expect(score?.evidence).toEqual([{ turn: 1, quote: "I'm Alex, one of the medical students" }]);
    expect(score?.score).toBe(4);
  });

  it('keeps a misinformation flag only when its quote is in a turn of the flagged speaker', () => {
    const kept = flag(5, 'student', 'Smoking is fine as long as you cut down');
    const result = grading({
      misinformation: [
        kept,
        flag(5, 'patient', 'Smoking is fine'), // wrong speaker
        flag(3, 'student', 'Smoking is fine'), // wrong turn
        flag(5, 'student', 'Smoking is good for you'), // invented
        flag(12, 'student', 'Smoking is fine'), // no such turn
      ],
    });
    const verified = verifyGrading(result, input);
    expect(verified.result.misinformation).toEqual([kept]);
    expect(verified.droppedFlags).toBe(4);
  });

  it('leaves the note, strengths and next steps as they are, and does not change its input', () => {
    const result = grading({
      checklist: [judgement('ask-smoking', 'met', [{ turn: 3, quote: 'nothing like this' }])],
      strengths: ['Clear opening'],
      nextSteps: ['Ask about the sputum'],
    });
    const before = structuredClone(result);
    const verified = verifyGrading(result, input).result;
    expect(result).toEqual(before);
    expect(verified).toMatchObject({ note: null, strengths: ['Clear opening'], nextSteps: ['Ask about the sputum'] });
  });
});
