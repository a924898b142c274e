import * as z from 'zod';

// The grading result: one schema for both graders (the LLM grader's structured output is
// parsed with it) and for what is stored. Every property is required — optional facts are
// `null` — because strict structured output on OpenAI-compatible servers needs it so.
// Changing this shape needs a new GRADING_SCHEMA_VERSION and a stored-data migration.

export const GRADING_SCHEMA_VERSION = 1;

/** A quote from the transcript: the 1-based turn number and words said in that turn. */
export const Evidence = z.strictObject({
  turn: z.int().min(1),
  quote: z.string().min(1),
});

export const CHECKLIST_STATUSES = ['met', 'partial', 'missed', 'unverified'] as const;

export const ChecklistJudgement = z.strictObject({
  itemId: z.string().min(1),
  /** `unverified`: marked met or partial by the grader, but no quote it gave is in the transcript. */
  status: z.enum(CHECKLIST_STATUSES),
  evidence: z.array(Evidence),
  rationale: z.string(),
});

/** Calgary–Cambridge, as used for history taking. */
export const COMMUNICATION_DOMAINS = [
  'introduction',
  'open-questions',
  'empathy',
  'ice',
  'jargon',
  'signposting-summarising',
  'closing',
] as const;

export const CommunicationScore = z.strictObject({
  domain: z.enum(COMMUNICATION_DOMAINS),
  score: z.int().min(1).max(5),
  evidence: z.array(Evidence),
  advice: z.string(),
});

export const MISINFORMATION_SOURCES = ['case-misconception', 'medical-knowledge', 'patient-deviation'] as const;

export const MisinformationFlag = z.strictObject({
  turn: z.int().min(1),
  speaker: z.enum(['student', 'patient']),
  quote: z.string().min(1),
  /** What is wrong or unsafe. */
  problem: z.string(),
  correction: z.string(),
  severity: z.enum(['low', 'medium', 'high']),
  /** A misconception the case names, general medical knowledge, or the patient straying from its case. */
  source: z.enum(MISINFORMATION_SOURCES),
});

export const NoteAssessment = z.strictObject({
  summaryAccurate: z.boolean(),
  summaryComments: z.string(),
  /** Whether the differential names the case's diagnosis (an alias or everyday variant counts). */
  diagnosisNamed: z.boolean(),
  /** Its 1-based rank in the differential, or null when absent. */
  diagnosisRank: z.int().min(1).nullable(),
  /** Entries of the differential that do not fit the case. */
  wrongDifferentials: z.array(z.string()),
  missedRedFlags: z.array(z.string()),
  comments: z.string(),
});

export const GradingResult = z.strictObject({
  checklist: z.array(ChecklistJudgement),
  communication: z.array(CommunicationScore),
  misinformation: z.array(MisinformationFlag),
  /** Null when no note was submitted. */
  note: NoteAssessment.nullable(),
  strengths: z.array(z.string()),
  nextSteps: z.array(z.string()),
});

export type Evidence = z.infer<typeof Evidence>;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
export type ChecklistJudgement = z.infer<typeof ChecklistJudgement>;
export type CommunicationDomain = (typeof COMMUNICATION_DOMAINS)[number];
export type CommunicationScore = z.infer<typeof CommunicationScore>;
export type MisinformationFlag = z.infer<typeof MisinformationFlag>;
export type NoteAssessment = z.infer<typeof NoteAssessment>;
export type GradingResult = z.infer<typeof GradingResult>;
