import { cachedAlternation, normalise } from '../../patient/annotate';
import type { CaseIndex } from '../../patient/fact-index';
import type { MoveId } from '../../patient/lexicon/types';
import { splitQuestions } from '../../patient/split';
import type { CommunicationScore, Evidence } from '../schema';
import type { TranscriptTurn } from '../types';
import type { Exchange } from './exchanges';
import { graderPhrases, type GraderPhrases } from './language';
import { matches, sentenceMatching, sentences, shortQuote } from './text';

// Communication, scored 1–5 per Calgary–Cambridge domain from what the student said: each
// domain counts observable behaviours (the pack's moves and the grader's phrases), cites the
// turns where they happen, and gives one piece of advice aimed at what was missing.

/** The introduction is looked for in the student's first turns. */
export const INTRO_TURNS = 3;
/** The opening: the student's first questions after the introduction. */
export const OPENING_QUESTIONS = 2;
/** Closing behaviours are looked for in the student's last turns. */
export const CLOSING_TURNS = 3;
/** What happens next is looked for in the student's last turns. */
export const NEXT_STEP_TURNS = 2;
/** The scripted patient reads a turn as a summary from this many words. */
const SUMMARY_MIN_WORDS = 8;
/** Open questions: a point for asking at least this many, and another for this many. */
export const OPEN_COUNTS = [3, 6] as const;
/** A point when the share of open questions (focused ones count half) reaches this. */
export const OPENNESS = 0.3;
const MAX_EVIDENCE = 3;

/** The constants above, for the rule set's hash. */
export const communicationRules = { INTRO_TURNS, OPENING_QUESTIONS, CLOSING_TURNS, NEXT_STEP_TURNS, SUMMARY_MIN_WORDS, OPEN_COUNTS, OPENNESS, MAX_EVIDENCE };

interface Context {
  index: CaseIndex;
  phrases: GraderPhrases;
  students: TranscriptTurn[];
  transcript: readonly TranscriptTurn[];
  exchanges: readonly Exchange[];
}

export function scoreCommunication(
  index: CaseIndex,
  transcript: readonly TranscriptTurn[],
  exchanges: readonly Exchange[],
): CommunicationScore[] {
  const ctx: Context = {
    index,
    phrases: graderPhrases(index.case.language),
    students: transcript.filter((t) => t.speaker === 'student'),
    transcript,
    exchanges,
  };
  return [introduction(ctx), openQuestions(ctx), empathy(ctx), ice(ctx), jargon(ctx), signposting(ctx), closing(ctx)];
}

const isMove = (ctx: Context, move: MoveId, text: string) => cachedAlternation(ctx.index.pack.moves[move]).test(normalise(text));

function quoteOf(turn: TranscriptTurn, patterns?: readonly string[]): Evidence {
  const sentence = patterns ? sentenceMatching(patterns, turn.text) : undefined;
  return { turn: turn.turn, quote: sentence ?? shortQuote(turn.text) };
}

function moveQuote(ctx: Context, turn: TranscriptTurn, move: MoveId): Evidence {
  return quoteOf(turn, ctx.index.pack.moves[move]);
}

const clamp = (score: number) => Math.max(1, Math.min(5, Math.round(score)));

