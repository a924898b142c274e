import { agentClinicImporter } from './agentclinic';
import type { CaseImporter } from './types';
import { vspImporter } from './vsp';

// The case importers by format name. Each importer registers itself here with one line.

export const IMPORTERS: readonly CaseImporter[] = [
  agentClinicImporter,
  vspImporter,
];

export function importerFor(format: string): CaseImporter | undefined {
  return IMPORTERS.find((importer) => importer.format === format);
}

export type { CaseImporter, ImportedCase, ImportFailure, ImportResult } from './types';
