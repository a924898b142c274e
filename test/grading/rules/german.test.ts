import { verifyGrading } from '../../../src/grading/grounding';
import { gradeByRules } from '../../../src/grading/rule-grader';
import { input, scripted } from './build';
import { loadCase } from './transcript-fixtures';

// A German case: the grader reads the German language pack and its own German phrases.

const caseFile = loadCase('akute-bauchschmerzen');

describe('rule grader on a German case', () => {
  const transcript = scripted(caseFile, [
    'Guten Tag, mein Name ist Lena Vogt, ich bin Medizinstudentin. Ist es in Ordnung, wenn ich Ihnen ein paar Fragen stelle?',
    'Was führt Sie heute zu uns?',
    'Seit wann haben Sie die Schmerzen?',
    'Wo haben die Schmerzen angefangen?',
    'Haben Sie Allergien?',
    'Was macht Ihnen am meisten Sorgen?',
    'Keine Schmerzmittel geben, das verschleiert die Diagnose.',
    'Vielen Dank. Ich werde Sie jetzt untersuchen.',
  ]);
  const result = gradeByRules(input(caseFile, transcript));

  it('judges the checklist from the facts revealed', () => {
    expect(result.checklist.find((j) => j.itemId === 'frage-beginn')?.status).toBe('met');
    expect(result.checklist.find((j) => j.itemId === 'frage-wanderung')?.status).toBe('met');
    expect(verifyGrading(result, input(caseFile, transcript)).unverifiedItems).toEqual([]);
  });

  it('scores introduction and closing with German phrases', () => {
    const score = (domain: string) => result.communication.find((c) => c.domain === domain)?.score;
    expect(score('introduction')).toBeGreaterThanOrEqual(4);
    expect(score('closing')).toBeGreaterThanOrEqual(3);
  });

  it("flags the case's German misconception and gives German feedback", () => {
    expect(result.misinformation).toEqual([expect.objectContaining({ turn: 13, source: 'case-misconception', severity: 'medium' })]);
    expect(result.strengths.some((s) => s.startsWith('Gut gemacht: Erfragt'))).toBe(true);
    expect(result.nextSteps.some((s) => s.startsWith('Sie sagten „Keine Schmerzmittel geben'))).toBe(true);
    expect(result.communication.find((c) => c.domain === 'signposting-summarising')?.advice).toMatch(/^Fassen Sie vor dem Abschluss zusammen/);
  });
});
