import * as z from 'zod';
import { Case, ChecklistItem, Diagnosis, DoorNote, Fact, Misconception, Patient, Vitals } from './schema';

// The JSON Schema editors use to check and autocomplete case files (cases/case.schema.json).
// Input side: fields with defaults are optional for authors.

const TITLES = new Map<z.core.$ZodType, string>([
  [DoorNote, 'Door note'],
  [Vitals, 'Vital signs'],
  [Patient, 'Patient'],
  [Fact, 'Fact'],
  [ChecklistItem, 'Checklist item'],
  [Diagnosis, 'Diagnosis'],
  [Misconception, 'Misconception'],
]);

// Fields whose rule the schema states only in its error message: editors show these on hover.
const DESCRIPTIONS = new Map<z.core.$ZodType, string>([
  [Case.shape.id, 'Lower-case words joined by hyphens, like "chest-pain-smoker"'],
  [Case.shape.language, 'A language code like "en" or "de"'],
  [Vitals.shape.bloodPressure.unwrap(), 'Systolic/diastolic in mmHg, like "120/80"'],
]);

export function caseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Case, {
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      const title = TITLES.get(zodSchema);
      const description = DESCRIPTIONS.get(zodSchema);
      if (title) jsonSchema.title = title;
      if (description && !jsonSchema.description) jsonSchema.description = description;
    },
  });
  return {
    $schema: schema.$schema,
    title: 'Anamnesis case',
    description: 'A simulated-patient case for history taking. Check it with `npm run cases:check`.',
    ...schema,
  };
}

/** The exact text of cases/case.schema.json. */
export function caseJsonSchemaText(): string {
  return `${JSON.stringify(caseJsonSchema(), null, 2)}\n`;
}
