// The LLM patient: prompt, streaming patient over an OpenAI-compatible endpoint, leak guard.
export { buildPatientPrompt, languageName, PATIENT_PROMPT_VERSION, type PatientPrompt } from './prompt';
export { createLlmPatient, DEFAULT_IDLE_TIMEOUT_MS, type LlmPatient, type LlmPatientOptions } from './llm-patient';
export { PatientStreamError, type PatientStreamErrorKind } from './errors';
export { defaultDeflection, withLeakGuard, type LeakGuardOptions } from './leak-guard';
export { diagnosisTerms, LeakScanner, type LeakHit, type LeakScan } from './leak-terms';
