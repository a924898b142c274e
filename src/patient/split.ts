import { alternation, annotate, conceptKind, isSubject, normalise, type Annotation } from './annotate';
import type { LanguagePack } from './lexicon/types';

// A student often asks two things at once ("How long has it hurt and where is it?",
// "Any fever, vomiting or diarrhoea?"). Split a turn into the questions it holds.

export interface Piece {
  text: string;
  annotation: Annotation;
  /** Asked as a question: its sentence ends in "?" or it opens with a question word. */
  asked: boolean;
  /** Concepts taken over from the piece before ("…, and how many a day?"), not said in this one. */
  inherited: string[];
}

const ABBREVIATION = /(?<![\p{L}])(?:dr|mr|mrs|ms|prof|st|nr|ca|bzw|usw|vs|etc|e\.\s?g|i\.\s?e|z\.\s?b|d\.\s?h|u\.\s?a)\./giu;

const LIST_SEPARATOR = /,|\s(?:or|and|oder|und|nor|noch)\s|\s?\/\s?/iu;

export function splitQuestions(utterance: string, pack: LanguagePack): Piece[] {
  // "Dr. Meier", "z. B. Brennen", "e.g. dizziness": a full stop after an abbreviation ends no sentence.
  const sentences = normalise(utterance)
    .replace(ABBREVIATION, (match) => match.replace(/\./g, ''))
    .split(/(?<=[?!.;])\s+/u)
    .map((s) => s.trim())
    .filter((s) => s.replace(/[^\p{L}\p{N}]/gu, '').length > 0);
  const starters = alternation(pack.questionStarters);
  const pieces = sentences.flatMap((sentence) =>
    splitOnStarters(sentence.replace(/\?+$/, ''), starters)
      .flatMap((part) => splitCommaQuestions(part, pack))
      .flatMap((text) =>
      splitList(text, pack).map((piece) => ({ ...piece, asked: sentence.endsWith('?') || opensQuestion(text, pack), inherited: [] })),
    ),
  );
  // "Do you smoke, and how many a day?": a follow-on without a subject of its own keeps the last one.
  return pieces.map((piece, i) => {
    const previous = pieces[i - 1];
    if (!previous || piece.annotation.concepts.some((c) => isSubject(pack, c))) return piece;
    const inherited = previous.annotation.concepts.filter((c) => conceptKind(pack, c) !== 'dim' && !piece.annotation.concepts.includes(c));
    return { ...piece, inherited, annotation: { ...piece.annotation, concepts: [...piece.annotation.concepts, ...inherited] } };
  });
}

function opensQuestion(text: string, pack: LanguagePack): boolean {
  const first = (text.split(' ')[0] ?? '').replace(/'s$/, '');
  return pack.questionWords.includes(first);
}

const SCENE_SETTING = /^(when|if|while|once|wenn|falls)\s+(you|i|she|he|it|they|we|sie|du|er|es)\s/u;

/** "Where is it, does it go anywhere?": two questions, when each opens like one. */
function splitCommaQuestions(text: string, pack: LanguagePack): string[] {
  const clauses = text.split(/,\s*/).filter((c) => c.trim() !== '');
  // "When you think about the future, how does it look?" is one question: a clause that only
  // sets the scene ("when you…", "if…") or hangs on the one before ("any … there?") stays.
  const standsAlone = (clause: string, i: number) =>
    opensQuestion(clause, pack) && !SCENE_SETTING.test(clause) && !(i > 0 && /^any\b/u.test(clause));
  if (clauses.length < 2 || !clauses.every(standsAlone)) return [text];
  return clauses;
}

function splitOnStarters(sentence: string, starters: RegExp): string[] {
  const cuts = [...sentence.matchAll(starters)].map((m) => m.index ?? 0).filter((i) => i > 0);
  const parts: string[] = [];
  let from = 0;
  for (const cut of [...cuts, sentence.length]) {
    parts.push(sentence.slice(from, cut));
    from = cut;
  }
  return parts.map((p) => p.replace(/^(and|also|und|auch)\s+/iu, '').trim()).filter(Boolean);
}

/**
 * "Any pain or swelling in your legs?" asks about pain in the legs and swelling in the legs:
 * each listed subject becomes its own question, keeping the shared frame (where, when, body part).
 */
function splitList(text: string, pack: LanguagePack): Omit<Piece, 'asked' | 'inherited'>[] {
  const whole = annotate(text, pack, 'question');
  const segments = text.split(LIST_SEPARATOR).map((s) => annotate(s, pack, 'question'));
  const wholeSubjects = whole.concepts.filter((c) => isSubject(pack, c));
  const bySubject = listed(segments, whole, (c) => isSubject(pack, c));
  if (bySubject) return listPieces(text, whole, bySubject, segments, (c) => isSubject(pack, c));
  // "Any pain in your chest or your legs?": one subject, asked of each place in turn.
  const isPlace = (c: string) => conceptKind(pack, c) === 'body';
  const byPlace = wholeSubjects.length ? listed(segments, whole, isPlace) : undefined;
  if (byPlace) return listPieces(text, whole, byPlace, segments, isPlace);
  return [{ text, annotation: whole }];
}

/** Per segment, the concepts of one kind it lists — when each of two or more names its own. */
function listed(segments: Annotation[], whole: Annotation, ofKind: (c: string) => boolean): string[][] | undefined {
  const own = segments.map((s) => s.concepts.filter(ofKind));
  const named = own.filter((o) => o.length > 0);
  const all = named.flat();
  const inWhole = whole.concepts.filter(ofKind);
  // A phrase the split tore apart ("eat and drink") reads differently in pieces: keep it whole.
  const sameReading = all.length === inWhole.length && all.every((c) => inWhole.includes(c));
  return named.length >= 2 && sameReading ? own : undefined;
}

function listPieces(
  text: string,
  whole: Annotation,
  own: string[][],
  segments: Annotation[],
  ofKind: (c: string) => boolean,
): Omit<Piece, 'asked' | 'inherited'>[] {
  const frame = whole.concepts.filter((c) => !ofKind(c));
  return own.flatMap((concepts, i) =>
    concepts.length ? [{ text, annotation: { ...whole, concepts: [...concepts, ...frame], words: segments[i]?.words ?? [] } }] : [],
  );
}
