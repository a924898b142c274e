import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TurnRecord } from '../db';

// UI state of the open encounter: the turns as saved, and the reply in flight. Finished turns
// keep their object identity, so a growing reply re-renders only its own bubble.

export interface Problem {
  message: string;
  fix?: string;
  /** The failed patient turn can be asked again. */
  retryTurnId?: string;
}

export interface EncounterState {
  turns: TurnRecord[];
  /** The patient turn being streamed: its id and the text so far. */
  streaming: { id: string; text: string } | null;
  /** Waiting for the first words of a reply. */
  waiting: boolean;
  /** Said while waiting, e.g. that the server is busy and the request is being retried. */
  waitingNote: string | null;
  /** A student turn is being sent or the patient is answering: Send waits, Stop is offered. */
  busy: boolean;
  problem: Problem | null;
  /** Storage failed and the session now lives only in this tab. */
  storageWarning: string | null;
}

export interface EncounterActions {
  load(turns: TurnRecord[]): void;
  /** Adds a turn, or replaces the turn with the same id. */
  putTurn(turn: TurnRecord): void;
  startStreaming(turn: TurnRecord): void;
  appendStreaming(text: string): void;
  finishStreaming(turn: TurnRecord): void;
  setProblem(problem: Problem | null): void;
  setBusy(busy: boolean): void;
  setWaitingNote(note: string | null): void;
  setStorageWarning(message: string | null): void;
}

export type EncounterStore = StoreApi<EncounterState & EncounterActions>;

export function createEncounterStore(): EncounterStore {
  return createStore<EncounterState & EncounterActions>()((set) => ({
    turns: [],
    streaming: null,
    waiting: false,
    waitingNote: null,
    busy: false,
    problem: null,
    storageWarning: null,
    load: (turns) => set({ turns: [...turns].sort((a, b) => a.index - b.index), streaming: null, waiting: false }),
    putTurn: (turn) =>
      set((state) => {
        const at = state.turns.findIndex((t) => t.id === turn.id);
        if (at < 0) return { turns: [...state.turns, turn] };
        const turns = [...state.turns];
        turns[at] = turn;
        return { turns };
      }),
    startStreaming: (turn) =>
      set((state) => ({
        turns: state.turns.filter((t) => t.id !== turn.id),
        streaming: { id: turn.id, text: '' },
        waiting: true,
        waitingNote: null,
        problem: null,
      })),
    appendStreaming: (text) =>
      set((state) =>
        state.streaming ? { streaming: { ...state.streaming, text: state.streaming.text + text }, waiting: false, waitingNote: null } : {},
      ),
    finishStreaming: (turn) =>
      set((state) => ({
        turns: [...state.turns.filter((t) => t.id !== turn.id), turn].sort((a, b) => a.index - b.index),
        streaming: null,
        waiting: false,
        waitingNote: null,
      })),
    setProblem: (problem) => set({ problem }),
    setBusy: (busy) => set({ busy }),
    setWaitingNote: (waitingNote) => set({ waitingNote }),
    setStorageWarning: (storageWarning) => set({ storageWarning }),
  }));
}
