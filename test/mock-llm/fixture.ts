import { Case, type CaseInput } from '../../src/case/schema';

// A small case of the mock server's own, so these tests do not move when the authored cases
// in cases/ are edited.

const input: CaseInput = {
  id: 'mock-sore-throat',
  title: 'Sore throat in a student',
  version: 1,
  language: 'en',
  difficulty: 'beginner',
  authors: ['Anamnesis authors'],
  license: 'CC BY 4.0',
  doorNote: {
    setting: 'University health centre',
    reason: '20-year-old student with a sore throat for three days.',
    task: 'Take a focused history.',
  },
  patient: {
    name: 'Sam Okafor',
    age: 20,
    sex: 'male',
    persona: 'Polite, tired, wants to get back to revising.',
    speakingStyle: 'Short plain sentences.',
    openingStatement: 'My throat has been killing me for three days.',
    emotionalState: 'Tired and a little worried about exams.',
    ice: {
      ideas: 'I think it is just a bad cold.',
      concerns: 'I have exams next week and cannot afford to be ill.',
      expectations: 'Maybe some antibiotics so it clears up quickly.',
    },
  },
  facts: [
    {
      id: 'chief-complaint',
      category: 'presenting-complaint',
      says: 'My throat is really sore and it hurts to swallow.',
      reveal: 'spontaneous',
      cues: ['what brings you', 'problem'],
    },
    { id: 'onset', category: 'hpi', says: 'It started three days ago.', cues: ['when', 'how long', 'start'] },
    { id: 'fever', category: 'hpi', says: 'I have felt hot and shivery at night.', cues: ['fever', 'temperature', 'hot'] },
    { id: 'cough', category: 'ros', says: 'No, I have not been coughing.', cues: ['cough'] },
    { id: 'smoking', category: 'social', says: 'I do not smoke.', cues: ['smoke', 'cigarettes'] },
    { id: 'allergy', category: 'allergies', says: 'I am allergic to penicillin, it gave me a rash.', cues: ['allergic', 'allergies'] },
  ],
  checklist: [
    { id: 'ask-onset', text: 'Asks when it started', category: 'hpi', facts: ['onset'] },
    { id: 'ask-allergy', text: 'Asks about drug allergies', category: 'allergies', facts: ['allergy'], critical: true },
  ],
  diagnosis: { primary: 'Acute tonsillitis', differentials: ['Infectious mononucleosis', 'Viral pharyngitis'] },
  references: [{ citation: 'NICE CKS: Sore throat - acute (2023).' }],
};

export const soreThroat: Case = Case.parse(input);
