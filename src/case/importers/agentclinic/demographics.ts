// "35-year-old female", "8-month-old boy", "Newborn, born at 33 weeks of gestation": age in years and sex.

export type Sex = 'female' | 'male';

/** Age in years (fractions for infants), or undefined when the text gives none. */
export function parseAge(demographics: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)[- ](year|month|week|day)s?[- ]old/i.exec(demographics);
  if (match?.[1] && match[2]) {
    const n = Number(match[1]);
    const perYear = { year: 1, month: 12, week: 52, day: 365 }[match[2].toLowerCase() as 'year' | 'month' | 'week' | 'day'];
    return Math.round((n / perYear) * 100) / 100;
  }
  if (/\b(newborn|neonate|new-born)\b/i.test(demographics)) return 0;
  return undefined;
}

/** Sex from the demographics, else from the pronouns the history uses most; undefined when neither tells. */
export function parseSex(demographics: string, history: string): Sex | undefined {
  if (/\b(female|woman|girl|lady|mother|gravida|pregnant)\b/i.test(demographics)) return 'female';
  if (/\b(male|man|boy|gentleman)\b/i.test(demographics)) return 'male';
  const count = (re: RegExp) => (history.match(re) ?? []).length;
  const she = count(/\b(she|her|herself|daughter|girl)\b/gi);
  const he = count(/\b(he|him|his|himself|son|boy)\b/gi);
  if (she > he) return 'female';
  if (he > she) return 'male';
  return undefined;
}

const FEMALE_NAMES = ['Anna', 'Maria', 'Sarah', 'Grace', 'Helen', 'Ruth', 'Laura', 'Emma', 'Clara', 'Nora'];
const MALE_NAMES = ['James', 'David', 'Tom', 'Peter', 'Sam', 'Daniel', 'Mark', 'Paul', 'Leo', 'Adam'];
const SURNAMES = ['Taylor', 'Morgan', 'Hughes', 'Carter', 'Patel', 'Murray', 'Bennett', 'Reid', 'Walsh', 'Fisher', 'Lane'];

/** AgentClinic patients have no names: a stable made-up one from the record's line. */
export function madeUpName(sex: Sex, line: number): { first: string; surname: string } {
  const first = (sex === 'female' ? FEMALE_NAMES : MALE_NAMES)[line % 10] ?? 'Alex';
  const surname = SURNAMES[line % SURNAMES.length] ?? 'Smith';
  return { first, surname };
}
