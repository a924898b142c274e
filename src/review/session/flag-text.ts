import type { MisinformationFlag } from '../../grading/schema';

// How a flag is introduced, by where it came from.

const SOURCE_LABEL: Record<MisinformationFlag['source'], string> = {
  'case-misconception': 'A misconception the case names.',
  'medical-knowledge': 'Incorrect.',
  'patient-deviation': 'The patient strayed from the case.',
};

export function flagHeadline(flag: MisinformationFlag): string {
  return SOURCE_LABEL[flag.source];
}
