import { annotate, cachedAlternation, conceptKind, isSubject, normalise, type Annotation } from './annotate';
import type { CaseIndex, IndexedFact } from './fact-index';
import type { MoveId, Templates } from './lexicon/types';
import { retrieve } from './retrieve';
import { splitQuestions, type Piece } from './split';
import { checkSummary } from './summary';

// First stage of answering: recognise what the student is doing (greeting, open question,
// asking for the diagnosis, breaking the role, reading back a summary...) and then, for
// questions about the history, let retrieval pick the fact — or deny plainly.

export interface ConversationState {
  revealed: ReadonlySet<string>;
  openingSaid: boolean;
  /** Facts told in the patient's last reply: what "tell me more" refers to. */
  lastFactIds: readonly string[];
  turn: number;
}

export const initialState = (): ConversationState => ({
  revealed: new Set(),
  openingSaid: false,
  lastFactIds: [],
  turn: 0,
});

export interface Response {
  text: string;
  factIds: string[];
  moves: string[];
}

interface Part {
  text: string;
  factIds: string[];
  move: string;
}

/** Moves that answer for the whole turn, checked before anything else. */
const WHOLE_TURN_MOVES: MoveId[] = ['role-break', 'diagnosis-request', 'advice-request'];

export function respond(
  index: CaseIndex,
  state: ConversationState,
  utterance: string,
): { response: Response; state: ConversationState } {
  const text = normalise(utterance);
  const ctx = new Context(index, state, text);
  const parts = answer(ctx, text);
  const factIds = [...new Set(parts.flatMap((p) => p.factIds))];
  const response: Response = {
    text: joinParts(parts.map((p) => p.text), index.pack.templates),
    factIds,
    moves: [...new Set(parts.map((p) => p.move))],
  };
  const revealed = new Set(state.revealed);
  factIds.forEach((id) => revealed.add(id));
  return {
    response,
    state: {
      revealed,
      openingSaid: ctx.openingSaid,
      lastFactIds: factIds.length ? factIds : state.lastFactIds,
      turn: state.turn + 1,
    },
  };
}

class Context {
  readonly templates: Templates;
  openingSaid: boolean;
  readonly revealed: Set<string>;

  constructor(
    readonly index: CaseIndex,
    readonly state: ConversationState,
    readonly utterance: string,
  ) {
    this.templates = index.pack.templates;
    this.openingSaid = state.openingSaid;
    this.revealed = new Set(state.revealed);
  }

  is(move: MoveId, text: string): boolean {
    return cachedAlternation(this.index.pack.moves[move]).test(text);
  }

  /** Deterministic variety: the same question in the same place gets the same words. */
  pick(options: readonly string[], salt = ''): string {
    let hash = 0;
    for (const ch of this.utterance + salt + this.state.turn) hash = (hash * 31 + ch.charCodeAt(0)) | 0;
    return options[Math.abs(hash) % options.length] ?? '';
  }

  fill(template: string, values: Record<string, string | number>): string {
    return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
  }

  tell(entries: IndexedFact[], move: string): Part {
    entries.forEach((e) => this.revealed.add(e.fact.id));
    return { text: entries.map((e) => e.fact.says).join(' '), factIds: entries.map((e) => e.fact.id), move };
  }
}

function answer(ctx: Context, text: string): Part[] {
  for (const move of WHOLE_TURN_MOVES) if (ctx.is(move, text)) return [wholeTurn(ctx, move)];
  if (ctx.is('summary', text) && wordCount(text) >= 8) return [summary(ctx, text)];
  if (ctx.is('closing', text) && !text.includes('?') && !ctx.is('greeting', text)) return [say(ctx, ctx.templates.closing, 'closing')];

  const parts: Part[] = [];
  const pieces = splitQuestions(text, ctx.index.pack);
  const asks = pieces.filter((p) => p.asked);
  // Statements around a question ("Some people who feel low think of ending their life.")
  // give it context; they are answered only when the turn asks nothing else.
  for (const piece of asks.length ? pieces.filter((p) => asks.includes(p) || isMove(ctx, p.text)) : pieces) {
    const part = answerPiece(ctx, piece);
    if (part && !parts.some((p) => p.text === part.text)) parts.push(part);
  }
  return parts.length ? parts : [say(ctx, ctx.templates.unclear, 'unclear')];
}

