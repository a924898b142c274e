import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { Case } from '../../src/case/schema';
import { createScriptedPatient, type Response, type Turn } from '../../src/patient';

// The labelled question sets in test/fixtures/questions: what a student says, and what the
// scripted patient should do (reveal these facts, or behave like this).

export const BEHAVIOURS = [
  'greeting',
  'open',
  'anything-else',
  'unknown',
  'diagnosis-request',
  'advice-request',
  'role-break',
  'jargon',
  'summary-confirm',
  'summary-correct',
  'closing',
] as const;

const Question = z
  .object({
    q: z.string().min(1),
    before: z.array(z.string()).default([]),
    facts: z.array(z.string()).optional(),
    acceptable: z.array(z.string()).default([]),
    behaviour: z.enum(BEHAVIOURS).optional(),
  })
  .strict()
  .refine((q) => q.facts || q.behaviour, 'needs facts or behaviour');

const QuestionSet = z.object({ case: z.string(), questions: z.array(Question).min(1) }).strict();
export type Question = z.infer<typeof Question>;

/** Moves of the patient that count as each labelled behaviour. */
const ACCEPTED_MOVES: Record<(typeof BEHAVIOURS)[number], string[]> = {
  greeting: ['greeting', 'consent', 'name'],
  open: ['open'],
  'anything-else': ['anything-else', 'open', 'more'],
  unknown: ['unknown'],
  'diagnosis-request': ['diagnosis-request'],
  'advice-request': ['advice-request'],
  'role-break': ['role-break'],
  jargon: ['jargon'],
  'summary-confirm': ['summary-confirm'],
  'summary-correct': ['summary-correct'],
  closing: ['closing'],
};

export interface Outcome {
  question: Question;
  response: Response;
  correct: boolean;
  why: string;
}

export interface CaseResult {
  caseId: string;
  outcomes: Outcome[];
  accuracy: number;
}

const root = join(import.meta.dirname, '..', '..');
export const questionSetDir = join(root, 'test', 'fixtures', 'questions');
/** Question sets written later by someone who had not seen the patient's code, never tuned on. */
export const holdoutDir = join(root, 'test', 'fixtures', 'holdout', 'questions');
export const holdout2Dir = join(root, 'test', 'fixtures', 'holdout2', 'questions');
export const holdout3Dir = join(root, 'test', 'fixtures', 'holdout3', 'questions');
const caseDirs = ['cases', 'test/fixtures/holdout/cases', 'test/fixtures/holdout2/cases', 'test/fixtures/holdout3/cases'].map((d) => join(root, d));

export function loadQuestionSets(dir = questionSetDir): { caseId: string; questions: Question[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const set = QuestionSet.parse(parse(readFileSync(join(dir, file), 'utf8')));
      return { caseId: set.case, questions: set.questions };
    });
}

export function loadCase(caseId: string) {
  const dir = caseDirs.find((d) => existsSync(join(d, `${caseId}.yaml`)));
  if (!dir) throw new Error(`No case file for "${caseId}" in ${caseDirs.join(' or ')}`);
  return Case.parse(parse(readFileSync(join(dir, `${caseId}.yaml`), 'utf8')));
}

export function judge(question: Question, response: Response): { correct: boolean; why: string } {
  const revealed = new Set(response.factIds);
  if (question.behaviour) {
    const accepted = ACCEPTED_MOVES[question.behaviour];
    if (!response.moves.some((m) => accepted.includes(m))) {
      return { correct: false, why: `expected ${question.behaviour}, got moves ${response.moves.join(',')}` };
    }
    if (question.behaviour === 'unknown' && revealed.size > 0) {
      return { correct: false, why: `expected no fact, revealed ${[...revealed].join(',')}` };
    }
  }
  if (question.facts) {
    const missing = question.facts.filter((f) => !revealed.has(f));
    const allowed = new Set([...question.facts, ...question.acceptable]);
    const extra = [...revealed].filter((f) => !allowed.has(f));
    if (missing.length || extra.length) {
      return {
        correct: false,
        why: `missing [${missing.join(',')}] extra [${extra.join(',')}] moves ${response.moves.join(',')}`,
      };
    }
  }
  return { correct: true, why: '' };
}

export function runQuestionSet(caseId: string, questions: Question[]): CaseResult {
  const patient = createScriptedPatient(loadCase(caseId));
  const outcomes = questions.map((question) => {
    const turns: Turn[] = [];
    for (const before of question.before) {
      turns.push({ speaker: 'student', text: before });
      turns.push({ speaker: 'patient', text: patient.answer(turns).text });
    }
    turns.push({ speaker: 'student', text: question.q });
    const response = patient.answer(turns);
    return { question, response, ...judge(question, response) };
  });
  const accuracy = outcomes.filter((o) => o.correct).length / outcomes.length;
  return { caseId, outcomes, accuracy };
}
