import type { CaseCheck } from '../case';
import type { Case, Fact } from '../case/schema';
import { languagePack } from './lexicon';
import { createScriptedPatient } from './scripted-patient';
import type { Turn } from './types';

// A fact no question can reveal is a fact no student can earn. A fact counts as reachable
// when the scripted patient tells it in answer to one of its own cue words, its id, or (for a
// spontaneous fact) a run of open questions.

const OPEN_QUESTIONS = 6;

export function unreachableFacts(caseFile: Case): Fact[] {
  const patient = createScriptedPatient(caseFile);
  const pack = languagePack(caseFile.language);
  const revealedBy = (texts: string[]) => {
    const turns: Turn[] = [];
    const ids = new Set<string>();
    for (const text of texts) {
      turns.push({ speaker: 'student', text });
      const reply = patient.answer(turns);
      reply.factIds.forEach((id) => ids.add(id));
      turns.push({ speaker: 'patient', text: reply.text });
    }
    return ids;
  };
  const { open, standard, cue: frames } = pack.probes;
  const openRun = revealedBy(Array.from({ length: OPEN_QUESTIONS }, (_, i) => (i === 0 ? open[0] : open[1])));
  const asked = new Set([...openRun, ...standard.flatMap((q) => [...revealedBy([q])])]);
  return caseFile.facts.filter((fact) => {
    if (asked.has(fact.id)) return false;
    const probes = [...fact.cues, fact.id.replace(/-/g, ' ')].flatMap((cue) => frames.map((frame) => frame.replace('{cue}', cue)));
    return !probes.some((probe) => revealedBy([probe]).has(fact.id));
  });
}

export const factsReachable: CaseCheck = (caseFile, context) => {
  const unreachable = new Set(unreachableFacts(caseFile).map((f) => f.id));
  // An on-specific-ask fact without cues is already reported by the case's own checks.
  const reportedElsewhere = (fact: Fact) => fact.reveal === 'on-specific-ask' && fact.cues.length === 0;
  return caseFile.facts.flatMap((fact, i) =>
    unreachable.has(fact.id) && !reportedElsewhere(fact)
      ? [context.problem(['facts', i], `no question reveals this fact: give it cue words a student would use to ask about "${fact.says.slice(0, 40)}…"`)]
      : [],
  );
};
