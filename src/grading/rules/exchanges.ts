import { annotate, cachedAlternation, normalise } from '../../patient/annotate';
import type { CaseIndex, IndexedFact } from '../../patient/fact-index';
import type { MoveId } from '../../patient/lexicon/types';
import { ANSWER_THRESHOLD, retrieve } from '../../patient/retrieve';
import type { ScriptedPatient } from '../../patient/scripted-patient';
import { splitQuestions, type Piece } from '../../patient/split';
import type { Turn } from '../../patient/types';
import type { TranscriptTurn } from '../types';
import { unexplainedJargon, type JargonUse } from './jargon';
import { isNegation, meaningWords, wordShare } from './text';

// The transcript read as exchanges: a student turn and the patient's reply. For each, which
// case facts the reply revealed — as the built-in patient reported them (`factIds`), or, for
// an LLM patient, inferred — and which facts the student's questions were about, found with
// the scripted patient's own retrieval, so the grader and the patient agree on what a
// question asks.

export interface Exchange {
  student: TranscriptTurn;
  /** The patient's reply turns (usually one). */
  replies: TranscriptTurn[];
  /** The student turn asks something (a question or an invitation such as "tell me more"). */
  asked: boolean;
  /** Facts the reply revealed. */
  revealed: string[];
  /** How `revealed` was known. */
  source: 'factIds' | 'inferred';
  /** Facts the student's questions were about, beyond what the reply revealed (the patient may miss a question). */
  targeted: string[];
  /** Facts asked about only with jargon the patient could not understand. */
  jargonAsked: string[];
  jargon: JargonUse[];
}

/** How close to the best candidate another one must rank to count as asked about too ("arm, jaw or back"). */
export const NEAR_TOP = 0.025;
/** A question the patient could not answer still aimed at its clearly best candidate. */
export const UNANSWERED_FLOOR = 0.38;
const UNIQUE_MARGIN = 0.05;
/** Inference for turns without factIds: share of a fact's words the reply must hold. */
export const SUPPORT_SHARE = 0.3;
export const STRONG_SHARE = 0.7;
const STRONG_MIN_WORDS = 3;
const CONCEPT_SHARE = 0.5;
/** The scripted patient reads a turn as a summary from this many words. */
const SUMMARY_MIN_WORDS = 8;

/** The thresholds above, for the rule set's hash. */
export const exchangeRules = { NEAR_TOP, UNANSWERED_FLOOR, UNIQUE_MARGIN, SUPPORT_SHARE, STRONG_SHARE, STRONG_MIN_WORDS, CONCEPT_SHARE, SUMMARY_MIN_WORDS };

export interface ExchangeOptions {
  /** Count facts a question aimed at but the reply did not reveal (default true). */
  targeted?: boolean;
  /** For turns without factIds: 'both' (default), 'retrieval' only, or 'text' only. */
  inference?: 'both' | 'retrieval' | 'text';
}

export function readExchanges(patient: ScriptedPatient, transcript: readonly TranscriptTurn[], options: ExchangeOptions = {}): Exchange[] {
  const { index } = patient;
  const exchanges: Exchange[] = [];
  const conversation: Turn[] = [];
  const revealedSoFar = new Set<string>();
  for (let i = 0; i < transcript.length; i++) {
    const student = transcript[i];
    if (!student || student.speaker !== 'student') {
      if (student) conversation.push({ speaker: student.speaker, text: student.text });
      continue;
    }
    const replies: TranscriptTurn[] = [];
    while (transcript[i + 1]?.speaker === 'patient') replies.push(transcript[++i] as TranscriptTurn);
    conversation.push({ speaker: 'student', text: student.text });

    const pieces = splitQuestions(student.text, index.pack);
    const asked = pieces.some((p) => p.asked) || isInvitation(index, student.text);
    const reported = replies.some((r) => r.factIds !== undefined);
    let revealed: string[];
    if (reported) revealed = unique(replies.flatMap((r) => r.factIds ?? []));
    else if (replies.length === 0) revealed = [];
    else revealed = inferRevealed(index, patient.answer(conversation).factIds, replies, options.inference ?? 'both');
    revealed = revealed.filter((id) => index.byId.has(id));
    for (const r of replies) conversation.push({ speaker: 'patient', text: r.text });

    const jargon = unexplainedJargon(index, student.text);
    const questions = askingPieces(index, student.text, pieces);
    const targeted =
      options.targeted === false
        ? []
        : unique(questions.filter((p) => !p.jargon).flatMap((p) => aimedAt(index, p.piece, revealedSoFar))).filter(
            (id) => !revealed.includes(id),
          );
    const jargonAsked = unique(
      questions
        .filter((p) => p.jargon)
        .flatMap((p) => askedInJargon(index, p.piece, revealedSoFar))
        .filter((id) => !revealed.includes(id) && !targeted.includes(id)),
    );
    if (asked) revealed.forEach((id) => revealedSoFar.add(id));
    exchanges.push({ student, replies, asked, revealed, source: reported ? 'factIds' : 'inferred', targeted, jargonAsked, jargon });
  }
  return exchanges;
}

/** Moves the patient answers without looking for a fact (greeting, consent, "anything else?"...). */
const CONVERSATIONAL: readonly MoveId[] = ['greeting', 'consent', 'name', 'age', 'open', 'more', 'anything-else', 'associated', 'examine', 'empathy', 'closing'];

/**
 * The pieces of a turn that ask about the history, as the patient reads them: none when the
 * whole turn is a summary or a closing (as the patient treats it), and no piece that is a
 * conversational move. Pieces that use jargon the patient would not understand are marked.
 */
