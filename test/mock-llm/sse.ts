import type { ServerResponse } from 'node:http';
import { CORS_HEADERS } from './http';

// Server-sent events shaped exactly like OpenAI's chat completion stream:
//   data: {chat.completion.chunk}\n\n  … data: [DONE]\n\n
// With stream_options.include_usage every chunk carries `usage: null` and one extra chunk
// with `choices: []` and the usage comes last before [DONE].

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface CompletionMeta {
  id: string;
  created: number;
  model: string;
  systemFingerprint: string;
}

export class SseWriter {
  constructor(
    private readonly res: ServerResponse,
    private readonly meta: CompletionMeta,
    private readonly includeUsage: boolean,
  ) {}

  get open(): boolean {
    return !this.res.destroyed && !this.res.writableEnded;
  }

  start(requestId: string): void {
    this.res.writeHead(200, {
      ...CORS_HEADERS,
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-request-id': requestId,
    });
    this.res.flushHeaders();
  }

  role(): Promise<void> {
    return this.chunk({ role: 'assistant', content: '', refusal: null }, null);
  }

  content(text: string): Promise<void> {
    return this.chunk({ content: text }, null);
  }

  finish(reason: 'stop' | 'length'): Promise<void> {
    return this.chunk({}, reason);
  }

  usage(usage: Usage): Promise<void> {
    if (!this.includeUsage) return Promise.resolve();
    return this.data(JSON.stringify({ ...this.envelope(), choices: [], usage }));
  }

  done(): Promise<void> {
    return this.data('[DONE]');
  }

  /** Writes one `data:` event with any payload, well-formed or not. */
  data(payload: string): Promise<void> {
    if (!this.open) return Promise.resolve();
    return new Promise((resolve) => this.res.write(`data: ${payload}\n\n`, () => resolve()));
  }

  /** A content chunk cut off mid-JSON, as a broken proxy might deliver it. */
  malformed(text: string): Promise<void> {
    const whole = JSON.stringify(this.chunkObject({ content: text }, null));
    return this.data(whole.slice(0, Math.ceil(whole.length / 2)));
  }

  private chunk(delta: Record<string, unknown>, finishReason: string | null): Promise<void> {
    return this.data(JSON.stringify(this.chunkObject(delta, finishReason)));
  }

  private chunkObject(delta: Record<string, unknown>, finishReason: string | null) {
    return {
      ...this.envelope(),
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(this.includeUsage ? { usage: null } : {}),
    };
  }

  private envelope() {
    return {
      id: this.meta.id,
      object: 'chat.completion.chunk',
      created: this.meta.created,
      model: this.meta.model,
      service_tier: 'default',
      system_fingerprint: this.meta.systemFingerprint,
    };
  }
}

/**
 * Splits text into stream pieces of a word or so (long runs without spaces, like JSON, into
 * slices of at most 12 characters). Joining the pieces gives back the text exactly.
 */
export function toPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const word of text.match(/\S+\s*|\s+/g) ?? []) {
    const chars = Array.from(word);
    for (let i = 0; i < chars.length; i += 12) pieces.push(chars.slice(i, i + 12).join(''));
  }
  return pieces;
}

/** Approximate token count: words and punctuation runs. */
export function countTokens(text: string): number {
  return text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]+/gu)?.length ?? 0;
}
