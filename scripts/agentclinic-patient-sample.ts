// How the scripted patient answers direct questions on a sample of imported AgentClinic cases:
// `tsx scripts/agentclinic-patient-sample.ts [corpus.jsonl]` (a few seconds). For each question
// the expected fact is the one the importer made for that topic; where the case has none, the
// right answer reveals no fact.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Case, type Fact } from '../src/case/schema.ts';
import { importAgentClinic } from '../src/case/importers/agentclinic/index.ts';
import { createScriptedPatient } from '../src/patient/index.ts';

const file = process.argv[2] ?? join(import.meta.dirname, '../test/fixtures/corpus/agentclinic/agentclinic_medqa.jsonl');
const SAMPLE = 10;

// Any history fact that dates the complaint answers "when did it start?".
const ONSET = /\b(ago|since|onset|started|began|sudden(ly)?|gradual(ly)?|(day|week|month|year|hour)s?)\b/i;
const questions: Array<{ topic: string; text: string; expected: (facts: Fact[]) => Fact[] }> = [
  { topic: 'chief complaint', text: 'What brings you in today?', expected: (f) => f.filter((x) => x.category === 'presenting-complaint') },
  { topic: 'onset', text: 'When did it start?', expected: (f) => f.filter((x) => x.category === 'hpi' && ONSET.test(x.says)) },
  { topic: 'medications', text: 'Do you take any medications?', expected: (f) => f.filter((x) => x.category === 'meds' || /\b(medications?|medicines?)\b/i.test(x.says)) },
  { topic: 'allergies', text: 'Do you have any allergies?', expected: (f) => f.filter((x) => x.category === 'allergies') },
  { topic: 'smoking', text: 'Do you smoke?', expected: (f) => f.filter((x) => /smok|cigar|tobacco/i.test(x.says)) },
  { topic: 'family history', text: 'Does anything run in your family?', expected: (f) => f.filter((x) => x.category === 'family') },
];

const result = await importAgentClinic(readFileSync(file, 'utf8'), file);
const adults = result.cases.filter((c) => !c.case.patient.informant);
const step = Math.max(1, Math.floor(adults.length / SAMPLE));
const sample = adults.filter((_, i) => i % step === 0).slice(0, SAMPLE);
const tally = new Map<string, { right: number; present: number; presentRight: number; absentRight: number; total: number }>();
for (const imported of sample) {
  const caseData = Case.parse(imported.case);
  for (const q of questions) {
    const patient = createScriptedPatient(caseData);
    const reply = patient.answer([{ speaker: 'student', text: q.text }]);
    const expected = q.expected(caseData.facts).map((f) => f.id);
    const right = expected.length > 0 ? expected.some((id) => reply.factIds.includes(id)) : reply.factIds.length === 0;
    const t = tally.get(q.topic) ?? { right: 0, present: 0, presentRight: 0, absentRight: 0, total: 0 };
    t.total += 1;
    if (right) t.right += 1;
    if (expected.length > 0) {
      t.present += 1;
      if (right) t.presentRight += 1;
    } else if (right) t.absentRight += 1;
    tally.set(q.topic, t);
    if (!right) console.log(`  ${imported.case.id} "${q.text}" expected [${expected.join(', ')}] got [${reply.factIds.join(', ')}]: ${reply.text.slice(0, 90)}`);
  }
}
console.log(`${sample.length} cases from ${file}`);
for (const [topic, t] of tally) {
  console.log(`${topic.padEnd(16)} ${t.right}/${t.total} right (fact in case: ${t.presentRight}/${t.present}; not in case, no fact revealed: ${t.absentRight}/${t.total - t.present})`);
}
