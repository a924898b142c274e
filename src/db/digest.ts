import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalJson } from '../case/hash';
import type { SessionRecord, TurnRecord } from './schema';

// The content digest of one session, the same wherever it travels: an import compares it to
// tell "the same session again" from "the same id with different content". `origin` is left
// out because it describes this browser's copy, not the session.
// Changing what goes in changes every digest: treat it like a migration.

export function sessionDigest(session: SessionRecord, turns: readonly TurnRecord[]): string {
  const { origin: _local, ...content } = session;
  const ordered = [...turns].sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sha256Hex(canonicalJson({ session: content, turns: ordered }));
}

/** SHA-256 in hex of the text's UTF-8 bytes (pure JS: crypto.subtle is missing on plain-http pages). */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}
