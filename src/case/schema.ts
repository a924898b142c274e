import * as z from 'zod';

// The case file format, v1. This schema is the single source of truth: the TypeScript
// types, the JSON Schema in cases/case.schema.json and every validator derive from it.
// Renaming or removing a field is a breaking change for every case file: add, don't rename.

export const CASE_FORMAT_VERSION = 1;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, like "chest-pain-smoker"');
const text = z.string().trim().min(1, 'must not be empty');

export const FACT_CATEGORIES = [
  'presenting-complaint',
  'hpi',
  'pmh',
  'meds',
  'allergies',
  'family',
  'social',
  'sexual',
  'ros',
  'ice',
] as const;
export const FactCategory = z.enum(FACT_CATEGORIES).describe(
  'presenting-complaint, hpi (history of presenting complaint), pmh (past medical), meds, allergies, family, social, sexual, ros (review of systems), ice (ideas, concerns, expectations)',
);

export const RevealPolicy = z
  .enum(['spontaneous', 'on-ask', 'on-specific-ask'])
  .describe(
    'spontaneous: offered in answer to open questions; on-ask: told when the topic is asked about; on-specific-ask: told only when asked about this very thing (its cue words)',
  );

export const Fact = z
  .object({
    id,
    category: FactCategory,
    says: text.describe("What the patient says, in the patient's own lay words"),
    reveal: RevealPolicy.default('on-ask'),
    cues: z
      .array(text)
      .default([])
      .describe('Words or short phrases a student might use when asking about this fact'),
  })
  .strict();

export const ChecklistItem = z
  .object({
    id,
    text: text.describe('What a good history covers, e.g. "Asks about passing flatus or stool"'),
    category: FactCategory,
    facts: z.array(id).min(1, 'must name at least one fact that satisfies the item'),
    points: z.number().int().min(1).max(10).default(1),
    critical: z.boolean().default(false),
  })
  .strict();

export const Vitals = z
  .object({
    temperatureC: z.number().min(30).max(45).optional(),
    heartRate: z.number().int().min(20).max(250).optional(),
    respiratoryRate: z.number().int().min(4).max(80).optional(),
    bloodPressure: z
      .string()
      .regex(/^\d{2,3}\/\d{2,3}$/, 'must look like "120/80"')
      .optional(),
    oxygenSaturation: z.number().min(50).max(100).optional(),
    weightKg: z.number().min(0.5).max(400).optional(),
    notes: text.optional(),
  })
  .strict();

export const DoorNote = z
  .object({
    setting: text.describe('Where the encounter takes place, e.g. "Emergency department"'),
    reason: text.describe('Why the patient is here, as the student reads it at the door'),
    vitals: Vitals.optional(),
    task: text.describe('What the student is asked to do'),
    timeLimitMinutes: z.number().int().min(1).max(120).optional().describe('Suggested time for the interview'),
  })
  .strict();

export const Informant = z
  .object({
    name: text,
    relation: text.describe('e.g. "mother"'),
  })
  .strict()
  .describe('When someone else speaks for the patient (a parent for a child): the informant answers');

export const Patient = z
  .object({
    name: text,
    age: z.number().min(0).max(120).describe('Age in years; fractions for infants (1.5 = 18 months)'),
    sex: z.enum(['female', 'male', 'intersex']),
    genderIdentity: text.optional(),
    occupation: text.optional(),
    informant: Informant.optional(),
    persona: text,
    speakingStyle: text,
    openingStatement: text,
    emotionalState: text,
    ice: z
      .object({ ideas: text, concerns: text, expectations: text })
      .strict()
      .describe("The patient's ideas, concerns and expectations, in their own words"),
    unknownPolicy: z
      .enum(['deny', 'unsure'])
      .default('deny')
      .describe('What the patient says about things the case does not mention'),
  })
  .strict();

export const Diagnosis = z
  .object({
    primary: text,
    aliases: z.array(text).default([]).describe('Other names for the primary diagnosis'),
    differentials: z.array(text).min(1),
    redFlags: z.array(text).default([]),
  })
  .strict();

export const Misconception = z
  .object({
    claim: text.describe('The wrong or unsafe statement a student might make'),
    correction: text,
    severity: z.enum(['low', 'medium', 'high']),
    reference: text.optional(),
    cues: z.array(text).default([]).describe('Phrases that signal the claim in what a student says or writes'),
  })
  .strict();

export const ExamFinding = z.object({ system: text, finding: text }).strict();
export const Investigation = z.object({ name: text, result: text }).strict();
export const Reference = z.object({ citation: text, url: z.url().optional() }).strict();

export const Case = z
  .object({
    $schema: z.string().optional(),
    id,
    title: text,
    version: z.number().int().min(1),
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'must be a language code like "en" or "de"'),
    tags: z.array(text).default([]),
    difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
    authors: z.array(text).min(1),
    license: text.describe('e.g. "CC BY 4.0"'),
    doorNote: DoorNote,
    patient: Patient,
    facts: z.array(Fact).min(1),
    checklist: z.array(ChecklistItem).min(1),
    diagnosis: Diagnosis,
    misconceptions: z.array(Misconception).default([]),
    exam: z.array(ExamFinding).optional(),
    investigations: z.array(Investigation).optional(),
    learningObjectives: z.array(text).default([]),
    references: z.array(Reference).min(1),
  })
  .strict();

export type FactCategory = z.infer<typeof FactCategory>;
export type RevealPolicy = z.infer<typeof RevealPolicy>;
export type Fact = z.infer<typeof Fact>;
export type ChecklistItem = z.infer<typeof ChecklistItem>;
export type Case = z.infer<typeof Case>;
export type CaseInput = z.input<typeof Case>;
