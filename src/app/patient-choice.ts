import type { Case } from '../case';
import type { SessionPatient } from '../db';
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
  /** Tells when the server answered "busy" (429) or failed (5xx) and the SDK will try again. */
  onRetrying?(listener: (status: number) => void): () => void;
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
  // The SDK retries 429 and 5xx answers by itself (honouring Retry-After); the student should
  // see that it is waiting rather than a frozen screen.
  const listeners = new Set<(status: number) => void>();
  const noticingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    if (response.status === 429 || response.status >= 500) listeners.forEach((listener) => listener(response.status));
    return response;
  };
  const client = createLlmClient(settings, { fetch: noticingFetch });
  const patient = llm.createLlmPatient({ client, model, temperature: settings.temperature, caseFile });
  return {
    patient: llm.withLeakGuard(patient, caseFile),
    label: `Model: ${model}`,
    record: {
      kind: 'llm',
      provider: settings.provider,
      baseUrl: settings.baseUrl,
      model,
      temperature: settings.temperature,
      promptVersion: prompt.version,
      promptHash: prompt.hash,
    },
    onRetrying(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
