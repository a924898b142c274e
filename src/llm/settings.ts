import * as z from 'zod';

// What the app needs to reach a patient: the built-in scripted patient, or an LLM behind an
// OpenAI-compatible endpoint. Stored in the browser, so a stored value is parsed, never cast.

export const PROVIDERS = ['builtin', 'openai', 'ollama', 'lmstudio', 'vllm', 'llamacpp', 'openrouter', 'custom'] as const;
export const Provider = z.enum(PROVIDERS);
export type Provider = z.infer<typeof Provider>;

export const MIN_TEMPERATURE = 0;
export const MAX_TEMPERATURE = 2;

/** Changing this shape needs a new version and a migration in src/settings/settings-store.ts. */
export const LlmSettings = z.object({
  provider: Provider,
  /** Free text while the user types; checked when a connection is made (see connection.ts). */
  baseUrl: z.string(),
  /** Absent from storage unless the user asked to remember it. */
  apiKey: z.string().default(''),
  rememberKey: z.boolean().default(false),
  patientModel: z.string(),
  /** Empty means: grade with the patient model. */
  graderModel: z.string(),
  temperature: z.number().min(MIN_TEMPERATURE).max(MAX_TEMPERATURE),
});
export type LlmSettings = z.infer<typeof LlmSettings>;

export const DEFAULT_SETTINGS: LlmSettings = Object.freeze({
  provider: 'builtin',
  baseUrl: '',
  apiKey: '',
  rememberKey: false,
  patientModel: '',
  graderModel: '',
  temperature: 0.7,
});

export function usesBuiltInPatient(settings: Pick<LlmSettings, 'provider'>): boolean {
  return settings.provider === 'builtin';
}

/** The model that grades: the grader model, or the patient model when none is set. */
export function graderModelOf(settings: Pick<LlmSettings, 'patientModel' | 'graderModel'>): string {
  return settings.graderModel.trim() || settings.patientModel.trim();
}

export interface StoredSettingsResult {
  settings: LlmSettings;
  /** Why the stored value was set aside, in words for the user; null when it was read. */
  problem: string | null;
}

/** Reads a stored settings value; anything malformed gives way to the defaults, with a reason. */
export function parseStoredSettings(value: unknown): StoredSettingsResult {
  const parsed = LlmSettings.safeParse(value);
  if (parsed.success) return { settings: parsed.data, problem: null };
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'settings'}: ${issue.message}`)
    .join('; ');
  return { settings: { ...DEFAULT_SETTINGS }, problem: unreadableSettingsMessage(details) };
}

export function unreadableSettingsMessage(reason: string): string {
  return (
    `Your saved model settings could not be read (${reason}), so the defaults are in use: ` +
    'the built-in patient. Choose your provider again to use a language model.'
  );
}
