import { whereOf, type LlmProblem } from './problem';
import { graderModelOf, type LlmSettings } from './settings';

// After a successful model list: are the models the settings name among them?

/** Ollama lists "llama3.1:latest" for a model one may call "llama3.1". */
export function isListed(model: string, listed: readonly string[]): boolean {
  return listed.includes(model) || (!model.includes(':') && listed.includes(`${model}:latest`));
}

export function checkModels(settings: LlmSettings, listed: readonly string[]): LlmProblem | null {
  const where = whereOf(settings);
  if (listed.length === 0 || where.preset.ignoresModelName) return null;
  const patient = settings.patientModel.trim();
  const grader = graderModelOf(settings);
  const choose = `Choose one it lists: ${summarise(listed)}.`;
  const hint = (model: string) => where.preset.modelHint?.(model);
  const problem = (message: string, model?: string): LlmProblem => ({
    kind: 'model-not-found',
    message,
    fix: [choose, model ? hint(model) : undefined].filter(Boolean).join(' '),
    retryable: false,
  });

  if (!patient) return problem(`${where.server} answered and lists ${count(listed)}, but no patient model is chosen.`);
  const patientMissing = !isListed(patient, listed);
  const graderMissing = grader !== patient && !isListed(grader, listed);
  if (patientMissing && graderMissing) {
    return problem(`Neither the patient model "${patient}" nor the grader model "${grader}" is on this server (it lists ${count(listed)}).`, patient);
  }
  if (patientMissing) return problem(`The patient model "${patient}" is not on this server (it lists ${count(listed)}).`, patient);
  if (graderMissing) return problem(`The grader model "${grader}" is not on this server (it lists ${count(listed)}).`, grader);
  return null;
}

const count = (listed: readonly string[]) => `${listed.length} ${listed.length === 1 ? 'model' : 'models'}`;

function summarise(listed: readonly string[], max = 8): string {
  const shown = listed.slice(0, max).join(', ');
  return listed.length > max ? `${shown} and ${listed.length - max} more` : shown;
}