function introduction(ctx: Context): CommunicationScore {
  const first = ctx.students.slice(0, INTRO_TURNS);
  const { phrases } = ctx;
  const nameParts = ctx.index.case.patient.name.split(/\s+/u).filter((p) => p.length > 2);
  const find = (test: (t: TranscriptTurn) => boolean) => first.find(test);
  // "I'm Priya": a capitalised word after "I'm" is a name (the pack's patterns see lower case only).
  const saysName = (s: string) => matches(phrases.ownName, s) || /\b(?:I'm|I am|I’m)\s+(?!Dr\b|Doctor\b)\p{Lu}\p{Ll}+/u.test(s);
  const ownName = find((t) => saysName(t.text));
  const role = find((t) => matches(phrases.role, t.text));
  const consent = find((t) => isMove(ctx, 'consent', t.text));
  const namesPatient = (s: string) => isMove(ctx, 'name', s) || nameParts.some((p) => s.includes(p));
  const identity = find((t) => namesPatient(t.text));
  const greeting = find((t) => isMove(ctx, 'greeting', t.text));
  const score = 1 + Number(!!ownName) + Number(!!role) + Number(!!consent) + Number(!!(identity && (greeting || ownName)));
  const evidence = uniqueEvidence(
    [ownName && { turn: ownName.turn, quote: sentences(ownName.text).find(saysName) ?? shortQuote(ownName.text) }, role && quoteOf(role, phrases.role), consent && moveQuote(ctx, consent, 'consent'), identity && { turn: identity.turn, quote: sentences(identity.text).find(namesPatient) ?? shortQuote(identity.text) }],
  );
  const missing = (
    [
      [!ownName, 'name'],
      [!role, 'role'],
      [!identity, 'identity'],
      [!consent, 'consent'],
    ] as const
  ).flatMap(([absent, part]) => (absent ? [part] : []));
  return { domain: 'introduction', score: clamp(score), evidence, advice: phrases.advice.introduction(missing) };
}

type QuestionKind = 'open' | 'focused' | 'closed';

function classify(ctx: Context, text: string): QuestionKind {
  const { pack } = ctx.index;
  if ((['open', 'more', 'associated'] as const).some((m) => isMove(ctx, m, text))) return 'open';
  let plain = normalise(text);
  for (let i = 0; i < 3; i++) plain = plain.replace(new RegExp(`^(?:${ctx.phrases.preambles.join('|')})`, 'iu'), '');
  if (cachedAlternation(ctx.phrases.focusedOpenings.map((o) => `^${o}`)).test(plain)) return 'focused';
  if (pack.whWords.some((w) => plain.startsWith(w))) return 'open';
  return 'closed';
}

function openQuestions(ctx: Context): CommunicationScore {
  const asked: { turn: TranscriptTurn; kind: QuestionKind }[] = [];
  for (const turn of ctx.students) {
    const piece = splitQuestions(turn.text, ctx.index.pack).find((p) => p.asked);
    if (!piece) continue;
    // Consent and the patient's name are part of the introduction, not the history.
    if (isMove(ctx, 'consent', turn.text) || isMove(ctx, 'name', turn.text)) continue;
    const question = sentences(turn.text).find((s) => s.endsWith('?')) ?? piece.text;
    asked.push({ turn, kind: classify(ctx, question) });
  }
  if (asked.length === 0) {
    return { domain: 'open-questions', score: 1, evidence: [], advice: ctx.phrases.advice.openQuestions('none', 0, 0) };
  }
  const count = (k: QuestionKind) => asked.filter((a) => a.kind === k).length;
  const openness = (count('open') + 0.5 * count('focused')) / asked.length;
  const openedOpen = asked.slice(0, OPENING_QUESTIONS).some((a) => a.kind === 'open');
  // A thorough history asks many closed questions in the systems review, so the number of
  // open questions counts as well as their share; a handful of questions cannot score high.
  const [few, many] = OPEN_COUNTS;
  const score = Math.min(
    1 + Number(openedOpen) + Number(count('open') >= few) + Number(count('open') >= many) + Number(openness >= OPENNESS),
    1 + count('open'),
  );
  const open = asked.filter((a) => a.kind === 'open').slice(0, 2);
  const closed = asked.filter((a) => a.kind === 'closed').slice(0, open.length ? 1 : 2);
  const evidence = uniqueEvidence([...open, ...closed].map((a) => quoteOf(a.turn, ['.*\\?'])));
  const advice = ctx.phrases.advice.openQuestions(!openedOpen ? 'closed-start' : score >= 4 ? 'good' : 'few', count('open'), asked.length);
  return { domain: 'open-questions', score: clamp(score), evidence, advice };
}

function empathy(ctx: Context): CommunicationScore {
  const { phrases } = ctx;
  const pack = ctx.index.pack;
  const empathic = (t: TranscriptTurn) => isMove(ctx, 'empathy', t.text) || matches(phrases.empathy, t.text);
  const statements = ctx.students.filter(empathic);
  // Emotional cues: the patient says how they feel; a good response comes in the next student
  // turn. A feeling the patient repeats is one cue, answered if it was answered once.
  const cues = new Map<string, { turn: TranscriptTurn; answered: boolean }>();
  for (let i = 0; i < ctx.transcript.length; i++) {
    const turn = ctx.transcript[i];
    const feeling = turn?.speaker === 'patient' ? sentenceMatching(phrases.emotion, turn.text) : undefined;
    if (!turn || !feeling) continue;
    const next = ctx.transcript.slice(i + 1).find((t) => t.speaker === 'student');
    const key = normalise(feeling);
    const answered = !!next && empathic(next);
    cues.set(key, { turn: cues.get(key)?.turn ?? turn, answered: (cues.get(key)?.answered ?? false) || answered });
  }
  const answered = [...cues.values()].filter((c) => c.answered).length;
  const unanswered = [...cues.values()].find((c) => !c.answered)?.turn;
  let score = statements.length === 0 ? 1 : Math.min(4, statements.length + 1);
  if (answered > 0) score += 1;
  if (cues.size > 0 && answered === 0) score = Math.min(score, 3);
  const evidence = uniqueEvidence(
    statements.map((t) => quoteOf(t, [...pack.moves.empathy, ...phrases.empathy])),
  );
  const advice = unanswered
    ? phrases.advice.empathy('unanswered', shortQuote(sentenceMatching(phrases.emotion, unanswered.text) ?? unanswered.text, 80))
    : phrases.advice.empathy(statements.length === 0 ? 'none' : 'good');
  return { domain: 'empathy', score: clamp(score), evidence, advice };
}

const ICE = ['ideas', 'concerns', 'expectations'] as const;

function ice(ctx: Context): CommunicationScore {
  const asked = new Map<(typeof ICE)[number], TranscriptTurn>();
  for (const turn of ctx.students) {
    for (const piece of splitQuestions(turn.text, ctx.index.pack)) {
      if (!piece.asked) continue;
      for (const part of ICE) if (piece.annotation.concepts.includes(part) && !asked.has(part)) asked.set(part, turn);
    }
  }
  const score = [1, 2, 3, 5][asked.size] ?? 5;
  const evidence = uniqueEvidence([...asked.values()].map((t) => quoteOf(t, ['.*\\?'])));
  const missing = ICE.filter((p) => !asked.has(p));
  return { domain: 'ice', score, evidence, advice: ctx.phrases.advice.ice(missing) };
}

function jargon(ctx: Context): CommunicationScore {
  // A term explained in the student's next turn, after the patient asked, counts half.
  let weight = 0;
  const uses: { turn: TranscriptTurn; term: string; sentence: string }[] = [];
  ctx.exchanges.forEach((exchange, i) => {
    for (const use of exchange.jargon) {
      uses.push({ turn: exchange.student, term: use.term, sentence: use.sentence });
      const next = ctx.exchanges[i + 1];
      const rephrased = !!next && next.asked && next.jargon.length === 0;
      weight += rephrased ? 0.5 : 1;
    }
  });
  const score = clamp(5 - Math.ceil(weight));
  const evidence = uniqueEvidence(uses.map((u) => ({ turn: u.turn.turn, quote: u.sentence })));
  const terms = [...new Set(uses.map((u) => u.term))];
  return { domain: 'jargon', score, evidence, advice: ctx.phrases.advice.jargon(terms) };
}

function signposting(ctx: Context): CommunicationScore {
  const summaries = ctx.students.filter((t) => isMove(ctx, 'summary', t.text) && t.text.split(/\s+/u).length >= SUMMARY_MIN_WORDS);
  // Asking permission at the start is part of the introduction, not a signpost.
  const signposts = ctx.students.filter(
    (t) => !summaries.includes(t) && sentences(t.text).some((s) => matches(ctx.phrases.signpost, s) && !isMove(ctx, 'consent', s)),
  );
  const score = 1 + (summaries.length ? 2 : 0) + Math.min(2, signposts.length);
  const evidence = uniqueEvidence([
    ...summaries.slice(0, 1).map((t) => moveQuote(ctx, t, 'summary')),
    ...signposts.slice(0, 2).map((t) => ({
      turn: t.turn,
      quote: sentences(t.text).find((s) => matches(ctx.phrases.signpost, s) && !isMove(ctx, 'consent', s)) ?? shortQuote(t.text),
    })),
  ]);
  const advice = ctx.phrases.advice.signposting(!summaries.length ? 'no-summary' : signposts.length < 2 ? 'few-signposts' : 'good');
  return { domain: 'signposting-summarising', score: clamp(score), evidence, advice };
}

function closing(ctx: Context): CommunicationScore {
  const last = ctx.students.slice(-CLOSING_TURNS);
  const { phrases } = ctx;
  const anythingElse = last.find((t) => isMove(ctx, 'anything-else', t.text));
  const questions = last.find((t) => matches(phrases.invitesQuestions, t.text));
  const thanks = last.find((t) => matches(phrases.thanks, t.text));
  // What happens next is said at the very end; a plan told mid-interview is not a close.
  const nextSteps = last.slice(-NEXT_STEP_TURNS).find((t) => matches(phrases.nextSteps, t.text));
  const score = 1 + Number(!!anythingElse) + Number(!!questions) + Number(!!thanks) + Number(!!nextSteps);
  const evidence = uniqueEvidence([
    anythingElse && moveQuote(ctx, anythingElse, 'anything-else'),
    questions && quoteOf(questions, phrases.invitesQuestions),
    nextSteps && quoteOf(nextSteps, phrases.nextSteps),
    thanks && quoteOf(thanks, phrases.thanks),
  ]);
  const missing = (
    [
      [!anythingElse, 'anything-else'],
      [!questions, 'questions'],
      [!nextSteps, 'next-steps'],
      [!thanks, 'thanks'],
    ] as const
  ).flatMap(([absent, part]) => (absent ? [part] : []));
  return { domain: 'closing', score: clamp(score), evidence, advice: phrases.advice.closing(missing) };
}

function uniqueEvidence(items: readonly (Evidence | undefined | false | null | '')[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of items) {
    if (!item) continue;
    const key = `${item.turn}:${item.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  // Items come most telling first: keep those, then show them in transcript order.
  return out.slice(0, MAX_EVIDENCE).sort((a, b) => a.turn - b.turn);
}
