import { errorBody, type OpenAiErrorBody } from './http';
import type { ChatRequest } from './request';

// Servers differ in structured output. OpenAI and Ollama ≥ 0.5 enforce json_schema; others
// answer 400 to it, or to any response_format; some accept it and answer in prose anyway.
// These model names make the mock behave like such a server, so a client's fallbacks can be
// tested. They are not in GET /v1/models (its list is fixed for the app's tests).

export const JSON_SUPPORT_MODELS = [
  /** Rejects json_schema with 400, as OpenAI does for a model without Structured Outputs; json_object works. */
  'mock-no-json-schema',
  /** Rejects json_schema and json_object with 400; a plain request is answered with JSON inside prose. */
  'mock-no-response-format',
  /** Accepts any response_format and ignores it: the JSON comes inside prose, in a code fence. */
  'mock-ignores-response-format',
] as const;
export type JsonSupportModel = (typeof JSON_SUPPORT_MODELS)[number];

function jsonSupportOf(model: string): JsonSupportModel | undefined {
  return (JSON_SUPPORT_MODELS as readonly string[]).includes(model) ? (model as JsonSupportModel) : undefined;
}

type Format = ChatRequest['response_format'];

/** The 400 body such a server answers for this response_format, or undefined when it accepts it. */
export function formatRejection(model: string, format: Format): OpenAiErrorBody | undefined {
  const support = jsonSupportOf(model);
  if (format?.type === 'json_schema' && (support === 'mock-no-json-schema' || support === 'mock-no-response-format')) {
    return errorBody(
      "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
      'invalid_request_error',
      'response_format',
    );
  }
  if (format?.type === 'json_object' && support === 'mock-no-response-format') {
    return errorBody("'response_format' is not supported by this server.", 'invalid_request_error', 'response_format');
  }
  return undefined;
}

/** Whether this server answers with JSON inside prose (instead of the patient or bare JSON). */
export function answersInProse(model: string): boolean {
  const support = jsonSupportOf(model);
  return support === 'mock-no-response-format' || support === 'mock-ignores-response-format';
}

/** JSON text the way chatty models wrap it. */
export function inProse(json: string): string {
  // The braces in the prose are not JSON: a client must look past them.
  return `Sure! Here is the answer in the format {…} you asked for:\n\n\`\`\`json\n${json}\n\`\`\`\n\nLet me know if you need anything else {or more detail}.`;
}

/**
 * Returned by a jsonResponder, the text is sent as it is instead of JSON.stringify(value):
 * for broken, truncated or otherwise malformed answers.
 */
export class RawText {
  constructor(readonly text: string) {}
}

export function rawText(text: string): RawText {
  return new RawText(text);
}
