import type { CaseLibrary } from '../case/library';
import { openSessionStore, requestPersistentStorage, type OpenedSessionStore } from '../db';
import type { LlmSettings } from '../llm/settings';
import type { Problem } from '../encounter';
import { choosePatient, type PatientChoice } from './patient-choice';

// What the app's pages depend on, handed down from the root so tests pass their own:
// the case library, the session store, the settings and the patient they select.

export interface AppServices {
  library(): Promise<CaseLibrary>;
  sessions(): Promise<OpenedSessionStore>;
  choosePatient(caseFile: Parameters<typeof choosePatient>[0], settings: LlmSettings): Promise<PatientChoice>;
  describeError(error: unknown, settings: LlmSettings): Problem;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function createBrowserServices(): AppServices {
  return {
    // The YAML parser, zod and the case texts are their own chunk: the frame paints first.
    library: once(() => import('../case/library').then((library) => library.loadBundledCaseLibrary())),
    sessions: once(async () => {
      const opened = await openSessionStore();
      if (!opened.problem) void requestPersistentStorage();
      return opened;
    }),
    choosePatient,
    describeError: (error, settings) => describeReplyError(error, settings),
  };
}

/** Plain words for a failed reply; the API key never appears (the SDK's text is redacted). */
export function describeReplyError(error: unknown, settings: LlmSettings): Problem {
  const raw = error instanceof Error ? error.message : String(error);
  const message = settings.apiKey ? raw.split(settings.apiKey).join('•••') : raw;
  return { message: `The patient could not answer: ${message}` };
}
