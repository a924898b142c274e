import type { CaseLibrary } from '../case/library';
import type { OpenedSessionStore } from '../db';
import type { Problem } from '../encounter';
import type { LlmSettings } from '../llm/settings';
import type { PatientChoice } from './patient-choice';
import type { Case } from '../case';

// What the app's pages depend on, handed down from the root so tests pass their own: the
// case library, the session store, and the patient the settings select. Each loads on first
// use, so the case list is all the first screen downloads.

export interface AppServices {
  library(): Promise<CaseLibrary>;
  sessions(): Promise<OpenedSessionStore>;
  choosePatient(caseFile: Case, settings: LlmSettings): Promise<PatientChoice>;
  describeError(error: unknown, settings: LlmSettings): Promise<Problem>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function createBrowserServices(): AppServices {
  return {
    // Parsed and validated at build time; the case texts are their own chunk.
    library: once(() => import('../case/bundled').then((bundled) => bundled.loadBundledCaseLibrary())),
    sessions: once(async () => {
      const db = await import('../db');
      const opened = await db.openSessionStore();
      if (!opened.problem) void db.requestPersistentStorage();
      return opened;
    }),
    choosePatient: async (caseFile, settings) => (await import('./patient-choice')).choosePatient(caseFile, settings),
    // Only an LLM reply fails in ways worth explaining, and then the SDK is loaded anyway.
    describeError: async (error, settings) => {
      const { describeLlmError } = await import('../llm/errors');
      const { message, fix } = describeLlmError(error, settings);
      return fix === undefined ? { message } : { message, fix };
    },
  };
}
