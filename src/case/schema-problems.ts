import * as z from 'zod';
import { didYouMean } from './suggest';
import { formatPath, type PathSegment, type Problem } from './problem';
import type { SourceMap } from './source-map';

// Turns zod issues into problems with plain-English messages and source positions.

/** Passed as the per-parse error map: marks the issues whose schema has no message of its own. */
export const USE_PLAIN_MESSAGE = '\u0000plain';

export function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  schema: z.ZodType,
  sourceMap: SourceMap,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: readonly PathSegment[], message: string, position = sourceMap.valueAt(path)) =>
    problems.push({ file, ...position, path: formatPath(path), message, severity: 'error' });

  for (const issue of issues) {
    const path = issue.path.filter((segment) => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = fieldNames(schema, path);
      for (const key of issue.keys) {
        add([...path, key], `unknown field "${key}"${didYouMean(key, known)}`, sourceMap.keyAt([...path, key]));
      }
      continue;
    }
    const value = valueAt(data, path);
    if (issue.code === 'invalid_type' && path.length === 0 && value == null) {
      add(path, 'the file is empty: a case needs fields such as id, title, patient and facts');
      continue;
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      add(path, 'is required');
      continue;
    }
    const message = issue.message === USE_PLAIN_MESSAGE ? plainMessage(issue) : issue.message;
    if (issue.code === 'invalid_type' && value === null) add(path, `is empty: it ${message}`);
    else add(path, message + received(issue, value));
  }
  return problems;
}

function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${KIND[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return bound('at least', issue.origin, issue.minimum, issue.inclusive);
    case 'too_big':
      return bound('at most', issue.origin, issue.maximum, issue.inclusive);
    case 'invalid_format':
      return issue.format === 'url' ? 'must be a web address like "https://example.org/page"' : `must be a valid ${issue.format}`;
    default:
      return 'is not valid here';
  }
}

const KIND: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

function bound(word: 'at least' | 'at most', origin: string, limit: number | bigint, inclusive = true): string {
  const n = Number(limit);
  if (origin === 'array') {
    if (word === 'at least' && n === 1) return 'must list at least one item';
    return `must list ${word} ${n} item${n === 1 ? '' : 's'}`;
  }
  if (origin === 'string') {
    if (word === 'at least' && n === 1) return 'must not be empty';
    return `must be ${word} ${n} characters long`;
  }
  if (!inclusive) return `must be ${word === 'at least' ? 'more' : 'less'} than ${n}`;
  return `must be ${word} ${n}`;
}

/** " (got …)" for issues where seeing the written value helps. */
function received(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    return issue.origin === 'number' ? ` (got ${describe(value)})` : '';
  }
  if (issue.code === 'invalid_value') {
    const choices = issue.values.map(String);
    const hint = typeof value === 'string' ? didYouMean(value, choices).replace(/^ \((.*)\)$/, '; $1') : '';
    return ` (got ${describe(value)}${hint})`;
  }
  if (issue.code === 'invalid_type') {
    const quotedNumber = typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value));
    if (quotedNumber && (issue.expected === 'number' || issue.expected === 'int')) {
      return ` (got ${describe(value)}; remove the quotes)`;
    }
    if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
      return ` (got ${describe(value)}; put it in quotes)`;
    }
    if (issue.expected === 'array' && typeof value === 'string') {
      return ` (got ${describe(value)}; write a list as [first, second] or as lines starting with "- ")`;
    }
  }
  return issue.code === 'invalid_type' || issue.code === 'invalid_format' ? ` (got ${describe(value)})` : '';
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  return String(value);
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}

/** The field names the schema allows at `path`, for "did you mean". */
function fieldNames(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  let current = unwrap(schema);
  for (const segment of path) {
    if (current instanceof z.ZodObject && typeof segment === 'string') current = unwrap(current.shape[segment]);
    else if (current instanceof z.ZodArray) current = unwrap(current.element);
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap();
  }
  return current;
}