function askingPieces(index: CaseIndex, text: string, pieces: readonly Piece[]): { piece: Piece; jargon: boolean }[] {
  const { moves } = index.pack;
  const plain = normalise(text);
  const is = (move: MoveId, t: string) => cachedAlternation(moves[move]).test(t);
  if (is('summary', plain) && plain.split(' ').length >= SUMMARY_MIN_WORDS) return [];
  if (is('closing', plain) && !plain.includes('?') && !is('greeting', plain)) return [];
  return pieces
    .filter((p) => p.asked && !CONVERSATIONAL.some((m) => is(m, p.text)))
    .map((piece) => ({ piece, jargon: unexplainedJargon(index, piece.text).some((j) => j.concepts.length > 0) }));
}

/** "Tell me more", "go on", "anything else?": invitations the patient answers though they are not questions. */
function isInvitation(index: CaseIndex, text: string): boolean {
  const { moves } = index.pack;
  const plain = normalise(text);
  return (['open', 'more', 'anything-else', 'associated'] as const).some((m) => cachedAlternation(moves[m]).test(plain));
}

/**
 * The facts one question piece was about: what retrieval chooses, candidates ranked almost as
 * high ("does it go to your arm, jaw or back?"), and, when nothing reached the answer
 * threshold, a clearly best candidate that came close ("have you been up and walking about?").
 */
function aimedAt(index: CaseIndex, piece: Piece, revealed: ReadonlySet<string>): string[] {
  const { chosen, candidates } = retrieve(index, piece.text, revealed, piece.annotation);
  const ids = chosen.map((e) => e.fact.id);
  const best = candidates[0];
  if (!best) return ids;
  if (chosen.length > 0) {
    const top = Math.max(...candidates.filter((c) => chosen.includes(c.entry)).map((c) => c.rank));
    for (const c of candidates) {
      if (c.coverage >= ANSWER_THRESHOLD && c.rank >= top - NEAR_TOP) ids.push(c.entry.fact.id);
    }
    return unique(ids);
  }
  const second = candidates[1];
  if (best.coverage >= UNANSWERED_FLOOR && (!second || best.rank - second.rank >= UNIQUE_MARGIN)) ids.push(best.entry.fact.id);
  return ids;
}

/** "Any dyspnoea?" asks about breathlessness in words the patient does not know. */
function askedInJargon(index: CaseIndex, piece: Piece, revealed: ReadonlySet<string>): string[] {
  const terms = unexplainedJargon(index, piece.text).filter((j) => j.concepts.length > 0);
  if (terms.length === 0) return [];
  // "Any urethral discharge?" is about the discharge as it stands; "any dyspnoea?" only once
  // the term is read as what it stands for.
  const plain = retrieve(index, piece.text, revealed, piece.annotation).chosen;
  if (plain.length > 0) return plain.map((e) => e.fact.id);
  const concepts = unique([...piece.annotation.concepts, ...terms.flatMap((t) => t.concepts)]);
  return retrieve(index, piece.text, revealed, { ...piece.annotation, concepts }).chosen.map((e) => e.fact.id);
}

/**
 * Facts an LLM patient's reply revealed. Retrieval says which facts the student's question
 * would have drawn from the scripted patient; the reply's words say whether the patient
 * actually told them. A proposed fact counts when the reply holds enough of its words or
 * concepts (or both are denials of the same thing); any fact whose words the reply repeats
 * almost entirely counts too, since a model patient may volunteer more than was asked.
 */
export function inferRevealed(
  index: CaseIndex,
  proposed: readonly string[],
  replies: readonly TranscriptTurn[],
  mode: 'both' | 'retrieval' | 'text' = 'both',
): string[] {
  if (mode === 'retrieval') return [...proposed];
  const text = replies.map((r) => r.text).join(' ');
  const replyWords = meaningWords(text, index.pack);
  const first = meaningWords(text, index.pack)[0] ?? '';
  const reply = { concepts: annotate(text, index.pack, 'fact').concepts, denial: isNegation(first, index.pack) };
  const found: string[] = [];
  for (const entry of index.facts) {
    const share = wordShare(factWords(index, entry), replyWords);
    const isProposed = proposed.includes(entry.fact.id);
    const strong = share >= STRONG_SHARE && factWords(index, entry).length >= STRONG_MIN_WORDS;
    if (mode === 'text') {
      if (strong || share >= 0.5) found.push(entry.fact.id);
      continue;
    }
    if (strong || (isProposed && supports(entry, share, reply))) found.push(entry.fact.id);
  }
  return found;
}

function supports(entry: IndexedFact, share: number, reply: { concepts: string[]; denial: boolean }): boolean {
  if (share >= SUPPORT_SHARE) return true;
  const said = [...entry.saidConcepts];
  if (said.length > 0 && said.filter((c) => reply.concepts.includes(c)).length / said.length >= CONCEPT_SHARE) return true;
  // "No, none of that." denies what a pertinent negative denies; "I'd rather not say" does not.
  return entry.negative && reply.denial;
}

const wordCache = new WeakMap<IndexedFact, string[]>();
function factWords(index: CaseIndex, entry: IndexedFact): string[] {
  let cached = wordCache.get(entry);
  if (!cached) {
    const negation = new Set(index.pack.negation);
    cached = unique(meaningWords(entry.fact.says, index.pack).filter((w) => !negation.has(w) && !/n't$/u.test(w)));
    wordCache.set(entry, cached);
  }
  return cached;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
