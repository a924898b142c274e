import { loadBundledCaseLibrary } from '../src/case/bundled';
import { AnamnesisDatabase, createDexieStore, type CaseSnapshot, type GradingRecord, type SessionRecord, type TurnRecord } from '../src/db';
import { gradingInputOf } from '../src/feedback/grading-input';
import { gradeSession } from '../src/grading/grade-session';
import { createScriptedPatient, type Turn } from '../src/patient';
import { buildBundle, serializeBundle } from '../src/review/bundle/export-bundle';
import { importBundleFile } from '../src/review/bundle/import-file';
import { parseBundle } from '../src/review/bundle/parse-bundle';

// A bench page on the app's origin: importing a session file of N sessions into a fresh
// IndexedDB database, through the same code as the "Import sessions" control (read, parse,
// validate every field, check the digests and case hashes, one transaction). The sessions are
// real: one interview of the built-in patient, graded by the rule grader, then copied with new
// ids, students and times, so every session has the size and shape of a real one.

const QUESTIONS = [
  'Hello, I am one of the medical students. Could you tell me your name and age?',
  'What brings you in today?',
  'When did the pain start, and what were you doing at the time?',
  'Where exactly is the pain? Does it spread anywhere?',
  'What does the pain feel like?',
  'On a scale of one to ten, how bad is it?',
  'Is it there all the time or does it come and go?',
  'Does anything make it better or worse?',
  'Have you felt sweaty, sick or short of breath with it?',
  'Have you had anything like this before?',
  'Do you have any medical conditions, like high blood pressure, diabetes or high cholesterol?',
  'Do you take any medicines?',
  'Any allergies?',
  'Do you smoke? How much?',
  'How much alcohol do you drink?',
  'Does anyone in your family have heart problems?',
  'What do you think is going on, and is there anything worrying you?',
  'Thank you. Let me summarise what you told me, and then we will examine you.',
];

export interface ImportRun {
  sessions: number;
  fileBytes: number;
  /** Reading, parsing, validating and writing the whole file, ms. */
  importMs: number;
  /** Of which parsing, validating and checking digests, ms (measured on its own, before). */
  parseMs: number;
  /** The same file again: every session found and skipped, ms. */
  againMs: number;
  imported: number;
  skipped: number;
}

declare global {
  interface Window {
    __benchImport?: (sessions: number, run: number) => Promise<ImportRun>;
  }
}

async function template(): Promise<{ snapshot: CaseSnapshot; session: SessionRecord; turns: TurnRecord[] }> {
  const library = await loadBundledCaseLibrary();
  const entry = library.cases.find((c) => c.case.id === 'chest-pain-smoker') ?? library.cases[0];
  if (!entry) throw new Error('no bundled case');
  const caseFile = entry.case;
  const patient = createScriptedPatient(caseFile);
  const id = crypto.randomUUID();
  const started = Date.UTC(2026, 9, 1, 9);
  const conversation: Turn[] = [];
  const turns: TurnRecord[] = [];
  for (const question of QUESTIONS) {
    conversation.push({ speaker: 'student', text: question });
    const reply = patient.answer(conversation);
    conversation.push({ speaker: 'patient', text: reply.text });
    for (const [speaker, text, factIds] of [['student', question, []], ['patient', reply.text, reply.factIds]] as const) {
      const index = turns.length;
      turns.push({ id: crypto.randomUUID(), sessionId: id, index, speaker, text, status: 'complete', startedAt: started + index * 20_000, endedAt: started + index * 20_000 + 4_000, factIds: [...factIds] });
    }
  }
  const session: SessionRecord = {
    id,
    caseId: caseFile.id,
    caseVersion: caseFile.version,
    caseHash: entry.hash,
    caseTitle: caseFile.title,
    caseLanguage: caseFile.language,
    studentName: 'Template',
    status: 'ended',
    startedAt: started,
    endedAt: started + turns.length * 20_000,
    updatedAt: started + turns.length * 20_000 + 60_000,
    patient: { kind: 'scripted', promptVersion: 'scripted-1', promptHash: 'bench' },
    note: {
      summary: '55-year-old smoker with 90 minutes of crushing central chest pain radiating to the left arm, with sweating and nausea.',
      differential: ['Acute coronary syndrome', 'Aortic dissection', 'Pulmonary embolism', 'Pericarditis'],
      plan: 'ECG within 10 minutes, troponin, aspirin if no contraindication.',
      submittedAt: started + turns.length * 20_000 + 50_000,
    },
    events: [],
  };
  const graded = await gradeSession(gradingInputOf(caseFile, session, turns));
  const grading: GradingRecord = { id: crypto.randomUUID(), createdAt: session.updatedAt, ...graded };
  const snapshot = { hash: entry.hash, caseId: caseFile.id, version: caseFile.version, title: caseFile.title, case: caseFile };
  return { snapshot, session: { ...session, gradings: [grading] }, turns };
}

function copies(base: Awaited<ReturnType<typeof template>>, count: number) {
  return Array.from({ length: count }, (_, i) => {
    const id = crypto.randomUUID();
    const shift = i * 3_600_000;
    return {
      session: { ...base.session, id, studentName: `Student ${i + 1}`, startedAt: base.session.startedAt + shift, updatedAt: base.session.updatedAt + shift },
      turns: base.turns.map((turn) => ({ ...turn, id: crypto.randomUUID(), sessionId: id })),
    };
  });
}

window.__benchImport = async (count, run) => {
  const base = await template();
  const text = serializeBundle(buildBundle(copies(base, count), [base.snapshot]));
  const file = { name: `bench-${count}.anamnesis.json`, size: text.length, text: async () => text };
  const db = new AnamnesisDatabase(`anamnesis-bench-import-${count}-${run}`);
  const store = createDexieStore(db);
  const p0 = performance.now();
  const parsed = await parseBundle(text, file.name);
  const parseMs = performance.now() - p0;
  if (!parsed.ok) throw new Error(parsed.problem.message);
  const t0 = performance.now();
  const first = await importBundleFile(store, file);
  const t1 = performance.now();
  const again = await importBundleFile(store, file);
  const t2 = performance.now();
  db.close();
  await AnamnesisDatabase.delete(`anamnesis-bench-import-${count}-${run}`);
  if (first.kind !== 'imported' || again.kind !== 'imported') throw new Error(`import failed: ${JSON.stringify(first.kind === 'rejected' ? first.problem : again)}`);
  return { sessions: count, fileBytes: new TextEncoder().encode(text).length, importMs: t1 - t0, parseMs, againMs: t2 - t1, imported: first.imported, skipped: again.duplicates };
};