function wholeTurn(ctx: Context, move: MoveId): Part {
  const t = ctx.templates;
  if (move === 'role-break') return say(ctx, t.roleBreak, move);
  if (move === 'diagnosis-request') return say(ctx, t.diagnosis, move);
  return say(ctx, t.advice, move);
}

function say(ctx: Context, options: readonly string[], move: string): Part {
  return { text: ctx.pick(options, move), factIds: [], move };
}

const CONVERSATIONAL: MoveId[] = ['greeting', 'consent', 'name', 'age', 'open', 'more', 'anything-else', 'empathy'];

function isMove(ctx: Context, text: string): boolean {
  return CONVERSATIONAL.some((move) => ctx.is(move, text));
}

function answerPiece(ctx: Context, { text: piece, annotation: said, asked, inherited }: Piece): Part | undefined {
  const t = ctx.templates;
  const annotation = aboutThePatient(ctx, said);
  const jargon = unexplainedJargon(ctx, piece);
  if (jargon) return { text: ctx.fill(ctx.pick(t.jargon, jargon), { term: jargon }), factIds: [], move: 'jargon' };
  if (ctx.is('name', piece)) return identity(ctx, 'name');
  if (ctx.is('age', piece)) return identity(ctx, 'age');
  // A move is judged on what this piece says itself: "What brings you in?" after "I'm a
  // medical student" is still an open question.
  const subject = annotation.concepts.some((c) => isSubject(ctx.index.pack, c) && !inherited.includes(c));
  // "Tell me more about what the burning's like" asks for something in particular.
  const particular = subject || annotation.concepts.some((c) => conceptKind(ctx.index.pack, c) === 'dim');
  if (ctx.is('open', piece) && !subject) return open(ctx);
  if (ctx.is('anything-else', piece) && !subject) return anythingElse(ctx);
  if (ctx.is('associated', piece) && !subject) return associated(ctx);
  if (ctx.is('more', piece) && !particular) return more(ctx);
  if (ctx.is('greeting', piece) && (!subject || !asked)) return greeting(ctx);
  if (ctx.is('consent', piece)) return say(ctx, t.consent, 'consent');
  if (ctx.is('examine', piece)) return say(ctx, t.examine, 'examine');
  if (ctx.is('empathy', piece) && !subject) return say(ctx, t.empathy, 'empathy');
  return history(ctx, piece, annotation);
}

function history(ctx: Context, piece: string, asked: Annotation): Part | undefined {
  const { chosen, annotation } = retrieve(ctx.index, piece, ctx.revealed, asked);
  if (chosen.length) return ctx.tell(chosen, 'fact');
  if (annotation.concepts.length === 0 && annotation.words.length === 0) return undefined;
  const ice = iceAnswer(ctx, annotation.concepts);
  if (ice) return ice;
  const occupation = ctx.index.case.patient.occupation;
  if (annotation.concepts.includes('occupation') && occupation && !ctx.index.case.patient.informant) {
    // "I'm a retired teacher", but German nouns keep their capital: "Ich bin Lehrerin".
    const job = ctx.index.pack.language === 'en' ? lowerFirst(occupation) : occupation;
    return { text: ctx.fill(ctx.templates.occupation, { occupation: job }), factIds: [], move: 'unknown' };
  }
  return unknown(ctx, annotation);
}

