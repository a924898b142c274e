import type { ChecklistJudgement, MisinformationFlag } from '../../grading/schema';

// Where a turn's words are cited: the quotes a checklist judgement gives as evidence and the
// quotes a flag marks as misinformation, cut into runs of text so each run knows everything
// that covers it (two items may cite the same words; a flag may overlap evidence). Pure.

export interface Segment {
  text: string;
  /** Checklist items whose evidence covers this run. */
  itemIds: string[];
  /** Indexes (in the grading's list) of flags whose quote covers this run. */
  flagIndexes: number[];
}

interface Span {
  start: number;
  end: number;
  itemId?: string;
  flagIndex?: number;
}

// Grounding accepts elided quotes ("I smoke . . . a day"): each part is marked on its own.
const ELISION = /\s*(?:\.\s?\.\s?\.|…)\s*/;

/** The first place (case-insensitive) each part of `quote` occurs in `text`. */
export function quoteSpans(text: string, quote: string): { start: number; end: number }[] {
  const lower = text.toLowerCase();
  const spans: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of quote.split(ELISION).map((p) => p.trim().toLowerCase())) {
    if (!part) continue;
    const at = lower.indexOf(part, from);
    if (at < 0) continue;
    spans.push({ start: at, end: at + part.length });
    from = at + part.length;
  }
  return spans;
}

/** The items whose evidence cites this turn, in checklist order, each once. */
export function itemsCitingTurn(judgements: readonly ChecklistJudgement[], turn: number): string[] {
  return judgements.filter((j) => j.evidence.some((e) => e.turn === turn)).map((j) => j.itemId);
}

/** A turn's text cut into runs, each with the evidence and flags that cover it. */
export function segmentTurn(text: string, turn: number, judgements: readonly ChecklistJudgement[], flags: readonly MisinformationFlag[]): Segment[] {
  const spans: Span[] = [];
  for (const j of judgements) {
    for (const e of j.evidence) if (e.turn === turn) spans.push(...quoteSpans(text, e.quote).map((s) => ({ ...s, itemId: j.itemId })));
  }
  flags.forEach((flag, flagIndex) => {
    if (flag.turn === turn) spans.push(...quoteSpans(text, flag.quote).map((s) => ({ ...s, flagIndex })));
  });
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const itemIds = unique(covering.flatMap((s) => (s.itemId === undefined ? [] : [s.itemId])));
    const flagIndexes = unique(covering.flatMap((s) => (s.flagIndex === undefined ? [] : [s.flagIndex])));
    const previous = segments.at(-1);
    if (previous && same(previous.itemIds, itemIds) && same(previous.flagIndexes, flagIndexes)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), itemIds, flagIndexes });
  }
  return segments.length ? segments : [{ text, itemIds: [], flagIndexes: [] }];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function same<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
