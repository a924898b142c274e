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
  /** The cases in cases/, checked at build time: all the first screen waits for. */
  bundledLibrary(): Promise<CaseLibrary>;
  /**
   * The bundled cases and the latest revision of each case stored in this browser, side by side
   * (see caseKey for how they are told apart). Storage is read afresh on every call.
   */
  library(): Promise<CaseLibrary>;
  /** The session store, and the stored case files beside it. */
  sessions(): Promise<OpenedSessionStore>;
  choosePatient(caseFile: Case, settings: LlmSettings): Promise<PatientChoice>;
  describeError(error: unknown, settings: LlmSettings): Promise<Problem>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export function createBrowserServices(): AppServices {
  // Parsed and validated at build time; the case texts are their own chunk.
  const bundledLibrary = once(() => import('../case/bundled').then((bundled) => bundled.loadBundledCaseLibrary()));
  // One connection for sessions and stored cases. Listing cases does not ask for persistent
  // storage (Firefox asks the user, so that waits for the first session or import).
  const openStorage = once(async () => (await import('../db')).openSessionStore());
  // The parser is loaded only once some case is stored; each revision is parsed once.
  const storedCaseLoader = once(() => import('../case/stored').then((stored) => ({ stored, load: stored.createStoredCaseLoader() })));
  return {
    bundledLibrary,
    library: async () => {
      const [bundled, { cases }] = await Promise.all([bundledLibrary(), openStorage()]);
      let records;
      try {
        records = await cases.listStoredCases();
      } catch (error) {
        // The bundled cases still work; say why the stored ones are missing.
        const message = `could not be read: ${error instanceof Error ? error.message : String(error)}`;
        const problem = { file: 'Cases stored in this browser', line: 0, column: 0, path: '', message, severity: 'error' as const };
        return { cases: bundled.cases, failures: [...bundled.failures, { file: problem.file, problems: [problem] }] };
      }
      if (records.length === 0) return bundled;
      const { stored, load } = await storedCaseLoader();
      return stored.mergeCaseLibraries(bundled, await load(records));
    },
    sessions: once(async () => {
      const db = await import('../db');
      const opened = await openStorage();
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
