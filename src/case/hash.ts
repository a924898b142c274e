import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Case } from './schema';

// A stable content hash of a parsed case, recorded with every session so results are reproducible.
// Changing canonicalJson or the fields it skips changes every hash: treat it like a migration.

/** JSON with object keys sorted at every depth and no whitespace; undefined fields are left out. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** SHA-256 (hex) of the case's canonical JSON; `$schema` is left out: it only tells editors where the schema is. */
export async function hashCase(caseData: Case): Promise<string> {
  const { $schema: _editorHint, ...content } = caseData;
  // A pure-JS hash: crypto.subtle exists only on https or localhost pages, and the app must
  // also work when served over plain http on a local network.
  return bytesToHex(sha256(new TextEncoder().encode(canonicalJson(content))));
}
