export type { LeakEvent, Patient, PatientReply, ReplyInfo, Speaker, Turn } from './types';
export { createScriptedPatient, chunks, type ScriptedPatient, type ScriptedPatientOptions } from './scripted-patient';
export type { Response } from './respond';
export { languagePack, supportedLanguages } from './lexicon';
export {
  buildPatientPrompt,
  createLlmPatient,
  defaultDeflection,
  PATIENT_PROMPT_VERSION,
  PatientStreamError,
  withLeakGuard,
  type LeakGuardOptions,
  type LlmPatient,
  type LlmPatientOptions,
  type PatientPrompt,
  type PatientStreamErrorKind,
} from './llm';
export { scriptedPatientFingerprint, SCRIPTED_PATIENT_VERSION } from './fingerprint';
