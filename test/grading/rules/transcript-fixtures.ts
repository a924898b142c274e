import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import * as z from 'zod';
import { Case } from '../../../src/case/schema';
import { CHECKLIST_STATUSES, type ChecklistStatus } from '../../../src/grading/schema';
import type { GradingInput, TranscriptTurn } from '../../../src/grading/types';

// The labelled transcripts in test/fixtures/transcripts (see its README): loaded, checked
// against their case (every checklist item labelled, no unknown ids), turned into GradingInput.

const root = join(import.meta.dirname, '..', '..', '..');
export const transcriptDir = join(root, 'test', 'fixtures', 'transcripts');
export const withoutFactIdsDir = join(transcriptDir, 'without-fact-ids');

const Turn = z.strictObject({
  speaker: z.enum(['student', 'patient']),
  text: z.string().min(1),
  factIds: z.array(z.string()).optional(),
});

const Fixture = z.strictObject({
  case: z.string(),
  level: z.enum(['thorough', 'average', 'poor']),
  note: z
    .strictObject({ summary: z.string(), differential: z.array(z.string()), plan: z.string().optional() })
    .nullable(),
  labels: z.record(z.string(), z.enum(CHECKLIST_STATUSES.filter((s) => s !== 'unverified') as ['met', 'partial', 'missed'])),
  turns: z.array(Turn).min(2),
});

export interface LabelledTranscript {
  name: string;
  caseFile: Case;
  level: 'thorough' | 'average' | 'poor';
  labels: Record<string, ChecklistStatus>;
  input: GradingInput;
}

const cases = new Map<string, Case>();
export function loadCase(caseId: string): Case {
  let found = cases.get(caseId);
  if (!found) {
    found = Case.parse(parse(readFileSync(join(root, 'cases', `${caseId}.yaml`), 'utf8')));
    cases.set(caseId, found);
  }
  return found;
}

export function loadTranscripts(dir = transcriptDir): LabelledTranscript[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const fixture = Fixture.parse(parse(readFileSync(join(dir, file), 'utf8')));
      const caseFile = loadCase(fixture.case);
      const itemIds = caseFile.checklist.map((i) => i.id);
      const labelled = Object.keys(fixture.labels);
      const unlabelled = itemIds.filter((id) => !labelled.includes(id));
      const unknown = labelled.filter((id) => !itemIds.includes(id));
      if (unlabelled.length || unknown.length) {
        throw new Error(`${file}: unlabelled items [${unlabelled.join(', ')}], unknown items [${unknown.join(', ')}]`);
      }
      const transcript: TranscriptTurn[] = fixture.turns.map((t, i) => ({ turn: i + 1, ...t }));
      return {
        name: file.replace(/\.yaml$/, ''),
        caseFile,
        level: fixture.level,
        labels: fixture.labels,
        input: { caseFile, transcript, note: fixture.note },
      };
    });
}
