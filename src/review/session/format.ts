import type { ChecklistDecision, FlagDecision } from '../../db/schema';
import type { ChecklistStatus } from '../../grading/schema';
import { STATUS_LABEL } from '../../feedback/labels';

// The words the review desk uses for decisions and times. Plain functions, no React.

export function formatTime(epochMs: number): string {
  return new Date(epochMs).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function statusWord(status: ChecklistStatus): string {
  return STATUS_LABEL[status].toLowerCase();
}

/** "Agreed by Dr Ada, 25 Nov 2026, 14:20" or "Overridden by Dr Ada, 25 Nov 2026, 14:20: missed → met". */
export function describeChecklistDecision(decision: ChecklistDecision, graderStatus: ChecklistStatus): string {
  const who = `${decision.reviewer}, ${formatTime(decision.at)}`;
  return decision.status === graderStatus
    ? `Agreed by ${who}`
    : `Overridden by ${who}: ${statusWord(graderStatus)} → ${statusWord(decision.status)}`;
}

/** "Upheld by Dr Ada, 25 Nov 2026, 14:20" / "Dismissed by …". */
export function describeFlagDecision(decision: FlagDecision): string {
  return `${decision.verdict === 'upheld' ? 'Upheld' : 'Dismissed'} by ${decision.reviewer}, ${formatTime(decision.at)}`;
}
