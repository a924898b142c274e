export type { LeakEvent, Patient, PatientReply, ReplyInfo, Speaker, Turn } from './types';
export { createScriptedPatient, chunks, type ScriptedPatient, type ScriptedPatientOptions } from './scripted-patient';
export type { Response } from './respond';
export { languagePack, supportedLanguages } from './lexicon';
