import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { parse } from 'yaml';
import { Case } from '../../src/case/schema';
import { buildGraderPrompt, GRADER_JSON_SCHEMA } from '../../src/grading/grader-prompt';
import { verifyGrading } from '../../src/grading/grounding';
import {
  createLlmGrader,
  extractFirstJsonObject,
  GradingFormatError,
  rejectsResponseFormat,
  type LlmGraderOptions,
} from '../../src/grading/llm-grader';
import { COMMUNICATION_DOMAINS, GradingResult } from '../../src/grading/schema';
import type { GradingInput, TranscriptTurn } from '../../src/grading/types';
import { createLlmClient, type LlmFetch } from '../../src/llm/client';
import type { LlmSettings } from '../../src/llm/settings';
import { rawText, startMockLlm, type MockLlm } from '../mock-llm/server';

// The LLM grader through the real openai SDK against the mock server over loopback. The mock's
// jsonResponder plays the grading model: each test queues the answers it gives, in order.

const caseFile = Case.parse(parse(readFileSync('cases/postop-ileus.yaml', 'utf8')));

const transcript: TranscriptTurn[] = [
  { turn: 1, speaker: 'student', text: "Hello, I'm Alex, one of the junior doctors on the ward. Could you tell me your name?" },
  { turn: 2, speaker: 'patient', text: 'Maria Keller. I feel awful. My belly is so swollen and I keep being sick.' },
  { turn: 3, speaker: 'student', text: "I'm sorry to hear that. When did the sickness start, and how often have you been sick?" },
  { turn: 4, speaker: 'patient', text: "The sickness started last night, and I've been sick three times since then." },
  { turn: 5, speaker: 'student', text: 'Have you passed any wind since the operation?' },
  { turn: 6, speaker: 'patient', text: "I... haven't passed any wind at all since the operation." },
  { turn: 7, speaker: 'student', text: 'Are you allergic to any medicines?' },
  { turn: 8, speaker: 'patient', text: 'No allergies that I know of.' },
];

const input: GradingInput = {
  caseFile,
  transcript,
  note: {
    summary: '68-year-old woman on day 3 after sigmoid colectomy, vomiting since last night, no flatus since the operation.',
    differential: ['Postoperative ileus', 'Small-bowel obstruction from adhesions', 'Gastroenteritis'],
  },
};

const judged: Record<string, GradingResult['checklist'][number]> = {
  'ask-vomiting': {
    itemId: 'ask-vomiting',
    status: 'partial',
    evidence: [
      { turn: 3, quote: 'When did the sickness start, and how often have you been sick?' },
      { turn: 4, quote: "I've been sick three times since then" },
    ],
    rationale: 'Onset and frequency asked; the content of the vomit was not.',
  },
  'ask-flatus': {
    itemId: 'ask-flatus',
    status: 'met',
    evidence: [{ turn: 5, quote: 'Have you passed any wind since the operation?' }],
    rationale: 'Asked directly about flatus.',
  },
  'ask-allergies': {
    itemId: 'ask-allergies',
    status: 'met',
    evidence: [{ turn: 7, quote: 'Are you allergic to any medicines?' }],
    rationale: 'Asked about drug allergies.',
  },
};

/** A careful grading of the transcript above, as a good model would give it. */
const validGrading: GradingResult = {
  checklist: caseFile.checklist.map(
    (item) => judged[item.id] ?? { itemId: item.id, status: 'missed', evidence: [], rationale: 'Not asked.' },
  ),
  communication: COMMUNICATION_DOMAINS.map((domain) =>
    domain === 'introduction'
      ? {
          domain,
          score: 4,
          evidence: [{ turn: 1, quote: "Hello, I'm Alex, one of the junior doctors on the ward." }],
          advice: 'Also say why you have come and how long it will take.',
        }
      : { domain, score: 2, evidence: [], advice: 'Give this part of the consultation time.' },
  ),
  misinformation: [],
  note: {
    summaryAccurate: true,
    summaryComments: 'Accurate but leaves out the distension.',
    diagnosisNamed: true,
    diagnosisRank: 1,
    wrongDifferentials: ['Gastroenteritis'],
    missedRedFlags: ['Falling urine output (hypovolaemia, acute kidney injury)'],
    comments: 'Good first choice; gastroenteritis does not fit day 3 after bowel surgery.',
  },
  strengths: ['You asked about flatus directly, which matters most here.'],
  nextSteps: ['Ask about urine output and opioid use next time.'],
};

