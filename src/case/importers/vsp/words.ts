// Small word helpers shared by the story and checklist mappers.

const STOP = new Set(
  (
    'a an the and or but so of to in on at by for with from into onto about over under than then that this these those ' +
    'is are was were be been being am do does did done have has had having can could will would shall should may might must ' +
    'i me my mine myself you your yours yourself he him his she her it its we us our they them their ' +
    'not no nor yes very just only also too much many more most some any all each every other another such own same ' +
    'what which who whom whose when where why how if because as until while there here up down out off again once ' +
    'say says said like get gets got make makes made go goes went come comes came take takes took know think ' +
    'really quite still ever never always sometimes usually often lot little bit one two three four five six ' +
    'doctor asks asked ask thing things way well good day days time times now last first few since ago'
  ).split(' '),
);

/** Lower-case content words, in order, without repeats. */
export function contentWords(text: string, minLength = 4): string[] {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? [];
  // Contractions ("i'm", "don't") are never what a question is about.
  return [...new Set(words.map((w) => w.replace(/'s$/, '')).filter((w) => w.length >= minLength && !STOP.has(w) && !/'/.test(w)))];
}

/** A lower-case-hyphenated id from some words, at most `max` of them. */
export function slug(text: string, max = 4): string {
  const words = contentWords(text, 3).map((w) => w.replace(/[^a-z0-9]/g, '')).filter(Boolean);
  return words.slice(0, max).join('-') || 'item';
}

/** Makes `base` unique among `used` by appending -2, -3, …; records it. */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/** A VSP trigger ("stool*", "stop* you") as a whole-word, case-insensitive pattern; * is a prefix wildcard. */
export function triggerPattern(trigger: string): RegExp {
  const parts = trigger
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*$/, '[\\p{L}\\p{N}\'-]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

export const capitalise = (text: string) => (text[0]?.toUpperCase() ?? '') + text.slice(1);

/** "about my mood" → "mood": stop words trimmed from both ends of a phrase. */
export function withoutEdgeStopWords(phrase: string): string {
  const words = phrase.split(/\s+/).filter(Boolean);
  while (words.length > 0 && STOP.has((words[0] ?? '').toLowerCase())) words.shift();
  while (words.length > 0 && STOP.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
  return words.join(' ');
}
