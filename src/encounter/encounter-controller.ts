import type { SessionChanges, TurnRecord } from '../db';
import type { Patient, Turn } from '../patient';
import type { EncounterStore, Problem } from './encounter-store';
import { createFrameBatcher } from './frame-batcher';
import { createThrottledWriter } from './throttled-writer';

// Runs the interview: saves what the student sends at once, streams the patient's reply into
// the store (once per frame) and into storage (at most every 250 ms, and when it ends). It
// owns the AbortController; neither the store nor the components know about HTTP.

export interface EncounterStorage {
  putTurn(turn: TurnRecord): Promise<unknown>;
  updateSession(id: string, changes: SessionChanges): Promise<unknown>;
}

export interface EncounterDeps {
  sessionId: string;
  store: EncounterStore;
  storage: EncounterStorage;
  patient: Patient;
  /** Plain-English account of a failed reply; must never contain the API key. */
  describeError: (error: unknown) => Omit<Problem, 'retryTurnId'> | Promise<Omit<Problem, 'retryTurnId'>>;
  /** Called once per reply with the model the server answered with, and with leaks. */
  onReplyInfo?: (info: { model?: string; leak?: { term: string }; turnIndex: number }) => void;
  /** Plain words for a failed save (full or unavailable storage); the session goes on on screen. */
  storageMessage?: (error: unknown) => string;
  now?: () => number;
  newId?: () => string;
  saveIntervalMs?: number;
}

export interface EncounterController {
  send(text: string): Promise<void>;
  stop(): void;
  /** Asks again for a patient reply that failed or was interrupted. */
  retry(turnId: string): Promise<void>;
  /** Asks for the reply to a student turn that has none (the page closed before it began). */
  answerPending(): Promise<void>;
}

const ANSWERED: ReadonlySet<TurnRecord['status']> = new Set(['complete', 'stopped']);

/** What the patient is shown: every student turn, and the patient's replies that were given. */
export function conversationFor(turns: readonly TurnRecord[]): Turn[] {
  return turns
    .filter((t) => t.speaker === 'student' || (ANSWERED.has(t.status) && t.text.trim() !== ''))
    .map((t) => ({ speaker: t.speaker, text: t.text }));
}

export function createEncounterController(deps: EncounterDeps): EncounterController {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  let controller: AbortController | undefined;

  const storageFailed = (error: unknown) => {
    const reason = deps.storageMessage?.(error) ?? 'Saving failed.';
    deps.store.getState().setStorageWarning(`${reason} The conversation stays on screen: keep this tab open.`);
  };

  const save = async (turn: TurnRecord) => {
    try {
      await deps.storage.putTurn(turn);
    } catch (error) {
      storageFailed(error);
    }
  };

  async function reply(index: number, replacing?: TurnRecord) {
    const { store } = deps;
    const before = store.getState().turns.filter((t) => t.index < index);
    const turn: TurnRecord = {
      id: replacing?.id ?? newId(),
      sessionId: deps.sessionId,
      index,
      speaker: 'patient',
      text: '',
      status: 'streaming',
      startedAt: now(),
      factIds: [],
    };
    controller = new AbortController();
    const { signal } = controller;
    store.getState().startStreaming(turn);
    // Saved at once, so a reload in the first moments still finds it (and marks it interrupted).
    await save(turn);
    let text = '';
    const batcher = createFrameBatcher((appended) => store.getState().appendStreaming(appended));
    const writer = createThrottledWriter(async (value: TurnRecord) => void (await deps.storage.putTurn(value)), deps.saveIntervalMs);
    let final: TurnRecord;
    try {
      const stream = deps.patient.reply(conversationFor(before), signal);
      for await (const chunk of stream) {
        text += chunk;
        batcher.push(chunk);
        writer.update({ ...turn, text });
      }
      const info = await stream.info;
      final = { ...turn, text, status: info.stopped ? 'stopped' : 'complete', endedAt: now(), factIds: info.factIds };
      deps.onReplyInfo?.({ model: info.model, leak: info.leak, turnIndex: index });
    } catch (error) {
      const problem = await deps.describeError(error);
      final = { ...turn, text: partialText(error, text), status: 'error', endedAt: now(), error: problem.message };
      store.getState().setProblem({ ...problem, retryTurnId: turn.id });
    } finally {
      controller = undefined;
    }
    batcher.flush();
    store.getState().finishStreaming(final);
    writer.update(final);
    try {
      await writer.flush();
    } catch (error) {
      storageFailed(error);
    }
  }

  /** One exchange at a time: a second Send while the first is saved or answered is ignored. */
  async function exclusive(work: () => Promise<void>) {
    const { store } = deps;
    if (store.getState().busy) return;
    store.getState().setBusy(true);
    try {
      await work();
    } finally {
      store.getState().setBusy(false);
    }
  }

  return {
    send: (text) => exclusive(async () => {
      const trimmed = text.trim();
      if (!trimmed) return;
      const { turns } = deps.store.getState();
      const index = turns.length ? Math.max(...turns.map((t) => t.index)) + 1 : 0;
      const at = now();
      const turn: TurnRecord = {
        id: newId(),
        sessionId: deps.sessionId,
        index,
        speaker: 'student',
        text: trimmed,
        status: 'complete',
        startedAt: at,
        endedAt: at,
        factIds: [],
      };
      // The student's words are shown and saved before anything can go wrong with the reply.
      deps.store.getState().putTurn(turn);
      await save(turn);
      await reply(index + 1);
    }),
    stop() {
      controller?.abort();
    },
    answerPending: () => exclusive(async () => {
      const last = deps.store.getState().turns.at(-1);
      if (last?.speaker === 'student') await reply(last.index + 1);
    }),
    retry: (turnId) => exclusive(async () => {
      const failed = deps.store.getState().turns.find((t) => t.id === turnId && t.speaker === 'patient');
      if (failed) await reply(failed.index, failed);
    }),
  };
}

/** A stream that broke midway still said something: keep it. */
function partialText(error: unknown, streamed: string): string {
  const partial = (error as { partialText?: unknown } | undefined)?.partialText;
  return typeof partial === 'string' && partial.length > streamed.length ? partial : streamed;
}
