import { join } from 'node:path';
import { createRuleGrader, gradeByRules, RULE_GRADER_VERSION, ruleSetHash } from '../../src/grading/rule-grader';
import { verifyGrading } from '../../src/grading/grounding';
import { GradingResult, type ChecklistJudgement } from '../../src/grading/schema';
import { scoreChecklist } from '../../src/grading/score';
import { loadTranscripts, transcriptDir, withoutFactIdsDir, type LabelledTranscript } from './rules/transcript-fixtures';

// The rule grader against hand-labelled transcripts (test/fixtures/transcripts, see its README):
// agreement of each checklist judgement with the examiner's label, per transcript and overall,
// printed, with a floor. Three sets: the built-in patient's transcripts with factIds, the same
// without factIds (the LLM-patient path), and three of them with the patient's words reworded
// as a model would say them.

const OVERALL_FLOOR = 0.9;
const PER_TRANSCRIPT_FLOOR = 0.8;

const suites = [
  { name: 'with factIds', dir: transcriptDir, min: 9 },
  { name: 'without factIds', dir: withoutFactIdsDir, min: 9 },
  { name: 'reworded patient, without factIds', dir: join(transcriptDir, 'paraphrased'), min: 3 },
];

function agreement(t: LabelledTranscript, checklist: readonly ChecklistJudgement[]) {
  const disagreements = checklist.filter((j) => j.status !== t.labels[j.itemId]);
  return { agreed: checklist.length - disagreements.length, total: checklist.length, disagreements };
}

describe.each(suites)('rule grader on labelled transcripts $name', ({ dir, min }) => {
  const transcripts = loadTranscripts(dir);
  const tally = { agreed: 0, total: 0 };

  it(`has at least ${min} transcripts, each labelled for every checklist item`, () => {
    expect(transcripts.length).toBeGreaterThanOrEqual(min);
  });

  it.each(transcripts.map((t) => [t.name, t] as const))('%s', (name, t) => {
    const result = gradeByRules(t.input);
    const { agreed, total, disagreements } = agreement(t, result.checklist);
    tally.agreed += agreed;
    tally.total += total;
    const detail = disagreements.map((d) => `\n    ${d.itemId}: grader ${d.status}, label ${t.labels[d.itemId]} (${d.rationale})`).join('');
    console.log(`${name}: ${agreed}/${total} (${((agreed / total) * 100).toFixed(1)}%)${detail}`);
    expect(agreed / total).toBeGreaterThanOrEqual(PER_TRANSCRIPT_FLOOR);
  });

  it('reaches the overall floor', () => {
    expect(tally.total).toBe(transcripts.reduce((n, t) => n + t.caseFile.checklist.length, 0));
    const overall = tally.agreed / tally.total;
    console.log(`overall: ${tally.agreed}/${tally.total} (${(overall * 100).toFixed(1)}%)`);
    expect(overall).toBeGreaterThanOrEqual(OVERALL_FLOOR);
  });
});

