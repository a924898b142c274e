// The public surface of src/grading: the result schema, the Grader seam and both graders,
// grounding verification, the cross-check, scores, note assessment and file parsing.
// Plain TypeScript: no React, no DOM, so the app, the command line and the mock server share it.
export * from './schema';
export type { GraderOutput, GraderRecord, Grader, GradingInput, StudentNote, TranscriptTurn } from './types';
export { scoreChecklist, type Band, type Score } from './score';
export { NOT_JUDGED_RATIONALE, UNVERIFIED_PREFIX, quoteIsInTurn, quoteOccursIn, verifyGrading, type Verification } from './grounding';
export { compareGradings, type ChecklistDisagreement, type Disagreement, type MisinformationDisagreement } from './cross-check';
export { RED_FLAG_COVERAGE, assessNote, diagnosisMatch, differentialMatch, mentionsRedFlag } from './note-assessment';
export { InputFileError, parseNote, parseTranscript } from './transcript';
export { GRADER_PROMPT_VERSION, buildGraderPrompt, type GraderPrompt } from './grader-prompt';
export { createLlmGrader, GradingFormatError, type LlmGraderOptions } from './llm-grader';
export { createRuleGrader, RULE_GRADER_VERSION, type RuleGraderOptions } from './rule-grader';
export { gradeSession, type GradedSession } from './grade-session';
