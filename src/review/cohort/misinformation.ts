import type { MisinformationFlag } from '../../grading/schema';
import type { EffectiveSession } from './effective';

// The misinformation the cohort repeats most. A flag the grader tied to one of the case's
// misconceptions is grouped under it (graders copy its correction, and the rule grader quotes
// its claim in the problem); any other flag is grouped by its problem text, normalised.
// Flags an instructor dismissed are not counted.

/** What cohort analytics needs of a case misconception. */
export interface CohortMisconception {
  claim: string;
  correction: string;
}

export interface MisinformationGroup {
  /** `misconception:<index>` for a case misconception, else `problem:<normalised text>`. */
  key: string;
  /** The misconception's claim, or the problem as the grader first worded it. */
  label: string;
  correction: string;
  /** True when the group is one of the misconceptions the case lists. */
  fromCase: boolean;
  /** The highest severity among its flags. */
  severity: MisinformationFlag['severity'];
  /** Distinct sessions with at least one such flag. */
  sessions: number;
  /** All such flags (one session can repeat a claim). */
  flags: number;
}

const SEVERITY_RANK = { low: 0, medium: 1, high: 2 } as const;

/** Lower case, one space between words, no surrounding punctuation or quotes. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’.,;:!?-]+|[\s"'“”‘’.,;:!?-]+$/g, '');
}

/** The index of the case misconception a flag names, or -1. */
export function misconceptionOf(flag: MisinformationFlag, misconceptions: readonly CohortMisconception[]): number {
  if (flag.source !== 'case-misconception') return -1;
  const correction = normaliseText(flag.correction);
  const byCorrection = misconceptions.findIndex((m) => normaliseText(m.correction) === correction);
  if (byCorrection >= 0) return byCorrection;
  const problem = normaliseText(flag.problem);
  return misconceptions.findIndex((m) => {
    const claim = normaliseText(m.claim);
    return claim.length > 0 && problem.includes(claim);
  });
}

/** Groups, most sessions first (then most flags, then by label). */
export function misinformationOf(sessions: readonly EffectiveSession[], misconceptions: readonly CohortMisconception[]): MisinformationGroup[] {
  const groups = new Map<string, MisinformationGroup & { seen: Set<string> }>();
  for (const { session, flags } of sessions) {
    for (const flag of flags) {
      const index = misconceptionOf(flag, misconceptions);
      const misconception = misconceptions[index];
      const key = misconception ? `misconception:${index}` : `problem:${normaliseText(flag.problem)}`;
      let group = groups.get(key);
      if (!group) {
        group = {
          key,
          label: misconception ? misconception.claim : flag.problem.trim() || flag.quote,
          correction: misconception ? misconception.correction : flag.correction,
          fromCase: Boolean(misconception),
          severity: flag.severity,
          sessions: 0,
          flags: 0,
          seen: new Set(),
        };
        groups.set(key, group);
      }
      group.flags += 1;
      if (SEVERITY_RANK[flag.severity] > SEVERITY_RANK[group.severity]) group.severity = flag.severity;
      if (!group.correction && flag.correction) group.correction = flag.correction;
      if (!group.seen.has(session.id)) {
        group.seen.add(session.id);
        group.sessions += 1;
      }
    }
  }
  return [...groups.values()]
    .map(({ seen: _seen, ...group }) => group)
    .sort((a, b) => b.sessions - a.sessions || b.flags - a.flags || a.label.localeCompare(b.label));
}