function unknown(ctx: Context, asked: Annotation): Part {
  const t = ctx.templates;
  if (ctx.index.case.patient.unknownPolicy === 'unsure') return say(ctx, t.unsure, 'unknown');
  // "No, I don't smoke." fits "do you smoke?" — but a parent speaking for a child, or a
  // question about something narrower than the section, gets a plain denial.
  const subject = asked.concepts.find((c) => isSubject(ctx.index.pack, c) && !asked.implied.includes(c));
  const topical = subject && !ctx.index.case.patient.informant ? t.denyByTopic[subject] : undefined;
  return { text: topical ?? ctx.pick(t.deny, 'deny'), factIds: [], move: 'unknown' };
}

/** Ideas, concerns and expectations the case gives only in the patient's profile, not as facts. */
function iceAnswer(ctx: Context, concepts: string[]): Part | undefined {
  const ice = ctx.index.case.patient.ice;
  const key = (['ideas', 'concerns', 'expectations'] as const).find((k) => concepts.includes(k));
  const askedElse = concepts.some((c) => c !== key && conceptKind(ctx.index.pack, c) !== 'dim');
  if (askedElse) return undefined;
  return key ? { text: ice[key], factIds: [], move: key } : undefined;
}

function identity(ctx: Context, what: 'name' | 'age'): Part {
  const { patient } = ctx.index.case;
  const t = ctx.templates;
  const informant = patient.informant;
  if (what === 'name') {
    const text = informant
      ? ctx.fill(t.nameInformant, {
          patient: patient.name,
          informant: informant.name,
          relation: informant.relation,
          possessive: t.possessive[patient.sex],
        })
      : ctx.fill(t.name, { name: patient.name });
    return { text, factIds: [], move: 'name' };
  }
  const age = patient.age < 2 ? ctx.fill(t.months, { n: Math.round(patient.age * 12) }) : String(Math.floor(patient.age));
  const text = informant
    ? ctx.fill(t.ageInformant, { pronoun: t.pronoun[patient.sex], age })
    : ctx.fill(t.age, { age });
  return { text, factIds: [], move: 'age' };
}

function greeting(ctx: Context): Part {
  const { patient } = ctx.index.case;
  if (patient.informant) {
    const text = ctx.fill(ctx.templates.greetingInformant[0] ?? '', {
      informant: patient.informant.name,
      patient: patient.name.split(' ')[0] ?? patient.name,
      relation: patient.informant.relation,
    });
    return { text, factIds: [], move: 'greeting' };
  }
  return say(ctx, ctx.templates.greeting, 'greeting');
}

function spontaneous(ctx: Context): IndexedFact[] {
  return ctx.index.facts.filter((e) => e.fact.reveal === 'spontaneous' && !ctx.revealed.has(e.fact.id));
}

function open(ctx: Context): Part {
  if (!ctx.openingSaid) {
    ctx.openingSaid = true;
    const opening = ctx.index.case.patient.openingStatement;
    const saidConcepts = new Set(annotate(opening, ctx.index.pack, 'fact').concepts);
    const complaint = spontaneous(ctx).filter((e) => e.fact.category === 'presenting-complaint');
    // Facts the opening statement already conveys are revealed by it; the rest are added.
    const added = complaint.filter((e) => [...e.concepts].some((c) => !saidConcepts.has(c) && c !== 'pain'));
    const part = ctx.tell(complaint, 'open');
    return { ...part, text: [opening, ...added.map((e) => e.fact.says)].join(' ') };
  }
  const next = spontaneous(ctx).slice(0, 2);
  return next.length ? ctx.tell(next, 'open') : more(ctx, 'open');
}

function anythingElse(ctx: Context): Part {
  const next = spontaneous(ctx).slice(0, 2);
  return next.length ? ctx.tell(next, 'anything-else') : say(ctx, ctx.templates.nothingElse, 'anything-else');
}

const SYMPTOM_CATEGORIES = new Set(['presenting-complaint', 'hpi', 'ros']);

