import type { CaseInput } from '../schema';

// What every case importer gives back, per input file. Importers are headless (no React, no
// DOM): the same code runs in `npm run cases:import` and in the app's file picker.

/** One case made from one record of the input. */
export interface ImportedCase {
  /** 1-based line of the record in the input file (the first line of its section or JSON line). */
  line: number;
  case: CaseInput;
  /** The case as YAML text that `npm run cases:check` accepts unchanged. */
  yaml: string;
  /** What could not be mapped and why, in plain words (empty when everything mapped). */
  notes: string[];
}

/** A record that could not become a case, with its line and the precise reason. */
export interface ImportFailure {
  line: number;
  reason: string;
}

export interface ImportResult {
  file: string;
  cases: ImportedCase[];
  failures: ImportFailure[];
}

export interface CaseImporter {
  /** The name given on the command line, e.g. `agentclinic`. */
  format: string;
  /** A line for `--help`. */
  description: string;
  importText(text: string, file: string): Promise<ImportResult>;
}
