import type OpenAI from 'openai';
import type { ChatCompletionChunk, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Case } from '../../case/schema';
import type { Patient, PatientReply, Turn } from '../types';
import { PatientStreamError } from './errors';
import { pendingReplyInfo } from '../reply-info';
import { buildPatientPrompt, type PatientPrompt } from './prompt';

// The LLM patient: any OpenAI-compatible endpoint, through the openai SDK the app hands in.
// What the SDK does not do for a stream, this does: an idle timer (the SDK's timeout stops at
// the headers), telling a caller's abort (the `for await` loop just ends) from a broken stream,
// and keeping the system message first and byte-identical every turn so providers can cache it.

export interface LlmPatientOptions {
  client: OpenAI;
  model: string;
  /** Left out of the request when undefined (some reasoning models refuse it). */
  temperature?: number;
  caseFile: Case;
  /** Longest wait for the next chunk once the response has started. Default 20 s. */
  idleTimeoutMs?: number;
  /** A monotonic clock in ms, for the idle timer. Default `performance.now`. */
  now?: () => number;
}

export interface LlmPatient extends Patient {
  /** The system prompt every request starts with (record its version and hash with the session). */
  readonly prompt: PatientPrompt;
}

export const DEFAULT_IDLE_TIMEOUT_MS = 20_000;

export function createLlmPatient(options: LlmPatientOptions): LlmPatient {
  const { client, model, temperature, caseFile } = options;
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const now = options.now ?? (() => performance.now());
  const prompt = buildPatientPrompt(caseFile);
  const system: ChatCompletionMessageParam = { role: 'system', content: prompt.system };

  function reply(turns: readonly Turn[], signal?: AbortSignal): PatientReply {
    const { info, settle, fail } = pendingReplyInfo();

    async function* stream(): AsyncGenerator<string> {
      let text = '';
      let answeredBy: string | undefined;
      let stopped = false;
      let ended = false;
      let failure: unknown;
      const controller = new AbortController();
      const onCallerAbort = () => controller.abort(signal?.reason);
      const idle = new IdleTimer(idleTimeoutMs, now, () => controller.abort(STALLED));
      const stalled = () => controller.signal.reason === STALLED;
      try {
        if (signal?.aborted) {
          stopped = true;
          return;
        }
        signal?.addEventListener('abort', onCallerAbort, { once: true });

        let chunks: AsyncIterable<ChatCompletionChunk>;
        try {
          // Before the body the SDK retries 429/5xx itself and its own timeout applies.
          chunks = await client.chat.completions.create(
            {
              model,
              messages: [system, ...turns.map(toMessage)],
              ...(temperature === undefined ? {} : { temperature }),
              stream: true,
              stream_options: { include_usage: true },
            },
            { signal: controller.signal },
          );
        } catch (error) {
          if (signal?.aborted) {
            stopped = true;
            return;
          }
          throw error;
        }

        idle.arm();
        try {
          for await (const chunk of chunks) {
            // Events already buffered may still come out after an abort: say nothing more.
            if (controller.signal.aborted) break;
            answeredBy ||= chunk.model || undefined;
            const delta = chunk.choices[0]?.delta?.content;
            if (delta) {
              text += delta;
              // The consumer's time between chunks is not the server's silence.
              idle.pause();
              yield delta;
            }
            idle.arm();
          }
        } catch (error) {
          if (stalled()) throw new PatientStreamError('stalled', text, { cause: error });
          if (signal?.aborted) {
            stopped = true;
            return;
          }
          throw new PatientStreamError('dropped', text, { cause: error });
        }
        // After an abort the SDK ends the loop without an error: find out which abort it was.
        if (stalled()) throw new PatientStreamError('stalled', text);
        if (signal?.aborted) stopped = true;
        else ended = true;
      } catch (error) {
        failure = error;
        throw error;
      } finally {
        idle.stop();
        signal?.removeEventListener('abort', onCallerAbort);
        // A consumer that left early (or a failure) must not leave the request open.
        if (!ended) controller.abort(LEFT);
        if (failure !== undefined) fail(failure);
        else settle({ factIds: [], moves: [], stopped: stopped || !ended, ...(answeredBy ? { model: answeredBy } : {}) });
      }
    }

    const iterator = stream();
    return { [Symbol.asyncIterator]: () => iterator, info };
  }

  return { reply, prompt };
}

const STALLED = 'anamnesis: the stream stalled';
const LEFT = 'anamnesis: the consumer stopped reading';

function toMessage(turn: Turn): ChatCompletionMessageParam {
  return turn.speaker === 'student' ? { role: 'user', content: turn.text } : { role: 'assistant', content: turn.text };
}

/**
 * Fires when armed for `ms` without a re-arm. One pending timeout at a time: re-arming (once per
 * chunk) only moves the deadline, and a timeout that fires early waits out the rest.
 */
class IdleTimer {
  private deadline = 0;
  private armed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly now: () => number,
    private readonly onIdle: () => void,
  ) {}

  arm(): void {
    this.armed = true;
    this.deadline = this.now() + this.ms;
    if (this.timer === undefined) this.schedule(this.ms);
  }

  /** Not counting, until the next arm(); the pending timeout lapses by itself. */
  pause(): void {
    this.armed = false;
  }

  stop(): void {
    this.armed = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.armed) return;
      const left = this.deadline - this.now();
      if (left > 0) return this.schedule(left);
      this.armed = false;
      this.onIdle();
    }, ms);
  }
}
