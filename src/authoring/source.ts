import { stringify } from 'yaml';
import type { Case } from '../case/schema';

// The text a draft starts from when it opens an existing case. A stored case keeps the text it
// was saved with (comments and all); a bundled one ships parsed, so its text is written anew
// from the parsed case, every field kept (defaults included).

export function caseToYaml(caseData: Case): string {
  const { $schema, ...rest } = caseData;
  // $schema first, as every case file has it, so editors check the exported file.
  return stringify({ $schema: $schema ?? './case.schema.json', ...rest }, { lineWidth: 0 });
}

/** A case id from a draft's text, for the file name of an export; undefined until the text has one. */
export function draftId(source: string): string | undefined {
  return /^id:\s*["']?([a-z0-9]+(?:-[a-z0-9]+)*)["']?\s*$/m.exec(source)?.[1];
}
