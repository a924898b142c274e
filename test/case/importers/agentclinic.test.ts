import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseChecks, validateCaseSource } from '../../../src/case';
import { importerFor } from '../../../src/case/importers';
import { caseIdFor, importAgentClinic } from '../../../src/case/importers/agentclinic';
import { describe as describeField, items, statements } from '../../../src/case/importers/agentclinic/fields';
import { agree, splitSentences, toPatientVoice } from '../../../src/case/importers/agentclinic/voice';
import { factsReachable } from '../../../src/patient/reachability';

const checks = [...caseChecks, factsReachable];

/** A record in AgentClinic's layout; `actor` overrides parts of the patient actor. */
function record(actor: Record<string, unknown> = {}, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    OSCE_Examination: {
      Objective_for_Doctor: 'Assess and diagnose the patient presenting with double vision.',
      Patient_Actor: {
        Demographics: '35-year-old female',
        History: 'The patient reports a 1-month history of double vision. She notes that it worsens after physical activity and improves after rest.',
        Symptoms: { Primary_Symptom: 'Double vision', Secondary_Symptoms: ['Difficulty climbing stairs', 'Weakness in upper limbs'] },
        Past_Medical_History: 'No significant past medical history.',
        Social_History: 'Non-smoker, drinks wine occasionally. Works as a graphic designer.',
        Review_of_Systems: 'Patient denies experiencing any chest pain, palpitations, or shortness of breath.',
        ...actor,
      },
      Physical_Examination_Findings: {
        Vital_Signs: { Temperature: '36.6°C (97.9°F)', Blood_Pressure: '125/80 mmHg', Heart_Rate: '72 bpm', Respiratory_Rate: '16 breaths/min' },
        Neurological_Examination: { Cranial_Nerves: 'Ptosis of the right upper eyelid.', Reflexes: 'Normal reflexes throughout.' },
      },
      Test_Results: { Blood_Tests: { Acetylcholine_Receptor_Antibodies: 'Present (elevated)' }, Electromyography: 'Decrement on repetitive stimulation' },
      Correct_Diagnosis: 'Myasthenia gravis',
      ...extra,
    },
  });
}

async function importOne(line: string) {
  const result = await importAgentClinic(line, 'agentclinic_test.jsonl', checks);
  expect(result.failures).toEqual([]);
  const imported = result.cases[0];
  if (!imported) throw new Error('nothing imported');
  return imported;
}

describe('third person to the patient’s own words', () => {
  it.each([
    ['The patient reports chest pain', "I've had chest pain."],
    ['He denies fever', "No, I haven't had any fever."],
    ['She denies a rash', "No, I haven't had a rash."],
    ['She notes that her symptoms worsen after exercise', 'My symptoms worsen after exercise.'],
    ['She has been on natalizumab for the past year', "I've been on natalizumab for the past year."],
    ['He is a smoker and has hypertension', "I'm a smoker and have hypertension."],
    ['drinks wine occasionally', 'I drink wine occasionally.'],
    ['Works as a graphic designer', 'I work as a graphic designer.'],
    ['Non-smoker', "I don't smoke."],
    ['No history of seizures', "I've never had seizures."],
    ['The patient presents with a painful swollen knee', "I have come in with a painful swollen knee."],
    ['He has difficulty brushing his hair', 'I have difficulty brushing my hair.'],
  ])('%s → %s', (note, says) => {
    expect(toPatientVoice(note)).toEqual([says]);
  });

  it('keeps negatives, one fact per denied symptom', () => {
    expect(toPatientVoice('Patient denies experiencing any chest pain, palpitations, shortness of breath, or recent infections.')).toEqual([
      "No, I haven't had any chest pain.",
      "No, I haven't had any palpitations.",
      "No, I haven't had any shortness of breath.",
      "No, I haven't had any recent infections.",
    ]);
  });

  it('says nothing for a note that gives no information', () => {
    expect(toPatientVoice('Information not provided.')).toEqual([]);
    expect(toPatientVoice('No additional symptoms provided.')).toEqual([]);
  });

  it('lets a parent speak about a young child in the third person', () => {
    expect(toPatientVoice('The mother reports that the infant has had a fever for 2 days', { person: 'third', pronoun: 'he' })).toEqual(['He has had a fever for 2 days.']);
    expect(toPatientVoice('Denies any cough', { person: 'third', pronoun: 'she' })).toEqual(["No, she hasn't had any cough."]);
  });

  it('agrees the verb with I', () => {
    expect(['has', 'is', 'denies', 'watches', 'works', 'was', 'pass'].map(agree)).toEqual(['have', 'am', 'deny', 'watch', 'work', 'was', 'pass']);
  });

  it('splits a paragraph into sentences', () => {
    expect(splitSentences('Pain for 2 days. She denies fever; no cough.')).toEqual(['Pain for 2 days', 'She denies fever', 'no cough']);
  });
});

