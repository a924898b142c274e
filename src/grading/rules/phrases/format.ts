// Helpers for building feedback sentences from a case's own words.

const EN_FIRST_WORD_VERB = /^([A-Z][a-z]+s)\b\s*(.*)$/u;

/** "Asks about X" → "Ask about X" and "You asked about X". */
export function englishVerb(text: string): { imperative: string; past: string } | undefined {
  const match = text.trim().match(EN_FIRST_WORD_VERB);
  if (!match) return undefined;
  const verb = (match[1] ?? '').toLowerCase();
  const rest = match[2] ?? '';
  const base = verb.endsWith('ies')
    ? `${verb.slice(0, -3)}y`
    : /(sh|ch|ss|x|z)es$/u.test(verb)
      ? verb.slice(0, -2)
      : verb.slice(0, -1);
  const irregular: Record<string, string> = { take: 'took', make: 'made', get: 'got', give: 'gave', find: 'found', seek: 'sought' };
  const past =
    irregular[base] ??
    (base.endsWith('e') ? `${base}d` : /[^aeiou]y$/u.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { imperative: `${capital(base)} ${rest}`.trim(), past: `${past} ${rest}`.trim() };
}

/** "a, b and c". */
export function list(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** A quote without its closing punctuation, to sit inside a sentence. */
export const bare = (quote: string) => quote.trim().replace(/[.;:,!]+$/u, '');

export const sentence = (text: string) => (/[.!?]$/u.test(text.trim()) ? text.trim() : `${text.trim()}.`);
