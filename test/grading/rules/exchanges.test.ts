import { join } from 'node:path';
import { gradeByRules } from '../../../src/grading/rule-grader';
import { readExchanges, type ExchangeOptions } from '../../../src/grading/rules/exchanges';
import type { TranscriptTurn } from '../../../src/grading/types';
import { createScriptedPatient } from '../../../src/patient';
import { dialogue, input, scripted } from './build';
import { loadCase, loadTranscripts, transcriptDir, withoutFactIdsDir } from './transcript-fixtures';

// Which facts each exchange revealed and which facts the student's questions were about. With
// the built-in patient that is its factIds; for an LLM patient (no factIds) the grader infers
// it from the question (the scripted patient's retrieval) and the reply's words.

const ileus = loadCase('postop-ileus');
const chest = loadCase('chest-pain-smoker');

function exchanges(caseFile: typeof ileus, transcript: TranscriptTurn[], options?: ExchangeOptions) {
  return readExchanges(createScriptedPatient(caseFile), transcript, options);
}
const status = (caseFile: typeof ileus, transcript: TranscriptTurn[], itemId: string) =>
  gradeByRules(input(caseFile, transcript)).checklist.find((j) => j.itemId === itemId);

describe('facts revealed without factIds', () => {
  it.each([
    ['the same transcripts without factIds', withoutFactIdsDir, 0.99],
    ['the patient reworded as a model would say it', join(transcriptDir, 'paraphrased'), 0.9],
  ])('agree with the recorded factIds on %s', (_, dir, floor) => {
    const recorded = new Map(loadTranscripts().map((t) => [t.name, t.input.transcript]));
    let found = 0;
    let wrong = 0;
    let missed = 0;
    for (const t of loadTranscripts(dir)) {
      const truth = recorded.get(t.name) ?? [];
      for (const e of exchanges(t.caseFile, [...t.input.transcript])) {
        const want = truth.find((turn) => turn.turn === e.replies[0]?.turn)?.factIds ?? [];
        expect(e.source).toBe('inferred');
        found += e.revealed.filter((id) => want.includes(id)).length;
        wrong += e.revealed.filter((id) => !want.includes(id)).length;
        missed += want.filter((id) => !e.revealed.includes(id)).length;
      }
    }
    const precision = found / (found + wrong);
    const recall = found / (found + missed);
    console.log(`${_}: precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}% of ${found + missed} facts`);
    expect(precision).toBeGreaterThanOrEqual(floor);
    expect(recall).toBeGreaterThanOrEqual(floor);
  });

  it("counts what a model patient actually said where the scripted patient would have answered otherwise", () => {
    const transcript = dialogue([['What operation did you have?', 'They took out a piece of my lower bowel on Friday, because of a growth.']]);
    const [exchange] = exchanges(ileus, transcript);
    expect(exchange?.revealed).toEqual(['operation']);
  });

  it('does not count a fact the model patient declined to tell, which retrieval alone would', () => {
    const transcript = dialogue([['Have you passed any wind since the operation?', "I'd rather not talk about that, if it's all the same."]]);
    expect(exchanges(ileus, transcript)[0]?.revealed).toEqual([]);
    expect(exchanges(ileus, transcript, { inference: 'retrieval' })[0]?.revealed).toEqual(['flatus']);
    // The student still asked: the item is met on the question.
    expect(status(ileus, transcript, 'ask-flatus')).toMatchObject({ status: 'met', evidence: [{ turn: 1, quote: 'Have you passed any wind since the operation?' }] });
  });

  it('counts a fact the model patient volunteered', () => {
    const transcript = dialogue([['How are you feeling?', "Awful. I haven't passed any wind at all since the operation, either."]]);
    expect(exchanges(ileus, transcript)[0]?.revealed).toContain('flatus');
  });

  it('counts a denial of the same thing as the case’s pertinent negative', () => {
    const transcript = dialogue([['Any fevers or shivers?', 'No, none of that.']]);
    expect(exchanges(ileus, transcript)[0]?.revealed).toEqual(['no-fever']);
  });
});

describe('checklist from the exchanges', () => {
  it('cites the asking sentence and the fact in the reply', () => {
    const transcript = scripted(ileus, ["Thanks. I'm going to ask about your bowels now. Have you passed any wind?"]);
    expect(status(ileus, transcript, 'ask-flatus')).toEqual({
      itemId: 'ask-flatus',
      status: 'met',
      evidence: [
        { turn: 1, quote: 'Have you passed any wind?' },
        { turn: 2, quote: "I... haven't passed any wind at all since the operation." },
      ],
      rationale: 'Asked and answered: flatus.',
    });
  });

  it('is partial when only some of an item’s facts came out', () => {
    const transcript = scripted(ileus, ['Do you smoke?']);
    expect(status(ileus, transcript, 'ask-smoking-alcohol')).toMatchObject({ status: 'partial', rationale: 'Asked and answered: smoking; not asked: alcohol.' });
  });

  it('does not count facts that came out after a statement', () => {
    const transcript = dialogue([['You should keep eating to get the bowels going.', 'I had a bit of soup and some jelly yesterday lunchtime. Nothing since.']]);
    const recorded = transcript.map((t) => (t.speaker === 'patient' ? { ...t, factIds: ['food'] } : t));
    for (const t of [transcript, recorded]) {
      expect(exchanges(ileus, t)[0]).toMatchObject({ asked: false, revealed: ['food'] });
      expect(status(ileus, t, 'ask-intake')).toMatchObject({ status: 'missed', rationale: 'Came out only after a statement, not a question: food; not asked: fluid intake, drip.' });
    }
  });

  it('counts a clear question the patient failed to answer', () => {
    const transcript = scripted(chest, ['Have you noticed any sweating with it?']);
    transcript[1] = { ...transcript[1], turn: 2, speaker: 'patient', text: 'No.', factIds: [] };
    expect(exchanges(chest, transcript)[0]?.targeted).toEqual(['sweating']);
    expect(status(chest, transcript, 'ask-autonomic')).toMatchObject({ status: 'partial', rationale: expect.stringMatching(/^Asked \(the reply missed it\): sweating/) });
    expect(exchanges(chest, transcript, { targeted: false })[0]?.targeted).toEqual([]);
  });

  it('gives partial credit for a question asked only in jargon the patient did not understand', () => {
    const transcript = scripted(chest, ['Any dyspnoea?']);
    const [exchange] = exchanges(chest, transcript);
    expect(exchange?.jargonAsked).toEqual(['breathless']);
    expect(status(chest, transcript, 'ask-autonomic')).toMatchObject({ status: 'partial', evidence: [{ turn: 1, quote: 'Any dyspnoea?' }] });
  });

  it('does not read greetings, consent or a closing as questions about the history', () => {
    const transcript = scripted(ileus, [
      "Hello, I'm one of the junior doctors. The nurse said you've been sick. Is it okay if I ask you some questions?",
      "Thanks, I'll get the registrar to come and have a look at you.",
    ]);
    for (const e of exchanges(ileus, transcript)) expect([e.revealed, e.targeted]).toEqual([[], []]);
  });
});
