import type { ChecklistJudgement, MisinformationFlag } from '../../src/grading/schema';
import { itemsCitingTurn, quoteSpans, segmentTurn } from '../../src/review/session/marks';

const judgement = (itemId: string, evidence: [number, string][]): ChecklistJudgement => ({
  itemId,
  status: 'met',
  evidence: evidence.map(([turn, quote]) => ({ turn, quote })),
  rationale: '',
});

const flag = (turn: number, quote: string): MisinformationFlag => ({
  turn,
  speaker: 'student',
  quote,
  problem: '',
  correction: '',
  severity: 'low',
  source: 'medical-knowledge',
});

const marked = (segments: ReturnType<typeof segmentTurn>) => segments.map((s) => [s.text, s.itemIds, s.flagIndexes]);

describe('quote spans', () => {
  it('finds the first occurrence, ignoring case', () => {
    expect(quoteSpans('Do you smoke? Smoke what?', 'smoke')).toEqual([{ start: 7, end: 12 }]);
  });

  it('finds each part of an elided quote in order', () => {
    const text = 'I smoke, well, about ten a day.';
    for (const quote of ['I smoke . . . ten a day', 'I smoke ... ten a day', 'I smoke…ten a day']) {
      expect(quoteSpans(text, quote).map((s) => text.slice(s.start, s.end))).toEqual(['I smoke', 'ten a day']);
    }
  });

  it('finds nothing for words that are not there', () => {
    expect(quoteSpans('Hello.', 'goodbye')).toEqual([]);
    expect(quoteSpans('Hello.', '...')).toEqual([]);
  });
});

describe('a turn cut into runs', () => {
  it('is one unmarked run without evidence or flags', () => {
    expect(marked(segmentTurn('Hello.', 1, [], []))).toEqual([['Hello.', [], []]]);
    expect(marked(segmentTurn('', 1, [], []))).toEqual([['', [], []]]);
  });

  it('marks evidence with its items and flags with their index, only in the cited turn', () => {
    const judgements = [judgement('ask-smoking', [[1, 'do you smoke']]), judgement('ask-other', [[2, 'Hello']])];
    const flags = [flag(2, 'Hello'), flag(1, 'fine')];
    expect(marked(segmentTurn('Hello, do you smoke? That is fine.', 1, judgements, flags))).toEqual([
      ['Hello, ', [], []],
      ['do you smoke', ['ask-smoking'], []],
      ['? That is ', [], []],
      ['fine', [], [1]],
      ['.', [], []],
    ]);
  });

  it('gives overlapping quotes their own runs, and one run to items citing the same words', () => {
    const judgements = [judgement('a', [[1, 'smoking is fine']]), judgement('b', [[1, 'smoking is fine']])];
    expect(marked(segmentTurn('Smoking is fine in moderation.', 1, judgements, [flag(1, 'fine in moderation')]))).toEqual([
      ['Smoking is ', ['a', 'b'], []],
      ['fine', ['a', 'b'], [0]],
      [' in moderation', [], [0]],
      ['.', [], []],
    ]);
  });

  it('lists the items citing a turn in checklist order, each once', () => {
    const judgements = [judgement('a', [[1, 'x'], [1, 'y']]), judgement('b', [[2, 'z']]), judgement('c', [[1, 'w']])];
    expect(itemsCitingTurn(judgements, 1)).toEqual(['a', 'c']);
    expect(itemsCitingTurn(judgements, 3)).toEqual([]);
  });
});
