import * as z from 'zod';
import { hashCase } from '../../case/hash';
import { formatPath } from '../../case/problem';
import { sessionDigest, type ImportBatch } from '../../db';
import { Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, BundleHeader } from './bundle-schema';
import { digestOf } from './export-bundle';

// Reading a bundle file: JSON, then the header (format and version), then every field, then
// the digest and the links between sessions, turns and cases. The first problem found is
// returned in plain words, naming the file and the field (or line and column for broken JSON).

export interface BundleProblem {
  file: string;
  /** A field path like `content.sessions[2].session.caseId`, or `line 3, column 14`; "" for the whole file. */
  where: string;
  message: string;
}

export type ParsedBundle = { ok: true; batch: ImportBatch; exportedAt: number } | { ok: false; problem: BundleProblem };

export async function parseBundle(text: string, file: string): Promise<ParsedBundle> {
  const fail = (where: string, message: string): ParsedBundle => ({ ok: false, problem: { file, where, message } });

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    if (/end of JSON input|Unterminated/i.test(message)) return fail(lineColumnAt(text, text.length), 'ends before the JSON is complete: the file was probably cut short');
    return fail(jsonErrorPosition(text, message), `is not valid JSON: ${message}`);
  }

  const header = BundleHeader.safeParse(json);
  if (!header.success) {
    const format = isRecord(json) ? json.format : undefined;
    return format === undefined || format !== BUNDLE_FORMAT
      ? fail('format', `is not an Anamnesis sessions file (expected "format": "${BUNDLE_FORMAT}")`)
      : fail('version', 'must be a whole number');
  }
  if (header.data.version > BUNDLE_VERSION) {
    return fail('version', `is ${header.data.version}, from a newer Anamnesis; this one reads version ${BUNDLE_VERSION}. Update the app and import again.`);
  }

  const parsed = Bundle.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return fail(issuePath(issue), issue?.message ?? 'is not valid');
  }
  const bundle = parsed.data;
  // The digest is over the file's own content, before the case schema filled in defaults.
  if (!isRecord(json) || digestOf(json.content) !== bundle.digest.value) {
    return fail('digest', 'does not match the content: the file was changed or damaged after it was exported');
  }

  const { sessions, cases } = bundle.content;
  const hashes = new Set<string>();
  for (const [index, snapshot] of cases.entries()) {
    if ((await hashCase(snapshot.case)) !== snapshot.hash) return fail(`content.cases[${index}].hash`, 'does not match the case it names');
    hashes.add(snapshot.hash);
  }
  const ids = new Set<string>();
  for (const [index, { session, turns }] of sessions.entries()) {
    const at = `content.sessions[${index}]`;
    if (ids.has(session.id)) return fail(`${at}.session.id`, 'appears twice in this file');
    ids.add(session.id);
    if (!hashes.has(session.caseHash)) return fail(`${at}.session.caseHash`, 'has no case snapshot with this hash in the file');
    const stray = turns.findIndex((turn) => turn.sessionId !== session.id);
    if (stray >= 0) return fail(`${at}.turns[${stray}].sessionId`, 'does not match the session it is filed under');
    const indexes = new Set(turns.map((turn) => turn.index));
    if (indexes.size !== turns.length) return fail(`${at}.turns`, 'has two turns at the same position');
  }

  return {
    ok: true,
    exportedAt: bundle.exportedAt,
    batch: {
      file,
      entries: sessions.map(({ session, turns }) => ({ session, turns, digest: sessionDigest(session, turns) })),
      snapshots: cases,
    },
  };
}

function issuePath(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return '';
  const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
  if (issue.code === 'unrecognized_keys') return formatPath([...path, issue.keys[0] ?? '']);
  return formatPath(path);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "line L, column C" from the engine's message (V8 gives a position for most errors, not all). */
function jsonErrorPosition(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return `line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /position (\d+)/.exec(message);
  return position ? lineColumnAt(text, Number(position[1])) : '';
}

function lineColumnAt(text: string, offset: number): string {
  const before = text.slice(0, offset);
  return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
}
