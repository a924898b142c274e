import type { ConceptKind, LanguagePack } from './lexicon/types';

// Turns a sentence into what the scripted patient reasons with: the concepts it names
// (from the language pack's lexicon) and the content words left over.

export type Side = 'question' | 'fact';

export interface Annotation {
  /** Concept ids in order of first appearance. */
  concepts: string[];
  /** Concepts present only because another implies them (a sister implies family). */
  implied: string[];
  /** Content words not claimed by any concept, lower-case. */
  words: string[];
  negated: boolean;
}

interface Compiled {
  concepts: { id: string; kind: ConceptKind; pattern: RegExp; implies: string[] }[];
  kinds: Map<string, ConceptKind>;
  negation: RegExp;
  stopwords: Set<string>;
}

const WORD_START = '(?<![\\p{L}\\p{N}])';
const compiledPacks = new WeakMap<LanguagePack, Record<Side, Compiled>>();

export function alternation(sources: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${sources.join('|')})`, 'giu');
}

const cachedPatterns = new Map<string, RegExp>();

/** `alternation`, compiled once per distinct list: move and jargon patterns are tested per turn. */
export function cachedAlternation(sources: readonly string[]): RegExp {
  const key = sources.join('\u0000');
  let pattern = cachedPatterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`${WORD_START}(?:${sources.join('|')})`, 'iu');
    cachedPatterns.set(key, pattern);
  }
  return pattern;
}

/** Like `alternation`, but a match takes the rest of the word it ends in ("breath|lessness"). */
function wholeWords(sources: readonly string[]): RegExp {
  return new RegExp(`${WORD_START}(?:${sources.join('|')})(?:(?<=[\\p{L}\\p{N}])[\\p{L}\\p{N}]*)?`, 'giu');
}

function compile(pack: LanguagePack): Record<Side, Compiled> {
  const build = (side: Side): Compiled => ({
    concepts: pack.concepts
      .map((c) => ({
        id: c.id,
        kind: c.kind,
        implies: c.implies ?? [],
        sources: [...(c.words ?? []), ...((side === 'question' ? c.question : c.fact) ?? [])],
      }))
      .filter((c) => c.sources.length > 0)
      .map((c) => ({ id: c.id, kind: c.kind, implies: c.implies, pattern: wholeWords(c.sources) })),
    kinds: new Map(pack.concepts.map((c) => [c.id, c.kind])),
    negation: new RegExp(`${WORD_START}(?:${pack.negation.join('|')})(?![\\p{L}])`, 'iu'),
    stopwords: new Set(pack.stopwords),
  });
  return { question: build('question'), fact: build('fact') };
}

function compiled(pack: LanguagePack, side: Side): Compiled {
  let entry = compiledPacks.get(pack);
  if (!entry) {
    entry = compile(pack);
    compiledPacks.set(pack, entry);
  }
  return entry[side];
}

/** "how r u sleeping at nite" → "how are you sleeping at night". */
export function respell(text: string, pack: LanguagePack): string {
  return text.replace(/[\p{L}']+/gu, (word) => pack.spellings[word] ?? word);
}

export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d„]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function annotate(text: string, pack: LanguagePack, side: Side): Annotation {
  const { concepts: defs, negation, stopwords } = compiled(pack, side);
  let rest = side === 'question' ? respell(normalise(text), pack) : normalise(text);
  const negated = negation.test(rest);
  const found: { id: string; at: number; implied?: boolean }[] = [];
  for (const def of defs) {
    let first = -1;
    rest = rest.replace(def.pattern, (match, ...args) => {
      const offset = args[args.length - 2] as number;
      if (first < 0) first = offset;
      return ' '.repeat(match.length);
    });
    if (first >= 0) {
      found.push({ id: def.id, at: first });
      // A concept also speaks of the broader ones it implies (a sister is family).
      def.implies.forEach((id) => found.push({ id, at: first + 0.5, implied: true }));
    }
  }
  found.sort((a, b) => a.at - b.at);
  const words = rest
    .split(/[^\p{L}\p{N}']+/u)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 2 && !stopwords.has(w) && !w.includes("'"));
  const concepts = [...new Set(found.map((f) => f.id))];
  const explicit = new Set(found.filter((f) => !f.implied).map((f) => f.id));
  return { concepts, implied: concepts.filter((c) => !explicit.has(c)), words, negated };
}

/** Lower-case words of a text without stopwords, as they stand (no concepts taken out). */
export function contentTokens(text: string, pack: LanguagePack): string[] {
  const { stopwords } = compiled(pack, 'question');
  return normalise(text)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 1 && !stopwords.has(w));
}

/** Symptoms and history sections are what a question is about; dimensions and places only frame it. */
export function isSubject(pack: LanguagePack, concept: string): boolean {
  const kind = conceptKind(pack, concept);
  return kind === 'symptom' || kind === 'topic';
}

export function conceptKind(pack: LanguagePack, id: string): ConceptKind | undefined {
  return compiled(pack, 'question').kinds.get(id);
}
