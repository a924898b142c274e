import type { Case } from '../../../src/case/schema';
import type { GradingInput, TranscriptTurn } from '../../../src/grading/types';
import { createScriptedPatient, type Turn } from '../../../src/patient';

// Small transcripts for unit tests: the student's lines, each answered by the built-in patient
// (with its factIds, as the app records them) or by given words (as an LLM patient's, no factIds).

export function scripted(caseFile: Case, studentLines: readonly string[], options: { factIds?: boolean } = {}): TranscriptTurn[] {
  const patient = createScriptedPatient(caseFile);
  const turns: Turn[] = [];
  const transcript: TranscriptTurn[] = [];
  for (const text of studentLines) {
    turns.push({ speaker: 'student', text });
    transcript.push({ turn: transcript.length + 1, speaker: 'student', text });
    const reply = patient.answer(turns);
    turns.push({ speaker: 'patient', text: reply.text });
    transcript.push({
      turn: transcript.length + 1,
      speaker: 'patient',
      text: reply.text,
      ...(options.factIds === false ? {} : { factIds: reply.factIds }),
    });
  }
  return transcript;
}

/** Alternating student and patient lines, as an LLM patient's transcript (no factIds). */
export function dialogue(pairs: readonly (readonly [student: string, patient: string])[]): TranscriptTurn[] {
  return pairs.flatMap(([student, patient], i) => [
    { turn: 2 * i + 1, speaker: 'student' as const, text: student },
    { turn: 2 * i + 2, speaker: 'patient' as const, text: patient },
  ]);
}

export function input(caseFile: Case, transcript: TranscriptTurn[], extra: Partial<GradingInput> = {}): GradingInput {
  return { caseFile, transcript, note: null, ...extra };
}
