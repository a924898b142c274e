import { cachedAlternation, normalise } from '../../patient/annotate';
import type { LanguagePack } from '../../patient/lexicon';
import { sameWord } from '../../patient/retrieve';

// Small text helpers for the rule grader. Quotes are always cut from the original text, so
// they are found again word for word when the grading is verified against the transcript.

/** The sentences of a turn as written (original case and punctuation), in order. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!;:])\s+(?=\S)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Whether any pattern (regular-expression sources, case-insensitive, at a word start) matches. */
export function matches(patterns: readonly string[], text: string): boolean {
  return patterns.length > 0 && cachedAlternation(patterns).test(normalise(text));
}

/** The first sentence of `text` a pattern matches, as written; undefined when none does. */
export function sentenceMatching(patterns: readonly string[], text: string): string | undefined {
  return sentences(text).find((s) => matches(patterns, s));
}

/** Lower-case words, apostrophes kept ("can't"), digits kept. */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/**
 * Words that carry meaning: the pack's stopwords left out, but negations kept ("no need to
 * tell" is not "need to tell").
 */
export function meaningWords(text: string, pack: LanguagePack): string[] {
  const negation = new Set(pack.negation);
  const stop = new Set(pack.stopwords);
  return words(text).filter((w) => negation.has(w) || (w.length > 1 && !stop.has(w)));
}

export function isNegation(word: string, pack: LanguagePack): boolean {
  return pack.negation.includes(word) || /n't$/u.test(word);
}

export { sameWord };

/** Share of `wanted` words found (as the same word or a form of it) among `have`. */
export function wordShare(wanted: readonly string[], have: readonly string[]): number {
  if (wanted.length === 0) return 0;
  return wanted.filter((w) => have.some((h) => sameWord(h, w))).length / wanted.length;
}

/** A quote short enough to read at a glance: the whole text, or its first sentences up to ~200 characters. */
export function shortQuote(text: string, max = 200): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  let quote = '';
  for (const s of sentences(trimmed)) {
    if (quote && quote.length + s.length + 1 > max) break;
    quote = quote ? `${quote} ${s}` : s;
  }
  return quote || trimmed;
}
