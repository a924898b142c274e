import type { Case } from '../../case/schema';

// Finds the diagnosis (or an alias) in text that arrives piece by piece. Matching is on a folded
// form of letters and digits only — lower case, accents dropped, every space, hyphen and
// punctuation mark left out — so "Pulmonary  Embolism", "pulmonary-embolism" and "post-operative"
// for "postoperative" all match. A match must begin and end on a word boundary; a plural ending
// is allowed after it ("embolisms", "Entzündungen").
//
// While text is still coming, the scanner reports how far it is safe to show: up to the first
// word from which the text so far could still become a term. Only that tail is held back, so
// clean text streams on without delay and no part of a term is ever shown.

export interface LeakHit {
  /** The diagnosis name or alias as the case writes it. */
  term: string;
  /** Where the match starts in the text. */
  index: number;
}

export interface LeakScan {
  hit?: LeakHit;
  /** Text before this index can be shown: it holds no term and no beginning of one. */
  safe: number;
}

/** The names the patient must not say: the primary diagnosis with and without its parenthetical part, and the aliases. */
export function diagnosisTerms(caseFile: Case): string[] {
  const { primary, aliases } = caseFile.diagnosis;
  const withoutParentheses = primary.replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
  return [primary, withoutParentheses, ...aliases];
}

const PLURAL_ENDINGS: Record<string, readonly string[]> = {
  en: ['s', 'es'],
  de: ['e', 'en', 'n', 's', 'es', 'er', 'ern'],
};

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const WORD_RUN = /[\p{L}\p{N}\p{M}]*/uy;

/** Lower case, accents and marks dropped, ß as ss: the folded form of one word character. */
function fold(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

function foldWord(text: string): string {
  let out = '';
  for (const char of text) if (WORD_CHAR.test(char)) out += fold(char);
  return out;
}

interface Term {
  term: string;
  folded: string;
}

type Outcome = 'hit' | 'pending' | 'none';

export class LeakScanner {
  private readonly terms: Term[];
  private readonly endings: readonly string[];
  private raw = '';
  private folded = '';
  /** For each folded character, the index in `raw` just after the character it came from. */
  private readonly rawEnd: number[] = [];
  /** Word starts: index in `raw` and in `folded`. */
  private readonly starts: Array<{ raw: number; folded: number }> = [];
  /** Word starts before this one are decided: no term begins there. */
  private undecided = 0;
  private lastWasWord = false;

  constructor(terms: readonly string[], language = 'en') {
    const seen = new Set<string>();
    this.terms = [];
    for (const term of terms) {
      const folded = foldWord(term);
      if (folded === '' || seen.has(folded)) continue;
      seen.add(folded);
      this.terms.push({ term: term.trim(), folded });
    }
    this.endings = PLURAL_ENDINGS[language.split('-')[0] ?? ''] ?? PLURAL_ENDINGS.en ?? [];
  }

  /** All text pushed so far. */
  get text(): string {
    return this.raw;
  }

  /** Adds the next piece of text; the text may still go on. */
  push(chunk: string): LeakScan {
    for (const char of chunk) {
      const index = this.raw.length;
      this.raw += char;
      const isWord = WORD_CHAR.test(char);
      if (isWord) {
        if (!this.lastWasWord) this.starts.push({ raw: index, folded: this.folded.length });
        const f = fold(char);
        this.folded += f;
        for (let i = 0; i < f.length; i++) this.rawEnd.push(index + char.length);
      }
      this.lastWasWord = isWord;
    }
    return this.scan(false);
  }

  /** The text has ended: a term at the very end counts, a beginning of one does not. */
  finish(): LeakScan {
    return this.scan(true);
  }

  private scan(final: boolean): LeakScan {
    let safe = this.raw.length;
    let firstPending: number | undefined;
    for (let s = this.undecided; s < this.starts.length; s++) {
      const start = this.starts[s];
      if (!start) continue;
      let pending = false;
      for (const term of this.terms) {
        const outcome = this.matchAt(start.folded, term, final);
        if (outcome === 'hit') return { hit: { term: term.term, index: start.raw }, safe: Math.min(safe, start.raw) };
        if (outcome === 'pending') pending = true;
      }
      if (pending && firstPending === undefined) {
        firstPending = s;
        safe = start.raw;
      }
    }
    this.undecided = firstPending ?? this.starts.length;
    return { safe };
  }

  private matchAt(at: number, term: Term, final: boolean): Outcome {
    const available = this.folded.length - at;
    if (available < term.folded.length) {
      return !final && term.folded.startsWith(this.folded.slice(at)) ? 'pending' : 'none';
    }
    if (!this.folded.startsWith(term.folded, at)) return 'none';
    const end = this.rawEnd[at + term.folded.length - 1] ?? this.raw.length;
    WORD_RUN.lastIndex = end;
    const rest = WORD_RUN.exec(this.raw)?.[0] ?? '';
    const atEnd = end + rest.length >= this.raw.length;
    // Text that stops right after the term (or a plural ending) may still go on.
    if (atEnd && !final) {
      const ending = foldWord(rest);
      return this.endings.some((e) => e.startsWith(ending)) ? 'pending' : 'none';
    }
    return rest === '' || this.endings.includes(foldWord(rest)) ? 'hit' : 'none';
  }
}
