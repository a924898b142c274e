import * as z from 'zod';
import { errorBody, type OpenAiErrorBody } from './http';

// The parts of a chat completion request the mock reads, parsed (not cast). Unknown fields
// (temperature, seed, tools, …) are accepted and ignored, as compatible servers do.

const ResponseFormat = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text') }).loose(),
  z.object({ type: z.literal('json_object') }).loose(),
  z
    .object({
      type: z.literal('json_schema'),
      json_schema: z
        .object({
          name: z.string(),
          description: z.string().optional(),
          schema: z.record(z.string(), z.unknown()).optional(),
          strict: z.boolean().nullish(),
        })
        .loose(),
    })
    .loose(),
]);

export const ChatRequest = z
  .object({
    model: z.string().min(1),
    messages: z.array(z.object({ role: z.string(), content: z.unknown() }).loose()).min(1),
    stream: z.boolean().nullish(),
    stream_options: z.object({ include_usage: z.boolean().nullish() }).loose().nullish(),
    response_format: ResponseFormat.nullish(),
  })
  .loose();
export type ChatRequest = z.infer<typeof ChatRequest>;

export const INVALID_JSON_MESSAGE =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)";

export type Parsed = { ok: true; request: ChatRequest } | { ok: false; error: OpenAiErrorBody };

export function parseChatRequest(raw: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, error: errorBody(INVALID_JSON_MESSAGE) };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: errorBody(INVALID_JSON_MESSAGE) };
  }
  const result = ChatRequest.safeParse(json);
  if (result.success) return { ok: true, request: result.data };
  const issue = result.error.issues[0];
  const param = (issue?.path ?? [])
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i > 0 ? '.' : ''}${String(key)}`))
    .join('');
  if (issue?.code === 'invalid_type' && valueAt(json, issue.path) === undefined) {
    return { ok: false, error: errorBody(`Missing required parameter: '${param}'.`, 'invalid_request_error', param, 'missing_required_parameter') };
  }
  if (issue?.code === 'too_small' && param === 'messages') {
    return {
      ok: false,
      error: errorBody(
        "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
        'invalid_request_error',
        param,
        'empty_array',
      ),
    };
  }
  return {
    ok: false,
    error: errorBody(`Invalid '${param}': ${issue?.message ?? 'invalid value'}.`, 'invalid_request_error', param, 'invalid_value'),
  };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
