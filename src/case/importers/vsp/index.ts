import { caseChecks, type CaseCheck } from '../../consistency';
import type { CaseImporter, ImportResult } from '../types';
import { importVspText } from './build';

// The Virtual Standardized Patient Simulator's plain-text case files (one case per file).

export interface VspImporterOptions {
  /** The checks an imported case must pass; `cases:check` adds the scripted patient's reachability. */
  checks?: readonly CaseCheck[];
}

export function createVspImporter({ checks = caseChecks }: VspImporterOptions = {}): CaseImporter {
  return {
    format: 'vsp',
    description: 'Virtual Standardized Patient Simulator case files (.txt with [CASE] … [CREDIT] sections), one case per file',
    async importText(text: string, file: string): Promise<ImportResult> {
      const { imported, failure } = await importVspText(text, checks);
      return { file, cases: imported ? [imported] : [], failures: failure ? [failure] : [] };
    },
  };
}

export const vspImporter: CaseImporter = createVspImporter();

export { toFirstPerson } from './person';
