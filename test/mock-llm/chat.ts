import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Case } from '../../src/case/schema';
import type { Patient } from '../../src/patient/types';
import { answerStatusFault, chooseFault, slowDelayMs, unknownFaultBody, type Fault, type OnceKeys } from './faults';
import { errorBody, sendError, sleep, untilAborted, type OpenAiErrorBody } from './http';
import { cut, sendBody } from './respond';
import { jsonFromSchema } from './json-from-schema';
import { answersInProse, formatRejection, inProse, RawText } from './json-support';
import { findCase, messageText, toTurns } from './messages';
import { parseChatRequest, type ChatRequest } from './request';
import { countTokens, SseWriter, toPieces, type CompletionMeta, type Usage } from './sse';

// POST /v1/chat/completions: the scripted patient (or a JSON answer for response_format),
// streamed or not, with the fault the request asked for.

export interface JsonRequest {
  request: ChatRequest;
  /** `response_format.json_schema.schema`, absent for json_object. */
  schema: Record<string, unknown> | undefined;
  schemaName: string | undefined;
  /** The case named in the system prompt, if any. */
  case: Case | undefined;
}
/**
 * Supplies the structured answer (a grader, later), or a promise of it; undefined falls back to a
 * schema instance. A `RawText` (see json-support.ts) is sent as its text, unchanged.
 */
export type JsonResponder = (request: JsonRequest) => unknown;

export interface ChatContext {
  cases: readonly Case[];
  createPatient: (c: Case) => Patient;
  jsonResponder: JsonResponder | undefined;
  tokenDelayMs: number;
  onceKeys: OnceKeys;
  nextId: () => number;
}

/** How many content chunks `cut` sends before it drops the connection. */
export const CUT_AFTER_CHUNKS = 3;

export async function handleChat(
  req: IncomingMessage,
  res: ServerResponse,
  raw: string,
  ctx: ChatContext,
  signal: AbortSignal,
): Promise<void> {
  const parsed = parseChatRequest(raw);
  if (!parsed.ok) return sendError(res, 400, parsed.error);
  const request = parsed.request;

  const choice = chooseFault(req, request.model);
  if ('unknown' in choice) return sendError(res, 400, unknownFaultBody(choice.unknown));
  const fault = choice.fault;
  const failOnce = () => fault !== undefined && ctx.onceKeys.firstTime(req, fault, raw);
  if (fault && answerStatusFault(res, fault, { model: request.model, failOnce })) return;

  const format = request.response_format;
  const rejection = formatRejection(request.model, format);
  if (rejection) return sendError(res, 400, rejection);
  const prose = answersInProse(request.model);
  const wantsJson = prose || format?.type === 'json_object' || format?.type === 'json_schema';
  const found = findCase(request.messages, ctx.cases);
  const source = wantsJson
    ? await jsonSource(request, found, ctx, fault, prose)
    : patientSource(request, found, ctx, signal);
  if ('error' in source) return sendError(res, 400, source.error);

  const n = ctx.nextId();
  const meta: CompletionMeta = {
    id: `chatcmpl-mock${String(n).padStart(6, '0')}`,
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    systemFingerprint: 'fp_mock',
  };
  const promptTokens = request.messages.reduce((sum, m) => sum + countTokens(messageText(m)), 0);
  const run: Run = { res, meta, fault, promptTokens, signal, requestId: `req_mock${n}` };
  const delayMs = fault === 'slow' ? slowDelayMs(req) : ctx.tokenDelayMs;
  try {
    const includeUsage = request.stream_options?.include_usage === true;
    if (request.stream) await stream(run, source.text, includeUsage, wantsJson, delayMs);
    else await complete(run, source.text, wantsJson, delayMs);
  } catch (error) {
    const message = `The mock model failed: ${error instanceof Error ? error.message : String(error)}`;
    if (!res.headersSent) return sendError(res, 500, errorBody(message, 'server_error'));
    // Mid-stream, OpenAI reports errors as a data event with an `error` object.
    if (!res.destroyed) res.end(`data: ${JSON.stringify(errorBody(message, 'server_error'))}\n\n`);
  }
}

type Source = { text: AsyncIterable<string> } | { error: OpenAiErrorBody };

