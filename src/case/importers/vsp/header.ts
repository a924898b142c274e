import type { CaseInput } from '../../schema';
import { commaList, keyValues, type Section, type SectionName } from './sections';
import { capitalise } from './words';

// The parts of a case that come from the key-value sections: [CASE], [VITALS], [TIMING],
// [TASK], [PERSONA], [EXAMINE] and [CREDIT].

export type Sections = Map<SectionName, Section>;
export class ImportError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
  }
}

export interface CaseHeader {
  id: string;
  name: string;
  age: number;
  occupation?: string;
  setting: string;
  complaint: string;
  opening: string;
  sex: 'female' | 'male' | 'intersex';
}

export function readCaseHeader(sections: Sections, notes: string[]): CaseHeader {
  const section = sections.get('CASE') as Section;
  const kv = keyValues(section);
  const need = (key: string) => {
    const value = kv.get(key)?.value;
    if (!value) throw new ImportError(section.line, `[CASE] has no "${key}:" line`);
    return value;
  };
  const id = need('id');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    throw new ImportError(kv.get('id')?.line ?? section.line, `the id "${id}" must be lower-case words joined by hyphens, like "davis"`);
  }
  const ageText = need('age');
  const age = Number(ageText);
  if (!Number.isFinite(age) || age < 0 || age > 120) throw new ImportError(kv.get('age')?.line ?? section.line, `the age "${ageText}" is not a number of years`);
  return {
    id,
    name: need('name'),
    age,
    occupation: kv.get('occupation')?.value || undefined,
    setting: kv.get('setting')?.value || 'Clinic',
    complaint: need('complaint'),
    opening: need('opening'),
    sex: patientSex(sections, kv.get('sex')?.value, notes),
  };
}

const FEMALE = /\b(woman|she|her|hers|mother|female|girl|lady)\b/gi;
const MALE = /\b(man|he|him|his|father|male|boy|gentleman)\b/gi;

/**
 * The files do not state the patient's sex. A `sex:` line in [CASE] wins; otherwise the words
 * about the patient outside the story (the persona, the examination, the answer) decide. The
 * story is not used: its "he" and "she" are husbands, boyfriends and children.
 */
function patientSex(sections: Sections, stated: string | undefined, notes: string[]): CaseHeader['sex'] {
  if (stated && /^(female|male|intersex)$/i.test(stated)) return stated.toLowerCase() as CaseHeader['sex'];
  const text = (['PERSONA', 'EXAMINE', 'ANSWER', 'TASK'] as const)
    .flatMap((name) => sections.get(name)?.lines.map((l) => l.text) ?? [])
    .join(' ');
  const female = text.match(FEMALE)?.length ?? 0;
  const male = text.match(MALE)?.length ?? 0;
  if (female > male) return 'female';
  if (male > female) return 'male';
  notes.push('the file does not say the patient\'s sex (the case is written so either sex can play it); it was set to "female": add "sex: male" to [CASE] to change it');
  return 'female';
}

const fahrenheitToCelsius = (f: number) => Math.round(((f - 32) * 5) / 9 * 10) / 10;

export function readVitals(sections: Sections, notes: string[]): NonNullable<CaseInput['doorNote']['vitals']> {
  const vitals: NonNullable<CaseInput['doorNote']['vitals']> = {};
  const extra: string[] = [];
  for (const [key, { value, line }] of keyValues(sections.get('VITALS'))) {
    const number = Number(/-?\d+(\.\d+)?/.exec(value)?.[0]);
    if (key === 'blood pressure' && /^\d{2,3}\s*\/\s*\d{2,3}$/.test(value)) vitals.bloodPressure = value.replace(/\s+/g, '');
    else if (key === 'pulse' && Number.isInteger(number)) vitals.heartRate = number;
    else if (key === 'breathing' && Number.isInteger(number)) vitals.respiratoryRate = number;
    else if (key === 'temperature' && Number.isFinite(number)) vitals.temperatureC = /\bF\b/i.test(value) ? fahrenheitToCelsius(number) : number;
    else if (key.startsWith('oxygen') && Number.isFinite(number)) {
      vitals.oxygenSaturation = number;
      if (key !== 'oxygen') extra.push(`${capitalise(key)}: ${value}`);
    } else if (key === 'abnormal') {
      if (value.toLowerCase() !== 'none') extra.push(`Abnormal: ${value}.`);
    } else if (key === 'vitals' && /not taken/i.test(value)) extra.push('Not taken.');
    else {
      extra.push(`${capitalise(key)}: ${value}.`);
      notes.push(`line ${line}: the reading "${key}" has no field of its own; it is kept in the vital-sign notes`);
    }
  }
  if (extra.length > 0) vitals.notes = extra.join(' ');
  return vitals;
}

export function readTimeLimit(sections: Sections): number | undefined {
  const minutes = Number(keyValues(sections.get('TIMING')).get('consultation')?.value);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 120 ? minutes : undefined;
}

export const sectionText = (section: Section | undefined) => (section?.lines ?? []).map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();

export function readExam(sections: Sections): CaseInput['exam'] {
  const exam = [...keyValues(sections.get('EXAMINE'))].map(([key, { value }]) => ({
    system: key === 'otherwise' ? 'Anything else' : capitalise(key),
    finding: value,
  }));
  return exam.length > 0 ? exam : undefined;
}

export interface Credit {
  authors: string[];
  license: string;
  references: CaseInput['references'];
}

export const VSP_URL = 'https://github.com/igembitsky/virtual-standardized-patient';

/** The credit must travel with the case (CC BY): without authors and a licence there is no import. */
export function readCredit(sections: Sections): Credit {
  const section = sections.get('CREDIT') as Section;
  const kv = keyValues(section);
  const get = (key: string) => kv.get(key)?.value ?? '';
  const authorsText = get('authors');
  const licence = get('licence') || get('license');
  if (!authorsText) throw new ImportError(section.line, '[CREDIT] has no "authors:" line, and the credit must travel with the case');
  if (!licence) throw new ImportError(section.line, '[CREDIT] has no "licence:" line, and the credit must travel with the case');
  const copyright = get('copyright');
  const citation = [authorsText, get('title'), get('journal'), get('year'), get('id')].filter(Boolean).join('. ');
  const url = get('url');
  const changes = get('changes');
  return {
    authors: commaList(authorsText),
    license: [licence, copyright].filter(Boolean).join('. '),
    references: [
      { citation: `${citation}.`, ...(isUrl(url) ? { url } : {}) },
      {
        citation:
          'Adapted for the Virtual Standardized Patient Simulator (program under the MIT licence, copyright 2026 Igor Gembitsky).' +
          (changes ? ` Changes: ${changes}` : '') +
          ' Imported into Anamnesis: the second-person instructions were rewritten as the patient\'s first-person words and the checklist linked to them.',
        url: VSP_URL,
      },
    ],
  };
}

function isUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
