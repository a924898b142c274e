import type { CaseStore } from './case-store';
import { compareRevisions, nextRevision, parseNewStoredCase } from './cases';
import type { StoredCaseRecord } from './schema';

/**
 * A CaseStore that keeps everything in this tab: the fallback when IndexedDB is unavailable.
 * Records are copied in and out, as IndexedDB does.
 */
export function createMemoryCaseStore(): CaseStore {
  const records = new Map<string, StoredCaseRecord>();
  const sorted = () => [...records.values()].sort(compareRevisions);

  return {
    kind: 'memory',

    async saveCase(record) {
      const valid = parseNewStoredCase(record);
      const latest = sorted().filter((stored) => stored.id === valid.id).at(-1);
      const stored = nextRevision(valid, latest?.revision);
      records.set(stored.key, structuredClone(stored));
      return stored;
    },

    async listStoredCases() {
      const latest = new Map<string, StoredCaseRecord>();
      for (const record of sorted()) latest.set(record.id, record);
      return structuredClone([...latest.values()]);
    },

    async listCaseRevisions(id) {
      return structuredClone(sorted().filter((record) => record.id === id));
    },
  };
}
