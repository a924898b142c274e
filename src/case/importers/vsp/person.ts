// Rewrites the case file's second-person instructions ("You have had chest pain") as the
// patient's own first-person words ("I have had chest pain"). Heuristic, English only: "you"
// becomes "I" where it is the subject and "me" where it is the object.

/** Words after which "you" is an object ("it woke you", "to you"), so it becomes "me". */
const OBJECT_BEFORE = new Set(
  (
    'to with for at about from of on by into onto upon without against toward towards behind around ' +
    'had woke wakes wake hurt hurts hurting brought brings bring told tell tells sent send sends make makes made ' +
    'gets got give gives gave ask asks asked forced force hit hits help helps helped bother bothers bothered ' +
    'called call calls let lets saw see sees took take takes kept keep keeps left leave leaves stopped stop stops ' +
    'wants want wanted drove drive drives examine examines examined treat treats treated'
  ).split(' '),
);

/** Words that start a clause, so "you" after them is a subject ("because you were"). */
const CLAUSE_WORDS = new Set('and but or so because when whenever if unless that until before after since as where while though although then which who'.split(' '));

const MATCH_CASE = (source: string, replacement: string) =>
  source[0] !== undefined && source[0] === source[0].toUpperCase() && source[0] !== source[0].toLowerCase()
    ? replacement[0]?.toUpperCase() + replacement.slice(1)
    : replacement;

/** Contracted and "be" forms first: they need the verb changed too. */
const FIXED: Array<[RegExp, string]> = [
  [/\bthe two of you\b/gi, 'the two of us'],
  [/\byou both\b/gi, 'we both'],
  [/\byou're\b/gi, "I'm"],
  [/\byou've\b/gi, "I've"],
  [/\byou'd\b/gi, "I'd"],
  [/\byou'll\b/gi, "I'll"],
  [/\byou aren't\b/gi, "I'm not"],
  [/\byou weren't\b/gi, "I wasn't"],
  [/\byou (\w+ly|never|always|often|still|just|only|really|not) are\b/gi, 'I $1 am'],
  [/\byou (\w+ly|never|always|often|still|just|only|really|not) were\b/gi, 'I $1 was'],
  [/\byou are\b/gi, 'I am'],
  [/\byou were\b/gi, 'I was'],
  [/\byourselves\b/gi, 'ourselves'],
  [/\byourself\b/gi, 'myself'],
  [/\byours\b/gi, 'mine'],
  [/\byour\b/gi, 'my'],
];

/** "You have had chest pain" → "I have had chest pain". */
export function toFirstPerson(text: string): string {
  let out = text;
  for (const [pattern, replacement] of FIXED) {
    out = out.replace(pattern, (found: string, group?: unknown) =>
      MATCH_CASE(found, typeof group === 'string' ? replacement.replace('$1', group) : replacement),
    );
  }
  out = out.replace(/\byou\b/gi, (found, offset: number, whole: string) => {
    const before = whole.slice(0, offset);
    const previous = /([\p{L}']+)[^\p{L}']*$/u.exec(before)?.[1]?.toLowerCase();
    const clauseStart = /(^|[.!?:;"(]\s*)$/.test(before);
    const after = whole.slice(offset + found.length);
    const atEnd = /^\s*([.!?,;:)"]|$)/.test(after);
    const subject = clauseStart || previous === undefined || CLAUSE_WORDS.has(previous) || (!OBJECT_BEFORE.has(previous) && !atEnd);
    return subject ? 'I' : 'me';
  });
  // "I" is always capital; "me" at the start of a sentence would be wrong but cannot occur above.
  return out.replace(/\bi\b(?!['’]?\w)/g, 'I');
}
