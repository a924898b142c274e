import type { Case } from '../case';
import type { SessionPatient } from '../db';
import { presetFor } from '../llm/presets';
import { usesBuiltInPatient, type LlmSettings } from '../llm/settings';
import { createScriptedPatient, scriptedPatientFingerprint, type Patient } from '../patient';

// Which patient a session talks to, chosen from the settings: the built-in scripted patient
// (no network), or an LLM behind the configured endpoint, always behind the leak guard.
// The openai SDK and the LLM patient load only when a model is configured.

export interface PatientChoice {
  patient: Patient;
  /** Shown beside the chat: "Built-in patient, offline" or the model. */
  label: string;
  /** Recorded with the session; never the API key. */
  record: SessionPatient;
}

/** The built-in patient types at a readable pace rather than all at once. */
const SCRIPTED_CHUNK_DELAY_MS = 12;

export async function choosePatient(caseFile: Case, settings: LlmSettings): Promise<PatientChoice> {
  if (usesBuiltInPatient(settings)) {
    const { version, hash } = scriptedPatientFingerprint(caseFile);
    return {
      patient: createScriptedPatient(caseFile, { chunkDelayMs: SCRIPTED_CHUNK_DELAY_MS }),
      label: 'Built-in patient, offline',
      record: { kind: 'scripted', promptVersion: version, promptHash: hash },
    };
  }
  const [{ createLlmClient }, llm] = await Promise.all([import('../llm/client'), import('../patient/llm')]);
  const prompt = llm.buildPatientPrompt(caseFile);
  const model = settings.patientModel.trim();
  const patient = llm.createLlmPatient({ client: createLlmClient(settings), model, temperature: settings.temperature, caseFile });
  return {
    patient: llm.withLeakGuard(patient, caseFile),
    label: `${presetFor(settings.provider).label} · ${model}`,
    record: {
      kind: 'llm',
      provider: settings.provider,
      baseUrl: settings.baseUrl,
      model,
      temperature: settings.temperature,
      promptVersion: prompt.version,
      promptHash: prompt.hash,
    },
  };
}
