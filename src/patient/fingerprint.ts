import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Case } from '../case/schema';
import { languagePack } from './lexicon';

// What makes a scripted-patient session reproducible: the engine version and a hash of the
// language pack it answered with (the case is recorded by its own hash).

/** Bump when the engine answers differently for the same case and lexicon. */
export const SCRIPTED_PATIENT_VERSION = 'scripted-1';

const hashes = new Map<string, string>();

export function scriptedPatientFingerprint(caseFile: Case): { version: string; hash: string } {
  const pack = languagePack(caseFile.language);
  let hash = hashes.get(pack.language);
  if (!hash) {
    hash = bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(pack))));
    hashes.set(pack.language, hash);
  }
  return { version: SCRIPTED_PATIENT_VERSION, hash };
}
