import type { Case } from '../case/schema';

// A summary is checked for the details students most often get wrong and a reader can check
// without understanding it: numbers (durations, counts, doses, scores) and sides. A detail
// counts as supported when the patient said it in some turn or the student read it at the door
// (the door note, the patient's age). Words for numbers count as the numbers.

/** The numbers and sides in `summary` that no source mentions, as written in the summary. */
export function unsupportedDetails(summary: string, sources: readonly string[]): string[] {
  const known = sources.join('\n');
  const knownNumbers = new Set([...numbersIn(known, { words: true }), ...phraseNumbers(known)].map((n) => n.value));
  const knownSides = new Set(sidesIn(known).map((s) => s.value));
  const unsupported = [
    ...numbersIn(summary, { words: false }).filter((n) => !knownNumbers.has(n.value)),
    ...sidesIn(summary).filter((s) => !knownSides.has(s.value)),
  ];
  return [...new Set(unsupported.sort((a, b) => a.at - b.at).map((detail) => detail.label))];
}

/** What the student could know besides the patient's answers. */
export function doorNoteSources(caseFile: Case): string[] {
  const { doorNote, patient } = caseFile;
  const vitals = doorNote.vitals ? Object.values(doorNote.vitals).map(String) : [];
  const months = patient.age < 2 ? [String(Math.round(patient.age * 12))] : [];
  return [doorNote.setting, doorNote.reason, doorNote.task, ...vitals, String(Math.floor(patient.age)), ...months];
}

interface Detail {
  value: string;
  label: string;
  at: number;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, once: 1, two: 2, twice: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5,
  eins: 1, zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwolf: 12, zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);
/** Too often not a number in a summary ("no one", "one-sided", "half the time"): never checked there. */
const VAGUE_IN_SUMMARY = new Set(['one', 'once', 'half', 'eins', 'acht']);

// Digits glued to letters on their left are names, not quantities: "SpO2", "T2DM", "CD4".
const DIGITS = /(?<![\p{L}\d.,])\d+(?:[.,]\d+)?/gu;
const WORDS = /[\p{L}]+/gu;

function numbersIn(text: string, { words }: { words: boolean }): Detail[] {
  const found: Detail[] = [];
  for (const match of text.matchAll(DIGITS)) {
    found.push({ value: canonical(Number(match[0].replace(',', '.'))), label: labelAt(text, match.index), at: match.index });
  }
  let previousTens: number | null = null;
  for (const match of text.matchAll(WORDS)) {
    const word = fold(match[0]);
    const value = NUMBER_WORDS[word];
    if (value === undefined || (!words && VAGUE_IN_SUMMARY.has(word))) {
      previousTens = null;
      continue;
    }
    found.push({ value: canonical(value), label: labelAt(text, match.index), at: match.index });
    // "twenty-five" is 25 as well as 20 and 5.
    if (previousTens !== null && value < 10) found.push({ value: canonical(previousTens + value), label: '', at: match.index });
    previousTens = TENS.has(value) ? value : null;
  }
  return found.filter((detail) => words || detail.label !== '');
}

/** Spoken amounts a summary writes in digits: "an hour and a half" (1.5 h), "half an hour" (30 min), "a couple". */
function phraseNumbers(text: string): Detail[] {
  const found: Detail[] = [];
  const add = (value: number, at: number) => found.push({ value: canonical(value), label: '', at });
  for (const match of text.matchAll(/\b(an?|[\p{L}]+|\d+)\s+(?:\p{L}+\s+)?and\s+a\s+half\b/giu)) {
    const whole = match[1] ?? '';
    const value = /^an?$/i.test(whole) ? 1 : /^\d+$/.test(whole) ? Number(whole) : NUMBER_WORDS[fold(whole)];
    if (value !== undefined) add(value + 0.5, match.index);
  }
  for (const match of text.matchAll(/\bhalf an? hour\b/giu)) add(30, match.index);
  for (const match of text.matchAll(/\ba couple\b/giu)) add(2, match.index);
  for (const match of text.matchAll(/\ba dozen\b/giu)) add(12, match.index);
  return found;
}

const SIDES: readonly [RegExp, string][] = [
  [/^(left|links|linke[nrms]?|linksseitig\p{L}*)$/u, 'left'],
  [/^(right|rechts|rechte[nrms]?|rechtsseitig\p{L}*)$/u, 'right'],
];

function sidesIn(text: string): Detail[] {
  const found: Detail[] = [];
  for (const match of text.matchAll(WORDS)) {
    const word = fold(match[0]);
    const side = SIDES.find(([pattern]) => pattern.test(word))?.[1];
    if (side) found.push({ value: side, label: match[0], at: match.index });
  }
  return found;
}

const fold = (word: string) => word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLowerCase();
const canonical = (value: number) => String(value);

/** The detail as the summary wrote it: "5 days", "4/10", "68-year-old woman". */
function labelAt(text: string, index: number): string {
  const rest = text.slice(index);
  const token = rest.match(/^\S+/u)?.[0] ?? '';
  const bare = /^[\p{L}\p{N}.,]+$/u.test(token.replace(/[.,;:!?)]+$/u, ''));
  const withNext = bare ? rest.match(/^\S+\s+\p{L}+/u)?.[0] : undefined;
  return (withNext ?? token).replace(/[.,;:!?)]+$/u, '');
}
