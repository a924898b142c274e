import type { Case } from '../case/schema';
import { buildCaseIndex, type CaseIndex } from './fact-index';
import { languagePack } from './lexicon';
import { initialState, respond, type ConversationState, type Response } from './respond';
import { pendingReplyInfo } from './reply-info';
import type { Patient, PatientReply, Turn } from './types';

// The built-in patient: answers only from its case, with no network and no key.

export interface ScriptedPatient extends Patient {
  /** The whole reply at once, for tests and command-line tools. */
  answer(turns: readonly Turn[]): Response;
  readonly index: CaseIndex;
}

export interface ScriptedPatientOptions {
  /** Pause between streamed chunks, so the reply reads as if typed. Default 0. */
  chunkDelayMs?: number;
}

export function createScriptedPatient(caseFile: Case, options: ScriptedPatientOptions = {}): ScriptedPatient {
  const index = buildCaseIndex(caseFile, languagePack(caseFile.language));
  // The conversation so far is replayed to know what was already said; the replay is cached
  // by the student turns it covered, so a growing conversation costs one new answer per turn.
  let cache: { studentTurns: string[]; states: ConversationState[] } = { studentTurns: [], states: [initialState()] };

  function stateAfter(studentTurns: string[]): ConversationState {
    let shared = 0;
    while (shared < studentTurns.length && cache.studentTurns[shared] === studentTurns[shared]) shared++;
    const states = cache.states.slice(0, shared + 1);
    for (let i = shared; i < studentTurns.length; i++) {
      states.push(respond(index, states[i] ?? initialState(), studentTurns[i] ?? '').state);
    }
    cache = { studentTurns, states };
    return states[studentTurns.length] ?? initialState();
  }

  function answer(turns: readonly Turn[]): Response {
    const student = turns.filter((t) => t.speaker === 'student').map((t) => t.text);
    const last = student.pop();
    if (last === undefined) throw new Error('The conversation has no student turn to answer.');
    return respond(index, stateAfter(student), last).response;
  }

  function reply(turns: readonly Turn[], signal?: AbortSignal): PatientReply {
    const { info, settle } = pendingReplyInfo();
    const response = answer(turns);
    async function* stream(): AsyncGenerator<string> {
      let stopped = false;
      try {
        for (const chunk of chunks(response.text)) {
          if (signal?.aborted) {
            stopped = true;
            return;
          }
          if (options.chunkDelayMs) await delay(options.chunkDelayMs, signal);
          if (signal?.aborted) {
            stopped = true;
            return;
          }
          yield chunk;
        }
      } finally {
        settle({ factIds: stopped ? [] : response.factIds, moves: response.moves, stopped });
      }
    }
    const iterable = stream();
    return { [Symbol.asyncIterator]: () => iterable, info };
  }

  return { reply, answer, index };
}

/** Word-sized chunks that concatenate back to the text exactly. */
export function chunks(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
