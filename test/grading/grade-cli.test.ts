import { execFile } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Case } from '../../src/case/schema';
import { quoteOccursIn } from '../../src/grading/grounding';
import type { GradingResult } from '../../src/grading/schema';
import { scoreChecklist } from '../../src/grading/score';
import { startMockLlm, type MockLlm } from '../mock-llm/server';
import { root } from './verification-fixtures';

// `npm run grade` as a child process, on files as a user would write them.

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const CASE = 'cases/postop-ileus.yaml';
const caseFile = Case.parse(parse(readFileSync(join(root, CASE), 'utf8')));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function grade(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(tsx, ['scripts/grade.ts', ...args], { cwd: root, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const turns: [string, string][] = [
  ['Doctor', "Hello, I'm Alex, one of the junior doctors. What's troubling you most?"],
  ['Patient', 'I feel awful. My belly is so swollen and I keep being sick.'],
  ['Doctor', 'When did the sickness start, and how many times have you been sick?'],
  ['Patient', "The sickness started last night, and I've been sick three times since then."],
  ['Doctor', 'Have you passed any wind since the operation?'],
  ['Patient', "I... haven't passed any wind at all since the operation."],
  ['Doctor', 'Have you opened your bowels since the operation?'],
  ['Patient', "No, I haven't opened my bowels since the operation."],
  ['Doctor', 'Are you allergic to any medicines?'],
  ['Patient', 'No allergies that I know of.'],
];

let dir: string;
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

let jsonTranscript: string;
let textTranscript: string;
let jsonNote: string;
let textNote: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'anamnesis-grade-'));
  jsonTranscript = file(
    'transcript.json',
    JSON.stringify(turns.map(([who, text]) => ({ role: who === 'Doctor' ? 'user' : 'assistant', content: text }))),
  );
  textTranscript = file('transcript.txt', `${turns.map(([who, text]) => `${who}: ${text}`).join('\n\n')}\n`);
  jsonNote = file(
    'note.json',
    JSON.stringify({
      summary: '68-year-old woman, day 3 after sigmoid colectomy: vomiting three times since last night, no flatus or stool since the operation.',
      differential: ['Postoperative ileus', 'Small bowel obstruction', 'Appendicitis'],
      plan: 'NG tube, IV fluids, bloods.',
    }),
  );
  textNote = file('note.txt', 'Day 3 after colectomy, vomiting, no flatus.\n\nDifferential:\n1. Small bowel obstruction\n2. Ileus\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Output {
  case: { id: string; version: number; hash: string };
  grader: { kind: string; version: string; hash: string; model?: string };
  score: ReturnType<typeof scoreChecklist>;
  result: GradingResult;
  verification: { droppedFlags: number; unverifiedItems: string[] };
  disagreements: unknown[] | null;
}

function expectGrounded(output: Output, said: readonly string[]) {
  for (const judgement of output.result.checklist) {
    for (const evidence of judgement.evidence) expect(quoteOccursIn(evidence.quote, said[evidence.turn - 1] ?? '')).toBe(true);
  }
}

describe('npm run grade with the rule grader', () => {
  it('grades a JSON transcript and note into one JSON object', async () => {
    const { code, stdout, stderr } = await grade(['--case', CASE, '--transcript', jsonTranscript, '--note', jsonNote]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(Object.keys(output)).toEqual(['case', 'grader', 'score', 'result', 'verification', 'disagreements']);
    expect(output.case).toEqual({ id: 'postop-ileus', version: caseFile.version, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(output.grader.kind).toBe('rule');
    expect(output.result.checklist.map((j) => j.itemId)).toEqual(caseFile.checklist.map((item) => item.id));
    expect(output.score).toEqual(scoreChecklist(caseFile, output.result.checklist));
    expect(output.result.checklist.find((j) => j.itemId === 'ask-flatus')?.status).toBe('met');
    expect(output.result.checklist.find((j) => j.itemId === 'ask-urine')?.status).toBe('missed');
    expect(output.result.note).toMatchObject({ diagnosisNamed: true, diagnosisRank: 1 });
    expect(output.disagreements).toBeNull();
    expectGrounded(output, turns.map(([, text]) => text));
  }, 30_000);

  it('grades a plain-text transcript and note the same way', async () => {
    const { code, stdout } = await grade(['--case', CASE, '--transcript', textTranscript, '--note', textNote]);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output.result.checklist.find((j) => j.itemId === 'ask-stool')?.status).toBe('met');
    expect(output.result.note).toMatchObject({ diagnosisRank: 2 });
    expectGrounded(output, turns.map(([, text]) => text));
  }, 30_000);

  it('grades without a note', async () => {
    const { code, stdout } = await grade(['--case', CASE, '--transcript', textTranscript]);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Output).result.note).toBeNull();
  }, 30_000);
});

describe('npm run grade refuses bad input', () => {
  it('names the line of a transcript it cannot read, exit code 1', async () => {
    const bad = file('bad.txt', 'Doctor: Hello.\n\n[nurse] who says this?\n');
    const { code, stdout, stderr } = await grade(['--case', CASE, '--transcript', bad]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(`${bad}:3: cannot tell who speaks: "[nurse] who says this?" (use [doctor], [student] or [patient])`);
  }, 30_000);

  it('prints a broken case file’s problems like cases:check, exit code 1', async () => {
    const { code, stderr } = await grade(['--case', 'test/fixtures/broken-cases/wrong-enum.yaml', '--transcript', textTranscript]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/wrong-enum\.yaml:\d+:\d+/);
  }, 30_000);

  it('says which file it cannot read, exit code 1', async () => {
    const { code, stderr } = await grade(['--case', CASE, '--transcript', textTranscript, '--note', join(dir, 'missing.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain('missing.txt: no such file');
  }, 30_000);

  it.each([
    [[], '--case and --transcript are required'],
    [['--case', CASE, '--transcript', 't.txt', '--verbose'], "Unknown option '--verbose'"],
    [['--case', CASE, '--transcript', 't.txt', '--model', 'm'], '--model and --base-url go together'],
    [['--case', CASE, '--transcript', 't.txt', '--api-key', 'sk-abc'], 'Do not pass the API key as an argument'],
    [['--case', CASE, '--transcript', 't.txt', '--model', 'm', '--base-url', 'http://x', '--api-key-env', 'ANAMNESIS_UNSET_KEY'], 'ANAMNESIS_UNSET_KEY is not set'],
  ])('usage %j: exit code 2', async (args, message) => {
    const { code, stderr } = await grade(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Usage: npm run grade');
    expect(stderr).not.toContain('sk-abc');
  }, 30_000);
});

describe('npm run grade with an LLM grader', () => {
  const KEY = 'sk-grade-cli-test-0123456789';
  let server: MockLlm;
  let answer: unknown;
  // A pass-through in front of the mock server, to see the Authorization header the CLI sends.
  let proxy: Server;
  let proxyUrl: string;
  const authorizations: (string | undefined)[] = [];

  beforeAll(async () => {
    server = await startMockLlm({ cases: [caseFile], jsonResponder: () => answer });
    proxy = createServer((req, res) => {
      authorizations.push(req.headers.authorization);
      const upstream = httpRequest(`${server.url.replace(/\/v1$/, '')}${req.url ?? ''}`, { method: req.method, headers: req.headers }, (reply) => {
        res.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(res);
      });
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    await new Promise((resolve) => proxy.close(resolve));
    await server.close();
  });

  it('verifies the model’s grading, scores it and cross-checks it with the rule grader', async () => {
    answer = {
      checklist: caseFile.checklist.map((item) => ({
        itemId: item.id,
        status: item.id === 'ask-flatus' || item.id === 'ask-urine' ? 'met' : 'missed',
        evidence:
          item.id === 'ask-flatus'
            ? [{ turn: 5, quote: 'Have you passed any wind since the operation?' }]
            : item.id === 'ask-urine'
              ? [{ turn: 7, quote: 'How much urine are you passing?' }]
              : [],
        rationale: 'Judged.',
      })),
      communication: [],
      misinformation: [
        { turn: 9, speaker: 'student', quote: 'Metoclopramide will sort you out', problem: 'p', correction: 'c', severity: 'high', source: 'case-misconception' },
      ],
      note: null,
      strengths: ['Asked about wind.'],
      nextSteps: ['Ask about urine output.'],
    };
    const { code, stdout, stderr } = await grade(
      ['--case', CASE, '--transcript', textTranscript, '--model', 'mock-grader', '--base-url', proxyUrl, '--api-key-env', 'GRADE_CLI_TEST_KEY'],
      { GRADE_CLI_TEST_KEY: KEY },
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output.grader).toMatchObject({ kind: 'llm', model: 'mock-grader' });
    expect(output.verification).toEqual({ droppedFlags: 1, unverifiedItems: ['ask-urine'] });
    expect(output.result.checklist.find((j) => j.itemId === 'ask-urine')?.rationale).toBe('Evidence not found in the transcript: Judged.');
    expect(output.score).toEqual(scoreChecklist(caseFile, output.result.checklist));
    // The rule grader found the stool and allergy questions that this model missed.
    expect(output.disagreements).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'checklist', itemId: 'ask-stool', llm: 'missed', rule: 'met' })]),
    );
    expect(authorizations).toEqual([`Bearer ${KEY}`]);
    expect(stdout + stderr).not.toContain(KEY);
  }, 30_000);

  it('says plainly when the server cannot be reached, exit code 1, without the key', async () => {
    const { code, stdout, stderr } = await grade(
      ['--case', CASE, '--transcript', textTranscript, '--model', 'mock-grader', '--base-url', 'http://127.0.0.1:9/v1', '--api-key-env', 'GRADE_CLI_TEST_KEY'],
      { GRADE_CLI_TEST_KEY: KEY },
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Grading failed: /);
    expect(stderr).not.toContain(KEY);
  }, 60_000);
});
