import * as z from 'zod';
import type { StudentNote, TranscriptTurn } from './types';

// Transcripts and notes from files (the grade command line, imports): JSON as exported by
// chat tools, or plain text as a person types it. Mistakes are reported with the file and
// line, like case-file problems, so they can be fixed in an editor.

export class InputFileError extends Error {
  override readonly name = 'InputFileError';
}

const fail = (fileName: string, line: number | null, message: string): never => {
  throw new InputFileError(`${fileName}${line === null ? '' : `:${line}`}: ${message}`);
};

const SPEAKERS: Record<string, TranscriptTurn['speaker']> = {
  student: 'student',
  doctor: 'student',
  user: 'student',
  patient: 'patient',
  assistant: 'patient',
};

/** Speaker names in plain text; an informant (a parent speaking for a child) answers for the patient. */
const TEXT_SPEAKERS: Record<string, TranscriptTurn['speaker']> = {
  student: 'student',
  doctor: 'student',
  patient: 'patient',
  informant: 'patient',
  parent: 'patient',
  mother: 'patient',
  father: 'patient',
  mum: 'patient',
  dad: 'patient',
  carer: 'patient',
  guardian: 'patient',
};

export function parseTranscript(text: string, fileName: string): TranscriptTurn[] {
  const source = text.replace(/^\uFEFF/, '');
  const turns = looksLikeJson(source) ? jsonTurns(source, fileName) : textTurns(source, fileName);
  if (turns.length === 0) fail(fileName, null, 'the transcript has no turns');
  return turns;
}

const looksLikeJson = (source: string) => /^\s*[[{]/.test(source);

const JsonTurn = z.looseObject({
  speaker: z.string().optional(),
  role: z.string().optional(),
  text: z.string().optional(),
  content: z.string().optional(),
  factIds: z.array(z.string()).optional(),
});
const JsonTranscript = z.union([
  z.array(JsonTurn),
  z.looseObject({ turns: z.array(JsonTurn) }).transform((value) => value.turns),
  z.looseObject({ messages: z.array(JsonTurn) }).transform((value) => value.messages),
]);

function jsonTurns(source: string, fileName: string): TranscriptTurn[] {
  const parsed = JsonTranscript.safeParse(parseJson(source, fileName));
  if (!parsed.success) {
    return fail(fileName, null, 'expected a JSON array of turns like {"speaker": "student", "text": "…"} (or {"turns": [...]})');
  }
  const turns: TranscriptTurn[] = [];
  parsed.data.forEach((entry, index) => {
    const who = (entry.speaker ?? entry.role ?? '').trim().toLowerCase();
    if (who === 'system') return; // a chat export's instructions to the model, not part of the interview
    const speaker = SPEAKERS[who];
    const where = `turn ${index + 1}`;
    if (!speaker) fail(fileName, null, `${where}: cannot tell who speaks: "${who}" (use student, doctor, user, patient or assistant)`);
    const said = (entry.text ?? entry.content ?? '').trim();
    if (said === '') fail(fileName, null, `${where}: the turn has no text`);
    turns.push({
      turn: turns.length + 1,
      speaker: speaker ?? 'student',
      text: said,
      ...(entry.factIds ? { factIds: entry.factIds } : {}),
    });
  });
  return turns;
}

const PREFIXED = /^\s*(?:\[(\p{L}+)\]|(\p{L}+)\s*:)\s?(.*)$/u;

function textTurns(source: string, fileName: string): TranscriptTurn[] {
  const turns: (TranscriptTurn & { line: number })[] = [];
  source.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const prefixed = PREFIXED.exec(line);
    const speaker = prefixed ? TEXT_SPEAKERS[(prefixed[1] ?? prefixed[2] ?? '').toLowerCase()] : undefined;
    // "[nurse]" is plainly a speaker tag; "Nurse:" may be words of the turn before ("Honestly: no.").
    if (!speaker && prefixed?.[1] !== undefined) {
      fail(fileName, index + 1, `cannot tell who speaks: "${excerpt(line)}" (use [doctor], [student] or [patient])`);
    }
    if (speaker) {
      turns.push({ turn: turns.length + 1, speaker, text: (prefixed?.[3] ?? '').trim(), line: index + 1 });
      return;
    }
    const previous = turns.at(-1);
    if (!previous) fail(fileName, index + 1, `cannot tell who speaks: "${excerpt(line)}" (start a turn with "Doctor:", "Student:" or "Patient:")`);
    else previous.text = previous.text === '' ? line.trim() : `${previous.text}\n${line.trim()}`;
  });
  const empty = turns.find((turn) => turn.text === '');
  if (empty) fail(fileName, empty.line, 'the turn has no text');
  return turns.map(({ line: _line, ...turn }) => turn);
}