/** The structured answer: from jsonResponder, else an instance of the schema, else {}. */
async function jsonSource(
  request: ChatRequest,
  found: Case | undefined,
  ctx: ChatContext,
  fault: Fault | undefined,
  prose = false,
): Promise<Source> {
  const format = request.response_format;
  const schema = format?.type === 'json_schema' ? format.json_schema.schema : undefined;
  const schemaName = format?.type === 'json_schema' ? format.json_schema.name : undefined;
  const supplied = await ctx.jsonResponder?.({ request, schema, schemaName, case: found });
  const value = supplied !== undefined ? supplied : schema ? jsonFromSchema(schema) : {};
  let text = value instanceof RawText ? value.text : JSON.stringify(value);
  if (prose) text = inProse(text);
  // Half of a JSON text is never valid JSON: the closing bracket is gone.
  if (fault === 'bad-json') text = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  return { text: once(text) };
}

/** The scripted patient's reply to the conversation, for the case the system message names. */
function patientSource(request: ChatRequest, found: Case | undefined, ctx: ChatContext, signal: AbortSignal): Source {
  if (!found) {
    const ids = ctx.cases.map((c) => c.id).join(', ') || '(none loaded)';
    const message = `No case found for this request: the system message must name a case id (or a line "Case: <id>"). Loaded cases: ${ids}.`;
    return { error: errorBody(message, 'invalid_request_error', 'messages', 'case_not_found') };
  }
  const turns = toTurns(request.messages);
  if (!turns.some((t) => t.speaker === 'student')) {
    const message = 'The patient answers the student: send at least one user message.';
    return { error: errorBody(message, 'invalid_request_error', 'messages', 'no_user_message') };
  }
  const reply = ctx.createPatient(found).reply(turns, signal);
  // Nobody here reads `info`; a rejection must not become an unhandled one.
  reply.info.catch(() => undefined);
  return { text: reply };
}

interface Run {
  res: ServerResponse;
  meta: CompletionMeta;
  fault: Fault | undefined;
  promptTokens: number;
  signal: AbortSignal;
  requestId: string;
}

async function* once(text: string): AsyncIterable<string> {
  yield text;
}

function usageFor(run: Run, text: string): Usage {
  const completion = countTokens(text);
  return { prompt_tokens: run.promptTokens, completion_tokens: completion, total_tokens: run.promptTokens + completion };
}

async function stream(run: Run, source: AsyncIterable<string>, includeUsage: boolean, json: boolean, delayMs: number) {
  const { res, fault, signal } = run;
  const out = new SseWriter(res, run.meta, includeUsage);
  out.start(run.requestId);
  await out.role();
  if (fault === 'stall') return untilAborted(signal);

  let text = '';
  let sent = 0;
  for await (const chunk of source) {
    for (const piece of toPieces(chunk)) {
      if (signal.aborted || !out.open) return;
      if (fault === 'cut' && sent >= CUT_AFTER_CHUNKS) return cut(res);
      if (sent > 0) await sleep(delayMs, signal);
      await out.content(piece);
      text += piece;
      sent++;
      // For a plain chat request bad-json means a broken SSE line: one, after the first chunk.
      if (fault === 'bad-json' && !json && sent === 1) await out.malformed('');
    }
  }
  if (fault === 'cut') return cut(res);
  if (signal.aborted) return;
  await out.finish('stop');
  await out.usage(usageFor(run, text));
  await out.done();
  res.end();
}

async function complete(run: Run, source: AsyncIterable<string>, json: boolean, delayMs: number) {
  const { res, fault, signal } = run;
  let text = '';
  for await (const chunk of source) {
    if (signal.aborted) return;
    text += chunk;
  }
  if (fault === 'slow') {
    for (let i = toPieces(text).length; i > 0; i--) if (!(await sleep(delayMs, signal))) return;
  }
  const body = JSON.stringify({
    id: run.meta.id,
    object: 'chat.completion',
    created: run.meta.created,
    model: run.meta.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: text, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: 'stop',
      },
    ],
    usage: usageFor(run, text),
    service_tier: 'default',
    system_fingerprint: run.meta.systemFingerprint,
  });
  // For a JSON request bad-json already broke the content; the envelope stays valid.
  await sendBody(res, body, fault === 'bad-json' && json ? undefined : fault, signal, run.requestId);
}
