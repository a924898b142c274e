import type { Case } from '../src/case';
import type { SessionRecord, TurnRecord } from '../src/db';

// Deterministic material for the streaming benchmark: a session, N finished turns of realistic
// length, and a long patient reply cut into word pieces the way a tokenizer cuts them.

/** mulberry32: the same "random" conversation on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTION_WORDS =
  'when did the pain start and where exactly is it does it spread anywhere what makes it better or worse have you had this before any nausea vomiting fever do you take any medicines allergies smoke drink how much'.split(
    ' ',
  );
const ANSWER_WORDS =
  'it started yesterday morning in my belly and it has been getting worse I feel sick all the time and I threw up twice last night the pain is cramping comes and goes I have not passed any wind since then my tummy feels tight and swollen I take tablets for my blood pressure and nothing else no allergies that I know of I used to smoke but stopped ten years ago a glass of wine at the weekend'.split(
    ' ',
  );

function sentence(next: () => number, words: readonly string[], length: number, end: string): string {
  const picked = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? '');
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
}

function utterance(next: () => number, words: readonly string[], sentences: [number, number], wordsPer: [number, number], end: string) {
  const count = sentences[0] + Math.floor(next() * (sentences[1] - sentences[0] + 1));
  return Array.from({ length: count }, () => sentence(next, words, wordsPer[0] + Math.floor(next() * (wordsPer[1] - wordsPer[0] + 1)), end)).join(' ');
}

export function sessionRecord(caseFile: Case): SessionRecord {
  const now = Date.now();
  return {
    id: crypto.randomUUID(),
    caseId: caseFile.id,
    caseVersion: caseFile.version,
    caseHash: 'bench',
    caseTitle: caseFile.title,
    caseLanguage: caseFile.language,
    studentName: 'Bench Student',
    status: 'active',
    startedAt: now,
    updatedAt: now,
    patient: { kind: 'scripted', promptVersion: 'bench', promptHash: 'bench' },
    events: [],
  };
}

/** N finished turns, student and patient in turn: questions of 1–2 sentences, answers of 1–5. */
export function finishedTurns(sessionId: string, count: number): TurnRecord[] {
  const next = random(count);
  const start = Date.now() - count * 20_000;
  return Array.from({ length: count }, (_, index): TurnRecord => {
    const student = index % 2 === 0;
    const text = student
      ? utterance(next, QUESTION_WORDS, [1, 2], [5, 14], '?')
      : utterance(next, ANSWER_WORDS, [1, 5], [6, 18], '.');
    return {
      id: `bench-turn-${index}`,
      sessionId,
      index,
      speaker: student ? 'student' : 'patient',
      text,
      status: 'complete',
      startedAt: start + index * 20_000,
      endedAt: start + index * 20_000 + 5_000,
      factIds: [],
    };
  });
}

/**
 * A reply of `tokens` word pieces: each word with its leading space cut into pieces of at most
 * four characters (" swo", "llen"), about four characters a token as with BPE tokenizers.
 */
export function replyPieces(tokens: number): string[] {
  const next = random(tokens);
  const pieces: string[] = [];
  while (pieces.length < tokens) {
    const words = sentence(next, ANSWER_WORDS, 8 + Math.floor(next() * 12), '.').split(' ');
    for (const [at, word] of words.entries()) {
      const spaced = pieces.length === 0 && at === 0 ? word : ` ${word}`;
      for (let cut = 0; cut < spaced.length && pieces.length < tokens; cut += 4) pieces.push(spaced.slice(cut, cut + 4));
    }
  }
  return pieces;
}
