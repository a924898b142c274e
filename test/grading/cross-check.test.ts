import { compareGradings } from '../../src/grading/cross-check';
import type { MisinformationFlag } from '../../src/grading/schema';
import { grading, judgement } from './verification-fixtures';

const flag = (turn: number, source: MisinformationFlag['source'], speaker: MisinformationFlag['speaker'] = 'student'): MisinformationFlag => ({
  turn,
  speaker,
  quote: `said in turn ${turn}`,
  problem: 'Wrong',
  correction: 'Right',
  severity: 'high',
  source,
});

describe('compareGradings', () => {
  it('finds nothing when both graders agree', () => {
    const both = grading({ checklist: [judgement('a', 'met'), judgement('b', 'missed')], misinformation: [flag(3, 'case-misconception')] });
    expect(compareGradings(both, both)).toEqual([]);
  });

  it('reports each item whose status differs, in the rule grader’s (case) order', () => {
    const llm = grading({ checklist: [judgement('c', 'partial'), judgement('b', 'met'), judgement('a', 'met')] });
    const rule = grading({ checklist: [judgement('a', 'missed'), judgement('b', 'met'), judgement('c', 'met')] });
    expect(compareGradings(llm, rule)).toEqual([
      { kind: 'checklist', itemId: 'a', llm: 'met', rule: 'missed', note: 'The model grader judged this met; the rule grader judged it missed.' },
      { kind: 'checklist', itemId: 'c', llm: 'partial', rule: 'met', note: 'The model grader judged this partial; the rule grader judged it met.' },
    ]);
  });

  it('treats unverified as not met', () => {
    const llm = grading({ checklist: [judgement('a', 'unverified'), judgement('b', 'unverified')] });
    const rule = grading({ checklist: [judgement('a', 'missed'), judgement('b', 'met')] });
    const disagreements = compareGradings(llm, rule);
    expect(disagreements.map((d) => d.kind === 'checklist' && [d.itemId, d.llm, d.rule])).toEqual([['b', 'unverified', 'met']]);
    expect(disagreements[0]?.note).toMatch(/without evidence found in the transcript/);
  });

  it('counts an item one grader left out as missed', () => {
    const llm = grading({ checklist: [judgement('a', 'met'), judgement('extra', 'met')] });
    const rule = grading({ checklist: [judgement('a', 'met'), judgement('b', 'met')] });
    expect(compareGradings(llm, rule).map((d) => d.kind === 'checklist' && [d.itemId, d.llm, d.rule])).toEqual([
      ['b', 'missed', 'met'],
      ['extra', 'met', 'missed'],
    ]);
  });

  it('reports case misconceptions the rule grader flagged in turns where the LLM grader flagged nothing, by turn', () => {
    const llm = grading({ misinformation: [flag(5, 'medical-knowledge'), flag(8, 'case-misconception', 'patient')] });
    const rule = grading({
      misinformation: [flag(9, 'case-misconception'), flag(5, 'case-misconception'), flag(2, 'case-misconception'), flag(7, 'medical-knowledge')],
    });
    const disagreements = compareGradings(llm, rule);
    expect(disagreements).toEqual([
      { kind: 'misinformation', turn: 2, speaker: 'student', quote: 'said in turn 2', note: expect.stringMatching(/turn 2 \("said in turn 2"\)/) },
      { kind: 'misinformation', turn: 9, speaker: 'student', quote: 'said in turn 9', note: expect.stringMatching(/model grader flagged nothing/) },
    ]);
  });

  it('lists checklist disagreements before misinformation ones', () => {
    const llm = grading({ checklist: [judgement('a', 'met')] });
    const rule = grading({ checklist: [judgement('a', 'missed')], misinformation: [flag(1, 'case-misconception')] });
    expect(compareGradings(llm, rule).map((d) => d.kind)).toEqual(['checklist', 'misinformation']);
  });
});
