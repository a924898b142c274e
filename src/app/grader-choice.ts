import { graderModelOf, usesBuiltInPatient, type LlmSettings } from '../llm/settings';
import type { Grader } from '../grading/types';

// The grader the settings select: a model (the grader model, else the patient model) when one
// is configured, cross-checked by the rule grader; otherwise the rule grader alone. The SDK
// and the LLM grader load only when a model is used.
export async function chooseLlmGrader(settings: LlmSettings): Promise<Grader | undefined> {
  if (usesBuiltInPatient(settings)) return undefined;
  const [{ createLlmClient }, { createLlmGrader }] = await Promise.all([import('../llm/client'), import('../grading/llm-grader')]);
  return createLlmGrader({ client: createLlmClient(settings), model: graderModelOf(settings), temperature: 0 });
}
