import type { ImportResult } from '../case/importers/types';
import type { ImportOutcome, PickedFile } from './import-cases';

// Files from other tools become case files before they are checked and stored: an AgentClinic
// JSON-lines file (.jsonl) gives one case per record, a Virtual Standardized Patient case file
// (.txt) one case. Records that cannot become a case are reported with their line and reason.

const FORMAT_BY_EXTENSION: Record<string, string> = { jsonl: 'agentclinic', txt: 'vsp' };

export function importFormatOf(fileName: string): string | undefined {
  return FORMAT_BY_EXTENSION[fileName.split('.').pop()?.toLowerCase() ?? ''];
}

export type Convert = (format: string, text: string, file: string) => Promise<ImportResult>;

/** YAML files pass through; the others are converted, each case as `<id>.yaml` from `<file>:<line>`. */
export async function expandCaseSources(files: readonly PickedFile[], convert: Convert): Promise<{ files: PickedFile[]; failures: ImportOutcome[] }> {
  const out: PickedFile[] = [];
  const failures: ImportOutcome[] = [];
  for (const file of files) {
    const format = importFormatOf(file.name);
    if (!format) {
      out.push(file);
      continue;
    }
    let result: ImportResult;
    try {
      result = await convert(format, await file.text(), file.name);
    } catch (error) {
      failures.push({ file: file.name, status: 'failed', message: `could not be converted (${error instanceof Error ? error.message : String(error)})` });
      continue;
    }
    for (const { line, reason } of result.failures) failures.push({ file: `${file.name}:${line}`, status: 'rejected', problems: [reason] });
    for (const imported of result.cases) {
      const text = imported.yaml;
      out.push({ name: `${String(imported.case.id)}.yaml`, text: async () => text });
    }
  }
  return { files: out, failures };
}
