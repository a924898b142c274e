import type { Case } from '../../case/schema';
import type { CommunicationScore, MisinformationFlag } from '../schema';
import type { ItemJudgement } from './checklist';
import type { GraderPhrases } from './language';
import type { ClaimMatch } from './misinformation';

// Strengths and next steps, 2–4 each, built from the judgements: the checklist items' own
// words ("You asked about the radiation of the pain."), the communication domains, and the
// case's corrections for any misconception the student repeated.

const MIN = 2;
const MAX = 4;
const GOOD_DOMAIN = 4;
const WEAK_DOMAIN = 2;
const SEVERITY_ORDER = { high: 0, medium: 1, low: 2 } as const;

export interface Feedback {
  strengths: string[];
  nextSteps: string[];
}

export function feedback(
  caseFile: Case,
  phrases: GraderPhrases,
  checklist: readonly ItemJudgement[],
  communication: readonly CommunicationScore[],
  flags: readonly MisinformationFlag[],
  noteClaims: readonly ClaimMatch[],
  redFlagsMissed?: readonly string[],
): Feedback {
  const items = new Map(caseFile.checklist.map((item) => [item.id, item]));
  const byImportance = [...checklist].sort((a, b) => importance(items.get(b.itemId)) - importance(items.get(a.itemId)));
  const text = (j: ItemJudgement) => items.get(j.itemId)?.text ?? j.itemId;
  const critical = (j: ItemJudgement) => items.get(j.itemId)?.critical ?? false;
  const domains = [...communication].sort((a, b) => b.score - a.score);

  const strengths: string[] = [];
  const met = byImportance.filter((j) => j.status === 'met');
  const partial = byImportance.filter((j) => j.status === 'partial');
  // Avoiding jargon is praised only when perfect: it is the absence of a fault, not a skill shown.
  const good = domains.filter((d) => d.score >= GOOD_DOMAIN && (d.domain !== 'jargon' || d.score === 5));
  met.slice(0, 2).forEach((j) => strengths.push(phrases.feedback.didItem(text(j))));
  good.slice(0, 2).forEach((d) => strengths.push(phrases.feedback.domainStrength[d.domain] ?? ''));
  met.slice(2).forEach((j) => strengths.length < MIN && strengths.push(phrases.feedback.didItem(text(j))));
  partial.forEach((j) => strengths.length < MIN && strengths.push(phrases.feedback.didPart(text(j))));
  if (strengths.length < MIN) strengths.push(phrases.feedback.fallbackStrength);
  const best = domains[0];
  if (strengths.length < MIN && best) strengths.push(phrases.feedback.domainStrength[best.domain] ?? '');

  const nextSteps: string[] = [];
  const add = (step: string) => nextSteps.length < MAX && !nextSteps.includes(step) && nextSteps.push(step);
  const corrected = new Set<string>();
  [...flags]
    .filter((f) => f.source === 'case-misconception')
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity])
    .forEach((f) => {
      if (corrected.has(f.correction) || nextSteps.length >= 2) return;
      corrected.add(f.correction);
      add(phrases.feedback.avoidClaim(f.quote, firstSentence(f.correction)));
    });
  const written = noteClaims.find((c) => !corrected.has(c.misconception.correction));
  if (written && nextSteps.length < 3) add(phrases.feedback.noteClaim(written.sentence, firstSentence(written.misconception.correction)));
  const step = (j: ItemJudgement) => (j.status === 'partial' ? phrases.feedback.completeItem(text(j)) : phrases.feedback.doItem(text(j)));
  const missing = byImportance.filter((j) => j.status !== 'met');
  missing.filter((j) => critical(j) && j.status === 'missed').slice(0, 2).forEach((j) => add(step(j)));
  const weakest = [...domains].reverse()[0];
  if (weakest && weakest.score <= WEAK_DOMAIN) add(weakest.advice);
  missing.forEach((j) => nextSteps.length < MIN && add(step(j)));
  (redFlagsMissed ?? []).forEach((flag) => nextSteps.length < MIN && add(phrases.feedback.noteRedFlag(flag)));
  [...domains]
    .reverse()
    .filter((d) => d.score < 5)
    .forEach((d) => nextSteps.length < MIN && add(d.advice));

  return { strengths: unique(strengths).slice(0, MAX), nextSteps: nextSteps.slice(0, MAX) };
}

/** Critical items first, then by points. */
function importance(item: { critical: boolean; points: number } | undefined): number {
  return item ? (item.critical ? 100 : 0) + item.points : 0;
}

function firstSentence(text: string): string {
  const match = text.trim().match(/^.+?[.!?](?=\s|$)/su);
  return (match?.[0] ?? text).trim();
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items.filter((s) => s.trim() !== ''))];
}
