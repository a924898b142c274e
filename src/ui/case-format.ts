import type { Case } from '../case';
import type { CaseLoadFailure } from '../case/library';

// Turning case data into the words the list shows. Plain functions, no React.

type Vitals = NonNullable<Case['doorNote']['vitals']>;

export interface VitalSign {
  /** The abbreviation shown, e.g. "HR". */
  label: string;
  /** What the abbreviation stands for, e.g. "Heart rate". */
  name: string;
  /** The value with its unit, e.g. "38.6 °C". */
  value: string;
}

/** The measured vital signs in the order clinicians read them; notes are not a sign and are left out. */
export function vitalSigns(vitals: Vitals): VitalSign[] {
  const signs: Array<VitalSign | undefined> = [
    vitals.bloodPressure === undefined ? undefined : { label: 'BP', name: 'Blood pressure (mmHg)', value: vitals.bloodPressure },
    vitals.heartRate === undefined ? undefined : { label: 'HR', name: 'Heart rate (per minute)', value: String(vitals.heartRate) },
    vitals.respiratoryRate === undefined
      ? undefined
      : { label: 'RR', name: 'Respiratory rate (per minute)', value: String(vitals.respiratoryRate) },
    vitals.temperatureC === undefined ? undefined : { label: 'T', name: 'Temperature', value: `${vitals.temperatureC.toFixed(1)} °C` },
    vitals.oxygenSaturation === undefined ? undefined : { label: 'SpO₂', name: 'Oxygen saturation', value: `${vitals.oxygenSaturation} %` },
    vitals.weightKg === undefined ? undefined : { label: 'Weight', name: 'Body weight', value: `${vitals.weightKg} kg` },
  ];
  return signs.filter((sign) => sign !== undefined);
}

/** "BP 150/90 · HR 102 · T 38.6 °C · SpO₂ 96 %" */
export function formatVitals(vitals: Vitals): string {
  return vitalSigns(vitals)
    .map((sign) => `${sign.label} ${sign.value}`)
    .join(' · ');
}

/** Ages under two in months ("18 months"), older ones in whole years ("55 years"). */
export function formatAge(ageInYears: number): string {
  if (ageInYears < 2) {
    const months = Math.round(ageInYears * 12);
    return months === 1 ? '1 month' : `${months} months`;
  }
  const years = Math.floor(ageInYears);
  return `${years} years`;
}

/** "55 years, male" */
export function formatPatient(patient: Case['patient']): string {
  return `${formatAge(patient.age)}, ${patient.sex}`;
}

const DIFFICULTY_LABELS: Record<Case['difficulty'], string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export function difficultyLabel(difficulty: Case['difficulty']): string {
  return DIFFICULTY_LABELS[difficulty];
}

/** "de" → "German"; the code itself when the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "emergency-medicine" → "emergency medicine" */
export function tagLabel(tag: string): string {
  return tag.replace(/[-_]+/g, ' ');
}

/** "cases/a.yaml:17 doorNote.vitals.bloodPressure must look like …": the first error, where to find it. */
export function describeLoadFailure(failure: CaseLoadFailure): string {
  const [first] = failure.problems;
  if (first === undefined) return `${failure.file}: could not be loaded`;
  const where = first.line > 0 ? `${failure.file}:${first.line}` : failure.file;
  const what = first.path === '' ? first.message : `${first.path} ${first.message}`;
  const more = failure.problems.length - 1;
  return `${where} ${what}${more > 0 ? ` (and ${more} more ${more === 1 ? 'problem' : 'problems'})` : ''}`;
}
