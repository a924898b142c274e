import { APIError, type OpenAI } from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type * as z from 'zod';
import {
  buildGraderPrompt,
  GRADER_JSON_SCHEMA,
  GRADER_SCHEMA_NAME,
  JSON_ONLY_INSTRUCTION,
  ModelGradingResult,
  type GraderPrompt,
} from './grader-prompt';
import type { GradingResult } from './schema';
import type { Grader, GraderOutput, GraderRecord, GradingInput } from './types';

// The LLM grader: one Chat Completions call per session, asking for structured output, and the
// answer parsed, never trusted. Servers differ: some enforce json_schema, some reject it (then
// json_object, then plain "JSON only" instructions), some accept it and answer in prose (then
// the first JSON object in the text). A malformed or invalid answer gets one repair request
// with the validation messages; after that a GradingFormatError. Errors the SDK raises (auth,
// model not found, rate limits after its retries, aborts) reach the caller unchanged.
// Whether the quotes are real is not checked here: the grounding step does that.

export interface LlmGraderOptions {
  client: OpenAI;
  model: string;
  /** Left out of the request when undefined (some reasoning models refuse it). */
  temperature?: number;
  /** Cancels every grading of this grader; `grade(input, signal)` can cancel one. */
  signal?: AbortSignal;
  /**
   * Per request, until the whole answer has arrived (the request does not stream). Longer than
   * the client's default: a local model may take minutes to write a full grading.
   */
  timeoutMs?: number;
}

export const DEFAULT_GRADER_TIMEOUT_MS = 180_000;

/** How the request asks for JSON, strongest first. */
export const OUTPUT_MODES = ['json_schema', 'json_object', 'text'] as const;
export type OutputMode = (typeof OUTPUT_MODES)[number];

/** The model's answer was still not a valid grading after the repair request. */
export class GradingFormatError extends Error {
  override readonly name = 'GradingFormatError';
  /** What was wrong with the last answer: JSON errors or `path: message` from validation. */
  readonly issues: readonly string[];
  /** The last answer's text (model output only; it never holds the request or its key). */
  readonly raw: string;

  constructor(issues: readonly string[], raw: string) {
    super(`The grading model's answer was not a valid grading, even after one repair request: ${issues.slice(0, 5).join('; ')}`);
    this.issues = issues;
    this.raw = raw;
  }
}

export function createLlmGrader(options: LlmGraderOptions): Grader {
  const { client, model, temperature } = options;
  const timeout = options.timeoutMs ?? DEFAULT_GRADER_TIMEOUT_MS;
  // The strongest mode this server has accepted: later sessions do not ask again for what it rejected.
  let firstMode = 0;

  async function grade(input: GradingInput, signal?: AbortSignal): Promise<GraderOutput> {
    const prompt = buildGraderPrompt(input);
    const abort = anySignal(options.signal, signal);

    async function send(mode: OutputMode, messages: ChatCompletionMessageParam[]): Promise<ChatCompletion> {
      return client.chat.completions.create(requestBody(model, temperature, mode, messages), { signal: abort, timeout });
    }

    // The first request: from the strongest mode not yet rejected, down while the server rejects the format.
    let modeIndex = firstMode;
    let completion: ChatCompletion | undefined;
    while (!completion) {
      const mode = OUTPUT_MODES[modeIndex] ?? 'text';
      try {
        completion = await send(mode, messagesFor(prompt, mode));
      } catch (error) {
        if (modeIndex >= OUTPUT_MODES.length - 1 || !rejectsResponseFormat(error)) throw error;
        modeIndex++;
      }
    }
    firstMode = modeIndex;
    const mode = OUTPUT_MODES[modeIndex] ?? 'text';
    const messages = messagesFor(prompt, mode);

    let raw = contentOf(completion);
    let parsed = parseAnswer(completion);
    if (!parsed.ok) {
      const repair: ChatCompletionMessageParam[] = [
        ...messages,
        ...(raw.trim() !== '' ? [{ role: 'assistant' as const, content: raw }] : []),
        { role: 'user', content: repairRequest(parsed.issues, completion) },
      ];
      completion = await send(mode, repair);
      raw = contentOf(completion);
      parsed = parseAnswer(completion);
      if (!parsed.ok) throw new GradingFormatError(parsed.issues, raw);
    }

    const grader: GraderRecord = {
      kind: 'llm',
      version: prompt.version,
      hash: prompt.hash,
      model,
      modelAnswered: completion.model,
      ...(temperature !== undefined ? { temperature } : {}),
    };
    return { result: parsed.value, grader, raw };
  }

  return { grade };
}

