import type { Case } from '../case/schema';
import type { ChecklistJudgement } from './schema';

// Scores come from code, never from a model's arithmetic: the points of met items, half
// for partial ones; unverified and missed earn nothing. Critical items are reported apart.

export type Band = 'excellent' | 'good' | 'borderline' | 'needs work';

export interface Score {
  points: number;
  maxPoints: number;
  /** 0–100, rounded to one decimal. */
  percent: number;
  band: Band;
  /** Ids of critical checklist items not met (missed, partial or unverified). */
  criticalMissed: string[];
}

const BANDS: readonly [number, Band][] = [
  [85, 'excellent'],
  [70, 'good'],
  [50, 'borderline'],
  [0, 'needs work'],
];

const CREDIT = { met: 1, partial: 0.5, missed: 0, unverified: 0 } as const;

export function scoreChecklist(caseFile: Case, judgements: readonly ChecklistJudgement[]): Score {
  const byId = new Map(judgements.map((j) => [j.itemId, j]));
  let points = 0;
  let maxPoints = 0;
  const criticalMissed: string[] = [];
  for (const item of caseFile.checklist) {
    maxPoints += item.points;
    const status = byId.get(item.id)?.status ?? 'missed';
    points += item.points * CREDIT[status];
    if (item.critical && status !== 'met') criticalMissed.push(item.id);
  }
  const percent = maxPoints === 0 ? 0 : Math.round((points / maxPoints) * 1000) / 10;
  const band = BANDS.find(([floor]) => percent >= floor)?.[1] ?? 'needs work';
  return { points, maxPoints, percent, band, criticalMissed };
}
