import * as z from 'zod';

type PathKey = PropertyKey;

function formatPath(path: readonly PathKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || '(record)';
}

function describeIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PathKey[]): { field: string; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    // An unknown key is reported on its parent; name the key itself.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: formatPath([...path, key]), message: 'is not a known field' }));
    }
    return [{ field: formatPath(path), message: issue.message }];
  });
}

/** A record failed validation before it reached storage. `fields` name what was wrong, like `note.differential[0]`. */
export class InvalidRecordError extends Error {
  override readonly name = 'InvalidRecordError';
  readonly fields: string[];
  readonly problems: { field: string; message: string }[];

  constructor(what: string, problems: { field: string; message: string }[]) {
    super(`Invalid ${what}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    this.problems = problems;
    this.fields = problems.map((p) => p.field);
  }
}

export class SessionNotFoundError extends Error {
  override readonly name = 'SessionNotFoundError';
  constructor(readonly sessionId: string) {
    super(`No session with id ${sessionId}`);
  }
}

export class SessionExistsError extends Error {
  override readonly name = 'SessionExistsError';
  constructor(readonly sessionId: string) {
    super(`A session with id ${sessionId} already exists`);
  }
}

/** Parses `value` or throws an InvalidRecordError; `path` prefixes field names, e.g. `[2]` for the third of a batch. */
export function parseRecord<T extends z.ZodType>(schema: T, what: string, value: unknown, path: readonly PathKey[] = []): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidRecordError(what, describeIssues(result.error.issues, path));
}