describe('rule grader output on the labelled transcripts', () => {
  const transcripts = loadTranscripts();
  const graded = transcripts.map((t) => ({ t, result: gradeByRules(t.input) }));

  it('is a valid GradingResult whose every quote is found in the turn it cites', () => {
    for (const { t, result } of graded) {
      expect(() => GradingResult.parse(result)).not.toThrow();
      const verified = verifyGrading(result, t.input);
      expect(verified.droppedFlags, t.name).toBe(0);
      expect(verified.unverifiedItems, t.name).toEqual([]);
      expect(verified.result.communication, t.name).toEqual(result.communication);
    }
  });

  it('judges every checklist item of the case once, in the case order', () => {
    for (const { t, result } of graded) expect(result.checklist.map((j) => j.itemId)).toEqual(t.caseFile.checklist.map((i) => i.id));
  });

  it('cites the question for met and partial items, and the answer when one was given', () => {
    for (const { t, result } of graded) {
      for (const j of result.checklist.filter((j) => j.status !== 'missed')) {
        const turns = j.evidence.map((e) => t.input.transcript[e.turn - 1]?.speaker);
        expect(turns, `${t.name} ${j.itemId}`).toContain('student');
      }
      for (const j of result.checklist.filter((j) => j.status === 'missed')) expect(j.evidence).toEqual([]);
    }
  });

  it('orders the levels: thorough above average above poor, in checklist score and communication', () => {
    for (const caseId of new Set(transcripts.map((t) => t.caseFile.id))) {
      const level = (name: 'thorough' | 'average' | 'poor') => graded.find(({ t }) => t.caseFile.id === caseId && t.level === name);
      const percent = (g: ReturnType<typeof level>) => (g ? scoreChecklist(g.t.caseFile, g.result.checklist).percent : NaN);
      const talk = (g: ReturnType<typeof level>) => g?.result.communication.reduce((n, c) => n + c.score, 0) ?? NaN;
      const [thorough, average, poor] = [level('thorough'), level('average'), level('poor')];
      console.log(`${caseId}: checklist ${percent(thorough)} / ${percent(average)} / ${percent(poor)} %, communication ${talk(thorough)} / ${talk(average)} / ${talk(poor)} of 35`);
      expect(percent(thorough)).toBeGreaterThan(percent(average));
      expect(percent(average)).toBeGreaterThan(percent(poor));
      expect(talk(thorough)).toBeGreaterThan(talk(average));
      expect(talk(average)).toBeGreaterThan(talk(poor));
    }
  });

  it("flags the case's misconceptions in the poor transcripts and nothing in the others", () => {
    for (const { t, result } of graded) {
      if (t.level === 'poor') {
        expect(result.misinformation.length, t.name).toBeGreaterThanOrEqual(2);
        for (const flag of result.misinformation) {
          expect(flag).toMatchObject({ speaker: 'student', source: 'case-misconception' });
          expect(t.caseFile.misconceptions.map((m) => m.correction)).toContain(flag.correction);
        }
        expect(result.note?.comments, t.name).toMatch(/a misconception:/);
      } else {
        expect(result.misinformation, t.name).toEqual([]);
        expect(result.note?.comments ?? '', t.name).not.toMatch(/a misconception:/);
      }
    }
  });

  it('gives two to four strengths and next steps, built from the judgements', () => {
    for (const { t, result } of graded) {
      expect(result.strengths.length, t.name).toBeGreaterThanOrEqual(2);
      expect(result.strengths.length, t.name).toBeLessThanOrEqual(4);
      expect(result.nextSteps.length, t.name).toBeGreaterThanOrEqual(2);
      expect(result.nextSteps.length, t.name).toBeLessThanOrEqual(4);
    }
    const poor = graded.find(({ t }) => t.name === 'postop-ileus.poor')?.result;
    expect(poor?.nextSteps[0]).toMatch(/^You said “I'll give you some metoclopramide straight away.*”: Prokinetics are contraindicated/);
    const average = graded.find(({ t }) => t.name === 'postop-ileus.average')?.result;
    expect(average?.nextSteps).toContain('Ask about passing flatus.');
    expect(average?.strengths).toContain('You asked about opening the bowels since the operation.');
  });
});

describe('createRuleGrader', () => {
  const [sample] = loadTranscripts();

  it('records the rule set: kind, version and a SHA-256 hash that is stable and depends on the language', async () => {
    if (!sample) throw new Error('no fixtures');
    const output = await createRuleGrader().grade(sample.input);
    expect(output.grader).toEqual({ kind: 'rule', version: RULE_GRADER_VERSION, hash: ruleSetHash('en') });
    expect(output.grader.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ruleSetHash('en')).toBe(ruleSetHash('en-GB'));
    expect(ruleSetHash('de')).not.toBe(ruleSetHash('en'));
    expect(output.result).toEqual(gradeByRules(sample.input));
  });

  it('returns note null when no note was written', async () => {
    if (!sample) throw new Error('no fixtures');
    const output = await createRuleGrader().grade({ ...sample.input, note: null });
    expect(output.result.note).toBeNull();
  });

  it('stops before grading when the signal is already aborted', async () => {
    if (!sample) throw new Error('no fixtures');
    const controller = new AbortController();
    controller.abort();
    await expect(createRuleGrader().grade(sample.input, controller.signal)).rejects.toThrow();
  });
});
