import type { ChecklistItem } from '../../case/schema';
import { annotate } from '../../patient/annotate';
import type { CaseIndex, IndexedFact } from '../../patient/fact-index';
import type { ChecklistJudgement, ChecklistStatus, Evidence } from '../schema';
import type { TranscriptTurn } from '../types';
import type { Exchange } from './exchanges';
import { meaningWords, sentences, shortQuote, wordShare } from './text';

// Checklist judgements from the facts each exchange revealed. A fact is covered when the
// patient revealed it in reply to a turn in which the student asked something, or when one of
// the student's questions was about it (the scripted patient's retrieval says so) though the
// reply missed it. An item is
//   met      when every fact it names is covered;
//   partial  when some are, or when the student asked about one only in jargon the patient
//            could not understand;
//   missed   otherwise — facts that came out only after a statement do not count.

/** How many exchanges an item's evidence quotes at most (each gives the question and the answer). */
const MAX_EVIDENCE_EXCHANGES = 2;

/** The rule, for the rule set's hash. */
export const checklistRules = { met: 'every fact covered', partial: 'some covered or asked in jargon', MAX_EVIDENCE_EXCHANGES };

type Coverage =
  | { kind: 'revealed'; exchange: Exchange }
  | { kind: 'targeted'; exchange: Exchange }
  | { kind: 'jargon'; exchange: Exchange }
  | { kind: 'unasked'; exchange: Exchange }
  | { kind: 'none' };

export interface ItemJudgement extends ChecklistJudgement {
  covered: string[];
  uncovered: string[];
}

export function judgeChecklist(index: CaseIndex, exchanges: readonly Exchange[]): ItemJudgement[] {
  return index.case.checklist.map((item) => judgeItem(index, item, exchanges));
}

function judgeItem(index: CaseIndex, item: ChecklistItem, exchanges: readonly Exchange[]): ItemJudgement {
  const coverage = item.facts.map((id) => ({ id, how: coverageOf(id, exchanges) }));
  const covered = coverage.filter((c) => c.how.kind === 'revealed' || c.how.kind === 'targeted');
  const jargon = coverage.filter((c) => c.how.kind === 'jargon');
  const status: ChecklistStatus =
    covered.length === item.facts.length ? 'met' : covered.length > 0 || jargon.length > 0 ? 'partial' : 'missed';

  const evidence: Evidence[] = [];
  const quoted = new Set<Exchange>();
  for (const { id, how } of [...covered, ...jargon]) {
    if (how.kind === 'none' || how.kind === 'unasked' || quoted.has(how.exchange)) continue;
    if (quoted.size >= MAX_EVIDENCE_EXCHANGES) break;
    quoted.add(how.exchange);
    const entry = index.byId.get(id);
    evidence.push({ turn: how.exchange.student.turn, quote: questionQuote(index, how.exchange.student.text, entry) });
    const reply = how.exchange.replies[0];
    if (how.kind === 'revealed' && reply) evidence.push({ turn: reply.turn, quote: answerQuote(index, reply, entry) });
  }
  evidence.sort((a, b) => a.turn - b.turn);

  return {
    itemId: item.id,
    status,
    evidence,
    rationale: rationale(coverage),
    covered: covered.map((c) => c.id),
    uncovered: coverage.filter((c) => c.how.kind !== 'revealed' && c.how.kind !== 'targeted').map((c) => c.id),
  };
}

function coverageOf(id: string, exchanges: readonly Exchange[]): Coverage {
  const revealed = exchanges.find((e) => e.asked && e.revealed.includes(id));
  if (revealed) return { kind: 'revealed', exchange: revealed };
  const targeted = exchanges.find((e) => e.targeted.includes(id));
  if (targeted) return { kind: 'targeted', exchange: targeted };
  const jargon = exchanges.find((e) => e.jargonAsked.includes(id));
  if (jargon) return { kind: 'jargon', exchange: jargon };
  const unasked = exchanges.find((e) => e.revealed.includes(id));
  if (unasked) return { kind: 'unasked', exchange: unasked };
  return { kind: 'none' };
}

/** One line: what was covered and what was not, in the fact ids' words. */
function rationale(coverage: { id: string; how: Coverage }[]): string {
  const named = (kind: Coverage['kind']) => coverage.filter((c) => c.how.kind === kind).map((c) => factLabel(c.id));
  const parts: string[] = [];
  const asked = named('revealed');
  const missedAnswer = named('targeted');
  if (asked.length) parts.push(`asked and answered: ${asked.join(', ')}`);
  if (missedAnswer.length) parts.push(`asked (the reply missed it): ${missedAnswer.join(', ')}`);
  const jargon = named('jargon');
  if (jargon.length) parts.push(`asked only in jargon the patient did not understand: ${jargon.join(', ')}`);
  const unasked = named('unasked');
  if (unasked.length) parts.push(`came out only after a statement, not a question: ${unasked.join(', ')}`);
  const none = named('none');
  if (none.length) parts.push(`not asked: ${none.join(', ')}`);
  const line = parts.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1) + '.';
}

/** "no-calf-pain" → "calf pain", "ice-concerns" → "concerns". */
export function factLabel(id: string): string {
  return id.replace(/^(no|ice|pmh)-/u, '').replace(/-/g, ' ');
}

/** The sentence of the student's turn that asks about the fact (the whole turn when it is one sentence). */
export function questionQuote(index: CaseIndex, text: string, entry: IndexedFact | undefined): string {
  const all = sentences(text);
  if (all.length <= 1) return shortQuote(text);
  const asking = all.filter((s) => isAsking(index, s));
  const pool = asking.length ? asking : all;
  if (!entry) return pool[0] ?? shortQuote(text);
  let best = pool[0] ?? '';
  let bestScore = -1;
  for (const s of pool) {
    const a = annotate(s, index.pack, 'question');
    const score = a.concepts.filter((c) => entry.concepts.has(c)).length + wordShare(a.words, entry.words);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

function isAsking(index: CaseIndex, sentence: string): boolean {
  if (sentence.trim().endsWith('?')) return true;
  const first = sentence.trim().toLowerCase().split(/\s+/u)[0]?.replace(/[^\p{L}']/gu, '') ?? '';
  return index.pack.questionWords.includes(first);
}

/** The patient's words that tell the fact: the fact's own sentence when the reply holds it, else the closest sentence. */
export function answerQuote(index: CaseIndex, reply: TranscriptTurn, entry: IndexedFact | undefined): string {
  if (!entry) return shortQuote(reply.text);
  if (reply.text.includes(entry.fact.says)) return entry.fact.says;
  const wanted = meaningWords(entry.fact.says, index.pack);
  let best = '';
  let bestShare = -1;
  for (const s of sentences(reply.text)) {
    const share = wordShare(wanted, meaningWords(s, index.pack));
    if (share > bestShare) {
      best = s;
      bestShare = share;
    }
  }
  return best || shortQuote(reply.text);
}