/** Everything met, quotes the student never said: the grounding step must catch this, not the grader. */
const inflatedGrading: GradingResult = {
  ...validGrading,
  checklist: caseFile.checklist.map((item) => ({
    itemId: item.id,
    status: 'met',
    evidence: [{ turn: 3, quote: `Tell me about ${item.text.toLowerCase()}` }],
    rationale: 'Fully covered.',
  })),
  communication: COMMUNICATION_DOMAINS.map((domain) => ({
    domain,
    score: 5,
    evidence: [{ turn: 1, quote: 'I completely understand how you feel, Mrs Keller.' }],
    advice: 'Keep it up.',
  })),
};

const API_KEY = 'sk-test-0123456789abcdef-secret';

let server: MockLlm;
/** Every request body that went over the wire, rejected ones too. */
let wire: Record<string, unknown>[] = [];
let answers: unknown[] = [];

beforeAll(async () => {
  server = await startMockLlm({
    cases: [caseFile],
    jsonResponder: () =>
      // The queued answers in turn; the last one again when the queue is down to it.
       answers.length > 1 ? answers.shift() : answers[0],
  });
});
afterAll(() => server.close());
beforeEach(() => {
  wire = [];
  answers = [];
});

const recordingFetch: LlmFetch = async (url, init) => {
  wire.push(JSON.parse(String(init?.body)) as Record<string, unknown>);
  return fetch(url, init);
};

function client(): OpenAI {
  const settings: LlmSettings = {
    provider: 'custom',
    baseUrl: server.url,
    apiKey: API_KEY,
    rememberKey: false,
    patientModel: 'mock-patient',
    graderModel: 'mock-grader',
    temperature: 0.7,
  };
  return createLlmClient(settings, { fetch: recordingFetch, maxRetries: 0, timeoutMs: 10_000 });
}

function grader(model = 'mock-grader', options: Partial<LlmGraderOptions> = {}) {
  return createLlmGrader({ client: client(), model, temperature: 0, ...options });
}

const formatsSent = () => wire.map((body) => (body.response_format as { type?: string } | undefined)?.type ?? 'none');
const lastMessages = () => (wire.at(-1)?.messages ?? []) as { role: string; content: string }[];

describe('LLM grader: a valid answer', () => {
  it('parses a hand-made grading of a real case, with the record to reproduce it', async () => {
    answers = [validGrading];
    const output = await grader().grade(input);

    expect(output.result).toEqual(validGrading);
    const prompt = buildGraderPrompt(input);
    expect(output.grader).toEqual({
      kind: 'llm',
      version: prompt.version,
      hash: prompt.hash,
      model: 'mock-grader',
      modelAnswered: 'mock-grader',
      temperature: 0,
    });
    expect(JSON.parse(output.raw ?? '')).toEqual(validGrading);
    // One call, asking for strict structured output with the grader's schema.
    expect(wire).toHaveLength(1);
    expect(wire[0]).toMatchObject({
      model: 'mock-grader',
      temperature: 0,
      response_format: { type: 'json_schema', json_schema: { name: 'grading', strict: true, schema: GRADER_JSON_SCHEMA } },
    });
    expect(lastMessages().map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('sends no temperature when none is set, and records none', async () => {
    answers = [validGrading];
    const output = await createLlmGrader({ client: client(), model: 'mock-grader' }).grade(input);
    expect(wire[0]).not.toHaveProperty('temperature');
    expect(output.grader).not.toHaveProperty('temperature');
  });
});

describe('LLM grader: malformed answers get one repair request', () => {
  it('malformed JSON, then a valid answer: the repair succeeds and quotes the error back', async () => {
    const broken = JSON.stringify(validGrading).replace('"checklist":', '"checklist"');
    answers = [rawText(broken), validGrading];
    const output = await grader().grade(input);

    expect(output.result).toEqual(validGrading);
    expect(wire).toHaveLength(2);
    const repair = lastMessages();
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2]?.content).toBe(broken);
    expect(repair[3]?.content).toMatch(/not valid JSON/);
    expect(repair[3]?.content).toMatch(/corrected JSON object only/);
  });

  it('malformed JSON twice (mock-fault-bad-json): GradingFormatError with the messages, never the key', async () => {
    answers = [validGrading];
    const error = await grader('mock-fault-bad-json').grade(input).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GradingFormatError);
    const formatError = error as GradingFormatError;
    expect(formatError.issues.join('\n')).toMatch(/not valid JSON/);
    expect(formatError.message).toMatch(/not a valid grading, even after one repair request/);
    expect(formatError.raw.length).toBeGreaterThan(0);
    expect(`${formatError.message}\n${formatError.raw}\n${formatError.issues.join('\n')}`).not.toContain(API_KEY);
    expect(wire).toHaveLength(2);
  });

  it('truncated JSON (cut off mid-answer), then a complete one: parses after the repair', async () => {
    const full = JSON.stringify(validGrading);
    answers = [rawText(full.slice(0, Math.floor(full.length * 0.8))), validGrading];
    const output = await grader().grade(input);

    expect(output.result).toEqual(validGrading);
    expect(wire).toHaveLength(2);
    expect(lastMessages()[3]?.content).toMatch(/not valid JSON/);
  });

  it('JSON that breaks the schema twice: GradingFormatError naming each path', async () => {
    const wrong = {
      ...validGrading,
      communication: [{ ...validGrading.communication[0], score: 7 }],
      checklist: [{ ...validGrading.checklist[0], status: 'unverified' }],
      extra: 'field',
    };
    answers = [wrong];
    const error = await grader().grade(input).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GradingFormatError);
    const issues = (error as GradingFormatError).issues.join('\n');
    expect(issues).toMatch(/^communication\[0\]\.score: /m);
    // `unverified` is the grounding step's verdict, never the model's.
    expect(issues).toMatch(/^checklist\[0\]\.status: /m);
    expect(issues).toMatch(/extra/);
    expect(lastMessages()[3]?.content).toContain('communication[0].score');
    expect(wire).toHaveLength(2);
  });

  it('a root that is not an object is repaired like any invalid answer', async () => {
    answers = [[validGrading], validGrading];
    await expect(grader().grade(input)).resolves.toMatchObject({ result: validGrading });
    expect(wire).toHaveLength(2);
  });
});

