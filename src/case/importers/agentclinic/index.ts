import { validateCaseSource } from '../../validate';
import type { CaseCheck } from '../../consistency';
import type { CaseImporter, ImportResult } from '../types';
import { caseToYaml, recordToCase } from './record';

// AgentClinic OSCE cases (JSON Lines, one `{"OSCE_Examination": {...}}` per line) → case files.
// Each case is checked as `cases:check` would; the checks that need the patient feature are
// passed in by the caller (the command line), since src/case does not import src/patient.

export interface AgentClinicOptions {
  checks?: readonly CaseCheck[];
}

export function createAgentClinicImporter({ checks }: AgentClinicOptions = {}): CaseImporter {
  return {
    format: 'agentclinic',
    description: 'AgentClinic OSCE cases, JSON Lines (agentclinic_medqa.jsonl and the like)',
    importText: (text, file) => importAgentClinic(text, file, checks),
  };
}

export const agentClinicImporter = createAgentClinicImporter();

/** `agentclinic_medqa_extended.jsonl` line 7 → `agentclinic-medqa-extended-007`. */
export function caseIdFor(file: string, line: number): string {
  const base = (file.split(/[\\/]/).pop() ?? 'cases').replace(/\.[^.]*$/, '').toLowerCase().replace(/^agentclinic[_-]?/, '');
  const slug = base.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return ['agentclinic', slug, String(line).padStart(3, '0')].filter(Boolean).join('-');
}

export async function importAgentClinic(text: string, file: string, checks?: readonly CaseCheck[]): Promise<ImportResult> {
  const result: ImportResult = { file, cases: [], failures: [] };
  const fileName = file.split(/[\\/]/).pop() ?? file;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = i + 1;
    if (raw.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      result.failures.push({ line, reason: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const source = { fileName, line, id: caseIdFor(file, line) };
    const mapped = recordToCase(record, source);
    if (!mapped.ok) {
      result.failures.push({ line, reason: mapped.reason });
      continue;
    }
    const yaml = caseToYaml(mapped.case, source);
    const checked = await validateCaseSource(yaml, `${source.id}.yaml`, checks ? { checks } : {});
    const errors = checked.problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      result.failures.push({ line, reason: `the case made from it does not pass the checks: ${errors.map((p) => `${p.path}: ${p.message}`).join('; ')}` });
      continue;
    }
    result.cases.push({ line, case: mapped.case, yaml, notes: mapped.notes });
  }
  return result;
}