describe('fields of any type', () => {
  it('reads a string, a list, an object and a missing field', () => {
    expect(statements('Non-smoker.')).toEqual(['Non-smoker.']);
    expect(statements(['Insulin', 'Aspirin'])).toEqual(['Insulin', 'Aspirin']);
    expect(statements({ Substance_Use: 'Denies smoking.', Interests: 'Likes chess.' })).toEqual(['Denies smoking.', 'Likes chess.']);
    expect(statements(undefined)).toEqual([]);
    expect(describeField({ Chest_CT: { Findings: 'Normal' } })).toBe('Chest CT: Findings: Normal');
    expect(items({ Schizophrenia: 'Well controlled with haloperidol' })).toEqual(['Schizophrenia: Well controlled with haloperidol']);
  });

  it('imports a record of strings into a case that passes cases:check', async () => {
    const imported = await importOne(record());
    const problems = (await validateCaseSource(imported.yaml, `${String(imported.case.id)}.yaml`, { checks })).problems;
    expect(problems).toEqual([]);
    const says = imported.case.facts.map((f) => f.says);
    expect(says).toContain("I don't smoke.");
    expect(says).toContain('I work as a graphic designer.');
    expect(says).toContain("No, I haven't had any palpitations.");
    expect(imported.case.tags).toContain('generated-checklist');
    expect(imported.yaml).toMatch(/^# Imported from AgentClinic \(MIT licence\): agentclinic_test.jsonl, line 1\./);
    expect(imported.case.doorNote.vitals).toMatchObject({ temperatureC: 36.6, bloodPressure: '125/80', heartRate: 72, respiratoryRate: 16 });
    expect(imported.case.exam).toEqual([
      { system: 'Vital signs', finding: expect.stringContaining('Temperature: 36.6°C') },
      { system: 'Neurological examination', finding: 'Cranial nerves: Ptosis of the right upper eyelid.; Reflexes: Normal reflexes throughout.' },
    ]);
    expect(imported.case.investigations).toEqual([
      { name: 'Blood tests: Acetylcholine receptor antibodies', result: 'Present (elevated)' },
      { name: 'Electromyography', result: 'Decrement on repetitive stimulation' },
    ]);
    expect(imported.case.checklist.map((item) => item.id)).toEqual(['ask-presenting-complaint', 'ask-onset-course', 'ask-history', 'ask-associated', 'ask-pmh', 'ask-social', 'ask-ros']);
  });

  it('imports lists: medications and past history as lists', async () => {
    const imported = await importOne(record({ Past_Medical_History: ['Hypertension', 'Treated for uveitis 8 months ago'], Current_Medications: ['Insulin', 'Aspirin'] }));
    const says = imported.case.facts.map((f) => f.says);
    expect(says).toEqual(expect.arrayContaining(['I have hypertension.', 'I was treated for uveitis 8 months ago.', 'I take Insulin and Aspirin.']));
    expect(imported.case.checklist.find((item) => item.id === 'ask-meds')?.facts).toHaveLength(1);
  });

  it('imports objects: social history and review of systems in parts, past history by condition', async () => {
    const imported = await importOne(
      record({
        Social_History: { Substance_Use: 'Denies smoking cigarettes.', Occupation: 'Works as a teacher.' },
        Review_of_Systems: { General: 'Denies fever or weight loss.', ENT: 'Reports shooting pain in the right ear.' },
        Past_Medical_History: { Epilepsy: 'Taking phenytoin' },
      }),
    );
    const says = imported.case.facts.map((f) => f.says);
    expect(says).toEqual(
      expect.arrayContaining([
        "No, I haven't been smoking cigarettes.",
        'I work as a teacher.',
        "No, I haven't had any fever.",
        "No, I haven't had any weight loss.",
        "I've had shooting pain in the right ear.",
        'I have epilepsy: taking phenytoin.',
      ]),
    );
  });

  it('imports a record with fields missing, and says what it did without a primary symptom', async () => {
    const imported = await importOne(
      record({ Past_Medical_History: undefined, Social_History: undefined, Review_of_Systems: undefined, Symptoms: {} }),
    );
    expect(imported.notes).toEqual(['no Primary_Symptom: the complaint was taken from Objective_for_Doctor']);
    expect(imported.case.patient.openingStatement).toBe("I've come in because of double vision.");
  });

  it('never lets the patient name the diagnosis', async () => {
    const imported = await importOne(record({ Past_Medical_History: 'She was told she might have myasthenia gravis.' }));
    expect(imported.case.facts.map((f) => f.says).join(' ')).not.toMatch(/myasthenia/i);
    expect(imported.notes).toEqual([expect.stringMatching(/^left out a statement that names the diagnosis/)]);
  });

  it('reports a record it cannot read, with its line', async () => {
    const text = [record(), '{ not json', JSON.stringify({ OSCE_Examination: { Correct_Diagnosis: 'X' } }), '', record({ Demographics: 'Adult' })].join('\n');
    const result = await importAgentClinic(text, 'agentclinic_test.jsonl');
    expect(result.cases.map((c) => c.line)).toEqual([1]);
    expect(result.failures).toEqual([
      { line: 2, reason: expect.stringMatching(/^not valid JSON: /) },
      { line: 3, reason: 'no "Patient_Actor" object' },
      { line: 5, reason: 'cannot read the age from Demographics "Adult"' },
    ]);
  });

  it('names cases after the file and line', () => {
    expect(caseIdFor('/x/agentclinic_medqa_extended.jsonl', 7)).toBe('agentclinic-medqa-extended-007');
    expect(importerFor('agentclinic')?.format).toBe('agentclinic');
  });
});

// A copy of the corpus is kept in test/fixtures/corpus; set AGENTCLINIC_CORPUS to run against another.
const corpus = process.env['AGENTCLINIC_CORPUS'] ?? join(import.meta.dirname, '../../fixtures/corpus/agentclinic');
const corpusFiles = [
  { name: 'agentclinic_medqa.jsonl', records: 107, withNotes: 5, failed: [] as number[] },
  { name: 'agentclinic_medqa_extended.jsonl', records: 214, withNotes: 7, failed: [] as number[] },
];

describe.skipIf(!existsSync(join(corpus, 'agentclinic_medqa.jsonl')))('the AgentClinic corpus', () => {
  it.each(corpusFiles)('$name: every record imports and passes cases:check, or is reported', async ({ name, records, withNotes, failed }) => {
    const file = join(corpus, name);
    const result = await importAgentClinic(readFileSync(file, 'utf8'), file, checks);
    expect(result.cases.length + result.failures.length).toBe(records);
    expect(result.failures.map((f) => f.line)).toEqual(failed);
    for (const failure of result.failures) expect(failure.reason).toMatch(/^the case made from it does not pass the checks: facts\[\d+\]: no question reveals this fact/);
    expect(result.cases.filter((c) => c.notes.length > 0)).toHaveLength(withNotes);
    for (const imported of result.cases) {
      const { problems } = await validateCaseSource(imported.yaml, `${String(imported.case.id)}.yaml`, { checks });
      expect(problems, `${name}:${imported.line}`).toEqual([]);
    }
  }, 120_000);
});
