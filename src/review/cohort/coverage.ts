import type { EffectiveSession } from './effective';

// Which checklist items the cohort covers: per item, how many of the students' sessions have
// it met, how many partial (counted apart: half the credit, not covered), and how many not.

/** What cohort analytics needs of a checklist item (from the case the sessions were played with). */
export interface CohortItem {
  id: string;
  text: string;
  points: number;
  critical: boolean;
}

export interface ItemCoverage {
  item: CohortItem;
  /** Sessions whose grading judged the item (a grading judges every item of the case it was made with). */
  total: number;
  met: number;
  partial: number;
  /** Missed or unverified. */
  notCovered: number;
  /** met / total × 100; 0 when total is 0. */
  metPercent: number;
  partialPercent: number;
}

/**
 * Coverage of each item, in the case's order; items a grading judged that the case no longer
 * lists (an older version of it) follow, named by their id.
 */
export function coverageOf(items: readonly CohortItem[], sessions: readonly EffectiveSession[]): ItemCoverage[] {
  const known = new Set(items.map((item) => item.id));
  const extra: CohortItem[] = [];
  for (const session of sessions) {
    for (const judgement of session.checklist) {
      if (known.has(judgement.itemId)) continue;
      known.add(judgement.itemId);
      extra.push({ id: judgement.itemId, text: judgement.itemId, points: 0, critical: false });
    }
  }
  const counts = new Map<string, { total: number; met: number; partial: number }>();
  for (const session of sessions) {
    for (const judgement of session.checklist) {
      const count = counts.get(judgement.itemId) ?? { total: 0, met: 0, partial: 0 };
      count.total += 1;
      if (judgement.status === 'met') count.met += 1;
      if (judgement.status === 'partial') count.partial += 1;
      counts.set(judgement.itemId, count);
    }
  }
  return [...items, ...extra].map((item) => {
    const { total, met, partial } = counts.get(item.id) ?? { total: 0, met: 0, partial: 0 };
    return {
      item,
      total,
      met,
      partial,
      notCovered: total - met - partial,
      metPercent: total === 0 ? 0 : (met / total) * 100,
      partialPercent: total === 0 ? 0 : (partial / total) * 100,
    };
  });
}