function parseJson(source: string, fileName: string): unknown {
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? null : source.slice(0, Number(position)).split('\n').length;
    return fail(fileName, line, `not valid JSON: ${message}`);
  }
}

const excerpt = (line: string) => {
  const trimmed = line.trim();
  return trimmed.length > 60 ? `${trimmed.slice(0, 57).trimEnd()}…` : trimmed;
};

const JsonNote = z.looseObject({
  summary: z.string(),
  differential: z.array(z.string()),
  plan: z.string().nullable().optional(),
});

type Section = 'summary' | 'differential' | 'plan';

/** A heading line, alone or followed by its content: "Differential:", "## Plan", "DDx: ACS, PE". */
const HEADING = /^\s*(?:#+\s*)?(?:\*\*)?(summary|history|differentials?(?:\s+diagnos[ie]s)?|ddx|plan|management)(?:\*\*)?\s*(?::(?:\*\*)?|$)\s*(.*)$/i;
const LIST_MARKER = /^\s*(?:[-*•+–]|\(?\d{1,2}[.):]|#\d{1,2}[.:)]?)\s*/u;

export function parseNote(text: string, fileName: string): StudentNote {
  const source = text.replace(/^\uFEFF/, '');
  const note = looksLikeJson(source) ? jsonNote(source, fileName) : textNote(source, fileName);
  if (note.summary === '') fail(fileName, null, 'the note has no summary');
  return note;
}

function jsonNote(source: string, fileName: string): StudentNote {
  const parsed = JsonNote.safeParse(parseJson(source, fileName));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return fail(fileName, null, `${where}${issue?.message ?? 'invalid'} (expected {"summary": "…", "differential": ["…"], "plan": "…"})`);
  }
  const { summary, differential, plan } = parsed.data;
  return {
    summary: summary.trim(),
    differential: differential.map((entry) => entry.trim()).filter((entry) => entry !== ''),
    ...(plan?.trim() ? { plan: plan.trim() } : {}),
  };
}

function textNote(source: string, fileName: string): StudentNote {
  const lines = source.split(/\r?\n/);
  const sections = lines.some((line) => HEADING.test(line)) ? headedSections(lines) : paragraphSections(lines);
  const differential = listEntries(sections.differential);
  if (differential.length === 0) {
    fail(fileName, null, 'the note lists no differential: write one diagnosis a line after a line "Differential:"');
  }
  const plan = sections.plan.map((line) => line.trim()).filter((line) => line !== '').join('\n');
  return { summary: joinProse(sections.summary), differential, ...(plan ? { plan } : {}) };
}

function headedSections(lines: readonly string[]): Record<Section, string[]> {
  const sections: Record<Section, string[]> = { summary: [], differential: [], plan: [] };
  let current: Section = 'summary';
  for (const line of lines) {
    const heading = HEADING.exec(line);
    if (heading) {
      current = sectionOf(heading[1] ?? '');
      if (heading[2]?.trim()) sections[current].push(heading[2]);
    } else sections[current].push(line);
  }
  return sections;
}

function sectionOf(heading: string): Section {
  const name = heading.toLowerCase();
  if (name === 'summary' || name === 'history') return 'summary';
  if (name === 'plan' || name === 'management') return 'plan';
  return 'differential';
}

/** No headings: the first paragraph is the summary, every later line an entry of the differential. */
function paragraphSections(lines: readonly string[]): Record<Section, string[]> {
  const start = lines.findIndex((line) => line.trim() !== '');
  const blank = lines.findIndex((line, index) => index > start && line.trim() === '');
  const end = start < 0 ? lines.length : blank < 0 ? lines.length : blank;
  return { summary: lines.slice(0, end), differential: lines.slice(end), plan: [] };
}

function listEntries(lines: readonly string[]): string[] {
  const entries = lines.map((line) => line.replace(LIST_MARKER, '').trim()).filter((line) => line !== '');
  // "ACS, PE, aortic dissection" on one line is a list too; commas inside parentheses are not separators.
  const only = entries.length === 1 ? entries[0] : undefined;
  return only === undefined ? entries : splitTopLevel(only);
}

function splitTopLevel(line: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of line) {
    if (char === '(' || char === '[') depth += 1;
    if ((char === ')' || char === ']') && depth > 0) depth -= 1;
    if ((char === ',' || char === ';') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const joinProse = (lines: readonly string[]) => lines.map((line) => line.trim()).filter((line) => line !== '').join(' ');
