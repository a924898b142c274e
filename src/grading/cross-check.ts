import type { ChecklistStatus, GradingResult } from './schema';

// The rule grader runs beside the LLM grader; where they disagree an instructor should look.
// Only disagreements that change credit count: `unverified` earns what `missed` earns, so the
// two are the same here. A misinformation flag counts when the rule grader matched one of the
// case's own misconceptions in a turn where the LLM grader flagged nothing.

export type Disagreement = ChecklistDisagreement | MisinformationDisagreement;

export interface ChecklistDisagreement {
  kind: 'checklist';
  itemId: string;
  llm: ChecklistStatus;
  rule: ChecklistStatus;
  note: string;
}

export interface MisinformationDisagreement {
  kind: 'misinformation';
  turn: number;
  speaker: 'student' | 'patient';
  quote: string;
  note: string;
}

/**
 * Checklist items first, in the rule grader's order (the case's checklist order once both
 * results have been through verifyGrading), then the LLM grader's extra items; then flags by turn.
 */
export function compareGradings(llm: GradingResult, rule: GradingResult): Disagreement[] {
  return [...checklistDisagreements(llm, rule), ...missedFlags(llm, rule)];
}

function checklistDisagreements(llm: GradingResult, rule: GradingResult): ChecklistDisagreement[] {
  const llmStatus = new Map(llm.checklist.map((j) => [j.itemId, j.status]));
  const ruleStatus = new Map(rule.checklist.map((j) => [j.itemId, j.status]));
  const itemIds = [...new Set([...ruleStatus.keys(), ...llmStatus.keys()])];
  const disagreements: ChecklistDisagreement[] = [];
  for (const itemId of itemIds) {
    const llmSays = llmStatus.get(itemId) ?? 'missed';
    const ruleSays = ruleStatus.get(itemId) ?? 'missed';
    if (credit(llmSays) === credit(ruleSays)) continue;
    disagreements.push({
      kind: 'checklist',
      itemId,
      llm: llmSays,
      rule: ruleSays,
      note: `The model grader judged this ${describe(llmSays)}; the rule grader judged it ${describe(ruleSays)}.`,
    });
  }
  return disagreements;
}

function missedFlags(llm: GradingResult, rule: GradingResult): MisinformationDisagreement[] {
  // A turn has one speaker, so the turn alone says whether both graders looked at the same words.
  const flaggedByLlm = new Set(llm.misinformation.map((flag) => flag.turn));
  return rule.misinformation
    .filter((flag) => flag.source === 'case-misconception' && !flaggedByLlm.has(flag.turn))
    .sort((a, b) => a.turn - b.turn)
    .map((flag) => ({
      kind: 'misinformation',
      turn: flag.turn,
      speaker: flag.speaker,
      quote: flag.quote,
      note: `The rule grader found a misconception the case warns about in turn ${flag.turn} ("${flag.quote}"); the model grader flagged nothing there.`,
    }));
}

const credit = (status: ChecklistStatus): ChecklistStatus => (status === 'unverified' ? 'missed' : status);

function describe(status: ChecklistStatus): string {
  return status === 'unverified' ? 'met, but without evidence found in the transcript (no credit)' : status;
}
