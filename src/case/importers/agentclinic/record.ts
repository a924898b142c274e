import { stringify, Document } from 'yaml';
import type { CaseInput } from '../../schema';
import { generateChecklist } from './checklist';
import { madeUpName, parseAge, parseSex } from './demographics';
import { draftFacts, lowerPhrase } from './facts';
import { describe, isObject, statements, type Raw } from './fields';
import { examFindings, investigations, parseVitals } from './findings';
import { FIRST_PERSON, type Voice } from './voice';

// One AgentClinic record (`{"OSCE_Examination": {...}}`) → one case, or the reason it cannot be.

export const AGENTCLINIC_URL = 'https://github.com/SamuelSchmidgall/AgentClinic';
/** Below this age the parent speaks for the child. */
const INFORMANT_AGE = 12;

export type RecordResult = { ok: true; case: CaseInput; notes: string[] } | { ok: false; reason: string };

export interface RecordSource {
  /** The input file's base name, e.g. agentclinic_medqa.jsonl. */
  fileName: string;
  line: number;
  id: string;
}

export function recordToCase(record: Raw, source: RecordSource): RecordResult {
  const osce = isObject(record) ? record['OSCE_Examination'] : undefined;
  if (!isObject(osce)) return { ok: false, reason: 'no "OSCE_Examination" object' };
  const actor = osce['Patient_Actor'];
  if (!isObject(actor)) return { ok: false, reason: 'no "Patient_Actor" object' };
  const diagnosis = describe(osce['Correct_Diagnosis']);
  if (!diagnosis) return { ok: false, reason: 'no "Correct_Diagnosis"' };
  const demographics = describe(actor['Demographics']);
  const historyText = statements(actor['History']).join(' ');
  const notes: string[] = [];

  const age = parseAge(demographics);
  if (age === undefined) return { ok: false, reason: `cannot read the age from Demographics "${demographics}"` };
  const toldSex = parseSex(demographics, historyText);
  // The schema needs a sex; a few newborns have none in the source. The facts then say "they".
  const sex = toldSex ?? (source.line % 2 === 0 ? 'female' : 'male');
  if (toldSex === undefined) notes.push(`the source gives no sex (Demographics "${demographics}", no pronouns in the history): written as ${sex}, the facts say "they"`);

  const symptoms = isObject(actor['Symptoms']) ? actor['Symptoms'] : {};
  let primary = describe(symptoms['Primary_Symptom']);
  if (!primary) {
    primary = describe(osce['Objective_for_Doctor']).replace(/^.*?\b(presenting|presents|complaining|complains) (with|of) /i, '').replace(/\.$/, '');
    if (!primary) return { ok: false, reason: 'no "Primary_Symptom" and no objective to take the complaint from' };
    notes.push('no Primary_Symptom: the complaint was taken from Objective_for_Doctor');
  }

  const child = age < INFORMANT_AGE;
  const voice: Voice = child ? { person: 'third', pronoun: toldSex === undefined ? 'they' : sex === 'female' ? 'she' : 'he' } : FIRST_PERSON;
  const object = voice.person === 'third' ? { he: 'him', she: 'her', they: 'them' }[voice.pronoun] : 'me';
  const name = madeUpName(sex, source.line);
  const relation = /\bfather\b/i.test(historyText) && !/\bmother\b/i.test(historyText) ? 'father' : 'mother';
  const parentName = madeUpName(relation === 'father' ? 'male' : 'female', source.line + 3).first;
  const complaint = lowerPhrase(primary);
  const opening = child ? `I've brought ${object} in because of ${complaint}.` : `I've come in because of ${complaint}.`;
  const leaks = diagnosisPattern(diagnosis);
  const safeOpening = leaks.test(opening) ? (child ? `I'm worried about ${object}, something isn't right.` : "I haven't been feeling right.") : opening;
  if (safeOpening !== opening) notes.push('the primary symptom names the diagnosis: the opening statement was written without it');

  const drafts = draftFacts(
    {
      primary: leaks.test(primary) ? '' : primary,
      history: actor['History'],
      secondary: symptoms['Secondary_Symptoms'],
      pmh: actor['Past_Medical_History'],
      meds: [actor['Current_Medications'], actor['Medications'], actor['Drug_History'], isObject(actor['Past_Medical_History']) ? pmhMedications(actor['Past_Medical_History']) : undefined].filter((v) => v !== undefined),
      social: actor['Social_History'],
      ros: actor['Review_of_Systems'],
      family: actor['Family_History'],
    },
    voice,
    safeOpening,
  );
  const facts = drafts.filter((fact) => {
    if (!leaks.test(fact.says)) return true;
    notes.push(`left out a statement that names the diagnosis: "${fact.says}"`);
    return false;
  });

  const known = new Set(['Demographics', 'History', 'Symptoms', 'Past_Medical_History', 'Social_History', 'Review_of_Systems', 'Current_Medications', 'Medications', 'Drug_History', 'Family_History']);
  for (const key of Object.keys(actor)) if (!known.has(key)) notes.push(`Patient_Actor.${key} was not mapped (unknown field)`);
  for (const key of Object.keys(osce)) {
    if (!['Objective_for_Doctor', 'Patient_Actor', 'Physical_Examination_Findings', 'Test_Results', 'Correct_Diagnosis'].includes(key)) notes.push(`${key} was not mapped (no place for it in a case)`);
  }

  const exam = isObject(osce['Physical_Examination_Findings']) ? osce['Physical_Examination_Findings'] : {};
  const vitals = parseVitals(exam['Vital_Signs']);
  const examList = examFindings(osce['Physical_Examination_Findings']);
  const tests = investigations(osce['Test_Results']);
  const objective = describe(osce['Objective_for_Doctor']);
  const checklist = generateChecklist(facts);
  const cleanFacts = facts.map(({ group: _group, ...fact }) => fact);

  const caseInput: CaseInput = {
    $schema: './case.schema.json',
    id: source.id,
    title: `${capitalise(complaint)} in a ${demographics.split(',')[0]?.trim() || 'patient'}`,
    version: 1,
    language: 'en',
    tags: ['imported', 'agentclinic', 'generated-checklist'],
    difficulty: 'intermediate',
    authors: ['AgentClinic (Schmidgall et al.), imported by Anamnesis'],
    license: 'MIT',
    doorNote: {
      setting: 'Not stated in the source case (AgentClinic OSCE)',
      reason: `${capitalise(demographics)} presenting with ${complaint}.`,
      ...(vitals ? { vitals } : {}),
      task: `Take a history. ${objective}`.trim(),
    },
    patient: {
      name: `${name.first} ${name.surname}`,
      age,
      sex,
      ...(child ? { informant: { name: `${parentName} ${name.surname}`, relation } } : {}),
      persona: child
        ? `${parentName}, ${name.first}'s ${relation}, answers for the child. Imported case: the source gives no persona.`
        : `A ${demographics}. Imported case: the source gives no persona.`,
      speakingStyle: 'Plain everyday words; answers what is asked.',
      openingStatement: safeOpening,
      emotionalState: 'Worried but cooperative.',
      ice: {
        ideas: "I'm not sure what's causing it.",
        concerns: "I'm worried it might be something serious.",
        expectations: "I'd like to find out what's going on and what can be done about it.",
      },
      unknownPolicy: 'unsure',
    },
    facts: cleanFacts,
    checklist,
    diagnosis: {
      primary: diagnosis,
      aliases: [],
      differentials: ['Not given in the source (AgentClinic gives only the correct diagnosis)'],
      redFlags: [],
    },
    ...(examList.length > 0 ? { exam: examList } : {}),
    ...(tests.length > 0 ? { investigations: tests } : {}),
    learningObjectives: objective ? [objective] : [],
    references: [
      {
        citation: `Schmidgall S, Ziaei R, Harris C, et al. AgentClinic: a multimodal agent benchmark to evaluate AI in simulated clinical environments. 2024. MIT licence. Source record: ${source.fileName}, line ${source.line}.`,
        url: AGENTCLINIC_URL,
      },
    ],
  };
  return { ok: true, case: caseInput, notes };
}

/** The case as YAML, headed by a comment that says where it came from and what was generated. */
export function caseToYaml(caseInput: CaseInput, source: RecordSource): string {
  const doc = new Document(caseInput);
  doc.commentBefore = [
    ` Imported from AgentClinic (MIT licence): ${source.fileName}, line ${source.line}.`,
    ' The checklist was generated from the facts (the source has none); the name, persona, ICE and',
    ' differentials are placeholders. Review before teaching with it.',
  ].join('\n');
  return stringify(doc, { lineWidth: 0 });
}

function pmhMedications(pmh: Record<string, unknown>): Raw {
  const key = Object.keys(pmh).find((k) => /medication|drug/i.test(k));
  return key ? pmh[key] : undefined;
}

function diagnosisPattern(diagnosis: string): RegExp {
  const names = [diagnosis, diagnosis.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim()].filter(Boolean);
  const escaped = names.map((n) => n.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