describe('LLM grader: valid but doubtful answers are returned as they are', () => {
  it('keeps unknown and missing item ids (grounding drops what the case does not have)', async () => {
    const inconsistent: GradingResult = {
      ...validGrading,
      checklist: [
        ...validGrading.checklist.slice(1),
        { itemId: 'ask-horoscope', status: 'met', evidence: [{ turn: 1, quote: 'Hello' }], rationale: 'Asked about stars.' },
      ],
    };
    answers = [inconsistent];
    const output = await grader().grade(input);

    expect(output.result).toEqual(inconsistent);
    expect(output.result.checklist.map((j) => j.itemId)).toContain('ask-horoscope');
    expect(output.result.checklist.map((j) => j.itemId)).not.toContain(caseFile.checklist[0]?.id);
    expect(wire).toHaveLength(1);
  });

  it('returns an inflated grading (everything met, quotes invented) as-is: no repair, no downgrade here', async () => {
    answers = [inflatedGrading];
    const output = await grader().grade(input);

    expect(output.result).toEqual(inflatedGrading);
    expect(output.result.checklist.every((j) => j.status === 'met')).toBe(true);
    expect(wire).toHaveLength(1);
  });

  it('grounding then turns the inflated items unverified and keeps the honest grading as it was', async () => {
    answers = [inflatedGrading];
    const inflated = verifyGrading((await grader().grade(input)).result, input);
    expect(inflated.unverifiedItems).toEqual(caseFile.checklist.map((item) => item.id));
    expect(inflated.result.checklist.every((j) => j.status === 'unverified' && j.evidence.length === 0)).toBe(true);
    expect(inflated.result.communication.every((c) => c.evidence.length === 0)).toBe(true);

    answers = [validGrading];
    const honest = verifyGrading((await grader().grade(input)).result, input);
    expect(honest.unverifiedItems).toEqual([]);
    expect(honest.result.checklist).toEqual(validGrading.checklist);
  });

  it('grounding drops the unknown item id the grader kept, and adds the missing one as missed', async () => {
    answers = [{ ...validGrading, checklist: [...validGrading.checklist.slice(1), { itemId: 'ask-horoscope', status: 'missed', evidence: [], rationale: '' }] }];
    const verified = verifyGrading((await grader().grade(input)).result, input);
    expect(verified.result.checklist.map((j) => j.itemId)).toEqual(caseFile.checklist.map((item) => item.id));
    expect(verified.result.checklist[0]).toMatchObject({ itemId: caseFile.checklist[0]?.id, status: 'missed' });
  });
});

