// The spread of final scores (the reviewed score where an instructor changed it, else the
// grader's) in ten 10-point bins: 0–10, 10–20, … 90–100. A bin holds its lower bound; the last
// one also holds 100.

export interface ScoreBin {
  /** Inclusive. */
  from: number;
  /** Exclusive, except 100 for the last bin. */
  to: number;
  count: number;
}

export interface ScoreDistribution {
  bins: ScoreBin[];
  n: number;
  /** Null when there are no scores. */
  median: number | null;
  mean: number | null;
}

export const BIN_WIDTH = 10;

export function binOf(percent: number): number {
  const clamped = Math.min(100, Math.max(0, percent));
  return Math.min(100 / BIN_WIDTH - 1, Math.floor(clamped / BIN_WIDTH));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function scoreDistribution(scores: readonly number[]): ScoreDistribution {
  const bins = Array.from({ length: 100 / BIN_WIDTH }, (_, i) => ({ from: i * BIN_WIDTH, to: (i + 1) * BIN_WIDTH, count: 0 }));
  for (const score of scores) {
    const bin = bins[binOf(score)];
    if (bin) bin.count += 1;
  }
  const n = scores.length;
  return { bins, n, median: median(scores), mean: n === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / n };
}