function associated(ctx: Context): Part {
  const main = ctx.index.mainConcepts;
  const next = ctx.index.facts
    .filter(
      (e) =>
        SYMPTOM_CATEGORIES.has(e.fact.category) &&
        e.fact.reveal !== 'on-specific-ask' &&
        !e.negative &&
        !ctx.revealed.has(e.fact.id) &&
        [...e.concepts].some((c) => !main.has(c) && conceptKind(ctx.index.pack, c) === 'symptom'),
    )
    .slice(0, 2);
  return next.length ? ctx.tell(next, 'associated') : say(ctx, ctx.templates.nothingElse, 'associated');
}

/** "Tell me more": the next spontaneous fact, else more about what was said last. */
function more(ctx: Context, move = 'more'): Part {
  const next = spontaneous(ctx)[0];
  if (next) return ctx.tell([next], move);
  const last = ctx.state.lastFactIds.map((id) => ctx.index.byId.get(id)).filter((e): e is IndexedFact => !!e);
  const lastConcepts = new Set(last.flatMap((e) => [...e.concepts]));
  const related = ctx.index.facts
    .filter((e) => e.fact.reveal === 'on-ask' && !ctx.revealed.has(e.fact.id))
    .map((e) => ({ e, shared: [...e.concepts].filter((c) => lastConcepts.has(c)).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared)[0];
  return related ? ctx.tell([related.e], move) : say(ctx, ctx.templates.nothingElse, move);
}

function summary(ctx: Context, text: string): Part {
  const wrong = checkSummary(ctx.index, text);
  if (!wrong) return say(ctx, ctx.templates.summaryConfirm, 'summary-confirm');
  return {
    text: ctx.fill(ctx.templates.summaryCorrect, { fact: wrong.fact.says }),
    factIds: [wrong.fact.id],
    move: 'summary-correct',
  };
}

const EXPLAINED = /\(|—|–| - |which means|that means|that is|i\.e\.|in other words|i mean|meaning|also called|so-called|das heißt|bedeutet|gemeint/u;

/** A clinical word the patient would not know, used without saying what it means. */
function unexplainedJargon(ctx: Context, piece: string): string | undefined {
  const { pack } = ctx.index;
  const known = ctx.index.caseText;
  for (const term of pack.jargon) {
    const pattern = cachedAlternation([term.term]);
    const match = piece.match(pattern);
    // A word the case itself uses is one this patient understands.
    if (!match || known.includes(match[0])) continue;
    const rest = annotate(piece.replace(pattern, ' '), pack, 'question').concepts;
    if (!term.concepts.some((c) => rest.includes(c)) && !EXPLAINED.test(piece)) return term.display;
  }
  const shaped = piece.match(cachedAlternation([`(?:${pack.jargonShape})(?![\\p{L}])`]));
  if (shaped && !pack.layTerms.includes(shaped[0]) && !known.includes(shaped[0]) && !EXPLAINED.test(piece)) {
    return shaped[0];
  }
  return undefined;
}

/**
 * When a relative speaks for the patient, "your dad" or "your mum" is the patient, not the
 * family history: a daughter's "how is your father?" asks about the man in the bed.
 */
function aboutThePatient(ctx: Context, annotation: Annotation): Annotation {
  const informant = ctx.index.case.patient.informant;
  if (!informant || !/daughter|son|child|grand/i.test(informant.relation)) return annotation;
  const parents = ['mother', 'father'];
  if (!annotation.concepts.some((c) => parents.includes(c))) return annotation;
  const stripped = new Set([...parents, ...(annotation.concepts.includes('family') && annotation.implied.includes('family') ? ['family'] : [])]);
  return {
    ...annotation,
    concepts: annotation.concepts.filter((c) => !stripped.has(c)),
    implied: annotation.implied.filter((c) => !stripped.has(c)),
  };
}

function joinParts(texts: string[], templates: Templates): string {
  return texts.filter(Boolean).join(templates.partsJoiner);
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
