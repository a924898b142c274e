import * as z from 'zod';
import { CaseSnapshot, SessionRecord, TurnRecord } from '../../db/schema';

// The session bundle file (`*.anamnesis.json`): how sessions travel from a student's browser
// to an instructor's. Versioned; a new shape is a new version, and this app keeps reading the
// versions it has written. Never holds an API key: sessions are parsed with the strict stored
// schemas, which have no field for one.

export const BUNDLE_FORMAT = 'anamnesis-sessions';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.anamnesis.json';
/** Bigger files are refused before they are read. */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024;

export const BundleSession = z.strictObject({
  session: SessionRecord,
  /** In conversation order. */
  turns: z.array(TurnRecord),
});
export type BundleSession = z.infer<typeof BundleSession>;

export const BundleContent = z.strictObject({
  sessions: z.array(BundleSession),
  /** The case of each session as it was played, once per hash. */
  cases: z.array(CaseSnapshot),
});
export type BundleContent = z.infer<typeof BundleContent>;

/** What every version shares, read first so an old or foreign file gets a plain answer. */
export const BundleHeader = z.looseObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.int().min(1),
});

export const Bundle = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.int().nonnegative(),
  app: z.strictObject({ name: z.literal('Anamnesis'), version: z.string() }),
  /** SHA-256 of the canonical JSON of `content` (object keys sorted, no whitespace). */
  digest: z.strictObject({ algorithm: z.literal('SHA-256'), value: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits') }),
  content: BundleContent,
});
export type Bundle = z.infer<typeof Bundle>;