describe('LLM grader: servers without structured output', () => {
  it('a server that rejects json_schema: falls back to json_object with the schema in the prompt, and remembers', async () => {
    answers = [validGrading];
    const noSchema = grader('mock-no-json-schema');
    const output = await noSchema.grade(input);

    expect(output.result).toEqual(validGrading);
    expect(formatsSent()).toEqual(['json_schema', 'json_object']);
    const messages = lastMessages();
    expect(messages.map((m) => m.role)).toEqual(['system', 'system', 'user']);
    expect(messages[1]?.content).toMatch(/^Answer with JSON only/);
    expect(messages[1]?.content).toContain(JSON.stringify(GRADER_JSON_SCHEMA));

    await noSchema.grade(input);
    expect(formatsSent()).toEqual(['json_schema', 'json_object', 'json_object']);
  });

  it('a server that rejects every response_format: plain "JSON only" instructions, JSON found in the prose', async () => {
    answers = [validGrading];
    const output = await grader('mock-no-response-format').grade(input);

    expect(output.result).toEqual(validGrading);
    expect(formatsSent()).toEqual(['json_schema', 'json_object', 'none']);
    expect(output.raw).toMatch(/^Sure! Here is the answer/);
    expect(lastMessages()[1]?.content).toMatch(/^Answer with JSON only/);
  });

  it('a server that accepts json_schema but answers in prose: the JSON object in the text is used', async () => {
    answers = [validGrading];
    const output = await grader('mock-ignores-response-format').grade(input);

    expect(output.result).toEqual(validGrading);
    expect(formatsSent()).toEqual(['json_schema']);
  });
});

describe('LLM grader: errors the SDK raises reach the caller', () => {
  it('a rejected key is an AuthenticationError, asked once', async () => {
    answers = [validGrading];
    await expect(grader('mock-fault-401').grade(input)).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    expect(wire).toHaveLength(1);
  });

  it('a 400 about something else than response_format is not a reason to fall back', async () => {
    await expect(grader('mock-fault-no-such-fault').grade(input)).rejects.toBeInstanceOf(OpenAI.BadRequestError);
    expect(formatsSent()).toEqual(['json_schema']);
  });

  it('an abort stops the grading', async () => {
    answers = [validGrading];
    await expect(grader().grade(input, AbortSignal.abort())).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
    const aborted = createLlmGrader({ client: client(), model: 'mock-grader', signal: AbortSignal.abort() });
    await expect(aborted.grade(input)).rejects.toBeInstanceOf(OpenAI.APIUserAbortError);
  });
});

describe('LLM grader helpers', () => {
  it('rejectsResponseFormat: 400/422 naming response_format, or giving no reason; nothing else', () => {
    const headers = new Headers();
    const bad = (status: number, error: object | undefined) => OpenAI.APIError.generate(status, error && { error }, undefined, headers);
    expect(rejectsResponseFormat(bad(400, { message: "Invalid parameter: 'response_format' of type 'json_schema' is not supported." }))).toBe(true);
    expect(rejectsResponseFormat(bad(400, { message: 'Unsupported value', param: 'response_format.type' }))).toBe(true);
    expect(rejectsResponseFormat(bad(422, undefined))).toBe(true);
    expect(rejectsResponseFormat(bad(400, { message: "This model's maximum context length is 8192 tokens." }))).toBe(false);
    expect(rejectsResponseFormat(bad(404, { message: 'response_format model not found' }))).toBe(false);
    expect(rejectsResponseFormat(new Error('response_format'))).toBe(false);
  });

  it('extractFirstJsonObject: past braces in prose, braces inside strings, fences', () => {
    expect(extractFirstJsonObject('Format {like this}: ```json\n{"a": "}{", "b": {"c": [1]}}\n``` {x}')).toEqual({ a: '}{', b: { c: [1] } });
    expect(extractFirstJsonObject('{"quote": "he said \\"}\\" twice"} and {"b": 2}')).toEqual({ quote: 'he said "}" twice' });
    expect(extractFirstJsonObject('{"cut": "off')).toBeUndefined();
    // A cut-off answer's inner objects are not the answer.
    expect(extractFirstJsonObject('{"checklist": [{"itemId": "a"}, {"itemId": "b"')).toBeUndefined();
    expect(extractFirstJsonObject('{"broken" {"inner": 1}} then {"next": 2}')).toEqual({ next: 2 });
    expect(extractFirstJsonObject('no json here')).toBeUndefined();
  });
});
