// Words of diagnoses and red flags, reduced so that the everyday ways of writing the same term
// compare equal: case, accents, hyphens and punctuation, British and American spelling
// (oedema/edema, haemorrhage/hemorrhage, generalised/generalized, tumour/tumor, centre/center),
// plural and singular. Only spelling is folded, never meaning: "oedema" and "embolism" stay apart.

/** Prefixes written joined, hyphenated or apart ("postoperative", "post-operative", "post operative"). */
const JOINED_PREFIXES = new Set(['post', 'pre', 'non', 'sub', 'intra', 'peri', 'extra', 'gastro', 'pseudo', 'retro', 'para']);

/** Words that carry no meaning of their own in a diagnosis (English and German). */
const STOPWORDS = new Set(
  (
    'a an the of and or with without in on at to from by for due secondary caused causing because as its their her his ' +
    'e g eg ie i vs versus than this that be is are was which rule ruled out excluded exclusion ' +
    'und oder mit der die das des dem den im in bei von vom zur zum ein eine einer bzw'
  ).split(' '),
);

/**
 * Words that say how sure, how bad, when or on which side, not what. A student who writes
 * "cholangitis" names "Acute cholangitis". "postoperative" is one of them: it is the setting,
 * and the case already sets it (a student writing "ileus" on day 3 after surgery means it).
 */
export const QUALIFIERS = new Set(
  (
    'acute chronic suspected suspect suspicion probable probably likely possible possibly query presumed presumptive ' +
    'first new early recurrent mild moderate severe major minor clinical left right bilateral unilateral postoperative ' +
    'akut akute akuter chronisch chronische verdacht'
  ).split(' '),
);

/** Every word of `text`, each reduced to its folded form. */
export function foldedWords(text: string): string[] {
  const raw = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/gu, '')
    .replace(/['\u2019]/gu, '')
    .match(/[\p{L}\p{N}]+/gu);
  return joinPrefixes(raw ?? []).map(foldWord);
}

/** The words of `text` that carry meaning. */
export function contentWords(text: string): string[] {
  return foldedWords(text).filter((word) => !STOPWORDS.has(word));
}

/** What a name is about: its content words, without any part in parentheses and without qualifiers. */
export function coreWords(name: string): string[] {
  return contentWords(withoutParentheses(name)).filter((word) => !QUALIFIERS.has(word));
}

export function withoutParentheses(text: string): string {
  return text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ').trim();
}

function joinPrefixes(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    if (JOINED_PREFIXES.has(word) && next !== undefined && /^\p{L}/u.test(next)) {
      joined.push(word + next);
      i += 1;
    } else joined.push(word);
  }
  return joined;
}

export function foldWord(word: string): string {
  if (/^\d/.test(word)) return word;
  const american = word
    .replace(/ae/g, 'e')
    .replace(/oe/g, 'e')
    .replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1')
    .replace(/^(\w{3,})our$/, '$1or')
    .replace(/([^aeiou])tre$/, '$1ter');
  return singular(american);
}

function singular(word: string): string {
  if (word.length <= 3) return word;
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is|sis)$/.test(word)) return word;
  if (/(sses|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/**
 * Whether two folded words are forms of one word: equal, or sharing a beginning of at least
 * five letters that is two thirds of the shorter word ("vomit", "vomiting"; "sweaty",
 * "sweating"; "adhesion", "adhesional") — but not "tachycardia" and "tachypnoea".
 */
export function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  if (/^\d/.test(a) || /^\d/.test(b)) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common += 1;
  return common >= 5 && common >= (Math.min(a.length, b.length) * 2) / 3;
}

/** Words that name no condition by themselves: "reflux disease" says no more than "reflux". */
export const GENERIC_WORDS = new Set(['disease', 'disorder', 'condition', 'problem', 'illness']);

/** Whether every word of `needed` is among `words`. */
export function containsAll(words: readonly string[], needed: readonly string[]): boolean {
  const have = new Set(words);
  return needed.every((word) => have.has(word));
}

/**
 * Abbreviations students write for common differentials and in plans. Used to decide whether an
 * entry fits one of the case's differentials or a note mentions a red flag, never for the
 * case's diagnosis, which is matched through its own aliases.
 */
const ABBREVIATIONS: Record<string, string> = {
  pe: 'pulmonary embolism',
  dvt: 'deep vein thrombosis',
  mi: 'myocardial infarction',
  acs: 'acute coronary syndrome',
  uti: 'urinary tract infection',
  gord: 'gastro-oesophageal reflux disease',
  gerd: 'gastro-oesophageal reflux disease',
  sah: 'subarachnoid haemorrhage',
  sbo: 'small bowel obstruction',
  aki: 'acute kidney injury',
  pid: 'pelvic inflammatory disease',
  sti: 'sexually transmitted infection',
  urti: 'upper respiratory tract infection',
  lrti: 'lower respiratory tract infection',
  cvst: 'cerebral venous sinus thrombosis',
  rcvs: 'reversible cerebral vasoconstriction syndrome',
  aom: 'acute otitis media',
  msk: 'musculoskeletal',
  pud: 'peptic ulcer disease',
  ngu: 'non-gonococcal urethritis',
  ng: 'nasogastric',
  ngt: 'nasogastric tube',
};

export function expandAbbreviations(entry: string): string {
  return entry.replace(/\b[A-Za-z]{2,4}\b/g, (word) => ABBREVIATIONS[word.toLowerCase()] ?? word);
}