function requestBody(
  model: string,
  temperature: number | undefined,
  mode: OutputMode,
  messages: ChatCompletionMessageParam[],
): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model,
    messages,
    stream: false,
    ...(temperature !== undefined ? { temperature } : {}),
  };
  if (mode === 'json_schema') {
    body.response_format = {
      type: 'json_schema',
      json_schema: { name: GRADER_SCHEMA_NAME, strict: true, schema: { ...GRADER_JSON_SCHEMA } },
    };
  } else if (mode === 'json_object') {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

/** The system prompt first and byte-identical (providers cache it); the format instruction when the server cannot enforce it. */
function messagesFor(prompt: GraderPrompt, mode: OutputMode): ChatCompletionMessageParam[] {
  return [
    { role: 'system', content: prompt.system },
    ...(mode === 'json_schema' ? [] : [{ role: 'system' as const, content: JSON_ONLY_INSTRUCTION }]),
    { role: 'user', content: prompt.user },
  ];
}

const FORMAT_WORDS = /response[_ ]?format|json[_ ]?schema|json[_ ]?object|structured[_ ]output|guided[_ ]json/i;

/**
 * A server that cannot do what response_format asks answers 400 or 422 naming it. Some
 * servers (FastAPI-style bodies the SDK cannot read) give no reason at all: a 400/422 without
 * one is taken as a rejection too; the next mode costs one request, and the weakest mode's
 * error reaches the caller anyway.
 */
export function rejectsResponseFormat(error: unknown): boolean {
  if (!(error instanceof APIError) || (error.status !== 400 && error.status !== 422)) return false;
  const param = typeof error.param === 'string' ? error.param : '';
  return FORMAT_WORDS.test(error.message) || FORMAT_WORDS.test(param) || / status code \(no body\)$/.test(error.message);
}

function contentOf(completion: ChatCompletion): string {
  return completion.choices[0]?.message.content ?? '';
}

/** A refusal (OpenAI's structured output) comes instead of content: say so in the repair request. */
function parseAnswer(completion: ChatCompletion): Parsed {
  const message = completion.choices[0]?.message;
  const refusal = message?.refusal;
  if (!message?.content && refusal) return { ok: false, issues: [`The answer was a refusal: ${refusal}`] };
  return parseGrading(message?.content ?? '');
}

type Parsed = { ok: true; value: GradingResult } | { ok: false; issues: string[] };

const MAX_ISSUES = 20;

/** The answer as a grading: JSON (or the first JSON object in prose), then the schema. */
export function parseGrading(raw: string): Parsed {
  if (raw.trim() === '') return { ok: false, issues: ['The answer was empty.'] };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    value = extractFirstJsonObject(raw);
    if (value === undefined) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, issues: [`The answer is not valid JSON (${reason}).`] };
    }
  }
  const result = ModelGradingResult.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: issueLines(result.error) };
}

function issueLines(error: z.ZodError): string[] {
  const lines = error.issues.slice(0, MAX_ISSUES).map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
  const more = error.issues.length - MAX_ISSUES;
  if (more > 0) lines.push(`… and ${more} more problem${more === 1 ? '' : 's'}.`);
  return lines;
}

/** `checklist[2].status`, as the repair request and the error show it. */
function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`)).join('');
}

/**
 * The first balanced `{…}` in the text that parses as a JSON object: models that ignore the
 * format wrap it in prose or code fences. Braces inside JSON strings are skipped over. Only
 * outermost objects are tried: a part of a broken or cut-off answer is not the answer.
 */
export function extractFirstJsonObject(text: string): Record<string, unknown> | undefined {
  let start = text.indexOf('{');
  while (start !== -1) {
    const end = matchingBrace(text, start);
    // Unclosed: everything after is inside it.
    if (end === -1) return undefined;
    try {
      const value: unknown = JSON.parse(text.slice(start, end + 1));
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    } catch {
      // Prose in braces, or a broken object: look after it.
    }
    start = text.indexOf('{', end + 1);
  }
  return undefined;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

function repairRequest(issues: readonly string[], completion: ChatCompletion): string {
  const cutOff = completion.choices[0]?.finish_reason === 'length';
  return [
    cutOff
      ? 'Your answer was cut off before it ended. Keep rationales, advice and comments shorter.'
      : 'Your answer could not be used:',
    ...issues.map((issue) => `- ${issue}`),
    'Answer again with the complete, corrected JSON object only: no text before or after it, no code fences, every property present.',
  ].join('\n');
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal | undefined): AbortSignal | undefined {
  return a && b ? AbortSignal.any([a, b]) : (a ?? b);
}
